//! A bounded load test of `tupu serve` on this machine: N clients (threads) for S seconds
//! send typical requests — the example SPARQL queries, entity pages, document pages,
//! searches, the index — and the test reports requests, errors and latency percentiles.
//!
//! ```sh
//! tupu serve --store tupu-store &          # prints its address
//! cargo run --release --example loadtest -- --url http://127.0.0.1:7878 --clients 16 --seconds 30
//! ```
//!
//! It only talks to loopback addresses (it refuses any other host), and it stops by
//! itself after `--seconds` (each client also stops after `--max-requests`).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Args {
    url: String,
    clients: usize,
    seconds: u64,
    max_requests: usize,
    queries: String,
}

fn parse_args() -> Args {
    let mut args = Args {
        url: "http://127.0.0.1:7878".into(),
        clients: 16,
        seconds: 30,
        max_requests: 1_000_000,
        queries: concat!(env!("CARGO_MANIFEST_DIR"), "/examples/queries").into(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| die(&format!("{flag} needs a value")));
        match flag.as_str() {
            "--url" => args.url = value().trim_end_matches('/').to_string(),
            "--clients" => args.clients = value().parse().unwrap_or_else(|_| die("--clients N")),
            "--seconds" => args.seconds = value().parse().unwrap_or_else(|_| die("--seconds S")),
            "--max-requests" => args.max_requests = value().parse().unwrap_or_else(|_| die("--max-requests N")),
            "--queries" => args.queries = value(),
            "-h" | "--help" => {
                println!("loadtest [--url http://127.0.0.1:7878] [--clients 16] [--seconds 30] [--max-requests N] [--queries DIR]");
                std::process::exit(0);
            }
            other => die(&format!("unknown argument {other}")),
        }
    }
    let rest = args.url.strip_prefix("http://").unwrap_or("");
    let host = rest.split(['/', ':']).next().unwrap_or("");
    let loopback = rest.starts_with("[::1]")
        || host == "localhost"
        || host.parse::<std::net::Ipv4Addr>().is_ok_and(|ip| ip.is_loopback());
    if !loopback {
        die("the load test only targets loopback addresses (127.0.0.0/8, localhost, [::1])");
    }
    args.clients = args.clients.clamp(1, 256);
    args.seconds = args.seconds.clamp(1, 600);
    args
}

fn die(message: &str) -> ! {
    eprintln!("loadtest: {message}");
    std::process::exit(2)
}

/// One kind of request.
#[derive(Clone)]
struct Request {
    kind: &'static str,
    path: String,
    accept: &'static str,
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

fn encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// `?name` values of a SELECT, as JSON strings.
fn select(agent: &ureq::Agent, url: &str, query: &str, name: &str) -> Vec<String> {
    let mut response = agent
        .get(&format!("{url}/query?query={}", encode(query)))
        .header("Accept", "application/sparql-results+json")
        .call()
        .unwrap_or_else(|e| die(&format!("{url}: {e}")));
    let text = response.body_mut().read_to_string().unwrap_or_default();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|_| die(&format!("not SPARQL JSON: {text}")));
    json["results"]["bindings"]
        .as_array()
        .map(|rows| rows.iter().filter_map(|r| r[name]["value"].as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// The path of an IRI on the server (`/id/…`, `/doc/…`), ASCII.
fn path_of(base: &str, iri: &str) -> String {
    let rest = iri.strip_prefix(base).unwrap_or(iri);
    let encoded: String = rest.chars().map(|c| if c.is_ascii() { c.to_string() } else { encode(&c.to_string()) }).collect();
    match encoded.strip_prefix("doc/") {
        Some(doc) => format!("/doc/{doc}"),
        None => format!("/id/{encoded}"),
    }
}

/// The mix: every example query, entity pages, document pages, searches, the index.
fn workload(args: &Args) -> Vec<Request> {
    let agent = agent();
    let docs = select(&agent, &args.url, "SELECT ?d WHERE { ?d a tp:Document } ORDER BY ?d LIMIT 20", "d");
    let Some(first) = docs.first() else { die("the store has no documents") };
    let base = first.rsplit_once("doc/").map(|(b, _)| b.to_string()).unwrap_or_default();
    let entities = select(
        &agent,
        &args.url,
        "SELECT DISTINCT ?e WHERE { ?e a ?c ; rdfs:label ?l FILTER(STRSTARTS(STR(?c), STR(tp:)) && ?c != tp:Document && ?c != tp:Measurement) } ORDER BY ?e LIMIT 40",
        "e",
    );
    let labels = select(&agent, &args.url, "SELECT DISTINCT ?l WHERE { ?e a tp:Project ; rdfs:label ?l } ORDER BY ?l LIMIT 10", "l");
    let mut mix = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(Path::new(&args.queries))
        .unwrap_or_else(|e| die(&format!("{}: {e}", args.queries)))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .collect();
    files.sort();
    for file in &files {
        let query = std::fs::read_to_string(file).unwrap_or_default();
        for _ in 0..4 {
            mix.push(Request { kind: "sparql", path: format!("/query?query={}", encode(&query)), accept: "application/sparql-results+json" });
        }
    }
    for e in &entities {
        mix.push(Request { kind: "entity page", path: path_of(&base, e), accept: "text/html" });
    }
    for e in entities.iter().take(10) {
        mix.push(Request { kind: "entity turtle", path: path_of(&base, e), accept: "text/turtle" });
    }
    for d in &docs {
        for _ in 0..2 {
            mix.push(Request { kind: "document page", path: path_of(&base, d), accept: "text/html" });
        }
    }
    for l in &labels {
        let q: String = l.chars().take(2).collect();
        mix.push(Request { kind: "search", path: format!("/search?q={}", encode(&q)), accept: "text/html" });
    }
    for _ in 0..4 {
        mix.push(Request { kind: "index", path: "/".into(), accept: "text/html" });
    }
    mix
}

#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    errors: usize,
    bytes: u64,
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let args = parse_args();
    let mix = Arc::new(workload(&args));
    let kinds: BTreeMap<&str, usize> = mix.iter().fold(BTreeMap::new(), |mut m, r| {
        *m.entry(r.kind).or_default() += 1;
        m
    });
    println!(
        "loadtest: {} clients for {} s against {} ({} requests in the mix: {})",
        args.clients,
        args.seconds,
        args.url,
        mix.len(),
        kinds.iter().map(|(k, n)| format!("{n} {k}")).collect::<Vec<_>>().join(", ")
    );
    let results: Arc<Mutex<BTreeMap<&'static str, Tally>>> = Arc::default();
    let first_errors: Arc<Mutex<Vec<String>>> = Arc::default();
    let started = Instant::now();
    let deadline = started + Duration::from_secs(args.seconds);
    let threads: Vec<_> = (0..args.clients)
        .map(|client| {
            let (mix, results, first_errors, url) = (Arc::clone(&mix), Arc::clone(&results), Arc::clone(&first_errors), args.url.clone());
            let max_requests = args.max_requests;
            std::thread::spawn(move || {
                let agent = agent();
                let mut local: BTreeMap<&'static str, Tally> = BTreeMap::new();
                // each client walks the mix from its own starting point, with its own stride
                let stride = [1, 3, 5, 7, 11, 13][client % 6];
                let mut i = client * 7919;
                let mut sent = 0;
                while Instant::now() < deadline && sent < max_requests {
                    let request = &mix[i % mix.len()];
                    i += stride;
                    sent += 1;
                    let t0 = Instant::now();
                    let outcome = agent.get(&format!("{url}{}", request.path)).header("Accept", request.accept).call();
                    let tally = local.entry(request.kind).or_default();
                    match outcome {
                        Ok(mut response) => {
                            let status = response.status();
                            let body = response.body_mut().with_config().limit(64 << 20).read_to_vec().unwrap_or_default();
                            tally.latencies.push(t0.elapsed());
                            tally.bytes += body.len() as u64;
                            if !status.is_success() {
                                tally.errors += 1;
                                let mut errors = first_errors.lock().unwrap();
                                if errors.len() < 5 {
                                    errors.push(format!("{} {}: {status}", request.kind, request.path.chars().take(80).collect::<String>()));
                                }
                            }
                        }
                        Err(e) => {
                            tally.latencies.push(t0.elapsed());
                            tally.errors += 1;
                            let mut errors = first_errors.lock().unwrap();
                            if errors.len() < 5 {
                                errors.push(format!("{}: {e}", request.kind));
                            }
                        }
                    }
                }
                let mut all = results.lock().unwrap();
                for (kind, tally) in local {
                    let entry = all.entry(kind).or_default();
                    entry.latencies.extend(tally.latencies);
                    entry.errors += tally.errors;
                    entry.bytes += tally.bytes;
                }
            })
        })
        .collect();
    for t in threads {
        let _ = t.join();
    }
    let elapsed = started.elapsed();
    let results = results.lock().unwrap();
    println!("{:<14} {:>9} {:>7} {:>9} {:>9} {:>9} {:>9}", "kind", "requests", "errors", "p50 ms", "p90 ms", "p99 ms", "max ms");
    let mut all: Vec<Duration> = Vec::new();
    let mut errors = 0;
    let mut bytes = 0;
    for (kind, tally) in results.iter() {
        let mut sorted = tally.latencies.clone();
        sorted.sort();
        println!(
            "{:<14} {:>9} {:>7} {:>9} {:>9} {:>9} {:>9}",
            kind,
            sorted.len(),
            tally.errors,
            ms(percentile(&sorted, 0.5)),
            ms(percentile(&sorted, 0.9)),
            ms(percentile(&sorted, 0.99)),
            ms(sorted.last().copied().unwrap_or_default())
        );
        all.extend(sorted);
        errors += tally.errors;
        bytes += tally.bytes;
    }
    all.sort();
    println!(
        "{:<14} {:>9} {:>7} {:>9} {:>9} {:>9} {:>9}",
        "all",
        all.len(),
        errors,
        ms(percentile(&all, 0.5)),
        ms(percentile(&all, 0.9)),
        ms(percentile(&all, 0.99)),
        ms(all.last().copied().unwrap_or_default())
    );
    println!(
        "{} requests in {:.1} s: {:.0} requests/s, {:.1} MB received, {} errors",
        all.len(),
        elapsed.as_secs_f64(),
        all.len() as f64 / elapsed.as_secs_f64(),
        bytes as f64 / 1e6,
        errors
    );
    for e in first_errors.lock().unwrap().iter() {
        println!("error: {e}");
    }
    if errors > 0 {
        std::process::exit(1);
    }
}
