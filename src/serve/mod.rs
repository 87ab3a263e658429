//! Serving the store over HTTP (`tupu serve`): a SPARQL 1.1 Protocol endpoint and
//! Linked Data pages for the entities and documents.
//!
//! | path | what |
//! | --- | --- |
//! | `/query` | SPARQL 1.1 Protocol queries: `GET ?query=`, `POST` form or `application/sparql-query`; results by content negotiation |
//! | `/update` | SPARQL 1.1 Update, only with [`Config::allow_update`] (403 otherwise) |
//! | `/id/{rest}` | the resource `{base}{rest}`: HTML for a browser, Turtle / JSON-LD / N-Triples for an RDF client |
//! | `/doc/{id}` | the document `{base}doc/{id}`: its text with every mention highlighted and linked |
//! | `/describe?iri=` | any IRI, as `/id/` does |
//! | `/search?q=&class=` | entities by label or other name (substring), or by class |
//! | `/` | classes with counts, documents, the search box |
//!
//! The defaults are the safe ones, because an endpoint is easily left running: it listens
//! on 127.0.0.1, it is read-only, a query is cancelled after [`Config::timeout`] (Oxigraph
//! checks a cancellation token while it evaluates; the request gets a 503 at the deadline
//! whatever the evaluation is doing), request bodies are limited, at most
//! [`Config::max_concurrent`] queries run at once, a response is at most
//! [`Config::max_response_bytes`], cross-origin requests are not allowed (no CORS headers),
//! and `SERVICE` calls to other endpoints are refused.
//!
//! Queries are evaluated and serialised on Tokio's blocking threads (RocksDB reads
//! block), and the whole response is produced before it is sent, so that a time-out or an
//! evaluation error becomes a proper status code rather than a truncated `200`.

mod html;
mod negotiate;
mod pages;
mod service;

use crate::store::QueryError;
use crate::vocab;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, RawQuery, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryEvaluationError, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::future::Future;
use std::io::{self, Write};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::time::Instant;

pub use html::esc as escape_html;

/// How the server behaves. [`Config::default`] is the safe configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Instance base of the store's IRIs (`{base}doc/{id}` are documents).
    pub base: String,
    /// A query (or page) taking longer is cancelled and answered 503.
    pub timeout: Duration,
    /// Accept SPARQL Update at `/update`.
    pub allow_update: bool,
    /// Let `SERVICE` call other SPARQL endpoints.
    pub allow_service: bool,
    /// Send `Access-Control-Allow-Origin: *` and answer preflight requests.
    pub cors: bool,
    /// Largest request body (a POSTed query or update), in bytes.
    pub max_request_bytes: usize,
    /// Largest response, in bytes: a bigger result is refused (add `LIMIT`).
    pub max_response_bytes: usize,
    /// Queries and pages evaluated at once; others wait (within their time-out).
    pub max_concurrent: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            base: vocab::DEFAULT_BASE.to_string(),
            timeout: Duration::from_secs(10),
            allow_update: false,
            allow_service: false,
            cors: false,
            max_request_bytes: 1 << 20,
            max_response_bytes: 256 << 20,
            max_concurrent: std::thread::available_parallelism().map_or(2, |n| n.get()).max(2) * 2,
        }
    }
}

struct Inner {
    store: Store,
    config: Config,
    /// SPARQL queries and updates.
    query_permits: Arc<Semaphore>,
    /// Pages: separate, so that the pages stay up while queries wait.
    page_permits: Arc<Semaphore>,
}

/// Which permits a request takes.
#[derive(Debug, Clone, Copy)]
enum Pool {
    Query,
    Page,
}

#[derive(Clone)]
struct AppState(Arc<Inner>);

/// The base IRI of the documents in `store` (`{base}doc/{id}`), if it has any.
pub fn detect_base(store: &Store) -> Option<String> {
    let rdf_type = NamedNode::new_unchecked(format!("{}type", vocab::RDF));
    let document = NamedNode::new_unchecked(format!("{}{}", vocab::TP, vocab::tp::DOCUMENT));
    let quad = store.quads_for_pattern(None, Some(rdf_type.as_ref()), Some(document.as_ref().into()), None).next()?.ok()?;
    let NamedOrBlankNode::NamedNode(doc) = quad.subject else { return None };
    let (prefix, _id) = doc.as_str().rsplit_once('/')?;
    prefix.strip_suffix("doc").map(str::to_string)
}

/// The application: every route, with the limits of `config`.
pub fn router(store: Store, config: Config) -> Router {
    let cors = config.cors;
    let body_limit = config.max_request_bytes;
    let query_permits = Arc::new(Semaphore::new(config.max_concurrent.max(1)));
    let page_permits = Arc::new(Semaphore::new(config.max_concurrent.max(1)));
    let state = AppState(Arc::new(Inner { store, config, query_permits, page_permits }));
    let app = Router::new()
        .route("/", get(pages::index))
        .route("/query", get(query_get).post(query_post))
        .route("/update", get(update_get).post(update_post))
        .route("/id/{*rest}", get(pages::by_path))
        .route("/doc/{*rest}", get(pages::document_by_path))
        .route("/describe", get(pages::describe))
        .route("/search", get(pages::search))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(middleware::from_fn(common_headers))
        .with_state(state);
    if cors {
        app.layer(middleware::from_fn(allow_cors))
    } else {
        app
    }
}

/// Serves `router` on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    axum::serve(listener, router).with_graceful_shutdown(shutdown).await
}

async fn not_found(uri: Uri) -> Response {
    text(StatusCode::NOT_FOUND, format!("nothing at {}: see / for what this server has\n", uri.path()))
}

async fn common_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    response.headers_mut().insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    response
}

async fn allow_cors(request: Request, next: Next) -> Response {
    if request.method() == Method::OPTIONS {
        return (
            StatusCode::NO_CONTENT,
            [
                (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
                (header::ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS"),
                (header::ACCESS_CONTROL_ALLOW_HEADERS, "Accept, Content-Type"),
                (header::ACCESS_CONTROL_MAX_AGE, "86400"),
            ],
        )
            .into_response();
    }
    let mut response = next.run(request).await;
    response.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    response
}

/// A plain-text answer (errors, refusals).
fn text(status: StatusCode, body: impl Into<String>) -> Response {
    let mut body = body.into();
    if !body.ends_with('\n') {
        body.push('\n');
    }
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

fn ok(content_type: &str, body: Vec<u8>) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(content_type).unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    response.headers_mut().insert(header::VARY, HeaderValue::from_static("Accept"));
    response
}

/// Why a request evaluated on a blocking thread gave no answer.
enum Failure {
    /// Past the time-out; `cancelled` when the evaluation was told to stop.
    TimedOut { cancelled: bool },
    Panicked,
}

impl AppState {
    /// Runs `work` on a blocking thread, at most `max_concurrent` of each pool at once,
    /// and gives up at the time-out, cancelling `token` so that the evaluation stops too.
    ///
    /// Oxigraph looks at the token between reads of the store, so an evaluation that
    /// computes for long without reading (a cross product of large patterns) goes on
    /// after its 503: it keeps its permit until it ends, and is reported on stderr.
    async fn blocking<T: Send + 'static>(
        &self,
        pool: Pool,
        token: Option<CancellationToken>,
        what: &str,
        work: impl FnOnce(&Store) -> T + Send + 'static,
    ) -> Result<T, Failure> {
        let deadline = Instant::now() + self.0.config.timeout;
        let permits = match pool {
            Pool::Query => &self.0.query_permits,
            Pool::Page => &self.0.page_permits,
        };
        let cancelled = token.is_some();
        let permit = tokio::time::timeout_at(deadline, Arc::clone(permits).acquire_owned())
            .await
            .map_err(|_| Failure::TimedOut { cancelled: false })?
            .expect("the semaphore is never closed");
        let store = self.0.store.clone();
        let mut task = tokio::task::spawn_blocking(move || {
            let _permit = permit; // held until the work really ends, cancelled or not
            work(&store)
        });
        match tokio::time::timeout_at(deadline, &mut task).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(_)) => Err(Failure::Panicked),
            Err(_) => {
                if let Some(token) = token {
                    token.cancel();
                }
                let what: String = what.chars().take(200).collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ");
                tokio::spawn(async move {
                    let cancelled_at = Instant::now();
                    if tokio::time::timeout(Duration::from_secs(5), &mut task).await.is_err() {
                        eprintln!("tupu: warning: still running 5 s after its time-out (it holds one of the --max-concurrent slots until it ends): {what}");
                        let _ = task.await;
                        eprintln!("tupu: ended {:.0} s after its time-out: {what}", cancelled_at.elapsed().as_secs_f64());
                    }
                });
                Err(Failure::TimedOut { cancelled })
            }
        }
    }

    fn failure(&self, failure: Failure) -> Response {
        let seconds = self.0.config.timeout.as_secs_f64();
        match failure {
            Failure::TimedOut { cancelled: true } => text(
                StatusCode::SERVICE_UNAVAILABLE,
                format!("the query took longer than the time-out of {seconds} s and was cancelled (tupu serve --timeout)"),
            ),
            Failure::TimedOut { cancelled: false } => text(
                StatusCode::SERVICE_UNAVAILABLE,
                format!("the request could not be answered within the time-out of {seconds} s (tupu serve --timeout); try again later"),
            ),
            Failure::Panicked => text(StatusCode::INTERNAL_SERVER_ERROR, "internal error while answering the request"),
        }
    }

    /// The evaluator every query and update uses: the ontology prefixes, the `SERVICE`
    /// policy and the cancellation token.
    fn evaluator(&self, token: &CancellationToken) -> SparqlEvaluator {
        let evaluator = vocab::PREFIXES.iter().fold(SparqlEvaluator::new(), |e, (name, iri)| {
            e.with_prefix(*name, *iri).expect("the vocabulary namespaces are valid IRIs")
        });
        let evaluator = evaluator.with_cancellation_token(token.clone());
        if self.0.config.allow_service {
            evaluator.with_default_service_handler(service::Http::new(self.0.config.timeout))
        } else {
            evaluator.with_default_service_handler(service::Refuse)
        }
    }
}

// ---------------------------------------------------------------------------------------
// SPARQL 1.1 Protocol: query
// ---------------------------------------------------------------------------------------

/// The protocol's parameters of a query operation.
#[derive(Debug, Default)]
struct Operation {
    text: Option<String>,
    default_graphs: Vec<String>,
    named_graphs: Vec<String>,
}

impl Operation {
    /// A query or an update (`kind`) POSTed as SPARQL 1.1 Protocol says: the text as
    /// `application/sparql-{kind}`, or URL-encoded with the other parameters; the URL's
    /// parameters count too.
    fn from_post(url_params: Option<&str>, headers: &HeaderMap, body: &[u8], kind: &str) -> Result<Operation, Response> {
        let mut op = Operation::default();
        op.add_params(url_params.unwrap_or("").as_bytes(), kind);
        let direct = format!("application/sparql-{kind}");
        match content_type(headers).as_str() {
            t if t == direct => match String::from_utf8(body.to_vec()) {
                Ok(t) => op.text = Some(t),
                Err(_) => return Err(text(StatusCode::BAD_REQUEST, format!("the {kind} is not UTF-8"))),
            },
            "application/x-www-form-urlencoded" => op.add_params(body, kind),
            other => {
                let article = if kind == "update" { "an" } else { "a" };
                return Err(text(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    format!("POST {article} {kind} as {direct} or application/x-www-form-urlencoded, not {other:?}"),
                ));
            }
        }
        Ok(op)
    }

    fn add_params(&mut self, encoded: &[u8], text_key: &str) {
        for (key, value) in form_urlencoded::parse(encoded) {
            match key.as_ref() {
                k if k == text_key => self.text = Some(value.into_owned()),
                "default-graph-uri" | "using-graph-uri" => self.default_graphs.push(value.into_owned()),
                "named-graph-uri" | "using-named-graph-uri" => self.named_graphs.push(value.into_owned()),
                _ => {}
            }
        }
    }
}

fn accept(headers: &HeaderMap) -> Option<String> {
    headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).map(str::to_string)
}

fn content_type(headers: &HeaderMap) -> String {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

async fn query_get(State(state): State<AppState>, headers: HeaderMap, RawQuery(params): RawQuery) -> Response {
    let mut op = Operation::default();
    op.add_params(params.as_deref().unwrap_or("").as_bytes(), "query");
    if op.text.is_none() {
        return pages::query_form(&headers);
    }
    run_query(state, op, accept(&headers)).await
}

async fn query_post(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(params): RawQuery,
    body: Bytes,
) -> Response {
    let op = match Operation::from_post(params.as_deref(), &headers, &body, "query") {
        Ok(op) => op,
        Err(refusal) => return refusal,
    };
    if op.text.is_none() {
        return text(StatusCode::BAD_REQUEST, "no query: send it in the `query` parameter");
    }
    run_query(state, op, accept(&headers)).await
}

/// A representation of query results.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Representation {
    Results(QueryResultsFormat),
    Rdf(RdfFormat),
    Html,
}

const SOLUTION_OFFERS: &[(&str, Representation)] = &[
    ("application/sparql-results+json", Representation::Results(QueryResultsFormat::Json)),
    ("application/json", Representation::Results(QueryResultsFormat::Json)),
    ("application/sparql-results+xml", Representation::Results(QueryResultsFormat::Xml)),
    ("application/xml", Representation::Results(QueryResultsFormat::Xml)),
    ("text/csv", Representation::Results(QueryResultsFormat::Csv)),
    ("text/tab-separated-values", Representation::Results(QueryResultsFormat::Tsv)),
];

const GRAPH_OFFERS: &[(&str, Representation)] = &[
    ("text/turtle", Representation::Rdf(RdfFormat::Turtle)),
    ("application/n-triples", Representation::Rdf(RdfFormat::NTriples)),
    ("application/ld+json", Representation::Rdf(RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() })),
    ("application/rdf+xml", Representation::Rdf(RdfFormat::RdfXml)),
    ("text/plain", Representation::Rdf(RdfFormat::NTriples)),
];

/// The representation for `results` (`None`: 406), HTML when a browser asks for it.
fn representation(accept: Option<&str>, graph: bool) -> Option<Representation> {
    let offers = if graph { GRAPH_OFFERS } else { SOLUTION_OFFERS };
    let media_types: Vec<&str> = offers.iter().map(|(m, _)| *m).collect();
    if negotiate::prefers_explicitly(accept, "text/html", &media_types) {
        return Some(Representation::Html);
    }
    negotiate::choose(accept, offers)
}

fn media_type(representation: Representation) -> &'static str {
    match representation {
        Representation::Results(QueryResultsFormat::Json) => "application/sparql-results+json",
        Representation::Results(QueryResultsFormat::Xml) => "application/sparql-results+xml",
        Representation::Results(QueryResultsFormat::Csv) => "text/csv; charset=utf-8",
        Representation::Results(QueryResultsFormat::Tsv) => "text/tab-separated-values; charset=utf-8",
        Representation::Results(_) => "application/octet-stream",
        Representation::Rdf(RdfFormat::Turtle) => "text/turtle; charset=utf-8",
        Representation::Rdf(RdfFormat::NTriples) => "application/n-triples",
        Representation::Rdf(RdfFormat::JsonLd { .. }) => "application/ld+json",
        Representation::Rdf(RdfFormat::RdfXml) => "application/rdf+xml",
        Representation::Rdf(_) => "application/octet-stream",
        Representation::Html => "text/html; charset=utf-8",
    }
}

/// How a query failed.
enum QueryFailure {
    Syntax(String),
    BadDataset(String),
    NotAcceptable(&'static [(&'static str, Representation)]),
    Refused(String),
    TooLarge(usize),
    Evaluation(String),
    Cancelled,
}

impl From<QueryEvaluationError> for QueryFailure {
    fn from(e: QueryEvaluationError) -> Self {
        match e {
            QueryEvaluationError::Cancelled => QueryFailure::Cancelled,
            QueryEvaluationError::Service(inner) if inner.is::<service::ServiceRefused>() => {
                QueryFailure::Refused(inner.to_string())
            }
            e => QueryFailure::Evaluation(e.to_string()),
        }
    }
}

/// A writer that refuses to grow past a limit.
struct Capped {
    bytes: Vec<u8>,
    limit: usize,
}

impl Write for Capped {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.bytes.len() + buf.len() > self.limit {
            return Err(io::Error::other(TooLarge));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("response too large")]
struct TooLarge;

fn io_failure(e: io::Error, limit: usize) -> QueryFailure {
    if e.get_ref().is_some_and(|inner| inner.is::<TooLarge>()) {
        QueryFailure::TooLarge(limit)
    } else {
        QueryFailure::Evaluation(e.to_string())
    }
}

fn graph_names(iris: &[String]) -> Result<Vec<NamedNode>, QueryFailure> {
    iris.iter()
        .map(|iri| NamedNode::new(iri).map_err(|e| QueryFailure::BadDataset(format!("invalid graph IRI {iri:?}: {e}"))))
        .collect()
}

async fn run_query(state: AppState, op: Operation, accept: Option<String>) -> Response {
    let what = format!("query {}", op.text.as_deref().unwrap_or(""));
    let token = CancellationToken::new();
    let evaluator = state.evaluator(&token);
    let limit = state.0.config.max_response_bytes;
    let base = state.0.config.base.clone();
    let outcome = state
        .blocking(Pool::Query, Some(token), &what, move |store| -> Result<(Representation, Vec<u8>), QueryFailure> {
            let text = op.text.unwrap_or_default();
            let mut prepared = evaluator
                .parse_query(&text)
                .map_err(|e| QueryFailure::Syntax(QueryError::Syntax(e).to_string()))?;
            let (default_graphs, named_graphs) = (graph_names(&op.default_graphs)?, graph_names(&op.named_graphs)?);
            if !default_graphs.is_empty() || !named_graphs.is_empty() {
                if !default_graphs.is_empty() {
                    prepared.dataset_mut().set_default_graph(default_graphs.into_iter().map(GraphName::from).collect());
                }
                if !named_graphs.is_empty() {
                    prepared
                        .dataset_mut()
                        .set_available_named_graphs(named_graphs.into_iter().map(NamedOrBlankNode::from).collect());
                }
            } else if prepared.dataset().is_default_dataset() {
                prepared.dataset_mut().set_default_graph_as_union();
            }
            let results = prepared.on_store(store).execute()?;
            let graph = matches!(results, QueryResults::Graph(_));
            let representation = representation(accept.as_deref(), graph)
                .ok_or(QueryFailure::NotAcceptable(if graph { GRAPH_OFFERS } else { SOLUTION_OFFERS }))?;
            let mut out = Capped { bytes: Vec::new(), limit };
            write_results(results, representation, &mut out, &base).map_err(|e| match e {
                WriteError::Io(e) => io_failure(e, limit),
                WriteError::Evaluation(e) => e.into(),
            })?;
            Ok((representation, out.bytes))
        })
        .await;
    match outcome {
        Err(failure) => state.failure(failure),
        Ok(Ok((representation, body))) => ok(media_type(representation), body),
        Ok(Err(failure)) => match failure {
            QueryFailure::Syntax(message) | QueryFailure::BadDataset(message) => text(StatusCode::BAD_REQUEST, message),
            QueryFailure::NotAcceptable(offers) => {
                let types: Vec<&str> = offers.iter().map(|(m, _)| *m).collect();
                text(StatusCode::NOT_ACCEPTABLE, format!("cannot answer in the accepted formats; this result can be {}", types.join(", ")))
            }
            QueryFailure::Refused(message) => text(StatusCode::FORBIDDEN, message),
            QueryFailure::TooLarge(limit) => text(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("the result is larger than the response limit of {} MiB: add LIMIT, or use `tupu export`", limit >> 20),
            ),
            QueryFailure::Evaluation(message) => text(StatusCode::INTERNAL_SERVER_ERROR, format!("query evaluation failed: {message}")),
            QueryFailure::Cancelled => state.failure(Failure::TimedOut { cancelled: true }),
        },
    }
}

enum WriteError {
    Io(io::Error),
    Evaluation(QueryEvaluationError),
}

impl From<io::Error> for WriteError {
    fn from(e: io::Error) -> Self {
        WriteError::Io(e)
    }
}

impl From<QueryEvaluationError> for WriteError {
    fn from(e: QueryEvaluationError) -> Self {
        WriteError::Evaluation(e)
    }
}

fn write_results(results: QueryResults<'_>, representation: Representation, out: &mut Capped, base: &str) -> Result<(), WriteError> {
    match (results, representation) {
        (results, Representation::Html) => pages::results_html(results, out, base),
        (QueryResults::Boolean(value), Representation::Results(format)) => {
            QueryResultsSerializer::from_format(format).serialize_boolean_to_writer(out, value)?;
            Ok(())
        }
        (QueryResults::Solutions(solutions), Representation::Results(format)) => {
            let mut writer =
                QueryResultsSerializer::from_format(format).serialize_solutions_to_writer(out, solutions.variables().to_vec())?;
            for solution in solutions {
                writer.serialize(&solution?)?;
            }
            writer.finish()?;
            Ok(())
        }
        (QueryResults::Graph(triples), Representation::Rdf(format)) => {
            let mut writer = rdf_serializer(format).for_writer(out);
            for triple in triples {
                writer.serialize_triple(&triple?)?;
            }
            writer.finish()?;
            Ok(())
        }
        _ => unreachable!("the representation is chosen from the offers of the result kind"),
    }
}

/// A serializer that writes the ontology prefixes (in the formats that have prefixes).
pub(crate) fn rdf_serializer(format: RdfFormat) -> RdfSerializer {
    vocab::PREFIXES.iter().fold(RdfSerializer::from_format(format), |s, (name, iri)| {
        s.with_prefix(*name, *iri).expect("the vocabulary namespaces are valid IRIs")
    })
}

// ---------------------------------------------------------------------------------------
// SPARQL 1.1 Protocol: update
// ---------------------------------------------------------------------------------------

async fn update_get() -> Response {
    text(StatusCode::METHOD_NOT_ALLOWED, "SPARQL Update is sent with POST")
}

async fn update_post(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(params): RawQuery,
    body: Bytes,
) -> Response {
    if !state.0.config.allow_update {
        return text(
            StatusCode::FORBIDDEN,
            "SPARQL Update is disabled: this endpoint is read-only; start `tupu serve` with --allow-update to accept updates",
        );
    }
    let op = match Operation::from_post(params.as_deref(), &headers, &body, "update") {
        Ok(op) => op,
        Err(refusal) => return refusal,
    };
    let Some(update) = op.text else {
        return text(StatusCode::BAD_REQUEST, "no update: send it in the `update` parameter");
    };
    let token = CancellationToken::new();
    let evaluator = state.evaluator(&token);
    // an update is not cancelled half-way: it runs to its end (or error) in one transaction
    let what = format!("update {update}");
    let outcome = state
        .blocking(Pool::Query, None, &what, move |store| {
            let prepared = evaluator
                .parse_update(&update)
                .map_err(|e| (StatusCode::BAD_REQUEST, QueryError::Syntax(e).to_string().replace("SPARQL query", "SPARQL update")))?;
            prepared.on_store(store).execute().map_err(|e| (StatusCode::INTERNAL_SERVER_ERROR, format!("update failed: {e}")))
        })
        .await;
    match outcome {
        Err(failure) => state.failure(failure),
        Ok(Ok(())) => StatusCode::NO_CONTENT.into_response(),
        Ok(Err((status, message))) => text(status, message),
    }
}
