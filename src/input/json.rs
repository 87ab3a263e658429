//! JSON and JSONL articles, the shape scrapers usually produce: an object with the text
//! (`text`, `content`, or `paragraphs` joined with line breaks) and optional `title`,
//! `url`, `date`, `publisher` (or `source`). Unknown fields are ignored.
//!
//! Each JSONL line (each element of a JSON array) is checked on its own, so one bad
//! record is reported with its line and the others are still read.

use super::{check_not_binary, decode_utf8, InputDoc, InputError, InputErrorKind, Origin, Record};
use crate::model::SourceDoc;
use regex::Regex;
use serde::Deserialize;
use std::sync::LazyLock;

#[derive(Deserialize)]
struct Article {
    text: Option<String>,
    content: Option<String>,
    paragraphs: Option<Vec<String>>,
    title: Option<String>,
    url: Option<String>,
    date: Option<String>,
    publisher: Option<String>,
    source: Option<String>,
}

impl Article {
    /// `file` is the path of the file, the document's `source` when the record has no URL.
    fn into_doc(self, id: String, file: &str) -> Result<SourceDoc, InputErrorKind> {
        let candidates = [self.text, self.content, self.paragraphs.map(|p| p.join("\n"))];
        if candidates.iter().all(Option::is_none) {
            return Err(InputErrorKind::NoText);
        }
        let text = candidates
            .into_iter()
            .flatten()
            .find(|t| !t.trim().is_empty())
            .ok_or(InputErrorKind::EmptyText)?;
        Ok(SourceDoc {
            id,
            source: non_blank(self.url).unwrap_or_else(|| file.to_string()),
            title: non_blank(self.title),
            date: self.date.as_deref().and_then(normalize_date),
            publisher: non_blank(self.publisher).or_else(|| non_blank(self.source)),
            text,
        })
    }
}

fn non_blank(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// One document per non-blank line; ids `{stem}-{line}`.
pub(super) fn read_lines(origin: &Origin, stem: &str, file: &str, bytes: &[u8]) -> Vec<Result<InputDoc, InputError>> {
    if let Err(kind) = check_not_binary(bytes) {
        return vec![Err(InputError::new(origin.clone(), kind))];
    }
    let mut out = Vec::new();
    let mut line_start = 0;
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let origin = origin.with_record(Record::Line(i + 1));
        let line = decode_utf8(raw, line_start);
        line_start += raw.len() + 1;
        if matches!(line, Ok(l) if l.trim().is_empty()) {
            continue;
        }
        let doc = line.and_then(|line| {
            let article: Article = serde_json::from_str(line)?;
            article.into_doc(format!("{stem}-{}", i + 1), file)
        });
        out.push(match doc {
            Ok(doc) => Ok(InputDoc { origin, doc }),
            Err(kind) => Err(InputError::new(origin, kind)),
        });
    }
    if out.is_empty() {
        out.push(Err(InputError::new(origin.clone(), InputErrorKind::Empty)));
    }
    out
}

/// One object (id `{stem}`) or an array of objects (ids `{stem}-{position}`).
pub(super) fn read_file(origin: &Origin, stem: &str, file: &str, bytes: &[u8]) -> Vec<Result<InputDoc, InputError>> {
    let value = check_not_binary(bytes)
        .and_then(|()| decode_utf8(bytes, 0))
        .and_then(|text| match text.trim() {
            "" => Err(InputErrorKind::Empty),
            text => Ok(serde_json::from_str::<serde_json::Value>(text)?),
        });
    let one = |origin: Origin, id: String, value: serde_json::Value| {
        let doc = match value {
            serde_json::Value::Object(_) => {
                Article::deserialize(value).map_err(InputErrorKind::from).and_then(|a| a.into_doc(id, file))
            }
            _ => Err(InputErrorKind::NotAnArticle),
        };
        match doc {
            Ok(doc) => Ok(InputDoc { origin, doc }),
            Err(kind) => Err(InputError::new(origin, kind)),
        }
    };
    match value {
        Err(kind) => vec![Err(InputError::new(origin.clone(), kind))],
        Ok(serde_json::Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| one(origin.with_record(Record::Item(i + 1)), format!("{stem}-{}", i + 1), v))
            .collect(),
        Ok(value) => vec![one(origin.clone(), stem.to_string(), value)],
    }
}

/// `YYYY-MM-DD` from the usual ways of writing a date (`2024-03-05`, `2024/3/5`,
/// `2024年3月5日`, an ISO date-time…); `None` when the value is not a valid date, since
/// the date is optional and only gives relative dates their year.
fn normalize_date(s: &str) -> Option<String> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})(?:[^0-9]|$)")
            .expect("valid regex")
    });
    let c = DATE.captures(s)?;
    let (year, month, day): (i32, u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn lines(text: &str) -> Vec<Result<InputDoc, InputError>> {
        read_lines(&Origin::file(Path::new("news.jsonl")), "news", "news.jsonl", text.as_bytes())
    }

    #[test]
    fn jsonl_lines_become_documents_and_a_bad_line_does_not_stop_the_others() {
        let docs = lines(concat!(
            r#"{"title":"青禾镇动态","content":"星澜社区开展活动。","url":"https://example.org/1","date":"2024年3月5日","source":"青禾镇人民政府"}"#,
            "\n\n",
            r#"{"title": 3}"#,
            "\n",
            r#"{"paragraphs":["第一段","第二段"],"publisher":"融媒体中心"}"#,
            "\n",
            r#"{"title":"无正文"}"#,
            "\n",
        ));
        assert_eq!(docs.len(), 4);
        let first = docs[0].as_ref().unwrap();
        assert_eq!(first.doc.id, "news-1");
        assert_eq!(first.doc.source, "https://example.org/1");
        assert_eq!(first.doc.date.as_deref(), Some("2024-03-05"));
        assert_eq!(first.doc.publisher.as_deref(), Some("青禾镇人民政府"));
        assert_eq!(first.origin.to_string(), "news.jsonl:1");
        let bad = docs[1].as_ref().unwrap_err().to_string();
        assert!(bad.starts_with("news.jsonl:3: invalid JSON"), "{bad}");
        let third = docs[2].as_ref().unwrap();
        assert_eq!((third.doc.id.as_str(), third.doc.text.as_str()), ("news-4", "第一段\n第二段"));
        assert_eq!(third.doc.source, "news.jsonl");
        assert!(matches!(docs[3].as_ref().unwrap_err().kind, InputErrorKind::NoText));
    }

    #[test]
    fn a_non_utf8_line_names_its_line_and_file_offset() {
        let mut bytes = br#"{"text":"ok"}"#.to_vec();
        bytes.extend_from_slice(b"\n{\"text\":\"\xD5\xF2\"}\n");
        let docs = read_lines(&Origin::file(Path::new("a.jsonl")), "a", "a.jsonl", &bytes);
        assert!(docs[0].is_ok());
        let err = docs[1].as_ref().unwrap_err();
        assert!(matches!(err.kind, InputErrorKind::NotUtf8 { offset: 23, .. }), "{err}");
        assert!(err.to_string().starts_with("a.jsonl:2: "));
    }

    #[test]
    fn json_file_holds_one_article_or_an_array() {
        let origin = Origin::file(Path::new("a.json"));
        let one = read_file(&origin, "a", "a.json", r#"{"text":"正文"}"#.as_bytes());
        assert_eq!(one[0].as_ref().unwrap().doc.id, "a");
        let many = read_file(&origin, "a", "a.json", r#"[{"text":"一"}, 7, {"text":"二"}]"#.as_bytes());
        assert_eq!(many[0].as_ref().unwrap().doc.id, "a-1");
        assert_eq!(many[1].as_ref().unwrap_err().to_string(), "a.json[2]: expected a JSON object or an array of objects");
        assert_eq!(many[2].as_ref().unwrap().doc.id, "a-3");
    }

    #[test]
    fn dates_are_normalised_or_dropped() {
        assert_eq!(normalize_date("2024-03-05 10:00:00").as_deref(), Some("2024-03-05"));
        assert_eq!(normalize_date("2024/3/5").as_deref(), Some("2024-03-05"));
        assert_eq!(normalize_date("2024年12月31日").as_deref(), Some("2024-12-31"));
        assert_eq!(normalize_date("2023-02-29"), None);
        assert_eq!(normalize_date("2024-1-123"), None);
        assert_eq!(normalize_date("昨天"), None);
    }
}
