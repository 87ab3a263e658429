//! HTML pages → their main text and metadata.
//!
//! Government sites publish articles as HTML. What the later stages need is small: the
//! article's text without markup, navigation, scripts or footers, block elements turned
//! into line breaks (so paragraphs and sentences survive), character references decoded,
//! and what the page says about itself: title, date, source and address. A full HTML5
//! parser would be a heavy dependency for that, so this is a tolerant scanner.
//!
//! Page furniture is dropped by element (`nav`, `header`, `footer`, `aside`, `form`…)
//! and by the `class` / `id` names sites give it (`nav`, `menu`, `breadcrumb`, `footer`,
//! `share`, `sidebar`, `copyright`…). Should that leave no text (a site that calls its
//! article wrapper `main-nav`), the page is read again keeping those elements.
//!
//! Metadata comes from the `<meta>` tags Chinese government CMSs write (`ArticleTitle`,
//! `PubDate`, `ContentSource`), Open Graph and Dublin Core tags, `<link rel=canonical>`,
//! `<title>`, and else from the 发布时间：/ 来源： line most article pages carry.

use regex::Regex;
use std::sync::LazyLock;

/// What is kept of a page.
#[derive(Debug, Default)]
pub(super) struct Page {
    pub title: Option<String>,
    /// As written by the page; [`super::normalize_date`] makes it `YYYY-MM-DD`.
    pub date: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub text: String,
}

/// Elements whose content is not text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "textarea", "select", "button", "iframe", "object",
];

/// Elements that hold page furniture, not the article.
const FURNITURE: &[&str] = &["nav", "header", "footer", "aside", "form", "menu"];

/// `class` / `id` words of page furniture (matched as whole words of a name split at
/// `-`, `_`, spaces and case changes: `main-nav`, `footerBox`, `share_bar`).
const FURNITURE_NAMES: &[&str] = &[
    "nav", "navbar", "navigation", "menu", "submenu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
    "footer", "foot", "header", "topbar", "sidebar", "share", "sharing", "social", "copyright",
    "banner", "toolbar", "pagination", "pager", "related", "comment", "comments", "advert", "ad", "ads",
    "login", "search", "skip", "wza", "dibu", "daohang", "weizhi", "fenxiang",
];

/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
];

/// Elements that never have content (no end tag to look for when skipping).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
];

pub(super) fn to_text(html: &str) -> Page {
    let page = scan(html, true);
    if page.text.trim().is_empty() {
        let all = scan(html, false);
        return Page { text: all.text, ..page };
    }
    page
}

/// The encoding a page declares in its first 4 KiB (`<meta charset="gbk">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`).
pub(super) fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    static CHARSET: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
        regex::bytes::Regex::new(r#"(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#).expect("valid regex")
    });
    let head = &bytes[..bytes.len().min(4096)];
    let label = CHARSET.captures(head)?.get(1)?.as_bytes();
    encoding_rs::Encoding::for_label(label)
}

fn scan(html: &str, drop_furniture: bool) -> Page {
    let mut text = TextBuilder::default();
    let mut page = Page::default();
    let mut meta = Meta::default();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_text(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(tag) = Tag::parse(rest) else {
            text.push_text("<");
            rest = &rest[1..];
            continue;
        };
        let attrs = &rest[1 + usize::from(tag.closing) + tag.name.len()..tag.len - 1];
        rest = &rest[tag.len..];
        let name = tag.name.as_str();
        if tag.closing {
            if BLOCKS.contains(&name) {
                text.line_break();
            }
            continue;
        }
        match name {
            "meta" => meta.read(attrs),
            "link" if attr(attrs, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                meta.canonical = meta.canonical.take().or_else(|| attr(attrs, "href"));
            }
            _ => {}
        }
        let self_closing = VOID.contains(&name) || attrs.trim_end().ends_with('/');
        if name == "title" || SKIPPED.contains(&name) {
            let (inner, after) = split_at_end_tag(rest, name);
            if name == "title" && meta.title.is_none() {
                let mut t = TextBuilder::default();
                t.push_text(inner);
                meta.title = Some(t.finish()).filter(|t| !t.is_empty());
            }
            rest = after;
        } else if drop_furniture && !self_closing && is_furniture(name, attrs) {
            rest = skip_element(rest, name);
            text.line_break();
        } else if BLOCKS.contains(&name) {
            text.line_break();
        }
    }
    text.push_text(rest);
    page.text = text.finish();
    page.title = meta.named(&["articletitle", "og:title", "dc.title", "dcterms.title"]).or(meta.title.clone());
    page.date = meta
        .named(&["pubdate", "publishdate", "publish_date", "article:published_time", "dc.date", "dcterms.issued", "dc.date.issued", "date", "firstpublishedtime"])
        .or_else(|| stated(&page.text, &STATED_DATE));
    page.publisher = meta
        .named(&["contentsource", "source", "dc.publisher", "dcterms.publisher", "publisher"])
        .or_else(|| stated(&page.text, &STATED_SOURCE))
        .or_else(|| meta.named(&["sitename", "og:site_name"]));
    page.url = meta.canonical.clone().or_else(|| meta.named(&["og:url", "url"]));
    page
}

/// `发布时间：2024-05-20 10:30` and `来源：青禾镇人民政府` lines of the text.
static STATED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:发布|发稿|更新)?(?:时间|日期)\s*[:：]\s*([0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}日?)")
        .expect("valid regex")
});
static STATED_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:来源|来源单位|信息来源|稿源)\s*[:：]\s*([^\s|｜:：,，。]{2,30})").expect("valid regex")
});

fn stated(text: &str, pattern: &Regex) -> Option<String> {
    // only the head of the page: a 来源： deep in the article is quoted text
    let head: String = text.chars().take(600).collect();
    pattern.captures(&head).map(|c| c[1].to_string())
}

/// The `<meta>` and `<link>` values a page gives.
#[derive(Default)]
struct Meta {
    title: Option<String>,
    canonical: Option<String>,
    /// `(lowercased name or property, content)`, in page order.
    named: Vec<(String, String)>,
}

impl Meta {
    fn read(&mut self, attrs: &str) {
        let Some(key) = attr(attrs, "name").or_else(|| attr(attrs, "property")).or_else(|| attr(attrs, "itemprop")) else {
            return;
        };
        if let Some(content) = attr(attrs, "content").filter(|c| !c.trim().is_empty()) {
            self.named.push((key.to_ascii_lowercase(), content.trim().to_string()));
        }
    }

    /// The first value of the first of `keys` the page gives.
    fn named(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| self.named.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))
    }
}

/// The value of attribute `name` in the attribute text of a tag, references decoded.
fn attr(attrs: &str, name: &str) -> Option<String> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let key_len = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '/').unwrap_or(rest.len());
        let key = &rest[..key_len];
        rest = rest[key_len..].trim_start();
        let value = match rest.strip_prefix('=') {
            Some(after) => {
                let after = after.trim_start();
                let (value, tail) = match after.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let body = &after[1..];
                        let end = body.find(q).unwrap_or(body.len());
                        (&body[..end], body.get(end + 1..).unwrap_or(""))
                    }
                    _ => {
                        let end = after.find(char::is_whitespace).unwrap_or(after.len());
                        (&after[..end], &after[end..])
                    }
                };
                rest = tail;
                Some(value)
            }
            None => None,
        };
        if key.eq_ignore_ascii_case(name) {
            let mut t = TextBuilder::default();
            t.push_text(value.unwrap_or(""));
            return Some(t.finish());
        }
    }
}

/// Navigation, headers, footers, sharing bars…: by element or by `class` / `id`.
fn is_furniture(name: &str, attrs: &str) -> bool {
    if FURNITURE.contains(&name) {
        return true;
    }
    if matches!(name, "html" | "body" | "main" | "article" | "p" | "h1" | "h2" | "span" | "a" | "b" | "strong" | "font") {
        return false;
    }
    ["class", "id"].iter().filter_map(|a| attr(attrs, a)).any(|value| {
        value.split(|c: char| c.is_whitespace()).any(|class| {
            words(class).any(|w| FURNITURE_NAMES.contains(&w.to_ascii_lowercase().as_str()))
        })
    })
}

/// The words of a class name: split at `-`, `_`, digits and lower→upper case changes.
fn words(name: &str) -> impl Iterator<Item = &str> {
    let mut bounds = vec![0];
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    for w in chars.windows(2) {
        let ((_, a), (i, b)) = (w[0], w[1]);
        if a.is_ascii_lowercase() && b.is_ascii_uppercase() {
            bounds.push(i);
        }
    }
    bounds.push(name.len());
    let pieces: Vec<&str> = bounds.windows(2).map(|b| &name[b[0]..b[1]]).collect();
    pieces
        .into_iter()
        .flat_map(|p| p.split(|c: char| c == '-' || c == '_' || c.is_ascii_digit()))
        .filter(|w| !w.is_empty())
}

/// What follows the end tag matching an element just opened (`rest` starts after its
/// start tag), nested elements of the same name counted; the rest of the page is
/// dropped when it never ends.
fn skip_element<'a>(rest: &'a str, name: &str) -> &'a str {
    let lower = rest.to_ascii_lowercase();
    let open = format!("<{name}");
    let close = format!("</{name}");
    let mut depth = 1;
    let mut at = 0;
    while depth > 0 {
        let next_open = lower[at..].find(&open).map(|i| i + at);
        let next_close = lower[at..].find(&close).map(|i| i + at);
        let is_tag_end = |i: usize, len: usize| {
            lower[i + len..].starts_with(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
        };
        match (next_open, next_close) {
            (_, None) => return "",
            (Some(o), Some(c)) if o < c => {
                if is_tag_end(o, open.len()) {
                    depth += 1;
                }
                at = o + open.len();
            }
            (_, Some(c)) => {
                if is_tag_end(c, close.len()) {
                    depth -= 1;
                }
                at = c + close.len();
            }
        }
    }
    rest[at..].find('>').map_or("", |end| &rest[at + end + 1..])
}

/// A start or end tag (or a `<!DOCTYPE>` / `<?xml?>` declaration, with an empty name).
struct Tag {
    name: String,
    closing: bool,
    /// Bytes from `<` to `>` included.
    len: usize,
}

impl Tag {
    /// `s` starts with `<`; `None` when it does not start a tag (a `<` in text).
    fn parse(s: &str) -> Option<Tag> {
        let body = &s[1..];
        let (closing, body) = match body.strip_prefix('/') {
            Some(b) => (true, b),
            None => (false, body),
        };
        let declaration = body.starts_with(['!', '?']);
        if !declaration && !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let name_len = body.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(body.len());
        let name = if declaration { String::new() } else { body[..name_len].to_ascii_lowercase() };
        let mut quote = None;
        for (i, c) in body.char_indices().skip(name_len) {
            match (quote, c) {
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), _) if c == q => quote = None,
                (None, '>') => return Some(Tag { name, closing, len: s.len() - body.len() + i + 1 }),
                _ => {}
            }
        }
        None
    }
}

/// Splits at `</name…>` (ASCII case-insensitive): the content, and what follows the end tag.
fn split_at_end_tag<'a>(s: &'a str, name: &str) -> (&'a str, &'a str) {
    // ASCII lowercasing keeps byte offsets
    let lower = s.to_ascii_lowercase();
    let Some(start) = lower.find(&format!("</{name}")) else {
        return (s, "");
    };
    let after = s[start..].find('>').map_or("", |end| &s[start + end + 1..]);
    (&s[..start], after)
}

/// Accumulates text the way a browser shows it: runs of white space become one space
/// (none between two CJK characters, where a line break in the source is not a space),
/// block boundaries become one line break.
#[derive(Default)]
struct TextBuilder {
    out: String,
    space: bool,
}

impl TextBuilder {
    fn push_text(&mut self, raw: &str) {
        let mut rest = raw;
        while let Some(amp) = rest.find('&') {
            rest[..amp].chars().for_each(|c| self.push_char(c));
            rest = &rest[amp..];
            match decode_reference(rest) {
                Some((c, len)) => {
                    self.push_char(c);
                    rest = &rest[len..];
                }
                None => {
                    self.push_char('&');
                    rest = &rest[1..];
                }
            }
        }
        rest.chars().for_each(|c| self.push_char(c));
    }

    fn push_char(&mut self, c: char) {
        if c.is_ascii_whitespace() || c == '\u{A0}' {
            self.space = true;
            return;
        }
        if std::mem::take(&mut self.space) {
            if let Some(prev) = self.out.chars().next_back() {
                if prev != '\n' && (prev.is_ascii() || c.is_ascii()) {
                    self.out.push(' ');
                }
            }
        }
        self.out.push(c);
    }

    fn line_break(&mut self) {
        self.space = false;
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn finish(self) -> String {
        self.out.trim_end().to_string()
    }
}

/// Decodes the character reference at the start of `s` (`&amp;`, `&#20013;`,
/// `&#x4E2D;`): the character and the length of the reference.
fn decode_reference(s: &str) -> Option<(char, usize)> {
    let semi = s.char_indices().take(12).find(|&(_, c)| c == ';')?.0;
    let name = &s[1..semi];
    let c = match name.strip_prefix('#') {
        Some(num) => match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse().ok(),
        }
        .and_then(char::from_u32)
        .filter(|&c| c != '\0')?,
        None => match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{A0}',
            "ensp" => '\u{2002}',
            "emsp" => '\u{2003}',
            "thinsp" => '\u{2009}',
            "ldquo" => '“',
            "rdquo" => '”',
            "lsquo" => '‘',
            "rsquo" => '’',
            "mdash" => '—',
            "ndash" => '–',
            "hellip" => '…',
            "middot" => '·',
            "times" => '×',
            "divide" => '÷',
            "deg" => '°',
            "plusmn" => '±',
            "permil" => '‰',
            "yen" => '¥',
            "copy" => '©',
            "reg" => '®',
            _ => return None,
        },
    };
    Some((c, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_markup_disappears() {
        let page = to_text(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><TITLE> 青禾镇  新闻 </TITLE>\
             <script>var a = '<p>x</p>';</script></head><body>\
             <div class=\"nav\">首页 &gt; 动态</div><!-- <p>注释</p> -->\
             <p>星澜社区\n      开展<b>志愿</b>服务，共&nbsp;120&#20154;参加。</p>\
             <p>a < b &unknown; &amp;</p><br/><table><tr><td>一</td><td>二</td></tr></table></body></html>",
        );
        assert_eq!(page.title.as_deref(), Some("青禾镇新闻"));
        assert_eq!(page.text, "星澜社区开展志愿服务，共 120人参加。\na < b &unknown; &\n一\n二");
    }

    #[test]
    fn unterminated_markup_is_tolerated() {
        assert_eq!(to_text("正文<p class=\"x").text, "正文<p class=\"x");
        assert_eq!(to_text("正文<style>p{}").text, "正文");
        assert_eq!(to_text("<title>无标题").title.as_deref(), Some("无标题"));
        assert_eq!(to_text("正文<nav><div>菜单").text, "正文");
    }

    #[test]
    fn navigation_headers_footers_and_sharing_bars_are_dropped() {
        let page = to_text(
            "<html><head><title>标题_青禾镇人民政府</title>\
             <meta name=\"ArticleTitle\" content=\"青禾镇召开会议\">\
             <meta name=\"PubDate\" content=\"2024-05-20 10:30\">\
             <meta name=\"ContentSource\" content=\"青禾镇党政办\">\
             <link rel=\"canonical\" href=\"https://example.org/a/1.html\"></head>\
             <body class=\"has-sidebar\"><header><h1>网站名</h1></header>\
             <div id=\"mainNav\"><ul><li>首页</li><li>政务公开</li></ul></div>\
             <div class=\"crumb-box\">当前位置：首页 &gt; 动态</div>\
             <div class=\"content\"><div class=\"inner\"><p>第一段。</p></div><p>第二段。</p></div>\
             <div class=\"share_bar\"><div>分享到：</div></div>\
             <div class=\"footer\">版权所有<div>地址</div></div><p>尾段。</p></body></html>",
        );
        assert_eq!(page.text, "第一段。\n第二段。\n尾段。");
        assert_eq!(page.title.as_deref(), Some("青禾镇召开会议"));
        assert_eq!(page.date.as_deref(), Some("2024-05-20 10:30"));
        assert_eq!(page.publisher.as_deref(), Some("青禾镇党政办"));
        assert_eq!(page.url.as_deref(), Some("https://example.org/a/1.html"));
    }

    #[test]
    fn the_date_and_source_lines_stand_in_for_missing_meta_tags() {
        let page = to_text("<p>发布时间：2024年5月20日 来源：柳溪村村委会</p><p>正文。</p>");
        assert_eq!(page.date.as_deref(), Some("2024年5月20日"));
        assert_eq!(page.publisher.as_deref(), Some("柳溪村村委会"));
    }

    #[test]
    fn a_page_that_is_all_furniture_keeps_its_text() {
        assert_eq!(to_text("<div class=\"main-nav\"><p>正文。</p></div>").text, "正文。");
    }

    #[test]
    fn the_declared_charset_is_found_in_the_head() {
        assert_eq!(declared_charset(b"<meta charset=\"GBK\">"), Some(encoding_rs::GBK));
        let http_equiv = b"<META http-equiv=Content-Type content=\"text/html; charset=gb2312\">";
        assert_eq!(declared_charset(http_equiv), Some(encoding_rs::GBK));
        assert_eq!(declared_charset(b"<meta charset='big5'>"), Some(encoding_rs::BIG5));
        assert_eq!(declared_charset(b"<p>none</p>"), None);
    }

    #[test]
    fn class_names_split_into_words() {
        let w: Vec<&str> = words("mainNav-box_2").collect();
        assert_eq!(w, ["main", "Nav", "box"]);
        assert!(!is_furniture("div", "class=\"navigator-free content\" id=\"x\""));
        assert!(is_furniture("div", "class=\"top navigation\""));
    }
}
