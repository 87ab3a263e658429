//! Mapping an [`Extraction`] to RDF quads (stage `map`).
//!
//! Everything the text says goes into the document's own named graph
//! `{base}doc/{id}`, so that re-reading a document replaces exactly its facts.
//! Facts that come from background knowledge (the division table), not from the
//! text, go into [`vocab::BACKGROUND_GRAPH`].
//!
//! Entity IRIs are `{base}{family}/{label}` (e.g. `…/id/place/湖塘镇`): the same name
//! in the same family gets the same IRI in every run and every document.

use crate::model::*;
use crate::vocab::{self, tp};
use oxigraph::model::{
    vocab::{rdf, xsd},
    GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term,
};

/// Builds IRIs under an instance base and turns extractions into quads.
#[derive(Debug, Clone)]
pub struct Mapper {
    base: String,
}

impl Default for Mapper {
    fn default() -> Self {
        Mapper::new(vocab::DEFAULT_BASE).expect("default base is valid")
    }
}

/// The instance base IRI is not usable.
#[derive(Debug, thiserror::Error)]
#[error("invalid base IRI {base:?}: {reason}")]
pub struct BaseError {
    pub base: String,
    pub reason: String,
}

impl Mapper {
    /// `base` must be an absolute IRI; a trailing `/` or `#` is added when missing.
    pub fn new(base: &str) -> Result<Self, BaseError> {
        let mut base = base.trim().to_string();
        if !(base.ends_with('/') || base.ends_with('#')) {
            base.push('/');
        }
        NamedNode::new(format!("{base}x")).map_err(|e| BaseError {
            base: base.clone(),
            reason: e.to_string(),
        })?;
        Ok(Mapper { base })
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// IRI of a document (also the name of its graph).
    pub fn doc_iri(&self, doc_id: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}doc/{}", self.base, iri_escape(doc_id)))
    }

    /// IRI of an entity: stable across runs and documents.
    pub fn entity_iri(&self, entity: &Entity) -> NamedNode {
        match (&entity.admin_code, entity.class.is_place()) {
            // linked divisions are named by their official code: 城关镇 in two counties are two places
            (Some(code), true) => NamedNode::new_unchecked(format!("{}place/{}", self.base, code)),
            _ => NamedNode::new_unchecked(format!(
                "{}{}/{}",
                self.base,
                entity.class.iri_segment(),
                iri_escape(&entity.label)
            )),
        }
    }

    fn post_iri(&self, org_iri: &NamedNode, role: &str) -> NamedNode {
        let org_local = &org_iri.as_str()[self.base.len()..];
        NamedNode::new_unchecked(format!("{}post/{}/{}", self.base, org_local, iri_escape(role)))
    }

    /// All quads of one extraction.
    pub fn quads(&self, ex: &Extraction) -> Vec<Quad> {
        let mut out = Vec::with_capacity(64 + ex.mentions.len() * 9);
        let doc = self.doc_iri(&ex.doc_id);
        let g = GraphName::NamedNode(doc.clone());
        let bg = GraphName::NamedNode(NamedNode::new_unchecked(vocab::BACKGROUND_GRAPH));
        let mut w = Writer { out: &mut out, g: g.clone() };

        // the document
        w.add(&doc, rdf::TYPE, tpn(tp::DOCUMENT));
        w.add(&doc, rdf::TYPE, nif("Context"));
        w.add(&doc, nifp("isString"), Literal::new_simple_literal(&ex.text));
        w.add(&doc, nifp("beginIndex"), index(0));
        w.add(&doc, nifp("endIndex"), index(ex.text.chars().count()));
        w.add(&doc, dct("title"), Literal::new_language_tagged_literal_unchecked(&ex.title, "zh"));
        w.add(&doc, dct("source"), Literal::new_simple_literal(&ex.source));
        if let Some(p) = &ex.publisher {
            w.add(&doc, dct("publisher"), Literal::new_language_tagged_literal_unchecked(p, "zh"));
        }
        if let Some(d) = &ex.date {
            w.add(&doc, dct("issued"), Literal::new_typed_literal(d, xsd::DATE));
        }
        w.add(
            &doc,
            tpn(tp::EXTRACTOR),
            Literal::new_simple_literal(concat!("tupu ", env!("CARGO_PKG_VERSION"))),
        );

        let entity_iris: Vec<NamedNode> = ex.entities.iter().map(|e| self.entity_iri(e)).collect();
        if let Some(p) = ex.subject_place {
            w.add(&doc, tpn(tp::SUBJECT_PLACE), entity_iris[p].clone());
        }

        // sentences that carry something (a mention, a relation, a figure)
        let sentence_iri = |i: usize| NamedNode::new_unchecked(format!("{}#s{}", doc.as_str(), i));
        let mut used = vec![false; ex.sentences.len()];
        ex.mentions.iter().for_each(|m| used[m.sentence] = true);
        ex.relations.iter().filter_map(|r| r.sentence).for_each(|s| used[s] = true);
        ex.measurements.iter().for_each(|m| used[m.sentence] = true);
        ex.posts.iter().for_each(|p| used[p.sentence] = true);
        ex.dates.iter().for_each(|d| used[d.sentence] = true);
        let chars: Vec<char> = ex.text.chars().collect();
        for (i, s) in ex.sentences.iter().enumerate().filter(|(i, _)| used[*i]) {
            let si = sentence_iri(i);
            w.add(&si, rdf::TYPE, nif("Sentence"));
            w.add(&si, rdf::TYPE, nif("OffsetBasedString"));
            w.add(&si, nifp("referenceContext"), doc.clone());
            w.add(&si, nifp("beginIndex"), index(s.begin));
            w.add(&si, nifp("endIndex"), index(s.end));
            let anchor: String = chars[s.begin..s.end].iter().collect();
            w.add(&si, nifp("anchorOf"), Literal::new_simple_literal(anchor));
        }

        // entities; places only the division table knows of go to the background graph
        for (e, iri) in ex.entities.iter().zip(&entity_iris) {
            let mut facts = vec![(rdf::TYPE.into_owned(), Term::from(tpn(e.class.local_name()))), (rdfs("label"), zh(&e.label).into())];
            facts.extend(e.alt_labels.iter().map(|a| (skos("altLabel"), Term::from(zh(a)))));
            for (p, o) in facts {
                if e.mentioned {
                    w.add(iri, p, o);
                } else {
                    out_bg(&mut w, &bg, iri, p, o);
                }
            }
            if let Some(code) = &e.admin_code {
                // what the table says of a linked division: background knowledge
                out_bg(&mut w, &bg, iri, tpn(tp::ADMIN_CODE), Literal::new_simple_literal(code));
                out_bg(&mut w, &bg, iri, NamedNode::new_unchecked(vocab::WIKIDATA_P442), Literal::new_simple_literal(crate::gazetteer::p442(code)));
                let level = match crate::gazetteer::level_of_code12(code) {
                    crate::gazetteer::Level::Province => tp::PROVINCE_LEVEL,
                    crate::gazetteer::Level::City => tp::CITY_LEVEL,
                    crate::gazetteer::Level::County => tp::COUNTY_LEVEL,
                    crate::gazetteer::Level::Township => tp::TOWNSHIP_LEVEL,
                };
                out_bg(&mut w, &bg, iri, tpn(tp::ADMIN_LEVEL), tpn(level));
            }
        }

        // mentions
        for m in &ex.mentions {
            let mi = NamedNode::new_unchecked(format!("{}#m{}-{}", doc.as_str(), m.begin, m.end));
            w.add(&mi, rdf::TYPE, nif("Phrase"));
            w.add(&mi, rdf::TYPE, nif("OffsetBasedString"));
            w.add(&mi, nifp("referenceContext"), doc.clone());
            w.add(&mi, nifp("sentence"), sentence_iri(m.sentence));
            w.add(&mi, nifp("beginIndex"), index(m.begin));
            w.add(&mi, nifp("endIndex"), index(m.end));
            w.add(&mi, nifp("anchorOf"), Literal::new_simple_literal(&m.text));
            w.add(&mi, its("taIdentRef"), entity_iris[m.entity].clone());
            w.add(&mi, its("taClassRef"), tpn(ex.entities[m.entity].class.local_name()));
        }

        // relations, each with a reified statement pointing at its evidence
        for (i, r) in ex.relations.iter().enumerate() {
            let (s, o) = (&entity_iris[r.subject], &entity_iris[r.object]);
            let p = tpn(r.predicate.local_name());
            match r.sentence {
                Some(sent) => {
                    w.add(s, p.clone(), o.clone());
                    let st = NamedNode::new_unchecked(format!("{}#r{}", doc.as_str(), i));
                    w.add(&st, rdf::TYPE, rdf::STATEMENT.into_owned());
                    w.add(&st, rdf::SUBJECT, s.clone());
                    w.add(&st, rdf::PREDICATE, p);
                    w.add(&st, rdf::OBJECT, o.clone());
                    w.add(&st, tpn(tp::EVIDENCE), sentence_iri(sent));
                }
                None => out_bg(&mut w, &bg, s, p, o.clone()),
            }
        }

        // posts
        for p in &ex.posts {
            let person = &entity_iris[p.person];
            let org = &entity_iris[p.org];
            let post = self.post_iri(org, &p.role);
            w.add(person, org_p("holds"), post.clone());
            w.add(&post, rdf::TYPE, org_p("Post"));
            w.add(&post, org_p("postIn"), org.clone());
            w.add(&post, rdfs("label"), zh(&p.role));
            w.add(&post, tpn(tp::ROLE_TEXT), zh(&p.role_text));
            w.add(&post, tpn(tp::EVIDENCE), sentence_iri(p.sentence));
        }

        // figures
        let measure_iri = |i: usize| NamedNode::new_unchecked(format!("{}#q{}", doc.as_str(), i));
        for (i, m) in ex.measurements.iter().enumerate() {
            let mi = measure_iri(i);
            w.add(&entity_iris[m.entity], tpn(tp::MEASURE), mi.clone());
            w.add(&mi, rdf::TYPE, tpn(tp::MEASUREMENT));
            w.add(&mi, tpn(tp::QUANTITY), zh(&m.quantity));
            w.add(&mi, qudt("numericValue"), Literal::new_typed_literal(&m.value, xsd::DECIMAL));
            w.add(&mi, tpn(tp::UNIT_TEXT), zh(&m.unit));
            if let Some(per) = &m.per_unit {
                w.add(&mi, tpn(tp::PER_UNIT), zh(per));
            }
            for q in &m.qualifiers {
                w.add(&mi, tpn(tp::QUALIFIER), zh(q));
            }
            if let Some(b) = m.bound {
                w.add(&mi, tpn(tp::BOUND_PROP), tpn(b.local_name()));
            }
            if m.estimated {
                w.add(&mi, tpn(tp::ESTIMATED), Literal::from(true));
            }
            if let Some(c) = m.change_of {
                w.add(&mi, tpn(tp::CHANGE_OF), measure_iri(c));
            }
            if let Some(c) = m.share_of {
                w.add(&mi, tpn(tp::SHARE_OF), measure_iri(c));
            }
            if let Some(d) = &m.valid_at {
                w.add(&mi, tpn(tp::VALID_AT), date_literal(&d.value));
                w.add(&mi, tpn(tp::VALID_AT_TEXT), zh(&d.text));
            }
            w.add(&mi, tpn(tp::EVIDENCE), sentence_iri(m.sentence));
        }

        // dates of events
        for d in &ex.dates {
            let e = &entity_iris[d.entity];
            w.add(e, tpn(tp::DATE), date_literal(&d.date.value));
            w.add(e, tpn(tp::DATE_TEXT), zh(&d.date.text));
        }
        out
    }
}

struct Writer<'a> {
    out: &'a mut Vec<Quad>,
    g: GraphName,
}

impl Writer<'_> {
    fn add(&mut self, s: &NamedNode, p: impl Into<NamedNode>, o: impl Into<Term>) {
        self.out.push(Quad::new(
            NamedOrBlankNode::NamedNode(s.clone()),
            p.into(),
            o.into(),
            self.g.clone(),
        ));
    }
}

fn out_bg(w: &mut Writer<'_>, bg: &GraphName, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
    w.out.push(Quad::new(s.clone(), p, o.into(), bg.clone()));
}

/// Typed literal of a date value.
pub fn date_literal(d: &DateValue) -> Literal {
    let (lex, dt) = d.lexical();
    Literal::new_typed_literal(lex, NamedNode::new_unchecked(format!("{}{dt}", vocab::XSD)))
}

/// An offset, as `xsd:integer`: Oxigraph stores every integer-derived datatype (NIF's
/// `xsd:nonNegativeInteger` too) as `xsd:integer`, so writing anything narrower would make
/// `tupu extract` and an export of the store disagree on the same fact.
fn index(i: usize) -> Literal {
    Literal::from(i as i64)
}
fn zh(s: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(s, "zh")
}
fn tpn(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{local}", vocab::TP))
}
fn nif(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{local}", vocab::NIF))
}
fn nifp(local: &str) -> NamedNode {
    nif(local)
}
fn its(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{local}", vocab::ITSRDF))
}
fn dct(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{local}", vocab::DCTERMS))
}
fn rdfs(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{local}", vocab::RDFS))
}
fn skos(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{local}", vocab::SKOS))
}
fn org_p(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{local}", vocab::ORG))
}
fn qudt(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{local}", vocab::QUDT))
}

/// Percent-encodes the characters an IRI path segment may not hold; Chinese stays readable.
pub fn iri_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let ok = c.is_alphanumeric() && !c.is_ascii_control()
            || matches!(c, '-' | '.' | '_' | '~')
            || (!c.is_ascii() && !c.is_whitespace() && !c.is_control() && !is_iri_forbidden(c));
        if ok {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

fn is_iri_forbidden(c: char) -> bool {
    // private-use and non-characters are not allowed in IRIs (RFC 3987 ucschar)
    matches!(c as u32, 0xE000..=0xF8FF | 0xFFF0..=0xFFFF | 0xFDD0..=0xFDEF)
        || c == '\u{3000}'
        || c.is_whitespace()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_keeps_chinese_and_encodes_reserved() {
        assert_eq!(iri_escape("湖塘镇"), "湖塘镇");
        assert_eq!(iri_escape("a b/c"), "a%20b%2Fc");
        assert_eq!(iri_escape("“x”"), "“x”");
        assert_eq!(iri_escape("全年\u{3000}"), "全年%E3%80%80");
    }

    #[test]
    fn entity_iri_is_stable_and_valid() {
        let m = Mapper::default();
        let e = Entity {
            class: Class::Community,
            label: "星河社区".into(),
            alt_labels: vec![],
            admin_code: None,
            mentioned: true,
        };
        let iri = m.entity_iri(&e);
        assert_eq!(iri.as_str(), "https://w3id.org/tupu/id/place/星河社区");
        assert!(NamedNode::new(iri.as_str()).is_ok());
    }

    #[test]
    fn base_gets_a_trailing_slash_and_bad_base_is_refused() {
        assert_eq!(Mapper::new("http://example.org/kg").unwrap().base(), "http://example.org/kg/");
        assert!(Mapper::new("not an iri").is_err());
    }
}
