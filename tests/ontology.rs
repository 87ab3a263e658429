//! The vocabulary the code writes is the vocabulary the ontology declares.
//!
//! `ontology/tupu.ttl` is the reference for every `tp:` term: a term that the mapper
//! emits but the ontology does not declare is a bug in one of the two. Like oxigraph's
//! `vocab` modules, the terms live as constants in `src/vocab.rs`; these tests read the
//! ontology with oxigraph's parser and check both what the constants name and what an
//! extraction actually writes.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{vocab::rdf, NamedOrBlankNode, Term};
use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use tupu::input::{expand_inputs, Documents};
use tupu::model::{Bound, Class, Predicate};
use tupu::vocab::{self, tp};
use tupu::{Extractor, Mapper};

/// IRIs that are the subject of some triple of ontology/tupu.ttl.
fn declared() -> HashSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology/tupu.ttl");
    let ttl = std::fs::read(&path).unwrap();
    let declared: HashSet<String> = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(&ttl)
        .map(|t| t.unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .filter_map(|q| match q.subject {
            NamedOrBlankNode::NamedNode(n) => Some(n.into_string()),
            _ => None,
        })
        .collect();
    assert!(declared.contains(&format!("{}Project", vocab::TP)), "the parser read no tp: terms");
    declared
}

fn undeclared<'a>(terms: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    let declared = declared();
    terms.into_iter().map(|local| format!("{}{local}", vocab::TP)).filter(|iri| !declared.contains(iri)).collect()
}

/// Every `tp:` IRI an extraction of the example articles and the fixtures writes as a
/// predicate, as a class (object of `rdf:type` or `itsrdf:taClassRef`), or as a bound
/// (object of `tp:bound`), in any graph, is declared.
#[test]
fn every_emitted_term_is_declared() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let inputs = [root.join("examples/articles"), root.join("tests/fixtures")];
    let extractor = Extractor::new();
    let mapper = Mapper::default();
    let bound = format!("{}{}", vocab::TP, tp::BOUND_PROP);
    let class_ref = format!("{}taClassRef", vocab::ITSRDF);
    let mut used = BTreeSet::new();
    let mut documents = 0;
    for doc in Documents::new(expand_inputs(&inputs)) {
        let doc = doc.unwrap_or_else(|e| panic!("{e}")).doc;
        let ex = extractor.extract(&doc).unwrap_or_else(|e| panic!("{}: {e}", doc.id));
        documents += 1;
        for q in mapper.quads(&ex) {
            used.insert(q.predicate.as_str().to_string());
            let p = q.predicate.as_str();
            if q.predicate == rdf::TYPE || p == bound || p == class_ref {
                if let Term::NamedNode(o) = &q.object {
                    used.insert(o.as_str().to_string());
                }
            }
        }
    }
    assert!(documents >= 9, "expected the example articles and fixtures, read {documents}");
    let used_tp: Vec<&str> = used.iter().filter_map(|iri| iri.strip_prefix(vocab::TP)).collect();
    // the extraction exercises the vocabulary, so the check is not vacuous
    for must in [tp::PROJECT, tp::LOCATED_IN, tp::MEASURE, tp::MEASUREMENT, tp::EVIDENCE, tp::DOCUMENT] {
        assert!(used_tp.contains(&must), "the bundled documents never emit tp:{must}");
    }
    let missing = undeclared(used_tp.iter().copied());
    assert!(missing.is_empty(), "emitted but not declared in ontology/tupu.ttl: {missing:#?}");
}

/// Every `tp:` term the code can emit, named through the constants of `vocab::tp` and
/// the enums that map to them, is declared: also the ones the bundled articles happen
/// not to produce (a bound such as tp:atMost, the administrative levels).
#[test]
fn every_vocab_constant_is_declared() {
    let constants = [
        tp::ORGANIZATION,
        tp::GOVERNMENT_BODY,
        tp::PARTY_ORGANIZATION,
        tp::COMPANY,
        tp::INSTITUTION,
        tp::SOCIAL_ORGANIZATION,
        tp::ADMINISTRATIVE_DIVISION,
        tp::COMMUNITY,
        tp::PROJECT,
        tp::INITIATIVE,
        tp::PERSON,
        tp::EVENT,
        tp::DOCUMENT,
        tp::MEASUREMENT,
        tp::BOUND,
        tp::LOCATED_IN,
        tp::PART_OF,
        tp::IMPLEMENTS,
        tp::UNDERTAKES,
        tp::PARTICIPANT,
        tp::MEASURE,
        tp::QUANTITY,
        tp::UNIT_TEXT,
        tp::PER_UNIT,
        tp::QUALIFIER,
        tp::BOUND_PROP,
        tp::ESTIMATED,
        tp::CHANGE_OF,
        tp::SHARE_OF,
        tp::VALID_AT,
        tp::VALID_AT_TEXT,
        tp::MORE_THAN,
        tp::AT_LEAST,
        tp::APPROXIMATELY,
        tp::LESS_THAN,
        tp::AT_MOST,
        tp::DATE,
        tp::DATE_TEXT,
        tp::EVIDENCE,
        tp::SUBJECT_PLACE,
        tp::ROLE_TEXT,
        tp::EXTRACTOR,
        tp::ADMIN_CODE,
        tp::ADMIN_LEVEL,
        tp::PROVINCE_LEVEL,
        tp::CITY_LEVEL,
        tp::COUNTY_LEVEL,
        tp::TOWNSHIP_LEVEL,
        tp::ADMIN_LEVEL_CLASS,
    ];

    // the list above is complete: every constant defined in the `tp` module of
    // src/vocab.rs is in it (a new constant must be added here, and so be checked)
    let source = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/vocab.rs")).unwrap();
    let module = source.split("pub mod tp").nth(1).expect("src/vocab.rs has a `tp` module");
    let defined: BTreeSet<&str> = module
        .lines()
        .filter_map(|line| {
            let (name, value) = line.trim().split_once(" = \"")?;
            name.chars().all(|c| c.is_ascii_uppercase() || c == '_').then(|| value.trim_end_matches(['"', ',']))
        })
        .collect();
    let listed: BTreeSet<&str> = constants.iter().copied().collect();
    assert_eq!(defined, listed, "the constants of vocab::tp and the list of this test differ");

    let from_enums = Class::ALL
        .iter()
        .map(|c| c.local_name())
        .chain(
            [Predicate::LocatedIn, Predicate::PartOf, Predicate::Implements, Predicate::Undertakes, Predicate::Participant]
                .map(Predicate::local_name),
        )
        .chain([Bound::MoreThan, Bound::AtLeast, Bound::Approximately, Bound::LessThan, Bound::AtMost].map(Bound::local_name));
    let missing = undeclared(constants.iter().copied().chain(from_enums));
    assert!(missing.is_empty(), "vocab::tp names terms that ontology/tupu.ttl does not declare: {missing:#?}");
}
