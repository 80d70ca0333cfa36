"""The query language: parsed and checked once, into a tree both engines compile; snippets; did-you-mean."""
from __future__ import annotations

from collections import Counter

import pytest

from arising.config import Config
from search.analysis import snippet, terms
from search.index import Vocabulary
from search.query import (All, And, Filters, Match, Not, Or, Phrase, QueryError, Range, Term, combine, date_range,
                          loosen, parse)

CONFIG = Config.model_validate({
    "committees": [{"name": "Children's Services Scrutiny Panel", "aliases": ["CSSP"]}, {"name": "Cabinet"}],
    "owners": {"Head of Waste and Street Scene": ["CB", "Colin Barker"]},
})


def test_words_and_phrases_must_all_match():
    assert parse('riverside "car park"') == And((Term(None, "riverside"), Phrase(None, "car park")), implicit=True)


def test_curly_quotes_make_a_phrase_too():
    assert parse("“car park”") == Phrase(None, "car park")


def test_and_binds_tighter_than_or_and_parentheses_group():
    assert parse("fostering OR adoption allowances") == Or((
        Term(None, "fostering"), And((Term(None, "adoption"), Term(None, "allowances")), implicit=True)))
    assert parse("(fostering OR adoption) AND allowances") == And((
        Or((Term(None, "fostering"), Term(None, "adoption"))), Term(None, "allowances")), implicit=False)


def test_not_and_minus_exclude():
    assert parse("waste NOT garden") == parse("waste -garden") == And(
        (Term(None, "waste"), Not(Term(None, "garden"))), implicit=True)


def test_lower_case_operators_are_words():
    assert parse("care and support") == And(
        (Term(None, "care"), Term(None, "and"), Term(None, "support")), implicit=True)


def test_a_hyphenated_word_or_a_time_is_a_word():
    assert parse("fly-tipping") == Term(None, "fly-tipping")
    assert parse("10:30") == Term(None, "10:30")
    assert parse("http://example.org") == Term(None, "http://example.org")


@pytest.mark.parametrize("query,node", [
    ("kind:action", Match("kind", ("action",))),
    ("kind:Actions", Match("kind", ("action",))),
    ("type:document", Match("kind", ("document",))),
    ("status:closed", Match("status", ("resolved", "superseded", "noted"))),
    ("response:not-accepted", Match("response", ("not-accepted",))),
    ("id:cssp-2023-09-26-16-b", Match("id", ("cssp-2023-09-26-16-b",))),
    ("title:budget", Term("title", "budget")),
    ('text:"free first hour"', Phrase("text", "free first hour")),
    ("page:>3", Range("page", 4, None)),
])
def test_field_prefixes(query, node):
    assert parse(query) == node


def test_owner_goes_through_the_aliases_and_also_matches_as_words():
    assert parse("owner:CB", CONFIG) == Or((Match("owner_key", ("Head of Waste and Street Scene",)), Phrase("owner", "CB")))
    assert parse('owner:"colin barker"', CONFIG).children[0] == Match("owner_key", ("Head of Waste and Street Scene",))


def test_committee_by_alias_or_curly_apostrophe():
    assert parse("committee:cssp", CONFIG).children[0] == Match("committee_key", ("Children's Services Scrutiny Panel",))
    assert parse("committee:“Children’s Services Scrutiny Panel”", CONFIG).children[0] == Match(
        "committee_key", ("Children's Services Scrutiny Panel",))


@pytest.mark.parametrize("value,expected", [
    ("<2024-01-01", (None, 20231231)),
    ("<=2024-02", (None, 20240229)),
    (">2024-02", (20240301, None)),
    (">=2024", (20240101, None)),
    ("2024-03", (20240301, 20240331)),
    ("2024-03-12", (20240312, 20240312)),
    ("2023-11..2024-02", (20231101, 20240229)),
    ("..2024", (None, 20241231)),
])
def test_dates(value, expected):
    assert date_range(value, "due") == expected
    assert parse(f"due:{value}") == Range("due", *expected)


@pytest.mark.parametrize("query,message", [
    ("ownr:smith", "unknown field 'ownr:'; valid fields: text:, title:, kind:, status:, response:, owner:, committee:, "
                   "document:, id:, page:, due:, meeting:"),
    ("owner: smith", "owner: has no value; write it without a space, e.g. owner:\"Director of Place\""),
    ("kind:minutes", "kind:minutes is not a kind; use one of: resolution, recommendation, action, commitment, "
                     "priority, metric, document, meeting"),
    ("response:maybe", "response:maybe is not a response; use one of: pending, accepted, partially-accepted, "
                       "not-accepted"),
    ("due:soon", "due:soon: not a date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. due:<2024-01-01"),
    ("due:2024-02-30", "due:2024-02-30: no such date; write YYYY, YYYY-MM or YYYY-MM-DD"),
    ("meeting:..", "meeting:..: give at least one end of the range, e.g. meeting:2024-01..2024-06"),
    ("page:three", "page:three: not a page number; e.g. page:3 or page:>10"),
    ("(a OR b", "unbalanced '(': close it with ')'"),
    ("a OR b)", "unbalanced ')': there is no '(' to close"),
    ("()", "empty parentheses"),
    ('"open', "unclosed quote in '\"open': close the phrase with a \""),
    ('""', 'empty phrase ""'),
    ("OR waste", "OR needs a term on both sides"),
    ("waste AND", "AND needs a term on both sides"),
    ("waste AND OR garden", "AND needs a term on both sides"),
    ("waste NOT", "NOT needs a term after it"),
    ("", "empty query: give words to search for, or a field such as status:open"),
    ("x" * 501, "the query is 501 characters long; the limit is 500"),
    (" ".join(["w"] * 65), "the query has more than 64 terms; make it shorter"),
])
def test_broken_queries_are_one_line_errors(query, message):
    with pytest.raises(QueryError) as e:
        parse(query, CONFIG)
    assert str(e.value) == message


def test_loosen_only_for_juxtaposed_words():
    words = parse("recovery plan overspend")
    assert loosen(words) == Or((Term(None, "recovery"), Term(None, "plan"), Term(None, "overspend")))
    assert loosen(parse("recovery AND plan")) is None
    assert loosen(parse("recovery")) is None
    with_filter = combine(words, [Match("status", ("open",))])
    assert loosen(with_filter) == And((Or(words.children), Match("status", ("open",))))


def test_filters_become_nodes():
    f = Filters(kind="action", owner="CB", since="2024-01", until="2024")
    assert f.nodes(CONFIG) == [
        Match("kind", ("action",)),
        Or((Match("owner_key", ("Head of Waste and Street Scene",)), Phrase("owner", "CB"))),
        Range("meeting", 20240101, None), Range("meeting", None, 20241231)]
    assert combine(None, []) == All()


# ---- analysis and snippets ------------------------------------------------------------------------


def test_terms_are_stemmed_without_function_words():
    assert terms("The Children’s Services consulted on fostering allowances") == [
        "children", "servic", "consult", "foster", "allow"]


def test_snippet_marks_every_hit_and_escapes_html():
    s = snippet("Publish the <b>revised</b> gritting routes & map", {"grit", "rout"})
    assert s == "Publish the &lt;b&gt;revised&lt;/b&gt; <mark>gritting</mark> <mark>routes</mark> &amp; map"


def test_a_long_text_is_cut_around_the_hits():
    text = "Members discussed the budget at length. " * 20 + "The gritting route map is late. " + "Other business. " * 20
    s = snippet(text, {"grit"}, width=120)
    assert s.startswith("…") and s.endswith("…") and "<mark>gritting</mark> route map" in s
    assert len(s.replace("<mark>", "").replace("</mark>", "")) <= 124


# ---- did-you-mean --------------------------------------------------------------------------------


def test_suggestions_are_close_index_words_most_frequent_first():
    v = Vocabulary(Counter({"recycling": 40, "recyclinq": 1, "bicycling": 3, "caseload": 9, "caseloads": 4}))
    assert v.suggest("recyling") == ["recycling", "recyclinq"]
    assert v.suggest("caseloed") == ["caseload", "caseloads"]
    assert v.suggest("placement") == []
