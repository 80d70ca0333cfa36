"""The tracker: due dates resolved, RAG on reading, one item per decision, changes and undo."""
import datetime as dt

import pytest

from arising.config import Config
from arising.model import AgendaItem, Document, Found, Meeting, Source
from arising.records import assign_ids, new_item
from arising.tracker import TrackerError, apply_change, rag, resolve_due, undo, views

NOW = dt.datetime(2024, 6, 1, 9, 0)


def doc(doc_id, kind, committee, date, items, sha="a"):
    its = [new_item(Found(kind=k, text=t, due=due, tracked=tracked, rule="t", confidence=0.9, label=str(i + 1),
                          source=Source(document=doc_id, page=1, line=i + 1, quote=t)), f"n{i}")
           for i, (k, t, due, tracked) in enumerate(items)]
    d = Document(id=doc_id, file=f"{doc_id}.pdf", sha256=sha * 64, format="pdf", kind=kind,
                 meetings=[Meeting(committee=committee, date=date, agenda_items=[AgendaItem(number="7", items=its)])])
    return assign_ids(d, Config())


CAR_PARK = "That the Director of Place bring a report on Riverside car park charges to the next meeting."


def test_a_month_due_ends_at_the_month_s_end():
    assert resolve_due("2024-02", None, None, {}) == dt.date(2024, 2, 29)


def test_next_meeting_becomes_the_committee_s_next_meeting_date():
    cal = {"Cabinet": [dt.date(2024, 1, 10), dt.date(2024, 3, 7)]}
    assert resolve_due("next-meeting", "Cabinet", dt.date(2024, 1, 10), cal) == dt.date(2024, 3, 7)
    assert resolve_due("next-meeting", "Cabinet", dt.date(2024, 3, 7), cal) is None


def test_next_meeting_is_known_from_later_minutes_or_arising_yml():
    first = doc("c1", "minutes", "Cabinet", dt.date(2024, 1, 10), [("resolution", CAR_PARK, "next-meeting", True)])
    (v,) = views([first], Config())
    assert v.due_date is None
    (v,) = views([first], Config(future_meetings={"Cabinet": ["2024-02-08"]}))
    assert v.due_date == dt.date(2024, 2, 8)
    later = doc("c2", "minutes", "Cabinet", dt.date(2024, 2, 1), [], sha="b")
    v = views([first, later], Config())[0]
    assert v.due_date == dt.date(2024, 2, 1)


@pytest.mark.parametrize("status,due,history_days,as_of,expected", [
    ("open", "2024-05-01", None, "2024-06-01", "red"),          # overdue
    ("in-progress", "2024-05", None, "2024-06-01", "red"),      # overdue after the month's end
    ("in-progress", "2024-05", None, "2024-05-20", "amber"),    # due within 30 days
    ("open", "2024-12-01", None, "2024-06-01", "green"),        # on track
    ("open", None, None, "2024-06-01", "amber"),                # tracked, no due date
    ("resolved", "2024-01-01", None, "2024-06-01", "green"),
    ("noted", None, None, "2024-06-01", "grey"),
    ("superseded", "2024-01-01", None, "2024-06-01", "grey"),
    ("open", "2025-12-01", None, "2024-09-01", "red"),          # open, no update for six months
    ("in-progress", "2025-12-01", None, "2024-09-01", "green"),  # not open: staleness does not apply
])
def test_rag(status, due, history_days, as_of, expected):
    d = doc("p", "minutes", "Place Committee", dt.date(2024, 2, 1), [("resolution", CAR_PARK, due, status != "noted")])
    v = views([d], Config())[0]
    v.item.status = status
    colour, reason = rag(v, dt.date.fromisoformat(as_of))
    assert colour == expected, reason


def test_not_accepted_is_grey():
    d = doc("p", "minutes", "Place Scrutiny Committee", dt.date(2024, 2, 1), [("recommendation", CAR_PARK, None, True)])
    v = views([d], Config())[0]
    v.item.response = "not-accepted"
    assert rag(v, dt.date(2024, 3, 1))[0] == "grey"


def test_a_scrutiny_recommendation_has_a_response_due_two_months_on():
    d = doc("p", "minutes", "Place Scrutiny Committee", dt.date(2024, 1, 31), [("recommendation", CAR_PARK, "2025-01", True)])
    v = views([d], Config())[0]
    assert v.response_due == dt.date(2024, 3, 31)
    assert rag(v, dt.date(2024, 4, 2)) == ("red", "response overdue since 2024-03-31")
    v3 = views([d], Config(scrutiny={"response_due_months": 3}))[0]
    assert v3.response_due == dt.date(2024, 4, 30)


def test_the_same_decision_in_several_documents_is_one_item_with_several_sources():
    text = "That the Cabinet approve the Waste Strategy 2024-2029."
    minutes = doc("cab-min", "minutes", "Cabinet", dt.date(2024, 6, 20), [("resolution", text, None, False)], sha="a")
    decision = doc("cab-dec", "decision", "Cabinet", dt.date(2024, 6, 20), [("resolution", text, None, False)], sha="b")
    other = doc("cab-other", "decision", "Cabinet", dt.date(2024, 7, 18), [("resolution", text, None, False)], sha="c")
    vs = views([decision, minutes, other], Config())
    assert len(vs) == 2
    assert vs[0].document.id == "cab-min" and [d.id for _, d in vs[0].also] == ["cab-dec"]
    assert len(vs[0].sources) == 2


def test_a_change_is_dated_attributed_and_undoable():
    d = doc("p", "minutes", "Place Committee", dt.date(2024, 2, 1), [("resolution", CAR_PARK, "2024-05", True)])
    it = next(d.items())
    apply_change(it, by="J. Clerk", at=NOW, status="in-progress", note="consultation started", evidence="p-2#p2")
    assert (it.status, it.history[-1].by, it.history[-1].changes) == ("in-progress", "J. Clerk", {"status": ["open", "in-progress"]})
    apply_change(it, by="J. Clerk", at=NOW, due="2024-09", reason="consultation extended")
    assert (it.due, it.edits.due_reason, it.found.due) == ("2024-09", "consultation extended", "2024-05")
    undo(it, by="J. Clerk", at=NOW)
    assert (it.due, it.status) == ("2024-05", "in-progress")
    undo(it, by="J. Clerk", at=NOW)
    assert it.status == "open"
    with pytest.raises(TrackerError, match="nothing to undo"):
        undo(it, by="J. Clerk", at=NOW)
    assert len(it.history) == 4  # two changes and two undos, all on the record


@pytest.mark.parametrize("kwargs,message", [
    ({"status": "done"}, "status 'done' is not allowed; use one of: open, in-progress, resolved, superseded, noted"),
    ({"response": "yes"}, "response 'yes' is not allowed"),
    ({"due": "31/05/2024"}, "due must be YYYY-MM-DD"),
    ({"due": "2024-09"}, "needs a reason"),
    ({"superseded_by": "nope"}, "no item 'nope'"),
])
def test_a_refused_change_names_the_item_and_leaves_it_untouched(kwargs, message):
    d = doc("p", "minutes", "Place Committee", dt.date(2024, 2, 1), [("resolution", CAR_PARK, "2024-05", True)])
    it = next(d.items())
    before = it.model_dump()
    with pytest.raises(TrackerError, match=message) as e:
        apply_change(it, by="J. Clerk", at=NOW, known_ids={it.id}, **kwargs)
    assert str(e.value).startswith(f"{it.id}: ")
    assert it.model_dump() == before


def test_superseding_links_and_closes_the_item():
    d = doc("p", "minutes", "Place Committee", dt.date(2024, 2, 1),
            [("resolution", CAR_PARK, None, True), ("resolution", "That the charges be reviewed again.", None, True)])
    a, b = d.items()
    apply_change(a, by="J. Clerk", at=NOW, superseded_by=b.id, known_ids={a.id, b.id})
    assert (a.status, a.links.superseded_by) == ("superseded", b.id)
