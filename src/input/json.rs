//! JSON and JSON Lines articles, the shape scrapers usually produce: an object with the
//! text (by default `text`, `content`, or `paragraphs` joined with line breaks) and
//! optional `title`, `url`, `date`, `publisher` (or `source`). [`Fields`] names other
//! fields; unknown fields are ignored.
//!
//! Each JSONL line (each element of a JSON array) is checked on its own, so one bad
//! record is reported with its line and the others are still read. JSON Lines are
//! streamed ([`Lines`]): one line in memory at a time.

use super::{check_not_binary, decode, normalize_date, InputDoc, InputError, InputErrorKind, Origin, Record};
use crate::model::SourceDoc;
use serde_json::{Map, Value};
use std::io::{BufRead, BufReader, Read};

/// Which fields of a JSON record hold the text and the metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    /// The text: a string, or an array of strings (paragraphs, joined with line
    /// breaks). `None`: the first of `text`, `content`, `paragraphs` that is there.
    pub text: Option<String>,
    pub title: String,
    /// The address, written as the document's `dcterms:source`.
    pub url: String,
    /// The publication date, in any usual form (`2024-03-05`, `2024年3月5日`, `20240305`…).
    pub date: String,
}

impl Default for Fields {
    fn default() -> Self {
        Fields { text: None, title: "title".into(), url: "url".into(), date: "date".into() }
    }
}

const DEFAULT_TEXT_FIELDS: [&str; 3] = ["text", "content", "paragraphs"];

/// A text field: a string, or an array of strings joined with line breaks.
fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => {
            let parts: Option<Vec<&str>> = items.iter().map(Value::as_str).collect();
            parts.map(|p| p.join("\n"))
        }
        _ => None,
    }
}

/// A metadata field: a non-blank string (or a number, for dates written as 20240305).
fn meta_of(map: &Map<String, Value>, name: &str) -> Option<String> {
    match map.get(name)? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The document of one record. `file` is the path of the file, the document's
/// `source` when the record has no URL.
fn article(value: Value, fields: &Fields, id: String, file: &str) -> Result<SourceDoc, InputErrorKind> {
    let Value::Object(map) = value else {
        return Err(InputErrorKind::NotAnArticle);
    };
    let names: Vec<&str> = match &fields.text {
        Some(name) => vec![name.as_str()],
        None => DEFAULT_TEXT_FIELDS.to_vec(),
    };
    let present: Vec<(&str, &Value)> =
        names.iter().filter_map(|&n| map.get(n).filter(|v| !v.is_null()).map(|v| (n, v))).collect();
    if present.is_empty() {
        let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
        let expected = match quoted.as_slice() {
            [one] => format!("a {one} field"),
            [rest @ .., last] => format!("a {} or {last} field", rest.join(", ")),
            [] => unreachable!("at least one text field"),
        };
        return Err(InputErrorKind::NoText(expected));
    }
    let mut text = None;
    for (name, value) in present {
        let t = text_of(value).ok_or_else(|| InputErrorKind::NotText(name.to_string()))?;
        if text.is_none() && !t.trim().is_empty() {
            text = Some(t);
        }
    }
    Ok(SourceDoc {
        id,
        source: meta_of(&map, &fields.url).unwrap_or_else(|| file.to_string()),
        title: meta_of(&map, &fields.title),
        date: meta_of(&map, &fields.date).as_deref().and_then(normalize_date),
        publisher: meta_of(&map, "publisher").or_else(|| meta_of(&map, "source")),
        text: text.ok_or(InputErrorKind::EmptyText)?,
    })
}

/// A JSON Lines stream: one document per non-blank line, ids `{stem}-{line}` (for
/// standard input, which has no name, `stdin-` and a hash of the line).
pub(super) struct Lines {
    origin: Origin,
    stem: Option<String>,
    source: String,
    reader: BufReader<Box<dyn Read + Send>>,
    line: usize,
    /// Byte offset of the next line in the file.
    offset: usize,
    records: usize,
    started: bool,
    done: bool,
    buf: Vec<u8>,
}

impl Lines {
    pub(super) fn new(origin: Origin, stem: Option<String>, source: String, reader: BufReader<Box<dyn Read + Send>>) -> Self {
        Lines { origin, stem, source, reader, line: 0, offset: 0, records: 0, started: false, done: false, buf: Vec::new() }
    }

    /// The next document or error; `bytes` counts the bytes read.
    pub(super) fn next(&mut self, fields: &Fields, bytes: &mut u64) -> Option<Result<InputDoc, InputError>> {
        if self.done {
            return None;
        }
        if !self.started {
            self.started = true;
            let head = match self.reader.fill_buf() {
                Ok(head) => head,
                Err(e) => return self.fail(e.into()),
            };
            if let Err(kind) = check_not_binary(head) {
                return self.fail(kind);
            }
        }
        loop {
            self.buf.clear();
            let n = match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(n) => n,
                Err(e) => return self.fail(e.into()),
            };
            if n == 0 {
                self.done = true;
                return (self.records == 0).then(|| Err(InputError::new(self.origin.clone(), InputErrorKind::Empty)));
            }
            *bytes += n as u64;
            self.line += 1;
            let line_start = self.offset;
            self.offset += n;
            let mut raw = self.buf.as_slice();
            raw = raw.strip_suffix(b"\n").unwrap_or(raw);
            raw = raw.strip_suffix(b"\r").unwrap_or(raw);
            let mut start = line_start;
            if self.line == 1 {
                if let Some(rest) = raw.strip_prefix(b"\xEF\xBB\xBF") {
                    raw = rest;
                    start += 3;
                }
            }
            if raw.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            self.records += 1;
            let origin = self.origin.with_record(Record::Line(self.line));
            let id = match &self.stem {
                Some(stem) => format!("{stem}-{}", self.line),
                None => format!("stdin-{:016x}", super::fnv1a(raw)),
            };
            let doc = decode(raw, None, start).and_then(|line| {
                let value: Value = serde_json::from_str(&line)?;
                article(value, fields, id, &self.source)
            });
            return Some(match doc {
                Ok(doc) => Ok(InputDoc { origin, doc }),
                Err(kind) => Err(InputError::new(origin, kind)),
            });
        }
    }

    fn fail(&mut self, kind: InputErrorKind) -> Option<Result<InputDoc, InputError>> {
        self.done = true;
        Some(Err(InputError::new(self.origin.clone(), kind)))
    }
}

/// One object (id `{stem}`) or an array of objects (ids `{stem}-{position}`).
pub(super) fn read_file(
    origin: &Origin,
    stem: &str,
    file: &str,
    bytes: &[u8],
    fields: &Fields,
) -> Vec<Result<InputDoc, InputError>> {
    let value = decode(bytes, None, 0).and_then(|text| match text.trim() {
        "" => Err(InputErrorKind::Empty),
        text => Ok(serde_json::from_str::<Value>(text)?),
    });
    let one = |origin: Origin, id: String, value: Value| match article(value, fields, id, file) {
        Ok(doc) => Ok(InputDoc { origin, doc }),
        Err(kind) => Err(InputError::new(origin, kind)),
    };
    match value {
        Err(kind) => vec![Err(InputError::new(origin.clone(), kind))],
        Ok(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| one(origin.with_record(Record::Item(i + 1)), format!("{stem}-{}", i + 1), v))
            .collect(),
        Ok(value) => vec![one(origin.clone(), stem.to_string(), value)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn lines_with(text: &[u8], fields: &Fields) -> Vec<Result<InputDoc, InputError>> {
        let reader = BufReader::new(Box::new(std::io::Cursor::new(text.to_vec())) as Box<dyn Read + Send>);
        let mut lines = Lines::new(Origin::file(Path::new("news.jsonl")), Some("news".into()), "news.jsonl".into(), reader);
        let mut bytes = 0;
        let docs: Vec<_> = std::iter::from_fn(|| lines.next(fields, &mut bytes)).collect();
        assert!(bytes <= text.len() as u64);
        docs
    }

    fn lines(text: &str) -> Vec<Result<InputDoc, InputError>> {
        lines_with(text.as_bytes(), &Fields::default())
    }

    #[test]
    fn jsonl_lines_become_documents_and_a_bad_line_does_not_stop_the_others() {
        let docs = lines(concat!(
            r#"{"title":"青禾镇动态","content":"星澜社区开展活动。","url":"https://example.org/1","date":"2024年3月5日","source":"青禾镇人民政府"}"#,
            "\n\n",
            r#"{"title": 3, "text": 4}"#,
            "\n",
            r#"{"paragraphs":["第一段","第二段"],"publisher":"融媒体中心"}"#,
            "\n",
            r#"{"title":"无正文"}"#,
            "\n",
            r#"{"text": oops}"#,
            "\n",
        ));
        assert_eq!(docs.len(), 5);
        let first = docs[0].as_ref().unwrap();
        assert_eq!(first.doc.id, "news-1");
        assert_eq!(first.doc.source, "https://example.org/1");
        assert_eq!(first.doc.date.as_deref(), Some("2024-03-05"));
        assert_eq!(first.doc.publisher.as_deref(), Some("青禾镇人民政府"));
        assert_eq!(first.origin.to_string(), "news.jsonl:1");
        let bad = docs[1].as_ref().unwrap_err().to_string();
        assert_eq!(bad, "news.jsonl:3: field \"text\" is not text");
        let third = docs[2].as_ref().unwrap();
        assert_eq!((third.doc.id.as_str(), third.doc.text.as_str()), ("news-4", "第一段\n第二段"));
        assert_eq!(third.doc.source, "news.jsonl");
        assert_eq!(
            docs[3].as_ref().unwrap_err().to_string(),
            "news.jsonl:5: no text: expected a \"text\", \"content\" or \"paragraphs\" field"
        );
        assert!(docs[4].as_ref().unwrap_err().to_string().starts_with("news.jsonl:6: invalid JSON"));
    }

    #[test]
    fn fields_can_be_renamed() {
        let fields = Fields {
            text: Some("body".into()),
            title: "headline".into(),
            url: "link".into(),
            date: "published".into(),
        };
        let docs = lines_with(
            concat!(
                r#"{"body":["甲","乙"],"headline":"标题","link":"https://example.org/2","published":20240101,"text":"不用"}"#,
                "\n",
                r#"{"text":"没有正文字段"}"#
            )
            .as_bytes(),
            &fields,
        );
        let d = &docs[0].as_ref().unwrap().doc;
        assert_eq!((d.text.as_str(), d.title.as_deref()), ("甲\n乙", Some("标题")));
        assert_eq!((d.source.as_str(), d.date.as_deref()), ("https://example.org/2", Some("2024-01-01")));
        assert_eq!(docs[1].as_ref().unwrap_err().to_string(), "news.jsonl:2: no text: expected a \"body\" field");
    }

    #[test]
    fn legacy_encoded_lines_are_decoded_and_undecodable_ones_name_their_offset() {
        let mut bytes = br#"{"text":"ok"}"#.to_vec();
        let (gbk, _, _) = encoding_rs::GBK.encode(r#"{"text":"青禾镇星澜社区召开会议"}"#);
        bytes.push(b'\n');
        bytes.extend_from_slice(&gbk);
        bytes.extend_from_slice(b"\n{\"text\":\"\xFF\xFE\xFF\"}\n");
        let docs = lines_with(&bytes, &Fields::default());
        assert!(docs[0].is_ok());
        assert_eq!(docs[1].as_ref().unwrap().doc.text, "青禾镇星澜社区召开会议");
        let err = docs[2].as_ref().unwrap_err();
        let offset = 14 + gbk.len() + 1 + 9;
        assert!(matches!(err.kind, InputErrorKind::Undecodable { offset: o } if o == offset), "{err}");
        assert!(err.to_string().starts_with("news.jsonl:3: "));
    }

    #[test]
    fn binary_and_empty_jsonl_files_are_one_error() {
        let docs = lines_with(b"\x00\x01\x02{}", &Fields::default());
        assert!(matches!(docs.as_slice(), [Err(InputError { kind: InputErrorKind::Binary, .. })]));
        let docs = lines_with(b"\n \n", &Fields::default());
        assert!(matches!(docs.as_slice(), [Err(InputError { kind: InputErrorKind::Empty, .. })]));
    }

    #[test]
    fn json_file_holds_one_article_or_an_array() {
        let origin = Origin::file(Path::new("a.json"));
        let f = Fields::default();
        let one = read_file(&origin, "a", "a.json", r#"{"text":"正文"}"#.as_bytes(), &f);
        assert_eq!(one[0].as_ref().unwrap().doc.id, "a");
        let many = read_file(&origin, "a", "a.json", r#"[{"text":"一"}, 7, {"text":"二"}]"#.as_bytes(), &f);
        assert_eq!(many[0].as_ref().unwrap().doc.id, "a-1");
        assert_eq!(many[1].as_ref().unwrap_err().to_string(), "a.json[2]: expected a JSON object or an array of objects");
        assert_eq!(many[2].as_ref().unwrap().doc.id, "a-3");
    }

    #[test]
    fn dates_are_normalised_or_dropped() {
        assert_eq!(normalize_date("2024-03-05 10:00:00").as_deref(), Some("2024-03-05"));
        assert_eq!(normalize_date("2024/3/5").as_deref(), Some("2024-03-05"));
        assert_eq!(normalize_date("2024年12月31日").as_deref(), Some("2024-12-31"));
        assert_eq!(normalize_date("20240101").as_deref(), Some("2024-01-01"));
        assert_eq!(normalize_date("2023-02-29"), None);
        assert_eq!(normalize_date("2024-1-123"), None);
        assert_eq!(normalize_date("202401011"), None);
        assert_eq!(normalize_date("昨天"), None);
    }
}
