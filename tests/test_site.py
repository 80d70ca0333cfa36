"""The static site: pages from records, escaping, confidentiality, the tracker data, the feed, the
staging project and a real `mkdocs build --strict` of the example council."""
import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from arising import site
from arising.cli import cli
from arising.config import Config
from arising.model import AgendaItem, Document, Found, Meeting, Metric, Source
from arising.records import assign_ids, new_item
from arising.store import KnowledgeBase

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(TOP, "examples", "wexcombe")
AS_OF = dt.date(2025, 6, 1)


# ---- records built in code ---------------------------------------------------------------------------


def found(text, kind="resolution", label=None, tracked=True, due=None, owner=None, page=2, doc="place-2024-03-12-minutes",
          metric=None):
    return Found(kind=kind, label=label, text=text, tracked=tracked, due=due, owner=owner, owner_normalised=owner,
                 rule="test", confidence=0.9, metric=metric, source=Source(document=doc, page=page, line=4, quote=text))


CAR_PARK = "That the Director of Place consult traders on a free first hour at Riverside car park."
GRIT = "That the Head of Highways publish the revised gritting route map by December 2024."


def place_minutes(agenda_text=None, extra_agenda=(), confidential=False, sha="a"):
    text = agenda_text or ("23. RIVERSIDE CAR PARK\nMembers discussed the charges at length and heard from traders.\n"
                           "RESOLVED:\n(1) That the Director of Place consult traders on a free first hour at\n"
                           "Riverside car park.\n(2) That the Head of Highways publish the revised gritting route map\n"
                           "by December 2024.")
    items = [new_item(found(CAR_PARK, label="1", owner="Director of Place", due="2024-09"), "a"),
             new_item(found(GRIT, label="2", owner="Head of Highways", due="2024-12"), "b")]
    agendas = [AgendaItem(number="23", minute="23", title="RIVERSIDE CAR PARK", text=text, items=items), *extra_agenda]
    d = Document(id="place-2024-03-12-minutes", file="Place minutes 12 March 2024.pdf", sha256=sha * 64, format="pdf",
                 kind="minutes", title="Place Scrutiny Committee minutes, 12 March 2024", pages=4, confidential=confidential,
                 meetings=[Meeting(committee="Place Scrutiny Committee", date=dt.date(2024, 3, 12), agenda_items=agendas)])
    return assign_ids(d, Config())


def make(documents, internal=False, as_of=AS_OF):
    return site.make_site(documents, Config(), as_of=as_of, internal=internal)


def item_of(doc, text):
    return next(it for it in doc.items() if it.text == text)


# ---- escaping -----------------------------------------------------------------------------------------------

HOSTILE = ('<script>alert("x")</script> **bold** {: onclick="alert(1)" } {{ config.site_name }} '
           '[link](javascript:alert(1)) `code` $x$ ~~strike~~ \\escaped')


def test_text_is_escaped_so_no_markup_or_markdown_survives():
    out = site.text_html(HOSTILE + "\n# heading\n--8<-- \"/etc/passwd\"")
    assert "<script" not in out and "<" not in out.replace("&lt;", "")
    assert "{" not in out and "`" not in out and "$" not in out and "\\" not in out and "~" not in out
    assert "\n" not in out  # no document text ever starts a line of the page source


def test_page_titles_cannot_break_out_of_the_title_element():
    title = site.plain_title('</title><script>alert(1)</script> & "quotes" {{ x }}')
    assert not set("<>&\"{}") & set(title)
    assert "script" in title  # the words stay, as text


# ---- what is published --------------------------------------------------------------------------------------


@pytest.mark.parametrize("title,text,exempt", [
    ("LAND AT MILL STREET (EXEMPT INFORMATION)", "", True),
    ("Acquisition of land - Confidential", "", True),
    ("CONFIDENTIAL: Staffing restructure", "", True),
    ("Depot lease", "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A", True),
    ("EXCLUSION OF THE PRESS AND PUBLIC",
     "RESOLVED: That the press and public be excluded as the item involves exempt information (Schedule 12A).", False),
    ("RIVERSIDE CAR PARK", "Members discussed the charges.", False),
    ("Confidential reporting code", "", False),
])
def test_exempt_headings(title, text, exempt):
    assert site.exempt_heading(AgendaItem(title=title, text=text)) is exempt


def test_confidential_document_item_and_exempt_agenda_item_are_left_out_of_the_public_site():
    secret_item = new_item(found("That the Director of Finance negotiate the depot lease at Kestrel Way.", label="1"), "s")
    exempt = AgendaItem(number="30", minute="30", title="DEPOT LEASE (EXEMPT)", text="30. DEPOT LEASE (EXEMPT)\nKestrel Way terms.",
                        items=[secret_item])
    doc = place_minutes(extra_agenda=[exempt])
    item_of(doc, GRIT).edits.confidential = True
    other = Document(id="cabinet-2024-04-01-minutes", file="c.pdf", sha256="c" * 64, format="pdf", kind="minutes",
                     confidential=True, meetings=[Meeting(committee="Cabinet", date=dt.date(2024, 4, 1), agenda_items=[
                         AgendaItem(number="4", text="Zanzibar project", items=[new_item(found("Zanzibar project approved.", label="1"), "z")])])])
    other = assign_ids(other, Config())
    public = make([doc, other])
    files = site.pages(public)
    everything = "\n".join(files.values())
    assert [v.item.text for v in public.views] == [CAR_PARK]
    for word in ("Kestrel", "gritting", "Zanzibar"):
        assert word not in everything, word
    assert not any(p.startswith("documents/cabinet-") for p in files)
    assert public.withheld_items == 3 and public.withheld_documents == 1
    # the original of a document with confidential parts is not published either
    assert "place-2024-03-12-minutes" not in public.originals
    internal = site.pages(make([doc, other], internal=True))
    assert all(w in "\n".join(internal.values()) for w in ("Kestrel", "gritting", "Zanzibar"))
    assert "Confidential" in internal[f"items/{item_of(doc, GRIT).id}.md"]


# ---- item pages --------------------------------------------------------------------------------------------


def test_item_page_has_status_rag_owner_due_revision_source_link_and_timeline():
    doc = place_minutes()
    it = item_of(doc, CAR_PARK)
    from arising.tracker import apply_change
    apply_change(it, by="L Moss", at=dt.datetime(2024, 4, 2, 10), status="in-progress", note="Consultation started")
    apply_change(it, by="L Moss", at=dt.datetime(2024, 4, 3, 10), due="2024-11", reason="Consultation extended to April")
    s = make([doc])
    page = site.pages(s)[f"items/{it.id}.md"]
    assert re.search(r'class="arising-status arising-status-in-progress"[^>]*>in-progress<', page)
    assert "Red: overdue since 2024-11-30" in page  # RAG always carries its word
    assert '<a href="../../owners/director-of-place/">Director of Place</a>' in page
    assert "2024-09 → 2024-11 (Consultation extended to April), by L Moss" in page
    assert f'href="../../files/{"a" * 64}.pdf#page=2"' in page
    timeline = re.search(r'<ol class="arising-timeline".*?</ol>', page).group(0)
    steps = re.findall(r'<time datetime="([\d-]+)">', timeline)
    assert steps == sorted(steps) and steps[0] == "2024-03-12" and "2024-04-02" in steps
    assert "status: open → <strong>in-progress</strong>" in timeline
    assert page.count("<h1") == 1


def test_an_item_page_gives_its_text_in_full_once_besides_the_source_quote():
    doc = place_minutes()
    car = item_of(doc, CAR_PARK)
    page = site.pages(make([doc]))[f"items/{car.id}.md"]
    assert f"<h1>{CAR_PARK}</h1>" in page and "What was decided" not in page  # the heading holds it all
    assert page.count(CAR_PARK) == 2  # the heading and the source quote
    car.edits.text = "That the Director of Place consult traders and the town centre partnership on a free first hour " \
                     "at Riverside car park and report the results to the next meeting of the committee."
    page = site.pages(make([doc]))[f"items/{car.id}.md"]
    assert "What was decided" in page and page.count(car.edits.text) == 1  # shortened in the heading, in full below
    assert CAR_PARK in page  # the source quote, as read


def test_related_superseding_and_other_sources_link_both_ways():
    doc = place_minutes()
    car, grit = item_of(doc, CAR_PARK), item_of(doc, GRIT)
    car.links.superseded_by = grit.id
    decision = Document(id="place-2024-03-12-decision", file="d.html", sha256="d" * 64, format="html", kind="decision",
                        meetings=[Meeting(committee="Place Scrutiny Committee", date=dt.date(2024, 3, 12), agenda_items=[
                            AgendaItem(number="23", items=[new_item(found(CAR_PARK, label="1", doc="place-2024-03-12-decision", page=None), "x")])])])
    decision = assign_ids(decision, Config(), {i.id for i in doc.items()})
    s = make([doc, decision])
    files = site.pages(s)
    car_page, grit_page = files[f"items/{car.id}.md"], files[f"items/{grit.id}.md"]
    assert "Superseded by" in car_page and f"../../items/{grit.id}/" in car_page
    assert "Supersedes" in grit_page and f"../../items/{car.id}/" in grit_page
    assert "Other sources of this decision" in car_page and "../../documents/place-2024-03-12-decision/" in car_page
    twin = next(decision.items()).id
    assert f'url=../../items/{car.id}/' in files[f"items/{twin}.md"]  # the twin's permalink still leads somewhere


# ---- meeting pages ------------------------------------------------------------------------------------------


def test_meeting_page_shows_the_minutes_with_items_marked_in_place():
    doc = place_minutes()
    s = make([doc])
    page = site.pages(s)["meetings/psc-2024-03-12.md"]
    car = item_of(doc, CAR_PARK)
    mark = re.search(r'<mark class="arising-mark arising-k-resolution"><a href="../../items/' + car.id + r'/">(.*?)</a></mark>', page)
    assert mark and mark.group(1).startswith("That the Director of Place consult traders")
    assert "Members discussed the charges at length and heard from traders." in page  # the text around it
    assert 'Resolution · open' in page  # the mark says what it is in words
    listed = re.search(r'<h2 id="decisions".*?</ul>', page, re.S).group(0)  # and the tracked ones are listed
    assert f'href="../../items/{car.id}/"' in listed and "(resolution, open, Red): Director of Place; due 30 September 2024" in listed


def test_hard_wrapped_lines_join_into_paragraphs_and_labels_start_new_ones():
    text = ("The Committee received a report from the Director of Place on the car park and\n"
            "the charges that apply on weekdays and at weekends in the town centre.\n"
            "RESOLVED:\n(1) That the report be noted.\n(2) That a further report\ncome back in June.")
    paras = [text[s:e].replace("\n", " ") for s, e in site.paragraphs(text)]
    assert paras == ["The Committee received a report from the Director of Place on the car park and the charges "
                     "that apply on weekdays and at weekends in the town centre.", "RESOLVED:",
                     "(1) That the report be noted.", "(2) That a further report come back in June."]


def test_a_quote_is_found_across_line_breaks_and_spacing():
    text = "RESOLVED:\n(1) That the Director of  Place consult traders\non a free first hour."
    s, e = site.find_span(text, "That the Director of Place consult traders on a free first hour.")
    assert text[s:e].startswith("That the Director") and text[s:e].endswith("first hour")


# ---- tracker, CSV, feed, metrics ------------------------------------------------------------------------------


def test_tracker_data_holds_only_tracked_items_with_coded_values():
    doc = place_minutes(extra_agenda=[AgendaItem(number="24", items=[new_item(found("That the report be noted.", tracked=False), "n")])])
    data = site.tracker_data(make([doc]))
    assert len(data["rows"]) == 2
    col = {c: i for i, c in enumerate(data["columns"])}
    row = next(r for r in data["rows"] if r[col["text"]] == CAR_PARK)
    assert data["values"]["rag"][row[col["rag"]]] == "red"
    assert data["values"]["owner"][row[col["owner"]]] == "Director of Place"
    assert row[col["due_date"]] == "2024-09-30"


def test_csv_cells_never_start_a_spreadsheet_formula():
    doc = place_minutes()
    car = item_of(doc, CAR_PARK)
    car.edits.text = '=HYPERLINK("http://evil.example","click")'
    rows = list(csv.DictReader(io.StringIO(site.tracker_csv(make([doc])))))
    assert [r["text"] for r in rows if r["id"] == car.id] == ['\'=HYPERLINK("http://evil.example","click")']
    assert {r["rag"] for r in rows} == {"red"}


def test_rss_feed_is_valid_xml_with_new_decisions_and_status_changes():
    doc = place_minutes()
    from arising.tracker import apply_change
    apply_change(item_of(doc, CAR_PARK), by="L Moss", at=dt.datetime(2024, 11, 6, 9), status="resolved")
    feed = ET.fromstring(site.rss(make([doc]), "https://decisions.example.gov.uk/"))
    titles = [i.findtext("title") for i in feed.iter("item")]
    assert titles[0].startswith("resolved: That the Director of Place")
    assert any(t.startswith("New resolution: That the Head of Highways") for t in titles)
    assert feed.find("channel/item/link").text.startswith("https://decisions.example.gov.uk/items/")


def test_a_measure_reported_at_two_meetings_is_plotted_over_time():
    def report(date, value, sha):
        f = found(f"{value}% of reviews were held within timescales.", kind="metric", tracked=False,
                  metric=Metric(value=value, unit="%", measure=f"{value}% of reviews were held within timescales."))
        d = Document(id=f"cssp-{date}-minutes", file="m.pdf", sha256=sha * 64, format="pdf", kind="minutes",
                     meetings=[Meeting(committee="CSSP", date=dt.date.fromisoformat(date),
                                       agenda_items=[AgendaItem(number="5", items=[new_item(f, "m")])])])
        return assign_ids(d, Config())
    s = make([report("2023-09-26", 61, "a"), report("2024-09-24", 84, "b")])
    page = site.render_metrics(s)
    svg = re.search(r"<svg.*?</svg>", page).group(0)
    ET.fromstring(svg)  # well-formed
    assert svg.count("<circle") == 2 and "<polyline" in svg
    assert "26 September 2023: 61%; 24 September 2024: 84%" in svg


def test_home_page_counts_and_rag_bar():
    doc = place_minutes()
    from arising.tracker import apply_change
    apply_change(item_of(doc, GRIT), by="clerk", at=dt.datetime(2024, 5, 1), status="resolved")
    home = site.render_home(make([doc]), "# Welcome\n\nHello councillors.\n")
    assert home.startswith('---\ntitle: "Welcome"')
    stats = re.findall(r'arising-stat-n">(\d+)</span><span class="arising-stat-label">([a-z ]+)<', home)
    assert stats == [("1", "open"), ("0", "in progress"), ("1", "overdue"), ("1", "resolved")]
    assert "Red 1" in home and "Green 1" in home


def test_as_of_changes_the_rag():
    doc = place_minutes()
    early = make([doc], as_of=dt.date(2024, 3, 20))
    assert {early.rag(v)[0] for v in early.views} == {"green"}
    assert {make([doc]).rag(v)[0] for v in make([doc]).views} == {"red"}


# ---- staging config -----------------------------------------------------------------------------------------


def test_staging_config_keeps_the_users_settings_and_adds_what_the_site_needs():
    user = site._yaml().load(
        "site_name: Wexcombe decisions\ntheme:\n  name: material\n  palette: {primary: teal}\n"
        "plugins:\n  - search\n  - tags\nnav:\n  - Home: index.md\n  - About: about.md\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n")
    cfg = site.staging_config(user, docs=["index.md", "about.md"], internal=False, council=None)
    assert cfg["site_dir"] == "site"  # inside the staging folder, as Zensical requires
    assert cfg["site_name"] == "Wexcombe decisions"
    assert cfg["theme"]["palette"]["primary"] == "teal" and cfg["theme"]["font"] is False
    assert "navigation.prune" in cfg["theme"]["features"]
    assert cfg["plugins"] == ["tags"]
    assert [list(e)[0] for e in cfg["nav"]] == ["Home", "Tracker", "Search", "Browse", "About"]
    assert "/items/" in cfg["not_in_nav"] and cfg["use_directory_urls"] is True
    out = io.StringIO()
    site._yaml().dump(cfg, out)
    assert "!!python/name:material.extensions.emoji.twemoji" in out.getvalue()


def test_html_originals_are_published_as_text_not_as_pages():
    doc = Document(id="x", file="Decision.html", sha256="e" * 64, format="html")
    assert site.original_name(doc) == f"files/{'e' * 64}.html.txt"
    assert site.original_name(Document(id="y", file="m.PDF", sha256="f" * 64, format="pdf")).endswith(".pdf")


def test_refuses_to_build_over_a_folder_that_is_not_a_site(tmp_path):
    kb = KnowledgeBase.init(str(tmp_path / "kb"))
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.docx").write_text("years of work")
    with pytest.raises(site.SiteError, match="not empty and not a site Arising built"):
        site.check_site_dir(kb, str(precious))
    with pytest.raises(site.SiteError, match="would overwrite the knowledge base"):
        site.check_site_dir(kb, kb.root)


# ---- a real build -----------------------------------------------------------------------------------------------


def ingest_example(root):
    """A knowledge base of the example council, as `make demo` makes it."""
    runner = CliRunner()
    assert runner.invoke(cli, ["init", root, "--council", "Borough of Wexcombe"]).exit_code == 0
    shutil.copy(os.path.join(EXAMPLE, "arising.yml"), os.path.join(root, "arising.yml"))
    docs = os.path.join(EXAMPLE, "documents")
    files = [os.path.join(docs, f) for f in sorted(os.listdir(docs)) if not f.endswith("-v2.pdf")]
    try:
        import ingest.read_pdf  # noqa: F401
    except ImportError:
        files = [f for f in files if not f.endswith(".pdf")]
    result = runner.invoke(cli, ["ingest", "--kb", root, "--jobs", "1", *files])
    assert result.exit_code == 0, result.output
    return KnowledgeBase.open(root)


@pytest.fixture(scope="session")
def example_site(tmp_path_factory):
    """The example council ingested and built once for the session: (kb, site dir, build output)."""
    root = str(tmp_path_factory.mktemp("wexcombe") / "kb")
    kb = ingest_example(root)
    result = CliRunner().invoke(cli, ["build", "--kb", root, "--as-of", "2025-06-01"])
    assert result.exit_code == 0, result.output
    return kb, os.path.join(root, "site"), result.output


def test_build_writes_every_kind_of_page_at_its_fixed_address(example_site):
    kb, out, output = example_site
    assert re.match(r"Built .*site: \d+ item\(s\), \d+ meeting\(s\), \d+ document\(s\), \d+ page\(s\); RAG as of 2025-06-01\n",
                    output)
    docs = kb.documents()
    some = next(d for d in docs if d.kind == "minutes" and any(True for _ in d.items()))
    item = next(some.items())
    for path in ("index.html", "tracker/index.html", "search/index.html", "metrics/index.html", "feed.xml",
                 "data/tracker.json", "data/tracker.csv", "committees/index.html", "owners/index.html",
                 f"items/{item.id}/index.html", f"documents/{some.id}/index.html", "pagefind/pagefind.js"):
        assert os.path.exists(os.path.join(out, path)), path
    cslug = kb.config.committee_slug(some.meetings[0].committee)
    assert os.path.exists(os.path.join(out, "meetings", f"{cslug}-{some.meetings[0].date.isoformat()}", "index.html"))
    assert os.path.exists(os.path.join(out, "committees", cslug, "index.html"))
    # the original, copied into the site under its content hash
    assert any(n.startswith(some.sha256) for n in os.listdir(os.path.join(out, "files")))


def test_build_never_writes_into_the_knowledge_bases_docs(example_site):
    kb, _, _ = example_site
    theirs = sorted(os.path.relpath(os.path.join(r, n), os.path.join(kb.root, "docs"))
                    for r, _, ns in os.walk(os.path.join(kb.root, "docs")) for n in ns)
    ours = sorted(os.path.relpath(os.path.join(r, n), os.path.join(TOP, "docs"))
                  for r, _, ns in os.walk(os.path.join(TOP, "docs")) for n in ns)
    assert theirs == ours


def test_built_pages_are_offline_accessible_and_have_one_h1(example_site):
    _, out, _ = example_site
    pages = [os.path.join(r, n) for r, _, ns in os.walk(out) for n in ns if n == "index.html"]
    assert len(pages) > 50
    for p in pages[:400]:
        html = open(p, encoding="utf-8").read()
        assert html.count("<h1") == 1, p
        # nothing loaded from the network: no remote scripts, images, styles or fonts
        assert not re.search(r'src="(https?:)?//|<link[^>]+href="(https?:)?//|fonts\.googleapis', html), p
        for table in re.findall(r"<table.*?</table>", html, re.S):
            assert "<th" in table, p


def feed_links(html: str) -> list[str]:
    """The hrefs of a page's <link rel="alternate" type="application/rss+xml"> elements in its head."""
    from selectolax.lexbor import LexborHTMLParser

    return [n.attributes.get("href") for n in LexborHTMLParser(html).css('head link[rel="alternate"]')
            if n.attributes.get("type") == "application/rss+xml"]


def test_every_page_advertises_the_rss_feed_in_its_head(example_site):
    kb, out, _ = example_site
    item = next(next(d.items()) for d in kb.documents() if any(True for _ in d.items()))
    for page in ("index.html", "tracker/index.html", f"items/{item.id}/index.html"):
        hrefs = feed_links(open(os.path.join(out, page), encoding="utf-8").read())
        assert len(hrefs) == 1, page
        target = os.path.normpath(os.path.join(out, os.path.dirname(page), hrefs[0]))
        assert target == os.path.join(out, "feed.xml"), (page, hrefs[0])
        ET.parse(target)  # the feed it points at is there, and is XML


def test_the_knowledge_bases_own_theme_overrides_are_kept(tmp_path):
    """A council's theme.custom_dir is copied into the staging folder; its own main.html wins over ours."""
    root = str(tmp_path / "kb")
    kb = KnowledgeBase.init(root)
    os.makedirs(os.path.join(root, "overrides", "partials"))
    open(os.path.join(root, "overrides", "partials", "copyright.html"), "w").write("<p>Crown copyright Wexcombe</p>\n")
    cfg = open(os.path.join(root, "mkdocs.yml")).read().replace("  font: false", "  custom_dir: overrides\n  font: false", 1)
    open(os.path.join(root, "mkdocs.yml"), "w").write(cfg)
    built = site.build(kb, as_of=AS_OF)
    home = open(os.path.join(built.site_dir, "index.html"), encoding="utf-8").read()
    assert "Crown copyright Wexcombe" in home and feed_links(home) == ["feed.xml"]
    open(os.path.join(root, "overrides", "main.html"), "w").write('{% extends "base.html" %}\n')
    built = site.build(kb, as_of=AS_OF)
    assert feed_links(open(os.path.join(built.site_dir, "index.html"), encoding="utf-8").read()) == []


def test_html_original_is_offered_as_text(example_site):
    kb, out, _ = example_site
    html_docs = [d for d in kb.documents() if d.format == "html"]
    if not html_docs:
        pytest.skip("no HTML document in the example council")
    files = os.listdir(os.path.join(out, "files"))
    assert not any(f.endswith(".html") for f in files)
    assert any(f == f"{html_docs[0].sha256}.html.txt" for f in files)


def test_hostile_document_text_stays_text_through_mkdocs_with_attr_list_and_md_in_html(tmp_path):
    """Issue 6: a document containing <script>, attr_list syntax or Markdown is shown as text."""
    root = str(tmp_path / "kb")
    kb = KnowledgeBase.init(root)
    cfg = open(os.path.join(root, "mkdocs.yml")).read().replace(
        "markdown_extensions:\n", "markdown_extensions:\n  - attr_list\n  - md_in_html\n")
    open(os.path.join(root, "mkdocs.yml"), "w").write(cfg)
    text = ("23. CAR PARK <script>alert('pwned')</script>\n"
            "{: onclick=\"alert('attr')\" }\n**not bold** and <b onmouseover=\"alert(2)\">raw</b>\n"
            "    indented like code\n```\nfenced\n```\n"
            "RESOLVED: That the Director of Place consult traders on a free first hour at Riverside car park.")
    doc = place_minutes(agenda_text=text)
    item_of(doc, CAR_PARK).edits.text = "</title><script>alert('title')</script> car park {: onclick=\"alert(3)\" }"
    with kb.lock():
        kb.save(doc)
    built = site.build(kb, as_of=AS_OF)
    html = ""
    for r, _, names in os.walk(built.site_dir):
        for n in names:
            if n.endswith(".html"):
                html += open(os.path.join(r, n), encoding="utf-8").read()
    assert "alert('pwned')" not in html.replace("alert(&#x27;pwned&#x27;)", "")
    assert "<script>alert" not in html
    assert not re.search(r"<[^>]+\son\w+\s*=", html)  # no event handler attribute anywhere
    assert "**not bold**" in html and "<strong>not bold</strong>" not in html
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in html  # shown, as text


def test_build_fails_with_one_line_naming_a_broken_record(tmp_path):
    root = str(tmp_path / "kb")
    kb = KnowledgeBase.init(root)
    with kb.lock():
        kb.save(place_minutes())
    path = kb.record_path("place-2024-03-12-minutes")
    text = open(path).read()
    open(path, "w").write(text.replace("status: open", "status: opne", 1))
    result = CliRunner().invoke(cli, ["build", "--kb", root])
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {path}: item ") and result.output.count("\n") == 1


def test_as_of_must_be_a_day(tmp_path):
    root = str(tmp_path / "kb")
    KnowledgeBase.init(root)
    result = CliRunner().invoke(cli, ["build", "--kb", root, "--as-of", "June"])
    assert result.exit_code == 2
    assert result.output.startswith("error: --as-of: not a date: 'June'; use YYYY-MM-DD")
    assert len(result.output.splitlines()) == 1


def test_an_empty_knowledge_base_builds(tmp_path):
    root = str(tmp_path / "kb")
    KnowledgeBase.init(root, "Borough of Wexcombe")
    result = CliRunner().invoke(cli, ["build", "--kb", root, "--as-of", "2025-06-01"])
    assert result.exit_code == 0, result.output
    data = json.load(open(os.path.join(root, "site", "data", "tracker.json")))
    assert data["rows"] == []
    assert "No tracked items yet." in open(os.path.join(root, "site", "index.html")).read()


def test_a_rebuild_drops_the_pages_of_a_removed_document(tmp_path):
    root = str(tmp_path / "kb")
    kb = KnowledgeBase.init(root)
    other = assign_ids(Document(id="cabinet-2024-04-01-minutes", file="c.pdf", sha256="c" * 64, format="pdf", kind="minutes",
                                meetings=[Meeting(committee="Cabinet", date=dt.date(2024, 4, 1), agenda_items=[
                                    AgendaItem(number="4", items=[new_item(found("That the budget be approved.", label="1"), "z")])])]),
                       Config())
    with kb.lock():
        kb.save(place_minutes())
        kb.save(other)
    site.build(kb, as_of=AS_OF)
    staged = os.path.join(kb.derived_dir, "site-public", "docs")
    assert os.path.exists(os.path.join(staged, "documents", "cabinet-2024-04-01-minutes.md"))
    with kb.lock():
        kb.remove("cabinet-2024-04-01-minutes")
    built = site.build(kb, as_of=AS_OF)
    for folder in (staged, built.site_dir):
        names = [n for _, _, ns in os.walk(folder) for n in ns] + [d for _, ds, _ in os.walk(folder) for d in ds]
        assert not any("cabinet-2024-04-01" in n for n in names), folder


def test_internal_build_goes_to_its_own_folder_and_says_internal(tmp_path):
    root = str(tmp_path / "kb")
    kb = KnowledgeBase.init(root, "Borough of Wexcombe")
    with kb.lock():
        kb.save(place_minutes(confidential=True))
    public = CliRunner().invoke(cli, ["build", "--kb", root, "--as-of", "2025-06-01"])
    assert public.exit_code == 0, public.output
    assert public.output.splitlines()[1] == "Left out as confidential or exempt: 2 item(s), 1 document(s) (--internal includes them)"
    internal = CliRunner().invoke(cli, ["build", "--kb", root, "--internal", "--as-of", "2025-06-01"])
    assert internal.exit_code == 0, internal.output
    page = open(os.path.join(root, "site-internal", "items", "psc-2024-03-12-23-1", "index.html"), encoding="utf-8").read()
    assert "(internal)" in page and "free first hour" in page
    assert not os.path.exists(os.path.join(root, "site", "items", "psc-2024-03-12-23-1"))


def test_without_pagefind_the_build_still_works_and_says_search_is_missing(tmp_path, monkeypatch):
    root = str(tmp_path / "kb")
    KnowledgeBase.init(root)
    monkeypatch.setattr(site, "pagefind_available", lambda: False)
    result = CliRunner().invoke(cli, ["build", "--kb", root])
    assert result.exit_code == 0
    assert result.stderr == "warning: offline search not built: install Pagefind (pip install 'pagefind[bin]')\n"


def test_a_further_source_in_a_confidential_document_is_not_quoted():
    doc = place_minutes()
    item_of(doc, CAR_PARK).sources.append(Source(document="cabinet-2024-04-01-minutes", page=3, quote="Kestrel Way secret terms"))
    secret = Document(id="cabinet-2024-04-01-minutes", file="c.pdf", sha256="c" * 64, format="pdf", confidential=True)
    page = site.pages(make([doc, secret]))[f"items/{item_of(doc, CAR_PARK).id}.md"]
    assert "Kestrel" not in page
    assert "Kestrel" in site.pages(make([doc, secret], internal=True))[f"items/{item_of(doc, CAR_PARK).id}.md"]
