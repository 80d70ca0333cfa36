"""The record schema, documented by its EXAMPLE objects."""
import pytest
from pydantic import ValidationError

from arising.model import EXAMPLE_DOCUMENT, EXAMPLE_ITEM, Document, Edits, Found, check_due


def test_example_document_round_trips_through_json():
    data = EXAMPLE_DOCUMENT.model_dump(mode="json")
    assert Document.model_validate(data) == EXAMPLE_DOCUMENT


def test_effective_values_prefer_a_person_s_edit():
    item = EXAMPLE_ITEM.model_copy(deep=True)
    assert item.owner == "Director of Place"
    item.edits = Edits(owner="Head of Parking", due="2024-06")
    assert (item.owner, item.due) == ("Head of Parking", "2024-06")
    assert item.found.owner == "Director of Place"  # what was read is kept apart


@pytest.mark.parametrize("due", ["2024-03-11", "2024-03", "next-meeting", "future-meeting", None])
def test_valid_dues(due):
    assert check_due(due) == due


@pytest.mark.parametrize("due", ["11/03/2024", "2024-13", "2024-02-30", "soon", "next meeting"])
def test_invalid_dues_are_refused(due):
    with pytest.raises(ValueError):
        check_due(due)


def test_unknown_fields_are_refused():
    data = EXAMPLE_ITEM.found.model_dump(mode="json") | {"colour": "red"}
    with pytest.raises(ValidationError):
        Found.model_validate(data)


def test_duplicate_item_ids_in_a_document_are_refused():
    data = EXAMPLE_DOCUMENT.model_dump(mode="json")
    items = data["meetings"][0]["agenda_items"][0]["items"]
    items.append(dict(items[0]))
    with pytest.raises(ValidationError, match="duplicate item id"):
        Document.model_validate(data)
