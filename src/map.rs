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
    GraphNameRef, Literal, LiteralRef, NamedNode, NamedNodeRef, Quad, QuadRef, TermRef,
};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::fmt::Write as _;
use std::sync::LazyLock;

// Terms of the other vocabularies, as constants (the namespaces are those of
// [`vocab`]; the test `namespaces_match_vocab` checks it).
macro_rules! nif { ($local:literal) => { NamedNodeRef::new_unchecked(concat!("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", $local)) }; }
macro_rules! its { ($local:literal) => { NamedNodeRef::new_unchecked(concat!("http://www.w3.org/2005/11/its/rdf#", $local)) }; }
macro_rules! dct { ($local:literal) => { NamedNodeRef::new_unchecked(concat!("http://purl.org/dc/terms/", $local)) }; }
macro_rules! rdfs { ($local:literal) => { NamedNodeRef::new_unchecked(concat!("http://www.w3.org/2000/01/rdf-schema#", $local)) }; }
macro_rules! skos { ($local:literal) => { NamedNodeRef::new_unchecked(concat!("http://www.w3.org/2004/02/skos/core#", $local)) }; }
macro_rules! org { ($local:literal) => { NamedNodeRef::new_unchecked(concat!("http://www.w3.org/ns/org#", $local)) }; }
macro_rules! schema { ($local:literal) => { NamedNodeRef::new_unchecked(concat!("https://schema.org/", $local)) }; }
macro_rules! qudt { ($local:literal) => { NamedNodeRef::new_unchecked(concat!("http://qudt.org/schema/qudt/", $local)) }; }

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
        // (built by hand, not by `format!`: every entity of every document is named)
        let (family, name) = match (&entity.admin_code, entity.class.is_place()) {
            // linked divisions are named by their official code: 城关镇 in two counties are two places
            (Some(code), true) => ("place", code),
            _ => (entity.class.iri_segment(), &entity.label),
        };
        let mut iri = String::with_capacity(self.base.len() + family.len() + 1 + name.len());
        iri.push_str(&self.base);
        iri.push_str(family);
        iri.push('/');
        push_iri_escaped(&mut iri, name);
        NamedNode::new_unchecked(iri)
    }

    fn post_iri(&self, org_iri: NamedNodeRef<'_>, role: &str) -> NamedNode {
        let org_local = &org_iri.as_str()[self.base.len()..];
        NamedNode::new_unchecked(format!("{}post/{}/{}", self.base, org_local, iri_escape(role)))
    }

    /// All quads of one extraction.
    pub fn quads(&self, ex: &Extraction) -> Vec<Quad> {
        let mut out = Vec::with_capacity(64 + ex.mentions.len() * 9);
        self.emit(ex, &mut out);
        out
    }

    /// Hands every quad of one extraction to `sink`, each once, in a fixed order.
    /// Terms are borrowed: nothing is allocated per quad unless the sink keeps it.
    pub fn emit(&self, ex: &Extraction, sink: &mut impl QuadSink) {
        let doc = self.doc_iri(&ex.doc_id);
        let doc = doc.as_ref();
        let mut w = Writer { sink, g: GraphNameRef::NamedNode(doc) };
        let mut n = itoa::Buffer::new();

        // the document
        w.add(doc, rdf::TYPE, tpn(tp::DOCUMENT));
        w.add(doc, rdf::TYPE, nif!("Context"));
        w.add(doc, nif!("isString"), LiteralRef::new_simple_literal(&ex.text));
        w.add(doc, nif!("beginIndex"), index(&mut n, 0));
        w.add(doc, nif!("endIndex"), index(&mut n, ex.text.chars().count()));
        w.add(doc, dct!("title"), zh(&ex.title));
        w.add(doc, dct!("source"), LiteralRef::new_simple_literal(&ex.source));
        if let Some(p) = &ex.publisher {
            w.add(doc, dct!("publisher"), zh(p));
        }
        if let Some(d) = &ex.date {
            w.add(doc, dct!("issued"), LiteralRef::new_typed_literal(d, xsd::DATE));
        }
        w.add(doc, tpn(tp::EXTRACTOR), LiteralRef::new_simple_literal(concat!("tupu ", env!("CARGO_PKG_VERSION"))));

        let entity_iris: Vec<NamedNode> = ex.entities.iter().map(|e| self.entity_iri(e)).collect();
        // (the terms of many quads, looked up once)
        let class_iris: Vec<NamedNodeRef<'static>> = ex.entities.iter().map(|e| tpn(e.class.local_name())).collect();
        let evidence = tpn(tp::EVIDENCE);
        if let Some(p) = ex.subject_place {
            w.add(doc, tpn(tp::SUBJECT_PLACE), entity_iris[p].as_ref());
        }

        // sentences that carry something (a mention, a relation, a figure). Sentences and
        // mentions are not typed nif:OffsetBasedString: that class names NIF's
        // `#offset_{b}_{e}` IRI scheme, and tupu's `#s{i}` / `#m{b}-{e}` are not it
        // (the offsets are in nif:beginIndex / nif:endIndex).
        let mut used = vec![false; ex.sentences.len()];
        ex.mentions.iter().for_each(|m| used[m.sentence] = true);
        ex.relations.iter().filter_map(|r| r.sentence).for_each(|s| used[s] = true);
        ex.measurements.iter().for_each(|m| used[m.sentence] = true);
        ex.posts.iter().for_each(|p| used[p.sentence] = true);
        ex.dates.iter().for_each(|d| used[d.sentence] = true);
        let sentence_iris: Vec<Option<NamedNode>> = used
            .iter()
            .enumerate()
            .map(|(i, &u)| u.then(|| part_iri(doc, "s", i)))
            .collect();
        let sentence_iri = |i: usize| sentence_iris[i].as_ref().expect("a used sentence").as_ref();
        let mut slicer = crate::normalize::CharSlicer::new(&ex.text);
        for (i, s) in ex.sentences.iter().enumerate().filter(|(i, _)| used[*i]) {
            let si = sentence_iri(i);
            w.add(si, rdf::TYPE, nif!("Sentence"));
            w.add(si, nif!("referenceContext"), doc);
            w.add(si, nif!("beginIndex"), index(&mut n, s.begin));
            w.add(si, nif!("endIndex"), index(&mut n, s.end));
            w.add(si, nif!("anchorOf"), LiteralRef::new_simple_literal(slicer.slice(s.begin, s.end)));
        }

        // entities; places only the division table knows of go to the background graph,
        // typed as the areas they are, not as entities of the text
        for ((e, iri), &class) in ex.entities.iter().zip(&entity_iris).zip(&class_iris) {
            let iri = iri.as_ref();
            if e.mentioned {
                w.add(iri, rdf::TYPE, class);
            } else {
                w.add_in(background(), iri, rdf::TYPE, schema!("AdministrativeArea"));
            }
            let g = if e.mentioned { w.g } else { background() };
            w.add_in(g, iri, rdfs!("label"), zh(&e.label));
            for a in &e.alt_labels {
                w.add_in(g, iri, skos!("altLabel"), zh(a));
            }
            if let Some(code) = &e.admin_code {
                // what the table says of a linked division: background knowledge
                let g = background();
                w.add_in(g, iri, tpn(tp::ADMIN_CODE), LiteralRef::new_simple_literal(code));
                let p442 = crate::gazetteer::p442(code);
                w.add_in(g, iri, NamedNodeRef::new_unchecked(vocab::WIKIDATA_P442), LiteralRef::new_simple_literal(&p442));
                let level = match crate::gazetteer::level_of_code12(code) {
                    crate::gazetteer::Level::Province => tp::PROVINCE_LEVEL,
                    crate::gazetteer::Level::City => tp::CITY_LEVEL,
                    crate::gazetteer::Level::County => tp::COUNTY_LEVEL,
                    crate::gazetteer::Level::Township => tp::TOWNSHIP_LEVEL,
                };
                w.add_in(g, iri, tpn(tp::ADMIN_LEVEL), tpn(level));
            }
        }

        // mentions
        let mut mention = String::new();
        for m in &ex.mentions {
            // (`{doc}#m{begin}-{end}`, without `write!`: every mention has one)
            mention.clear();
            mention.push_str(doc.as_str());
            mention.push_str("#m");
            mention.push_str(n.format(m.begin));
            mention.push('-');
            mention.push_str(n.format(m.end));
            let mi = NamedNodeRef::new_unchecked(&mention);
            w.add(mi, rdf::TYPE, nif!("Phrase"));
            w.add(mi, nif!("referenceContext"), doc);
            w.add(mi, nif!("sentence"), sentence_iri(m.sentence));
            w.add(mi, nif!("beginIndex"), index(&mut n, m.begin));
            w.add(mi, nif!("endIndex"), index(&mut n, m.end));
            w.add(mi, nif!("anchorOf"), LiteralRef::new_simple_literal(&m.text));
            w.add(mi, its!("taIdentRef"), entity_iris[m.entity].as_ref());
            w.add(mi, its!("taClassRef"), class_iris[m.entity]);
        }

        // relations, each with a reified statement pointing at its evidence
        for (i, r) in ex.relations.iter().enumerate() {
            let (s, o) = (entity_iris[r.subject].as_ref(), entity_iris[r.object].as_ref());
            let p = tpn(r.predicate.local_name());
            match r.sentence {
                Some(sent) => {
                    w.add(s, p, o);
                    let statement = part_iri(doc, "r", i);
                    let st = statement.as_ref();
                    w.add(st, rdf::TYPE, rdf::STATEMENT);
                    w.add(st, rdf::SUBJECT, s);
                    w.add(st, rdf::PREDICATE, p);
                    w.add(st, rdf::OBJECT, o);
                    w.add(st, evidence, sentence_iri(sent));
                }
                // the division table's containment: between places the text names, the
                // relation itself; up to places it does not name, schema:containedInPlace
                // (tp:locatedIn's super-property), which says no more than the table does
                None if ex.entities[r.subject].mentioned && ex.entities[r.object].mentioned => w.add_in(background(), s, p, o),
                None => w.add_in(background(), s, schema!("containedInPlace"), o),
            }
        }

        // posts: two people may hold one post, one person be named in it twice; the
        // post's facts are stated once
        let mut stated: HashSet<Quad> = HashSet::default();
        for p in &ex.posts {
            let person = entity_iris[p.person].as_ref();
            let org = entity_iris[p.org].as_ref();
            let post = self.post_iri(org, &p.role);
            let post = post.as_ref();
            let facts: [(NamedNodeRef<'_>, NamedNodeRef<'_>, TermRef<'_>); 6] = [
                (person, org!("holds"), post.into()),
                (post, rdf::TYPE, org!("Post").into()),
                (post, org!("postIn"), org.into()),
                (post, rdfs!("label"), zh(&p.role).into()),
                (post, tpn(tp::ROLE_TEXT), zh(&p.role_text).into()),
                (post, evidence, sentence_iri(p.sentence).into()),
            ];
            for (s, p, o) in facts {
                if stated.insert(QuadRef::new(s, p, o, w.g).into_owned()) {
                    w.add(s, p, o);
                }
            }
        }

        // figures
        let measure_iris: Vec<NamedNode> = (0..ex.measurements.len())
            .map(|i| part_iri(doc, "q", i))
            .collect();
        let (measure, measurement, quantity, unit_text) = (tpn(tp::MEASURE), tpn(tp::MEASUREMENT), tpn(tp::QUANTITY), tpn(tp::UNIT_TEXT));
        for (m, mi) in ex.measurements.iter().zip(&measure_iris) {
            let mi = mi.as_ref();
            w.add(entity_iris[m.entity].as_ref(), measure, mi);
            w.add(mi, rdf::TYPE, measurement);
            w.add(mi, quantity, zh(&m.quantity));
            w.add(mi, qudt!("numericValue"), LiteralRef::new_typed_literal(&m.value, xsd::DECIMAL));
            w.add(mi, unit_text, zh(&m.unit));
            if let Some(per) = &m.per_unit {
                w.add(mi, tpn(tp::PER_UNIT), zh(per));
            }
            for q in &m.qualifiers {
                w.add(mi, tpn(tp::QUALIFIER), zh(q));
            }
            if let Some(b) = m.bound {
                w.add(mi, tpn(tp::BOUND_PROP), tpn(b.local_name()));
            }
            if m.estimated {
                w.add(mi, tpn(tp::ESTIMATED), LiteralRef::new_typed_literal("true", xsd::BOOLEAN));
            }
            if let Some(c) = m.change_of {
                w.add(mi, tpn(tp::CHANGE_OF), measure_iris[c].as_ref());
            }
            if let Some(c) = m.share_of {
                w.add(mi, tpn(tp::SHARE_OF), measure_iris[c].as_ref());
            }
            if let Some(d) = &m.valid_at {
                w.add(mi, tpn(tp::VALID_AT), date_literal(&d.value).as_ref());
                w.add(mi, tpn(tp::VALID_AT_TEXT), zh(&d.text));
            }
            w.add(mi, evidence, sentence_iri(m.sentence));
        }

        // dates of events
        for d in &ex.dates {
            let e = entity_iris[d.entity].as_ref();
            w.add(e, tpn(tp::DATE), date_literal(&d.date.value).as_ref());
            w.add(e, tpn(tp::DATE_TEXT), zh(&d.date.text));
        }
    }
}

/// Where [`Mapper::emit`] puts quads: a `Vec<Quad>` keeps owned copies,
/// [`crate::nquads::NQuadsSink`] writes lines.
pub trait QuadSink {
    fn add_quad(&mut self, quad: QuadRef<'_>);
}

impl QuadSink for Vec<Quad> {
    fn add_quad(&mut self, quad: QuadRef<'_>) {
        self.push(quad.into_owned());
    }
}

struct Writer<'a, S> {
    sink: &'a mut S,
    /// The document's graph.
    g: GraphNameRef<'a>,
}

impl<S: QuadSink> Writer<'_, S> {
    /// A quad in the document's graph.
    fn add<'t>(&mut self, s: NamedNodeRef<'t>, p: NamedNodeRef<'t>, o: impl Into<TermRef<'t>>) {
        self.sink.add_quad(QuadRef { subject: s.into(), predicate: p, object: o.into(), graph_name: self.g });
    }

    fn add_in<'t>(&mut self, g: GraphNameRef<'t>, s: NamedNodeRef<'t>, p: NamedNodeRef<'t>, o: impl Into<TermRef<'t>>) {
        self.sink.add_quad(QuadRef::new(s, p, o.into(), g));
    }
}

/// `{doc}#{kind}{i}`, a part of the document (built without `format!`: a document has
/// many).
fn part_iri(doc: NamedNodeRef<'_>, kind: &str, i: usize) -> NamedNode {
    let mut n = itoa::Buffer::new();
    let i = n.format(i);
    let mut iri = String::with_capacity(doc.as_str().len() + 1 + kind.len() + i.len());
    iri.push_str(doc.as_str());
    iri.push('#');
    iri.push_str(kind);
    iri.push_str(i);
    NamedNode::new_unchecked(iri)
}

fn background() -> GraphNameRef<'static> {
    GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(vocab::BACKGROUND_GRAPH))
}

/// Typed literal of a date value.
pub fn date_literal(d: &DateValue) -> Literal {
    let (lex, dt) = d.lexical();
    Literal::new_typed_literal(lex, NamedNode::new_unchecked(format!("{}{dt}", vocab::XSD)))
}

/// An offset, as `xsd:integer`: Oxigraph stores every integer-derived datatype (NIF's
/// `xsd:nonNegativeInteger` too) as `xsd:integer`, so writing anything narrower would make
/// `tupu extract` and an export of the store disagree on the same fact.
fn index(buffer: &mut itoa::Buffer, i: usize) -> LiteralRef<'_> {
    LiteralRef::new_typed_literal(buffer.format(i), xsd::INTEGER)
}

fn zh(s: &str) -> LiteralRef<'_> {
    LiteralRef::new_language_tagged_literal_unchecked(s, "zh")
}

/// A `tp:` term by its local name (one of [`tp::ALL`]).
fn tpn(local: &str) -> NamedNodeRef<'static> {
    static TERMS: LazyLock<HashMap<&'static str, NamedNode>> = LazyLock::new(|| {
        tp::ALL.iter().map(|&l| (l, NamedNode::new_unchecked(format!("{}{l}", vocab::TP)))).collect()
    });
    TERMS.get(local).unwrap_or_else(|| panic!("tp:{local} is not in vocab::tp::ALL")).as_ref()
}

/// Percent-encodes the characters an IRI path segment may not hold; Chinese stays readable.
pub fn iri_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_iri_escaped(&mut out, s);
    out
}

/// Appends [`iri_escape`]`(s)` to `out`.
fn push_iri_escaped(out: &mut String, s: &str) {
    // (the characters kept are copied a run at a time)
    let mut run = 0;
    for (i, c) in s.char_indices() {
        // (CJK ideographs, most characters of names, answered without the Unicode tables)
        let ok = ('\u{4E00}'..='\u{9FFF}').contains(&c)
            || c.is_alphanumeric() && !c.is_ascii_control()
            || matches!(c, '-' | '.' | '_' | '~')
            || (!c.is_ascii() && !c.is_whitespace() && !c.is_control() && !is_iri_forbidden(c));
        if !ok {
            out.push_str(&s[run..i]);
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                write!(out, "%{b:02X}").expect("writing to a String");
            }
            run = i + c.len_utf8();
        }
    }
    out.push_str(&s[run..]);
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
    fn a_post_held_twice_is_stated_once() {
        let ex = Extraction {
            doc_id: "d".into(),
            text: "社区党委书记张三、李四".into(),
            sentences: vec![Sentence { begin: 0, end: 11 }],
            entities: vec![
                Entity { class: Class::PartyOrganization, label: "社区党委".into(), alt_labels: vec![], admin_code: None, mentioned: true },
                Entity { class: Class::Person, label: "张三".into(), alt_labels: vec![], admin_code: None, mentioned: true },
                Entity { class: Class::Person, label: "李四".into(), alt_labels: vec![], admin_code: None, mentioned: true },
            ],
            posts: [1, 2, 2]
                .map(|person| Post { person, org: 0, role: "书记".into(), role_text: "党委书记".into(), sentence: 0 })
                .to_vec(),
            ..Extraction::default()
        };
        let quads = Mapper::default().quads(&ex);
        let unique: HashSet<&Quad> = quads.iter().collect();
        assert_eq!(unique.len(), quads.len(), "{quads:#?}");
        let holds: Vec<&Quad> = quads.iter().filter(|q| q.predicate.as_str() == "http://www.w3.org/ns/org#holds").collect();
        assert_eq!(holds.len(), 2);
        assert_eq!(quads.iter().filter(|q| q.predicate == rdf::TYPE && q.object == org!("Post").into_owned().into()).count(), 1);
    }

    #[test]
    fn namespaces_match_vocab() {
        for (term, ns) in [
            (nif!("x"), vocab::NIF),
            (its!("x"), vocab::ITSRDF),
            (dct!("x"), vocab::DCTERMS),
            (rdfs!("x"), vocab::RDFS),
            (skos!("x"), vocab::SKOS),
            (org!("x"), vocab::ORG),
            (qudt!("x"), vocab::QUDT),
        ] {
            assert_eq!(term.as_str(), format!("{ns}x"));
        }
    }

    #[test]
    fn every_local_name_of_the_model_is_a_tp_term() {
        let locals = Class::ALL.iter().map(|c| c.local_name()).chain(
            [Predicate::LocatedIn, Predicate::PartOf, Predicate::Implements, Predicate::Undertakes, Predicate::Participant]
                .map(Predicate::local_name),
        );
        let bounds = [Bound::MoreThan, Bound::AtLeast, Bound::Approximately, Bound::LessThan, Bound::AtMost].map(Bound::local_name);
        for local in locals.chain(bounds) {
            assert_eq!(tpn(local).as_str(), format!("{}{local}", vocab::TP));
        }
    }

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
    fn places_only_the_division_table_knows_are_background_areas_not_entities() {
        let ex = crate::pipeline::test_support::extract("近日，陆良县马街镇召开乡村振兴工作推进会，部署高标准农田建设。");
        let quads = Mapper::default().quads(&ex);
        let has = |s: &str, p: &str, o: &str| {
            quads.iter().any(|q| q.subject.to_string().contains(s) && q.predicate.as_str() == p && q.object.to_string().contains(o))
        };
        let rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
        let located_in = format!("{}locatedIn", vocab::TP);
        let contained = format!("{}containedInPlace", vocab::SCHEMA);
        // named in the text: entities, and the text's relation between them
        assert!(has("530322000000", rdf_type, "AdministrativeDivision"), "陆良县");
        assert!(has("530322104000", &located_in, "530322000000"), "马街镇 → 陆良县");
        // 曲靖市 and 云南省 are not named: areas of the background graph, reached by the
        // table's containment, never typed or related as entities of the text
        for (code, parent) in [("530300000000", "530000000000")] {
            assert!(has(code, rdf_type, "schema.org/AdministrativeArea"));
            assert!(has(code, &contained, parent));
            assert!(!quads.iter().any(|q| q.subject.to_string().contains(code) && q.predicate.as_str() == rdf_type && q.object.to_string().contains(vocab::TP)));
        }
        assert!(has("530322000000", &contained, "530300000000"), "陆良县 → 曲靖市");
        assert!(!quads.iter().any(|q| q.predicate.as_str() == located_in && (q.object.to_string().contains("530300000000") || q.object.to_string().contains("530000000000"))));
    }

    #[test]
    fn base_gets_a_trailing_slash_and_bad_base_is_refused() {
        assert_eq!(Mapper::new("http://example.org/kg").unwrap().base(), "http://example.org/kg/");
        assert!(Mapper::new("not an iri").is_err());
    }
}
