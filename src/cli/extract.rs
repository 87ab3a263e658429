//! `tupu extract`: the extraction of `tupu build`, streamed to stdout instead of stored.

use super::{process_inputs, rdf_serializer, InputArgs, RdfFormatArg, Status};
use anyhow::Result;
use clap::Args;
use oxigraph::model::{NamedNodeRef, TripleRef};
use std::collections::HashSet;
use std::io::{self, BufWriter, Write};
use tupu::{vocab, Mapper};

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format; graph formats (turtle, ntriples, rdfxml) merge the graphs, so a
    /// triple stated by several documents may appear once per document
    #[arg(long, value_enum, default_value_t = RdfFormatArg::Nquads)]
    pub format: RdfFormatArg,
}

pub fn run(args: ExtractArgs) -> Result<Status> {
    let mapper = Mapper::new(&args.input.base)?;
    let format = args.format.format();
    let mut out = rdf_serializer(format).for_writer(BufWriter::new(io::stdout().lock()));
    let background = NamedNodeRef::new_unchecked(vocab::BACKGROUND_GRAPH);
    // background facts repeat across documents: write each once
    let mut background_written = HashSet::new();
    let tally = process_inputs(&args.input.inputs, &mapper, |batch| {
        for (_, quads) in batch {
            let mut written = HashSet::new();
            for quad in quads {
                let fresh = if quad.graph_name.as_ref() == background.into() {
                    background_written.insert(quad.clone())
                } else {
                    written.insert(quad)
                };
                if !fresh {
                    continue;
                }
                if format.supports_datasets() {
                    out.serialize_quad(quad)?;
                } else {
                    out.serialize_triple(TripleRef::from(quad.as_ref()))?;
                }
            }
        }
        Ok(())
    })?;
    out.finish()?.flush()?;
    Ok(tally.status())
}
