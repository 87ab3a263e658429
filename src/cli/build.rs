//! `tupu build`: extract documents and write them to the store.

use super::{process_inputs, InputArgs, Status, StoreArg};
use anyhow::Result;
use clap::Args;
use std::time::Instant;
use tupu::{store, Mapper};

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub store: StoreArg,
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(args: BuildArgs) -> Result<Status> {
    let start = Instant::now();
    let mapper = Mapper::new(&args.input.base)?;
    let store = store::open(&args.store.store)?;
    store::load_ontology(&store)?;
    let tally = process_inputs(&args.input.inputs, &mapper, |batch| {
        Ok(store::replace_documents(&store, batch)?)
    })?;
    let stats = store::stats(&store)?;
    eprintln!(
        "tupu: built {} document{}, {} failed, in {:.2} s; {} now holds:",
        tally.built,
        if tally.built == 1 { "" } else { "s" },
        tally.failed,
        start.elapsed().as_secs_f64(),
        args.store.store.display(),
    );
    eprint!("{stats}");
    Ok(tally.status())
}
