#!/usr/bin/env python3
"""Score the extractor on this held-out genre set (tests/genre) with ../shared/eval/score.py.

The wrapper itself is tests/genre_b/score_genre_b.py, which scores any genre set folder; this file runs it
on this folder, so both sets are scored the same way.

usage (from the repository root):
  .venv/bin/python tests/genre/score_genre.py [--cmd ".venv/bin/arising extract --format json"] [--misses] [--json OUT]
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("score_genre_b", HERE.parent / "genre_b" / "score_genre_b.py")
_wrapper = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_wrapper)

load_scorer = _wrapper.load_scorer
DEFAULT_CMD = _wrapper.DEFAULT_CMD


def load_gold() -> list[dict]:
    return _wrapper.load_gold(HERE)


def evaluate(cmd: str = DEFAULT_CMD, timeout: int = 600) -> dict:
    return _wrapper.evaluate(HERE, cmd, timeout)


if __name__ == "__main__":
    sys.exit(_wrapper.main([str(HERE), *sys.argv[1:]]))
