//! The knowledge graph on disk: an Oxigraph (RocksDB) store with one named graph per
//! document (stage `load`).
//!
//! A document's graph holds everything its text says, so re-building a document is
//! "clear its graph, insert the new quads": [`replace_documents`] does that for a whole
//! batch in one transaction, so the store is never half-written and building twice
//! gives the same store. Facts from background knowledge go to
//! [`vocab::BACKGROUND_GRAPH`], which is only ever added to (set semantics make that
//! idempotent). The ontology lives in [`vocab::ONTOLOGY_GRAPH`], replaced on each build
//! from the copy compiled into the binary, so a store always carries the vocabulary
//! its data was written with.
//!
//! Queries see the union of all graphs as their default graph (a query naming its own
//! dataset with `FROM` keeps it), and the ontology prefixes ([`vocab::PREFIXES`]) are
//! predeclared, so `SELECT ?p WHERE { ?p a tp:Project }` needs no `PREFIX` line.

use crate::model::{Class, Predicate};
use crate::vocab::{self, tp};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, NamedNodeRef, Quad, Term};
use oxigraph::sparql::{QueryEvaluationError, QueryResults, SparqlEvaluator, SparqlSyntaxError};
use oxigraph::store::{LoaderError, StorageError};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

pub use oxigraph::store::Store;

/// The ontology, compiled into the binary.
pub const ONTOLOGY_TTL: &str = include_str!("../ontology/tupu.ttl");

/// The relation properties, in the order statistics list them.
const RELATIONS: [Predicate; 5] = [
    Predicate::LocatedIn,
    Predicate::PartOf,
    Predicate::Implements,
    Predicate::Undertakes,
    Predicate::Participant,
];

/// A store cannot be opened, read or written.
///
/// Like oxigraph's errors, a wrapped error is the `source()`, not repeated in the message.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: not a tupu store: {reason}", path.display())]
    NotAStore { path: PathBuf, reason: &'static str },
    #[error("{}: no store here (`tupu build` creates one)", path.display())]
    Missing { path: PathBuf },
    #[error("{}: cannot open the store (is another tupu process using it?)", path.display())]
    Open { path: PathBuf, source: StorageError },
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("the built-in ontology cannot be loaded")]
    Ontology(#[from] LoaderError),
    #[error(transparent)]
    Query(#[from] QueryEvaluationError),
}

/// A SPARQL query is invalid or fails.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// The message says where, e.g. `invalid SPARQL query at 2:8: expected one of "}", …`.
    #[error("invalid SPARQL query {}", syntax_message(.0))]
    Syntax(SparqlSyntaxError),
    #[error(transparent)]
    Evaluation(#[from] QueryEvaluationError),
}

impl From<SparqlSyntaxError> for QueryError {
    fn from(e: SparqlSyntaxError) -> Self {
        QueryError::Syntax(e)
    }
}

/// The parser says `error at L:C: expected one of <tokens and character classes>`, the
/// classes spanning several lines: keep the position and the quoted tokens.
fn syntax_message(e: &SparqlSyntaxError) -> String {
    static QUOTED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#""(?:[^"\\]|\\.)*""#).expect("valid regex"));
    let msg = e.to_string();
    let Some((position, expected)) = msg.strip_prefix("error at ").and_then(|m| m.split_once(": expected "))
    else {
        return format!(": {msg}");
    };
    let tokens: Vec<&str> = QUOTED.find_iter(expected).map(|m| m.as_str()).collect();
    let others = QUOTED.replace_all(expected, "");
    let more = others.trim_start_matches("one of").contains(|c: char| c != ',' && !c.is_whitespace());
    match (tokens.len(), more) {
        (0, _) => format!("at {position}"),
        (1, false) => format!("at {position}: expected {}", tokens[0]),
        (_, false) => format!("at {position}: expected one of {}", tokens.join(", ")),
        (_, true) => format!("at {position}: expected one of {}, …", tokens.join(", ")),
    }
}

/// Opens the store at `path`, creating it (and the directory) when missing.
pub fn open(path: &Path) -> Result<Store, StoreError> {
    if !path.exists() {
        fs::create_dir_all(path).map_err(|e| StoreError::Open { path: path.into(), source: e.into() })?;
    }
    open_existing(path)
}

/// Opens the store at `path`, which must exist (for reading: a mistyped path should
/// not leave an empty store behind).
pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
    let not_a_store = |reason| StoreError::NotAStore { path: path.into(), reason };
    if !path.exists() {
        return Err(StoreError::Missing { path: path.into() });
    }
    if !path.is_dir() {
        return Err(not_a_store("it is not a directory"));
    }
    let is_empty = fs::read_dir(path)
        .map_err(|e| StoreError::Open { path: path.into(), source: e.into() })?
        .next()
        .is_none();
    // every RocksDB database has a CURRENT file; don't turn someone's folder into one
    if !is_empty && !path.join("CURRENT").is_file() {
        return Err(not_a_store("the directory is not empty and holds no database"));
    }
    Store::open(path).map_err(|source| StoreError::Open { path: path.into(), source })
}

/// Replaces the ontology graph with the ontology compiled into the binary.
pub fn load_ontology(store: &Store) -> Result<(), StoreError> {
    let graph = NamedNodeRef::new_unchecked(vocab::ONTOLOGY_GRAPH);
    let mut tx = store.start_transaction()?;
    tx.clear_graph(graph)?;
    tx.load_from_slice(RdfParser::from_format(RdfFormat::Turtle).with_default_graph(graph), ONTOLOGY_TTL)?;
    tx.commit()?;
    Ok(())
}

/// Writes a batch of documents in one transaction: each document graph is cleared and
/// filled with its quads. Quads in other graphs (the background graph) are added.
pub fn replace_documents(store: &Store, batch: &[(NamedNode, Vec<Quad>)]) -> Result<(), StoreError> {
    let mut tx = store.start_transaction()?;
    for (graph, _) in batch {
        tx.clear_graph(graph.as_ref())?;
    }
    for (_, quads) in batch {
        tx.extend(quads);
    }
    tx.commit()?;
    Ok(())
}

/// Bulk loader memory per batch: its default (2 GB per thread) would let a large batch
/// spill the machine's memory; this is enough for batches of [`BATCH_QUADS`].
const BULK_MEGABYTES: usize = 256;

/// Quads of a batch written with the bulk loader. Each commit ingests a set of SST
/// files into RocksDB: fewer, larger batches load faster and leave less to compact;
/// smaller ones hold less memory. The README (Real corpora at scale) has the measurements.
pub const BATCH_QUADS: usize = 28_000;

/// What [`load_documents`] did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Loaded {
    pub documents: usize,
    /// Documents that were already in the store with other quads: their graphs were replaced.
    pub replaced: usize,
    /// Documents that were already in the store with the same quads: left as they were.
    pub unchanged: usize,
    /// Quads handed to the bulk loader (duplicates across documents counted).
    pub quads: usize,
}

impl std::ops::AddAssign for Loaded {
    fn add_assign(&mut self, other: Loaded) {
        self.documents += other.documents;
        self.replaced += other.replaced;
        self.unchanged += other.unchanged;
        self.quads += other.quads;
    }
}

/// Documents with their quads, as [`load_documents`] takes them.
pub type Batch = Vec<(NamedNode, Vec<Quad>)>;

/// Quads a loader thread bulk-loads before it commits them (see [`DocumentLoader`]).
pub const COMMIT_QUADS: usize = 300_000;

/// Writes documents to a store batch by batch, in the background:
/// [`DocumentLoader::add`] gathers documents until a batch holds [`BATCH_QUADS`] quads
/// and hands it to a loader thread (or, with none, writes it itself with
/// [`load_documents`]).
///
/// A loader thread turns each batch into sorted SST files at once (so memory holds a
/// few batches, whatever the corpus) but commits them, ingesting them into RocksDB in
/// one atomic step, only once it holds about `commit_quads` quads: every commit is
/// followed by a compaction that merges what it brought with what the store had, so
/// fewer, larger commits merge less (measured in the README, Benchmark). A process
/// killed between commits leaves the store as the last commit left it; running the
/// same build again writes what is missing ([`load_documents`] says how).
///
/// Batches are independent (a run never has two documents with the same graph, and
/// the background graph is only added to), so several loader threads may commit in
/// any order and the store ends the same.
pub struct DocumentLoader {
    batch: Batch,
    batch_quads: usize,
    max_quads: usize,
    sender: Option<std::sync::mpsc::SyncSender<Batch>>,
    threads: Vec<std::thread::JoinHandle<Result<Loaded, StoreError>>>,
    /// With no loader thread: the store, what was written, and the callback.
    inline: Option<(Store, Loaded, OnCommit)>,
}

type OnCommit = std::sync::Arc<dyn Fn(&Loaded, std::time::Duration) + Send + Sync>;

impl DocumentLoader {
    /// `threads` loader threads, each committing every `commit_quads` quads or so; with
    /// 0 threads, [`DocumentLoader::add`] writes and commits each batch itself (one
    /// thread does everything: what `--jobs 1` means). `on_commit` is called after each
    /// commit with what it wrote and how long it took.
    pub fn new(
        store: &Store,
        threads: usize,
        max_quads: usize,
        commit_quads: usize,
        on_commit: impl Fn(&Loaded, std::time::Duration) + Send + Sync + 'static,
    ) -> Self {
        let on_commit: OnCommit = std::sync::Arc::new(on_commit);
        if threads == 0 {
            return DocumentLoader {
                batch: Vec::new(),
                batch_quads: 0,
                max_quads: max_quads.max(1),
                sender: None,
                threads: Vec::new(),
                inline: Some((store.clone(), Loaded::default(), on_commit)),
            };
        }
        let (sender, receiver) = std::sync::mpsc::sync_channel::<Batch>(0);
        let receiver = std::sync::Arc::new(std::sync::Mutex::new(receiver));
        let threads = (0..threads)
            .map(|i| {
                let (store, receiver, on_commit) = (store.clone(), receiver.clone(), on_commit.clone());
                std::thread::Builder::new()
                    .name(format!("tupu-loader-{i}"))
                    .spawn(move || {
                        let batches = std::iter::from_fn(|| receiver.lock().ok()?.recv().ok());
                        load_batches(&store, batches, commit_quads, &*on_commit)
                    })
                    .expect("a thread can be started")
            })
            .collect();
        DocumentLoader {
            batch: Vec::new(),
            batch_quads: 0,
            max_quads: max_quads.max(1),
            sender: Some(sender),
            threads,
            inline: None,
        }
    }

    /// Adds a document; hands the batch to a loader thread when it is full (waiting
    /// for one to be free). An error is one of a loader thread, which has stopped.
    pub fn add(&mut self, graph: NamedNode, quads: Vec<Quad>) -> Result<(), StoreError> {
        self.batch_quads += quads.len();
        self.batch.push((graph, quads));
        if self.batch_quads >= self.max_quads {
            self.send()?;
        }
        Ok(())
    }

    fn send(&mut self) -> Result<(), StoreError> {
        self.batch_quads = 0;
        let batch = std::mem::take(&mut self.batch);
        if let Some((store, total, on_commit)) = &mut self.inline {
            let start = std::time::Instant::now();
            let loaded = load_documents(store, batch)?;
            on_commit(&loaded, start.elapsed());
            *total += loaded;
            return Ok(());
        }
        let sent = self.sender.as_ref().map(|s| s.send(batch));
        if let Some(Err(_)) = sent {
            // every loader thread has stopped: the first error says why
            self.sender = None;
            return self.join().map(|_| ());
        }
        Ok(())
    }

    /// Writes what is left and waits for every batch to be committed.
    pub fn finish(mut self) -> Result<Loaded, StoreError> {
        if !self.batch.is_empty() {
            self.send()?;
        }
        self.join()
    }

    fn join(&mut self) -> Result<Loaded, StoreError> {
        self.sender = None;
        let mut total = self.inline.as_ref().map_or_else(Loaded::default, |(_, total, _)| *total);
        let mut first_error = None;
        for thread in self.threads.drain(..) {
            match thread.join() {
                Ok(Ok(loaded)) => total += loaded,
                Ok(Err(e)) => first_error = first_error.or(Some(e)),
                Err(_) => first_error = first_error.or(Some(StoreError::Storage(StorageError::Other("a loader thread panicked".into())))),
            }
        }
        match first_error {
            Some(e) => Err(e),
            None => Ok(total),
        }
    }
}

impl Drop for DocumentLoader {
    fn drop(&mut self) {
        let _ = self.join();
    }
}

/// Quads removed per transaction when documents are replaced: a transaction holds its
/// writes in memory until it commits.
const REMOVALS_PER_TRANSACTION: usize = 20_000;

/// Writes a batch of whole documents with the bulk loader, the fast path for large
/// loads (see the module docs for the one-transaction [`replace_documents`]).
///
/// A document already in the store (its graph exists) with exactly the same quads is
/// left as it is: building a corpus again, or again after an interrupted build,
/// writes only what is new or changed. The bulk loader only adds, so a document that
/// changed has its graph removed first (in transactions of a bounded size); then all
/// the batch's new quads are written to SST files and ingested in one atomic commit.
/// After a crash or a kill the store holds every batch committed before it, whole,
/// and none of the batch being written (documents whose old graphs were removed for
/// it are missing): running the same build again adds or replaces each document and
/// ends with the same store.
pub fn load_documents(store: &Store, batch: Vec<(NamedNode, Vec<Quad>)>) -> Result<Loaded, StoreError> {
    load_batches(store, [batch], usize::MAX, &|_, _| {})
}

/// Writes batches like [`load_documents`], but with one bulk load for many batches:
/// each batch is turned into SST files as it comes, and they are committed together
/// once they hold `commit_quads` quads (or at once when the batch replaced documents),
/// and at the end. `on_commit` hears of each commit.
pub fn load_batches(
    store: &Store,
    batches: impl IntoIterator<Item = Batch>,
    commit_quads: usize,
    on_commit: &dyn Fn(&Loaded, std::time::Duration),
) -> Result<Loaded, StoreError> {
    let mut total = Loaded::default();
    let mut pending = Loaded::default();
    let mut started = std::time::Instant::now();
    let mut loader = bulk_loader(store);
    for batch in batches {
        let (loaded, to_load) = make_room(store, batch)?;
        if loaded.quads > 0 {
            loader.load_quads(to_load.into_iter().flatten())?;
        }
        pending += loaded;
        // removals wait in RocksDB's write buffers until an ingestion flushes them: a batch
        // that replaced documents is committed at once, so they never pile up
        if pending.quads >= commit_quads || loaded.replaced > 0 {
            std::mem::replace(&mut loader, bulk_loader(store)).commit()?;
            on_commit(&pending, started.elapsed());
            total += std::mem::take(&mut pending);
            started = std::time::Instant::now();
        }
    }
    loader.commit()?;
    if pending.documents > 0 {
        on_commit(&pending, started.elapsed());
    }
    total += pending;
    Ok(total)
}

/// A bulk loader writing on one thread, in pieces of at most ~[`BULK_MEGABYTES`] k quads
/// (a larger batch is written in several pieces, committed together): the default
/// (2 GB per thread) would let a large batch spill the machine's memory.
fn bulk_loader(store: &Store) -> oxigraph::store::BulkLoader<'_> {
    store.bulk_loader().with_num_threads(1).with_max_memory_size_in_megabytes(BULK_MEGABYTES)
}

/// Gets a batch ready for the bulk loader, which only adds: documents already in the
/// store with the same quads are left out (counted as unchanged), those with other
/// quads have their graphs removed (counted as replaced). Gives what is left to load.
fn make_room(store: &Store, batch: Vec<(NamedNode, Vec<Quad>)>) -> Result<(Loaded, Vec<Vec<Quad>>), StoreError> {
    let mut loaded = Loaded { documents: batch.len(), ..Loaded::default() };
    let mut to_load = Vec::with_capacity(batch.len());
    let mut to_remove = Vec::new();
    for (graph, quads) in batch {
        if store.contains_named_graph(graph.as_ref())? {
            let name = GraphName::NamedNode(graph.clone());
            let own: HashSet<&Quad> = quads.iter().filter(|q| q.graph_name == name).collect();
            // counting and looking up keys is cheap; reading the quads back (decoding
            // their strings) would cost as much as writing them
            let stored = graph_size(store, &graph)?;
            if own.len() == stored && own.iter().try_fold(true, |same, q| Ok::<_, StorageError>(same && store.contains(*q)?))? {
                loaded.unchanged += 1;
                continue;
            }
            loaded.replaced += 1;
            to_remove.push((graph, stored));
        }
        to_load.push(quads);
    }
    let mut removed = 0;
    let mut tx = store.start_transaction()?;
    for (graph, size) in &to_remove {
        if removed > 0 && removed + size > REMOVALS_PER_TRANSACTION {
            tx.commit()?;
            tx = store.start_transaction()?;
            removed = 0;
        }
        tx.remove_named_graph(graph.as_ref())?;
        removed += size;
    }
    tx.commit()?;
    loaded.quads = to_load.iter().map(Vec::len).sum();
    Ok((loaded, to_load))
}

/// The number of quads in a named graph.
fn graph_size(store: &Store, graph: &NamedNode) -> Result<usize, StoreError> {
    let q = format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{}> {{ ?s ?p ?o }} }}", graph.as_str());
    Ok(count(store, &q)? as usize)
}

/// Removes the SST files a bulk load left in the store directory when its process
/// was killed before it could clean up (`bulk-*.sst`; RocksDB ingests copies or links,
/// so they are never part of the database). Call it right after opening the store,
/// which locks it against other processes.
pub fn remove_stale_bulk_files(path: &Path) -> std::io::Result<usize> {
    let mut removed = 0;
    for entry in fs::read_dir(path)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Runs a SPARQL query over the union of all graphs, with the ontology prefixes declared.
pub fn query(store: &Store, query: &str) -> Result<QueryResults<'static>, QueryError> {
    let evaluator = vocab::PREFIXES.iter().fold(SparqlEvaluator::new(), |e, (name, iri)| {
        e.with_prefix(*name, *iri).expect("the vocabulary namespaces are valid IRIs")
    });
    let mut prepared = evaluator.parse_query(query)?;
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    Ok(prepared.on_store(store).execute()?)
}

/// What a store holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    pub documents: u64,
    /// Distinct entities of each class, classes without entities left out.
    pub entities: Vec<(Class, u64)>,
    /// Distinct relation triples of each property, properties without any left out.
    pub relations: Vec<(Predicate, u64)>,
    pub mentions: u64,
    /// Quads in all graphs, the ontology included.
    pub quads: u64,
}

/// Counts what the store holds.
pub fn stats(store: &Store) -> Result<Stats, StoreError> {
    Ok(Stats {
        documents: count(store, &format!("SELECT (COUNT(DISTINCT ?d) AS ?n) {{ ?d a tp:{} }}", tp::DOCUMENT))?,
        entities: count_each(store, &Class::ALL, Class::local_name, |classes| {
            format!("SELECT ?k (COUNT(DISTINCT ?e) AS ?n) {{ VALUES ?k {{ {classes} }} ?e a ?k }} GROUP BY ?k")
        })?,
        relations: count_each(store, &RELATIONS, Predicate::local_name, |properties| {
            format!(
                "SELECT ?k (COUNT(*) AS ?n) \
                 {{ SELECT DISTINCT ?s ?k ?o {{ VALUES ?k {{ {properties} }} ?s ?k ?o }} }} GROUP BY ?k"
            )
        })?,
        mentions: count(store, "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a nif:Phrase }")?,
        quads: store.len()? as u64,
    })
}

/// A count for each of `terms` (`tp:` local names), zeros left out: `query` gets the
/// terms as the content of a `VALUES ?k` block and gives `?k ?n` rows.
fn count_each<T: Copy>(
    store: &Store,
    terms: &[T],
    local_name: fn(T) -> &'static str,
    query: impl Fn(&str) -> String,
) -> Result<Vec<(T, u64)>, StoreError> {
    let values: Vec<String> = terms.iter().map(|t| format!("tp:{}", local_name(*t))).collect();
    let counts: HashMap<String, u64> = solutions(store, &query(&values.join(" ")))?
        .into_iter()
        .filter_map(|(k, n)| match k {
            Some(Term::NamedNode(k)) => Some((k.into_string(), n)),
            _ => None,
        })
        .collect();
    Ok(terms
        .iter()
        .filter_map(|t| counts.get(&format!("{}{}", vocab::TP, local_name(*t))).map(|n| (*t, *n)))
        .filter(|(_, n)| *n > 0)
        .collect())
}

/// The `?n` of a single-row count.
fn count(store: &Store, q: &str) -> Result<u64, StoreError> {
    Ok(solutions(store, q)?.first().map_or(0, |(_, n)| *n))
}

/// `(?k, ?n)` of each solution; `?n` must be an integer.
fn solutions(store: &Store, q: &str) -> Result<Vec<(Option<Term>, u64)>, StoreError> {
    let QueryResults::Solutions(solutions) = query(store, q).map_err(internal_query)? else {
        unreachable!("a SELECT query gives solutions")
    };
    solutions
        .map(|s| {
            let s = s?;
            let n = match s.get("n") {
                Some(Term::Literal(l)) => l.value().parse().unwrap_or(0),
                _ => 0,
            };
            Ok((s.get("k").cloned(), n))
        })
        .collect()
}

/// The statistics queries are fixed: a syntax error in them is a bug.
fn internal_query(e: QueryError) -> StoreError {
    match e {
        QueryError::Syntax(e) => panic!("invalid statistics query: {e}"),
        QueryError::Evaluation(e) => e.into(),
    }
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rows = [("documents", self.documents), ("mentions", self.mentions), ("quads", self.quads)];
        let named = |local: &str| format!("tp:{local}");
        let entity_rows: Vec<_> = self.entities.iter().map(|(c, n)| (named(c.local_name()), *n)).collect();
        let relation_rows: Vec<_> = self.relations.iter().map(|(p, n)| (named(p.local_name()), *n)).collect();
        let width = entity_rows.iter().chain(&relation_rows).map(|(k, _)| k.len() + 2).chain([9]).max().unwrap_or(0);
        for (name, n) in rows {
            writeln!(f, "{name:<width$}  {n:>8}")?;
        }
        for (title, section) in [("entities", &entity_rows), ("relations", &relation_rows)] {
            let total: u64 = section.iter().map(|(_, n)| n).sum();
            writeln!(f, "{title:<width$}  {total:>8}")?;
            for (name, n) in section {
                writeln!(f, "  {name:<w$}  {n:>8}", w = width - 2)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{GraphName, GraphNameRef, Literal};

    fn tp_node(local: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{local}", vocab::TP))
    }

    fn doc(id: &str, labels: &[&str]) -> (NamedNode, Vec<Quad>) {
        let g = NamedNode::new_unchecked(format!("{}doc/{id}", vocab::DEFAULT_BASE));
        let rdf_type = NamedNode::new_unchecked(format!("{}type", vocab::RDF));
        let label = NamedNode::new_unchecked(format!("{}label", vocab::RDFS));
        let mut quads = vec![Quad::new(g.clone(), rdf_type.clone(), tp_node(tp::DOCUMENT), g.clone())];
        for l in labels {
            let e = NamedNode::new_unchecked(format!("{}place/{l}", vocab::DEFAULT_BASE));
            quads.push(Quad::new(e.clone(), rdf_type.clone(), tp_node(tp::COMMUNITY), g.clone()));
            quads.push(Quad::new(e.clone(), label.clone(), Literal::new_simple_literal(*l), g.clone()));
            quads.push(Quad::new(
                e,
                tp_node(tp::LOCATED_IN),
                NamedNode::new_unchecked(format!("{}place/青禾镇", vocab::DEFAULT_BASE)),
                NamedNode::new_unchecked(vocab::BACKGROUND_GRAPH),
            ));
        }
        (g, quads)
    }

    fn ask(store: &Store, q: &str) -> bool {
        matches!(query(store, q).unwrap(), QueryResults::Boolean(true))
    }

    #[test]
    fn rebuilding_a_document_replaces_exactly_its_graph() {
        let store = Store::new().unwrap();
        replace_documents(&store, &[doc("a", &["星澜社区", "云栖社区"]), doc("b", &["星澜社区"])]).unwrap();
        let before = store.len().unwrap();
        replace_documents(&store, &[doc("a", &["星澜社区", "云栖社区"])]).unwrap();
        assert_eq!(store.len().unwrap(), before);

        replace_documents(&store, &[doc("a", &["云栖社区"])]).unwrap();
        assert!(!ask(&store, "ASK { GRAPH <https://w3id.org/tupu/id/doc/a> { ?e rdfs:label \"星澜社区\" } }"));
        assert!(ask(&store, "ASK { GRAPH <https://w3id.org/tupu/id/doc/b> { ?e rdfs:label \"星澜社区\" } }"));
        // background facts stay: they do not belong to one document
        assert!(ask(&store, "ASK { GRAPH <https://w3id.org/tupu/graph/background> { <https://w3id.org/tupu/id/place/星澜社区> tp:locatedIn ?t } }"));
    }

    #[test]
    fn batches_committed_together_or_apart_give_the_same_store() {
        let batches = || vec![vec![doc("a", &["星澜社区", "云栖社区"])], vec![doc("b", &["星澜社区"])], vec![doc("c", &["云栖社区"])]];
        let dir = tempfile::tempdir().unwrap();
        let mut stores = Vec::new();
        for (name, commit_quads, commits) in [("apart", 1, 3), ("together", usize::MAX, 1)] {
            let store = open(&dir.path().join(name)).unwrap();
            let seen = std::sync::Mutex::new(Vec::new());
            let loaded = load_batches(&store, batches(), commit_quads, &|l, _| seen.lock().unwrap().push(l.documents)).unwrap();
            assert_eq!((loaded.documents, loaded.replaced, loaded.unchanged), (3, 0, 0), "{name}");
            // each commit reports what it wrote; together they wrote everything
            let seen = seen.into_inner().unwrap();
            assert_eq!((seen.len(), seen.iter().sum::<usize>()), (commits, 3), "{name}: {seen:?}");
            assert_eq!(remove_stale_bulk_files(&dir.path().join(name)).unwrap(), 0, "{name}: no SST file left behind");
            stores.push(store);
        }
        let reference = Store::new().unwrap();
        replace_documents(&reference, &batches().concat()).unwrap();
        for store in &stores {
            assert_eq!(store.len().unwrap(), reference.len().unwrap());
        }
        // a second pass over the same batches writes nothing; a changed document is replaced
        let again = load_batches(&stores[1], batches(), usize::MAX, &|_, _| {}).unwrap();
        assert_eq!((again.unchanged, again.quads), (3, 0));
        let changed = load_batches(&stores[1], vec![vec![doc("c", &["星澜社区"])]], 1, &|_, _| {}).unwrap();
        assert_eq!((changed.replaced, changed.unchanged), (1, 0));
        assert!(!ask(&stores[1], "ASK { GRAPH <https://w3id.org/tupu/id/doc/c> { ?e rdfs:label \"云栖社区\" } }"));
        assert!(ask(&stores[1], "ASK { GRAPH <https://w3id.org/tupu/id/doc/c> { ?e rdfs:label \"星澜社区\" } }"));
    }

    #[test]
    fn bulk_loading_replaces_documents_like_a_transaction() {
        let dir = tempfile::tempdir().unwrap();
        let store = open(&dir.path().join("store")).unwrap();
        let loaded = load_documents(&store, vec![doc("a", &["星澜社区", "云栖社区"]), doc("b", &["星澜社区"])]).unwrap();
        assert_eq!((loaded.documents, loaded.replaced), (2, 0));
        let before = store.len().unwrap();
        let again = load_documents(&store, vec![doc("a", &["星澜社区", "云栖社区"])]).unwrap();
        assert_eq!((again.replaced, again.unchanged, again.quads), (0, 1, 0));
        assert_eq!(store.len().unwrap(), before);
        let changed = load_documents(&store, vec![doc("a", &["云栖社区"])]).unwrap();
        assert_eq!((changed.replaced, changed.unchanged), (1, 0));
        assert!(!ask(&store, "ASK { GRAPH <https://w3id.org/tupu/id/doc/a> { ?e rdfs:label \"星澜社区\" } }"));
        assert!(ask(&store, "ASK { GRAPH <https://w3id.org/tupu/id/doc/b> { ?e rdfs:label \"星澜社区\" } }"));

        let reference = Store::new().unwrap();
        replace_documents(&reference, &[doc("a", &["云栖社区"]), doc("b", &["星澜社区"])]).unwrap();
        assert_eq!(store.len().unwrap(), reference.len().unwrap());
        assert_eq!(remove_stale_bulk_files(&dir.path().join("store")).unwrap(), 0);
    }

    #[test]
    fn queries_see_the_union_of_graphs_unless_they_name_a_dataset() {
        let store = Store::new().unwrap();
        replace_documents(&store, &[doc("a", &["星澜社区"])]).unwrap();
        assert!(ask(&store, "ASK { ?d a tp:Document }"));
        assert!(!ask(&store, "ASK FROM <https://w3id.org/tupu/graph/background> { ?d a tp:Document }"));
        assert!(ask(&store, "PREFIX tp: <http://example.org/> ASK { FILTER(tp:x = <http://example.org/x>) }"));
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let store = Store::new().unwrap();
        let Err(err) = query(&store, "SELECT ?x WHERE {\n  ?x a tp:Project") else {
            panic!("the query is invalid")
        };
        let msg = err.to_string();
        assert!(matches!(err, QueryError::Syntax(_)));
        assert!(msg.starts_with("invalid SPARQL query at 2:18: expected one of "), "{msg}");
        assert!(msg.contains("\"}\""), "{msg}");
        assert!(!msg.contains('\n') && !msg.contains('['), "{msg}");
    }

    #[test]
    fn stats_count_documents_entities_relations_and_quads() {
        let store = Store::new().unwrap();
        replace_documents(&store, &[doc("a", &["星澜社区", "云栖社区"]), doc("b", &["星澜社区"])]).unwrap();
        let stats = stats(&store).unwrap();
        assert_eq!(stats.documents, 2);
        assert_eq!(stats.entities, vec![(Class::Community, 2)]);
        assert_eq!(stats.relations, vec![(Predicate::LocatedIn, 2)]);
        assert_eq!(stats.mentions, 0);
        assert_eq!(stats.quads, store.len().unwrap() as u64);
        let shown = stats.to_string();
        assert!(shown.contains("tp:Community"), "{shown}");
        assert!(shown.contains("tp:locatedIn"), "{shown}");
    }

    #[test]
    fn the_ontology_loads_into_its_graph_and_is_replaced_each_time() {
        let store = Store::new().unwrap();
        load_ontology(&store).unwrap();
        let graph = GraphName::NamedNode(NamedNode::new_unchecked(vocab::ONTOLOGY_GRAPH));
        let n = store.quads_for_pattern(None, None, None, Some(graph.as_ref())).count();
        assert!(n > 0);
        load_ontology(&store).unwrap();
        assert_eq!(store.len().unwrap(), n);
        assert!(store.quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph)).next().is_none());
    }

    #[test]
    fn opening_refuses_paths_that_are_not_stores() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("file");
        fs::write(&file, "x").unwrap();
        assert!(matches!(open(&file), Err(StoreError::NotAStore { .. })));
        assert!(matches!(open(dir.path()), Err(StoreError::NotAStore { .. })));
        assert!(matches!(open_existing(&dir.path().join("none")), Err(StoreError::Missing { .. })));
    }
}
