#!/usr/bin/env bash
# Whole-process measurements of tupu against its floors, with /usr/bin/time -v:
# bare jieba-rs tagging (the bench example's jieba stage), `tupu extract`, the Oxigraph
# CLI's bulk load of the same quads, `tupu build` at 1 and 2 jobs (also with --compact),
# and rebuilds.
#
#   scripts/bench-processes.sh [CORPUS]     (default ../shared/corpus/bench/xwlb-2024.jsonl)
#
# Needs GNU time (apt-get install time) and, for the Oxigraph comparison, the `oxigraph`
# CLI (pip install oxigraph ships it; it is skipped when missing).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${1:-$root/../shared/corpus/bench/xwlb-2024.jsonl}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/tupu/target}
[ -n "${NO_BUILD:-}" ] || (cd "$root" && cargo build --release --bin tupu --example bench -q)
tupu=${TUPU:-$CARGO_TARGET_DIR/release/tupu}
bench=${BENCH:-$CARGO_TARGET_DIR/release/examples/bench}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

measure() {
    local name=$1
    shift
    /usr/bin/time -v "$@" >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; return 1; }
    awk -v n="$name" -F': ' '
        /Elapsed \(wall/ {w = $2} /User time/ {u = $2} /System time/ {s = $2}
        /Maximum resident/ {r = $2}
        END {printf "%-40s wall %8s  user %6s  sys %5s  peak RSS %4.0f MB\n", n, w, u, s, r / 1024}' "$tmp/err"
}

echo "corpus: $corpus ($(du -h "$corpus" | cut -f1)); $(nproc) cores; $(uptime | sed 's/.*load/load/')"
measure "jieba-rs Jieba::new + tag, 1 thread" "$bench" "$corpus" --stage "jieba new+tag" --threads 1 --nquads "$tmp/none.nq"
measure "tupu extract --jobs 1 > /dev/null" "$tupu" extract -q --jobs 1 "$corpus"
measure "tupu extract --jobs 2 > /dev/null" "$tupu" extract -q --jobs 2 "$corpus"
"$tupu" extract -q "$corpus" >"$tmp/corpus.nq"
echo "  ($(wc -l <"$tmp/corpus.nq") quads, $(du -h "$tmp/corpus.nq" | cut -f1) of N-Quads)"
if command -v oxigraph >/dev/null; then
    measure "oxigraph load (the same quads)" oxigraph load --location "$tmp/ox" --file "$tmp/corpus.nq"
fi
# RocksDB merges what a build ingested in the background, during the build and in later
# processes: the SST files a build leaves tell how much is left (a compacted store: ~9)
sst() { echo "  (store left with $(find "$1" -name '*.sst' | wc -l) SST files)"; }
measure "tupu build --jobs 1" "$tupu" build -q --jobs 1 --store "$tmp/s1" "$corpus"
sst "$tmp/s1"
measure "tupu build --jobs 2" "$tupu" build -q --jobs 2 --store "$tmp/s2" "$corpus"
sst "$tmp/s2"
measure "tupu build --jobs 1 --compact" "$tupu" build -q --jobs 1 --compact --store "$tmp/c1" "$corpus"
measure "tupu build --jobs 2 --compact" "$tupu" build -q --jobs 2 --compact --store "$tmp/c2" "$corpus"
sst "$tmp/c2"
measure "tupu build --jobs 2, again (unchanged)" "$tupu" build -q --jobs 2 --store "$tmp/s2" "$corpus"
measure "tupu build --jobs 2, again (all changed)" "$tupu" build -q --jobs 2 --date-field none --store "$tmp/s2" "$corpus"
echo "$(uptime | sed 's/.*load/load/')"
