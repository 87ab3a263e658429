#!/usr/bin/env python3
"""Score tupu on the annotated sets: extract every text of each set with BIN, score it with
../shared/eval/score.py (PYTHONHASHSEED=0: score.py picks between gold entries sharing a label
in set order), print per-set and pooled F1.

    scripts/score-sets.py BIN data/annotated/set25 data/annotated/set26 ...

Each set holds texts/NAME.txt and gold/NAME.json. The graphs and score details of every
document are kept in $TMPDIR/tupu-sets/<binary name>/<set>/ for diffing two binaries."""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
binp = sys.argv[1]; sets = sys.argv[2:]
bn = os.path.basename(binp)
PARTS = ["entities", "relations", "posts", "measures"]
# ../shared beside the project, as .ci/run finds it
SHARED = os.environ.get("TUPU_SHARED", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared"))
def one(setdir, name):
    out = os.path.join(os.environ.get("TMPDIR", "/tmp"), "tupu-sets", bn, os.path.basename(setdir)); os.makedirs(out, exist_ok=True)
    nq = f"{out}/{name}.nq"
    with open(nq, "w") as f:
        subprocess.run([binp, "extract", "-q", f"{setdir}/texts/{name}.txt", "--format", "nquads"], stdout=f, check=True)
    r = subprocess.run(["python3", os.path.join(SHARED, "eval", "score.py"), "--gold", f"{setdir}/gold/{name}.json", "--graph", nq, "--json"],
                       capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    open(f"{out}/{name}.json", "w").write(r.stdout)
    return json.loads(r.stdout)
def f1(t):
    p = t[0]/t[1] if t[1] else 0; r = t[0]/t[2] if t[2] else 0
    return 2*p*r/(p+r) if p+r else 0
pool = {p: [0,0,0] for p in PARTS}
for s in sets:
    s = s.rstrip("/")
    names = sorted(n[:-4] for n in os.listdir(f"{s}/texts") if n.endswith(".txt"))
    with ThreadPoolExecutor(2) as ex: res = list(ex.map(lambda n: one(s, n), names))
    tot = {p: [0,0,0] for p in PARTS}
    for r in res:
        for p in PARTS:
            x = r["report"][p]
            for i, k in enumerate(["tp","predicted","gold"]): tot[p][i] += x[k]; pool[p][i] += x[k]
    print(f"{os.path.basename(s):6s} " + " ".join(f"{p[:4]}={f1(tot[p]):.3f}" for p in PARTS))
if len(sets) > 1:
    print("pooled " + " ".join(f"{p[:4]}={f1(pool[p]):.3f}" for p in PARTS) + "   " + " ".join(f"{p[:4]} {pool[p][0]}/{pool[p][1]}/{pool[p][2]}" for p in PARTS))
