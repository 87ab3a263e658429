//! Running a per-document job over a whole corpus on several threads, with the results
//! handed on in input order.
//!
//! Three kinds of thread share the work:
//!
//! - one reader walks the inputs ([`Documents`]): file I/O, decoding, unique ids. It
//!   is sequential because ids must be made unique in input order, and cheap;
//! - `jobs` workers, on a rayon pool of their own (not the global one, so a library
//!   user's pool is left alone), run the job (extract, map, serialise…) on one
//!   document at a time;
//! - the calling thread receives the results, puts them back in input order and hands
//!   each to `consume` (write N-Quads, fill a bulk-load batch…).
//!
//! With one job there are no threads at all: the calling thread reads, works and
//! consumes each document in turn (`--jobs 1` asks for one core, and handing every
//! document between three threads costs more than it saves).
//!
//! Memory stays bounded whatever the size of the corpus: the reader takes a permit
//! before reading a document and the consumer gives it back once the document's
//! result has been consumed, so at most [`Options::in_flight`] documents exist at a
//! time, read, in work, or waiting in the reorder buffer for an earlier one.
//!
//! Results come out in input order, so whatever consumes them does the same thing
//! whatever the number of jobs: `--jobs 1` and `--jobs 8` write the same bytes.
//!
//! A job that panics on one document fails that document (its message is reported
//! like any other failure) and the run goes on.

use crate::input::{Documents, Fields, InputDoc, InputError, InputItem, Origin};
use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, sync_channel, Receiver};
use std::sync::Mutex;
use std::thread;

/// How to run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Worker threads (at least 1).
    pub jobs: usize,
    /// Documents in flight at most: read, in work or waiting for an earlier one.
    pub in_flight: usize,
    /// Field names of JSON records.
    pub fields: Fields,
}

impl Options {
    /// `jobs` workers (0: one per core), 8 documents in flight per worker.
    pub fn new(jobs: usize) -> Self {
        let jobs = if jobs == 0 { thread::available_parallelism().map_or(1, |n| n.get()) } else { jobs };
        Options { jobs, in_flight: 8 * jobs + 8, fields: Fields::default() }
    }

    pub fn with_fields(mut self, fields: Fields) -> Self {
        self.fields = fields;
        self
    }
}

/// The outcome of one document (or of one input that could not be read), in input order.
#[derive(Debug)]
pub struct Done<T> {
    /// Bytes of input read up to and including this document.
    pub bytes_read: u64,
    /// The job's result, or why the document or input failed (`path: reason`).
    pub result: Result<(Origin, T), String>,
}

/// Runs `job` on every document of `items` on `options.jobs` threads and calls
/// `consume` with each outcome in input order.
///
/// Setting `stop` makes the reader stop reading: the documents already read are still
/// worked on and consumed, then `run` returns. An error from `consume` stops the run
/// the same way and is returned.
pub fn run<T, E>(
    items: Vec<Result<InputItem, InputError>>,
    options: &Options,
    stop: &AtomicBool,
    job: impl Fn(&InputDoc) -> Result<T, String> + Sync,
    mut consume: impl FnMut(Done<T>) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
{
    let jobs = options.jobs.max(1);
    if jobs == 1 {
        return run_here(items, options, stop, job, consume);
    }
    let in_flight = options.in_flight.max(jobs);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("tupu-worker-{i}"))
        .build()
        .expect("a thread pool can be built");

    // permits: one per document in flight
    let (permit_tx, permit_rx) = sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        permit_tx.send(()).expect("the channel has room");
    }
    let (work_tx, work_rx) = sync_channel::<(usize, u64, Result<InputDoc, InputError>)>(in_flight);
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = channel::<(usize, Done<T>)>();
    // set when the consumer gives up: the reader must not wait for permits then
    let abandoned = AtomicBool::new(false);
    let fields = options.fields.clone();

    thread::scope(|threads| {
        let abandoned = &abandoned;
        threads.spawn(move || {
            let mut documents = Documents::with_fields(items, fields);
            for seq in 0.. {
                if permit_rx.recv().is_err() || stop.load(Ordering::Relaxed) || abandoned.load(Ordering::Relaxed) {
                    break;
                }
                let Some(item) = documents.next() else { break };
                if work_tx.send((seq, documents.bytes_read(), item)).is_err() {
                    break;
                }
            }
            // dropping work_tx lets the workers finish
        });

        pool.in_place_scope(|workers| {
            for _ in 0..jobs {
                let done_tx = done_tx.clone();
                let (work_rx, job) = (&work_rx, &job);
                workers.spawn(move |_| loop {
                    let next = work_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, bytes_read, item))) = next else { break };
                    if done_tx.send((seq, work(job, bytes_read, item))).is_err() {
                        break;
                    }
                });
            }
            drop(done_tx);
            let outcome = consume_in_order(&done_rx, &permit_tx, &mut consume);
            if outcome.is_err() {
                abandoned.store(true, Ordering::Relaxed);
            }
            // the reader may wait for a permit: closing the channel wakes it
            drop(permit_tx);
            // workers blocked on sending their result see the channel closed
            drop(done_rx);
            outcome
        })
    })
}

/// One document's outcome: the job's result, or why the input or the job failed.
fn work<T>(job: &impl Fn(&InputDoc) -> Result<T, String>, bytes_read: u64, item: Result<InputDoc, InputError>) -> Done<T> {
    let result = match item {
        Err(e) => Err(e.to_string()),
        Ok(d) => match panic::catch_unwind(AssertUnwindSafe(|| job(&d))) {
            Ok(Ok(value)) => Ok((d.origin, value)),
            Ok(Err(reason)) => Err(format!("{}: {reason}", d.origin)),
            Err(_) => Err(format!("{}: internal error (see the message above)", d.origin)),
        },
    };
    Done { bytes_read, result }
}

/// [`run`] with one job, on the calling thread.
fn run_here<T, E>(
    items: Vec<Result<InputItem, InputError>>,
    options: &Options,
    stop: &AtomicBool,
    job: impl Fn(&InputDoc) -> Result<T, String>,
    mut consume: impl FnMut(Done<T>) -> Result<(), E>,
) -> Result<(), E> {
    let mut documents = Documents::with_fields(items, options.fields.clone());
    while !stop.load(Ordering::Relaxed) {
        let Some(item) = documents.next() else { break };
        consume(work(&job, documents.bytes_read(), item))?;
    }
    Ok(())
}

/// Receives results in any order and consumes them in input order, giving a permit
/// back for each.
fn consume_in_order<T, E>(
    done_rx: &Receiver<(usize, Done<T>)>,
    permit_tx: &std::sync::mpsc::SyncSender<()>,
    consume: &mut impl FnMut(Done<T>) -> Result<(), E>,
) -> Result<(), E> {
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    while let Ok((seq, done)) = done_rx.recv() {
        waiting.insert(seq, done);
        while let Some(done) = waiting.remove(&next) {
            next += 1;
            consume(done)?;
            let _ = permit_tx.try_send(());
        }
    }
    // every worker has ended: what is left cannot be missing an earlier document
    // unless a worker died, which catch_unwind prevents
    for (_, done) in waiting {
        consume(done)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::sync::atomic::AtomicUsize;

    fn corpus(n: usize) -> (tempfile::TempDir, Vec<Result<InputItem, InputError>>) {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..n {
            fs::write(dir.path().join(format!("{i:04}.txt")), format!("第{i}篇。").repeat(i % 7 + 1)).unwrap();
        }
        fs::write(dir.path().join("0003.txt"), b"").unwrap();
        let items = crate::input::expand_inputs(&[dir.path().to_path_buf()]);
        (dir, items)
    }

    fn ids(jobs: usize, items: Vec<Result<InputItem, InputError>>) -> Vec<Result<String, String>> {
        let mut out = Vec::new();
        let stop = AtomicBool::new(false);
        run(
            items,
            &Options::new(jobs),
            &stop,
            |d| {
                // uneven work, so that results come back out of order
                thread::sleep(std::time::Duration::from_micros((d.doc.text.len() % 5) as u64 * 200));
                if d.doc.id == "0005" {
                    panic!("a bug on one document");
                }
                Ok(d.doc.id.clone())
            },
            |done| {
                out.push(done.result.map(|(_, id)| id));
                Ok::<_, ()>(())
            },
        )
        .unwrap();
        out
    }

    #[test]
    fn results_come_in_input_order_whatever_the_number_of_jobs() {
        let (dir, items) = corpus(60);
        let one = ids(1, items);
        let four = ids(4, crate::input::expand_inputs(&[dir.path().to_path_buf()]));
        assert_eq!(one, four);
        assert_eq!(one.len(), 60);
        assert!(one[3].as_ref().unwrap_err().ends_with("0003.txt: empty file"));
        assert!(one[5].as_ref().unwrap_err().ends_with("0005.txt: internal error (see the message above)"));
        assert_eq!(one[59].as_ref().unwrap(), "0059");
    }

    #[test]
    fn stop_ends_the_run_early_and_a_consumer_error_is_returned() {
        for jobs in [1, 2] {
            stop_and_error(jobs);
        }
    }

    fn stop_and_error(jobs: usize) {
        let (_dir, items) = corpus(200);
        let stop = AtomicBool::new(false);
        let consumed = AtomicUsize::new(0);
        run(items, &Options::new(jobs), &stop, |d| Ok(d.doc.id.clone()), |_| {
            if consumed.fetch_add(1, Ordering::Relaxed) == 10 {
                stop.store(true, Ordering::Relaxed);
            }
            Ok::<_, ()>(())
        })
        .unwrap();
        let n = consumed.load(Ordering::Relaxed);
        assert!(n > 10 && n < 200, "{n}");

        let (_dir, items) = corpus(200);
        let stop = AtomicBool::new(false);
        let mut seen = 0;
        let result = run(items, &Options::new(jobs), &stop, |d| Ok(d.doc.id.clone()), |_| {
            seen += 1;
            if seen == 5 {
                Err("disk full")
            } else {
                Ok(())
            }
        });
        assert_eq!(result, Err("disk full"));
        assert_eq!(seen, 5);
    }
}
