"""What the genre-set tests share: the scoring wrapper (tests/genre_b/score_genre_b.py, which scores any set
folder), the evaluation scorer's place, and the words of a document as a reader sees them."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SCORE_PY = TESTS.parent.parent / "shared" / "eval" / "score.py"
KINDS = {"resolution", "recommendation", "action", "commitment", "priority", "metric"}

_spec = importlib.util.spec_from_file_location("score_genre_b", TESTS / "genre_b" / "score_genre_b.py")
wrapper = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wrapper)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9%£$€]+", text.lower())


def document_text(path: Path) -> str:
    """The words a reader sees: paragraphs and table cells of a DOCX, the body text of an HTML page."""
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    if path.suffix in (".html", ".htm"):
        from selectolax.lexbor import LexborHTMLParser

        return LexborHTMLParser(path.read_text(encoding="utf-8")).body.text(separator=" ")
    return path.read_text(encoding="utf-8")


def check_gold_items(doc: dict, doc_words: set[str]) -> None:
    """One gold document's items are in the scorer's format and their words are the document's."""
    for item in doc["items"]:
        assert item["tier"] in ("must", "should") and item["kind"] in KINDS, item
        due = item["due"]
        assert due is None or due in ("next-meeting", "future-meeting") or re.fullmatch(
            r"\d{4}-\d{2}(-\d{2})?", str(due)), item
        missing = [w for w in words(item["text"]) if w not in doc_words]
        assert not missing, (doc["file"], item["text"][:60], missing)


def floor_tests(set_dir: Path, floors: dict[str, float]):
    """The scoring fixture and the parametrised floor test of one genre set, for a test module to bind:
    ``report, test_floor = floor_tests(GENRE_X, FLOORS)``. Skips when ../shared/eval/score.py is absent."""
    import pytest

    @pytest.fixture(scope="module")
    def report():
        if not SCORE_PY.is_file():
            pytest.skip("shared evaluation scorer (../shared/eval/score.py) not present")
        return wrapper.evaluate(set_dir)

    @pytest.mark.parametrize("measure", sorted(floors))
    def test_floor(report, measure):
        assert report["docs_missing"] == 0
        assert not report["errors"], report["errors"]
        assert report[measure] >= floors[measure], (measure, report[measure])

    return report, test_floor
