//! Stage `sentences`: splits the normalised text into sentences and paragraphs.
//!
//! A sentence ends at 。！？ (with any closing quotes that follow) or at a line break;
//! a line is a paragraph. Lines without sentence-final punctuation that are short are
//! marked as headings: news pages put titles and section heads on their own lines.

/// A sentence in normalised-text char offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub begin: usize,
    pub end: usize,
    /// Index of the paragraph (line) it belongs to.
    pub paragraph: usize,
    /// The line is a heading (short, no sentence-final punctuation).
    pub heading: bool,
}

const CLOSERS: &[char] = &['”', '’', '"', '\'', '）', ')', '】', '》', '」', '』'];

fn is_final(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '…')
}

/// Splits `chars` (normalised) into sentences. Empty and white-space-only pieces are dropped.
pub fn split(chars: &[char]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut para = 0;
    let mut line_start = 0;
    while line_start <= chars.len() {
        // (one pass over the line finds its end and its sentences; whether it is a
        // heading is known at its end, and set then)
        let first = out.len();
        let mut b = line_start;
        let mut i = line_start;
        while i < chars.len() && chars[i] != '\n' {
            if ('\u{4E00}'..='\u{9FFF}').contains(&chars[i]) {
                // most chars: ideographs, neither final nor a line break
                i += 1;
            } else if is_final(chars[i]) {
                let mut e = i + 1;
                while e < chars.len() && (is_final(chars[e]) || CLOSERS.contains(&chars[e])) {
                    e += 1;
                }
                push(&mut out, chars, b, e, para, false);
                b = e;
                i = e;
            } else {
                i += 1;
            }
        }
        let line_end = i;
        push(&mut out, chars, b, line_end, para, false);
        // a line with a char that is not white space has a sentence
        if out.len() > first {
            let line = &chars[line_start..line_end];
            let heading = line.len() <= 40 && !line.iter().any(|&c| is_final(c) || c == '，');
            out[first..].iter_mut().for_each(|s| s.heading = heading);
            para += 1;
        }
        line_start = line_end + 1;
    }
    out
}

fn push(out: &mut Vec<Span>, chars: &[char], mut b: usize, mut e: usize, paragraph: usize, heading: bool) {
    while b < e && chars[b].is_whitespace() {
        b += 1;
    }
    while e > b && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    if b < e {
        out.push(Span { begin: b, end: e, paragraph, heading });
    }
}

/// Clause boundaries inside a sentence: ，；：and the sentence ends.
pub fn is_clause_break(c: char) -> bool {
    matches!(c, '，' | '；' | '：' | '。' | '！' | '？' | '\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<(String, usize, bool)> {
        let chars: Vec<char> = s.chars().collect();
        split(&chars)
            .into_iter()
            .map(|sp| (chars[sp.begin..sp.end].iter().collect(), sp.paragraph, sp.heading))
            .collect()
    }

    #[test]
    fn splits_on_final_punctuation_and_keeps_closing_quotes() {
        let t = texts("他说：“好。”大家笑了！真的？\n第二段。");
        assert_eq!(
            t,
            vec![
                ("他说：“好。”".to_string(), 0, false),
                ("大家笑了！".to_string(), 0, false),
                ("真的？".to_string(), 0, false),
                ("第二段。".to_string(), 1, false),
            ]
        );
    }

    #[test]
    fn short_lines_without_final_punctuation_are_headings() {
        let t = texts("强党建 抓治理\n正文，有逗号");
        assert!(t[0].2);
        assert!(!t[1].2);
    }

    #[test]
    fn blank_lines_are_no_paragraphs_and_each_line_is_a_heading_or_not() {
        let t = texts("甲乙。丙！”\n \u{3000}\n\n短标题\n长句子，有逗号。");
        assert_eq!(
            t,
            vec![
                ("甲乙。".to_string(), 0, false),
                ("丙！”".to_string(), 0, false),
                ("短标题".to_string(), 1, true),
                ("长句子，有逗号。".to_string(), 2, false),
            ]
        );
    }

    #[test]
    fn spans_cover_no_white_space_at_the_edges() {
        let chars: Vec<char> = " 甲。 乙 ".chars().collect();
        for sp in split(&chars) {
            assert!(!chars[sp.begin].is_whitespace() && !chars[sp.end - 1].is_whitespace());
        }
    }
}
