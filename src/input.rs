//! Reading inputs: files, directories and stdin → [`SourceDoc`]s.
//!
//! This is the only place that touches input bytes, so every check that protects the
//! later stages happens here. Text is decoded from UTF-8 (a BOM dropped), UTF-16 with
//! a BOM, or, when it is not UTF-8, from the legacy Chinese encodings GB18030 (GBK,
//! GB2312) and Big5: the encoding an HTML page declares is tried first, then the one
//! `chardetng` guesses. A file that none of them decodes without error is refused
//! (naming the first byte that is not UTF-8) rather than turned into mojibake; so are
//! binary and empty files. Mention offsets count characters of [`SourceDoc::text`],
//! the text kept after these steps, so a BOM shifts nothing.
//!
//! One bad input never stops a run: [`expand_inputs`] and [`Documents`] yield a
//! `Result` per input (per line for JSONL), each error naming the file (and line).
//!
//! [`Documents`] streams: it holds one input file at a time, and reads JSON Lines
//! (files, or standard input when it starts with `{`) a line at a time, so a corpus of
//! any size goes through in bounded memory.
//!
//! Document ids are derived from file names so that re-building a file replaces its
//! graph instead of adding a second copy. They must also be unique within a run, which
//! needs state across inputs: [`Documents`] holds it.
//!
//! Formats, chosen by extension: `.jsonl`/`.ndjson` (one article per line), `.json`
//! (one article, or an array of them), `.html`/`.htm` (main text and page metadata),
//! and plain text for everything else (`.txt`, `.text`, `.md`, stdin, any file named
//! explicitly). Which JSON fields hold the text and metadata is set by [`Fields`].

mod html;
mod json;

pub use json::Fields;

use crate::model::SourceDoc;
use encoding_rs::Encoding;
use regex::Regex;
use std::collections::{HashSet, VecDeque};
use std::fmt;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// Extensions taken when walking a directory (files named explicitly are always taken).
pub const EXTENSIONS: &[&str] = &["txt", "text", "md", "jsonl", "ndjson", "json", "html", "htm"];

/// One input to read: a file or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputItem {
    Stdin,
    File(PathBuf),
}

/// Where a document or an error comes from: a file (or stdin, written `-`), and the
/// record inside it for files that hold several documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub path: PathBuf,
    pub record: Option<Record>,
}

/// A document inside a multi-document file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    /// 1-based line of a JSONL file.
    Line(usize),
    /// 1-based position in the top-level array of a JSON file.
    Item(usize),
}

impl Origin {
    fn file(path: &Path) -> Self {
        Origin { path: path.to_path_buf(), record: None }
    }

    fn stdin() -> Self {
        Origin::file(Path::new("-"))
    }

    fn with_record(&self, record: Record) -> Self {
        Origin { path: self.path.clone(), record: Some(record) }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.as_os_str() == "-" {
            f.write_str("<stdin>")?;
        } else {
            write!(f, "{}", self.path.display())?;
        }
        match self.record {
            Some(Record::Line(n)) => write!(f, ":{n}"),
            Some(Record::Item(n)) => write!(f, "[{n}]"),
            None => Ok(()),
        }
    }
}

/// A document read from an input, with where it came from (for error messages: the
/// document's own `source` may be a URL).
#[derive(Debug, Clone)]
pub struct InputDoc {
    pub origin: Origin,
    pub doc: SourceDoc,
}

/// An input that cannot be read as a document.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {kind}")]
pub struct InputError {
    pub origin: Origin,
    pub kind: InputErrorKind,
}

/// Why an input cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum InputErrorKind {
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error("no input files in this directory (looked for .{})", EXTENSIONS.join(" ."))]
    NoFiles,
    #[error("empty file")]
    Empty,
    #[error("binary file")]
    Binary,
    #[error("cannot decode the text: not UTF-8 (invalid byte at offset {offset}), GB18030 or Big5")]
    Undecodable { offset: usize },
    #[error("invalid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("no text: expected {0}")]
    NoText(String),
    #[error("field \"{0}\" is not text")]
    NotText(String),
    #[error("the text is empty")]
    EmptyText,
    #[error("expected a JSON object or an array of objects")]
    NotAnArticle,
}

impl InputError {
    fn new(origin: Origin, kind: impl Into<InputErrorKind>) -> Self {
        InputError { origin, kind: kind.into() }
    }
}

/// Turns command-line inputs into the list of inputs to read, in a deterministic order.
///
/// Files are taken as given, directories are walked recursively (entries sorted by
/// name; hidden entries and symbolic links to directories skipped; files with one of
/// [`EXTENSIONS`] taken), `-` is standard input. A file reached twice (named twice, or
/// also found in a walked directory) is read once.
pub fn expand_inputs(paths: &[PathBuf]) -> Vec<Result<InputItem, InputError>> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for path in paths {
        if path.as_os_str() == "-" {
            if seen.insert(PathBuf::from("-")) {
                out.push(Ok(InputItem::Stdin));
            }
            continue;
        }
        match fs::metadata(path) {
            Err(e) => out.push(Err(InputError::new(Origin::file(path), e))),
            Ok(meta) if meta.is_dir() => {
                let before = out.len();
                walk(path, &mut out, &mut seen);
                if out.len() == before {
                    out.push(Err(InputError::new(Origin::file(path), InputErrorKind::NoFiles)));
                }
            }
            Ok(_) => push_file(path, &mut out, &mut seen),
        }
    }
    out
}

/// The total size in bytes of the files among `items`; `None` when one is standard
/// input (its size is not known in advance).
pub fn total_size(items: &[Result<InputItem, InputError>]) -> Option<u64> {
    items.iter().try_fold(0, |total, item| match item {
        Ok(InputItem::Stdin) => None,
        Ok(InputItem::File(path)) => Some(total + fs::metadata(path).map_or(0, |m| m.len())),
        Err(_) => Some(total),
    })
}

fn walk(dir: &Path, out: &mut Vec<Result<InputItem, InputError>>, seen: &mut HashSet<PathBuf>) {
    let entries = match fs::read_dir(dir).and_then(|rd| rd.collect::<io::Result<Vec<_>>>()) {
        Ok(entries) => entries,
        Err(e) => return out.push(Err(InputError::new(Origin::file(dir), e))),
    };
    let mut entries: Vec<_> = entries
        .into_iter()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let is_symlink = entry.file_type().is_ok_and(|t| t.is_symlink());
        match fs::metadata(&path) {
            Err(e) => out.push(Err(InputError::new(Origin::file(&path), e))),
            // a link to a directory could lead back up the tree
            Ok(meta) if meta.is_dir() => {
                if !is_symlink {
                    walk(&path, out, seen);
                }
            }
            Ok(_) if has_input_extension(&path) => push_file(&path, out, seen),
            Ok(_) => {}
        }
    }
}

fn push_file(path: &Path, out: &mut Vec<Result<InputItem, InputError>>, seen: &mut HashSet<PathBuf>) {
    if seen.insert(full_path(path)) {
        out.push(Ok(InputItem::File(path.to_path_buf())));
    }
}

fn has_input_extension(path: &Path) -> bool {
    extension(path).is_some_and(|ext| EXTENSIONS.contains(&ext.as_str()))
}

fn extension(path: &Path) -> Option<String> {
    path.extension().map(|e| e.to_string_lossy().to_lowercase())
}

/// The canonical path when it exists, else the absolute one.
fn full_path(path: &Path) -> PathBuf {
    fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

/// Reads the documents of one input with the default [`Fields`]. Ids are derived from
/// the input alone; use [`Documents`] to also make them unique across the inputs of a
/// run, and to stream large JSON Lines files.
pub fn read_documents(item: &InputItem) -> Vec<Result<InputDoc, InputError>> {
    let fields = Fields::default();
    let mut bytes = 0;
    match open(item, &fields, &mut bytes) {
        Opened::Docs(docs) => docs.into(),
        Opened::Lines(mut lines) => std::iter::from_fn(|| lines.next(&fields, &mut bytes)).collect(),
    }
}

/// An input opened for reading: its documents, or a JSON Lines stream.
enum Opened {
    Docs(VecDeque<Result<InputDoc, InputError>>),
    Lines(json::Lines),
}

/// Opens one input; `bytes` counts what is read.
fn open(item: &InputItem, fields: &Fields, bytes: &mut u64) -> Opened {
    let one = |r| Opened::Docs(VecDeque::from([r]));
    match item {
        InputItem::Stdin => {
            let origin = Origin::stdin();
            let mut reader = BufReader::with_capacity(1 << 16, Box::new(io::stdin()) as Box<dyn Read + Send>);
            // records, one JSON object a line, or else one text
            let starts_like_json = reader.fill_buf().is_ok_and(|head| {
                let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
                head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
            });
            if starts_like_json {
                return Opened::Lines(json::Lines::new(origin, None, "-".into(), reader));
            }
            let mut data = Vec::new();
            let text = reader
                .read_to_end(&mut data)
                .map_err(InputErrorKind::from)
                .and_then(|_| decode_text(&data, None));
            *bytes += data.len() as u64;
            one(match text {
                Ok(text) => {
                    let id = format!("stdin-{:016x}", fnv1a(text.as_bytes()));
                    let doc = SourceDoc { id, source: "-".into(), text, ..Default::default() };
                    Ok(InputDoc { origin, doc })
                }
                Err(kind) => Err(InputError::new(origin, kind)),
            })
        }
        InputItem::File(path) => {
            let origin = Origin::file(path);
            let id = sanitize_id(&path.file_stem().unwrap_or_default().to_string_lossy());
            let source = path.display().to_string();
            let format = extension(path);
            if matches!(format.as_deref(), Some("jsonl" | "ndjson")) {
                return match fs::File::open(path) {
                    Ok(file) => {
                        let reader = BufReader::with_capacity(1 << 16, Box::new(file) as Box<dyn Read + Send>);
                        Opened::Lines(json::Lines::new(origin, Some(id), source, reader))
                    }
                    Err(e) => one(Err(InputError::new(origin, e))),
                };
            }
            let data = match fs::read(path) {
                Ok(data) => data,
                Err(e) => return one(Err(InputError::new(origin, e))),
            };
            *bytes += data.len() as u64;
            if format.as_deref() == Some("json") {
                return Opened::Docs(json::read_file(&origin, &id, &source, &data, fields).into());
            }
            let doc = match format.as_deref() {
                Some("html" | "htm") => decode_text(&data, html::declared_charset(&data)).and_then(|text| {
                    let page = html::to_text(&text);
                    if page.text.trim().is_empty() {
                        return Err(InputErrorKind::EmptyText);
                    }
                    Ok(SourceDoc {
                        id,
                        source: page.url.unwrap_or(source),
                        title: page.title,
                        date: page.date.as_deref().and_then(normalize_date),
                        publisher: page.publisher,
                        text: page.text,
                    })
                }),
                _ => decode_text(&data, None).map(|text| SourceDoc { id, source, text, ..Default::default() }),
            };
            one(match doc {
                Ok(doc) => Ok(InputDoc { origin, doc }),
                Err(kind) => Err(InputError::new(origin, kind)),
            })
        }
    }
}

/// Checks and decodes a whole text file: not binary, decodable (see [`decode`]), not blank.
fn decode_text(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<String, InputErrorKind> {
    let text = decode(bytes, declared, 0)?;
    if text.trim().is_empty() {
        return Err(InputErrorKind::Empty);
    }
    Ok(text)
}

/// Decodes text: UTF-16 or UTF-8 by their BOM (dropped), binary data refused, then
/// UTF-8, the `declared` encoding, or the legacy Chinese encoding that decodes it
/// without error (GB18030 or Big5, the one `chardetng` guesses first). `base` is the
/// offset of `bytes` in its file, so that an error names the offset in the file.
fn decode(bytes: &[u8], declared: Option<&'static Encoding>, base: usize) -> Result<String, InputErrorKind> {
    let undecodable = |offset| InputErrorKind::Undecodable { offset: base + offset };
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom..];
        if encoding == encoding_rs::UTF_8 {
            check_not_binary(body)?;
            return simdutf8::compat::from_utf8(body)
                .map(str::to_string)
                .map_err(|e| undecodable(bom + e.valid_up_to()));
        }
        return encoding
            .decode_without_bom_handling_and_without_replacement(body)
            .map(|t| t.into_owned())
            .ok_or(undecodable(bom))
            .and_then(|t| if t.contains('\0') { Err(InputErrorKind::Binary) } else { Ok(t) });
    }
    check_not_binary(bytes)?;
    let utf8_error = match simdutf8::compat::from_utf8(bytes) {
        Ok(text) => return Ok(text.to_string()),
        Err(e) => e.valid_up_to(),
    };
    let legacy = |e: &'static Encoding| e != encoding_rs::UTF_8 && e.is_ascii_compatible();
    declared
        .filter(|e| legacy(e))
        .and_then(|e| e.decode_without_bom_handling_and_without_replacement(bytes))
        .or_else(|| decode_legacy_chinese(bytes))
        .map(|t| t.into_owned())
        .ok_or(undecodable(utf8_error))
}

/// GB18030 or Big5, whichever decodes `bytes` without error, `chardetng`'s guess first.
fn decode_legacy_chinese(bytes: &[u8]) -> Option<std::borrow::Cow<'_, str>> {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    // GBK labels decode as GB18030, its superset
    let guess = if guess == encoding_rs::GBK { encoding_rs::GB18030 } else { guess };
    let mut candidates = vec![encoding_rs::GB18030, encoding_rs::BIG5];
    if let Some(i) = candidates.iter().position(|&c| c == guess) {
        candidates.swap(0, i);
    }
    candidates.into_iter().find_map(|e| e.decode_without_bom_handling_and_without_replacement(bytes))
}

/// Refuses binary data: NUL bytes, or more than one byte in ten of the first 64 KiB
/// being a control character other than tab, line feed, form feed, carriage return or
/// escape.
fn check_not_binary(bytes: &[u8]) -> Result<(), InputErrorKind> {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let is_control = |b: u8| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | 0x1b)) || b == 0x7f;
    // text has few bytes below 0x20 (line breaks): blocks without any are skipped whole
    // (a branch-free test the compiler turns into vector compares), the others counted
    let controls: usize = head
        .chunks(32)
        .filter(|block| !block.iter().fold(true, |plain, &b| plain & (b >= 0x20) & (b != 0x7f)))
        .map(|block| block.iter().filter(|&&b| is_control(b)).count())
        .sum();
    if bytes.contains(&0) || controls * 10 > head.len() {
        return Err(InputErrorKind::Binary);
    }
    Ok(())
}

/// `YYYY-MM-DD` from the usual ways of writing a date (`2024-03-05`, `2024/3/5`,
/// `2024年3月5日`, `20240305`, an ISO date-time…); `None` when the value is not a valid
/// date, since the date is optional and only gives relative dates their year.
pub(crate) fn normalize_date(s: &str) -> Option<String> {
    let (year, month, day) = plain_date(s).or_else(|| date_fields(s))?;
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

/// Year, month and day as [`normalize_date`] reads them (not checked yet).
fn date_fields(s: &str) -> Option<(i32, u32, u32)> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*(?:([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})|([0-9]{4})([0-9]{2})([0-9]{2}))(?:[^0-9]|$)",
        )
        .expect("valid regex")
    });
    let c = DATE.captures(s)?;
    let part = |a: usize, b: usize| c.get(a).or_else(|| c.get(b)).map(|m| m.as_str());
    Some((part(1, 4)?.parse().ok()?, part(2, 5)?.parse().ok()?, part(3, 6)?.parse().ok()?))
}

/// Year, month and day of `YYYYMMDD` or `YYYY-MM-DD` (nothing around), the usual
/// forms, read without the regular expression of [`date_fields`] (which reads them the
/// same way).
fn plain_date(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let (y, m, d) = match b.len() {
        8 if digits(0..8) => (&s[0..4], &s[4..6], &s[6..8]),
        10 if digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) => (&s[0..4], &s[5..7], &s[8..10]),
        _ => return None,
    };
    Some((y.parse().ok()?, m.parse().ok()?, d.parse().ok()?))
}

/// A file stem made safe for an id: ASCII letters, digits, `_`, `.`, `-` and CJK
/// characters are kept, anything else becomes `-`.
pub fn sanitize_id(stem: &str) -> String {
    let id: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-') || is_cjk(c) { c } else { '-' })
        .collect();
    if id.is_empty() {
        "doc".into()
    } else {
        id
    }
}

/// Han ideographs (unified, extensions, compatibility).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF | 0x30000..=0x3134F)
}

/// FNV-1a, 64 bits: a stable hash (std's `DefaultHasher` may change between releases).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The documents of all inputs of a run, in order, with ids unique within the run: when
/// an id was already given, `-` and 8 hex digits of a hash of the input's full path are
/// appended (then `-2`, `-3`… in the unlikely case that is taken too).
///
/// It holds one input at a time (a JSON Lines input one line at a time), and counts the
/// bytes read ([`Documents::bytes_read`]) for progress reports.
pub struct Documents {
    items: std::vec::IntoIter<Result<InputItem, InputError>>,
    current: Option<Opened>,
    ids: HashSet<String>,
    fields: Fields,
    bytes_read: u64,
}

impl Documents {
    pub fn new(items: Vec<Result<InputItem, InputError>>) -> Self {
        Documents::with_fields(items, Fields::default())
    }

    /// Reads JSON and JSON Lines records with the given field names.
    pub fn with_fields(items: Vec<Result<InputItem, InputError>>, fields: Fields) -> Self {
        Documents { items: items.into_iter(), current: None, ids: HashSet::new(), fields, bytes_read: 0 }
    }

    /// Bytes of input read so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    fn make_unique(&mut self, mut d: InputDoc) -> InputDoc {
        if self.ids.contains(&d.doc.id) {
            let hash = fnv1a(full_path(&d.origin.path).as_os_str().as_encoded_bytes());
            let with_hash = format!("{}-{:08x}", d.doc.id, hash >> 32);
            d.doc.id = (1..)
                .map(|n| if n == 1 { with_hash.clone() } else { format!("{with_hash}-{n}") })
                .find(|id| !self.ids.contains(id))
                .expect("an unused id exists");
        }
        self.ids.insert(d.doc.id.clone());
        d
    }
}

impl Iterator for Documents {
    type Item = Result<InputDoc, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let next = match &mut self.current {
                Some(Opened::Docs(docs)) => docs.pop_front(),
                Some(Opened::Lines(lines)) => lines.next(&self.fields, &mut self.bytes_read),
                None => None,
            };
            if let Some(next) = next {
                return Some(next.map(|d| self.make_unique(d)));
            }
            match self.items.next()? {
                Ok(item) => self.current = Some(open(&item, &self.fields, &mut self.bytes_read)),
                Err(e) => {
                    self.current = None;
                    return Some(Err(e));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str, bytes: &[u8]) -> (tempfile::TempDir, Vec<Result<InputDoc, InputError>>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        let docs = read_documents(&InputItem::File(path));
        (dir, docs)
    }

    fn only_error(docs: Vec<Result<InputDoc, InputError>>) -> InputError {
        assert_eq!(docs.len(), 1);
        docs.into_iter().next().unwrap().unwrap_err()
    }

    #[test]
    fn plain_dates_are_read_as_the_pattern_reads_them() {
        for s in ["20240101", "2024-03-05", "20241301", "2024-00-10", "00000101", "2023-02-29", "9999-12-31", "2024-1-05"] {
            assert_eq!(plain_date(s).or_else(|| date_fields(s)), date_fields(s), "{s}");
        }
        for s in ["2024-03-05", "20240305"] {
            assert_eq!(plain_date(s), Some((2024, 3, 5)), "{s}");
        }
        for s in ["2024-3-5", "2024/03/05", " 20240305", "20240305 ", "2024-03-05T10:00", "２０２４０３０５"] {
            assert_eq!(plain_date(s), None, "{s}");
        }
    }

    #[test]
    fn text_file_is_one_document_named_after_its_stem() {
        let (_dir, docs) = read("青禾镇 新闻(1).txt", "青禾镇召开会议。".as_bytes());
        let d = docs.into_iter().next().unwrap().unwrap();
        assert_eq!(d.doc.id, "青禾镇-新闻-1-");
        assert_eq!(d.doc.text, "青禾镇召开会议。");
        assert!(d.doc.source.ends_with("青禾镇 新闻(1).txt"));
    }

    #[test]
    fn bom_is_dropped_and_offsets_count_from_the_text_kept() {
        let (_dir, docs) = read("a.txt", "\u{FEFF}星澜社区".as_bytes());
        let text = docs.into_iter().next().unwrap().unwrap().doc.text;
        assert_eq!(text, "星澜社区");
        assert_eq!(text.chars().next(), Some('星'));
    }

    #[test]
    fn gbk_gb18030_and_big5_files_are_decoded() {
        let text = "青禾镇星澜社区党委书记沈雅琴介绍，社区今年新建了养老服务中心和儿童之家。";
        for encoding in [encoding_rs::GBK, encoding_rs::GB18030] {
            let (bytes, _, unmappable) = encoding.encode(text);
            assert!(!unmappable);
            let d = read("a.txt", &bytes).1.into_iter().next().unwrap().unwrap();
            assert_eq!(d.doc.text, text, "{}", encoding.name());
        }
        // short texts too, where both GB18030 and Big5 may decode without error
        for short in ["青禾镇人民政府召开会议", "星澜社区", "镇长主持会议。", "柳溪村"] {
            let (bytes, _, _) = encoding_rs::GBK.encode(short);
            let d = read("s.txt", &bytes).1.into_iter().next().unwrap().unwrap();
            assert_eq!(d.doc.text, short);
        }
        for traditional in ["臺北市信義區里長會議討論社區營造與長者關懷據點。", "鎮長主持會議。", "竹塢村舉辦茶葉產銷對接會"] {
            let (bytes, _, _) = encoding_rs::BIG5.encode(traditional);
            let d = read("b.txt", &bytes).1.into_iter().next().unwrap().unwrap();
            assert_eq!(d.doc.text, traditional);
        }
    }

    #[test]
    fn undecodable_text_is_refused_with_the_byte_offset() {
        let err = only_error(read("a.txt", b"\xEF\xBB\xBFab\xFFcd").1);
        assert!(matches!(err.kind, InputErrorKind::Undecodable { offset: 5 }), "{err}");
        let err = only_error(read("b.txt", b"ok \xFF\xFE\xFF\x80").1);
        assert!(matches!(err.kind, InputErrorKind::Undecodable { offset: 3 }), "{err}");
        assert!(err.to_string().ends_with("b.txt: cannot decode the text: not UTF-8 (invalid byte at offset 3), GB18030 or Big5"), "{err}");
    }

    #[test]
    fn utf16_with_a_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("星澜社区".encode_utf16().flat_map(u16::to_le_bytes));
        let d = read("a.txt", &bytes).1.into_iter().next().unwrap().unwrap();
        assert_eq!(d.doc.text, "星澜社区");
    }

    #[test]
    fn binary_and_empty_files_are_refused() {
        assert!(matches!(only_error(read("a.txt", b"PK\x03\x04\0\0\x14").1).kind, InputErrorKind::Binary));
        let controls: Vec<u8> = (0..100u8).map(|i| if i % 3 == 0 { 0x01 } else { b'a' }).collect();
        assert!(matches!(only_error(read("b.txt", &controls).1).kind, InputErrorKind::Binary));
        assert!(matches!(only_error(read("c.txt", b"").1).kind, InputErrorKind::Empty));
        assert!(matches!(only_error(read("d.txt", " \n\t\u{3000}".as_bytes()).1).kind, InputErrorKind::Empty));
        assert!(matches!(only_error(read("e.txt", b"\xFF\xFEa\0\0\0").1).kind, InputErrorKind::Binary));
        assert_eq!(only_error(read("c.txt", b"").1).to_string().rsplit('/').next().unwrap(), "c.txt: empty file");
    }

    #[test]
    fn html_page_in_gbk_gives_its_text_and_metadata() {
        let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\
                    <title>柳溪村召开村民代表大会_青禾镇人民政府</title></head><body>\
                    <div class=\"nav\">首页</div><p>发布时间：2024-06-03　来源：柳溪村</p>\
                    <p>柳溪村召开村民代表大会。</p></body></html>";
        let (bytes, _, _) = encoding_rs::GBK.encode(page);
        let d = read("p.html", &bytes).1.into_iter().next().unwrap().unwrap();
        assert_eq!(d.doc.title.as_deref(), Some("柳溪村召开村民代表大会_青禾镇人民政府"));
        assert_eq!(d.doc.date.as_deref(), Some("2024-06-03"));
        assert_eq!(d.doc.publisher.as_deref(), Some("柳溪村"));
        assert!(!d.doc.text.contains("首页"), "{}", d.doc.text);
        assert!(d.doc.text.ends_with("柳溪村召开村民代表大会。"), "{}", d.doc.text);
    }

    #[test]
    fn large_jsonl_files_stream_and_bytes_are_counted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.jsonl");
        let line = "{\"text\":\"星澜社区开展志愿服务活动。\"}\n";
        fs::write(&path, line.repeat(1000)).unwrap();
        let mut docs = Documents::new(expand_inputs(&[path]));
        assert!(docs.next().unwrap().is_ok());
        // one buffer's worth read, not the file
        assert!(docs.bytes_read() < 1000, "{}", docs.bytes_read());
        assert_eq!(docs.by_ref().count(), 999);
        assert_eq!(docs.bytes_read(), (line.len() * 1000) as u64);
    }

    #[test]
    fn html_page_gives_its_title_and_visible_text() {
        let page = "<html><head><title>青禾镇新闻</title><style>p{}</style></head>\
                    <body><p>第一段</p><p>第二段&amp;</p></body></html>";
        let (_dir, docs) = read("p.html", page.as_bytes());
        let d = docs.into_iter().next().unwrap().unwrap();
        assert_eq!(d.doc.title.as_deref(), Some("青禾镇新闻"));
        assert_eq!(d.doc.text, "第一段\n第二段&");
        assert!(matches!(only_error(read("q.htm", b"<p> </p>").1).kind, InputErrorKind::EmptyText));
    }

    #[test]
    fn directories_are_walked_in_order_skipping_hidden_and_foreign_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("b/c")).unwrap();
        fs::create_dir_all(root.join(".git")).unwrap();
        for f in ["b/c/z.md", "b/a.TXT", "a.jsonl", ".hidden.txt", ".git/x.txt", "notes.pdf"] {
            fs::write(root.join(f), "x").unwrap();
        }
        let items: Vec<_> = expand_inputs(&[root.to_path_buf(), root.join("a.jsonl")])
            .into_iter()
            .map(|i| i.unwrap())
            .collect();
        let expected: Vec<_> = ["a.jsonl", "b/a.TXT", "b/c/z.md"]
            .iter()
            .map(|f| InputItem::File(root.join(f)))
            .collect();
        assert_eq!(items, expected);
    }

    #[test]
    fn missing_paths_and_empty_directories_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let items = expand_inputs(&[dir.path().join("nope.txt"), dir.path().to_path_buf()]);
        assert!(matches!(&items[0], Err(InputError { kind: InputErrorKind::Io(_), .. })));
        assert!(matches!(&items[1], Err(InputError { kind: InputErrorKind::NoFiles, .. })));
    }

    #[test]
    fn duplicate_ids_get_a_path_hash_suffix() {
        let dir = tempfile::tempdir().unwrap();
        for f in ["x/报道.txt", "y/报道.txt", "y/报道.md"] {
            let path = dir.path().join(f);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, "正文").unwrap();
        }
        let ids: Vec<String> = Documents::new(expand_inputs(&[dir.path().to_path_buf()]))
            .map(|d| d.unwrap().doc.id)
            .collect();
        assert_eq!(ids[0], "报道");
        for id in &ids[1..] {
            let suffix = id.strip_prefix("报道-").unwrap();
            assert_eq!(suffix.len(), 8, "{id}");
            assert!(suffix.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
        }
        assert_ne!(ids[1], ids[2]);
    }

    #[test]
    fn sanitized_ids_keep_chinese_and_safe_ascii() {
        assert_eq!(sanitize_id("2024_青禾镇.v2 news"), "2024_青禾镇.v2-news");
        assert_eq!(sanitize_id("《报道》"), "-报道-");
        assert_eq!(sanitize_id(""), "doc");
    }

    #[test]
    fn fnv1a_matches_the_reference_values() {
        assert_eq!(fnv1a(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a(b"a"), 0xaf63dc4c8601ec8c);
    }
}
