"""The demo's clerk reviews the follow-up proposals, through `arising review` as a person would.

The clerk's judgement is followups.yml (beside this file): a proposal whose item and evidence match
one of its entries is accepted, in the order of the meetings that evidence it, so an item moves
open -> in-progress -> resolved; every other proposal is rejected,
except one that would move an item back (left pending). Prints what it decided.

usage: python examples/wexcombe/clerk_review.py KB
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import yaml
from rapidfuzz import fuzz

HERE = os.path.dirname(os.path.abspath(__file__))
ARISING = os.path.join(os.path.dirname(sys.executable), "arising")


def matches(proposal: dict, entry: dict) -> bool:
    """The proposal's item is the entry's, and its evidence is the same later meeting's document."""
    return (fuzz.token_set_ratio(proposal["item"]["text"], entry["item_text"]) >= 85
            and meeting_day(proposal["evidence"]["document"]) == meeting_day(entry["evidence_file"]))


def meeting_day(doc_id: str) -> str:
    m = re.search(r"\d{4}-\d{2}-\d{2}", doc_id)
    return m.group(0) if m else ""


def main(kb: str) -> None:
    out = subprocess.run([ARISING, "review", "--kb", kb, "--format", "json"], capture_output=True, text=True, check=True)
    proposals = json.loads(out.stdout)["proposals"]
    with open(os.path.join(HERE, "followups.yml"), encoding="utf-8") as f:
        judged = yaml.safe_load(f)["followups"]
    right = [p for p in proposals if any(matches(p, e) for e in judged)]
    right.sort(key=lambda p: (meeting_day(p["evidence"]["document"]), p["id"]))
    # a later passage that only says "in progress" about an item already resolved is left pending
    rank, reached, accept, stale = {"in-progress": 1, "resolved": 2}, {}, [], []
    for p in right:
        r = rank.get(p["proposed_status"], 0)
        (accept if r >= reached.get(p["item"]["id"], 0) else stale).append(p)
        reached[p["item"]["id"]] = max(r, reached.get(p["item"]["id"], 0))
    right = accept
    wrong = [p for p in proposals if p not in right and p not in stale]
    args = [ARISING, "review", "--kb", kb, "--by", "Demo Clerk", "--no-interactive"]
    for p in right:
        args += ["--accept", p["id"]]
    for p in wrong:
        args += ["--reject", p["id"]]
    if right or wrong:
        subprocess.run(args, check=True)
    print(f"The clerk accepted {len(right)} proposal(s), rejected {len(wrong)} and left {len(stale)} pending.")


if __name__ == "__main__":
    main(sys.argv[1])
