"""Check genre set G's gold annotations against its documents.

    /work/main/.venv/bin/python tests/genre_g/check_gold.py

- gold.yml must load with yaml.safe_load and follow the gold shape (tier, kind, tracked, owner, due, text; meta).
- every word of every gold text must occur in its document's extracted text
  (PDFs: pdfplumber, with line-end hyphenation "satis-\\nfaction" joined; text pages: as stored).
- meta.date, if given, must occur in the document in some written form.
Exit status 1 on any problem. Does not run the extractor.
"""
import datetime
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
TIERS = {"must", "should"}
KINDS = {"resolution", "recommendation", "action", "commitment", "priority", "metric"}
DUE_RE = re.compile(r"^(\d{4}-\d{2}(-\d{2})?|next-meeting|future-meeting)$")


def doc_text(path):
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            raw = "\n".join((p.extract_text() or "") for p in pdf.pages)
        return re.sub(r"(\w)-\n(\w)", r"\1\2", raw)  # undo line-end hyphenation
    with open(path, encoding="utf-8") as f:
        return f.read()


def words(s):
    s = s.replace("\u2019", "'").lower()
    return re.findall(r"[a-z0-9£%]+", s)


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    day = d.day
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    mon = d.strftime("%B")
    return [d.strftime("%d/%m/%Y"), "%d %s %d" % (day, mon, d.year), "%d%s %s %d" % (day, suf, mon, d.year),
            "%d%s %s, %d" % (day, suf, mon, d.year), "%s %d" % (mon, d.year), d.strftime("%d.%m.%y")]


def main():
    problems = []
    with open(os.path.join(HERE, "gold.yml"), encoding="utf-8") as f:
        gold = yaml.safe_load(f)
    n_items = 0
    scattered = []  # words present but not as one run: table cells, two-column text (expected)
    for d in gold["documents"]:
        name = d["file"]
        path = os.path.join(DOCS, name)
        if not os.path.exists(path):
            problems.append("%s: file missing" % name)
            continue
        meta = d.get("meta") or {}
        if set(meta) != {"committee", "date", "item", "title"}:
            problems.append("%s: meta keys %s" % (name, sorted(meta)))
        text = doc_text(path)
        vocab = set(words(text))
        flat = " ".join(text.split())
        if meta.get("date") and not any(f in flat for f in date_forms(str(meta["date"]))):
            problems.append("%s: meta date %s not found in text" % (name, meta["date"]))
        for field in ("committee", "title"):
            v = meta.get(field)
            if v and not set(words(v)) <= vocab:
                problems.append("%s: meta %s words missing: %s" % (name, field, set(words(v)) - vocab))
        if d.get("expect") == "no-text":
            continue
        for i, it in enumerate(d.get("items") or []):
            n_items += 1
            tag = "%s item %d" % (name, i + 1)
            if set(it) != {"tier", "kind", "tracked", "owner", "due", "text"}:
                problems.append("%s: keys %s" % (tag, sorted(it)))
            if it.get("tier") not in TIERS or it.get("kind") not in KINDS:
                problems.append("%s: bad tier/kind %r/%r" % (tag, it.get("tier"), it.get("kind")))
            if not isinstance(it.get("tracked"), bool):
                problems.append("%s: tracked not bool" % tag)
            if it.get("kind") in ("recommendation", "action", "commitment", "priority") and not it.get("tracked"):
                problems.append("%s: %s must be tracked" % (tag, it["kind"]))
            if it.get("kind") == "metric" and it.get("tracked"):
                problems.append("%s: metric must not be tracked" % tag)
            due = it.get("due")
            if due is not None and not DUE_RE.match(str(due)):
                problems.append("%s: bad due %r" % (tag, due))
            if " ".join(words(it["text"])) not in " ".join(words(text)):
                scattered.append("%s  [%s]" % (tag, it["text"][:60]))
            missing = [w for w in words(it["text"]) if w not in vocab]
            if missing:
                problems.append("%s: words not in document: %s  [%s]" % (tag, missing, it["text"][:70]))
            owner = it.get("owner")
            if owner:
                ow = [w for w in words(owner) if w not in vocab and w not in ("and", "the")]
                if ow:
                    problems.append("%s: owner words not in document: %s" % (tag, ow))
    print("%d documents, %d items checked" % (len(gold["documents"]), n_items))
    print("info: %d item(s) whose words are not one contiguous run (table cells / two columns):" % len(scattered))
    for s_ in scattered:
        print("  ", s_)
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else "%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
