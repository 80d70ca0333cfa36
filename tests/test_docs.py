"""docs/cli.md keeps step with `--help`: every command (and subcommand) has a section, every option of
a command is documented in its section, and nothing documented is stale (after simonw/sqlite-utils'
tests/test_docs.py). The commands are read from the click group, so new commands are caught."""
import os
import re

import click
import pytest

from arising.cli import cli

DOCS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs")
CLI_MD = open(os.path.join(DOCS, "cli.md"), encoding="utf-8").read()


def commands(group=cli, prefix=()):
    """(full name, command) for every command and subcommand, found through the group."""
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        yield " ".join(prefix + (name,)), cmd
        if isinstance(cmd, click.Group):
            yield from commands(cmd, prefix + (name,))


def leaf_commands():
    return [(n, c) for n, c in commands() if not isinstance(c, click.Group)]


def sections() -> dict[str, str]:
    """'build' -> the text of the `### arising build` section."""
    parts = re.split(r"^#{2,3} arising (.+)$", CLI_MD, flags=re.M)
    return {parts[i].strip(): parts[i + 1].split("\n## ")[0] for i in range(1, len(parts), 2)}


def long_flags(cmd: click.Command) -> set[str]:
    flags = set()
    for p in cmd.params:
        if isinstance(p, click.Option):
            flags |= {o for o in p.opts + p.secondary_opts if o.startswith("--")}
    return flags - {"--help"}


@pytest.mark.parametrize("name", [n for n, _ in leaf_commands()])
def test_every_command_has_a_section(name):
    assert name in sections(), f"docs/cli.md has no `### arising {name}` section"


@pytest.mark.parametrize("name,cmd", leaf_commands(), ids=[n for n, _ in leaf_commands()])
def test_every_option_is_documented_in_its_command_s_section(name, cmd):
    text = sections().get(name, "")
    missing = [f for f in sorted(long_flags(cmd)) if not re.search(re.escape(f) + r"(?![a-z-])", text)]
    assert not missing, f"arising {name}: options not in docs/cli.md: {', '.join(missing)}"


def test_nothing_documented_is_stale():
    known = dict(leaf_commands())
    stale = [name for name in sections() if name not in known]
    assert not stale, f"docs/cli.md documents commands that do not exist: {stale}"
    for name, text in sections().items():
        table_flags = set(re.findall(r"^\| `(--[a-z][a-z-]*)", text, flags=re.M))
        extra = table_flags - long_flags(known[name])
        assert not extra, f"arising {name}: docs/cli.md documents options it does not have: {sorted(extra)}"


def test_the_site_nav_lists_every_hand_written_page():
    """mkdocs.yml's nav names each page under docs/, so the site's sidebar misses none."""
    nav = open(os.path.join(os.path.dirname(DOCS), "mkdocs.yml"), encoding="utf-8").read()
    pages = sorted(os.path.relpath(os.path.join(r, n), DOCS).replace(os.sep, "/")
                   for r, _, names in os.walk(DOCS) for n in names if n.endswith(".md"))
    assert pages and all(p in nav for p in pages), [p for p in pages if p not in nav]
