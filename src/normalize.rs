//! Stage `normalize`: one canonical form of the text for the rules, with a map back
//! to the source.
//!
//! Rules see a text where full-width letters and digits are ASCII, ASCII punctuation
//! inside Chinese text is the full-width form (`,` → `，`), white space inside a line is
//! gone and page boilerplate (返回顶部, 相关推荐, 版权所有 … footers) is dropped. Every
//! character of the normalised text remembers the source character it came from
//! (`orig`), so a span found by any later stage maps back to exact source offsets —
//! the same idea as `NormalizedString` in huggingface/tokenizers. Replacements are one
//! char for one char; only deletions shift offsets, so the map is a plain vector.

use crate::detect::TextIndex;

/// The normalised text and its alignment to the source.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// Normalised characters.
    pub chars: Vec<char>,
    /// `orig[i]` is the source char index of `chars[i]`.
    orig: Vec<usize>,
    /// The source text's characters.
    source: Vec<char>,
    /// The text index of `chars`, until [`Normalized::take_index`] takes it.
    index: Option<TextIndex>,
}

impl Normalized {
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The normalised text as one string with its byte offsets (built by [`normalize`]
    /// along with the chars; the first call takes it, later ones build it again).
    pub fn take_index(&mut self) -> TextIndex {
        self.index.take().unwrap_or_else(|| TextIndex::new(&self.chars))
    }

    /// The source text's characters (source offsets index them).
    pub fn source(&self) -> &[char] {
        &self.source
    }

    /// Source span `[begin, end)` of the normalised span `[begin, end)`.
    pub fn to_source(&self, begin: usize, end: usize) -> (usize, usize) {
        if begin >= end {
            let b = self.orig.get(begin).copied().unwrap_or(self.source.len());
            return (b, b);
        }
        (self.orig[begin], self.orig[end - 1] + 1)
    }

    /// The normalised span of what the source span `[begin, end)` became: `None` where all of
    /// it was dropped (white space, a boilerplate line).
    pub fn from_source(&self, begin: usize, end: usize) -> Option<(usize, usize)> {
        let b = self.orig.partition_point(|&o| o < begin);
        let e = self.orig.partition_point(|&o| o < end);
        (b < e).then_some((b, e))
    }

    /// The normalised text of a span.
    pub fn slice(&self, begin: usize, end: usize) -> String {
        self.chars[begin..end].iter().collect()
    }
}

/// Lines that are page furniture, not article text (matched after trimming).
const BOILERPLATE_LINES: &[&str] = &[
    "返回", "顶部", "返回顶部", "返回首页", "相关推荐", "相关阅读", "相关新闻", "热点", "热门推荐",
    "推荐阅读", "分享到", "分享", "打印", "打印本页", "关闭", "关闭窗口", "【打印】", "【关闭】",
    "扫一扫", "扫一扫在手机打开当前页", "上一篇", "下一篇", "字号", "大 中 小", "【大 中 小】",
];

/// Line prefixes that mark a footer or a page-tool line.
const BOILERPLATE_PREFIXES: &[&str] = &[
    "版权所有", "Copyright", "copyright", "©", "主办单位", "承办单位", "网站标识码", "ICP备",
    "京ICP", "苏ICP", "浙ICP", "粤ICP", "沪ICP", "公网安备", "技术支持", "联系电话", "网站地图",
    "【字体", "字体：", "字体:", "分享到：", "分享到:", "责任编辑", "编辑：", "编辑:", "审核：",
    "审核:", "浏览次数", "阅读次数", "点击数",
    // page navigation: where the page sits, and the neighbouring articles' titles
    "当前位置", "您现在的位置", "您的位置", "首页>", "首页 >", "上一篇", "下一篇", "上一条", "下一条",
    "【打印", "【关闭", "【收藏", "扫一扫", "微信扫一扫", "分享：", "分享:", "相关链接", "附件：", "附件:",
    "校对：", "校对:", "责编", "来源：本站", "字号：", "字号:", "阅读量", "访问量", "【我要纠错】",
];

/// [`BOILERPLATE_LINES`] without their spaces.
static BOILERPLATE_SET: std::sync::LazyLock<rustc_hash::FxHashSet<Vec<char>>> =
    std::sync::LazyLock::new(|| BOILERPLATE_LINES.iter().map(|b| b.chars().filter(|&c| c != ' ').collect()).collect());

/// The longest of [`BOILERPLATE_LINES`] has fewer chars: longer lines are not looked up.
const BOILERPLATE_LINE_MAX: usize = 16;

/// `has_space`: whether the line holds white space (the caller has looked at every
/// char); `text`: the line as a string. (Works on chars: a line is only copied, without
/// its spaces, when it has some.)
fn is_boilerplate(line: &[char], has_space: bool, text: &str) -> bool {
    let t: std::borrow::Cow<'_, [char]> =
        if has_space { line.iter().copied().filter(|c| !c.is_whitespace()).collect() } else { line.into() };
    if t.is_empty() {
        return false;
    }
    // (without white space, the line's chars hold a word where its string does: the
    // string is searched, many bytes at a time)
    let has = |needle: &[char], finder: &memchr::memmem::Finder<'_>| {
        if has_space {
            contains(&t, needle)
        } else {
            finder.find(text.as_bytes()).is_some()
        }
    };
    static COPYRIGHT: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memmem_finder("版权所有"));
    static ICP: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| memmem_finder("ICP备"));
    (t.len() <= BOILERPLATE_LINE_MAX && BOILERPLATE_SET.contains(&*t))
        || has_boilerplate_prefix(&t)
        || (t.len() > 8 && has(&['版', '权', '所', '有'], &COPYRIGHT))
        || has(&['I', 'C', 'P', '备'], &ICP)
}

/// A searcher for `word`.
fn memmem_finder(word: &'static str) -> memchr::memmem::Finder<'static> {
    memchr::memmem::Finder::new(word.as_bytes())
}

/// Whether `needle` occurs in `text` (first chars compared before whole windows: this
/// looks at every char of the text).
fn contains(text: &[char], needle: &[char]) -> bool {
    text.iter().enumerate().any(|(i, &c)| c == needle[0] && text[i..].starts_with(needle))
}

/// Does `line` start with one of [`BOILERPLATE_PREFIXES`]? (Looked up by first character:
/// this runs for every line.)
fn has_boilerplate_prefix(line: &[char]) -> bool {
    static BY_FIRST: std::sync::LazyLock<rustc_hash::FxHashMap<char, Vec<Vec<char>>>> = std::sync::LazyLock::new(|| {
        let mut by_first = rustc_hash::FxHashMap::<char, Vec<Vec<char>>>::default();
        for p in BOILERPLATE_PREFIXES {
            by_first.entry(p.chars().next().expect("prefixes are not empty")).or_default().push(p.chars().collect());
        }
        by_first
    });
    line.first().and_then(|c| BY_FIRST.get(c)).is_some_and(|ps| ps.iter().any(|p| line.starts_with(p)))
}

/// A CJK unified ideograph of the basic block: most characters of the text.
fn is_ideograph(c: char) -> bool {
    // (丨, the radical, is written as a separator: canonical_char makes it a bar)
    ('\u{4E00}'..='\u{9FFF}').contains(&c) && c != '丨'
}

fn is_cjk_punct(c: char) -> bool {
    matches!(c, '，' | '。' | '；' | '：' | '！' | '？' | '、' | '“' | '”' | '‘' | '’' | '（' | '）' | '《' | '》' | '【' | '】')
}

/// Maps one source character to its canonical form (one char for one char).
pub fn canonical_char(c: char, prev: Option<char>, next: Option<char>) -> char {
    let c = match c {
        // full-width ASCII variants → ASCII, except the punctuation Chinese text uses natively
        '\u{FF01}'..='\u{FF5E}' => {
            let a = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
            if a.is_ascii_alphanumeric() || matches!(a, '%' | '.' | '+' | '-' | '/' | '~' | '&' | '#' | '@' | '*' | '=') {
                a
            } else {
                c
            }
        }
        '\u{3000}' => ' ',
        // (青春桃花潭丨镇团委: the radical 丨 as a title's separator, as WeChat accounts write it)
        '丨' => '｜',
        '「' | '『' => '“',
        '」' | '』' => '”',
        _ => c,
    };
    let digit = |x: Option<char>| x.is_some_and(|x| x.is_ascii_digit());
    match c {
        // ASCII punctuation between Chinese characters → full width; keep 1,000 / 3.5 / 12:30
        ',' if !(digit(prev) && digit(next)) => '，',
        ':' if !(digit(prev) && digit(next)) => '：',
        ';' => '；',
        '!' => '！',
        '?' => '？',
        '(' => '（',
        ')' => '）',
        _ => c,
    }
}

/// Normalises a source text. Line breaks are kept (they mark paragraphs and headings);
/// a run of other white space inside a line becomes one space, at a line's edges none.
pub fn normalize(source: &str) -> Normalized {
    // (sized first, then filled in place: pushing `chars()` one by one checks the
    // capacity at every char)
    let mut src: Vec<char> = vec!['\0'; source.chars().count()];
    for (slot, c) in src.iter_mut().zip(source.chars()) {
        *slot = c;
    }
    let mut chars = Vec::with_capacity(src.len());
    let mut orig = Vec::with_capacity(src.len());
    // the text index (string and byte offsets) of `chars`, built along with them
    let mut string = String::with_capacity(source.len());
    let mut byte_at: Vec<u32> = Vec::with_capacity(src.len() + 1);
    let mut line_start = 0;
    // the source byte offset of `src[line_start]`
    let mut line_byte = 0;
    while line_start < src.len() {
        // the line is normalised as it is read, to its end; a line found to be
        // boilerplate then (rare) is taken back
        let kept = (chars.len(), string.len());
        let mut has_space = false;
        let mut i = line_start;
        let mut at = line_byte;
        while let Some(&c) = src.get(i).filter(|&&c| c != '\n') {
            if is_ideograph(c) {
                // most characters: CJK ideographs, their own canonical form; copied
                // a run at a time, their bytes (three each) straight from the source
                let run_end = src[i..].iter().position(|&c| !is_ideograph(c)).map_or(src.len(), |p| i + p);
                chars.extend_from_slice(&src[i..run_end]);
                orig.extend(i..run_end);
                let (base, n) = (string.len() as u32, (run_end - i) as u32);
                byte_at.extend((0..n).map(|k| base + 3 * k));
                string.push_str(&source[at..at + 3 * n as usize]);
                at += 3 * n as usize;
                i = run_end;
                continue;
            }
            has_space |= c.is_whitespace();
            if let Some(c) = canonical_at(&src, line_start, i, chars.last().copied()) {
                chars.push(c);
                orig.push(i);
                byte_at.push(string.len() as u32);
                string.push(c);
            }
            at += c.len_utf8();
            i += 1;
        }
        let line_end = i;
        if is_boilerplate(&src[line_start..line_end], has_space, &source[line_byte..at]) {
            chars.truncate(kept.0);
            orig.truncate(kept.0);
            byte_at.truncate(kept.0);
            string.truncate(kept.1);
        }
        if line_end < src.len() {
            // one line break per source line break, so paragraph structure survives
            if chars.last().is_some_and(|&c| c != '\n') {
                chars.push('\n');
                orig.push(line_end);
                byte_at.push(string.len() as u32);
                string.push('\n');
            }
        }
        line_start = line_end + 1;
        line_byte = at + 1;
    }
    while chars.last() == Some(&'\n') {
        chars.pop();
        orig.pop();
        byte_at.pop();
        string.pop();
    }
    byte_at.push(string.len() as u32);
    Normalized { chars, orig, source: src, index: Some(TextIndex::from_parts(string, byte_at)) }
}

/// The canonical form of `src[i]` (not an ideograph) in the line starting at
/// `line_start`, after the normalised char `last`; `None` when it is dropped.
fn canonical_at(src: &[char], line_start: usize, i: usize, last: Option<char>) -> Option<char> {
    let c = src[i];
    if c == '\u{FEFF}' || c == '\u{200B}' {
        return None;
    }
    if c.is_whitespace() {
        // a run of white space inside a line becomes one space: headings use it
        // to separate phrases (党建聚合力 项目攒后劲), so it must stop names
        let next = src[i + 1..].iter().take_while(|&&c| c != '\n').find(|c| !c.is_whitespace());
        let at_edge = last.is_none_or(|p| p == '\n' || p == ' ' || is_cjk_punct(p) || p == ',')
            || next.is_none_or(|&n| is_cjk_punct(n) || n == ',');
        return (!at_edge).then_some(' ');
    }
    let prev = if i > line_start { Some(src[i - 1]) } else { None };
    let next = src.get(i + 1).copied();
    Some(canonical_char(c, prev, next))
}

/// Slices a text by character offsets, walking forward from the last slice (sentences
/// come in order), so a document is walked about once.
pub struct CharSlicer<'a> {
    text: &'a str,
    /// A character offset and its byte offset.
    at: (usize, usize),
}

impl<'a> CharSlicer<'a> {
    pub fn new(text: &'a str) -> Self {
        CharSlicer { text, at: (0, 0) }
    }

    pub fn byte(&mut self, char_offset: usize) -> usize {
        if char_offset < self.at.0 {
            self.at = (0, 0);
        }
        let (c, b) = self.at;
        // (`Chars` skips characters in bulk, `CharIndices` one by one)
        let rest = &self.text[b..];
        let mut chars = rest.chars();
        let byte = match char_offset - c {
            0 => b,
            n => chars.nth(n - 1).map_or(self.text.len(), |_| b + rest.len() - chars.as_str().len()),
        };
        self.at = (char_offset, byte);
        byte
    }

    pub fn slice(&mut self, begin: usize, end: usize) -> &'a str {
        let (b, e) = (self.byte(begin), self.byte(end));
        &self.text[b..e]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src_slice(s: &str, b: usize, e: usize) -> String {
        s.chars().skip(b).take(e - b).collect()
    }

    #[test]
    fn a_source_span_maps_to_what_it_became() {
        let n = normalize("改造投资（万元）　　户数\n　　青禾小区　420");
        let src: Vec<char> = "改造投资（万元）　　户数\n　　青禾小区　420".chars().collect();
        let at = |w: &str| {
            let w: Vec<char> = w.chars().collect();
            (0..src.len()).find(|&i| src[i..].starts_with(&w)).map(|i| (i, i + w.len())).unwrap()
        };
        for w in ["户数", "青禾小区", "420", "改造投资（万元）"] {
            let (b, e) = at(w);
            let (nb, ne) = n.from_source(b, e).unwrap();
            assert_eq!(n.slice(nb, ne), w);
            assert_eq!(n.to_source(nb, ne), (b, e));
        }
        // (the blanks after a bracket, which the normalised text drops, map to nothing)
        let (b, _) = at("　　户数");
        assert_eq!(n.from_source(b, b + 2), None);
    }

    #[test]
    fn full_width_becomes_ascii_and_offsets_stay() {
        let s = "园区Ｄ区项目占地１２６．４亩，总投资超５５亿元";
        let n = normalize(s);
        assert_eq!(n.text(), "园区D区项目占地126.4亩，总投资超55亿元");
        // every normalised char maps to a source char of the same position here
        let (b, e) = n.to_source(2, 6);
        assert_eq!(src_slice(s, b, e), "Ｄ区项目");
    }

    #[test]
    fn the_radical_written_as_a_separator_is_a_bar() {
        let n = normalize("青春桃花潭丨镇团委开展活动");
        assert_eq!(n.text(), "青春桃花潭｜镇团委开展活动");
        assert_eq!(n.len(), 13);
    }

    #[test]
    fn ascii_punctuation_between_chinese_becomes_full_width() {
        let n = normalize("精神,把落实;推进(试点):1,000吨 12:30");
        assert_eq!(n.text(), "精神，把落实；推进（试点）：1,000吨 12:30");
    }

    #[test]
    fn boilerplate_lines_are_dropped_and_offsets_map_back() {
        let s = "返回\n顶部\n标题一行\n\n正文 第一句。\n相关推荐\n版权所有 某某传媒有限公司 2020";
        let n = normalize(s);
        assert_eq!(n.text(), "标题一行\n正文 第一句。");
        let t = n.text();
        let pos = t.chars().position(|c| c == '第').unwrap();
        let (b, e) = n.to_source(pos, pos + 3);
        assert_eq!(src_slice(s, b, e), "第一句");
        let (b, e) = n.to_source(pos - 3, pos + 1);
        assert_eq!(src_slice(s, b, e), "正文 第");
    }

    #[test]
    fn boilerplate_lines_are_short_enough_to_be_looked_up() {
        assert!(BOILERPLATE_SET.iter().all(|l| l.len() <= BOILERPLATE_LINE_MAX));
        let boilerplate = |s: &str| is_boilerplate(&s.chars().collect::<Vec<_>>(), s.contains(char::is_whitespace), s);
        assert!(boilerplate("扫一扫在手机打开当前页"));
        assert!(boilerplate("【大 中 小】"));
        assert!(boilerplate("本网站版权所有，未经许可"));
        assert!(boilerplate("本网站版 权所有，未经许可"));
        assert!(boilerplate("苏ICP备12345号"));
        assert!(boilerplate("页脚 苏ICP 备12345号"));
        assert!(!boilerplate("短句版权所有"));
        assert!(!boilerplate("正文说到版权和所有权。"));
    }

    #[test]
    fn navigation_and_neighbouring_titles_are_dropped() {
        let s = "当前位置：首页 > 乡镇动态\n青禾镇召开会议\n正文。\n上一篇：云澄区召开推进会\n下一篇：柳岸村新貌";
        assert_eq!(normalize(s).text(), "青禾镇召开会议\n正文。");
    }

    #[test]
    fn white_space_runs_become_one_space() {
        assert_eq!(normalize("采用  AO 工艺, New York").text(), "采用 AO 工艺，New York");
        assert_eq!(normalize("　标题　一\t二　").text(), "标题 一 二");
    }

    #[test]
    fn every_char_maps_into_the_source() {
        let s = "　全角　空格\r\n\r\nＡＢＣ　ｘｙｚ，\t制表";
        let n = normalize(s);
        let src: Vec<char> = s.chars().collect();
        for i in 0..n.len() {
            let (b, e) = n.to_source(i, i + 1);
            assert!(e <= src.len() && b < e);
        }
    }

    #[test]
    fn the_index_built_along_is_that_of_the_chars() {
        let texts = [
            "返回\n顶部\n标题一行\n\n正文 第一句。\n相关推荐\n版权所有 某某传媒有限公司 2020\n\n",
            "　全角　空格\r\n\r\nＡＢＣ　ｘｙｚ，\t制表\u{FEFF}𠀀字\u{200B}。\n",
            "精神,把落实;推进(试点):1,000吨 12:30 「引」\n\n\n版权所有\nabc",
            "",
            "\n\n",
        ];
        for s in texts {
            let mut n = normalize(s);
            let built = n.take_index();
            let fresh = TextIndex::new(&n.chars);
            assert_eq!(built.full_text(), fresh.full_text(), "{s:?}");
            for i in 0..=n.len() {
                assert_eq!(built.byte_at(i), fresh.byte_at(i), "{s:?} at {i}");
            }
        }
    }

    #[test]
    fn char_slicer_walks_forward_and_back() {
        let mut s = CharSlicer::new("湖塘镇a星河社区。b");
        assert_eq!(s.slice(0, 3), "湖塘镇");
        assert_eq!(s.slice(4, 8), "星河社区");
        assert_eq!(s.slice(3, 4), "a");
        assert_eq!(s.slice(8, 10), "。b");
        assert_eq!(s.slice(10, 10), "");
    }
}
