//! `tupu export`: write the store (or one graph of it) as RDF.
//!
//! Dataset formats (N-Quads, TriG, JSON-LD) keep one graph per document. Graph formats
//! (Turtle, N-Triples, RDF/XML) have no named graphs: the graphs are merged into one
//! set of triples, so a triple stated by several documents is written once. Every
//! format gives the same bytes for the same store.

use super::{output, rdf_serializer, RdfFormatArg, Status, StoreArg};
use anyhow::{bail, Context, Result};
use clap::Args;
use oxigraph::model::{NamedNode, Quad, Triple, TripleRef};
use std::io::Write;
use std::path::PathBuf;
use tupu::store;

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Output format
    #[arg(long, value_enum, default_value_t = RdfFormatArg::Turtle)]
    pub format: RdfFormatArg,
    /// Export only this named graph (a document IRI, or the ontology or background graph)
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(args: ExportArgs) -> Result<Status> {
    let store = store::open_existing(&args.store.store)?;
    let graph = match &args.graph {
        Some(iri) => {
            let graph = NamedNode::new(iri).with_context(|| format!("invalid graph IRI {iri:?}"))?;
            if !store.contains_named_graph(&graph)? {
                bail!("the store has no graph {graph}");
            }
            Some(graph)
        }
        None => None,
    };
    let format = args.format.format();
    let mut out = rdf_serializer(format).for_writer(output(args.output.as_deref())?);
    let mut write = |quad: &Quad| {
        if format.supports_datasets() {
            out.serialize_quad(quad)
        } else {
            out.serialize_triple(TripleRef::from(quad.as_ref()))
        }
    };
    match &graph {
        Some(graph) => {
            for quad in store.quads_for_pattern(None, None, None, Some(graph.as_ref().into())) {
                write(&quad?)?;
            }
        }
        None if format.supports_datasets() => {
            for quad in store.iter() {
                write(&quad?)?;
            }
        }
        None => {
            // sorted (so the output is the same on every run, each subject's triples
            // together) and deduplicated
            let mut merged = store.iter().map(|q| q.map(Triple::from)).collect::<Result<Vec<_>, _>>()?;
            merged.sort_by_cached_key(Triple::to_string);
            merged.dedup();
            for triple in &merged {
                out.serialize_triple(triple)?;
            }
        }
    }
    out.finish()?.flush()?;
    Ok(Status::Ok)
}
