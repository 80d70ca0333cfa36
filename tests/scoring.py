"""A small scorer for extraction tests: the same measures as the evaluation's scorer, written for the tests.

Texts are matched by token F1 (>= 0.5) after dropping list labels and stop words, greedily and one to one,
best pairs first. Decisions are resolutions and recommendations; follow-ups are tracked items other than
metrics. Recall counts the ``must`` tier; precision accepts a match with either tier.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

STOP = frozenset("the a an of to and be that in for on at by with is was were this it as".split())
DECISIONS = frozenset({"resolution", "recommendation"})


def tokens(text: str | None) -> list[str]:
    t = (text or "").lower()
    t = re.sub(r"^\s*(\(?[ivxlc]+\)|\(?[a-z]\)|\(?\d+[.)]|\u2022|-)\s*", "", t)
    return [w for w in re.findall(r"[a-z0-9%]+", t) if w not in STOP]


def token_f1(a: str | None, b: str | None) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def match(gold: list[dict], pred: list[dict], threshold: float = 0.5) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, predicted index), highest token F1 first."""
    pairs = sorted(((token_f1(g["text"], p.get("text")), gi, pi) for gi, g in enumerate(gold)
                    for pi, p in enumerate(pred)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for s, gi, pi in pairs:
        if s < threshold:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def owner_ok(gold: str, pred) -> bool:
    if isinstance(pred, list):
        pred = " and ".join(map(str, pred))
    g, p = set(tokens(gold)), set(tokens(pred))
    return bool(g and p) and len(g & p) / min(len(g), len(p)) >= 0.6


def due_ok(gold, pred) -> bool:
    if not pred:
        return False
    gold, pred = str(gold), str(pred)
    meetings = ("next-meeting", "future-meeting")
    return pred == gold or pred.startswith(gold) or (gold in meetings and pred in meetings)


def _f1(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> float:
    p = tp_p / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp_r / n_gold if n_gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    n: Counter = field(default_factory=Counter)
    missed: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, name: str, gold_doc: dict, out: dict) -> None:
        n = self.n
        gold, pred = gold_doc.get("items") or [], out.get("items") or []
        gmeta, meta = gold_doc.get("meta") or {}, out.get("meta") or {}
        if gmeta.get("committee"):
            n["committee_n"] += 1
            n["committee_ok"] += token_f1(gmeta["committee"], meta.get("committee")) >= 0.6
        if gmeta.get("date"):
            n["date_n"] += 1
            n["date_ok"] += str(meta.get("date") or "") == str(gmeta["date"])
        gd_all = [g for g in gold if g["kind"] in DECISIONS]
        gd = [g for g in gd_all if g.get("tier") == "must"]
        pd = [p for p in pred if p.get("kind") in DECISIONS]
        n["dec_gold"] += len(gd)
        n["dec_pred"] += len(pd)
        n["dec_tp"] += len(match(gd, pd))
        n["dec_tp_prec"] += len(match(gd_all, pd))
        gt_all = [g for g in gold if g.get("tracked")]
        gt_must = [g for g in gt_all if g.get("tier") == "must"]
        pt = [p for p in pred if p.get("tracked") and p.get("kind") != "metric"]
        m_all, m_must = match(gt_all, pt), match(gt_must, pt)
        n["fu_gold"] += len(gt_must)
        n["fu_pred"] += len(pt)
        n["fu_tp_prec"] += len(m_all)
        n["fu_tp"] += len(m_must)
        for gi, pi in m_all:
            g, p = gt_all[gi], pt[pi]
            if g.get("owner"):
                n["owner_n"] += 1
                n["owner_ok"] += owner_ok(g["owner"], p.get("owner"))
            if g.get("due"):
                n["due_n"] += 1
                n["due_ok"] += due_ok(g["due"], p.get("due"))
        hit = {gi for gi, _ in m_must}
        self.missed += [(name, g["kind"], g["text"]) for gi, g in enumerate(gt_must) if gi not in hit]

    def summary(self) -> dict[str, float | None]:
        n = self.n
        ratio = lambda a, b: n[a] / n[b] if n[b] else None  # noqa: E731
        return {
            "decisions_f1": _f1(n["dec_tp_prec"], n["dec_pred"], n["dec_tp"], n["dec_gold"]),
            "followups_f1": _f1(n["fu_tp_prec"], n["fu_pred"], n["fu_tp"], n["fu_gold"]),
            "followups_recall_must": ratio("fu_tp", "fu_gold"),
            "owner": ratio("owner_ok", "owner_n"),
            "due": ratio("due_ok", "due_n"),
            "committee": ratio("committee_ok", "committee_n"),
            "date": ratio("date_ok", "date_n"),
        }
