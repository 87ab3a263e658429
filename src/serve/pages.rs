//! Linked Data: every resource of the store as an HTML page for people and as RDF for
//! programs, the document pages, the search and the index.
//!
//! The pages are read straight from the store's indexes (`quads_for_pattern`): each is a
//! handful of lookups around one IRI, bounded by [`MAX_ROWS`], so a page stays fast
//! whatever the size of the store.

use super::html::{esc, href, page, path_decode, query_value, CONTENT_SECURITY_POLICY};
use super::negotiate;
use super::{AppState, Capped, WriteError};
use crate::vocab::{self, tp};
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::model::{GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use oxigraph::sparql::QueryResults;
use oxigraph::store::{StorageError, Store};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::Write as _;

/// Rows shown in one section of a page (mentions, relations, search hits).
const MAX_ROWS: usize = 200;
/// Triples pointing at a resource that its page reads.
const MAX_INCOMING: usize = 20_000;

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDF_SUBJECT: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject";
const RDF_PREDICATE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate";
const RDF_OBJECT: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const SKOS_ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";
const SKOS_PREF_LABEL: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";
const SKOS_EXACT_MATCH: &str = "http://www.w3.org/2004/02/skos/core#exactMatch";
const OWL_SAME_AS: &str = "http://www.w3.org/2002/07/owl#sameAs";
const ORG_HOLDS: &str = "http://www.w3.org/ns/org#holds";
const ORG_POST_IN: &str = "http://www.w3.org/ns/org#postIn";
const QUDT_NUMERIC_VALUE: &str = "http://qudt.org/schema/qudt/numericValue";
const DCT_TITLE: &str = "http://purl.org/dc/terms/title";
const DCT_ISSUED: &str = "http://purl.org/dc/terms/issued";
const DCT_SOURCE: &str = "http://purl.org/dc/terms/source";
const DCT_PUBLISHER: &str = "http://purl.org/dc/terms/publisher";
const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
const ITS_TA_IDENT_REF: &str = "http://www.w3.org/2005/11/its/rdf#taIdentRef";

fn nn(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}
fn tpn(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{local}", vocab::TP))
}
fn nif(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{NIF}{local}"))
}

type R<T> = Result<T, StorageError>;

/// Read access to the store for one page, with the labels it has looked up.
struct Ctx<'a> {
    store: &'a Store,
    base: &'a str,
    labels: RefCell<HashMap<Term, String>>,
}

impl<'a> Ctx<'a> {
    fn new(store: &'a Store, base: &'a str) -> Self {
        Ctx { store, base, labels: RefCell::default() }
    }

    /// Quads matching a pattern, in all graphs.
    fn quads(&self, s: Option<&NamedNode>, p: Option<&NamedNode>, o: Option<&Term>, g: Option<&GraphName>) -> R<Vec<Quad>> {
        self.store
            .quads_for_pattern(
                s.map(|s| s.as_ref().into()),
                p.map(NamedNode::as_ref),
                o.map(Term::as_ref),
                g.map(GraphName::as_ref),
            )
            .collect()
    }

    /// At most `cap` quads matching a pattern, and whether there were more.
    fn quads_capped(&self, s: Option<&NamedNode>, p: Option<&NamedNode>, o: Option<&Term>, cap: usize) -> R<(Vec<Quad>, bool)> {
        let mut iter = self.store.quads_for_pattern(s.map(|s| s.as_ref().into()), p.map(NamedNode::as_ref), o.map(Term::as_ref), None);
        let quads = iter.by_ref().take(cap).collect::<R<Vec<_>>>()?;
        Ok((quads, iter.next().is_some()))
    }

    /// Distinct objects of `s p`, in any graph.
    fn objects(&self, s: &NamedNode, p: &NamedNode) -> R<Vec<Term>> {
        Ok(uniq(self.quads(Some(s), Some(p), None, None)?.into_iter().map(|q| q.object)))
    }

    fn object(&self, s: &NamedNode, p: &NamedNode) -> R<Option<Term>> {
        Ok(self.store.quads_for_pattern(Some(s.as_ref().into()), Some(p.as_ref()), None, None).next().transpose()?.map(|q| q.object))
    }

    fn int(&self, s: &NamedNode, p: &NamedNode) -> R<Option<usize>> {
        Ok(match self.object(s, p)? {
            Some(Term::Literal(l)) => l.value().parse().ok(),
            _ => None,
        })
    }

    fn node(&self, s: &NamedNode, p: &NamedNode) -> R<Option<NamedNode>> {
        Ok(match self.object(s, p)? {
            Some(Term::NamedNode(n)) => Some(n),
            _ => None,
        })
    }

    /// The literal of `s p`, preferring Chinese, then no language, then any.
    fn literal(&self, s: &NamedNode, p: &NamedNode) -> R<Option<Literal>> {
        let mut literals: Vec<Literal> = self
            .objects(s, p)?
            .into_iter()
            .filter_map(|t| match t {
                Term::Literal(l) => Some(l),
                _ => None,
            })
            .collect();
        literals.sort_by_key(|l| match l.language() {
            Some(lang) if lang.starts_with("zh") => 0,
            None => 1,
            Some(_) => 2,
        });
        Ok(literals.into_iter().next())
    }

    fn exists(&self, iri: &NamedNode) -> R<bool> {
        let term = Term::from(iri.clone());
        Ok(self.store.quads_for_pattern(Some(iri.as_ref().into()), None, None, None).next().is_some()
            || self.store.quads_for_pattern(None, None, Some(term.as_ref()), None).next().is_some()
            || self.store.contains_named_graph(iri)?)
    }

    fn is_a(&self, iri: &NamedNode, class: &NamedNode) -> R<bool> {
        Ok(self
            .store
            .quads_for_pattern(Some(iri.as_ref().into()), Some(nn(RDF_TYPE).as_ref()), Some(class.as_ref().into()), None)
            .next()
            .is_some())
    }

    /// What a person calls `term`: its label (Chinese first), a document's title, an
    /// ontology term's Chinese and English labels, or a short form of the IRI.
    fn label(&self, term: &Term) -> R<String> {
        if let Some(l) = self.labels.borrow().get(term) {
            return Ok(l.clone());
        }
        let label = match term {
            Term::NamedNode(n) => {
                let ontology = n.as_str().starts_with(vocab::TP);
                let found = if ontology { self.ontology_label(n)? } else { None };
                match found {
                    Some(l) => l,
                    None => match self.literal(n, &nn(RDFS_LABEL))?.or(self.literal(n, &nn(SKOS_PREF_LABEL))?).or(self.literal(n, &nn(DCT_TITLE))?) {
                        Some(l) => l.value().to_string(),
                        None => self.ontology_label(n)?.unwrap_or_else(|| short_iri(self.base, n.as_str())),
                    },
                }
            }
            Term::Literal(l) => l.value().to_string(),
            other => other.to_string(),
        };
        self.labels.borrow_mut().insert(term.clone(), label.clone());
        Ok(label)
    }

    /// `位于 · located in` from the ontology graph.
    fn ontology_label(&self, n: &NamedNode) -> R<Option<String>> {
        let graph = GraphName::NamedNode(nn(vocab::ONTOLOGY_GRAPH));
        let labels: Vec<Literal> = self
            .quads(Some(n), Some(&nn(RDFS_LABEL)), None, Some(&graph))?
            .into_iter()
            .filter_map(|q| match q.object {
                Term::Literal(l) => Some(l),
                _ => None,
            })
            .collect();
        let by_lang = |lang: &str| labels.iter().find(|l| l.language() == Some(lang)).map(|l| l.value().to_string());
        Ok(match (by_lang("zh"), by_lang("en")) {
            (Some(zh), Some(en)) => Some(format!("{zh} · {en}")),
            (Some(one), None) | (None, Some(one)) => Some(one),
            (None, None) => labels.first().map(|l| l.value().to_string()),
        })
    }

    /// A link to `term` on this server, labelled.
    fn link(&self, term: &Term) -> R<String> {
        Ok(match term {
            Term::NamedNode(n) => format!(r#"<a href="{}">{}</a>"#, esc(&href(self.base, n.as_str())), esc(&self.label(term)?)),
            Term::Literal(l) => literal_html(l),
            other => esc(&other.to_string()),
        })
    }

    /// The document a graph is, as a link with its title (`#fragment` appended).
    fn source_link(&self, graph: &GraphName, fragment: Option<&str>) -> R<String> {
        Ok(match graph {
            GraphName::NamedNode(g) if g.as_str() == vocab::BACKGROUND_GRAPH => r#"<span class="muted">background</span>"#.into(),
            GraphName::NamedNode(g) if g.as_str() == crate::link::LINKS_GRAPH => r#"<span class="muted">links</span>"#.into(),
            GraphName::NamedNode(g) => {
                let mut target = href(self.base, g.as_str());
                if let Some(f) = fragment {
                    target = format!("{target}#{f}");
                }
                format!(r#"<a href="{}">{}</a>"#, esc(&target), esc(&self.label(&Term::from(g.clone()))?))
            }
            other => esc(&other.to_string()),
        })
    }
}

/// The distinct items, sorted by their N-Triples form (RDF terms have no `Ord`).
fn uniq<T: std::hash::Hash + Eq + Clone + std::fmt::Display>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<T> = items.into_iter().filter(|t| seen.insert(t.clone())).collect();
    out.sort_by_cached_key(|t| t.to_string());
    out
}

/// `tp:Project`, `…/place/青禾镇` (under the base), or the IRI.
fn short_iri(base: &str, iri: &str) -> String {
    if let Some(rest) = iri.strip_prefix(base) {
        return rest.to_string();
    }
    vocab::PREFIXES
        .iter()
        .find_map(|(prefix, ns)| {
            let local = iri.strip_prefix(ns)?;
            (!local.is_empty() && local.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-')).then(|| format!("{prefix}:{local}"))
        })
        .unwrap_or_else(|| iri.to_string())
}

fn literal_html(l: &Literal) -> String {
    let mut out = esc(l.value());
    if let Some(lang) = l.language() {
        let _ = write!(out, r#" <span class="muted">@{}</span>"#, esc(lang));
    } else if l.datatype().as_str() != "http://www.w3.org/2001/XMLSchema#string" {
        let _ = write!(out, r#" <span class="muted">{}</span>"#, esc(&short_iri("", l.datatype().as_str())));
    }
    out
}

/// `text` (characters) with the spans `[begin, end)` wrapped in `<mark>`. Spans nest
/// (青禾镇 inside 青禾镇党委): the inner mark sits inside the outer one, and each piece
/// of text links to the innermost span around it that has a target, so that no link is
/// inside another. A span that crosses another (neither inside nor outside it) is left
/// out, as is one out of bounds.
fn highlight(text: &[char], spans: &[Span]) -> String {
    let mut sorted: Vec<&Span> = spans.iter().filter(|s| s.begin < s.end && s.end <= text.len()).collect();
    sorted.sort_by_key(|s| (s.begin, std::cmp::Reverse(s.end)));
    let mut out = String::new();
    render(text, 0, text.len(), &sorted, None, &mut out);
    out
}

/// Renders `text[from..to]` with `spans` (inside that range, sorted outer first).
fn render(text: &[char], from: usize, to: usize, spans: &[&Span], href: Option<&str>, out: &mut String) {
    let mut at = from;
    let mut i = 0;
    while i < spans.len() {
        let span = spans[i];
        if span.begin < at {
            i += 1; // crosses the span before it
            continue;
        }
        plain(&text[at..span.begin], href, out);
        let mut j = i + 1;
        while j < spans.len() && spans[j].begin < span.end {
            j += 1;
        }
        let inside: Vec<&Span> = spans[i + 1..j].iter().filter(|c| c.end <= span.end).copied().collect();
        out.push_str(&span.open());
        render(text, span.begin, span.end, &inside, span.href.as_deref().or(href), out);
        out.push_str("</mark>");
        at = span.end;
        i = j;
    }
    plain(&text[at..to], href, out);
}

fn plain(text: &[char], href: Option<&str>, out: &mut String) {
    if text.is_empty() {
        return;
    }
    let text = esc(&text.iter().collect::<String>());
    match href {
        Some(h) => {
            let _ = write!(out, r#"<a href="{}">{text}</a>"#, esc(h));
        }
        None => out.push_str(&text),
    }
}

/// A highlighted stretch of text.
struct Span {
    begin: usize,
    end: usize,
    id: Option<String>,
    href: Option<String>,
    title: Option<String>,
    class: &'static str,
}

impl Span {
    fn open(&self) -> String {
        let mut out = String::from("<mark");
        if let Some(id) = &self.id {
            let _ = write!(out, r#" id="{}""#, esc(id));
        }
        if !self.class.is_empty() {
            let _ = write!(out, r#" class="{}""#, self.class);
        }
        if let Some(t) = &self.title {
            let _ = write!(out, r#" title="{}""#, esc(t));
        }
        out.push('>');
        out
    }
}

// ---------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------

fn html_response(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    headers.insert(header::VARY, HeaderValue::from_static("Accept"));
    response
}

fn storage_error(e: StorageError) -> Response {
    super::text(StatusCode::INTERNAL_SERVER_ERROR, format!("cannot read the store: {e}"))
}

/// What a resource request wants.
#[derive(Debug, Clone, Copy, PartialEq)]
enum View {
    Html,
    Rdf(RdfFormat),
}

const RDF_OFFERS: &[(&str, RdfFormat)] = &[
    ("text/turtle", RdfFormat::Turtle),
    ("application/ld+json", RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() }),
    ("application/n-triples", RdfFormat::NTriples),
    ("application/rdf+xml", RdfFormat::RdfXml),
];

fn view(headers: &HeaderMap, format: Option<&str>) -> Option<View> {
    match format {
        Some("html") => return Some(View::Html),
        Some("turtle" | "ttl") => return Some(View::Rdf(RdfFormat::Turtle)),
        Some("jsonld" | "json-ld" | "json") => return Some(View::Rdf(RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() })),
        Some("ntriples" | "nt") => return Some(View::Rdf(RdfFormat::NTriples)),
        Some("rdfxml" | "xml") => return Some(View::Rdf(RdfFormat::RdfXml)),
        _ => {}
    }
    let accept = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok());
    let rdf_types: Vec<&str> = RDF_OFFERS.iter().map(|(m, _)| *m).collect();
    if negotiate::prefers_explicitly(accept, "text/html", &rdf_types)
        || negotiate::prefers_explicitly(accept, "application/xhtml+xml", &rdf_types)
    {
        return Some(View::Html);
    }
    negotiate::choose(accept, RDF_OFFERS).map(View::Rdf)
}

fn params(raw: Option<&str>) -> HashMap<String, String> {
    form_urlencoded::parse(raw.unwrap_or("").as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

/// `GET /id/{rest}`: the resource `{base}{rest}`.
pub(super) async fn by_path(State(state): State<AppState>, headers: HeaderMap, uri: Uri, RawQuery(raw): RawQuery) -> Response {
    let rest = uri.path().strip_prefix("/id/").unwrap_or("");
    let iri = format!("{}{}", state.0.config.base, path_decode(rest));
    let raw_iri = format!("{}{}", state.0.config.base, rest);
    resource(state, headers, vec![iri, raw_iri], params(raw.as_deref()).get("format").cloned()).await
}

/// `GET /doc/{id}`: the document `{base}doc/{id}`.
pub(super) async fn document_by_path(State(state): State<AppState>, headers: HeaderMap, uri: Uri, RawQuery(raw): RawQuery) -> Response {
    let rest = uri.path().strip_prefix("/doc/").unwrap_or("");
    let iri = format!("{}doc/{}", state.0.config.base, path_decode(rest));
    let raw_iri = format!("{}doc/{}", state.0.config.base, rest);
    resource(state, headers, vec![iri, raw_iri], params(raw.as_deref()).get("format").cloned()).await
}

/// `GET /describe?iri=…`: any IRI.
pub(super) async fn describe(State(state): State<AppState>, headers: HeaderMap, RawQuery(raw): RawQuery) -> Response {
    let params = params(raw.as_deref());
    let Some(iri) = params.get("iri").filter(|i| !i.is_empty()) else {
        return super::text(StatusCode::BAD_REQUEST, "give the IRI to describe: /describe?iri=…");
    };
    resource(state, headers, vec![iri.clone()], params.get("format").cloned()).await
}

/// The first of `candidates` the store knows, as HTML or RDF.
async fn resource(state: AppState, headers: HeaderMap, candidates: Vec<String>, format: Option<String>) -> Response {
    let Some(view) = view(&headers, format.as_deref()) else {
        let types: Vec<&str> = RDF_OFFERS.iter().map(|(m, _)| *m).collect();
        return super::text(StatusCode::NOT_ACCEPTABLE, format!("this resource is available as text/html, {}", types.join(", ")));
    };
    let base = state.0.config.base.clone();
    let outcome = state
        .blocking(super::Pool::Page, None, "page", move |store| -> R<Response> {
            let ctx = Ctx::new(store, &base);
            let mut found = None;
            for candidate in &candidates {
                if let Ok(iri) = NamedNode::new(candidate) {
                    if ctx.exists(&iri)? {
                        found = Some(iri);
                        break;
                    }
                }
            }
            let Some(iri) = found else {
                let shown = candidates.first().cloned().unwrap_or_default();
                return Ok(match view {
                    View::Html => html_response(
                        StatusCode::NOT_FOUND,
                        page("Not found", &format!("<h1>Not found</h1><p>The store says nothing about <code>{}</code>.</p>", esc(&shown))),
                    ),
                    View::Rdf(_) => super::text(StatusCode::NOT_FOUND, format!("the store says nothing about <{shown}>")),
                });
            };
            let document = ctx.is_a(&iri, &tpn(tp::DOCUMENT))?;
            Ok(match view {
                View::Html if document => html_response(StatusCode::OK, document_page(&ctx, &iri)?),
                View::Html => html_response(StatusCode::OK, resource_page(&ctx, &iri)?),
                View::Rdf(format) => {
                    let triples = if document && store.contains_named_graph(&iri)? { graph_triples(store, &iri)? } else { description(&ctx, &iri)? };
                    let mut writer = super::rdf_serializer(format).for_writer(Vec::new());
                    for t in &triples {
                        if let Err(e) = writer.serialize_triple(t) {
                            return Ok(super::text(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()));
                        }
                    }
                    match writer.finish() {
                        Ok(bytes) => super::ok(super::media_type(super::Representation::Rdf(format)), bytes),
                        Err(e) => super::text(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
                    }
                }
            })
        })
        .await;
    match outcome {
        Ok(Ok(response)) => response,
        Ok(Err(e)) => storage_error(e),
        Err(failure) => state.failure(failure),
    }
}

/// The triples of a named graph, sorted.
fn graph_triples(store: &Store, graph: &NamedNode) -> R<Vec<Triple>> {
    let mut triples: Vec<Triple> = store
        .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(graph.as_ref())))
        .map(|q| q.map(Triple::from))
        .collect::<R<_>>()?;
    triples.sort_by_cached_key(Triple::to_string);
    Ok(triples)
}

/// A CBD-like description: the triples about `iri` and the triples pointing at it, with
/// those about its figures (document-local nodes that stand for values), deduplicated
/// across graphs.
fn description(ctx: &Ctx<'_>, iri: &NamedNode) -> R<Vec<Triple>> {
    let mut triples = std::collections::HashSet::new();
    for q in ctx.quads(Some(iri), None, None, None)? {
        if q.predicate.as_str() == format!("{}{}", vocab::TP, tp::MEASURE) {
            if let Term::NamedNode(m) = &q.object {
                triples.extend(ctx.quads(Some(m), None, None, None)?.into_iter().map(Triple::from));
            }
        }
        triples.insert(Triple::from(q));
    }
    let term = Term::from(iri.clone());
    triples.extend(ctx.quads(None, None, Some(&term), None)?.into_iter().map(Triple::from));
    let mut triples: Vec<Triple> = triples.into_iter().collect();
    triples.sort_by_cached_key(|t| (t.subject != NamedOrBlankNode::from(iri.clone()), t.to_string()));
    Ok(triples)
}

// ---------------------------------------------------------------------------------------
// A resource (entity, post, class, figure…) as HTML
// ---------------------------------------------------------------------------------------

fn resource_page(ctx: &Ctx<'_>, iri: &NamedNode) -> R<String> {
    let term = Term::from(iri.clone());
    let title = ctx.label(&term)?;
    let mut body = String::new();
    let _ = write!(
        body,
        r#"<h1>{}</h1><p class="iri">{} · <a href="/describe?iri={q}&amp;format=turtle">Turtle</a> · <a href="/describe?iri={q}&amp;format=jsonld">JSON-LD</a></p>"#,
        esc(&title),
        esc(iri.as_str()),
        q = esc(&query_value(iri.as_str())),
    );

    let outgoing = ctx.quads(Some(iri), None, None, None)?;
    // a hub (a province named in every document) has many: the page shows the first ones
    let (incoming, _) = ctx.quads_capped(None, None, Some(&term), MAX_INCOMING)?;
    let is = |q: &Quad, p: &str| q.predicate.as_str() == p;
    let tp_is = |q: &Quad, local: &str| q.predicate.as_str().strip_prefix(vocab::TP) == Some(local);

    // names and classes
    let mut facts = String::new();
    let classes = uniq(outgoing.iter().filter(|q| is(q, RDF_TYPE)).map(|q| q.object.clone()));
    if !classes.is_empty() {
        let links: Vec<String> = classes
            .iter()
            .map(|c| {
                Ok(match c {
                    Term::NamedNode(n) => format!(r#"<a href="/search?class={}">{}</a>"#, esc(&query_value(n.as_str())), esc(&ctx.label(c)?)),
                    other => esc(&other.to_string()),
                })
            })
            .collect::<R<_>>()?;
        let _ = write!(facts, "<tr><th>class</th><td>{}</td></tr>", links.join(", "));
    }
    let labels = uniq(outgoing.iter().filter(|q| is(q, RDFS_LABEL)).map(|q| q.object.clone()));
    if labels.len() > 1 {
        let shown: Vec<String> = labels.iter().map(|l| ctx.link(l)).collect::<R<_>>()?;
        let _ = write!(facts, "<tr><th>labels</th><td>{}</td></tr>", shown.join(", "));
    }
    let alt = uniq(outgoing.iter().filter(|q| is(q, SKOS_ALT_LABEL)).map(|q| q.object.clone()));
    if !alt.is_empty() {
        let shown: Vec<String> = alt.iter().map(|l| ctx.link(l)).collect::<R<_>>()?;
        let _ = write!(facts, "<tr><th>other names</th><td>{}</td></tr>", shown.join(", "));
    }

    // the sections and what they take
    let section_predicates = [RDF_TYPE, RDFS_LABEL, SKOS_ALT_LABEL, SKOS_EXACT_MATCH, OWL_SAME_AS, ORG_HOLDS];
    let matches_tp = [tp::ADMIN_CODE, tp::ADMIN_LEVEL, tp::MEASURE];
    let mut literal_rows: BTreeSet<(String, String)> = BTreeSet::new();
    let mut out_rows: BTreeMap<String, (NamedNode, Term, Vec<GraphName>)> = BTreeMap::new();
    for q in &outgoing {
        if section_predicates.iter().any(|p| is(q, p))
            || matches_tp.iter().any(|l| tp_is(q, l))
            || q.predicate.as_str() == vocab::WIKIDATA_P442
        {
            continue;
        }
        match &q.object {
            Term::Literal(l) => {
                literal_rows.insert((q.predicate.as_str().to_string(), literal_html(l)));
            }
            o => {
                let row = out_rows.entry(format!("{} {o}", q.predicate)).or_insert_with(|| (q.predicate.clone(), o.clone(), Vec::new()));
                if !row.2.contains(&q.graph_name) {
                    row.2.push(q.graph_name.clone());
                }
            }
        }
    }
    for (p, value) in &literal_rows {
        let _ = write!(facts, "<tr><th>{}</th><td>{}</td></tr>", esc(&ctx.label(&Term::from(nn(p)))?), value);
    }
    if !facts.is_empty() {
        let _ = write!(body, "<table>{facts}</table>");
    }

    // relations, both ways, with where they are stated
    let skip_in = [ITS_TA_IDENT_REF, RDF_SUBJECT, RDF_OBJECT, ORG_POST_IN, ORG_HOLDS];
    let mut in_rows: BTreeMap<String, (NamedOrBlankNode, NamedNode, Vec<GraphName>)> = BTreeMap::new();
    for q in &incoming {
        if skip_in.iter().any(|p| is(q, p)) || tp_is(q, tp::MEASURE) || is(q, &format!("{NIF}referenceContext")) {
            continue;
        }
        let row = in_rows.entry(format!("{} {}", q.predicate, q.subject)).or_insert_with(|| (q.subject.clone(), q.predicate.clone(), Vec::new()));
        if !row.2.contains(&q.graph_name) {
            row.2.push(q.graph_name.clone());
        }
    }
    let evidence = evidence_of(ctx, iri)?;
    if !out_rows.is_empty() || !in_rows.is_empty() {
        body.push_str("<h2>Relations</h2><table class=\"relations\">");
        for (p, o, graphs) in out_rows.values().take(MAX_ROWS) {
            let sources = sources_html(ctx, graphs, &evidence, &(NamedOrBlankNode::from(iri.clone()), p.clone(), o.clone()))?;
            let _ = write!(
                body,
                "<tr><td>{}</td><td>→ {}</td><td>{}</td><td class=\"muted\">{}</td></tr>",
                esc(&title),
                esc(&ctx.label(&Term::from(p.clone()))?),
                ctx.link(o)?,
                sources
            );
        }
        for (s, p, graphs) in in_rows.values().take(MAX_ROWS) {
            let s_term = Term::from(s.clone());
            let sources = sources_html(ctx, graphs, &evidence, &(s.clone(), p.clone(), term.clone()))?;
            let _ = write!(
                body,
                "<tr><td>{}</td><td>→ {}</td><td>{}</td><td class=\"muted\">{}</td></tr>",
                ctx.link(&s_term)?,
                esc(&ctx.label(&Term::from(p.clone()))?),
                esc(&title),
                sources
            );
        }
        body.push_str("</table>");
        let more = out_rows.len().saturating_sub(MAX_ROWS) + in_rows.len().saturating_sub(MAX_ROWS);
        if more > 0 {
            let _ = write!(body, "<p class=\"muted\">… and {more} more (use SPARQL)</p>");
        }
    }

    body.push_str(&posts_html(ctx, iri, &outgoing, &incoming)?);
    body.push_str(&figures_html(ctx, &outgoing, false)?);
    body.push_str(&matches_html(ctx, &outgoing)?);
    body.push_str(&mentions_html(ctx, &term)?);
    Ok(page(&title, &body))
}

/// Evidence sentences of the reified statements about `iri`: (s, p, o) → (graph, sentence).
type Evidence = HashMap<(NamedOrBlankNode, NamedNode, Term), Vec<(GraphName, NamedNode)>>;

fn evidence_of(ctx: &Ctx<'_>, iri: &NamedNode) -> R<Evidence> {
    let mut out: Evidence = HashMap::new();
    let term = Term::from(iri.clone());
    let statements: Vec<Quad> = [RDF_SUBJECT, RDF_OBJECT]
        .iter()
        .map(|p| ctx.quads(None, Some(&nn(p)), Some(&term), None))
        .collect::<R<Vec<_>>>()?
        .into_iter()
        .flatten()
        .take(MAX_ROWS * 4)
        .collect();
    for st in statements {
        let NamedOrBlankNode::NamedNode(st_iri) = &st.subject else { continue };
        let g = Some(&st.graph_name);
        let get = |p: &str| -> R<Option<Term>> { Ok(ctx.quads(Some(st_iri), Some(&nn(p)), None, g)?.into_iter().next().map(|q| q.object)) };
        let (Some(Term::NamedNode(s)), Some(Term::NamedNode(p)), Some(o), Some(Term::NamedNode(sentence))) =
            (get(RDF_SUBJECT)?, get(RDF_PREDICATE)?, get(RDF_OBJECT)?, get(&format!("{}{}", vocab::TP, tp::EVIDENCE))?)
        else {
            continue;
        };
        out.entry((s.into(), p, o)).or_default().push((st.graph_name.clone(), sentence));
    }
    Ok(out)
}

/// Where a triple is stated: its documents (linked to the evidence sentence), the
/// background or links graph.
fn sources_html(ctx: &Ctx<'_>, graphs: &[GraphName], evidence: &Evidence, triple: &(NamedOrBlankNode, NamedNode, Term)) -> R<String> {
    let sentences = evidence.get(triple);
    let links: Vec<String> = graphs
        .iter()
        .take(5)
        .map(|g| {
            let fragment = sentences
                .and_then(|s| s.iter().find(|(sg, _)| sg == g))
                .and_then(|(_, sentence)| sentence.as_str().rsplit_once('#').map(|(_, f)| f.to_string()));
            ctx.source_link(g, fragment.as_deref())
        })
        .collect::<R<_>>()?;
    let more = if graphs.len() > 5 { format!(" +{}", graphs.len() - 5) } else { String::new() };
    Ok(format!("{}{more}", links.join(", ")))
}

/// Posts: those the resource holds (a person), those in it (an organisation).
fn posts_html(ctx: &Ctx<'_>, iri: &NamedNode, outgoing: &[Quad], incoming: &[Quad]) -> R<String> {
    let mut rows = BTreeSet::new();
    for q in outgoing.iter().filter(|q| q.predicate.as_str() == ORG_HOLDS) {
        let Term::NamedNode(post) = &q.object else { continue };
        let role = post_role(ctx, post)?;
        let org = match ctx.node(post, &nn(ORG_POST_IN))? {
            Some(org) => ctx.link(&org.into())?,
            None => String::new(),
        };
        rows.insert(format!("<tr><td>{}</td><td>{}</td><td>{org}</td></tr>", ctx.link(&Term::from(iri.clone()))?, role));
    }
    for q in incoming.iter().filter(|q| q.predicate.as_str() == ORG_POST_IN).take(MAX_ROWS) {
        let NamedOrBlankNode::NamedNode(post) = &q.subject else { continue };
        let role = post_role(ctx, post)?;
        let holders = ctx.quads(None, Some(&nn(ORG_HOLDS)), Some(&Term::from(post.clone())), None)?;
        let holders = uniq(holders.into_iter().map(|h| Term::from(h.subject)));
        for h in holders {
            rows.insert(format!("<tr><td>{}</td><td>{role}</td><td>{}</td></tr>", ctx.link(&h)?, ctx.link(&Term::from(iri.clone()))?));
        }
    }
    if rows.is_empty() {
        return Ok(String::new());
    }
    Ok(format!("<h2>Posts</h2><table><tr><th>person</th><th>post</th><th>in</th></tr>{}</table>", rows.into_iter().collect::<String>()))
}

fn post_role(ctx: &Ctx<'_>, post: &NamedNode) -> R<String> {
    let label = ctx.label(&Term::from(post.clone()))?;
    let role_text = ctx.literal(post, &tpn(tp::ROLE_TEXT))?.map(|l| l.value().to_string());
    let shown = match role_text {
        Some(t) if t != label => format!("{t} ({label})"),
        _ => label,
    };
    Ok(format!(r#"<a href="{}">{}</a>"#, esc(&href(ctx.base, post.as_str())), esc(&shown)))
}

/// Figures (`tp:measure`): quantity, value, unit, bound, qualifiers, and the sentence
/// they come from. `with_subject` adds the entity they are about (document pages).
fn figures_html(ctx: &Ctx<'_>, measures: &[Quad], with_subject: bool) -> R<String> {
    let mut rows = Vec::new();
    for q in measures.iter().filter(|q| q.predicate.as_str().strip_prefix(vocab::TP) == Some(tp::MEASURE)).take(MAX_ROWS) {
        let Term::NamedNode(m) = &q.object else { continue };
        let text = |p: NamedNode| -> R<String> { Ok(ctx.literal(m, &p)?.map(|l| l.value().to_string()).unwrap_or_default()) };
        let quantity = text(tpn(tp::QUANTITY))?;
        let value = text(nn(QUDT_NUMERIC_VALUE))?;
        let mut unit = text(tpn(tp::UNIT_TEXT))?;
        let per = text(tpn(tp::PER_UNIT))?;
        if !per.is_empty() {
            unit = format!("{unit}/{per}");
        }
        let mut notes: Vec<String> = Vec::new();
        if let Some(bound) = ctx.node(m, &tpn(tp::BOUND_PROP))? {
            notes.push(ctx.label(&bound.into())?);
        }
        for qualifier in ctx.objects(m, &tpn(tp::QUALIFIER))? {
            notes.push(ctx.label(&qualifier)?);
        }
        let valid = text(tpn(tp::VALID_AT_TEXT))?;
        if !valid.is_empty() {
            notes.push(valid);
        }
        if ctx.object(m, &tpn(tp::ESTIMATED))?.is_some() {
            notes.push("estimated".into());
        }
        let source = match ctx.node(m, &tpn(tp::EVIDENCE))? {
            Some(sentence) => {
                let fragment = sentence.as_str().rsplit_once('#').map(|(_, f)| f.to_string());
                ctx.source_link(&q.graph_name, fragment.as_deref())?
            }
            None => ctx.source_link(&q.graph_name, None)?,
        };
        let subject = if with_subject { format!("<td>{}</td>", ctx.link(&Term::from(q.subject.clone()))?) } else { String::new() };
        rows.push(format!(
            r#"<tr>{subject}<td><a href="{}">{}</a></td><td class="num">{}</td><td>{}</td><td>{}</td><td class="muted">{source}</td></tr>"#,
            esc(&href(ctx.base, m.as_str())),
            esc(&quantity),
            esc(&value),
            esc(&unit),
            esc(&notes.join(", ")),
        ));
    }
    if rows.is_empty() {
        return Ok(String::new());
    }
    let subject_head = if with_subject { "<th>about</th>" } else { "" };
    Ok(format!(
        "<h2>Figures</h2><table class=\"figures\"><tr>{subject_head}<th>quantity</th><th>value</th><th>unit</th><th></th><th>source</th></tr>{}</table>",
        rows.concat()
    ))
}

/// Division codes, level and the links to other datasets.
fn matches_html(ctx: &Ctx<'_>, outgoing: &[Quad]) -> R<String> {
    let mut rows = BTreeSet::new();
    for q in outgoing {
        let p = q.predicate.as_str();
        let row = if p == format!("{}{}", vocab::TP, tp::ADMIN_CODE) || p == vocab::WIKIDATA_P442 {
            let name = if p == vocab::WIKIDATA_P442 { "wdt:P442".to_string() } else { ctx.label(&Term::from(q.predicate.clone()))? };
            format!("<tr><th>{}</th><td>{}</td></tr>", esc(&name), ctx.link(&q.object)?)
        } else if p == format!("{}{}", vocab::TP, tp::ADMIN_LEVEL) {
            format!("<tr><th>{}</th><td>{}</td></tr>", esc(&ctx.label(&Term::from(q.predicate.clone()))?), ctx.link(&q.object)?)
        } else if p == SKOS_EXACT_MATCH || p == OWL_SAME_AS {
            let Term::NamedNode(other) = &q.object else { continue };
            format!(
                r#"<tr><th>{}</th><td><a href="{}" rel="external">{}</a> <span class="muted">(<a href="{}">here</a>)</span></td></tr>"#,
                if p == OWL_SAME_AS { "owl:sameAs" } else { "skos:exactMatch" },
                esc(other.as_str()),
                esc(other.as_str()),
                esc(&href(ctx.base, other.as_str())),
            )
        } else {
            continue;
        };
        rows.insert(row);
    }
    if rows.is_empty() {
        return Ok(String::new());
    }
    Ok(format!("<h2>Codes and matches</h2><table>{}</table>", rows.into_iter().collect::<String>()))
}

/// Every sentence that mentions `term`, the mentions marked, linked to their document.
fn mentions_html(ctx: &Ctx<'_>, term: &Term) -> R<String> {
    let (mentions, more) = ctx.quads_capped(None, Some(&nn(ITS_TA_IDENT_REF)), Some(term), MAX_ROWS * 2)?;
    if mentions.is_empty() {
        return Ok(String::new());
    }
    // sentence → (graph, begin, text, mention spans)
    let mut sentences: BTreeMap<(String, usize, NamedNode), (GraphName, String, Vec<(usize, usize, String)>)> = BTreeMap::new();
    for q in &mentions {
        let NamedOrBlankNode::NamedNode(m) = &q.subject else { continue };
        let (Some(begin), Some(end), Some(sentence)) =
            (ctx.int(m, &nif("beginIndex"))?, ctx.int(m, &nif("endIndex"))?, ctx.node(m, &nif("sentence"))?)
        else {
            continue;
        };
        let Some(s_begin) = ctx.int(&sentence, &nif("beginIndex"))? else { continue };
        let key = (q.graph_name.to_string(), s_begin, sentence.clone());
        if !sentences.contains_key(&key) {
            let text = ctx.literal(&sentence, &nif("anchorOf"))?.map(|l| l.value().to_string()).unwrap_or_default();
            sentences.insert(key.clone(), (q.graph_name.clone(), text, Vec::new()));
        }
        let fragment = m.as_str().rsplit_once('#').map_or(String::new(), |(_, f)| f.to_string());
        if let Some(entry) = sentences.get_mut(&key) {
            entry.2.push((begin.saturating_sub(s_begin), end.saturating_sub(s_begin), fragment));
        }
    }
    let mut body = format!("<h2>Mentions ({}{})</h2><ul class=\"sentences\">", mentions.len(), if more { "+" } else { "" });
    for ((_, _, _), (graph, text, spans)) in sentences.iter().take(MAX_ROWS) {
        let chars: Vec<char> = text.chars().collect();
        let spans: Vec<Span> = spans
            .iter()
            .map(|(b, e, fragment)| Span {
                begin: *b,
                end: *e,
                id: None,
                href: None,
                title: Some(fragment.clone()),
                class: "",
            })
            .collect();
        let first = spans.first().and_then(|s| s.title.clone());
        let _ = write!(body, "<li>{} <span class=\"muted\">— {}</span></li>", highlight(&chars, &spans), ctx.source_link(graph, first.as_deref())?);
    }
    body.push_str("</ul>");
    if sentences.len() > MAX_ROWS || more {
        body.push_str("<p class=\"muted\">… more mentions than shown (use SPARQL)</p>");
    }
    Ok(body)
}

// ---------------------------------------------------------------------------------------
// A document: its text with the mentions highlighted
// ---------------------------------------------------------------------------------------

fn document_page(ctx: &Ctx<'_>, doc: &NamedNode) -> R<String> {
    let graph = GraphName::NamedNode(doc.clone());
    let title = ctx.label(&Term::from(doc.clone()))?;
    let text = ctx.literal(doc, &nif("isString"))?.map(|l| l.value().to_string()).unwrap_or_default();
    let chars: Vec<char> = text.chars().collect();
    let mut body = format!(
        r#"<h1>{}</h1><p class="iri">{} · <a href="/describe?iri={q}&amp;format=turtle">Turtle</a> · <a href="/describe?iri={q}&amp;format=jsonld">JSON-LD</a></p><table>"#,
        esc(&title),
        esc(doc.as_str()),
        q = esc(&query_value(doc.as_str())),
    );
    for (name, p) in [("issued", DCT_ISSUED), ("publisher", DCT_PUBLISHER), ("source", DCT_SOURCE)] {
        if let Some(l) = ctx.literal(doc, &nn(p))? {
            let value = l.value();
            let shown = if value.starts_with("https://") || value.starts_with("http://") {
                format!(r#"<a href="{}" rel="external">{}</a>"#, esc(value), esc(value))
            } else {
                esc(value)
            };
            let _ = write!(body, "<tr><th>{name}</th><td>{shown}</td></tr>");
        }
    }
    if let Some(place) = ctx.node(doc, &tpn(tp::SUBJECT_PLACE))? {
        let _ = write!(body, "<tr><th>about</th><td>{}</td></tr>", ctx.link(&place.into())?);
    }
    body.push_str("</table>");

    // sentences (anchors for evidence links) and mentions (marked, linked to the entity)
    let mut sentences: Vec<(usize, usize, String)> = Vec::new();
    for q in ctx.quads(None, Some(&nn(RDF_TYPE)), Some(&Term::from(nif("Sentence"))), Some(&graph))? {
        let NamedOrBlankNode::NamedNode(s) = &q.subject else { continue };
        if let (Some(b), Some(e)) = (ctx.int(s, &nif("beginIndex"))?, ctx.int(s, &nif("endIndex"))?) {
            sentences.push((b, e, s.as_str().rsplit_once('#').map_or(String::new(), |(_, f)| f.to_string())));
        }
    }
    sentences.sort();
    let mut spans = Vec::new();
    let mut entities: BTreeMap<String, BTreeMap<(String, String), Term>> = BTreeMap::new();
    for q in ctx.quads(None, Some(&nn(ITS_TA_IDENT_REF)), None, Some(&graph))? {
        let NamedOrBlankNode::NamedNode(m) = &q.subject else { continue };
        let (Some(begin), Some(end)) = (ctx.int(m, &nif("beginIndex"))?, ctx.int(m, &nif("endIndex"))?) else { continue };
        // a mention that crosses a sentence boundary would break the nesting: left plain
        if sentences.iter().any(|(b, e, _)| (begin < *b && *b < end) || (begin < *e && *e < end)) {
            continue;
        }
        let label = ctx.label(&q.object)?;
        let class = match ctx.node(m, &nn("http://www.w3.org/2005/11/its/rdf#taClassRef"))? {
            Some(c) => ctx.label(&c.into())?,
            None => String::new(),
        };
        entities.entry(class.clone()).or_default().insert((label.clone(), q.object.to_string()), q.object.clone());
        let target = match &q.object {
            Term::NamedNode(n) => Some(href(ctx.base, n.as_str())),
            _ => None,
        };
        spans.push(Span {
            begin,
            end,
            id: m.as_str().rsplit_once('#').map(|(_, f)| f.to_string()),
            href: target,
            title: Some(if class.is_empty() { label } else { format!("{label} — {class}") }),
            class: "",
        });
    }
    body.push_str("<h2>Text</h2><div class=\"text\">");
    let mut at = 0;
    for (b, e, id) in &sentences {
        if *b < at || *e > chars.len() {
            continue;
        }
        body.push_str(&highlight_range(&chars, at, *b, &spans));
        let _ = write!(body, r#"<span id="{}">"#, esc(id));
        body.push_str(&highlight_range(&chars, *b, *e, &spans));
        body.push_str("</span>");
        at = *e;
    }
    body.push_str(&highlight_range(&chars, at, chars.len(), &spans));
    body.push_str("</div>");

    if !entities.is_empty() {
        body.push_str("<h2>Named in this document</h2><table>");
        for (class, members) in &entities {
            let links: Vec<String> = members.values().map(|t| ctx.link(t)).collect::<R<_>>()?;
            let _ = write!(body, "<tr><th>{}</th><td>{}</td></tr>", esc(class), links.join("、"));
        }
        body.push_str("</table>");
    }

    // relations stated in the document, with their sentence
    let mut relations = BTreeSet::new();
    for st in ctx.quads(None, Some(&nn(RDF_TYPE)), Some(&Term::from(nn("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement"))), Some(&graph))?.iter().take(MAX_ROWS) {
        let NamedOrBlankNode::NamedNode(st) = &st.subject else { continue };
        let (Some(s), Some(p), Some(o)) = (ctx.object(st, &nn(RDF_SUBJECT))?, ctx.node(st, &nn(RDF_PREDICATE))?, ctx.object(st, &nn(RDF_OBJECT))?) else {
            continue;
        };
        let sentence = ctx.node(st, &tpn(tp::EVIDENCE))?.and_then(|s| s.as_str().rsplit_once('#').map(|(_, f)| f.to_string()));
        let evidence = sentence.map(|f| format!(r##"<a href="#{}">sentence</a>"##, esc(&f))).unwrap_or_default();
        relations.insert(format!(
            "<tr><td>{}</td><td>→ {}</td><td>{}</td><td class=\"muted\">{evidence}</td></tr>",
            ctx.link(&s)?,
            esc(&ctx.label(&Term::from(p))?),
            ctx.link(&o)?
        ));
    }
    if !relations.is_empty() {
        let _ = write!(body, "<h2>Relations stated</h2><table>{}</table>", relations.into_iter().collect::<String>());
    }
    let measures = ctx.quads(None, Some(&tpn(tp::MEASURE)), None, Some(&graph))?;
    body.push_str(&figures_html(ctx, &measures, true)?);
    Ok(page(&title, &body))
}

/// The characters `[from, to)` with the spans that lie inside that range highlighted.
fn highlight_range(chars: &[char], from: usize, to: usize, spans: &[Span]) -> String {
    if from >= to {
        return String::new();
    }
    let inside: Vec<Span> = spans
        .iter()
        .filter(|s| s.begin >= from && s.end <= to)
        .map(|s| Span { begin: s.begin - from, end: s.end - from, id: s.id.clone(), href: s.href.clone(), title: s.title.clone(), class: s.class })
        .collect();
    highlight(&chars[from..to], &inside)
}

// ---------------------------------------------------------------------------------------
// Index and search
// ---------------------------------------------------------------------------------------

/// Classes whose members are documents' entities (listed first on the index).
fn is_entity_class(iri: &str) -> bool {
    crate::model::Class::ALL.iter().any(|c| iri.strip_prefix(vocab::TP) == Some(c.local_name()))
}

/// `GET /`: classes with counts, the latest documents, the search box.
pub(super) async fn index(State(state): State<AppState>) -> Response {
    let base = state.0.config.base.clone();
    let outcome = state
        .blocking(super::Pool::Page, None, "index page", move |store| -> Result<String, String> {
            let ctx = Ctx::new(store, &base);
            let counts = crate::store::query(store, "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c")
                .map_err(|e| e.to_string())?;
            let mut entity_rows = String::new();
            let mut other_rows = String::new();
            if let QueryResults::Solutions(solutions) = counts {
                for s in solutions {
                    let s = s.map_err(|e| e.to_string())?;
                    let (Some(Term::NamedNode(c)), Some(Term::Literal(n))) = (s.get("c"), s.get("n")) else { continue };
                    let row = format!(
                        r#"<tr><td><a href="/search?class={}">{}</a></td><td class="num">{}</td><td class="muted">{}</td></tr>"#,
                        esc(&query_value(c.as_str())),
                        esc(&ctx.label(&Term::from(c.clone())).map_err(|e| e.to_string())?),
                        esc(n.value()),
                        esc(&short_iri(&base, c.as_str())),
                    );
                    if is_entity_class(c.as_str()) { entity_rows.push_str(&row) } else { other_rows.push_str(&row) }
                }
            }
            let mut body = String::from("<h1>tupu 图谱</h1><p>A knowledge graph of local-government news: the places, organisations, projects, initiatives, people and events the articles name, how they relate, and the figures stated about them.</p>");
            let _ = write!(
                body,
                r#"<form action="/search" method="get"><input type="search" name="q" placeholder="名称 name" aria-label="name"> <button type="submit">Search</button></form>"#
            );
            if !entity_rows.is_empty() {
                let _ = write!(body, "<h2>Entities</h2><table>{entity_rows}</table>");
            }
            let docs = crate::store::query(
                store,
                "SELECT ?d ?t ?date WHERE { ?d a tp:Document OPTIONAL { ?d dcterms:title ?t } OPTIONAL { ?d dcterms:issued ?date } } ORDER BY DESC(?date) ?d LIMIT 50",
            )
            .map_err(|e| e.to_string())?;
            if let QueryResults::Solutions(solutions) = docs {
                let mut rows = String::new();
                for s in solutions {
                    let s = s.map_err(|e| e.to_string())?;
                    let Some(Term::NamedNode(d)) = s.get("d") else { continue };
                    let title = s.get("t").map(|t| match t { Term::Literal(l) => l.value().to_string(), o => o.to_string() }).unwrap_or_else(|| short_iri(&base, d.as_str()));
                    let date = s.get("date").map(|t| match t { Term::Literal(l) => l.value().to_string(), _ => String::new() }).unwrap_or_default();
                    let _ = write!(rows, r#"<tr><td class="muted">{}</td><td><a href="{}">{}</a></td></tr>"#, esc(&date), esc(&href(&base, d.as_str())), esc(&title));
                }
                if !rows.is_empty() {
                    let _ = write!(body, "<h2>Documents</h2><table>{rows}</table>");
                }
            }
            if !other_rows.is_empty() {
                let _ = write!(body, "<h2>Other resources</h2><table>{other_rows}</table>");
            }
            let _ = write!(
                body,
                r#"<h2>SPARQL</h2><p>Endpoint: <code>/query</code> (SPARQL 1.1 Protocol; the <code>tp:</code>, <code>rdfs:</code>, <code>skos:</code>, <code>nif:</code>… prefixes are predeclared, and the default graph is the union of all graphs). <a href="/query">Query form</a>.</p><pre>curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?p ?name WHERE {{ ?p a tp:Project ; rdfs:label ?name }}' http://HOST/query</pre>"#
            );
            Ok(page("tupu", &body))
        })
        .await;
    match outcome {
        Ok(Ok(body)) => html_response(StatusCode::OK, body),
        Ok(Err(e)) => super::text(StatusCode::INTERNAL_SERVER_ERROR, e),
        Err(failure) => state.failure(failure),
    }
}

/// `GET /search?q=&class=`: entities whose label or other name contains `q`, or the
/// members of `class`, or both.
pub(super) async fn search(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let params = params(raw.as_deref());
    let q = params.get("q").map(|q| q.trim().to_string()).unwrap_or_default();
    let class = params.get("class").filter(|c| !c.is_empty()).cloned();
    let base = state.0.config.base.clone();
    let outcome = state
        .blocking(super::Pool::Page, None, "search", move |store| -> R<String> {
            let ctx = Ctx::new(store, &base);
            let class = match class.as_deref().map(NamedNode::new) {
                Some(Ok(c)) => Some(c),
                Some(Err(_)) => return Ok(page("Search", "<h1>Search</h1><p>The class is not an IRI.</p>")),
                None => None,
            };
            // (rank, label, iri, matched other name)
            let mut hits: BTreeMap<NamedNode, (u8, String, Option<String>)> = BTreeMap::new();
            let needle = q.to_lowercase();
            let mut truncated = false;
            if !q.is_empty() {
                for p in [RDFS_LABEL, SKOS_ALT_LABEL] {
                    for quad in store.quads_for_pattern(None, Some(nn(p).as_ref()), None, None) {
                        let quad = quad?;
                        let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) = (&quad.subject, &quad.object) else { continue };
                        let value = l.value().to_lowercase();
                        if !value.contains(&needle) {
                            continue;
                        }
                        if let Some(c) = &class {
                            if !ctx.is_a(s, c)? {
                                continue;
                            }
                        }
                        let rank = if value == needle { 0 } else if value.starts_with(&needle) { 1 } else { 2 };
                        let other = (p == SKOS_ALT_LABEL).then(|| l.value().to_string());
                        let entry = hits.entry(s.clone()).or_insert((rank, String::new(), other.clone()));
                        if rank < entry.0 {
                            *entry = (rank, String::new(), other);
                        }
                        if hits.len() > 5000 {
                            truncated = true;
                            break;
                        }
                    }
                }
            } else if let Some(c) = &class {
                for quad in store.quads_for_pattern(None, Some(nn(RDF_TYPE).as_ref()), Some(c.as_ref().into()), None) {
                    if let NamedOrBlankNode::NamedNode(s) = quad?.subject {
                        hits.entry(s).or_insert((0, String::new(), None));
                        if hits.len() > 5000 {
                            truncated = true;
                            break;
                        }
                    }
                }
            }
            let mut ranked: Vec<(u8, usize, String, NamedNode, Option<String>)> = Vec::with_capacity(hits.len());
            for (iri, (rank, _, other)) in hits {
                let label = ctx.label(&Term::from(iri.clone()))?;
                ranked.push((rank, label.chars().count(), label, iri, other));
            }
            ranked.sort();
            let heading = match (&class, q.is_empty()) {
                (Some(c), true) => ctx.label(&Term::from(c.clone()))?,
                (Some(c), false) => format!("“{q}” · {}", ctx.label(&Term::from(c.clone()))?),
                (None, false) => format!("“{q}”"),
                (None, true) => "Search".to_string(),
            };
            let mut body = format!(
                r#"<h1>{}</h1><form action="/search" method="get"><input type="search" name="q" value="{}" aria-label="name">{}<button type="submit">Search</button></form>"#,
                esc(&heading),
                esc(&q),
                class.as_ref().map(|c| format!(r#"<input type="hidden" name="class" value="{}">"#, esc(c.as_str()))).unwrap_or_default(),
            );
            if q.is_empty() && class.is_none() {
                body.push_str("<p>Type a name, or part of one: 青禾, 社区, 产业园…</p>");
                return Ok(page("Search", &body));
            }
            let _ = write!(body, "<p class=\"muted\">{} found{}</p><ul class=\"hits\">", ranked.len(), if truncated { " (the first ones)" } else { "" });
            for (_, _, label, iri, other) in ranked.iter().take(MAX_ROWS) {
                let classes: Vec<String> = ctx
                    .objects(iri, &nn(RDF_TYPE))?
                    .iter()
                    .map(|c| ctx.label(c))
                    .collect::<R<_>>()?;
                let aka = other.as_ref().filter(|o| *o != label).map(|o| format!(" <span class=\"muted\">(also {})</span>", esc(o))).unwrap_or_default();
                let _ = write!(
                    body,
                    r#"<li><a href="{}">{}</a>{aka} <span class="muted">{}</span></li>"#,
                    esc(&href(&base, iri.as_str())),
                    esc(label),
                    esc(&classes.join(", ")),
                );
            }
            body.push_str("</ul>");
            if ranked.len() > MAX_ROWS {
                let _ = write!(body, "<p class=\"muted\">… {} more: narrow the search</p>", ranked.len() - MAX_ROWS);
            }
            Ok(page(&heading, &body))
        })
        .await;
    match outcome {
        Ok(Ok(body)) => html_response(StatusCode::OK, body),
        Ok(Err(e)) => storage_error(e),
        Err(failure) => state.failure(failure),
    }
}

// ---------------------------------------------------------------------------------------
// The query form and results as HTML
// ---------------------------------------------------------------------------------------

const EXAMPLE_QUERY: &str = "SELECT ?project ?name ?place WHERE {
  ?project a tp:Project ; rdfs:label ?name .
  OPTIONAL { ?project tp:locatedIn ?p . ?p rdfs:label ?place }
}
ORDER BY ?name
LIMIT 100";

/// `GET /query` without a query: a form for a browser, 400 for a program.
pub(super) fn query_form(headers: &HeaderMap) -> Response {
    let accept = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok());
    if !negotiate::prefers_explicitly(accept, "text/html", &["application/sparql-results+json"]) {
        return super::text(StatusCode::BAD_REQUEST, "no query: send it in the `query` parameter (SPARQL 1.1 Protocol)");
    }
    let body = format!(
        r#"<h1>SPARQL</h1><form action="/query" method="get"><textarea name="query" rows="12" aria-label="query">{}</textarea><p><button type="submit">Run</button></p></form><p class="muted">The <code>tp:</code>, <code>rdfs:</code>, <code>skos:</code>, <code>org:</code>, <code>nif:</code>, <code>qudt:</code>, <code>dcterms:</code> … prefixes are predeclared; the default graph is the union of all graphs. Programs get JSON, XML, CSV or TSV by their <code>Accept</code> header.</p>"#,
        esc(EXAMPLE_QUERY)
    );
    html_response(StatusCode::OK, page("SPARQL", &body))
}

fn term_html(base: &str, term: &Term) -> String {
    match term {
        Term::NamedNode(n) => format!(r#"<a href="{}">{}</a>"#, esc(&href(base, n.as_str())), esc(&short_iri(base, n.as_str()))),
        Term::Literal(l) => literal_html(l),
        other => esc(&other.to_string()),
    }
}

/// Query results as an HTML table (a browser on `/query`).
pub(super) fn results_html(results: QueryResults<'_>, out: &mut Capped, base: &str) -> Result<(), WriteError> {
    let mut body = String::new();
    match results {
        QueryResults::Boolean(value) => {
            let _ = write!(body, "<h1>{value}</h1>");
        }
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            body.push_str("<table class=\"results\"><tr>");
            for v in &variables {
                let _ = write!(body, "<th>{}</th>", esc(v.as_str()));
            }
            body.push_str("</tr>");
            let mut n = 0;
            for solution in solutions {
                let solution = solution?;
                body.push_str("<tr>");
                for v in &variables {
                    let _ = write!(body, "<td>{}</td>", solution.get(v).map(|t| term_html(base, t)).unwrap_or_default());
                }
                body.push_str("</tr>");
                n += 1;
                if body.len() > out.limit {
                    return Err(WriteError::Io(std::io::Error::other(super::TooLarge)));
                }
            }
            let _ = write!(body, "</table><p class=\"muted\">{n} row{}</p>", if n == 1 { "" } else { "s" });
        }
        QueryResults::Graph(triples) => {
            body.push_str("<table class=\"results\"><tr><th>subject</th><th>predicate</th><th>object</th></tr>");
            for t in triples {
                let t = t?;
                let _ = write!(
                    body,
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                    term_html(base, &Term::from(t.subject)),
                    term_html(base, &Term::from(t.predicate)),
                    term_html(base, &t.object)
                );
                if body.len() > out.limit {
                    return Err(WriteError::Io(std::io::Error::other(super::TooLarge)));
                }
            }
            body.push_str("</table>");
        }
    }
    out.write_all(page("Results", &body).as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlighting_marks_spans_and_escapes_the_rest() {
        let chars: Vec<char> = "在<b>青禾镇</b>举行".chars().collect();
        let spans = [Span { begin: 4, end: 7, id: Some("m4-7".into()), href: Some("/id/place/青禾镇".into()), title: None, class: "" }];
        assert_eq!(highlight(&chars, &spans), r#"在&lt;b&gt;<mark id="m4-7"><a href="/id/place/青禾镇">青禾镇</a></mark>&lt;/b&gt;举行"#);
    }

    #[test]
    fn nested_spans_nest_and_crossing_ones_are_left_out() {
        let chars: Vec<char> = "青禾镇党委书记".chars().collect();
        let span = |begin, end, href: &str| Span { begin, end, id: None, href: Some(href.into()), title: None, class: "" };
        assert_eq!(
            highlight(&chars, &[span(0, 3, "/p"), span(0, 5, "/o"), span(4, 6, "/x")]),
            r#"<mark><mark><a href="/p">青禾镇</a></mark><a href="/o">党委</a></mark>书记"#
        );
    }
}
