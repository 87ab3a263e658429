//! HTML pages → their visible text and `<title>`.
//!
//! Government sites publish articles as HTML. What the later stages need is small: the
//! text without markup, scripts or styles, block elements turned into line breaks (so
//! paragraphs and sentences survive), character references decoded, and the title. A
//! full HTML5 parser would be a heavy dependency for that, so this is a tolerant
//! scanner. Page boilerplate (menus, footers) is left to the extractor.

/// What is kept of a page.
pub(super) struct Page {
    pub title: Option<String>,
    pub text: String,
}

/// Elements whose content is not text.
const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "svg", "textarea"];

/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
];

pub(super) fn to_text(html: &str) -> Page {
    let mut text = TextBuilder::default();
    let mut title = None;
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
        rest = &rest[tag.len..];
        let name = tag.name.as_str();
        if !tag.closing && (name == "title" || SKIPPED.contains(&name)) {
            let (inner, after) = split_at_end_tag(rest, name);
            if name == "title" && title.is_none() {
                let mut t = TextBuilder::default();
                t.push_text(inner);
                title = Some(t.finish()).filter(|t| !t.is_empty());
            }
            rest = after;
        } else if BLOCKS.contains(&name) {
            text.line_break();
        }
    }
    text.push_text(rest);
    Page { title, text: text.finish() }
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
        assert_eq!(page.text, "首页 > 动态\n星澜社区开展志愿服务，共 120人参加。\na < b &unknown; &\n一\n二");
    }

    #[test]
    fn unterminated_markup_is_tolerated() {
        assert_eq!(to_text("正文<p class=\"x").text, "正文<p class=\"x");
        assert_eq!(to_text("正文<style>p{}").text, "正文");
        assert_eq!(to_text("<title>无标题").title.as_deref(), Some("无标题"));
    }
}
