//! End-to-end tests of `tupu link`: build a store from the article in
//! tests/fixtures/link/, link it to tests/fixtures/wikidata-sample.ttl, and check the
//! printed counts and the exact links written to the links graph.

use predicates::prelude::*;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

mod common;
use common::{count, query_json, quads, tupu};

const LINKS_GRAPH: &str = "https://w3id.org/tupu/graph/links";
const SAME_AS: &str = "http://www.w3.org/2002/07/owl#sameAs";
const EXACT_MATCH: &str = "http://www.w3.org/2004/02/skos/core#exactMatch";
const PLACE: &str = "https://w3id.org/tupu/id/place/";
const SAMPLE: &str = "https://example.org/wikidata-sample/";
const JIANGSU: &str = "http://www.wikidata.org/entity/Q16963";

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path)
}

/// A temporary store built from the linking article.
fn built_store() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    tupu().arg("build").arg("--store").arg(&store).arg(fixture("link")).assert().success();
    (dir, store)
}

fn link(store: &Path, extra: &[&str]) -> String {
    let out = tupu()
        .arg("link")
        .arg("--with")
        .arg(fixture("wikidata-sample.ttl"))
        .arg("--store")
        .arg(store)
        .args(extra)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}


/// `(entity, predicate, external)` of every quad in the links graph.
fn links(store: &Path) -> BTreeSet<(String, String, String)> {
    let json = query_json(store, &format!("SELECT ?e ?p ?x WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?e ?p ?x }} }}"));
    json["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let v = |k: &str| b[k]["value"].as_str().unwrap().to_string();
            (v("e"), v("p"), v("x"))
        })
        .collect()
}


/// Entities in the store (what `tupu link` considers): the unmatched are the rest.
fn entities(store: &Path) -> usize {
    count(
        store,
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { VALUES ?k { tp:Organization tp:GovernmentBody \
         tp:PartyOrganization tp:Company tp:Institution tp:SocialOrganization tp:AdministrativeDivision \
         tp:Community tp:Project tp:Initiative tp:Person tp:Event } ?e a ?k }",
    ) as usize
}

fn triple(entity: &str, predicate: &str, external: &str) -> (String, String, String) {
    (entity.to_string(), predicate.to_string(), external.to_string())
}

/// The places the article names, by code, and the sample's subject for each.
fn coded() -> Vec<(String, String)> {
    vec![
        (format!("{PLACE}320000000000"), JIANGSU.to_string()),
        (format!("{PLACE}320400000000"), format!("{SAMPLE}changzhou")),
        (format!("{PLACE}320412000000"), format!("{SAMPLE}wujin")),
        (format!("{PLACE}320412100000"), format!("{SAMPLE}hutang")),
    ]
}

/// What the label pass links after the code pass.
fn by_label() -> Vec<(String, String)> {
    vec![
        ("https://w3id.org/tupu/id/org/常州翠岭精密机械有限公司".to_string(), format!("{SAMPLE}cuiling")),
        (format!("{PLACE}星河社区"), format!("{SAMPLE}xinghe-hutang")),
    ]
}

fn count_line(name: &str, n: usize) -> impl Predicate<str> {
    predicate::str::is_match(format!(r"(?m)^\s+{name}\s+{n}$")).unwrap()
}

#[test]
fn codes_then_labels_link_exactly_the_expected_entities() {
    let (_dir, store) = built_store();
    let out = link(&store, &[]);
    let unmatched = entities(&store) - 4 - 2 - 1;
    for (name, n) in [("matched by code", 4), ("matched by label", 2), ("ambiguous", 1), ("unmatched", unmatched)] {
        assert!(count_line(name, n).eval(&out), "{name} {n} in:\n{out}");
    }
    // the two 周明远 are listed, with both candidates
    let ambiguous = out.lines().find(|l| l.contains("周明远")).unwrap_or_else(|| panic!("{out}"));
    assert!(ambiguous.contains(&format!("{SAMPLE}zhou-mingyuan-1")), "{out}");
    assert!(ambiguous.contains(&format!("{SAMPLE}zhou-mingyuan-2")), "{out}");

    let mut expected = BTreeSet::new();
    for (entity, external) in coded() {
        expected.insert(triple(&entity, SAME_AS, &external));
        expected.insert(triple(&entity, EXACT_MATCH, &external));
    }
    for (entity, external) in by_label() {
        expected.insert(triple(&entity, EXACT_MATCH, &external));
    }
    assert_eq!(links(&store), expected);

    // not linked: the human named like a company (type clash), the 星河社区 elsewhere
    // and the one without a location, the two 周明远
    let all = links(&store);
    for not in ["chenlan-person", "xinghe-yuexi", "xinghe-unplaced", "zhou-mingyuan-1", "zhou-mingyuan-2"] {
        assert!(all.iter().all(|(_, _, x)| x != &format!("{SAMPLE}{not}")), "{not} linked");
    }
}

#[test]
fn linking_twice_gives_the_same_store() {
    let (_dir, store) = built_store();
    let first = link(&store, &[]);
    let (before, quads_before) = (links(&store), quads(&store));
    let second = link(&store, &[]);
    assert_eq!(first, second);
    assert_eq!(links(&store), before);
    assert_eq!(quads(&store), quads_before);
}

#[test]
fn by_code_writes_only_code_links_and_by_label_never_same_as() {
    let (_dir, store) = built_store();
    let out = link(&store, &["--by", "code"]);
    assert!(count_line("matched by code", 4).eval(&out), "{out}");
    assert!(count_line("matched by label", 0).eval(&out), "{out}");
    assert!(count_line("unmatched", entities(&store) - 4).eval(&out), "{out}");
    assert_eq!(links(&store).len(), 8);

    let (_dir, store) = built_store();
    let out = link(&store, &["--by", "label"]);
    // the coded places are found by their names too, exactMatch only
    assert!(count_line("matched by code", 0).eval(&out), "{out}");
    assert!(count_line("matched by label", 6).eval(&out), "{out}");
    let all = links(&store);
    assert_eq!(all.len(), 6);
    assert!(all.iter().all(|(_, p, _)| p == EXACT_MATCH), "{all:?}");
    for (entity, external) in coded().into_iter().chain(by_label()) {
        assert!(all.contains(&triple(&entity, EXACT_MATCH, &external)), "{entity} → {external}: {all:?}");
    }
}

#[test]
fn dry_run_writes_nothing_and_list_shows_the_links() {
    let (_dir, store) = built_store();
    let before = quads(&store);
    let out = link(&store, &["--dry-run", "--list"]);
    assert!(out.contains("dry run"), "{out}");
    assert!(count_line("matched by code", 4).eval(&out), "{out}");
    assert!(out.contains(&format!("<{SAMPLE}cuiling> (label)")), "{out}");
    assert!(out.contains(&format!("<{JIANGSU}> (code)")), "{out}");
    assert_eq!(quads(&store), before);
    assert!(links(&store).is_empty());
}

#[test]
fn the_format_can_be_named_when_the_extension_does_not_say_it() {
    let (dir, store) = built_store();
    let copy = dir.path().join("sample.data");
    fs::copy(fixture("wikidata-sample.ttl"), &copy).unwrap();
    tupu()
        .arg("link")
        .arg("--with")
        .arg(&copy)
        .arg("--store")
        .arg(&store)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown RDF format"));
    tupu()
        .args(["link", "--format", "turtle", "--with"])
        .arg(&copy)
        .arg("--store")
        .arg(&store)
        .assert()
        .success()
        .stdout(count_line("matched by code", 4));

    // N-Triples of the same graph give the same links
    let (_dir2, store2) = built_store();
    let nt = dir.path().join("sample.nt");
    let parsed = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
        .for_reader(fs::File::open(fixture("wikidata-sample.ttl")).unwrap())
        .map(|q| q.unwrap().to_string().trim_end_matches(" .").to_string() + " .\n")
        .collect::<String>();
    fs::write(&nt, parsed).unwrap();
    tupu().arg("link").arg("--with").arg(&nt).arg("--store").arg(&store2).assert().success();
    assert_eq!(links(&store2), links(&store));
}

#[test]
fn a_missing_store_or_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    tupu()
        .arg("link")
        .arg("--with")
        .arg(fixture("wikidata-sample.ttl"))
        .arg("--store")
        .arg(dir.path().join("none"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no store here"));
    let (_dir, store) = built_store();
    tupu()
        .arg("link")
        .arg("--with")
        .arg(dir.path().join("none.ttl"))
        .arg("--store")
        .arg(&store)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("none.ttl"));
}
