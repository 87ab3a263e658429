//! Reading inputs: files, directories and stdin → [`SourceDoc`]s.
//!
//! This is the only place that touches input bytes, so every check that protects the
//! later stages happens here: text must be UTF-8 (a GBK file is refused with the byte
//! offset where decoding failed, rather than silently turned into mojibake), binary and
//! empty files are refused, and a UTF-8 BOM is dropped. Mention offsets count characters
//! of [`SourceDoc::text`], the text kept after these steps, so the BOM shifts nothing.
//!
//! One bad input never stops a run: [`expand_inputs`] and [`Documents`] yield a
//! `Result` per input (per line for JSONL), each error naming the file (and line).
//!
//! Document ids are derived from file names so that re-building a file replaces its
//! graph instead of adding a second copy. They must also be unique within a run, which
//! needs state across inputs: [`Documents`] holds it.
//!
//! Formats, chosen by extension: `.jsonl`/`.ndjson` (one article per line), `.json`
//! (one article, or an array of them), `.html`/`.htm` (visible text, `<title>`), and
//! plain text for everything else (`.txt`, `.text`, `.md`, stdin, any file named
//! explicitly).

mod html;
mod json;

use crate::model::SourceDoc;
use std::collections::{HashSet, VecDeque};
use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

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
    #[error("UTF-16 text is not supported: convert it to UTF-8")]
    Utf16,
    #[error(
        "not valid UTF-8 at byte offset {offset}{}",
        if *.looks_like_gb18030 {
            " (it looks like GBK/GB18030: convert it with `iconv -f GB18030 -t UTF-8`)"
        } else {
            ""
        }
    )]
    NotUtf8 { offset: usize, looks_like_gb18030: bool },
    #[error("invalid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("no text: expected a \"text\", \"content\" or \"paragraphs\" field")]
    NoText,
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

/// Reads the documents of one input. Ids are derived from the input alone; use
/// [`Documents`] to also make them unique across the inputs of a run.
pub fn read_documents(item: &InputItem) -> Vec<Result<InputDoc, InputError>> {
    match item {
        InputItem::Stdin => {
            let origin = Origin::stdin();
            let mut bytes = Vec::new();
            let text = io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(InputErrorKind::from)
                .and_then(|_| decode_text(&bytes));
            vec![match text {
                Ok(text) => {
                    let id = format!("stdin-{:016x}", fnv1a(text.as_bytes()));
                    let doc = SourceDoc { id, source: "-".into(), text, ..Default::default() };
                    Ok(InputDoc { origin, doc })
                }
                Err(kind) => Err(InputError::new(origin, kind)),
            }]
        }
        InputItem::File(path) => read_file(path),
    }
}

fn read_file(path: &Path) -> Vec<Result<InputDoc, InputError>> {
    let origin = Origin::file(path);
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return vec![Err(InputError::new(origin, e))],
    };
    let id = sanitize_id(&path.file_stem().unwrap_or_default().to_string_lossy());
    let source = path.display().to_string();
    let format = extension(path);
    match format.as_deref() {
        Some("jsonl" | "ndjson") => return json::read_lines(&origin, &id, &source, &bytes),
        Some("json") => return json::read_file(&origin, &id, &source, &bytes),
        _ => {}
    }
    let doc = decode_text(&bytes).and_then(|text| match format.as_deref() {
        Some("html" | "htm") => {
            let page = html::to_text(&text);
            if page.text.trim().is_empty() {
                return Err(InputErrorKind::EmptyText);
            }
            Ok(SourceDoc { id, source, title: page.title, text: page.text, ..Default::default() })
        }
        _ => Ok(SourceDoc { id, source, text, ..Default::default() }),
    });
    vec![match doc {
        Ok(doc) => Ok(InputDoc { origin, doc }),
        Err(kind) => Err(InputError::new(origin, kind)),
    }]
}

/// Checks and decodes a whole text file: not binary, not UTF-16, UTF-8 (BOM dropped),
/// not blank.
fn decode_text(bytes: &[u8]) -> Result<String, InputErrorKind> {
    check_not_binary(bytes)?;
    let text = decode_utf8(bytes, 0)?;
    if text.trim().is_empty() {
        return Err(InputErrorKind::Empty);
    }
    Ok(text.to_string())
}

/// Refuses UTF-16 (recognised by its BOM) and binary data: NUL bytes, or more than one
/// byte in ten of the first 64 KiB being a control character other than tab, line
/// feed, form feed, carriage return or escape.
fn check_not_binary(bytes: &[u8]) -> Result<(), InputErrorKind> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(InputErrorKind::Utf16);
    }
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let controls = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | 0x1b)) || b == 0x7f)
        .count();
    if bytes.contains(&0) || controls * 10 > head.len() {
        return Err(InputErrorKind::Binary);
    }
    Ok(())
}

/// Decodes UTF-8, dropping a leading BOM. `base` is the offset of `bytes` in its file,
/// so that the error names the offset in the file.
fn decode_utf8(bytes: &[u8], base: usize) -> Result<&str, InputErrorKind> {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let (skipped, body) = match bytes.strip_prefix(BOM) {
        Some(body) => (BOM.len(), body),
        None => (0, bytes),
    };
    std::str::from_utf8(body).map_err(|e| InputErrorKind::NotUtf8 {
        offset: base + skipped + e.valid_up_to(),
        looks_like_gb18030: encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(body)
            .is_some(),
    })
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
pub struct Documents {
    items: std::vec::IntoIter<Result<InputItem, InputError>>,
    pending: VecDeque<Result<InputDoc, InputError>>,
    ids: HashSet<String>,
}

impl Documents {
    pub fn new(items: Vec<Result<InputItem, InputError>>) -> Self {
        Documents { items: items.into_iter(), pending: VecDeque::new(), ids: HashSet::new() }
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
            if let Some(next) = self.pending.pop_front() {
                return Some(next.map(|d| self.make_unique(d)));
            }
            match self.items.next()? {
                Ok(item) => self.pending.extend(read_documents(&item)),
                Err(e) => return Some(Err(e)),
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
    fn gbk_file_is_refused_with_the_byte_offset_and_a_hint() {
        let (gbk, _, _) = encoding_rs::GBK.encode("ok 青禾镇");
        let err = only_error(read("gbk.txt", &gbk).1);
        let msg = err.to_string();
        assert!(matches!(err.kind, InputErrorKind::NotUtf8 { offset: 3, looks_like_gb18030: true }), "{msg}");
        assert!(msg.contains("gbk.txt: not valid UTF-8 at byte offset 3"), "{msg}");
        assert!(msg.contains("GB18030"), "{msg}");
    }

    #[test]
    fn offset_of_bad_utf8_counts_the_bom() {
        let err = only_error(read("a.txt", b"\xEF\xBB\xBFab\xFFcd").1);
        assert!(matches!(err.kind, InputErrorKind::NotUtf8 { offset: 5, .. }), "{err}");
    }

    #[test]
    fn binary_empty_and_utf16_files_are_refused() {
        assert!(matches!(only_error(read("a.txt", b"PK\x03\x04\0\0\x14").1).kind, InputErrorKind::Binary));
        let controls: Vec<u8> = (0..100u8).map(|i| if i % 3 == 0 { 0x01 } else { b'a' }).collect();
        assert!(matches!(only_error(read("b.txt", &controls).1).kind, InputErrorKind::Binary));
        assert!(matches!(only_error(read("c.txt", b"").1).kind, InputErrorKind::Empty));
        assert!(matches!(only_error(read("d.txt", " \n\t\u{3000}".as_bytes()).1).kind, InputErrorKind::Empty));
        assert!(matches!(only_error(read("e.txt", b"\xFF\xFEa\0").1).kind, InputErrorKind::Utf16));
        assert_eq!(only_error(read("c.txt", b"").1).to_string().rsplit('/').next().unwrap(), "c.txt: empty file");
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
