//! End-to-end tests of the `tupu` binary: build → query → export → parse again, bad
//! inputs, exit codes, stdin, `extract`.
//!
//! They assert structure that holds whatever the extractor finds (one `tp:Document` per
//! input document, exports that parse back to the store's counts, stable rebuilds), so
//! they stay true as the extraction stages improve.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Quad, Term};
use predicates::prelude::*;
use std::collections::HashSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use tempfile::TempDir;

mod common;
use common::{ask, count, documents, quads, tupu};

/// Documents in tests/fixtures/news: two text files, two JSONL lines, one HTML page.
const FIXTURE_DOCS: u64 = 5;
const DOC: &str = "https://w3id.org/tupu/id/doc/";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news")
}

/// A temporary directory with a store built from the fixtures.
fn built_store() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    tupu().arg("build").arg("--store").arg(&store).arg(fixtures()).assert().success();
    (dir, store)
}

fn export(store: &Path, format: &str) -> Vec<u8> {
    tupu()
        .args(["export", "--format", format, "--store"])
        .arg(store)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone()
}

fn parse(format: RdfFormat, data: &[u8]) -> Vec<Quad> {
    RdfParser::from_format(format).for_slice(data).collect::<Result<_, _>>().unwrap()
}

#[test]
fn build_then_query_finds_one_document_per_input_document() {
    let (_dir, store) = built_store();
    assert_eq!(documents(&store), FIXTURE_DOCS);
    // every document lives in its own graph, named after it
    assert_eq!(
        count(&store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g a tp:Document } }"),
        FIXTURE_DOCS
    );
    // the ontology is loaded into its graph
    assert!(ask(&store, "ASK { GRAPH <https://w3id.org/tupu/ontology> { tp:Project a owl:Class } }"));
}

#[test]
fn input_metadata_reaches_the_graph() {
    let (_dir, store) = built_store();
    assert!(ask(
        &store,
        "ASK { ?d dcterms:title \"青禾镇举办营商环境优化座谈会_青禾镇人民政府\"@zh ; nif:isString ?t \
         FILTER(!CONTAINS(?t, \"不应出现\") && CONTAINS(?t, \"意见建议 12条\")) }"
    ));
    let jsonl = format!("<{DOC}柳溪村动态-1>");
    assert!(ask(
        &store,
        &format!(
            "ASK {{ {jsonl} dcterms:source \"https://example.org/qinghe/liuxi-1\" ; \
             dcterms:issued \"2024-05-20\"^^xsd:date ; dcterms:publisher \"青禾镇人民政府\"@zh }}"
        )
    ));
    assert!(ask(&store, &format!("ASK {{ <{DOC}柳溪村动态-3> dcterms:issued \"2024-06-09\"^^xsd:date }}")));
    // the BOM of the text file is not part of the text
    assert!(ask(&store, &format!("ASK {{ <{DOC}星澜社区志愿服务> nif:isString ?t FILTER(STRSTARTS(?t, \"星澜社区\")) }}")));
}

#[test]
fn building_twice_gives_the_same_store() {
    let (_dir, store) = built_store();
    let first = quads(&store);
    let stats = tupu().arg("stats").arg("--store").arg(&store).assert().success().get_output().stdout.clone();
    tupu().arg("build").arg("--store").arg(&store).arg(fixtures()).assert().success();
    assert_eq!(quads(&store), first);
    tupu().arg("stats").arg("--store").arg(&store).assert().success().stdout(stats);
}

#[test]
fn rebuilding_a_changed_document_replaces_its_graph() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let article = dir.path().join("通知.txt");
    fs::write(&article, "青禾镇召开安全生产工作会议。").unwrap();
    tupu().arg("build").arg("--store").arg(&store).arg(&article).assert().success();
    fs::write(&article, "星澜社区开展消防演练活动。").unwrap();
    tupu().arg("build").arg("--store").arg(&store).arg(&article).assert().success();
    assert_eq!(documents(&store), 1);
    let text = |t: &str| format!("ASK {{ GRAPH <{DOC}通知> {{ ?d nif:isString \"{t}\" }} }}");
    assert!(ask(&store, &text("星澜社区开展消防演练活动。")));
    assert!(!ask(&store, &text("青禾镇召开安全生产工作会议。")));
}

#[test]
fn exports_parse_back_to_the_store_contents() {
    let (dir, store) = built_store();
    let total = quads(&store);
    let distinct_triples = count(&store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }");

    // the default, Turtle, merges the graphs: each distinct triple once
    let turtle = export(&store, "turtle");
    assert!(String::from_utf8_lossy(&turtle).contains("@prefix tp: <https://w3id.org/tupu/ontology#> ."));
    let triples = parse(RdfFormat::Turtle, &turtle);
    assert_eq!(triples.len() as u64, distinct_triples);
    assert_eq!(triples.iter().collect::<HashSet<_>>().len(), triples.len());
    let default_export = tupu().arg("export").arg("--store").arg(&store).assert().success().get_output().stdout.clone();
    assert_eq!(default_export, turtle);

    // dataset formats keep every quad in its graph
    for (name, format) in [
        ("nquads", RdfFormat::NQuads),
        ("trig", RdfFormat::TriG),
        ("jsonld", RdfFormat::JsonLd { profile: Default::default() }),
    ] {
        let quads = parse(format, &export(&store, name));
        assert_eq!(quads.len() as u64, total, "{name}");
        assert!(quads.iter().all(|q| !q.graph_name.is_default_graph()), "{name}");
    }
    assert_eq!(parse(RdfFormat::NTriples, &export(&store, "ntriples")).len() as u64, distinct_triples);

    // -o writes a file
    let file = dir.path().join("graph.rdf");
    tupu().args(["export", "--format", "rdfxml", "-o"]).arg(&file).arg("--store").arg(&store).assert().success().stdout("");
    assert_eq!(parse(RdfFormat::RdfXml, &fs::read(&file).unwrap()).len() as u64, distinct_triples);
}

#[test]
fn export_of_one_graph() {
    let (_dir, store) = built_store();
    let graph = format!("{DOC}青禾镇智慧农贸市场");
    let expected = count(&store, &format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"));
    let out = tupu().args(["export", "--graph", &graph, "--store"]).arg(&store).assert().success().get_output().stdout.clone();
    assert_eq!(parse(RdfFormat::Turtle, &out).len() as u64, expected);
    let out = tupu().args(["export", "--format", "nquads", "--graph", &graph, "--store"]).arg(&store).assert().success().get_output().stdout.clone();
    assert!(parse(RdfFormat::NQuads, &out).iter().all(|q| q.graph_name.to_string() == format!("<{graph}>")));

    tupu()
        .args(["export", "--graph", "https://example.org/none", "--store"])
        .arg(&store)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no graph <https://example.org/none>"));
}

#[test]
fn query_output_formats() {
    let (_dir, store) = built_store();
    let query = "SELECT ?d ?type WHERE { ?d a ?type FILTER(?type = tp:Document) } ORDER BY ?d";
    tupu()
        .args(["query", "--format", "table", "--store"])
        .arg(&store)
        .arg(query)
        .assert()
        .success()
        .stdout(predicate::str::contains("tp:Document").and(predicate::str::contains("(5 rows)")));
    // not a terminal: TSV by default
    tupu()
        .args(["query", "--store"])
        .arg(&store)
        .arg(query)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("?d\t?type\n").and(predicate::str::contains("<https://w3id.org/tupu/ontology#Document>")));
    let csv = tupu().args(["query", "--format", "csv", "--store"]).arg(&store).arg(query).assert().success().get_output().stdout.clone();
    assert_eq!(String::from_utf8(csv).unwrap().lines().count() as u64, FIXTURE_DOCS + 1);
    tupu()
        .args(["query", "--format", "xml", "--store"])
        .arg(&store)
        .arg(query)
        .assert()
        .success()
        .stdout(predicate::str::contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">"));
    tupu()
        .args(["query", "--format", "table", "--store"])
        .arg(&store)
        .arg("ASK { ?d a tp:Document }")
        .assert()
        .success()
        .stdout("true\n");
}

#[test]
fn query_from_a_file_or_stdin() {
    let (dir, store) = built_store();
    let file = dir.path().join("q.rq");
    fs::write(&file, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a tp:Document }").unwrap();
    let expected = format!("?n\n{FIXTURE_DOCS}\n");
    tupu().args(["query", "--file"]).arg(&file).arg("--store").arg(&store).assert().success().stdout(expected.clone());
    tupu()
        .args(["query", "--file", "-", "--store"])
        .arg(&store)
        .write_stdin(fs::read(&file).unwrap())
        .assert()
        .success()
        .stdout(expected);
}

#[test]
fn construct_prints_turtle_with_the_ontology_prefixes() {
    let (_dir, store) = built_store();
    let out = tupu()
        .args(["query", "--store"])
        .arg(&store)
        .arg("CONSTRUCT { ?d a tp:Document } WHERE { ?d a tp:Document }")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("@prefix tp: <https://w3id.org/tupu/ontology#>"));
    assert_eq!(parse(RdfFormat::Turtle, &out).len() as u64, FIXTURE_DOCS);
}

#[test]
fn an_invalid_query_exits_2_with_its_position() {
    let (_dir, store) = built_store();
    tupu()
        .args(["query", "--store"])
        .arg(&store)
        .arg("SELECT ?x WHERE {\n  ?x a tp:Project")
        .assert()
        .code(2)
        .stderr(predicate::str::is_match(r#"^tupu: error: invalid SPARQL query at 2:18: expected one of .*"\}""#).unwrap());
}

#[test]
fn bad_files_are_reported_and_the_good_ones_built() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    fs::create_dir(&news).unwrap();
    fs::write(news.join("a-good.txt"), "青禾镇召开安全生产工作会议。").unwrap();
    fs::write(news.join("b-empty.txt"), " \n\n").unwrap();
    // GBK is decoded; bytes that no encoding decodes are not
    let (gbk, _, _) = encoding_rs::GBK.encode("青禾镇人民政府召开会议");
    fs::write(news.join("c-gbk.txt"), &*gbk).unwrap();
    fs::write(news.join("c-undecodable.txt"), b"ok \xFF\xFE\xFF\x80").unwrap();
    fs::write(news.join("d-binary.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    fs::write(news.join("e-lines.jsonl"), "{\"text\":\"柳溪村启动人居环境整治。\"}\n{\"text\": oops}\n").unwrap();
    fs::write(news.join("f-good.md"), "星澜社区开展志愿服务活动。").unwrap();
    let store = dir.path().join("store");

    let assert = tupu().arg("build").arg("--store").arg(&store).arg(&news).assert().code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    let named = |file: &str, reason: &str| {
        let line = format!("tupu: error: {}: {reason}", news.join(file).display());
        assert!(stderr.contains(&line), "missing {line:?} in:\n{stderr}");
    };
    named("b-empty.txt", "empty file");
    named("c-undecodable.txt", "cannot decode the text: not UTF-8 (invalid byte at offset 3), GB18030 or Big5");
    named("d-binary.txt", "binary file");
    named("e-lines.jsonl:2", "invalid JSON");
    assert!(stderr.contains("built 4 documents, 4 failed"), "{stderr}");
    assert_eq!(documents(&store), 4);
}

#[test]
fn a_missing_input_is_reported_and_the_others_built() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let missing = dir.path().join("missing.txt");
    tupu()
        .arg("build")
        .arg("--store")
        .arg(&store)
        .arg(&missing)
        .arg(fixtures().join("青禾镇智慧农贸市场.txt"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("tupu: error: {}: ", missing.display())));
    assert_eq!(documents(&store), 1);
}

#[test]
fn stdin_is_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let text = "柳溪村召开产业发展座谈会。";
    tupu().args(["build", "--store"]).arg(&store).arg("-").write_stdin(text).assert().success();
    assert!(ask(&store, &format!("ASK {{ ?d a tp:Document ; dcterms:source \"-\" FILTER(STRSTARTS(STR(?d), \"{DOC}stdin-\")) }}")));

    let out = tupu().args(["extract", "-"]).write_stdin(text).assert().success().get_output().stdout.clone();
    assert!(!parse(RdfFormat::NQuads, &out).is_empty());
}

#[test]
fn extract_writes_parseable_nquads_without_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let out = tupu()
        .current_dir(dir.path())
        .arg("extract")
        .arg(fixtures())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let quads = parse(RdfFormat::NQuads, &out);
    let document = Term::from(oxigraph::model::NamedNode::new("https://w3id.org/tupu/ontology#Document").unwrap());
    let docs: HashSet<_> = quads.iter().filter(|q| q.object == document).map(|q| q.subject.to_string()).collect();
    assert_eq!(docs.len() as u64, FIXTURE_DOCS);
    assert!(quads.iter().all(|q| !q.graph_name.is_default_graph()));
    assert!(fs::read_dir(dir.path()).unwrap().next().is_none(), "extract must not create a store");

    let turtle = tupu().args(["extract", "--format", "turtle"]).arg(fixtures()).assert().success().get_output().stdout.clone();
    assert!(!parse(RdfFormat::Turtle, &turtle).is_empty());
}

#[test]
fn the_base_iri_names_documents() {
    let out = tupu()
        .args(["extract", "--base", "http://example.org/kg"])
        .arg(fixtures().join("青禾镇智慧农贸市场.txt"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let quads = parse(RdfFormat::NQuads, &out);
    assert!(quads.iter().any(|q| q.graph_name.to_string() == "<http://example.org/kg/doc/青禾镇智慧农贸市场>"));
    tupu().args(["extract", "--base", "not an iri", "-"]).write_stdin("正文").assert().code(2);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..300 {
        fs::write(dir.path().join(format!("{i:03}.txt")), "青禾镇星澜社区开展志愿服务活动。".repeat(20)).unwrap();
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tupu"))
        .arg("extract")
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    // the read end is closed here: the next writes fail with a broken pipe
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn store_errors_exit_2_and_name_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-store");
    fs::write(&file, "x").unwrap();
    tupu()
        .args(["build", "--store"])
        .arg(&file)
        .arg(fixtures())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("{}: not a tupu store", file.display())));
    let missing = dir.path().join("nowhere");
    tupu()
        .args(["stats", "--store"])
        .arg(&missing)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("{}: no store here", missing.display())));
    assert!(!missing.exists());
    tupu().args(["query", "--store"]).arg(&missing).arg("ASK {}").assert().code(2);
    tupu().arg("query").assert().code(2);
}
