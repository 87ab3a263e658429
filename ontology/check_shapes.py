#!/usr/bin/env python3
"""Validate a tupu graph dump against ontology/shapes.ttl.

Usage:
    python3 ontology/check_shapes.py DATA.(nt|nq|ttl|trig) [DATA ...] [--inference none|rdfs]
    python3 ontology/check_shapes.py --self-test

All named graphs of the input are merged into one graph, ontology/tupu.ttl is added (so
that sh:targetClass and sh:class follow rdfs:subClassOf), and pyshacl validates the result.
Exit code: 0 conforms, 1 does not conform (or a self-test failed), 2 input error.

Prefer the default `--inference none`: with `rdfs`, rdfs:range axioms of the ontology type
a wrong object into the expected class, so sh:class checks on relations can no longer fail.

The self-test validates the fixtures in ontology/tests/: every valid*.{ttl,trig} must
conform (with and without RDFS inference); every invalid-*.{ttl,trig} must not, and each of its results must match one of
the `# expect: <text>` lines of its header (a substring of the result message), and every
expected line must be matched by some result.

Needs rdflib and pyshacl (pip install rdflib pyshacl).
"""

import argparse
import sys
from pathlib import Path

import rdflib
from pyshacl import validate
from rdflib.namespace import SH

HERE = Path(__file__).resolve().parent
SHAPES = HERE / "shapes.ttl"
ONTOLOGY = HERE / "tupu.ttl"
FIXTURES = HERE / "tests"

FORMATS = {
    ".nt": "nt",
    ".nq": "nquads",
    ".ttl": "turtle",
    ".trig": "trig",
}


def load(paths, ontology=ONTOLOGY):
    """Reads the data files (all their graphs merged) and the ontology into one graph."""
    merged = rdflib.Graph()
    for path in list(paths) + ([ontology] if ontology else []):
        path = Path(path)
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise ValueError(f"{path}: unknown extension (expected .nt, .nq, .ttl or .trig)")
        if fmt in ("nquads", "trig"):
            ds = rdflib.Dataset()
            ds.parse(path, format=fmt)
            for s, p, o, _g in ds.quads((None, None, None, None)):
                merged.add((s, p, o))
        else:
            merged.parse(path, format=fmt)
    return merged


def run(data_graph, inference="none"):
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    conforms, report_graph, report_text = validate(
        data_graph,
        shacl_graph=shapes,
        inference=inference,
        advanced=True,
        allow_warnings=False,
    )
    return conforms, report_graph, report_text


def result_messages(report_graph):
    """(focus node, message) of every validation result."""
    out = []
    for result in report_graph.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = report_graph.value(result, SH.focusNode)
        messages = [str(m) for m in report_graph.objects(result, SH.resultMessage)]
        out.append((focus, " | ".join(messages) or "(no message)"))
    return out


def expectations(path):
    expected = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("# expect:"):
            expected.append(line[len("# expect:"):].strip())
    return expected


def self_test():
    fixtures = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".ttl", ".trig"))
    passed = failed = 0
    for path in fixtures:
        valid = path.name.startswith("valid")
        expected = expectations(path)
        # Valid data must also survive RDFS inference. Invalid fixtures are checked without
        # it: inference from rdfs:range would type a wrong object into the expected class.
        for inference in ("none", "rdfs") if valid else ("none",):
            name = f"{path.name} [inference={inference}]"
            try:
                conforms, report_graph, report_text = run(load([path]), inference)
            except Exception as err:  # noqa: BLE001 - a broken fixture is a failure
                print(f"FAIL {name}: {err}")
                failed += 1
                continue
            results = result_messages(report_graph)
            problems = []
            if valid:
                if not conforms:
                    problems.append("expected to conform, but:")
                    problems += [f"    {f}: {m}" for f, m in results]
            else:
                if conforms:
                    problems.append("expected violations, but it conforms")
                if not expected:
                    problems.append("no '# expect:' line in the fixture header")
                for exp in expected:
                    if not any(exp in m for _f, m in results):
                        problems.append(f"expected a result matching {exp!r}")
                for f, m in results:
                    if not any(exp in m for exp in expected):
                        problems.append(f"unexpected result {f}: {m}")
            if problems:
                failed += 1
                print(f"FAIL {name}")
                for p in problems:
                    print(f"    {p}")
            else:
                passed += 1
                summary = "conforms" if valid else f"{len(results)} violation(s) as expected"
                print(f"ok   {name}: {summary}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="*", help="graph dump(s): .nt, .nq, .ttl or .trig")
    parser.add_argument("--inference", choices=["none", "rdfs"], default="none",
                        help="pyshacl inference before validation (default: none)")
    parser.add_argument("--no-ontology", action="store_true",
                        help="do not add ontology/tupu.ttl to the data graph")
    parser.add_argument("--self-test", action="store_true",
                        help="validate the fixtures in ontology/tests/")
    args = parser.parse_args(argv)

    if args.self_test:
        return self_test()
    if not args.data:
        parser.error("give a data file or --self-test")
    try:
        graph = load(args.data, ontology=None if args.no_ontology else ONTOLOGY)
    except Exception as err:  # noqa: BLE001 - report any parse error
        print(f"error: {err}", file=sys.stderr)
        return 2
    conforms, _report_graph, report_text = run(graph, args.inference)
    print(report_text)
    return 0 if conforms else 1


if __name__ == "__main__":
    sys.exit(main())
