"""The HTML reader: ModernGov pages and generic HTML read as a browser's copy-as-text would give them.

Inline fixtures are a fictional council, the Borough of Wexcombe. Tests over the real ModernGov pages in
../shared/corpus/html skip when that folder is absent and take their expectations from the raw markup.
"""
from __future__ import annotations

import html as htmlmod
import re
from pathlib import Path

import pytest

from ingest.lines import NotADocument, ReadError
from ingest.read import read
from ingest.read_html import read_html

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS_HTML = SHARED / "corpus" / "html"
REDIRECT_STUB = SHARED / "corpus" / "moderngov-xml" / "denbighshire_getcouncillorsbyward_httpredirectstub.html"


def texts(t):
    return [ln.text for ln in t.lines]


def page(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


# ---------------------------------------------------------------------------------------------------
# ModernGov pages (fictional markup in ModernGov's shape)

COUNCIL_CHROME = """
<div id="siteHeader"><a class="skip-link" href="#content">Skip to main content</a>
  <img src="logo.png" alt="Borough of Wexcombe logo"><ul class="main-menu"><li><a href="/">Home</a></li></ul></div>
<div class="breadcrumb"><a href="/">Home</a> &gt; Council meetings</div>
"""
COUNCIL_FOOTER = '<div id="footer"><p>Wexcombe Town Hall, Market Square</p></div>'

DECISION_AT_MEETING = COUNCIL_CHROME + """
<div id="modgov"><div class="mgHeader"><h1  class="mgMainTitleTxt" >Decision details</h1></div>
<div class="mgSubTitle" ><h2 class="mgSubTitleTxt">Riverside Car Park Charges</h2></div>
<div class="mgLinks" ><ul  class="mgActionList" >
<li><a  href="mgIssueHistoryHome.aspx?IId=812&amp;Opt=0"  title="Link&#32;to&#32;issue">Find out more about this issue</a></li>
</ul></div>
<div class="mgContent" >
<p><span  class="mgLabel" >Decision status: </span><span  class="mgPlanItemInForce" >Recommendations Approved</span></p>
<p><span  class="mgLabel" >Is Key decision?: </span>No</p>
<h3 class="mgSubSubTitleTxt">Decision:</h3>
<div class="mgWordPara"><div class="WordSection1">
<p class="MsoNormal"><span style="">That the Director of Place bring a report on
the Riverside car park charges to the next meeting of the Panel.</span></p>
<p class="MsoNormal"><span style="">&nbsp;</span></p>
</div></div>
<p><span  class="mgLabel" >Publication date: </span>14&#47;03&#47;2024</p>
<p><span  class="mgLabel" >Date of decision: </span>11&#47;03&#47;2024</p>
<p><span  class="mgLabel" >Decided at meeting: </span><a  href="ieListDocuments.aspx?CId=40&amp;MID=977"  >11&#47;03&#47;2024 - Place Scrutiny Committee</a></p>
<p class="mgLabel" >Accompanying Documents:</p>
<ul  class="mgBulletList" ><li><a href="documents/s5521/Car parks.pdf">Car parks report
<span  class="mgFileSize" ><img height="12" src="mgimages/logo-pdf-1.gif" width="12" alt="pdf icon" /> PDF 84 KB</span></a>
<span class="mgHide"> ref: 5521</span></li></ul>
</div>
<div class="mgFooter" ><p>&nbsp;</p></div>
</div>""" + COUNCIL_FOOTER


def test_moderngov_decision_details_lines_and_meta():
    t = read_html(page(DECISION_AT_MEETING, "<title>Decision - Riverside Car Park Charges</title>"),
                  "decision.html")
    assert texts(t) == [
        "Decision details",
        "Riverside Car Park Charges",
        "Decision status: Recommendations Approved",
        "Is Key decision?: No",
        "Decision:",
        "That the Director of Place bring a report on the Riverside car park charges to the next meeting of "
        "the Panel.",
        "Publication date: 14/03/2024",
        "Date of decision: 11/03/2024",
        "Decided at meeting: 11/03/2024 - Place Scrutiny Committee",
        "Accompanying Documents:",
        "• Car parks report pdf icon PDF 84 KB",
    ]
    assert [ln.heading for ln in t.lines][:6] == [1, 2, 0, 0, 3, 0]
    assert t.meta == {"committee": "Place Scrutiny Committee", "date": "2024-03-11",
                      "title": "Riverside Car Park Charges"}
    assert t.title == "Decision - Riverside Car Park Charges"
    assert t.format == "html"
    assert [ln.para for ln in t.lines] == list(range(1, 12))
    assert [ln.line for ln in t.lines] == list(range(1, 12))


def test_moderngov_title_falls_back_to_the_subtitle_not_the_page_type():
    t = read_html(DECISION_AT_MEETING.encode(), "decision.html")
    assert t.title == "Riverside Car Park Charges"


def test_moderngov_officer_decision_takes_decision_maker_and_date_of_decision():
    body = """<div id="modgov"><div class="mgSubTitle"><h2 class="mgSubTitleTxt">Lease of Unit 4, Quay Street</h2></div>
<div class="mgContent">
<p><span class="mgLabel">Decision Maker: </span>Head of Property &#38; Assets</p>
<h3 class="mgSubSubTitleTxt">Decision:</h3>
<div class="mgWordPara"><p class="MsoNormal">To grant a five year lease of Unit 4.</p></div>
<p><span class="mgLabel">Date of decision: </span>02&#47;05&#47;2024</p>
</div></div>"""
    t = read_html(body.encode(), "officer.html")
    assert t.meta["committee"] == "Head of Property & Assets"
    assert t.meta["decision_maker"] == "Head of Property & Assets"
    assert t.meta["date"] == "2024-05-02"
    assert "item" not in t.meta and "url" not in t.meta
    assert "To grant a five year lease of Unit 4." in texts(t)


ISSUE_PAGE = """<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Issue - meetings</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Riverside Play Area</h2></div>
<div class="mgContent">
{meetings}
</div></div>"""
ISSUE_MEETING = """<p><span class="mgLabel">Meeting: </span><a href="ieListDocuments.aspx?CId=12&amp;MId={mid}">{date} - {committee} (Item {item})</a></p>
<table class="mgItemTable"><tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">{item}</p></td>
<td><p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="documents/s1/x.pdf">Riverside Play Area
<span class="mgFileSize"><img alt="pdf icon" src="i.gif"> PDF 88 KB</span></a></p>
<div class="mgWordPara"><p class="MsoNormal">The Panel considered the state of the play area.</p></div>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara"><div class="WordSection1"><p class="MsoNormal">RESOLVED that:</p>
<p class="MsoNormal">(a)&nbsp;&nbsp;the Parks Manager obtain three quotes; and</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">(b)&nbsp;&nbsp;a report come back in June 2024.</p></div></div>
<ul class="mgActionList"><li><a href="ieDecisionDetails.aspx?AIId=9">View the decision for item {item}.</a></li></ul>
</td></tr></table>"""


def test_moderngov_issue_page_single_meeting_meta_and_item_table_as_lines():
    meetings = ISSUE_MEETING.format(mid=300, date="04&#47;03&#47;2024", committee="Wexcombe Leisure Panel",
                                    item=17)
    head = ('<meta property="og:url" content="https://democracy.wexcombe.example/ieIssueDetails.aspx?'
            'IId=501&amp;Opt=3">')
    t = read_html(page(ISSUE_PAGE.format(meetings=meetings), head), "issue.html")
    assert t.meta == {"committee": "Wexcombe Leisure Panel", "date": "2024-03-04", "item": "17",
                      "title": "Riverside Play Area",
                      "url": "https://democracy.wexcombe.example/ieIssueDetails.aspx?IId=501&Opt=3"}
    # the agenda-item table is layout: its paragraphs are lines, not " | "-joined cells
    assert texts(t)[2:] == [
        "Meeting: 04/03/2024 - Wexcombe Leisure Panel (Item 17)",
        "17",
        "Riverside Play Area pdf icon PDF 88 KB",
        "The Panel considered the state of the play area.",
        "Minutes:",
        "RESOLVED that:",
        "(a) the Parks Manager obtain three quotes; and",
        "(b) a report come back in June 2024.",
    ]
    assert all(ln.cells is None for ln in t.lines)


def test_moderngov_issue_page_with_two_meetings_states_no_single_meeting():
    meetings = (ISSUE_MEETING.format(mid=300, date="04&#47;03&#47;2024", committee="Wexcombe Leisure Panel",
                                     item=17)
                + ISSUE_MEETING.format(mid=310, date="15&#47;04&#47;2024", committee="Wexcombe Cabinet", item=88))
    t = read_html(page(ISSUE_PAGE.format(meetings=meetings)), "issue.html")
    assert t.meta == {"title": "Riverside Play Area"}
    assert sum(ln.text.startswith("Meeting:") for ln in t.lines) == 2


def test_moderngov_meeting_page_subtitle_gives_committee_and_date():
    body = """<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Wexcombe Planning Committee - Thursday, 7th March, 2024 6.30 pm</h2></div>
<div class="mgContent"><table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">5.</p></td><td><p class="mgAiTitleTxt">Land at Orchard Farm</p>
<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara"><p>RESOLVED that permission be refused.</p></div></td></tr>
</table></div></div>"""
    t = read_html(body.encode(), "meeting.html")
    assert t.meta == {"committee": "Wexcombe Planning Committee", "date": "2024-03-07"}
    assert texts(t)[-4:] == ["5.", "Land at Orchard Farm", "Minutes:", "RESOLVED that permission be refused."]


def test_moderngov_decision_list_rows_are_cells_and_hidden_refs_are_dropped():
    body = """<table class="mgTabTable" summary="Table of decision summary data">
<caption class="mgSectionTitle">Decisions published</caption>
<thead><tr><th scope="col">Title<!--Pending Key Decisions--></th><th scope="col">Date</th></tr></thead>
<tbody><tr><td class="mgMainTxt"><a href="ieDecisionDetails.aspx?ID=77">Sale of the Old Depot<span class="mgHide"> ref: 77</span></a></td>
<td class="mgMainTxt">09&#47;01&#47;2024</td></tr></tbody></table>"""
    t = read_html(body.encode(), "list.html")
    assert texts(t) == ["Decisions published", "Title | Date", "Sale of the Old Depot | 09/01/2024"]
    assert t.lines[2].cells == ("Sale of the Old Depot", "09/01/2024")
    assert t.meta == {}


# ---------------------------------------------------------------------------------------------------
# generic HTML

GENERIC = """
<header><div class="logo">Wexcombe News</div><nav><a href="/">Home</a><a href="/about">About</a></nav></header>
<main><article>
<header><h1>Community&nbsp;Panel &amp; Friends</h1></header>
<script>document.write("<p>not text</p>")</script><style>p { color: red }</style>
<noscript>Please enable JavaScript</noscript><template><p>template text</p></template>
<!-- a comment that is not text -->
<p>The panel met on <b>Tuesday</b>.<br>It agreed three things:</p>
<ol start="3"><li>repaint the hall;</li>
  <li>buy chairs:<ol type="a"><li>twenty stacking chairs;</li><li><p>two high chairs.</p></li></ol></li>
  <li value="9">review in May.</li></ol>
<ol type="i"><li>one</li><li>two</li><li>three</li><li>four</li></ol>
<ul><li>Tea and coffee</li><li>Biscuits</li></ul>
<h2>Actions</h2>
<table><tr><th>Action</th><th>Who</th><th>When</th></tr>
<tr><td><p class="MsoNormal">Book the hall</p></td><td>Clerk</td><td>1&nbsp;June</td></tr>
<tr><td></td><td></td><td></td></tr></table>
<p hidden>hidden paragraph</p><p style="display:none">invisible</p>
<pre>Line one
Line two</pre>
</article></main>
<footer><p>Copyright Wexcombe News</p></footer>"""


def test_generic_html_blocks_lists_tables_and_dropped_parts():
    t = read_html(page(GENERIC, "<title>Panel &amp; Friends</title>"), "news.html")
    assert texts(t) == [
        "Community Panel & Friends",
        "The panel met on Tuesday.",
        "It agreed three things:",
        "3. repaint the hall;",
        "4. buy chairs:",
        "a. twenty stacking chairs;",
        "b. two high chairs.",
        "9. review in May.",
        "i. one", "ii. two", "iii. three", "iv. four",
        "• Tea and coffee", "• Biscuits",
        "Actions",
        "Action | Who | When",
        "Book the hall | Clerk | 1 June",
        "Line one", "Line two",
    ]
    by_text = {ln.text: ln for ln in t.lines}
    assert by_text["Community Panel & Friends"].heading == 1
    assert by_text["Actions"].heading == 2
    assert by_text["The panel met on Tuesday."].para == by_text["It agreed three things:"].para
    assert by_text["Line one"].para == by_text["Line two"].para
    assert by_text["Book the hall | Clerk | 1 June"].cells == ("Book the hall", "Clerk", "1 June")
    assert t.title == "Panel & Friends"
    assert t.meta == {}


def test_generic_title_from_h1_when_no_title_element():
    t = read_html(page("<h1>Wexcombe Allotments Society</h1><p>Minutes of the AGM.</p>"), "a.html")
    assert t.title == "Wexcombe Allotments Society"


def test_canonical_url():
    head = '<link rel="canonical" href="https://wexcombe.example/minutes/2024-03">'
    t = read_html(page("<p>Minutes.</p>", head), "a.html")
    assert t.meta == {"url": "https://wexcombe.example/minutes/2024-03"}


def test_reversed_list_and_list_style_none():
    t = read_html(page('<ol reversed><li>c</li><li>b</li><li>a</li></ol>'
                       '<ul style="list-style: none"><li>plain</li></ul>'), "a.html")
    assert texts(t) == ["3. c", "2. b", "1. a", "plain"]


def test_mixed_inline_and_block_content():
    t = read_html(page("<div>Before<p>Inside</p>After <i>it</i></div>"), "a.html")
    assert texts(t) == ["Before", "Inside", "After it"]
    assert len({ln.para for ln in t.lines}) == 3


def test_deeply_nested_markup_reads_without_recursion_error():
    depth = 10_000
    body = "<div>" * depth + "<p>Deep resolution text.</p>" + "</div>" * depth + "<p>After the nest.</p>"
    t = read_html(page(body), "deep.html")
    assert texts(t) == ["Deep resolution text.", "After the nest."]
    spans = "<span>" * depth + "inline" + "</span>" * depth
    assert texts(read_html(page(f"<p>{spans} end</p>"), "deep.html")) == ["inline end"]
    lists = "<ul>" + "<li>level<ul>" * 2000 + "</ul></li>" * 2000 + "</ul>"
    assert len(read_html(page(lists), "deep.html").lines) == 2000
    tables = "<table><tr><td>" * 2000 + "cell" + "</td></tr></table>" * 2000
    assert texts(read_html(page(tables), "deep.html")) == ["cell"]


def test_multi_megabyte_page():
    row = "<div class='item'><p>Item {i}: the Panel noted the report &amp; agreed it.</p></div>"
    body = "".join(row.format(i=i) for i in range(40_000))
    data = page(body)
    assert len(data) > 3_000_000
    t = read_html(data, "big.html")
    assert len(t.lines) == 40_000
    assert t.lines[-1].text == "Item 39999: the Panel noted the report & agreed it."


def test_declared_windows_1252_charset():
    data = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            "</head><body><p>Budget of £200 for the Mayor’s fund</p></body></html>").encode("cp1252")
    t = read_html(data, "a.html")
    assert texts(t) == ["Budget of £200 for the Mayor’s fund"]
    assert t.warnings == []


def test_utf8_without_charset_and_utf16_with_bom():
    assert texts(read_html(page("<p>Café £5</p>"), "a.html")) == ["Café £5"]
    utf16 = "\ufeff<html><body><p>Café minutes</p></body></html>".encode("utf-16-le")
    assert texts(read_html(utf16, "a.html")) == ["Café minutes"]


def test_stray_nul_bytes_are_stripped_with_a_warning():
    t = read_html(page("<p>Agreed\x00 unanimously.</p>"), "nul.html")
    assert texts(t) == ["Agreed unanimously."]
    assert len(t.warnings) == 1 and "NUL" in t.warnings[0]


def test_binary_with_many_nul_bytes_is_refused():
    with pytest.raises(ReadError) as e:
        read_html(b"<html>" + b"\x00\x01\x02\x00" * 5000, "blob.html")
    msg = str(e.value)
    assert msg.startswith("blob.html:") and "NUL" in msg and "\n" not in msg
    assert not isinstance(e.value, NotADocument)


def test_redirect_stub_is_not_a_document():
    stub = b"""<!-- redirect -->
<script type="text/javascript">
window.location = "https://" + window.location.hostname + window.location.pathname;
</script>"""
    with pytest.raises(NotADocument) as e:
        read_html(stub, "stub.html")
    assert "redirect" in str(e.value) and "\n" not in str(e.value)
    refresh = page("", '<meta http-equiv="Refresh" content="0; url=https://wexcombe.example/">')
    with pytest.raises(NotADocument, match="redirect"):
        read_html(refresh, "refresh.html")


def test_page_with_only_chrome_is_not_a_document():
    with pytest.raises(NotADocument) as e:
        read_html(page("<nav><a href='/'>Home</a></nav><footer>Contact</footer><script>x()</script>"), "e.html")
    assert str(e.value).startswith("e.html:") and "\n" not in str(e.value)


def test_read_dispatches_html_by_suffix(tmp_path):
    path = tmp_path / "minutes.htm"
    path.write_bytes(page("<p>RESOLVED that the minutes be approved.</p>"))
    t = read(str(path))
    assert t.format == "html" and texts(t) == ["RESOLVED that the minutes be approved."]


# ---------------------------------------------------------------------------------------------------
# real ModernGov pages (skip when ../shared is absent); expectations are taken from the raw markup

def _raw_text(fragment: str) -> str:
    return re.sub(r"\s+", " ", htmlmod.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def _corpus(pattern: str) -> list[Path]:
    if not CORPUS_HTML.is_dir():
        pytest.skip("shared corpus not present")
    files = sorted(CORPUS_HTML.glob(pattern))
    if not files:
        pytest.skip(f"no {pattern} in the shared corpus")
    return files


def test_real_decision_pages_meta_and_decision_text():
    for path in _corpus("*decisiondetails*.html"):
        raw = path.read_text(encoding="utf-8")
        t = read_html(path.read_bytes(), path.name)
        sub = re.search(r'class="mgSubTitleTxt">(.*?)</h2>', raw, re.S)
        assert t.meta["title"] == _raw_text(sub.group(1)), path.name
        at_meeting = re.search(r"Decided at meeting: </span>.*?>(\d\d)&#47;(\d\d)&#47;(\d{4}) - ([^<]+)<", raw)
        decided = re.search(r"Date of decision: </span>(\d\d)&#47;(\d\d)&#47;(\d{4})", raw)
        maker = re.search(r"Decision Maker: </span>([^<]+)<", raw)
        if at_meeting:
            d, m, y, committee = at_meeting.groups()
            assert t.meta["committee"] == _raw_text(committee)
            assert t.meta["date"] == f"{y}-{m}-{d}"
        else:
            d, m, y = decided.groups()
            assert t.meta["date"] == f"{y}-{m}-{d}"
            assert t.meta["committee"] == _raw_text(maker.group(1))
        assert "item" not in t.meta and "url" not in t.meta
        # every paragraph of the decision text is a line right after the "Decision:" heading
        section = raw.split('mgSubSubTitleTxt">Decision:</h3>', 1)[1].split("</div>\n</div>", 1)[0]
        paras = [p for p in (_raw_text(x) for x in re.findall(r"<p[^>]*>(.*?)</p>", section, re.S)) if p]
        lines = texts(t)
        start = lines.index("Decision:")
        assert t.lines[start].heading == 3
        assert lines[start + 1:start + 1 + len(paras)] == paras, path.name
        # chrome and hidden parts are gone; documents keep their file size note
        assert not any("Find out more about this issue" in s for s in lines)


def test_real_decision_lists_are_rows_with_cells():
    for path in _corpus("*decisionslist*.html"):
        raw = path.read_text(encoding="utf-8")
        t = read_html(path.read_bytes(), path.name)
        rows = [ln for ln in t.lines if ln.cells is not None]
        n_rows = len(re.findall(r"<tr\b", raw))
        assert len(rows) == n_rows, path.name
        n_cols = len(re.findall(r"<th\b", raw))
        assert all(len(r.cells) == n_cols for r in rows), path.name
        assert all(r.text == " | ".join(r.cells) for r in rows)
        assert not any("ref:" in r.text for r in rows)     # ModernGov's mgHide text is hidden on the page
        for date in re.findall(r"(\d\d)&#47;(\d\d)&#47;(\d{4})", raw):
            assert any("/".join(date) in r.cells for r in rows)


def test_real_http_redirect_stub_is_not_a_document():
    if not REDIRECT_STUB.is_file():
        pytest.skip("shared corpus not present")
    with pytest.raises(NotADocument) as e:
        read_html(REDIRECT_STUB.read_bytes(), REDIRECT_STUB.name)
    msg = str(e.value)
    assert msg.startswith(REDIRECT_STUB.name) and "redirect" in msg and "\n" not in msg


def test_generic_chrome_by_id_and_class():
    body = ('<div id="header"><p>Wexcombe Parish Council</p></div><div id="sidebar"><p>Links</p></div>'
            '<ul class="breadcrumbs"><li>Home</li></ul><p class="visually-hidden">Opens in a new window</p>'
            '<div id="content"><p>The Parish Council met in the village hall.</p></div>'
            '<div id="footer"><p>Clerk: 01234 567890</p></div>')
    assert texts(read_html(page(body), "parish.html")) == ["The Parish Council met in the village hall."]


def test_moderngov_decision_url_from_an_absolute_decision_link():
    body = DECISION_AT_MEETING.replace(
        '<ul  class="mgBulletList" >',
        '<p><a href="https://democracy.wexcombe.example/mgDecisionDetails.aspx?IId=812&amp;Opt=1">Printable '
        'version</a></p><ul  class="mgBulletList" >')
    t = read_html(body.encode(), "decision.html")
    assert t.meta["url"] == "https://democracy.wexcombe.example/mgDecisionDetails.aspx?IId=812&Opt=1"


def test_layout_tables_are_read_as_blocks():
    # an agenda table without the mgItemTable class, and a plain two-column table holding whole minutes
    agenda = ('<table><tr><td><p class="mgAiTitleTxt">6.</p></td><td><p class="mgAiTitleTxt">Allotments</p>'
              '<div class="mgWordPara"><p>Noted.</p></div></td></tr></table>')
    minutes = ("<table><tr><td>12</td><td><p>The Panel discussed the plan.</p><p>RESOLVED that:</p>"
               "<p>(1) the plan be approved;</p><p>(2) the Clerk write to the Trust.</p></td></tr></table>")
    assert texts(read_html(page(agenda), "a.html")) == ["6.", "Allotments", "Noted."]
    t = read_html(page(minutes), "m.html")
    assert texts(t) == ["12", "The Panel discussed the plan.", "RESOLVED that:", "(1) the plan be approved;",
                        "(2) the Clerk write to the Trust."]
    assert all(ln.cells is None for ln in t.lines)
