"""The `arising` command: exact output where a user reads it, one-line errors, exit codes."""
import os

import pytest
from click.testing import CliRunner

from arising import yamlio
from arising.cli import cli
from arising.store import KnowledgeBase
from tests.test_store import minutes


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def kb(tmp_path):
    k = KnowledgeBase.init(str(tmp_path / "kb"), "Borough of Wexcombe")
    with k.lock():
        k.upsert(minutes())
    return k


def test_init_creates_a_knowledge_base(runner, tmp_path):
    target = tmp_path / "wexcombe-kb"
    result = runner.invoke(cli, ["init", str(target), "--council", "Borough of Wexcombe"])
    assert result.exit_code == 0
    assert result.output == f"Created knowledge base {target}\nNext: arising ingest --kb {target} PATH...\n"
    assert "council: Borough of Wexcombe" in (target / "arising.yml").read_text()


def test_init_refuses_an_existing_knowledge_base(runner, kb):
    result = runner.invoke(cli, ["init", kb.root])
    assert result.exit_code == 1
    assert result.output == f"error: {kb.config_path} already exists; this folder is a knowledge base already\n"


def test_validate_reports_a_clean_knowledge_base(runner, kb):
    result = runner.invoke(cli, ["validate", "--kb", kb.root])
    assert result.exit_code == 0
    assert result.output == "1 record(s), 2 item(s): all valid\n"


def test_validate_names_file_item_and_field_of_a_hand_edit_typo(runner, kb):
    path = kb.record_path("place-2024-03-11-minutes")
    text = open(path).read().replace("status: open", "status: opne", 1)
    open(path, "w").write(text)
    result = runner.invoke(cli, ["validate", "--kb", kb.root])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{path}: item psc-2024-03-11-12-1: status: Input should be 'open', 'in-progress'")
    assert lines[-1] == "1 problem(s) in 1 record(s)"


def test_validate_reports_broken_yaml_with_its_line(runner, kb):
    path = kb.record_path("place-2024-03-11-minutes")
    open(path, "a").write("  bad: [unclosed\n")
    result = runner.invoke(cli, ["validate", "--kb", kb.root])
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}: line ")


def test_validate_reports_dangling_references_and_duplicate_ids(runner, kb):
    doc = kb.load("place-2024-03-11-minutes")
    first = next(doc.items())
    first.links.superseded_by = "psc-2099-01-01-1-1"
    kb.save(doc)
    copy = doc.model_copy(deep=True)
    copy.id = "psc-copy"
    copy.sha256 = "f" * 64
    kb.save(copy)
    result = runner.invoke(cli, ["validate", "--kb", kb.root])
    assert result.exit_code == 1
    assert "item psc-2024-03-11-12-1: links.superseded_by: no item 'psc-2099-01-01-1-1' in the knowledge base" in result.output
    assert "item psc-2024-03-11-12-1: id: also used in" in result.output


def test_remove_says_what_it_removed(runner, kb):
    result = runner.invoke(cli, ["remove", "place-2024-03-11-minutes", "--kb", kb.root])
    assert result.exit_code == 0
    assert result.output == "Removed place-2024-03-11-minutes (m.pdf, 2 item(s))\n"


def test_commands_on_a_folder_that_is_not_a_knowledge_base_say_how_to_make_one(runner, tmp_path):
    result = runner.invoke(cli, ["remove", "x", "--kb", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output == f"error: {tmp_path}: not a knowledge base (no arising.yml); run `arising init {tmp_path}` or pass --kb DIR\n"


def test_the_knowledge_base_comes_from_the_environment(runner, kb):
    result = runner.invoke(cli, ["validate"], env={"ARISING_KB": kb.root})
    assert result.exit_code == 0


def test_a_typo_in_arising_yml_is_one_line_naming_the_field(runner, kb):
    open(kb.config_path, "a").write("scrutiny:\n  response_due_months: soon\n")
    result = runner.invoke(cli, ["remove", "x", "--kb", kb.root])
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {kb.config_path}: ")


@pytest.mark.parametrize("command", ["extract", "init", "ingest", "reextract", "validate", "remove"])
def test_every_command_s_help_ends_with_an_example(runner, command):
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert result.output.rstrip().splitlines()[-1].strip() != "Example:"
