//! `tupu extract`: the extraction of `tupu build`, streamed to stdout instead of stored.
//!
//! Documents are extracted on all cores ([`tupu::parallel`]) and written in input
//! order as they finish, so the output is the same whatever `--jobs` says. For the
//! line formats (N-Quads, N-Triples) the workers also write their document's lines
//! ([`tupu::nquads`]), and this thread only writes bytes; the other formats are
//! serialised here, as a whole.

use super::progress::{Progress, Verbosity};
use super::{extract_doc, interrupt_flag, rdf_serializer, InputArgs, RdfFormatArg, Status};
use anyhow::Result;
use clap::Args;
use oxigraph::io::{RdfFormat, WriterQuadSerializer};
use oxigraph::model::{GraphNameRef, NamedNodeRef, Quad, TripleRef};
use rustc_hash::FxHashSet;
use std::io::{self, BufWriter, Write};
use std::sync::atomic::Ordering;
use std::sync::Mutex;
use tupu::nquads::{self, NQuadsSink};
use tupu::{input, parallel, vocab, Extractor, Mapper};

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format; graph formats (turtle, ntriples, rdfxml) merge the graphs, so a
    /// triple stated by several documents may appear once per document
    #[arg(long, value_enum, default_value_t = RdfFormatArg::Nquads)]
    pub format: RdfFormatArg,
}

type Stdout = BufWriter<io::StdoutLock<'static>>;

/// Line buffers kept for reuse at most, and the largest kept.
const SPENT_BUFFERS: usize = 16;
const SPENT_BUFFER_BYTES: usize = 16 << 20;

enum Output {
    /// (unbuffered: each document's lines come as one buffer, written as it is)
    Lines(io::StdoutLock<'static>),
    Serializer(WriterQuadSerializer<Stdout>),
}

/// What a worker gives for one document.
struct Extracted {
    /// The quads of the document's graph, serialised (line formats only).
    lines: Vec<u8>,
    /// The quads of the document's graph (other formats only).
    quads: Vec<Quad>,
    /// Background facts: written once per run, so sorted out here, in order.
    background: Vec<Quad>,
    count: usize,
}

pub fn run(args: ExtractArgs) -> Result<Status> {
    let mapper = Mapper::new(&args.input.base)?;
    let format = args.format.format();
    let line_format = matches!(format, RdfFormat::NQuads | RdfFormat::NTriples);
    let stop = interrupt_flag();
    let items = input::expand_inputs(&args.input.inputs);
    let mut progress = Progress::new(args.input.verbosity(), input::total_size(&items));
    let extractor = Extractor::new();
    let background = NamedNodeRef::new_unchecked(vocab::BACKGROUND_GRAPH);
    // line buffers already written out, for the next documents' lines (a fresh buffer
    // grows by copying itself, a reused one has room already)
    let spent: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());

    let job = |d: &input::InputDoc| -> Result<Extracted, String> {
        if line_format {
            let extraction = extractor.extract(&d.doc).map_err(|e| e.to_string())?;
            let buffer = spent.lock().ok().and_then(|mut s| s.pop()).unwrap_or_default();
            let mut sink = NQuadsSink::with_buffer(format == RdfFormat::NQuads, buffer);
            mapper.emit(&extraction, &mut sink);
            return Ok(Extracted { lines: sink.lines, quads: Vec::new(), background: sink.background, count: sink.count });
        }
        let (_, quads) = extract_doc(&extractor, &mapper, d)?;
        let count = quads.len();
        let (background, own): (Vec<Quad>, Vec<Quad>) =
            quads.into_iter().partition(|q| q.graph_name.as_ref() == GraphNameRef::from(background));
        Ok(Extracted { lines: Vec::new(), quads: own, background, count })
    };

    let mut out = if line_format {
        Output::Lines(io::stdout().lock())
    } else {
        Output::Serializer(rdf_serializer(format).for_writer(BufWriter::with_capacity(1 << 16, io::stdout().lock())))
    };
    let mut background_written = FxHashSet::default();
    parallel::run(items, &args.input.options(), stop, job, |done| -> Result<()> {
        match done.result {
            Ok((_, extracted)) => {
                progress.document(done.bytes_read, extracted.count);
                // (every document restates background facts: most are known, and not cloned)
                let mut fresh: Vec<Quad> = Vec::new();
                for q in extracted.background {
                    if !background_written.contains(&q) {
                        background_written.insert(q.clone());
                        fresh.push(q);
                    }
                }
                match &mut out {
                    Output::Lines(w) => {
                        let mut lines = extracted.lines;
                        for quad in &fresh {
                            nquads::write_line(&mut lines, quad.as_ref(), format == RdfFormat::NQuads);
                        }
                        w.write_all(&lines)?;
                        if let Ok(mut spent) = spent.lock() {
                            // (a few, and none an outsized document grew)
                            if spent.len() < SPENT_BUFFERS && lines.capacity() <= SPENT_BUFFER_BYTES {
                                spent.push(lines);
                            }
                        }
                    }
                    Output::Serializer(s) => {
                        for quad in extracted.quads.iter().chain(&fresh) {
                            write_quad(s, format, quad)?;
                        }
                    }
                }
            }
            Err(message) => progress.failure(done.bytes_read, message),
        }
        Ok(())
    })?;
    match out {
        Output::Lines(mut w) => w.flush()?,
        Output::Serializer(s) => s.finish()?.flush()?,
    }
    // the extractor's dictionary and tables live until the process ends: freeing their
    // many small allocations one by one would only delay the exit
    std::mem::forget(extractor);
    progress.finish();
    if stop.load(Ordering::SeqCst) {
        eprintln!("tupu: interrupted after {} documents", progress.documents);
        return Ok(Status::Interrupted);
    }
    if progress.verbosity() > Verbosity::Quiet {
        eprintln!("{}", progress.summary("extracted", progress.elapsed()));
        if let Some(list) = progress.failure_list() {
            eprintln!("{list}");
        }
    }
    Ok(if progress.failures.is_empty() { Status::Ok } else { Status::SomeFailed })
}

fn write_quad<W: Write>(out: &mut WriterQuadSerializer<W>, format: RdfFormat, quad: &Quad) -> io::Result<()> {
    if format.supports_datasets() {
        out.serialize_quad(quad)
    } else {
        out.serialize_triple(TripleRef::from(quad.as_ref()))
    }
}
