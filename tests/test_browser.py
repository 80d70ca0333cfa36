"""The built site in a real browser: headless Chromium (Debian's package) driven by Playwright, against
the example council's site served on 127.0.0.1. Screenshots go to test-artifacts/.

Skips, saying why, when Playwright or /usr/bin/chromium is missing (`make test` installs both as root).
"""
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.test_site import TOP, example_site  # noqa: F401  (the session's built example site)

CHROMIUM = os.environ.get("ARISING_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
ARTIFACTS = os.path.join(TOP, "test-artifacts")

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed: pip install playwright")
if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium (or set ARISING_CHROMIUM)", allow_module_level=True)


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def serve(cmd: list[str], port: int):
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    pytest.fail(f"the site server did not start: {' '.join(cmd)}")


@pytest.fixture(scope="module")
def static_url(example_site):  # noqa: F811
    """The built site on a plain static server: no search API, so the search page uses Pagefind."""
    _, out, _ = example_site
    port = free_port()
    proc = serve([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "-d", out], port)
    yield f"http://127.0.0.1:{port}/"
    proc.terminate()
    proc.wait()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    ctx.close()
    assert not errors, errors


def shot(page, name):
    os.makedirs(ARTIFACTS, exist_ok=True)
    page.screenshot(path=os.path.join(ARTIFACTS, f"{name}.png"), full_page=True)


def test_home_page_loads_with_counts_and_rag_bar(page, static_url):
    page.goto(static_url)
    assert page.locator("h1").count() == 1
    assert page.locator(".arising-stat").count() == 4
    bar = page.locator(".arising-bar")
    assert re.search(r"(Red|Amber|Green|Grey) \d+", bar.inner_text())
    shot(page, "home")


def test_tracker_filters_by_status_and_keeps_the_filter_in_the_address(page, static_url):
    page.goto(static_url + "tracker/")
    page.wait_for_selector("tbody tr")
    total = int(re.search(r"of (\d+) item", page.locator(".arising-count").inner_text()).group(1))
    page.select_option("#arising-t-rag", "red")
    page.wait_for_function("document.querySelector('.arising-count').textContent.indexOf('of %d ') < 0" % total)
    shown = int(re.search(r"of (\d+) item|(\d+) item", page.locator(".arising-count").inner_text()).group(1))
    assert 0 < shown < total
    rags = page.locator("tbody tr td:nth-child(5)").all_inner_texts()
    assert rags and set(rags) == {"Red"}
    assert "rag=red" in page.url
    shot(page, "tracker-filtered")
    page.goto(static_url + "tracker/#rag=red")  # a shared address opens the same view
    page.wait_for_selector("tbody tr")
    assert page.locator("#arising-t-rag").input_value() == "red"


def test_keyboard_reaches_the_tracker_filters(page, static_url):
    page.goto(static_url + "tracker/")
    page.wait_for_selector("tbody tr")
    page.focus("#arising-t-q")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "arising-t-status"


def test_static_search_finds_an_item_by_a_word_of_its_document(page, static_url, example_site):  # noqa: F811
    kb, _, _ = example_site
    target = next(it for d in kb.documents() for it in d.items() if "gritting" in it.text.lower() and it.tracked)
    page.goto(static_url + "search/?q=gritting")
    page.wait_for_selector(".arising-results li", timeout=15000)
    assert "offline index" in page.locator(".arising-count").inner_text()
    hrefs = [page.locator(".arising-results li a").nth(i).get_attribute("href")
             for i in range(page.locator(".arising-results li a").count())]
    assert any(h.rstrip("/").endswith(f"items/{target.id}") for h in hrefs), hrefs
    assert page.locator(".arising-results mark").count() > 0
    # regression: status, kind and RAG came back run together in one meta value ("Red, status:open, ...")
    hit = page.locator(".arising-results li", has=page.locator(f'a[href$="items/{target.id}/"]'))
    assert hit.locator(".arising-rag").inner_text() in ("Red", "Amber", "Green", "Grey")
    assert hit.locator(".arising-status").inner_text() == target.status
    shot(page, "search")
    page.goto(static_url + "search/?q=gritting&type=meeting")
    page.wait_for_selector(".arising-results li", timeout=15000)
    links = page.locator(".arising-results li a.arising-result-title")
    assert all("meetings/" in links.nth(i).get_attribute("href") for i in range(links.count()))


def test_item_page_shows_its_timeline_and_source_link(page, static_url, example_site):  # noqa: F811
    kb, _, _ = example_site
    doc = next(d for d in kb.documents() if d.format == "pdf" and any(it.tracked for it in d.items()))
    it = next(i for i in doc.items() if i.tracked)
    page.goto(static_url + f"items/{it.id}/")
    steps = page.locator(".arising-timeline li")
    assert steps.count() >= 2
    assert "Today" in steps.last.inner_text()
    link = page.locator(".arising-source a", has_text="open the original")
    assert re.search(r"files/[0-9a-f]{64}\.pdf#page=\d+$", link.get_attribute("href"))
    shot(page, "item")


def test_search_page_uses_the_search_api_when_arising_serve_answers(page, example_site):  # noqa: F811
    kb, out, _ = example_site
    from click.testing import CliRunner

    from arising.cli import cli

    if cli.get_command(None, "serve") is None or cli.get_command(None, "index") is None:
        pytest.skip("`arising serve` and `arising index` are not in this tree")
    result = CliRunner().invoke(cli, ["index", "--kb", kb.root])
    assert result.exit_code == 0, result.output
    port = free_port()
    proc = serve([sys.executable, "-c", "from arising.cli import main; main()", "serve", "--kb", kb.root,
                  "--port", str(port)], port)
    try:
        page.goto(f"http://127.0.0.1:{port}/search/?q=fostering")
        page.wait_for_selector(".arising-results li", timeout=15000)
        assert "search service" in page.locator(".arising-count").inner_text()
        first = page.locator(".arising-results li a").first.get_attribute("href")
        assert re.match(r"(\.\./)?(items|documents|meetings)/", first), first
    finally:
        proc.terminate()
        proc.wait()


def test_a_committee_page_opens_the_tracker_filtered_to_that_committee(page, static_url, example_site):  # noqa: F811
    """Regression: the tracker's committee values were as written in the minutes, the committee pages'
    links the canonical name, so the link found nothing."""
    kb, out, _ = example_site
    folder = os.path.join(out, "committees")
    slug = sorted(d for d in os.listdir(folder) if os.path.isdir(os.path.join(folder, d)))[0]
    page.goto(static_url + f"committees/{slug}/")
    page.click("text=these in the tracker")
    page.wait_for_selector("tbody tr", timeout=10000)
    committee = page.locator("#arising-t-committee").input_value()
    assert committee and set(page.locator("tbody tr td:nth-child(6)").all_inner_texts()) == {committee}
