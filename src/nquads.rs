//! N-Quads and N-Triples lines, written straight from borrowed terms.
//!
//! `tupu extract` prints hundreds of thousands of quads per corpus megabyte. Building
//! an owned [`Quad`] for each (four heap strings), checking it against a set of owned
//! copies and formatting it through `core::fmt` cost more than the extraction itself;
//! [`NQuadsSink`] takes each quad as [`Mapper::emit`](crate::map::Mapper::emit) hands
//! it over, appends its line to a byte buffer and drops it again when the document
//! already stated it. The bytes are those of Oxigraph's own serialisers (the tests
//! compare them).

use crate::map::QuadSink;
use crate::vocab;
use oxigraph::model::{
    vocab::xsd, GraphNameRef, LiteralRef, NamedNodeRef, NamedOrBlankNodeRef, Quad, QuadRef, TermRef,
};
use std::io::Write as _;

/// Appends the N-Quads line of `quad` (with `graph`; else its N-Triples line).
pub fn write_line(out: &mut Vec<u8>, quad: QuadRef<'_>, graph: bool) {
    match quad.subject {
        NamedOrBlankNodeRef::NamedNode(n) => iri(out, n),
        other => write!(out, "{other}").expect("writing to a Vec"),
    }
    out.push(b' ');
    iri(out, quad.predicate);
    out.push(b' ');
    match quad.object {
        TermRef::NamedNode(n) => iri(out, n),
        TermRef::Literal(l) => literal(out, l),
        other => write!(out, "{other}").expect("writing to a Vec"),
    }
    if graph {
        match quad.graph_name {
            GraphNameRef::DefaultGraph => {}
            GraphNameRef::NamedNode(n) => {
                out.push(b' ');
                iri(out, n);
            }
            other => write!(out, " {other}").expect("writing to a Vec"),
        }
    }
    out.extend_from_slice(b" .\n");
}

fn iri(out: &mut Vec<u8>, n: NamedNodeRef<'_>) {
    out.push(b'<');
    out.extend_from_slice(n.as_str().as_bytes());
    out.push(b'>');
}

fn literal(out: &mut Vec<u8>, l: LiteralRef<'_>) {
    quoted(out, l.value());
    if let Some(language) = l.language() {
        out.push(b'@');
        out.extend_from_slice(language.as_bytes());
    } else if l.datatype() != xsd::STRING {
        out.extend_from_slice(b"^^");
        iri(out, l.datatype());
    }
}

/// A string literal's quoted form, escaped as `oxrdf` escapes it: runs of plain bytes
/// are copied whole (literals are long: every document's text is one).
fn quoted(out: &mut Vec<u8>, value: &str) {
    out.push(b'"');
    let bytes = value.as_bytes();
    let mut run = 0; // start of the bytes not written yet
    let mut i = 0;
    while i < bytes.len() {
        // eight bytes at a time, on to the first that may need an escape
        if let Some(word) = bytes.get(i..i + 8) {
            let marks = escape_marks(u64::from_le_bytes(word.try_into().expect("8 bytes")));
            if marks == 0 {
                i += 8;
                continue;
            }
            i += (marks.trailing_zeros() / 8) as usize;
        }
        let b = bytes[i];
        let len = match b {
            0x00..=0x1F | b'"' | b'\\' | 0x7F => 1,
            // U+FFFE and U+FFFF (EF BF BE / EF BF BF); other characters from EF stay
            0xEF if bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(&bytes[run..i]);
        let c = value[i..].chars().next().expect("a char starts here");
        match c {
            '\u{8}' => out.extend_from_slice(b"\\b"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\u{C}' => out.extend_from_slice(b"\\f"),
            '\r' => out.extend_from_slice(b"\\r"),
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            _ => write!(out, "\\u{:04X}", u32::from(c)).expect("writing to a Vec"),
        }
        i += len;
        run = i;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// Marks (the high bit of) each of the eight bytes of `w` that is a control byte (below
/// 0x20, or 0x7F), `"`, `\\` or 0xEF (which starts U+FFFE and U+FFFF): the bytes
/// [`quoted`] looks at. A byte above a marked one may be marked falsely, never one
/// below: the lowest mark is exact.
fn escape_marks(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // the zero bytes of `x` (and, above one, false positives: a borrow runs upwards)
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let below_0x20 = w.wrapping_sub(ONES * 0x20) & !w & HIGHS;
    below_0x20 | zero(w ^ (ONES * u64::from(b'"'))) | zero(w ^ (ONES * u64::from(b'\\'))) | zero(w ^ (ONES * 0x7F)) | zero(w ^ (ONES * 0xEF))
}

/// Collects one document's quads as lines; quads of the background graph are kept
/// apart (as owned quads) for the caller to write once per run.
#[derive(Debug)]
pub struct NQuadsSink {
    /// The document's own lines.
    pub lines: Vec<u8>,
    /// Background quads, in the order given.
    pub background: Vec<Quad>,
    /// Quads handed over, background included.
    pub count: usize,
    graph: bool,
}

impl NQuadsSink {
    /// `graph`: N-Quads lines (else N-Triples, the graph left out).
    pub fn new(graph: bool) -> Self {
        Self::with_buffer(graph, Vec::new())
    }

    /// [`NQuadsSink::new`], writing into `lines` (emptied first): a buffer an earlier
    /// document's lines were written from, already grown to the size of a document's.
    pub fn with_buffer(graph: bool, mut lines: Vec<u8>) -> Self {
        lines.clear();
        lines.reserve(1 << 16);
        NQuadsSink { lines, background: Vec::new(), count: 0, graph }
    }
}

impl QuadSink for NQuadsSink {
    fn add_quad(&mut self, quad: QuadRef<'_>) {
        self.count += 1;
        if quad.graph_name == GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(vocab::BACKGROUND_GRAPH)) {
            self.background.push(quad.into_owned());
            return;
        }
        write_line(&mut self.lines, quad, self.graph);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::{RdfFormat, RdfSerializer};
    use oxigraph::model::{BlankNode, GraphName, Literal, NamedNode, Term, Triple};

    fn oxigraph_line(q: &Quad, format: RdfFormat) -> Vec<u8> {
        let mut s = RdfSerializer::from_format(format).for_writer(Vec::new());
        if format == RdfFormat::NQuads {
            s.serialize_quad(q).unwrap();
        } else {
            s.serialize_triple(&Triple::from(q.clone())).unwrap();
        }
        s.finish().unwrap()
    }

    #[test]
    fn lines_are_those_of_oxigraph() {
        let s = NamedNode::new_unchecked("https://w3id.org/tupu/id/org/湖塘镇人民政府");
        let p = NamedNode::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label");
        let g = GraphName::NamedNode(NamedNode::new_unchecked("https://w3id.org/tupu/id/doc/a%20b"));
        let objects: Vec<Term> = vec![
            s.clone().into(),
            Literal::new_simple_literal("第一行\n第二行\t\"引\"\\ \r\u{8}\u{c}\u{1}\u{7f}\u{fffe}\u{ffff}\u{fffd}，全角！\u{ffef}").into(),
            Literal::new_language_tagged_literal_unchecked("湖塘镇", "zh").into(),
            Literal::from(42i64).into(),
            Literal::new_typed_literal("2024-09-30", xsd::DATE).into(),
            Literal::new_typed_literal("x", xsd::STRING).into(),
            Literal::new_simple_literal("").into(),
            BlankNode::new_unchecked("b0").into(),
        ];
        for o in objects {
            for graph in [g.clone(), GraphName::DefaultGraph] {
                let q = Quad::new(s.clone(), p.clone(), o.clone(), graph);
                for (format, with_graph) in [(RdfFormat::NQuads, true), (RdfFormat::NTriples, false)] {
                    let mut mine = Vec::new();
                    write_line(&mut mine, q.as_ref(), with_graph);
                    assert_eq!(String::from_utf8(mine).unwrap(), String::from_utf8(oxigraph_line(&q, format)).unwrap());
                }
            }
        }
        let blank_subject = Quad::new(BlankNode::new_unchecked("s"), p.clone(), s.clone(), g);
        let mut mine = Vec::new();
        write_line(&mut mine, blank_subject.as_ref(), true);
        assert_eq!(mine, oxigraph_line(&blank_subject, RdfFormat::NQuads));
    }

    #[test]
    fn every_byte_that_may_need_an_escape_is_seen_at_every_position() {
        for special in [0x00u8, 0x0A, 0x1F, b'"', b'\\', 0x7F, 0xEF] {
            for at in 0..8 {
                let mut w = [b'a'; 8];
                w[at] = special;
                assert_eq!(escape_marks(u64::from_le_bytes(w)).trailing_zeros() / 8, at as u32, "{special:#x} at {at}");
                // whatever the bytes above it (a borrow may mark them falsely), the lowest mark is it
                for above in [0x01u8, 0x20, 0x21, b'"' + 1, 0xF0] {
                    let mut w = w;
                    w[at + 1..].fill(above);
                    assert_eq!(escape_marks(u64::from_le_bytes(w)).trailing_zeros() / 8, at as u32, "{special:#x} at {at} below {above:#x}");
                }
            }
        }
        // CJK text in UTF-8 (E4–E9 lead bytes, 80–BF continuation bytes) and ASCII pass
        for plain in ["湖塘镇星河社区", "abc 123!", "党建引领，全角"] {
            for w in plain.as_bytes().windows(8).filter(|w| !w.contains(&0xEF)) {
                assert_eq!(escape_marks(u64::from_le_bytes(w.try_into().unwrap())), 0, "{w:x?}");
            }
        }
        // escapes at every offset of a long literal come out as oxigraph writes them
        for pad in 0..9 {
            let value = format!("{}湖塘\n镇\"{}\\，x\u{ffff}y\u{7f}", "a".repeat(pad), "星".repeat(pad));
            let q = Quad::new(
                NamedNode::new_unchecked("http://e/s"),
                NamedNode::new_unchecked("http://e/p"),
                Literal::new_simple_literal(value),
                GraphName::DefaultGraph,
            );
            let mut mine = Vec::new();
            write_line(&mut mine, q.as_ref(), true);
            assert_eq!(String::from_utf8(mine).unwrap(), String::from_utf8(oxigraph_line(&q, RdfFormat::NQuads)).unwrap());
        }
    }

    #[test]
    fn the_sink_writes_lines_and_keeps_background_apart() {
        let s = NamedNode::new_unchecked("http://e/s");
        let p = NamedNode::new_unchecked("http://e/p");
        let g = GraphName::NamedNode(NamedNode::new_unchecked("http://e/g"));
        let bg = GraphName::NamedNode(NamedNode::new_unchecked(vocab::BACKGROUND_GRAPH));
        let quads = [
            Quad::new(s.clone(), p.clone(), Literal::from(1i64), g.clone()),
            Quad::new(s.clone(), p.clone(), Literal::from(2i64), g.clone()),
            Quad::new(s.clone(), p.clone(), Literal::from(1i64), bg.clone()),
            Quad::new(s.clone(), p.clone(), Literal::from(1i64), bg.clone()),
        ];
        let mut sink = NQuadsSink::new(true);
        for q in &quads {
            sink.add_quad(q.as_ref());
        }
        assert_eq!(sink.count, 4);
        assert_eq!(sink.background, vec![quads[2].clone(), quads[3].clone()]);
        let mut expected = oxigraph_line(&quads[0], RdfFormat::NQuads);
        expected.extend(oxigraph_line(&quads[1], RdfFormat::NQuads));
        assert_eq!(String::from_utf8(sink.lines).unwrap(), String::from_utf8(expected).unwrap());
    }
}
