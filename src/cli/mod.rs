//! The subcommands of the `tupu` binary, and what they share: the `--store` option,
//! RDF output formats with the ontology prefixes, and the batch loop that reads,
//! extracts and maps documents.
//!
//! All the work lives in the library; this is glue that turns its results into output,
//! messages and exit codes (0 ok, 1 some inputs failed, 2 error).

pub mod build;
pub mod export;
pub mod extract;
pub mod link;
pub mod query;

use anyhow::Result;
use clap::{Args, ValueEnum};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{NamedNode, Quad};
use rayon::prelude::*;
use std::io::{self, BufWriter, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tupu::input::{self, Documents};
use tupu::{store, vocab, Extractor, Mapper};

/// Documents extracted in parallel and written in one transaction.
const BATCH: usize = 64;

/// How a command ended when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    /// Some inputs could not be read or extracted; the others were processed.
    SomeFailed,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> Self {
        match status {
            Status::Ok => ExitCode::SUCCESS,
            Status::SomeFailed => ExitCode::from(1),
        }
    }
}

/// Where the store is.
#[derive(Debug, Args)]
pub struct StoreArg {
    /// Store directory
    #[arg(long, value_name = "DIR", default_value = "tupu-store")]
    pub store: PathBuf,
}

/// The documents to extract.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files, directories (walked recursively for .txt .text .md .jsonl .ndjson .json
    /// .html .htm) or `-` for standard input
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Base IRI of the documents and entities
    #[arg(long, value_name = "IRI", default_value = vocab::DEFAULT_BASE)]
    pub base: String,
}

/// RDF serialisations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RdfFormatArg {
    /// Turtle (no named graphs: the graphs are merged)
    Turtle,
    /// N-Triples (no named graphs: the graphs are merged)
    Ntriples,
    /// N-Quads (one graph per document)
    Nquads,
    /// TriG (one graph per document)
    Trig,
    /// RDF/XML (no named graphs: the graphs are merged)
    Rdfxml,
    /// JSON-LD (one graph per document)
    Jsonld,
}

impl RdfFormatArg {
    pub fn format(self) -> RdfFormat {
        match self {
            RdfFormatArg::Turtle => RdfFormat::Turtle,
            RdfFormatArg::Ntriples => RdfFormat::NTriples,
            RdfFormatArg::Nquads => RdfFormat::NQuads,
            RdfFormatArg::Trig => RdfFormat::TriG,
            RdfFormatArg::Rdfxml => RdfFormat::RdfXml,
            RdfFormatArg::Jsonld => RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() },
        }
    }
}

/// A serializer that writes the ontology prefixes (in the formats that have prefixes).
pub fn rdf_serializer(format: RdfFormat) -> RdfSerializer {
    vocab::PREFIXES.iter().fold(RdfSerializer::from_format(format), |s, (name, iri)| {
        s.with_prefix(*name, *iri).expect("the vocabulary namespaces are valid IRIs")
    })
}

/// Standard output, or the file named by `-o`, buffered.
pub fn output(path: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(path) => Box::new(BufWriter::new(
            std::fs::File::create(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

/// Writing to a closed pipe (`tupu export | head`) is how the reader says it has
/// enough: not an error.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .any(|c| c.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe))
}

/// How many documents were processed.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub built: usize,
    pub failed: usize,
}

impl Tally {
    pub fn status(self) -> Status {
        if self.failed == 0 {
            Status::Ok
        } else {
            Status::SomeFailed
        }
    }
}

/// Reads every input, extracts and maps its documents in parallel batches, and hands
/// each batch to `sink` as `(document graph, quads)` in input order. An input or a
/// document that fails is reported on stderr (`tupu: error: <path>: <reason>`) and
/// skipped; so is a document on which the extractor panics.
pub fn process_inputs(
    inputs: &[PathBuf],
    mapper: &Mapper,
    mut sink: impl FnMut(&[(NamedNode, Vec<Quad>)]) -> Result<()>,
) -> Result<Tally> {
    let extractor = Extractor::new();
    let mut documents = Documents::new(input::expand_inputs(inputs));
    let mut tally = Tally::default();
    loop {
        let chunk: Vec<_> = documents.by_ref().take(BATCH).collect();
        if chunk.is_empty() {
            return Ok(tally);
        }
        let results: Vec<Result<(NamedNode, Vec<Quad>), String>> = chunk
            .into_par_iter()
            .map(|read| {
                let d = read.map_err(|e| e.to_string())?;
                let mapped = panic::catch_unwind(AssertUnwindSafe(|| {
                    extractor.extract(&d.doc).map(|ex| (mapper.doc_iri(&ex.doc_id), mapper.quads(&ex)))
                }));
                match mapped {
                    Ok(Ok(mapped)) => Ok(mapped),
                    Ok(Err(e)) => Err(format!("{}: {e}", d.origin)),
                    Err(_) => Err(format!("{}: internal error in the extractor (see the message above)", d.origin)),
                }
            })
            .collect();
        let mut batch = Vec::with_capacity(results.len());
        for result in results {
            match result {
                Ok(mapped) => batch.push(mapped),
                Err(message) => {
                    eprintln!("tupu: error: {message}");
                    tally.failed += 1;
                }
            }
        }
        tally.built += batch.len();
        sink(&batch)?;
    }
}

/// `tupu stats`
pub fn stats(args: StoreArg) -> Result<Status> {
    let store = store::open_existing(&args.store)?;
    write!(io::stdout().lock(), "{}", store::stats(&store)?)?;
    Ok(Status::Ok)
}
