"""Relevance: officers' questions over the example council and real documents (tests/search_queries.yml)
must bring back the items they name -- recall@5 >= 0.9 and MRR >= 0.8, with each engine."""
from __future__ import annotations

import re
import tempfile

import pytest
import yaml

from tests.test_search_kb import QUERIES, SHARED, WEXCOMBE, engines, make_kb, shared_file, wexcombe_files

RECALL_AT_5 = 0.9
MRR = 0.8


def norm(s: str) -> str:
    s = (s or "").lower()
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip()


def load_set() -> tuple[list[dict], list[str], str | None]:
    data = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    queries = data["queries"]
    if not SHARED.is_dir():
        return [q for q in queries if q["set"] == "wexcombe"], [], f"{SHARED} is absent: shared queries skipped"
    names = {e["file"] for q in queries if q["set"] == "shared" for e in q["expect"]} | set(data.get("distractors", []))
    files = [shared_file(n) for n in sorted(names)]
    missing = [n for n, f in zip(sorted(names), files) if f is None]
    assert not missing, f"search_queries.yml names files that are not in {SHARED}: {missing}"
    return queries, files, None


@pytest.fixture(scope="module")
def relevance_kb():
    import search

    queries, shared_files, note = load_set()
    root = tempfile.mkdtemp(prefix="arising-relevance-")
    kb, docs = make_kb(f"{root}/kb", wexcombe_files() + shared_files, str(WEXCOMBE / "arising.yml"))
    built = []
    for eng in ("whoosh", "tantivy"):
        try:
            search.build(kb, engine=eng, documents=docs)
            built.append(eng)
        except search.SearchError:
            pass
    return kb, queries, note


def matches(result: dict, expected: dict) -> bool:
    return expected["file"] in result["files"] and norm(expected["text"]) in norm(result["text"])


def evaluate(kb, queries, engine: str) -> tuple[float, float, list[str]]:
    import search

    recalls, ranks, misses = [], [], []
    with search.open_index(kb, engine) as s:
        for q in queries:
            results = s.search(q["query"], limit=20)["results"]
            found = [next((i for i, r in enumerate(results) if matches(r, e)), None) for e in q["expect"]]
            top5 = sum(1 for i in found if i is not None and i < 5)
            recalls.append(top5 / len(q["expect"]))
            first = min((i for i in found if i is not None), default=None)
            ranks.append(0.0 if first is None else 1.0 / (first + 1))
            if top5 < len(q["expect"]) or first != 0:
                misses.append(f"{q['query']!r}: expected at ranks {[None if i is None else i + 1 for i in found]}; "
                              f"top 3: {[r['text'][:60] for r in results[:3]]}")
    return sum(recalls) / len(recalls), sum(ranks) / len(ranks), misses


def test_the_relevance_set_is_big_enough():
    data = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    assert len(data["queries"]) >= 30
    assert all(q["expect"] and q["set"] in ("wexcombe", "shared") for q in data["queries"])


@pytest.mark.parametrize("engine", engines())
def test_recall_at_5_and_mrr(relevance_kb, engine):
    kb, queries, note = relevance_kb
    recall, mrr, misses = evaluate(kb, queries, engine)
    report = f"{engine}: recall@5 {recall:.3f}, MRR {mrr:.3f} over {len(queries)} queries" + (f" ({note})" if note else "")
    print(report)
    assert recall >= RECALL_AT_5 and mrr >= MRR, report + "\n" + "\n".join(misses)
