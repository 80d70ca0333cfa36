#!/usr/bin/env python3
"""Score the extractor on a held-out genre set with the evaluation's own scorer (../shared/eval/score.py).

A genre set is a folder holding ``gold.yml`` (the scorer's gold format) and ``documents/``. The default is
this folder, tests/genre_b, the second blind set; pass another folder (e.g. tests/genre) to score that one.
The wrapper imports ``score.py`` and reuses its extractor runner, matching and summary, then adds the lists
the summary leaves out: decisions missed, false positives, wrong owners and dues on matched follow-ups,
wrong committee names or dates, and reader errors.

usage (from the repository root):
  .venv/bin/python tests/genre_b/score_genre_b.py [SET_DIR] [--cmd ".venv/bin/arising extract --format json"]
                                                  [--misses] [--json OUT]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shlex
import shutil
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SCORE_PY = REPO.parent / "shared" / "eval" / "score.py"
LISTS = ("missed_must", "missed_decisions", "false_positives", "owner_wrong", "due_wrong", "meta_wrong", "errors")


def default_cmd() -> str:
    """`arising extract --format json` from this interpreter's environment (the venv when run from it)."""
    script = Path(sys.executable).parent / "arising"
    if script.is_file():
        return shlex.join([str(script), "extract", "--format", "json"])
    if shutil.which("arising"):
        return "arising extract --format json"
    return shlex.join([sys.executable, "-c", "from arising.cli import main; main()", "extract", "--format", "json"])


DEFAULT_CMD = default_cmd()


def load_scorer(path: Path = SCORE_PY):
    """The evaluation's score.py as a module; a one-line SystemExit if it is not there."""
    if not path.is_file():
        raise SystemExit(f"score_genre_b: {path} not found; genre sets are scored with ../shared/eval/score.py")
    spec = importlib.util.spec_from_file_location("arising_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_gold(set_dir: Path = HERE) -> list[dict]:
    """The set's gold documents, shaped as score.py's own loader shapes them."""
    path = Path(set_dir) / "gold.yml"
    if not path.is_file():
        raise SystemExit(f"score_genre_b: {path} not found; a genre set is a folder with gold.yml and documents/")
    docs = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("documents", [])
    for d in docs:
        d["_batch"] = path.name
        d["items"] = d.get("items") or []
    return docs


def errors(sc, gold_docs: list[dict], outputs: dict) -> dict:
    """What the summary does not list: false positives, missed decisions, wrong owners and dues."""
    fp, missed_dec, owner_wrong, due_wrong = [], [], [], []
    for doc in gold_docs:
        out = outputs.get(doc["file"])
        if out is None:
            continue
        gold, pred = doc["items"], out.get("items", []) or []
        gd_all = [g for g in gold if g["kind"] in sc.DECISION_KINDS]
        pd = [p for p in pred if p.get("kind") in sc.DECISION_KINDS]
        hit = {pi for _, pi, _ in sc.match(gd_all, pd)}
        fp += [(doc["file"], "decision", p.get("kind"), (p.get("text") or "")[:120])
               for pi, p in enumerate(pd) if pi not in hit]
        gd = [g for g in gd_all if g.get("tier") == "must"]
        found = {gi for gi, _, _ in sc.match(gd, pd)}
        missed_dec += [(doc["file"], g["kind"], g["text"][:120]) for gi, g in enumerate(gd) if gi not in found]
        gt_all = [g for g in gold if g.get("tracked")]
        pt = [p for p in pred if p.get("tracked") and p.get("kind") != "metric"]
        pairs = sc.match(gt_all, pt)
        hit = {pi for _, pi, _ in pairs}
        fp += [(doc["file"], "follow-up", p.get("kind"), (p.get("text") or "")[:120])
               for pi, p in enumerate(pt) if pi not in hit]
        for gi, pi, _ in pairs:
            g, p = gt_all[gi], pt[pi]
            if g.get("owner") and not sc.owner_ok(g["owner"], p.get("owner")):
                owner_wrong.append((doc["file"], g["owner"], p.get("owner"), g["text"][:80]))
            if g.get("due") and not sc.due_ok(g["due"], p.get("due")):
                due_wrong.append((doc["file"], str(g["due"]), p.get("due"), g["text"][:80]))
    return {"missed_decisions": missed_dec, "false_positives": fp, "owner_wrong": owner_wrong,
            "due_wrong": due_wrong}


def meta_wrong(sc, gold_docs: list[dict], outputs: dict) -> list[tuple]:
    """Committee names and meeting dates the extractor got wrong (scored as score.py scores them)."""
    wrong = []
    for doc in gold_docs:
        out = outputs.get(doc["file"])
        if out is None:
            continue
        gm, om = doc.get("meta") or {}, out.get("meta") or {}
        if gm.get("committee") and sc.token_f1(gm["committee"], om.get("committee") or "") < 0.6:
            wrong.append((doc["file"], "committee", gm["committee"], om.get("committee")))
        if gm.get("date") and str(om.get("date") or "") != str(gm["date"]):
            wrong.append((doc["file"], "date", str(gm["date"]), om.get("date")))
    return wrong


def evaluate(set_dir: Path = HERE, cmd: str = DEFAULT_CMD, timeout: int = 600) -> dict:
    """Run the extractor on every document of the set and score it: the scorer's summary plus the lists."""
    sc = load_scorer()
    set_dir = Path(set_dir)
    gold_docs = load_gold(set_dir)
    paths = [str(set_dir / "documents" / d["file"]) for d in gold_docs]
    missing = [p for p in paths if not Path(p).is_file()]
    if missing:
        raise SystemExit(f"score_genre_b: {missing[0]} is in gold.yml but not in documents/")
    outputs = sc.run_extractor(cmd, paths, timeout)
    counts, misses = sc.score(gold_docs, outputs)
    report = sc.summary(counts)
    report["missed_must"] = misses  # the scorer's own list: tracked must items not found
    report.update(errors(sc, gold_docs, outputs))
    report["meta_wrong"] = meta_wrong(sc, gold_docs, outputs)
    report["errors"] = {name: out.get("errors") for name, out in outputs.items() if out.get("errors")}
    report["outputs"] = outputs
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set_dir", nargs="?", default=str(HERE), help="folder with gold.yml and documents/")
    ap.add_argument("--cmd", default=DEFAULT_CMD, help="extractor command; FILE... is appended")
    ap.add_argument("--misses", action="store_true", help="list misses, false positives, wrong owners/dues/meta")
    ap.add_argument("--json", help="write the full report, with the extractor's output, to this file")
    ap.add_argument("--timeout", type=int, default=600)
    a = ap.parse_args(argv)
    r = evaluate(Path(a.set_dir), a.cmd, a.timeout)
    outputs = r.pop("outputs")
    if a.json:
        Path(a.json).write_text(json.dumps(dict(r, outputs=outputs), indent=1), encoding="utf-8")
    fmt = lambda v: "-" if v is None else (f"{v:.2f}" if isinstance(v, float) else str(v))
    name = Path(a.set_dir).resolve().name
    print(f"[{name}] " + " ".join(f"{k}={fmt(v)}" for k, v in r.items() if k not in ("counts",) + LISTS))
    print(f"      counts {r['counts']}")
    if a.misses:
        for key in LISTS:
            for row in (r[key].items() if isinstance(r[key], dict) else r[key]):
                print(f"      {key}:", row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
