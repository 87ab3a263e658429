//! Progress and the end-of-run summary of `build` and `extract`, on standard error.
//!
//! On a terminal: a progress bar (bytes of input read, documents, rate, time left).
//! Elsewhere (a log file, CI): a plain line every few seconds. `--quiet` shows neither
//! nor the summary, only errors; `--verbose` adds a line per committed batch.
//!
//! Errors are printed as they happen (`tupu: error: PATH: reason`, above the bar), and
//! listed again in the summary, which also gives the throughput.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// How much to say on standard error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

/// Interval of the plain progress lines when standard error is not a terminal.
const LINE_INTERVAL: Duration = Duration::from_secs(5);
/// Failures listed again in the summary.
const LISTED_FAILURES: usize = 20;

/// Prints above the progress bar (or plainly when there is none); cheap to clone and
/// to send to another thread.
#[derive(Clone)]
pub struct Printer {
    bar: Option<ProgressBar>,
    verbosity: Verbosity,
}

impl Printer {
    /// A line printed whatever the verbosity (errors).
    pub fn line(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.println(message),
            None => eprintln!("{message}"),
        }
    }

    /// A line printed with `--verbose` only.
    pub fn detail(&self, message: &str) {
        if self.verbosity >= Verbosity::Verbose {
            self.line(message);
        }
    }
}

/// Counts of a run, and how they are shown while it goes.
pub struct Progress {
    printer: Printer,
    verbosity: Verbosity,
    total_bytes: Option<u64>,
    start: Instant,
    last_line: Instant,
    pub documents: u64,
    pub quads: u64,
    pub bytes: u64,
    pub failures: Vec<String>,
}

impl Progress {
    /// `total_bytes`: the size of the inputs when known (not for standard input).
    pub fn new(verbosity: Verbosity, total_bytes: Option<u64>) -> Self {
        let bar = (verbosity > Verbosity::Quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(total_bytes, ProgressDrawTarget::stderr_with_hz(4));
            let template = if total_bytes.is_some() {
                "{elapsed_precise} [{wide_bar}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {msg} ETA {eta}"
            } else {
                "{elapsed_precise} {spinner} {binary_bytes} {binary_bytes_per_sec} {msg}"
            };
            bar.set_style(ProgressStyle::with_template(template).expect("a valid template").progress_chars("=> "));
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        });
        let now = Instant::now();
        Progress {
            printer: Printer { bar, verbosity },
            verbosity,
            total_bytes,
            start: now,
            last_line: now,
            documents: 0,
            quads: 0,
            bytes: 0,
            failures: Vec::new(),
        }
    }

    pub fn printer(&self) -> Printer {
        self.printer.clone()
    }

    /// A document done; `bytes_read` is the input read so far.
    pub fn document(&mut self, bytes_read: u64, quads: usize) {
        self.documents += 1;
        self.quads += quads as u64;
        self.advance(bytes_read);
    }

    /// A document or an input failed: reported now and in the summary.
    pub fn failure(&mut self, bytes_read: u64, message: String) {
        self.printer.line(&format!("tupu: error: {message}"));
        self.failures.push(message);
        self.advance(bytes_read);
    }

    fn advance(&mut self, bytes_read: u64) {
        self.bytes = bytes_read;
        if let Some(bar) = &self.printer.bar {
            bar.set_position(bytes_read);
            if self.documents % 16 == 0 {
                bar.set_message(format!("{} docs, {:.0} docs/s", self.documents, self.rate(self.documents as f64)));
            }
        } else if self.verbosity > Verbosity::Quiet && self.last_line.elapsed() >= LINE_INTERVAL {
            self.last_line = Instant::now();
            eprintln!("tupu: {}", self.status_line());
        }
    }

    fn rate(&self, n: f64) -> f64 {
        n / self.start.elapsed().as_secs_f64().max(1e-9)
    }

    fn status_line(&self) -> String {
        let mb = self.bytes as f64 / 1e6;
        let mut line = format!(
            "{} documents, {} failed, {mb:.1} MB",
            self.documents,
            self.failures.len()
        );
        if let Some(total) = self.total_bytes.filter(|&t| t > 0) {
            let done = self.bytes as f64 / total as f64;
            line += &format!(" of {:.1} MB ({:.0}%)", total as f64 / 1e6, done * 100.0);
            if done > 0.0 {
                let left = self.start.elapsed().as_secs_f64() * (1.0 - done) / done;
                line += &format!(", {left:.0} s left");
            }
        }
        line + &format!(", {:.2} MB/s, {:.0} documents/s", self.rate(mb), self.rate(self.documents as f64))
    }

    /// Removes the bar; the summary is printed by [`Progress::summary`].
    pub fn finish(&self) {
        if let Some(bar) = &self.printer.bar {
            bar.finish_and_clear();
        }
    }

    /// `tupu: built 12 documents, 1 failed, in 0.52 s (0.1 MB: 0.19 MB/s, 23 documents/s,
    /// 4100 quads/s)`.
    pub fn summary(&self, verb: &str, elapsed: Duration) -> String {
        let secs = elapsed.as_secs_f64();
        let mb = self.bytes as f64 / 1e6;
        format!(
            "tupu: {verb} {} document{}, {} failed, in {secs:.2} s ({mb:.1} MB: {:.2} MB/s, {:.0} documents/s, {:.0} quads/s)",
            self.documents,
            if self.documents == 1 { "" } else { "s" },
            self.failures.len(),
            mb / secs.max(1e-9),
            self.documents as f64 / secs.max(1e-9),
            self.quads as f64 / secs.max(1e-9),
        )
    }

    /// Time since the run started.
    pub fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }

    /// The failures again, for the end of the summary (the first ones when there are many).
    pub fn failure_list(&self) -> Option<String> {
        if self.failures.is_empty() {
            return None;
        }
        let mut out = format!("tupu: {} failed:", self.failures.len());
        for f in self.failures.iter().take(LISTED_FAILURES) {
            out += &format!("\n  {f}");
        }
        if self.failures.len() > LISTED_FAILURES {
            out += &format!("\n  … and {} more (listed above)", self.failures.len() - LISTED_FAILURES);
        }
        Some(out)
    }

    pub fn verbosity(&self) -> Verbosity {
        self.verbosity
    }
}
