//! Helpers the integration tests share: run the `tupu` binary and ask its store questions.
//!
//! Each test crate uses a different subset, hence the `dead_code` allowance.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

pub fn tupu() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tupu"))
}

/// SPARQL JSON results of `query` over the store.
pub fn query_json(store: &Path, query: &str) -> Value {
    let out = tupu().args(["query", "--format", "json", "--store"]).arg(store).arg(query).assert().success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

/// The `?n` of a `SELECT (COUNT(…) AS ?n)` query.
pub fn count(store: &Path, query: &str) -> u64 {
    query_json(store, query)["results"]["bindings"][0]["n"]["value"].as_str().unwrap().parse().unwrap()
}

pub fn ask(store: &Path, query: &str) -> bool {
    query_json(store, query)["boolean"].as_bool().unwrap()
}

pub fn documents(store: &Path) -> u64 {
    count(store, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a tp:Document }")
}

pub fn quads(store: &Path) -> u64 {
    count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
}
