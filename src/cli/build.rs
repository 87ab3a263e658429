//! `tupu build`: extract documents on all cores and write them to the store.
//!
//! Documents are extracted in parallel ([`tupu::parallel`]), in input order, and
//! gathered into batches of about [`store::BATCH_QUADS`] quads; loader threads write
//! each batch with the bulk loader ([`store::DocumentLoader`]) while the next one is
//! being extracted, and commit every [`store::COMMIT_QUADS`] quads. A few batches at
//! most are held in memory at a time, whatever the corpus size.

use super::progress::{Progress, Verbosity};
use super::{extract_doc, interrupt_flag, InputArgs, Status, StoreArg};
use anyhow::{anyhow, Result};
use clap::Args;
use std::sync::atomic::Ordering;
use tupu::input;
use tupu::store::{self, DocumentLoader};
use tupu::{parallel, Extractor, Mapper};

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub store: StoreArg,
    #[command(flatten)]
    pub input: InputArgs,
    /// Quads per bulk-load batch (for tests and tuning)
    #[arg(long, value_name = "N", default_value_t = store::BATCH_QUADS, hide = true)]
    pub batch_quads: usize,
    /// Quads a loader thread writes between two commits (for tests and tuning)
    #[arg(long, value_name = "N", default_value_t = store::COMMIT_QUADS, hide = true)]
    pub commit_quads: usize,
    /// Compact the whole store when done: reads are fastest and RocksDB has nothing
    /// left to merge in the background later, at the cost of rewriting the store
    #[arg(long)]
    pub compact: bool,
}

pub fn run(args: BuildArgs) -> Result<Status> {
    tupu::allocator::give_back_sooner();
    let mapper = Mapper::new(&args.input.base)?;
    let path = &args.store.store;
    let store = store::open(path)?;
    store::remove_stale_bulk_files(path).map_err(|e| anyhow!("{}: {e}", path.display()))?;
    store::load_ontology(&store)?;
    let stop = interrupt_flag();
    let items = input::expand_inputs(&args.input.inputs);
    let mut progress = Progress::new(args.input.verbosity(), input::total_size(&items));
    let extractor = Extractor::new();
    let options = args.input.options();

    let printer = progress.printer();
    let mut loader = DocumentLoader::new(&store, loader_threads(options.jobs), args.batch_quads, args.commit_quads, move |loaded, took| {
        printer.detail(&format!(
            "tupu: wrote {} documents ({} replaced, {} unchanged), {} quads, in {:.2} s",
            loaded.documents,
            loaded.replaced,
            loaded.unchanged,
            loaded.quads,
            took.as_secs_f64()
        ))
    });
    parallel::run(
        items,
        &options,
        stop,
        |d| extract_doc(&extractor, &mapper, d),
        |done| {
            match done.result {
                Ok((_, (graph, quads))) => {
                    progress.document(done.bytes_read, quads.len());
                    loader.add(graph, quads)?;
                }
                Err(message) => progress.failure(done.bytes_read, message),
            }
            Ok::<_, store::StoreError>(())
        },
    )?;
    let loaded = loader.finish()?;
    if args.compact && !stop.load(Ordering::SeqCst) {
        progress.printer().detail("tupu: compacting the store");
        store.optimize()?;
    }
    let elapsed = progress.elapsed();
    progress.finish();

    let interrupted = stop.load(Ordering::SeqCst);
    if interrupted {
        eprintln!(
            "tupu: interrupted: {} documents written to {}, the others not read; \
             run the same command again to finish (documents already there are replaced, not doubled)",
            loaded.documents,
            path.display()
        );
        return Ok(Status::Interrupted);
    }
    if progress.verbosity() > Verbosity::Quiet {
        let stats = store::stats(&store)?;
        eprintln!("{}; {} now holds:", progress.summary("built", elapsed), path.display());
        eprint!("{stats}");
        if let Some(list) = progress.failure_list() {
            eprintln!("{list}");
        }
    }
    Ok(if progress.failures.is_empty() { Status::Ok } else { Status::SomeFailed })
}

/// Threads writing batches beside the `jobs` extracting. `--jobs 1` asks for one core:
/// each batch is written and committed in turn with the extraction (0 loader threads;
/// RocksDB still merges on a thread of its own). With more, the bulk loader's work
/// (encoding, sorting, writing SST files: about twice the extraction's CPU time) runs
/// on two threads of its own, which commit every [`store::COMMIT_QUADS`] quads.
fn loader_threads(jobs: usize) -> usize {
    if jobs >= 2 { 2 } else { 0 }
}
