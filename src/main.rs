//! `tupu`: the command-line front end of the library.
//!
//! The binary is glue: argument parsing (clap), the subcommands in [`cli`], and the
//! mapping of outcomes to exit codes: 0 ok, 1 some inputs failed (the others were
//! processed), 2 error (bad usage, store cannot be opened, invalid query…).

mod cli;

// extraction allocates and frees many small strings: mimalloc does it faster than glibc
// (see tupu::allocator)
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Turn Chinese local-government news into an RDF knowledge graph.
#[derive(Debug, Parser)]
#[command(name = "tupu", version, about, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

const EXAMPLES: &str = "\
Examples:
  tupu build news/                       extract every article under news/ into ./tupu-store
  tupu query 'SELECT ?p ?name WHERE { ?p a tp:Project ; rdfs:label ?name }'
  tupu export --format trig -o graph.trig
  tupu extract article.txt               print the quads of one article, no store
  tupu link --with wikidata.ttl          link entities to Wikidata items by code and label
  tupu serve                             SPARQL endpoint and entity pages at http://127.0.0.1:7878/
  tupu push --endpoint http://localhost:3030/ds/data   copy the graphs to Fuseki

Exit status: 0 ok, 1 some inputs failed (the others were processed), 2 error.";

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract documents and write them to the store (re-building a document replaces it)
    Build(cli::build::BuildArgs),
    /// Run a SPARQL query over the store
    Query(cli::query::QueryArgs),
    /// Write the store, or one of its graphs, as RDF
    Export(cli::export::ExportArgs),
    /// Extract documents and print their quads, without a store
    Extract(cli::extract::ExtractArgs),
    /// Count documents, entities per class, relations per property and mentions
    Stats(cli::StoreArg),
    /// Link the store's entities to an external RDF graph (Wikidata…) by division code and label
    Link(cli::link::LinkArgs),
    /// Serve the store over HTTP: SPARQL endpoint and Linked Data pages (read-only by default)
    Serve(cli::serve::ServeArgs),
    /// Send the store's graphs to another triple store (SPARQL 1.1 Graph Store Protocol PUT)
    Push(cli::push::PushArgs),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Build(args) => cli::build::run(args),
        Command::Query(args) => cli::query::run(args),
        Command::Export(args) => cli::export::run(args),
        Command::Extract(args) => cli::extract::run(args),
        Command::Stats(args) => cli::stats(args),
        Command::Link(args) => cli::link::run(args),
        Command::Serve(args) => cli::serve::run(args),
        Command::Push(args) => cli::push::run(args),
    };
    match result {
        Ok(status) => status.into(),
        Err(e) if cli::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tupu: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
