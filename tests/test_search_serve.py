"""`arising serve`: the built site and /api/search, local, capped, and never a file outside the site."""
from __future__ import annotations

import http.client
import json
import os
import socket
import threading
import urllib.parse

import pytest
from click.testing import CliRunner

import search
from arising.cli import cli
from search.server import API_MAX_LIMIT, make_server
from tests.test_search_kb import small_kb

SECRET = "the Chief Executive's password"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A built site, a secret file beside it, and symlinks that point out of it."""
    tmp_path = tmp_path_factory.mktemp("site")
    site = tmp_path / "site"
    (site / "items" / "peosc-2023-11-14-24-1").mkdir(parents=True)
    (site / "index.html").write_text("<h1>Wexcombe tracker</h1>", encoding="utf-8")
    (site / "items" / "peosc-2023-11-14-24-1" / "index.html").write_text("<h1>Gritting route map</h1>", encoding="utf-8")
    (site / "assets").mkdir()
    (site / "assets" / "app.js").write_text("console.log(1)", encoding="utf-8")
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    (site / "link-out.txt").symlink_to(tmp_path / "secret.txt")
    (site / "dir-out").symlink_to(tmp_path)
    return site


@pytest.fixture(scope="module")
def served(tmp_path_factory, site):
    """One server for the tests that only read."""
    kb, _ = small_kb(tmp_path_factory.mktemp("served") / "kb")
    search.build(kb)
    yield from _serve(kb, str(site))


@pytest.fixture
def served_rw(tmp_path, site):
    kb, _ = small_kb(tmp_path / "kb")
    search.build(kb)
    yield from _serve(kb, str(site))


def _serve(kb, site_dir):
    server = make_server(kb, "127.0.0.1", 0, site_dir, quiet=True)
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    t.start()
    try:
        yield server.server_address[1], kb
    finally:
        server.shutdown()
        server.server_close()


def get(port, path, method="GET"):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    c.putrequest(method, path, skip_accept_encoding=True)  # the path goes out exactly as written
    c.endheaders()
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, dict(r.getheaders()), body.decode("utf-8", "replace")


def api(port, **params):
    status, headers, body = get(port, "/api/search?" + urllib.parse.urlencode(params))
    return status, json.loads(body)


def test_the_site_is_served(served):
    port, _ = served
    status, headers, body = get(port, "/")
    assert (status, body) == (200, "<h1>Wexcombe tracker</h1>")
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert get(port, "/items/peosc-2023-11-14-24-1/")[2] == "<h1>Gritting route map</h1>"
    status, headers, _ = get(port, "/items/peosc-2023-11-14-24-1?x=1")
    assert (status, headers["Location"]) == (301, "/items/peosc-2023-11-14-24-1/?x=1")
    assert get(port, "/assets/app.js")[1]["Content-Type"].startswith(("application/javascript", "text/javascript"))
    status, headers, body = get(port, "/", method="HEAD")
    assert (status, body, headers["Content-Length"]) == (200, "", str(len("<h1>Wexcombe tracker</h1>")))


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/items/../../secret.txt",
    "/items/%2e%2e/%2e%2e/secret.txt", "/..%2f..%2fsecret.txt", "//secret.txt", "/%2Ftmp%2Fsecret.txt",
    "/link-out.txt", "/dir-out/secret.txt", "/%00index.html", "/..\\secret.txt",
])
def test_nothing_outside_the_site_is_ever_returned(served, path):
    port, _ = served
    status, _, body = get(port, path)
    assert status == 404 and SECRET not in body


def test_an_absolute_path_stays_inside_the_site(served, site):
    port, _ = served
    status, _, body = get(port, str(site.parent / "secret.txt"))
    assert status == 404 and SECRET not in body


def test_api_search_answers_the_documented_json(served):
    port, _ = served
    status, res = api(port, q="gritting", status="open", limit=5)
    assert status == 200
    assert {"query", "total", "results", "facets"} <= set(res)
    assert res["total"] == 2
    for r in res["results"]:
        assert {"id", "kind", "text", "snippet", "status", "response", "rag", "rag_reason", "owner", "committee",
                "meeting_date", "due", "document", "page", "url"} <= set(r)
    assert [r["url"] for r in res["results"]] == ["/items/peosc-2024-03-12-40-1/", "/items/peosc-2023-11-14-24-1/"]
    assert set(res["facets"]) == {"kind", "status", "committee", "owner"}
    assert res["facets"]["owner"] == {"Head of Highways": 2}


def test_api_filters(served):
    port, _ = served
    status, res = api(port, q="waste", owner="CB", committee="cabinet", kind="resolution")
    assert [r["id"] for r in res["results"]] == ["cabinet-2024-06-20-7-1"]


@pytest.mark.parametrize("params,message", [
    ({"q": "ownr:x"}, "unknown field 'ownr:'"),
    ({"q": "x" * 501}, "the query is 501 characters long; the limit is 500"),
    ({"q": "gritting", "limit": "many"}, "limit must be a whole number"),
    ({"q": "gritting", "kind": "minutes"}, "kind:minutes is not a kind"),
    ({}, "empty query"),
])
def test_api_refuses_bad_requests_in_one_line(served, params, message):
    port, _ = served
    status, res = api(port, **params)
    assert status == 400 and message in res["error"] and "\n" not in res["error"]


def test_api_caps_the_number_of_results(served):
    port, _ = served
    status, res = api(port, q="status:open OR status:noted OR kind:document OR kind:meeting", limit=10**6)
    assert status == 200 and res["total"] == 12 and len(res["results"]) == min(12, API_MAX_LIMIT)
    assert len(api(port, q="kind:document", limit=1)[1]["results"]) == 1


def test_api_sees_a_new_index_without_a_restart(served_rw):
    port, kb = served_rw
    assert api(port, q="recycling")[1]["total"] == 4
    with kb.lock("test"):
        kb.remove("cabinet-2024-06-20-minutes")
    search.update(kb, ["cabinet-2024-06-20-minutes"])
    assert api(port, q="recycling")[1]["total"] == 0


def test_other_methods_are_refused(served):
    port, _ = served
    assert get(port, "/api/search", method="POST")[0] == 405


def test_no_site_says_run_arising_build_but_search_works(tmp_path):
    kb, _ = small_kb(tmp_path / "kb")
    search.build(kb)
    for port, _ in _serve(kb, str(tmp_path / "kb" / "site")):
        status, _, body = get(port, "/")
        assert status == 404 and "run `arising build`" in body
        assert api(port, q="gritting")[0] == 200


def test_no_index_says_run_arising_index(tmp_path, site):
    kb, _ = small_kb(tmp_path / "kb")
    for port, _ in _serve(kb, str(site)):
        status, res = api(port, q="gritting")
        assert status == 503 and res["error"].endswith("run `arising index` first")
        assert get(port, "/")[0] == 200


def test_a_port_in_use_is_one_line_naming_it(tmp_path):
    kb, _ = small_kb(tmp_path / "kb")
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen()
    port = s.getsockname()[1]
    try:
        r = CliRunner().invoke(cli, ["serve", "--kb", kb.root, "--port", str(port)])
    finally:
        s.close()
    assert r.exit_code == 1
    assert r.stderr == (f"error: port {port} is already in use on 127.0.0.1; stop the other server or choose "
                        f"another port, e.g. --port {port + 1}\n")


def test_serve_listens_on_this_computer_only_by_default():
    from arising.cli_search import serve

    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"


def test_the_api_leaves_out_what_the_public_site_leaves_out(tmp_path, site):
    kb, _ = small_kb(tmp_path / "kb")
    doc = kb.load("cabinet-2024-06-20-minutes")
    next(i for i in doc.items() if i.id == "cabinet-2024-06-20-7-2").edits.confidential = True
    with kb.lock("test"):
        kb.save(doc)
    search.build(kb)
    for port, _ in _serve(kb, str(site)):
        status, res = api(port, q="recycling rate OR recycling")
        assert [r["id"] for r in res["results"]] == ["cabinet-2024-06-20-7-1"]
        assert "reported to Cabinet each quarter" not in json.dumps(res)
    server = make_server(kb, "127.0.0.1", 0, str(site), quiet=True, internal=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    try:
        status, res = api(server.server_address[1], q="recycling rate OR recycling")
        assert [(r["id"], r["confidential"]) for r in res["results"]] == [
            ("cabinet-2024-06-20-7-2", True), ("cabinet-2024-06-20-7-1", False)]
    finally:
        server.shutdown()
        server.server_close()
    r = CliRunner().invoke(cli, ["search", "--kb", kb.root, "recycling rate", "--as-of", "2024-07-01"])
    assert "cabinet-2024-06-20-minutes p1, minute 7 (confidential)" in r.stdout.splitlines()[1]
