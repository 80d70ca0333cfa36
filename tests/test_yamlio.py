"""YAML: safe, round-trips a clerk's edits and comments, and reads back the same under PyYAML."""
import os

import pytest
import yaml
from hypothesis import given, strategies as st

from arising import yamlio


@pytest.mark.parametrize("value", ["NO", "no", "ON", "off", "Yes", "0123", "19:00", "1e3", "2024-03-11",
                                   "null", "~", "true", "12", "3.5", ".inf", "- a", "a: b", "#x", "multi\nline",
                                   "ends with newline\n", "", " leading"])
@pytest.mark.parametrize("dump", [yamlio.dumps, yamlio.dumps_fast])
def test_ambiguous_strings_read_back_as_the_same_string_under_pyyaml(value, dump):
    text = dump({"v": value})
    assert yaml.safe_load(text)["v"] == value
    assert yamlio.plain(yamlio.loads(text))["v"] == value


@given(st.text())
def test_any_string_survives_both_readers(value):
    for dump in (yamlio.dumps, yamlio.dumps_fast):
        text = dump({"v": value})
        assert yamlio.plain(yamlio.loads(text))["v"] == value
        assert yaml.safe_load(text)["v"] == value


@pytest.mark.parametrize("value", ["\r\n", "a\r\nb", "minute 12\r"])
def test_carriage_returns_survive_both_dumpers(value):
    # found by hypothesis: ruamel wrote "\r\n" as a literal block, which reads back as ""
    for dump in (yamlio.dumps, yamlio.dumps_fast):
        text = dump({"v": value})
        assert yamlio.plain(yamlio.loads(text))["v"] == value
        assert yaml.safe_load(text)["v"] == value


def test_both_dumpers_write_the_same_layout():
    data = {"id": "x", "items": [{"id": "a", "text": "line one\nline two", "due": "2024-05"}], "n": None}
    assert yamlio.dumps(data) == yamlio.dumps_fast(data)


def test_unsafe_tags_are_not_constructed():
    with pytest.raises(yamlio.YamlError):
        yamlio.loads("x: !!python/object/apply:os.system ['echo hacked']", "evil.yml")


def test_a_parse_error_names_the_file_and_line():
    with pytest.raises(yamlio.YamlError, match=r"^bad\.yml: line \d+: .*arising validate"):
        yamlio.loads("a: 1\nb: [unclosed\n", "bad.yml")


def test_merge_keeps_comments_and_aligns_lists_by_id():
    old = yamlio.loads("# kept\nitems:\n  - id: a\n    status: resolved  # chased 3 May\n  - id: b\n    status: open\n")
    new = {"items": [{"id": "b", "status": "open"}, {"id": "a", "status": "resolved"}, {"id": "c", "status": "open"}]}
    out = yamlio.dumps(yamlio.merge(old, new))
    assert "# kept" in out and "# chased 3 May" in out
    assert [i["id"] for i in yaml.safe_load(out)["items"]] == ["b", "a", "c"]


def test_write_atomic_leaves_an_unchanged_file_alone(tmp_path):
    p = tmp_path / "r.yml"
    assert yamlio.write_atomic(str(p), "a: 1\n") is True
    mtime = os.stat(p).st_mtime_ns
    assert yamlio.write_atomic(str(p), "a: 1\n") is False
    assert os.stat(p).st_mtime_ns == mtime
    assert [f.name for f in tmp_path.iterdir()] == ["r.yml"]  # no temp files left behind
