//! Throughput of tupu on a corpus, against its floors: bare jieba-rs tagging of the same
//! text, and Oxigraph's bulk loader on the same quads.
//!
//! ```sh
//! cargo run --release --example bench -- ../shared/corpus/bench/xwlb-2024.jsonl
//! ```
//!
//! Each stage runs at 1 thread and at all threads (`--threads N` to set "all"):
//!
//! 1. `jieba`: `Jieba::new()` and `tag(paragraph, true)` over every paragraph;
//! 2. `extract`: tupu's `Extractor::extract` over every document;
//! 3. `extract+map+nquads`: the same, then `Mapper::emit` into N-Quads lines (what
//!    `tupu extract` does), giving the profile split;
//! 4. `bulk load`: Oxigraph's bulk loader on those N-Quads (written to a temporary
//!    file in stage 3), into a fresh on-disk store, as `oxigraph load` does;
//! 5. `build`: tupu's whole build (read, extract, map, [`tupu::store::DocumentLoader`])
//!    into a fresh on-disk store, as `tupu build` does.
//!
//! It prints MB/s (of document text, UTF-8), documents/s and quads/s, the ratios the
//! project tracks, and the peak resident memory of each stage: each stage runs in a
//! process of its own (this program again, with `--stage`), and reports its VmHWM.
//! `--batch QUADS` and `--loaders N` set the build's batch size and loader threads.

use jieba_rs::Jieba;
use oxigraph::io::{RdfFormat, RdfParser};
use rayon::prelude::*;
use std::fs;
use std::io::{BufReader, BufWriter, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;
use tupu::input::{expand_inputs, Documents};
use tupu::store::{self, DocumentLoader, Store};
use tupu::nquads::NQuadsSink;
use tupu::{parallel, Extractor, Mapper, SourceDoc};

// the allocator of the tupu binary, for every stage (the jieba floor included)
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

struct Args {
    input: PathBuf,
    threads: usize,
    batch: usize,
    loaders: Option<usize>,
    /// Run one stage in this process (the parent runs each stage in a child process,
    /// so that each one's peak memory is its own).
    stage: Option<String>,
    nquads: Option<PathBuf>,
}

fn args() -> Args {
    let mut a = Args {
        input: PathBuf::new(),
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        batch: store::BATCH_QUADS,
        loaders: None,
        stage: None,
        nquads: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{arg} needs a value"));
        match arg.as_str() {
            "--threads" => a.threads = value().parse().expect("--threads N"),
            "--batch" => a.batch = value().parse().expect("--batch QUADS"),
            "--loaders" => a.loaders = Some(value().parse().expect("--loaders N")),
            "--stage" => a.stage = Some(value()),
            "--nquads" => a.nquads = Some(PathBuf::from(value())),
            "--help" | "-h" => {
                println!("usage: bench CORPUS [--threads N] [--batch QUADS] [--loaders N]\n(see the top of examples/bench.rs for the stages and what they report)");
                std::process::exit(0);
            }
            _ => a.input = PathBuf::from(arg),
        }
    }
    assert!(!a.input.as_os_str().is_empty(), "usage: bench CORPUS [--threads N] [--batch QUADS] [--loaders N]");
    a
}

/// A measured stage.
struct Row {
    name: String,
    threads: usize,
    secs: f64,
    bytes: usize,
    docs: usize,
    quads: usize,
    peak_mb: f64,
}

impl Row {
    fn parse(line: &str) -> Row {
        let f: Vec<&str> = line.split('\t').collect();
        Row {
            name: f[0].into(),
            threads: f[1].parse().unwrap(),
            secs: f[2].parse().unwrap(),
            bytes: f[3].parse().unwrap(),
            docs: f[4].parse().unwrap(),
            quads: f[5].parse().unwrap(),
            peak_mb: f[6].parse().unwrap(),
        }
    }

    fn print(&self) {
        let quads = if self.quads > 0 { format!("{:>9.0}", self.quads as f64 / self.secs) } else { format!("{:>9}", "") };
        println!(
            "{:<22} {:>2}  {:>7.2} s  {:>7.2} MB/s  {:>7.0} docs/s  {quads} quads/s  peak {:>5.0} MB",
            self.name,
            self.threads,
            self.secs,
            self.bytes as f64 / 1e6 / self.secs,
            self.docs as f64 / self.secs,
            self.peak_mb
        );
    }
}

/// Peak resident memory since the last reset, in MB.
fn peak_mb() -> f64 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn reset_peak() {
    let _ = fs::write("/proc/self/clear_refs", "5");
}

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap()
}

const STAGES: [&str; 5] = ["jieba new+tag", "extract", "extract+map+nquads", "oxigraph bulk load", "build"];

fn main() {
    let args = args();
    match &args.stage {
        Some(stage) => run_stage(&args, stage),
        None => run_all(&args),
    }
}

/// Runs every stage at 1 thread and at all threads, each in a child process.
fn run_all(args: &Args) {
    let dir = tempfile::tempdir().unwrap();
    let nquads = dir.path().join("corpus.nq");
    let thread_counts: Vec<usize> = if args.threads > 1 { vec![1, args.threads] } else { vec![1] };
    println!(
        "corpus: {}; threads: {:?}; build batches of {} quads",
        args.input.display(),
        thread_counts,
        args.batch
    );
    let mut rows = Vec::new();
    for stage in STAGES {
        let counts: &[usize] = if stage == "extract+map+nquads" { &[1] } else { &thread_counts };
        for &t in counts {
            let mut cmd = std::process::Command::new(std::env::current_exe().unwrap());
            cmd.arg(&args.input)
                .args(["--stage", stage, "--threads", &t.to_string(), "--batch", &args.batch.to_string()])
                .arg("--nquads")
                .arg(&nquads);
            if let Some(l) = args.loaders {
                cmd.args(["--loaders", &l.to_string()]);
            }
            let out = cmd.output().unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(out.status.success(), "stage {stage}: {}{}", stdout, String::from_utf8_lossy(&out.stderr));
            for line in stdout.lines() {
                match line.strip_prefix("ROW\t") {
                    Some(row) => {
                        let row = Row::parse(row);
                        row.print();
                        rows.push(row);
                    }
                    None => println!("{line}"),
                }
            }
        }
    }
    let secs = |name: &str, t: usize| rows.iter().find(|r| r.name == name && r.threads == t).map(|r| r.secs);
    println!("ratios (1 thread unless said):");
    if let (Some(j), Some(e)) = (secs("jieba new+tag", 1), secs("extract", 1)) {
        println!("  extract throughput / jieba throughput      {:.2}  (target ≥ 0.50)", j / e);
    }
    if let (Some(j), Some(l), Some(b)) = (secs("jieba new+tag", 1), secs("oxigraph bulk load", 1), secs("build", 1)) {
        println!("  build time / (jieba + bulk load time)      {:.2}  (target ≤ 1.50)", b / (j + l));
    }
    let n = args.threads;
    if n > 1 {
        for name in ["jieba new+tag", "extract", "oxigraph bulk load", "build"] {
            if let (Some(one), Some(all)) = (secs(name, 1), secs(name, n)) {
                println!("  speed-up at {n} threads: {name:<20} {:.2}  (target ≥ 1.70 for build)", one / all);
            }
        }
    }
}

fn run_stage(args: &Args, stage: &str) {
    let t = args.threads;
    let docs: Vec<SourceDoc> = Documents::new(expand_inputs(&[args.input.clone()]))
        .filter_map(Result::ok)
        .map(|d| d.doc)
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let paragraphs: Vec<&str> = docs.iter().flat_map(|d| d.text.lines()).filter(|l| !l.trim().is_empty()).collect();
    let nquads = args.nquads.clone().expect("--nquads PATH");
    let scratch = tempfile::tempdir().unwrap();
    let extractor = (stage != "jieba new+tag" && stage != "oxigraph bulk load").then(Extractor::new);
    let extractor = extractor.as_ref();
    let mapper = Mapper::default();
    reset_peak();
    let start = Instant::now();
    let mut quads = 0;
    match stage {
        // 1. bare jieba-rs: its dictionary load counts, as it does in a process
        "jieba new+tag" => {
            let jieba = Jieba::new();
            let words: usize = pool(t).install(|| paragraphs.par_iter().map(|p| jieba.tag(p, true).len()).sum());
            assert!(words > 0);
        }
        // 2. extraction only (the extractor is built before the clock starts)
        "extract" => {
            let extractor = extractor.unwrap();
            let mentions: usize =
                pool(t).install(|| docs.par_iter().map(|d| extractor.extract(d).map_or(0, |e| e.mentions.len())).sum());
            assert!(mentions > 0);
        }
        // 3. the profile split: extract, map, serialise, one document after the other
        "extract+map+nquads" => {
            let extractor = extractor.unwrap();
            let (mut t_extract, mut t_map) = (0.0, 0.0);
            let mut file = BufWriter::with_capacity(1 << 16, fs::File::create(&nquads).unwrap());
            for d in &docs {
                let s = Instant::now();
                let Ok(ex) = extractor.extract(d) else { continue };
                let m = Instant::now();
                // as `tupu extract`: lines written straight from the mapper's borrowed terms
                let mut sink = NQuadsSink::new(true);
                mapper.emit(&ex, &mut sink);
                for q in &sink.background {
                    tupu::nquads::write_line(&mut sink.lines, q.as_ref(), true);
                }
                let e = Instant::now();
                file.write_all(&sink.lines).unwrap();
                t_extract += (m - s).as_secs_f64();
                t_map += (e - m).as_secs_f64();
                quads += sink.count;
            }
            file.flush().unwrap();
            let nq_mb = fs::metadata(&nquads).unwrap().len() as f64 / 1e6;
            println!(
                "  split: extract {t_extract:.2} s, map and N-Quads lines {t_map:.2} s \
                 ({quads} quads, {nq_mb:.0} MB of N-Quads, {:.0} MB/s)",
                nq_mb / t_map
            );
        }
        // 4. Oxigraph's bulk loader on the same quads, parsed from N-Quads as `oxigraph load` does
        "oxigraph bulk load" => {
            let store = Store::open(&scratch.path().join("store")).unwrap();
            let mut loader = store.bulk_loader().with_num_threads(t);
            loader
                .load_from_reader(
                    RdfParser::from_format(RdfFormat::NQuads).lenient(),
                    BufReader::new(fs::File::open(&nquads).unwrap()),
                )
                .unwrap();
            loader.commit().unwrap();
            quads = store.len().unwrap();
        }
        // 5. tupu's build, end to end, as `tupu build --jobs t`
        "build" => {
            tupu::allocator::give_back_sooner();
            let extractor = extractor.unwrap();
            let store = store::open(&scratch.path().join("store")).unwrap();
            store::load_ontology(&store).unwrap();
            let stop = AtomicBool::new(false);
            // as `tupu build`: --jobs 1 writes its batches itself, more use two loader threads
            let loaders = args.loaders.unwrap_or(if t >= 2 { 2 } else { 0 });
            let mut loader = DocumentLoader::new(&store, loaders, args.batch, store::COMMIT_QUADS, |_, _| {});
            let counted = AtomicUsize::new(0);
            parallel::run(
                expand_inputs(&[args.input.clone()]),
                &parallel::Options::new(t),
                &stop,
                |d| {
                    let ex = extractor.extract(&d.doc).map_err(|e| e.to_string())?;
                    Ok((mapper.doc_iri(&ex.doc_id), mapper.quads(&ex)))
                },
                |done| {
                    if let Ok((_, (graph, quads))) = done.result {
                        counted.fetch_add(quads.len(), Ordering::Relaxed);
                        loader.add(graph, quads)?;
                    }
                    Ok::<_, store::StoreError>(())
                },
            )
            .unwrap();
            loader.finish().unwrap();
            quads = counted.into_inner();
        }
        _ => panic!("unknown stage {stage}"),
    }
    let secs = start.elapsed().as_secs_f64();
    println!("ROW\t{stage}\t{t}\t{secs}\t{bytes}\t{}\t{quads}\t{}", docs.len(), peak_mb());
}
