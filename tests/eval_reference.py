#!/usr/bin/env python3
"""An independent implementation of the gold-format.md scoring rules, and a
check that `dyad eval --predictions` agrees with it to three decimals.

It differs from src/eval on purpose: the best one-to-one matching is found by
brute force over all assignments (fine for a handful of events per sentence)
instead of augmenting paths, and the rules are written from the document, not
from the C++.

Usage: eval_reference.py DYAD_BINARY FIXTURE_DIR
Checks the hand-made fixtures in FIXTURE_DIR (gold.jsonl + pred.jsonl +
expected.json) and 300 random gold/prediction sets.
"""
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile


def key(actor):
    if actor is None:
        return None
    return actor.get("org") or actor.get("country") or None


def sector(actor):
    return None if actor is None else actor.get("sector") or None


def roots(gold):
    return {c[:2] for c in [gold["cameo"]] + gold.get("alt", [])}


def swap_ok(gold):
    c = gold["cameo"]
    return c[:2] == "04" and c[:3] not in ("042", "043")


def same_dyad(e, g, with_sector):
    def eq(a, b):
        return key(a) == key(b) and (not with_sector or sector(a) == sector(b))
    straight = eq(e["source"], g["source"]) and eq(e["target"], g["target"])
    swapped = eq(e["source"], g["target"]) and eq(e["target"], g["source"])
    return straight or (swap_ok(g) and swapped)


def match(variant, e, g):
    if bool(e.get("negated")) != bool(g.get("negated")):
        return False
    root_ok = len(e["cameo"]) >= 2 and e["cameo"][:2] in roots(g)
    if variant == "type":
        return root_ok
    if variant == "dyad":
        return same_dyad(e, g, False)
    if variant == "event":
        return root_ok and same_dyad(e, g, False)
    code_ok = e["cameo"] in [g["cameo"]] + g.get("alt", [])
    return code_ok and same_dyad(e, g, True)


def best(variant, gold, emitted):
    """Largest number of disjoint (gold, emitted) matching pairs."""
    best_n = 0
    ng, ne = len(gold), len(emitted)
    if ng == 0 or ne == 0:
        return 0
    # Assign each gold event to a distinct emitted event or to none.
    small, large = (gold, emitted) if ng <= ne else (emitted, gold)
    for perm in itertools.permutations(range(len(large)), len(small)):
        n = 0
        for i, j in enumerate(perm):
            g, e = (small[i], large[j]) if ng <= ne else (large[j], small[i])
            n += match(variant, e, g)
        best_n = max(best_n, n)
    return best_n


def metric(tp, emitted, gold):
    p = tp / emitted if emitted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "emitted": emitted, "gold": gold}


def score(gold_lines, pred_lines):
    emitted = {}
    for e in pred_lines:
        emitted.setdefault(e["doc_id"], []).append(e)
    totals = {}
    for s in gold_lines:
        em = emitted.get(s["id"], [])
        for scope in ("all", s["lang"]):
            t = totals.setdefault(scope, {v: [0, 0, 0] for v in ("type", "dyad", "event", "strict")})
            for v in t:
                t[v][0] += best(v, s["events"], em)
                t[v][1] += len(em)
                t[v][2] += len(s["events"])
    out = {v: metric(*totals["all"][v]) for v in totals["all"]} if "all" in totals else {}
    out["by_lang"] = {l: {v: metric(*c) for v, c in t.items()} for l, t in totals.items() if l != "all"}
    out["sentences"] = len(gold_lines)
    return out


def random_actor(rng):
    if rng.random() < 0.15:
        return None
    a = {"country": rng.choice([None, "SYR", "TUR", "RUS"]),
         "org": rng.choice([None, None, None, "UN"]),
         "sector": rng.choice([None, "GOV", "MIL"])}
    return a


def random_event(rng, gold):
    e = {"source": random_actor(rng), "target": random_actor(rng),
         "cameo": rng.choice(["010", "040", "042", "043", "046", "111", "190", "195", "1056"]),
         "negated": rng.random() < 0.1}
    if gold:
        e["alt"] = rng.sample(["01", "04", "11", "19", "190", "112"], rng.randint(0, 2))
    return e


def run_dyad(dyad, gold_lines, pred_lines):
    with tempfile.TemporaryDirectory() as d:
        g, p = os.path.join(d, "gold.jsonl"), os.path.join(d, "pred.jsonl")
        with open(g, "w") as f:
            f.writelines(json.dumps(x) + "\n" for x in gold_lines)
        with open(p, "w") as f:
            f.writelines(json.dumps(x) + "\n" for x in pred_lines)
        res = subprocess.run([dyad, "eval", "--json", "--predictions", p, g],
                             capture_output=True, text=True)
        if res.returncode != 0:
            raise SystemExit("dyad eval failed: " + res.stderr)
        return json.loads(res.stdout)


def compare(a, b, where):
    bad = []
    def walk(x, y, path):
        if isinstance(x, dict):
            for k in x:
                if k not in y:
                    bad.append("%s.%s missing in dyad" % (path, k))
                else:
                    walk(x[k], y[k], path + "." + k)
        elif isinstance(x, float):
            if abs(x - y) > 0.0005:
                bad.append("%s: reference %.4f, dyad %.4f" % (path, x, y))
        elif x != y:
            bad.append("%s: reference %r, dyad %r" % (path, x, y))
    walk(a, b, where)
    return bad


def main():
    dyad, fixtures = sys.argv[1], sys.argv[2]
    problems = []
    gold = [json.loads(l) for l in open(os.path.join(fixtures, "gold.jsonl")) if l.strip()]
    pred = [json.loads(l) for l in open(os.path.join(fixtures, "pred.jsonl")) if l.strip()]
    ref = score(gold, pred)
    expected = json.load(open(os.path.join(fixtures, "expected.json")))
    problems += compare(expected, ref, "fixture(expected vs reference)")
    problems += compare(ref, run_dyad(dyad, gold, pred), "fixture")
    rng = random.Random(20261125)
    for case in range(300):
        gold, pred = [], []
        for i in range(rng.randint(1, 6)):
            sid = "s%d" % i
            gold.append({"id": sid, "lang": rng.choice(["fr", "en"]), "text": "",
                         "events": [random_event(rng, True) for _ in range(rng.randint(0, 3))]})
            pred += [dict(random_event(rng, False), doc_id=sid) for _ in range(rng.randint(0, 3))]
        problems += compare(score(gold, pred), run_dyad(dyad, gold, pred), "random#%d" % case)
        if len(problems) > 10:
            break
    for p in problems[:20]:
        print("DISAGREE", p)
    print("eval agreement: %s (fixtures + 300 random sets)" % ("FAIL" if problems else "ok"))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
