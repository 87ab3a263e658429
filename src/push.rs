//! Copying the store's graphs to another triple store (`tupu push`) with the
//! [SPARQL 1.1 Graph Store HTTP Protocol](https://www.w3.org/TR/sparql11-http-rdf-update/).
//!
//! Each named graph (the documents, the background, links and ontology graphs) is sent
//! with `PUT {endpoint}?graph={iri}`, which *replaces* the graph on the other side: pushing
//! again gives the same remote graphs, not twice the triples. A graph larger than
//! [`PushOptions::batch_triples`] is sent in batches: the first batch with `PUT` (replace),
//! the others with `POST` (add), so that no request body grows with the graph.
//!
//! Requests that fail for a reason that may pass (a connection error, a time-out, a 5xx,
//! 429 or 408 answer) are retried with exponential back-off; other answers (401, 404,
//! 415…) fail the graph at once, and the push goes on with the next graph. The report
//! says what went and what did not.
//!
//! Graphs that exist on the other side but no longer in the store are left alone.

use crate::link::LINKS_GRAPH;
use crate::vocab;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, NamedOrBlankNode, TripleRef};
use oxigraph::store::{StorageError, Store};
use std::fmt;
use std::time::{Duration, Instant};

/// How to push.
#[derive(Debug, Clone)]
pub struct PushOptions {
    /// The Graph Store Protocol endpoint, e.g. `http://localhost:3030/ds/data`. It may
    /// carry a query string (`…?access-token=…`): `graph=` is added to it.
    pub endpoint: String,
    /// Most triples in one request.
    pub batch_triples: usize,
    /// Serialisation of the request bodies.
    pub format: BodyFormat,
    /// How often a failed request is tried again.
    pub retries: u32,
    /// Wait before the first retry; doubled for each next one (at most 30 s).
    pub backoff: Duration,
    /// Time-out of one request.
    pub timeout: Duration,
    /// Extra request headers (`Authorization: …`).
    pub headers: Vec<(String, String)>,
}

impl Default for PushOptions {
    fn default() -> Self {
        PushOptions {
            endpoint: String::new(),
            batch_triples: 100_000,
            format: BodyFormat::NTriples,
            retries: 5,
            backoff: Duration::from_millis(500),
            timeout: Duration::from_secs(120),
            headers: Vec::new(),
        }
    }
}

/// The RDF syntax of the request bodies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyFormat {
    /// `application/n-triples`
    NTriples,
    /// `text/turtle` (with the ontology prefixes; smaller)
    Turtle,
}

impl BodyFormat {
    fn media_type(self) -> &'static str {
        match self {
            BodyFormat::NTriples => "application/n-triples",
            BodyFormat::Turtle => "text/turtle",
        }
    }
}

/// What one graph's push came to.
#[derive(Debug, Clone)]
pub struct GraphPush {
    /// The graph IRI, or `default` for the default graph.
    pub graph: String,
    pub triples: u64,
    pub requests: u64,
    pub retries: u64,
    /// Why the graph did not get there.
    pub error: Option<String>,
}

/// What a push did.
#[derive(Debug, Clone, Default)]
pub struct PushReport {
    /// Graphs pushed without error.
    pub graphs: usize,
    /// Triples in those graphs.
    pub triples: u64,
    pub requests: u64,
    pub retries: u64,
    pub bytes: u64,
    /// Graphs that failed, with the reason.
    pub failures: Vec<(String, String)>,
    pub elapsed: Duration,
}

impl fmt::Display for PushReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "graphs pushed   {:>10}", self.graphs)?;
        writeln!(f, "triples         {:>10}", self.triples)?;
        writeln!(f, "requests        {:>10}", self.requests)?;
        writeln!(f, "retries         {:>10}", self.retries)?;
        writeln!(f, "bytes sent      {:>10}", self.bytes)?;
        writeln!(f, "failed graphs   {:>10}", self.failures.len())?;
        writeln!(f, "time            {:>10.2} s", self.elapsed.as_secs_f64())?;
        for (graph, reason) in &self.failures {
            writeln!(f, "failed: <{graph}>: {reason}")?;
        }
        Ok(())
    }
}

/// A push that could not start or go on.
#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error("invalid endpoint {endpoint:?}: give an http:// or https:// URL")]
    Endpoint { endpoint: String },
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// The graphs a push sends, in order: the ontology, background and links graphs, then
/// the other named graphs (the documents) sorted, then the default graph if it has triples.
pub fn graphs(store: &Store) -> Result<Vec<GraphName>, StorageError> {
    let first = [vocab::ONTOLOGY_GRAPH, vocab::BACKGROUND_GRAPH, LINKS_GRAPH];
    let mut named: Vec<String> = Vec::new();
    for g in store.named_graphs() {
        if let NamedOrBlankNode::NamedNode(g) = g? {
            named.push(g.into_string());
        }
    }
    named.sort_by_key(|g| (first.iter().position(|f| f == g).unwrap_or(first.len()), g.clone()));
    let mut out: Vec<GraphName> =
        named.into_iter().map(|g| GraphName::NamedNode(oxigraph::model::NamedNode::new_unchecked(g))).collect();
    if store.quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph)).next().is_some() {
        out.push(GraphName::DefaultGraph);
    }
    Ok(out)
}

/// Pushes every graph of `store`, calling `progress` after each one.
pub fn push(store: &Store, options: &PushOptions, mut progress: impl FnMut(&GraphPush)) -> Result<PushReport, PushError> {
    let endpoint = options.endpoint.trim();
    if !(endpoint.starts_with("http://") || endpoint.starts_with("https://")) {
        return Err(PushError::Endpoint { endpoint: endpoint.to_string() });
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(options.timeout))
        .http_status_as_error(false)
        .user_agent(concat!("tupu/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let started = Instant::now();
    let mut report = PushReport::default();
    for graph in graphs(store)? {
        let outcome = push_graph(&agent, store, &graph, options, &mut report.bytes)?;
        report.requests += outcome.requests;
        report.retries += outcome.retries;
        match &outcome.error {
            None => {
                report.graphs += 1;
                report.triples += outcome.triples;
            }
            Some(reason) => report.failures.push((outcome.graph.clone(), reason.clone())),
        }
        progress(&outcome);
    }
    report.elapsed = started.elapsed();
    Ok(report)
}

/// `{endpoint}?graph={iri}` (or `?default`), keeping the endpoint's own query string.
pub fn graph_url(endpoint: &str, graph: &GraphName) -> String {
    let separator = if endpoint.contains('?') { '&' } else { '?' };
    match graph {
        GraphName::NamedNode(g) => {
            let encoded: String = form_urlencoded::byte_serialize(g.as_str().as_bytes()).collect();
            format!("{endpoint}{separator}graph={encoded}")
        }
        _ => format!("{endpoint}{separator}default"),
    }
}

fn push_graph(
    agent: &ureq::Agent,
    store: &Store,
    graph: &GraphName,
    options: &PushOptions,
    bytes: &mut u64,
) -> Result<GraphPush, StorageError> {
    let name = match graph {
        GraphName::NamedNode(g) => g.as_str().to_string(),
        _ => "default".to_string(),
    };
    let url = graph_url(options.endpoint.trim(), graph);
    let mut outcome = GraphPush { graph: name, triples: 0, requests: 0, retries: 0, error: None };
    let batch = options.batch_triples.max(1);
    let mut body = Body::new(options.format);
    let mut first = true;
    let mut send = |body: Body, first: bool, outcome: &mut GraphPush| -> bool {
        let payload = body.finish();
        *bytes += payload.len() as u64;
        let method = if first { "PUT" } else { "POST" };
        match send_with_retries(agent, method, &url, payload, options) {
            Ok(retries) => {
                outcome.requests += 1 + retries;
                outcome.retries += retries;
                true
            }
            Err((retries, reason)) => {
                outcome.requests += 1 + retries;
                outcome.retries += retries;
                outcome.error = Some(format!("{method} {reason}"));
                false
            }
        }
    };
    for quad in store.quads_for_pattern(None, None, None, Some(graph.as_ref())) {
        let quad = quad?;
        body.add(TripleRef::from(quad.as_ref()));
        outcome.triples += 1;
        if body.triples == batch {
            let full = std::mem::replace(&mut body, Body::new(options.format));
            if !send(full, first, &mut outcome) {
                return Ok(outcome);
            }
            first = false;
        }
    }
    if first || body.triples > 0 {
        send(body, first, &mut outcome);
    }
    Ok(outcome)
}

/// A request body being written.
struct Body {
    writer: oxigraph::io::WriterQuadSerializer<Vec<u8>>,
    triples: usize,
}

impl Body {
    fn new(format: BodyFormat) -> Self {
        let serializer = match format {
            BodyFormat::NTriples => RdfSerializer::from_format(RdfFormat::NTriples),
            BodyFormat::Turtle => vocab::PREFIXES.iter().fold(RdfSerializer::from_format(RdfFormat::Turtle), |s, (name, iri)| {
                s.with_prefix(*name, *iri).expect("the vocabulary namespaces are valid IRIs")
            }),
        };
        Body { writer: serializer.for_writer(Vec::new()), triples: 0 }
    }

    fn add(&mut self, triple: TripleRef<'_>) {
        self.writer.serialize_triple(triple).expect("writing to memory does not fail");
        self.triples += 1;
    }

    fn finish(self) -> Vec<u8> {
        self.writer.finish().expect("writing to memory does not fail")
    }
}

/// Sends one request, retrying what may pass. `Ok(retries)` or `Err((retries, reason))`.
fn send_with_retries(
    agent: &ureq::Agent,
    method: &str,
    url: &str,
    payload: Vec<u8>,
    options: &PushOptions,
) -> Result<u64, (u64, String)> {
    let mut retries = 0u64;
    loop {
        let mut request = match method {
            "PUT" => agent.put(url),
            _ => agent.post(url),
        }
        .header("Content-Type", options.format.media_type());
        for (name, value) in &options.headers {
            request = request.header(name.as_str(), value.as_str());
        }
        let (retryable, reason) = match request.send(&payload[..]) {
            Ok(mut response) => {
                let status = response.status();
                if status.is_success() {
                    return Ok(retries);
                }
                let text = response.body_mut().with_config().limit(4096).read_to_string().unwrap_or_default();
                let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(300).collect();
                let retryable = status.is_server_error() || status.as_u16() == 429 || status.as_u16() == 408;
                (retryable, format!("{url}: {status}{}{text}", if text.is_empty() { "" } else { ": " }))
            }
            Err(e) => (retryable_transport(&e), format!("{url}: {e}")),
        };
        if !retryable || retries >= u64::from(options.retries) {
            let tries = if retries > 0 { format!(" (after {} tries)", retries + 1) } else { String::new() };
            return Err((retries, format!("{reason}{tries}")));
        }
        let wait = options.backoff.saturating_mul(1 << retries.min(16)).min(Duration::from_secs(30));
        std::thread::sleep(wait);
        retries += 1;
    }
}

/// Connection errors and time-outs may pass; a bad URL or a TLS misconfiguration will not.
fn retryable_transport(e: &ureq::Error) -> bool {
    matches!(e, ureq::Error::Io(_) | ureq::Error::Timeout(_) | ureq::Error::ConnectionFailed | ureq::Error::HostNotFound)
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::NamedNode;

    #[test]
    fn graph_urls_encode_the_iri_and_keep_the_endpoints_query() {
        let g = GraphName::NamedNode(NamedNode::new_unchecked("https://w3id.org/tupu/id/doc/青禾-1"));
        assert_eq!(
            graph_url("http://localhost:3030/ds/data", &g),
            "http://localhost:3030/ds/data?graph=https%3A%2F%2Fw3id.org%2Ftupu%2Fid%2Fdoc%2F%E9%9D%92%E7%A6%BE-1"
        );
        assert!(graph_url("http://localhost:7019/?access-token=t", &g).starts_with("http://localhost:7019/?access-token=t&graph="));
        assert_eq!(graph_url("http://h/store", &GraphName::DefaultGraph), "http://h/store?default");
    }

    #[test]
    fn a_bad_endpoint_is_refused_before_anything_is_sent() {
        let store = Store::new().unwrap();
        let options = PushOptions { endpoint: "localhost:3030/ds".into(), ..PushOptions::default() };
        assert!(matches!(push(&store, &options, |_| {}), Err(PushError::Endpoint { .. })));
    }

    #[test]
    fn the_ontology_background_and_links_graphs_go_first() {
        let store = Store::new().unwrap();
        crate::store::load_ontology(&store).unwrap();
        let doc = NamedNode::new_unchecked("https://w3id.org/tupu/id/doc/a");
        let bg = NamedNode::new_unchecked(vocab::BACKGROUND_GRAPH);
        for g in [&doc, &bg] {
            store.insert(oxigraph::model::QuadRef::new(g, g, g, g)).unwrap();
        }
        let names: Vec<String> = graphs(&store).unwrap().iter().map(|g| g.to_string()).collect();
        assert_eq!(names, [format!("<{}>", vocab::ONTOLOGY_GRAPH), format!("<{}>", vocab::BACKGROUND_GRAPH), format!("<{doc}>", doc = doc.as_str())]);
    }
}
