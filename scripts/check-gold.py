#!/usr/bin/env python3
"""Validate a gold annotation against its text: check.py TEXT GOLD.json"""
import json, sys, unicodedata
STRIP = set("“”‘’\"'「」『』《》〈〉()（）[]【】 \t\r\n\u3000")
def norm(s):
    s = unicodedata.normalize("NFKC", s); return "".join(c for c in s if c not in STRIP)
TYPES = {"Organization","GovernmentBody","PartyOrganization","Company","Institution","SocialOrganization",
         "AdministrativeDivision","Community","Project","Initiative","Person","Event"}
RELS = {"locatedIn","partOf","implements","undertakes","participant"}
text = open(sys.argv[1], encoding="utf-8").read(); nt = norm(text)
g = json.load(open(sys.argv[2], encoding="utf-8"))
errs = []
for k in ["document","entities","relations","posts","measures","dates"]:
    if k not in g: errs.append(f"missing top-level key {k}")
keys = {}
for e in g.get("entities", []):
    for f in ("key","type","labels"):
        if f not in e: errs.append(f"entity {e} lacks {f}")
    if e.get("key") in keys: errs.append(f"duplicate entity key {e.get('key')}")
    keys[e.get("key")] = e
    ts = e.get("type"); ts = ts if isinstance(ts, list) else [ts]
    for t in ts:
        if t not in TYPES: errs.append(f"entity {e.get('key')}: unknown type {t}")
    if not any(norm(l) in nt for l in e.get("labels", [])): errs.append(f"entity {e.get('key')}: none of its labels occurs in the text")
    for l in e.get("labels", []):
        if norm(l) not in nt: print(f"note: entity {e.get('key')}: label {l!r} is not written in the text (an accepted alternative?)")
for r in g.get("relations", []):
    ps = r.get("p"); ps = ps if isinstance(ps, list) else [ps]
    for p in ps:
        if p not in RELS: errs.append(f"relation {r}: unknown predicate {p}")
    for f in ("s","o"):
        if r.get(f) not in keys: errs.append(f"relation {r}: {f} is not an entity key")
for p in g.get("posts", []):
    if p.get("person") not in keys: errs.append(f"post {p}: person is not an entity key")
    elif "Person" not in (keys[p["person"]]["type"] if isinstance(keys[p["person"]]["type"], list) else [keys[p["person"]]["type"]]): errs.append(f"post {p}: person is not typed Person")
    if p.get("org") not in keys: errs.append(f"post {p}: org is not an entity key")
    if not p.get("role"): errs.append(f"post {p}: no role")
for m in g.get("measures", []):
    if m.get("s") not in keys: errs.append(f"measure {m}: s is not an entity key")
    if not isinstance(m.get("value"), (int, float)): errs.append(f"measure {m}: value is not a number")
    if not m.get("unit"): errs.append(f"measure {m}: no unit")
for d in g.get("dates", []):
    if d.get("s") not in keys: errs.append(f"date {d}: s is not an entity key")
for e in errs: print("ERROR", e)
print(f"{len(errs)} error(s); {len(g.get('entities',[]))} entities, {len(g.get('relations',[]))} relations, "
      f"{len(g.get('posts',[]))} posts, {len(g.get('measures',[]))} measures, {len(g.get('dates',[]))} dates")
sys.exit(1 if errs else 0)
