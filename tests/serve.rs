//! End-to-end tests of `tupu serve` and `tupu push`: the real binary on a free loopback
//! port, a store built from examples/articles, and a real HTTP client (ureq).
//!
//! Each test starts its own server on its own copy of the store (RocksDB lets one
//! process open a store), and stops it when done. The push tests send the store to a real
//! Oxigraph server (`oxigraph serve`, from PyPI's `oxigraph` package: `.ci/run` installs
//! it) and to a small Graph Store Protocol server written here that fails on purpose.

use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, OnceLock};
use std::time::{Duration, Instant};
use tempfile::TempDir;

const TUPU: &str = env!("CARGO_BIN_EXE_tupu");
const BASE: &str = "https://w3id.org/tupu/id/";

/// The store built once from examples/articles (never opened afterwards: tests copy it).
fn template() -> &'static Path {
    static STORE: OnceLock<(TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = STORE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("store");
        let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
        let out = Command::new(TUPU).arg("build").arg("--store").arg(&store).arg(articles).output().unwrap();
        assert!(out.status.success(), "tupu build: {}", String::from_utf8_lossy(&out.stderr));
        (dir, store)
    });
    path
}

/// A private copy of the example store.
fn store_copy() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    copy_dir(template(), &store);
    (dir, store)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A running `tupu serve`, stopped when dropped.
struct Server {
    child: Child,
    url: String,
    _store: TempDir,
}

impl Server {
    fn start(args: &[&str]) -> Server {
        let (dir, store) = store_copy();
        let mut child = Command::new(TUPU)
            .arg("serve")
            .arg("--store")
            .arg(&store)
            .args(["--bind", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(30)).expect("tupu serve printed its address");
        let url = line.split_whitespace().find(|w| w.starts_with("http://")).expect("an address").trim_end_matches('/').to_string();
        assert!(url.starts_with("http://127.0.0.1:"), "{url}");
        Server { child, url, _store: dir }
    }

    fn get(&self, path: &str, accept: &str) -> Answer {
        let response = agent().get(&format!("{}{path}", self.url)).header("Accept", accept).call().unwrap();
        Answer::from(response)
    }

    fn query(&self, query: &str, accept: &str) -> Answer {
        self.get(&format!("/query?query={}", encode(query)), accept)
    }

    fn post(&self, path: &str, content_type: &str, body: &[u8], accept: &str) -> Answer {
        let response = agent()
            .post(&format!("{}{path}", self.url))
            .header("Content-Type", content_type)
            .header("Accept", accept)
            .send(body)
            .unwrap();
        Answer::from(response)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

fn encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Status, content type, headers and body of a response.
struct Answer {
    status: u16,
    content_type: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl From<ureq::http::Response<ureq::Body>> for Answer {
    fn from(mut response: ureq::http::Response<ureq::Body>) -> Self {
        let headers = response
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_string(), v.to_str().unwrap_or("").to_string()))
            .collect();
        let content_type = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
        let body = response.body_mut().with_config().limit(64 << 20).read_to_string().unwrap_or_default();
        Answer { status: response.status().as_u16(), content_type, headers, body }
    }
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

/// Triples of an RDF document.
fn parse_rdf(format: RdfFormat, body: &str) -> Vec<oxigraph::model::Quad> {
    RdfParser::from_format(format).for_slice(body.as_bytes()).collect::<Result<Vec<_>, _>>().unwrap_or_else(|e| panic!("{e}: {body}"))
}

const PROJECTS: &str = "SELECT ?p ?name WHERE { ?p a tp:Project ; rdfs:label ?name } ORDER BY ?name";

#[test]
fn select_results_in_every_format() {
    let server = Server::start(&[]);
    let json = server.query(PROJECTS, "application/sparql-results+json");
    assert_eq!(json.status, 200, "{}", json.body);
    assert!(json.content_type.starts_with("application/sparql-results+json"), "{}", json.content_type);
    let rows = json.json()["results"]["bindings"].as_array().unwrap().len();
    assert!(rows > 5, "{rows} projects");

    let xml = server.query(PROJECTS, "application/sparql-results+xml");
    assert!(xml.content_type.starts_with("application/sparql-results+xml"), "{}", xml.content_type);
    assert!(xml.body.contains("<sparql") && xml.body.matches("<result>").count() == rows, "{}", xml.body);

    let csv = server.query(PROJECTS, "text/csv");
    assert!(csv.content_type.starts_with("text/csv"), "{}", csv.content_type);
    assert_eq!(csv.body.lines().next(), Some("p,name"));
    assert_eq!(csv.body.lines().count(), rows + 1);

    let tsv = server.query(PROJECTS, "text/tab-separated-values");
    assert!(tsv.content_type.starts_with("text/tab-separated-values"), "{}", tsv.content_type);
    assert_eq!(tsv.body.lines().next(), Some("?p\t?name"));
    assert_eq!(tsv.body.lines().count(), rows + 1);

    // no preference: JSON; a browser: an HTML table
    let any = server.query(PROJECTS, "*/*");
    assert!(any.content_type.starts_with("application/sparql-results+json"));
    let html = server.query(PROJECTS, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    assert!(html.content_type.starts_with("text/html"), "{}", html.content_type);
    assert!(html.body.contains("<table class=\"results\">"));

    // POST, as a form and as a query body
    let form = server.post("/query", "application/x-www-form-urlencoded", format!("query={}", encode(PROJECTS)).as_bytes(), "text/csv");
    assert_eq!(form.body, csv.body);
    let direct = server.post("/query", "application/sparql-query", PROJECTS.as_bytes(), "text/csv");
    assert_eq!(direct.body, csv.body);

    let ask = server.query("ASK { ?d a tp:Document }", "application/sparql-results+json");
    assert_eq!(ask.json()["boolean"], Value::Bool(true));

    let refused = server.query(PROJECTS, "image/png");
    assert_eq!(refused.status, 406, "{}", refused.body);
}

#[test]
fn graph_results_as_turtle_ntriples_and_json_ld() {
    let server = Server::start(&[]);
    let construct = "CONSTRUCT { ?p a tp:Project ; rdfs:label ?name } WHERE { ?p a tp:Project ; rdfs:label ?name }";
    let turtle = server.query(construct, "text/turtle");
    assert!(turtle.content_type.starts_with("text/turtle"), "{}", turtle.content_type);
    let n = parse_rdf(RdfFormat::Turtle, &turtle.body).len();
    assert!(n > 10);
    let nt = server.query(construct, "application/n-triples");
    assert!(nt.content_type.starts_with("application/n-triples"));
    assert_eq!(parse_rdf(RdfFormat::NTriples, &nt.body).len(), n);
    let jsonld = server.query(construct, "application/ld+json");
    assert!(jsonld.content_type.starts_with("application/ld+json"));
    assert_eq!(parse_rdf(RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() }, &jsonld.body).len(), n);
}

#[test]
fn a_bad_query_is_400_with_the_parsers_message() {
    let server = Server::start(&[]);
    let bad = server.query("SELECT ?x WHERE {\n  ?x a tp:Project", "application/sparql-results+json");
    assert_eq!(bad.status, 400);
    assert!(bad.body.starts_with("invalid SPARQL query at 2:"), "{}", bad.body);
    let missing = server.get("/query", "application/sparql-results+json");
    assert_eq!(missing.status, 400);
    let wrong_type = server.post("/query", "text/plain", PROJECTS.as_bytes(), "*/*");
    assert_eq!(wrong_type.status, 415);
}

#[test]
fn updates_are_refused_by_default() {
    let server = Server::start(&[]);
    let count = |s: &Server| -> u64 {
        let json = s.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "application/sparql-results+json").json();
        json["results"]["bindings"][0]["n"]["value"].as_str().unwrap().parse().unwrap()
    };
    let before = count(&server);
    let update = server.post("/update", "application/sparql-update", b"CLEAR ALL", "*/*");
    assert_eq!(update.status, 403);
    assert!(update.body.contains("--allow-update"), "{}", update.body);
    let form = server.post("/update", "application/x-www-form-urlencoded", b"update=CLEAR%20ALL", "*/*");
    assert_eq!(form.status, 403);
    // an update sent as a query is a syntax error, not an update
    let sneaky = server.query("CLEAR ALL", "*/*");
    assert_eq!(sneaky.status, 400);
    assert_eq!(count(&server), before);
}

#[test]
fn service_calls_are_refused_unless_allowed() {
    let server = Server::start(&[]);
    let federated = |s: &Server| format!("SELECT ?d WHERE {{ SERVICE <{}/query> {{ ?d a tp:Document }} }}", s.url);
    let refused = server.query(&federated(&server), "application/sparql-results+json");
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(refused.body.contains("--allow-service"), "{}", refused.body);

    // allowed: the server queries itself (on loopback)
    let open = Server::start(&["--allow-service"]);
    let answer = open.query(&federated(&open), "application/sparql-results+json");
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.json()["results"]["bindings"].as_array().unwrap().len(), 4);
}

#[test]
fn a_heavy_query_is_stopped_at_the_time_out() {
    let server = Server::start(&["--timeout", "1"]);
    let heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
    let started = Instant::now();
    let answer = server.query(heavy, "application/sparql-results+json");
    let took = started.elapsed();
    assert_eq!(answer.status, 503, "{}", answer.body);
    assert!(answer.body.contains("time-out"), "{}", answer.body);
    assert!(took < Duration::from_secs(5), "answered after {took:?}");
    // the server still answers, and quickly
    let started = Instant::now();
    let ok = server.query("ASK { ?d a tp:Document }", "application/sparql-results+json");
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[test]
fn limits_and_cors() {
    let server = Server::start(&[]);
    let big = vec![b' '; 2 << 20];
    // the server refuses the body past its limit: with 413, or by closing the connection
    // while the client is still sending (then the client sees a broken pipe or a reset)
    let sent = agent()
        .post(&format!("{}/query", server.url))
        .header("Content-Type", "application/sparql-query")
        .send(&big[..]);
    match sent {
        Ok(response) => assert_eq!(response.status().as_u16(), 413),
        Err(ureq::Error::Io(e)) => assert!(
            matches!(e.kind(), std::io::ErrorKind::BrokenPipe | std::io::ErrorKind::ConnectionReset),
            "{e}"
        ),
        Err(e) => panic!("{e}"),
    }
    let plain = server.query("ASK {}", "*/*");
    assert_eq!(plain.header("access-control-allow-origin"), None);

    let open = Server::start(&["--cors"]);
    let answer = open.query("ASK {}", "*/*");
    assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
}

/// `(IRI, path on the server)` of the entity labelled `label`.
fn entity(server: &Server, label: &str) -> (String, String) {
    let json = server
        .query(&format!("SELECT DISTINCT ?e WHERE {{ ?e rdfs:label \"{label}\"@zh ; a ?c }} LIMIT 1"), "application/sparql-results+json")
        .json();
    let iri = json["results"]["bindings"][0]["e"]["value"].as_str().unwrap_or_else(|| panic!("no entity {label}")).to_string();
    let rest = iri.strip_prefix(BASE).unwrap();
    let path: String = rest
        .chars()
        .map(|c| if c.is_ascii() { c.to_string() } else { encode(&c.to_string()) })
        .collect();
    (iri, format!("/id/{path}"))
}

const BROWSER: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

#[test]
fn an_entity_page_shows_labels_relations_and_highlighted_mentions() {
    let server = Server::start(&[]);
    let (_, path) = entity(&server, "青禾镇");
    assert!(path.starts_with("/id/place/"), "{path}");
    let page = server.get(&path, BROWSER);
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.content_type.starts_with("text/html"));
    assert!(page.header("content-security-policy").is_some_and(|p| p.contains("default-src 'none'")));
    assert!(page.body.contains("<h1>青禾镇</h1>"), "{}", page.body);
    assert!(page.body.contains("行政区划 · Administrative division"), "class with its ontology labels");
    assert!(page.body.contains("<mark"), "mentions are highlighted");
    assert!(page.body.contains("href=\"/doc/"), "links to the documents");
    assert!(page.body.contains("位于 · located in"), "relations with the ontology's labels");

    // figures of a project
    let (_, project) = entity(&server, "芯程半导体封装测试");
    let page = server.get(&project, BROWSER);
    assert!(page.body.contains("<h2>Figures</h2>") && page.body.contains("总投资"), "{}", page.body);
}

#[test]
fn an_rdf_client_gets_turtle_or_json_ld() {
    let server = Server::start(&[]);
    let (iri, path) = entity(&server, "青禾镇");
    let turtle = server.get(&path, "text/turtle");
    assert_eq!(turtle.status, 200);
    assert!(turtle.content_type.starts_with("text/turtle"), "{}", turtle.content_type);
    let quads = parse_rdf(RdfFormat::Turtle, &turtle.body);
    assert!(quads.iter().any(|q| q.subject.to_string() == format!("<{iri}>") && q.predicate.as_str().ends_with("#label")));
    assert!(quads.iter().any(|q| q.object.to_string() == format!("<{iri}>")), "the triples pointing at it too");
    let any = server.get(&path, "*/*");
    assert!(any.content_type.starts_with("text/turtle"));
    let jsonld = server.get(&path, "application/ld+json");
    assert_eq!(parse_rdf(RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() }, &jsonld.body).len(), quads.len());
    let described = server.get(&format!("/describe?iri={}&format=turtle", encode(&iri)), BROWSER);
    assert_eq!(described.body, turtle.body);
    let missing = server.get("/id/place/nowhere", BROWSER);
    assert_eq!(missing.status, 404);
}

#[test]
fn a_document_page_shows_the_text_with_every_mention_linked() {
    let server = Server::start(&[]);
    let json = server
        .query("SELECT ?d (COUNT(?m) AS ?n) WHERE { ?d a tp:Document . ?m nif:referenceContext ?d ; a nif:Phrase } GROUP BY ?d ORDER BY ?d LIMIT 1", "application/sparql-results+json")
        .json();
    let doc = json["results"]["bindings"][0]["d"]["value"].as_str().unwrap().to_string();
    let mentions: usize = json["results"]["bindings"][0]["n"]["value"].as_str().unwrap().parse().unwrap();
    let id = doc.strip_prefix(&format!("{BASE}doc/")).unwrap();
    let page = server.get(&format!("/doc/{}", id), BROWSER);
    assert_eq!(page.status, 200, "{}", page.body);
    // every mention, nested ones too (青禾镇 inside 青禾镇党委)
    let marks = page.body.matches("<mark id=\"m").count();
    assert_eq!(marks, mentions, "{marks} marks for {mentions} mentions");
    assert!(page.body.contains("><a href=\"/id/"), "marks link to the entities");
    // the same document as RDF: its graph
    let turtle = server.get(&format!("/doc/{}", id), "text/turtle");
    assert!(parse_rdf(RdfFormat::Turtle, &turtle.body).len() > mentions * 5);
}

#[test]
fn labels_are_escaped_in_pages() {
    let server = Server::start(&["--allow-update"]);
    let (iri, path) = entity(&server, "青禾镇");
    let update = format!(
        "INSERT DATA {{ <{iri}> skos:altLabel \"<script>alert('x')</script>\"@zh . <{BASE}org/x> rdfs:label \"<b>bold</b>\" ; tp:locatedIn <{iri}> .
         GRAPH <https://w3id.org/tupu/graph/links> {{ <{iri}> owl:sameAs <http://www.wikidata.org/entity/Q1> }}
         GRAPH <https://w3id.org/tupu/graph/background> {{ <{iri}> tp:adminCode \"320412100000\" }} }}"
    );
    let answer = server.post("/update", "application/sparql-update", update.as_bytes(), "*/*");
    assert_eq!(answer.status, 204, "{}", answer.body);
    let page = server.get(&path, BROWSER);
    assert!(page.body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "{}", page.body);
    assert!(page.body.contains("&lt;b&gt;bold&lt;/b&gt;"));
    assert!(!page.body.contains("<script>") && !page.body.contains("<b>bold"));
    // external matches and codes (the example places are made up: none in the division table)
    assert!(page.body.contains("<h2>Codes and matches</h2>"), "{}", page.body);
    assert!(page.body.contains("320412100000") && page.body.contains("href=\"http://www.wikidata.org/entity/Q1\""));
    let search = server.get(&format!("/search?q={}", encode("<script>")), BROWSER);
    assert!(search.body.contains("&lt;script&gt;") && !search.body.contains("<script>"), "{}", search.body);
}

#[test]
fn search_and_index() {
    let server = Server::start(&[]);
    let (_, path) = entity(&server, "青禾镇");
    let found = server.get(&format!("/search?q={}", encode("青禾")), BROWSER);
    assert_eq!(found.status, 200);
    assert!(found.body.contains(&format!("href=\"{path}\"")), "{}", found.body);
    let none = server.get(&format!("/search?q={}", encode("不存在的名字")), BROWSER);
    assert!(none.body.contains("0 found"));

    let index = server.get("/", BROWSER);
    assert_eq!(index.status, 200);
    assert!(index.body.contains("项目 · Project"), "{}", index.body);
    assert!(index.body.contains("/search?class=https%3A%2F%2Fw3id.org%2Ftupu%2Fontology%23Project"));
    let class = server.get("/search?class=https%3A%2F%2Fw3id.org%2Ftupu%2Fontology%23Project", BROWSER);
    assert!(class.body.matches("<li>").count() > 5, "{}", class.body);
    let form = server.get("/query", BROWSER);
    assert!(form.body.contains("<textarea name=\"query\""));
}

// ---------------------------------------------------------------------------------------
// tupu push
// ---------------------------------------------------------------------------------------

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// `oxigraph` (the server) from TUPU_OXIGRAPH or the PATH.
fn oxigraph_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("TUPU_OXIGRAPH") {
        return path.into();
    }
    std::env::var_os("PATH")
        .and_then(|paths| std::env::split_paths(&paths).map(|p| p.join("oxigraph")).find(|p| p.is_file()))
        .expect("the Oxigraph server is needed: `pip install oxigraph` (or set TUPU_OXIGRAPH)")
}

/// A running Oxigraph server on an empty store.
struct Oxigraph {
    child: Child,
    url: String,
    _dir: TempDir,
}

impl Oxigraph {
    fn start() -> Oxigraph {
        let dir = tempfile::tempdir().unwrap();
        for _ in 0..5 {
            let port = free_port();
            let mut child = Command::new(oxigraph_binary())
                .args(["serve", "--location"])
                .arg(dir.path().join("oxigraph"))
                .args(["--bind", &format!("127.0.0.1:{port}")])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            let url = format!("http://127.0.0.1:{port}");
            let deadline = Instant::now() + Duration::from_secs(20);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    break; // the port was taken after all: try another
                }
                if agent().get(&format!("{url}/query?query=ASK%7B%7D")).call().is_ok_and(|r| r.status().is_success()) {
                    return Oxigraph { child, url, _dir: dir };
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        panic!("the Oxigraph server did not start");
    }

    fn count(&self, query: &str) -> u64 {
        let mut response = agent()
            .get(&format!("{}/query?query={}", self.url, encode(query)))
            .header("Accept", "application/sparql-results+json")
            .call()
            .unwrap();
        let json: Value = serde_json::from_str(&response.body_mut().read_to_string().unwrap()).unwrap();
        json["results"]["bindings"][0]["n"]["value"].as_str().unwrap().parse().unwrap()
    }
}

impl Drop for Oxigraph {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn local_count(store: &Path, query: &str) -> u64 {
    let out = Command::new(TUPU).args(["query", "--format", "json", "--store"]).arg(store).arg(query).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    json["results"]["bindings"][0]["n"]["value"].as_str().unwrap().parse().unwrap()
}

fn push(store: &Path, endpoint: &str, extra: &[&str]) -> std::process::Output {
    Command::new(TUPU).arg("push").arg("--store").arg(store).args(["--endpoint", endpoint]).args(extra).output().unwrap()
}

const QUADS: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
const GRAPHS: &str = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

#[test]
fn push_to_an_oxigraph_server_replaces_rather_than_duplicates() {
    let (_dir, store) = store_copy();
    let local_quads = local_count(&store, QUADS);
    let local_graphs = local_count(&store, GRAPHS);
    let server = Oxigraph::start();
    let endpoint = format!("{}/store", server.url);

    let out = push(&store, &endpoint, &[]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{report}{}", String::from_utf8_lossy(&out.stderr));
    assert!(report.contains(&format!("graphs pushed   {local_graphs:>10}")), "{report}");
    assert!(report.contains(&format!("triples         {local_quads:>10}")), "{report}");
    assert!(report.contains("failed graphs            0"), "{report}");
    assert_eq!(server.count(QUADS), local_quads);
    assert_eq!(server.count(GRAPHS), local_graphs);

    // again, in small batches (PUT, then POSTs) and as Turtle: the same graphs, not twice
    let out = push(&store, &endpoint, &["--batch", "100", "--format", "turtle"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(server.count(QUADS), local_quads);
    assert_eq!(server.count(GRAPHS), local_graphs);
}

/// A Graph Store Protocol server that answers 503 to the first `failures` requests,
/// 204 to the others, and 401 to requests for a graph named `…/doc/` + `forbidden`.
fn flaky_gsp(failures: usize) -> (String, Arc<AtomicUsize>) {
    use axum::http::StatusCode;
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&seen);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let url = format!("http://{}/data", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async move {
            // the handler reads the whole body, as a real store does: a server that answers
            // before reading a large body breaks the client's pipe
            let handler = move |axum::extract::RawQuery(query): axum::extract::RawQuery, _body: axum::body::Bytes| {
                let counter = Arc::clone(&counter);
                async move {
                    let n = counter.fetch_add(1, Ordering::SeqCst);
                    if query.unwrap_or_default().contains("forbidden") {
                        StatusCode::UNAUTHORIZED
                    } else if n < failures {
                        StatusCode::SERVICE_UNAVAILABLE
                    } else {
                        StatusCode::NO_CONTENT
                    }
                }
            };
            let app = axum::Router::new().route("/data", axum::routing::put(handler.clone()).post(handler));
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    (url, seen)
}

#[test]
fn push_retries_server_errors_and_reports_refusals() {
    let (_dir, store) = store_copy();
    let graphs = local_count(&store, GRAPHS);
    let (url, seen) = flaky_gsp(2);
    let out = push(&store, &url, &["--retries", "3"]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{report}{}", String::from_utf8_lossy(&out.stderr));
    assert!(report.contains("retries                  2"), "{report}");
    assert_eq!(seen.load(Ordering::SeqCst) as u64, graphs + 2);

    // a refusal (401) is not retried: the graph fails, the others go on, exit status 1
    let (dir, store2) = store_copy();
    let out = Command::new(TUPU)
        .args(["build", "--store"])
        .arg(&store2)
        .arg(write_article(dir.path(), "forbidden"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (url, _) = flaky_gsp(0);
    let out = push(&store2, &url, &[]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(report.contains("failed graphs            1"), "{report}");
    assert!(report.contains("401"), "{report}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("forbidden"));

    // nothing listening: connection errors are retried, then reported
    let port = free_port();
    let out = push(&store, &format!("http://127.0.0.1:{port}/data"), &["--retries", "1"]);
    assert_eq!(out.status.code(), Some(1));
}

/// An article whose document id is `id`.
fn write_article(dir: &Path, id: &str) -> PathBuf {
    let path = dir.join(format!("{id}.txt"));
    std::fs::write(&path, "青禾镇召开会议\n\n9月28日上午，青禾镇举行重大项目集中签约仪式。\n").unwrap();
    path
}
