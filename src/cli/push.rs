//! `tupu push`: send the store's graphs to another triple store (see [`tupu::push`]).

use super::{Status, StoreArg};
use anyhow::{bail, Result};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::time::Duration;
use tupu::push::{self, BodyFormat, PushOptions};
use tupu::store;

#[derive(Debug, Args)]
pub struct PushArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Graph Store Protocol endpoint: Fuseki http://HOST:3030/DATASET/data, Oxigraph
    /// http://HOST:7878/store, Virtuoso http://HOST:8890/sparql-graph-crud, QLever
    /// http://HOST:PORT/ (with --header 'Authorization: Bearer TOKEN')
    #[arg(long, value_name = "URL")]
    pub endpoint: String,
    /// Most triples in one request; a bigger graph is sent as PUT then POSTs
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    pub batch: usize,
    /// Request body syntax
    #[arg(long, value_enum, default_value_t = BodyArg::Ntriples)]
    pub format: BodyArg,
    /// Retries of a request that failed with a connection error, a time-out or a 5xx
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub retries: u32,
    /// Time-out of one request, in seconds
    #[arg(long, value_name = "SECS", default_value_t = 120)]
    pub timeout: u64,
    /// Extra request header, e.g. 'Authorization: Bearer TOKEN' (repeatable)
    #[arg(long = "header", short = 'H', value_name = "NAME: VALUE")]
    pub headers: Vec<String>,
    /// Print one line per graph
    #[arg(short, long)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BodyArg {
    /// application/n-triples
    Ntriples,
    /// text/turtle (smaller; for stores that do not read N-Triples)
    Turtle,
}

pub fn run(args: PushArgs) -> Result<Status> {
    let headers = args
        .headers
        .iter()
        .map(|h| match h.split_once(':') {
            Some((name, value)) if !name.trim().is_empty() => Ok((name.trim().to_string(), value.trim().to_string())),
            _ => bail!("--header {h:?}: expected 'Name: value'"),
        })
        .collect::<Result<Vec<_>>>()?;
    let options = PushOptions {
        endpoint: args.endpoint.clone(),
        batch_triples: args.batch.max(1),
        format: match args.format {
            BodyArg::Ntriples => BodyFormat::NTriples,
            BodyArg::Turtle => BodyFormat::Turtle,
        },
        retries: args.retries,
        timeout: Duration::from_secs(args.timeout.max(1)),
        headers,
        ..PushOptions::default()
    };
    let store = store::open_existing(&args.store.store)?;
    let total = push::graphs(&store)?.len();
    eprintln!("tupu: pushing {total} graphs to {}", args.endpoint);
    let mut done = 0usize;
    let verbose = args.verbose;
    let report = push::push(&store, &options, |graph| {
        done += 1;
        match &graph.error {
            Some(reason) => eprintln!("tupu: error: <{}>: {reason}", graph.graph),
            None if verbose => eprintln!("[{done}/{total}] <{}> {} triples", graph.graph, graph.triples),
            None => {}
        }
    })?;
    let mut out = std::io::stdout().lock();
    write!(out, "{report}")?;
    out.flush()?;
    Ok(if report.failures.is_empty() { Status::Ok } else { Status::SomeFailed })
}
