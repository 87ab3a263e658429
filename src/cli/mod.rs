//! The subcommands of the `tupu` binary, and what they share: the `--store` option,
//! RDF output formats with the ontology prefixes, the options of the commands that read
//! a corpus (jobs, JSON fields, verbosity) and the interrupt flag.
//!
//! All the work lives in the library; this is glue that turns its results into output,
//! messages and exit codes (0 ok, 1 some inputs failed, 2 error).

pub mod build;
pub mod export;
pub mod extract;
pub mod link;
pub mod progress;
pub mod push;
pub mod query;
pub mod serve;

use anyhow::Result;
use clap::{Args, ValueEnum};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{NamedNode, Quad};
use progress::Verbosity;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use tupu::input::{Fields, InputDoc};
use tupu::{parallel, store, vocab, Extractor, Mapper};

/// How a command ended when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    /// Some inputs could not be read or extracted; the others were processed.
    SomeFailed,
    /// Stopped by Ctrl-C (exit status 130, as for a shell).
    Interrupted,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> Self {
        match status {
            Status::Ok => ExitCode::SUCCESS,
            Status::SomeFailed => ExitCode::from(1),
            Status::Interrupted => ExitCode::from(130),
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

/// The documents to extract, and how to run over them.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files, directories (walked recursively for .txt .text .md .jsonl .ndjson .json
    /// .html .htm) or `-` for standard input (JSON Lines when it starts with `{`)
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Base IRI of the documents and entities
    #[arg(long, value_name = "IRI", default_value = vocab::DEFAULT_BASE)]
    pub base: String,
    /// Documents extracted at the same time [default: one per core]
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0, hide_default_value = true)]
    pub jobs: usize,
    /// JSON field holding the text (a string or an array of paragraphs)
    /// [default: text, content or paragraphs]
    #[arg(long, value_name = "NAME")]
    pub text_field: Option<String>,
    /// JSON field holding the title
    #[arg(long, value_name = "NAME", default_value = "title")]
    pub title_field: String,
    /// JSON field holding the address of the article (its dcterms:source)
    #[arg(long, value_name = "NAME", default_value = "url")]
    pub url_field: String,
    /// JSON field holding the publication date (it gives relative dates their year)
    #[arg(long, value_name = "NAME", default_value = "date")]
    pub date_field: String,
    /// Print errors only: no progress, no summary
    #[arg(long, short = 'q', conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print a line for each batch written
    #[arg(long, short = 'v')]
    pub verbose: bool,
}

impl InputArgs {
    pub fn options(&self) -> parallel::Options {
        parallel::Options::new(self.jobs).with_fields(Fields {
            text: self.text_field.clone(),
            title: self.title_field.clone(),
            url: self.url_field.clone(),
            date: self.date_field.clone(),
        })
    }

    pub fn verbosity(&self) -> Verbosity {
        match (self.quiet, self.verbose) {
            (true, _) => Verbosity::Quiet,
            (_, true) => Verbosity::Verbose,
            _ => Verbosity::Normal,
        }
    }
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

/// Extracts and maps one document: its graph and quads.
pub fn extract_doc(extractor: &Extractor, mapper: &Mapper, d: &InputDoc) -> Result<(NamedNode, Vec<Quad>), String> {
    let extraction = extractor.extract(&d.doc).map_err(|e| e.to_string())?;
    Ok((mapper.doc_iri(&extraction.doc_id), mapper.quads(&extraction)))
}

/// Set by the first Ctrl-C (or SIGTERM, SIGHUP): stop reading, finish what is in
/// progress. A second one exits at once (the store stays consistent: see
/// `tupu::store::load_documents`).
pub fn interrupt_flag() -> &'static AtomicBool {
    static STOP: AtomicBool = AtomicBool::new(false);
    // a second registration (only in tests of this binary) keeps the first handler
    let _ = ctrlc::set_handler(|| {
        if STOP.swap(true, Ordering::SeqCst) {
            eprintln!("\ntupu: interrupted again: exiting now");
            std::process::exit(130);
        }
        eprintln!("\ntupu: interrupted: finishing the documents in progress (Ctrl-C again to quit at once)");
    });
    &STOP
}

/// `tupu stats`
pub fn stats(args: StoreArg) -> Result<Status> {
    let store = store::open_existing(&args.store)?;
    write!(io::stdout().lock(), "{}", store::stats(&store)?)?;
    Ok(Status::Ok)
}
