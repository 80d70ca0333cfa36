"""YAML in and out: safe loading, round-trip writing that keeps a clerk's hand edits and comments,
atomic replacement of files.

* Loading never constructs arbitrary Python objects (ruamel's round-trip loader is safe).
* Rewriting a record merges the new data into what is on disk, so comments and key order a person
  added survive (ruamel.yaml round-trips them; PyYAML would drop them).
* Strings that YAML 1.1 readers (PyYAML, which mkdocs uses) would read as something else -- ``NO``,
  ``ON``, ``0123``, ``19:00``, ``2024-03-11`` -- are always quoted, so every reader gets the same string.
"""
from __future__ import annotations

import datetime as dt
import functools
import io
import os
import re
import tempfile
from typing import Any

# PyYAML and ruamel.yaml are imported on first use, so a command that writes no YAML (an unchanged
# re-ingest) starts without them.

# characters a plain scalar cannot carry safely: YAML line breaks beyond \n, and non-printables
_SPECIAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
_STR_TAG = "tag:yaml.org,2002:str"


@functools.cache
def _resolvers():
    import yaml as pyyaml
    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.resolver import VersionedResolver

    py = pyyaml.resolver.Resolver()
    rt = VersionedResolver(version=(1, 2))
    return (lambda v: py.resolve(pyyaml.ScalarNode, v, (True, False))), (lambda v: rt.resolve(ScalarNode, v, (True, False)))


@functools.lru_cache(maxsize=65536)
def _ambiguous(value: str) -> bool:
    """True when a plain scalar would not read back as this string under YAML 1.1 (PyYAML) or
    YAML 1.2 (ruamel) rules."""
    py, rt = _resolvers()
    return py(value) != _STR_TAG or rt(value) != _STR_TAG


@functools.cache
def _rt():
    """ruamel.yaml's round-trip machinery, with this module's string styles."""
    from types import SimpleNamespace

    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.representer import RoundTripRepresenter
    from ruamel.yaml.scalarstring import LiteralScalarString

    class _Representer(RoundTripRepresenter):
        def represent_str(self, data: str):  # type: ignore[override]
            if _SPECIAL.search(data):
                return self.represent_scalar(_STR_TAG, data, style='"')
            if "\n" in data:
                return self.represent_scalar(_STR_TAG, data, style="|")
            if _ambiguous(data):
                return self.represent_scalar(_STR_TAG, data, style="'")
            return super().represent_str(data)

    _Representer.add_representer(str, _Representer.represent_str)
    return SimpleNamespace(YAML=YAML, Representer=_Representer, CommentedMap=CommentedMap,
                           CommentedSeq=CommentedSeq, LiteralScalarString=LiteralScalarString)


def _yaml():
    rt = _rt()
    y = rt.YAML(typ="rt")
    y.Representer = rt.Representer
    y.width = 100
    y.indent(mapping=2, sequence=2, offset=0)  # the layout libyaml writes, so both dumpers agree
    y.preserve_quotes = True
    return y


class YamlError(ValueError):
    """A YAML file that cannot be parsed; ``str()`` is one line naming the file, line and problem."""


def load(path: str) -> Any:
    """Load a YAML file (round-trip types, comments kept). Raises YamlError with file and line."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return loads(text, path)


def loads(text: str, name: str = "<string>") -> Any:
    try:
        data = _yaml().load(text)
    except Exception as e:  # ruamel raises many error classes; all mean the same to a clerk
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "parse error"
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise YamlError(f"{name}: {where}: {problem}; fix the YAML and run `arising validate`") from None
    _refuse_tags(data, name)
    return data


_PLAIN_TAGS = {"str", "int", "float", "bool", "null", "map", "seq", "timestamp", "!!str", "!!int", "!!float",
               "!!bool", "!!null", "!!map", "!!seq", "!!timestamp"}


def _refuse_tags(data: Any, name: str) -> None:
    """Records are plain data: a tagged node (``!!python/object``, ``!custom``) is refused, not built."""
    stack = [data]
    while stack:
        node = stack.pop()
        tag = getattr(getattr(node, "tag", None), "value", None)
        if tag is not None and str(tag).removeprefix("tag:yaml.org,2002:") not in _PLAIN_TAGS:
            raise YamlError(f"{name}: a YAML tag {tag} is not allowed in a record; remove it")
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def load_fast(path: str) -> Any:
    """Plain data from a YAML file, quickly (libyaml), for reading records without their comments.
    Records are written with every ambiguous string quoted, so YAML 1.1 (libyaml) and 1.2 (ruamel)
    read them alike; a caller that finds a value of the wrong type must fall back to :func:`load`,
    which is authoritative for a hand-edited file."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return loads_fast(text, path)


def loads_fast(text: str, name: str = "<string>") -> Any:
    """:func:`load_fast` for text already read."""
    import yaml as pyyaml

    try:
        return plain(pyyaml.load(text, Loader=getattr(pyyaml, "CSafeLoader", pyyaml.SafeLoader)))
    except pyyaml.YAMLError:
        return plain(loads(text, name))  # raises the one-line YamlError


_COMMENT = re.compile(r"(?:^|[ \t])#", re.M)  # a '#' that could start a comment


def has_comments(path: str) -> bool:
    """Cheap and conservative: False only when the file cannot hold a comment."""
    try:
        with open(path, encoding="utf-8") as f:
            return has_comments_text(f.read())
    except OSError:
        return False


def has_comments_text(text: str) -> bool:
    """:func:`has_comments` for text already read."""
    return _COMMENT.search(text) is not None


def dumps(data: Any) -> str:
    buf = io.StringIO()
    _yaml().dump(_literal(data), buf)
    return buf.getvalue()


@functools.cache
def _fast_dumper():
    """libyaml's emitter with the same string styles as the round-trip dumper."""
    import yaml as pyyaml

    class _FastDumper(getattr(pyyaml, "CSafeDumper", pyyaml.SafeDumper)):
        pass

    def _fast_str(dumper, data: str):
        if _SPECIAL.search(data):
            return dumper.represent_scalar(_STR_TAG, data, style='"')
        if "\n" in data and data.strip() and not data.startswith((" ", "\n")):
            return dumper.represent_scalar(_STR_TAG, data, style="|")
        if _ambiguous(data):
            return dumper.represent_scalar(_STR_TAG, data, style="'")
        return dumper.represent_str(data)

    _FastDumper.add_representer(str, _fast_str)
    _FastDumper.add_representer(type(None), lambda dumper, _: dumper.represent_scalar("tag:yaml.org,2002:null", ""))
    return _FastDumper


def dumps_fast(data: Any) -> str:
    """Plain data as YAML through libyaml: ~10x faster than :func:`dumps`, for a file with no
    comments to keep. Ambiguous strings are quoted by PyYAML's own YAML 1.1 resolver."""
    import yaml as pyyaml

    return pyyaml.dump(data, Dumper=_fast_dumper(), sort_keys=False, allow_unicode=True, width=100,
                       default_flow_style=False)


def _literal(data: Any) -> Any:
    """Multi-line strings as literal blocks (readable in an editor); everything else as it is."""
    rt = _rt()
    LiteralScalarString, CommentedMap, CommentedSeq = rt.LiteralScalarString, rt.CommentedMap, rt.CommentedSeq
    if isinstance(data, str) and "\n" in data and not isinstance(data, LiteralScalarString) and not _SPECIAL.search(data):
        return LiteralScalarString(data) if data.strip() and not data.startswith((" ", "\n")) else data
    if isinstance(data, CommentedMap):
        for k in list(data):
            data[k] = _literal(data[k])
        return data
    if isinstance(data, dict):
        return {k: _literal(v) for k, v in data.items()}
    if isinstance(data, CommentedSeq):
        for i, v in enumerate(data):
            data[i] = _literal(v)
        return data
    if isinstance(data, list):
        return [_literal(v) for v in data]
    return data


def merge(old: Any, new: Any) -> Any:
    """Merge plain data ``new`` into round-trip data ``old``, keeping old comments, order and styles
    wherever the value is unchanged. Lists of mappings with an ``id`` key are aligned by id."""
    rt = _rt()
    CommentedMap, CommentedSeq = rt.CommentedMap, rt.CommentedSeq
    if isinstance(old, CommentedMap) and isinstance(new, dict):
        for key in [k for k in old if k not in new]:
            del old[key]
        for pos, (key, value) in enumerate(new.items()):
            if key in old:
                old[key] = merge(old[key], value)
            else:
                old.insert(min(pos, len(old)), key, value)
        return old
    if isinstance(old, CommentedSeq) and isinstance(new, list):
        if all(isinstance(v, dict) and "id" in v for v in new) and all(
            isinstance(v, CommentedMap) and "id" in v for v in old
        ):
            by_id = {v["id"]: v for v in old}
            merged = [merge(by_id[v["id"]], v) if v["id"] in by_id else v for v in new]
        elif len(old) == len(new):
            merged = [merge(o, n) for o, n in zip(old, new)]
        else:
            return new
        old[:] = merged
        return old
    if isinstance(old, (str, int, float, bool)) and type(old) is not type(new) and old == new:
        return old  # keep a quoted or styled scalar that still says the same thing
    if old == new and not isinstance(old, (dict, list)):
        return old
    return new


_UNREAD = object()


def write_atomic(path: str, text: str, current: Any = _UNREAD) -> bool:
    """Write ``text`` to ``path`` via a temp file and rename. Returns False (and writes nothing) when
    the file already holds exactly this text, so an unchanged record stays byte-identical.
    ``current``: the file's text as the caller just read it (None: no such file), to save reading it again."""
    if current is _UNREAD:
        try:
            with open(path, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
    if current == text:
        return False
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".yml", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return True


def write_bytes_atomic(path: str, data: bytes) -> None:
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def plain(data: Any) -> Any:
    """Round-trip data -> plain dicts/lists/str (for validation with pydantic). A date or time a
    person typed without quotes becomes its ISO string, as the record model expects."""
    if isinstance(data, (dt.date, dt.datetime)):
        return data.isoformat()
    if isinstance(data, dict):
        return {str(k): plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [plain(v) for v in data]
    if isinstance(data, str):
        return str(data)
    return data
