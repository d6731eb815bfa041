"""The built site in a real browser: search for an actor (from the home page, and from a story
under a sub-path, as GitHub Pages serves it), follow the result, go to the actor index and back. Takes the screenshots the README shows (docs/assets/screenshots/).

Needs Debian's ``chromium`` (``.ci/run`` installs it); skipped, saying so, where it is missing.
"""
import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = ROOT / "docs" / "assets" / "screenshots"
SEED_SLUG = "armenia-calls-for-russian-help-as-fight-with-azerbaijan-intensifies"
ACCORD_SLUG = "norway-and-iceland-agree-to-share-north-atlantic-mackerel-quotas"
PROTEST_SLUG = "fishermen-block-tromso-harbour-over-new-quota-rules"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _serve(directory: Path, prefix: str = ""):
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{prefix}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def base_url(showcase_site):
    yield from _serve(showcase_site / "site")


@pytest.fixture(scope="module")
def subpath_url(showcase_site, tmp_path_factory):
    """The same site under /news-explainers/, as GitHub Pages serves a project site."""
    root = tmp_path_factory.mktemp("served")
    (root / "news-explainers").symlink_to(showcase_site / "site")
    yield from _serve(root, "news-explainers/")


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).is_file():
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium); .ci/run installs it")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def search(page, words: str):
    """Type into the search box (Material's, over the Pagefind index) as a reader does; the result links."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(words, delay=30)
    results = page.locator(".md-search-result__list a.md-search-result__link")
    results.first.wait_for()
    return results


def test_searching_a_surname_finds_the_explainer_then_the_actor_index_and_back(page, base_url):
    page.goto(base_url)
    results = search(page, "Valtysdottir")
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert f"explainers/{ACCORD_SLUG}/" in hrefs[0], hrefs  # the explainer comes first
    assert not any(PROTEST_SLUG in h for h in hrefs)         # she is only in the accord story

    results.first.click()
    page.wait_for_url(f"**/explainers/{ACCORD_SLUG}/**")
    assert page.locator("h1").inner_text().startswith("Norway and Iceland agree")

    page.locator(".glance a", has_text="Sigrun Valtysdottir").click()
    page.wait_for_url("**/actors/**#sigrun-valtysdottir")
    entry = page.locator("#sigrun-valtysdottir")
    assert entry.is_visible()
    assert "Sigrun Valtysdottir" in entry.inner_text()

    page.go_back()
    page.wait_for_url(f"**/explainers/{ACCORD_SLUG}/**")
    assert page.locator("h1").inner_text().startswith("Norway and Iceland agree")


def test_search_under_a_sub_path_from_an_explainer_with_the_keyboard(page, subpath_url):
    """From a story's page, "/" opens the search; the site is under a sub-path, nothing is
    fetched from beyond it, and the search loads a few small files, not an index of everything."""
    outside, fetched = [], []
    page.on("request", lambda r: fetched.append(r.url) if r.url.startswith(subpath_url)
            else outside.append(r.url) if "api.github.com" not in r.url else None)
    page.goto(f"{subpath_url}explainers/{SEED_SLUG}/")
    page.keyboard.press("/")
    page.locator("input.md-search__input").press_sequentially("Brekke", delay=30)
    results = page.locator(".md-search-result__list a.md-search-result__link")
    results.first.wait_for()
    assert results.first.get_attribute("href").startswith("/news-explainers/explainers/")
    assert "Brekke" in page.locator(".md-search-result__list mark").first.inner_text()  # the snippet
    assert not outside  # the repository link's star count is Material's, and optional
    assert not any("search_index" in url for url in fetched)
    assert any("/news-explainers/pagefind/" in url for url in fetched)
    results.first.click()
    page.wait_for_url("**/news-explainers/explainers/**")
    assert page.locator("h1").first.is_visible()
    page.keyboard.press("s")
    assert page.evaluate("document.getElementById('__search').checked")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")


def test_following_a_paragraph_link_highlights_the_paragraph(page, base_url):
    page.goto(f"{base_url}explainers/{SEED_SLUG}/")
    link = page.locator("#background ~ ul a.ref").first
    target = link.get_attribute("href")
    link.hover()
    assert "is-pointed" in page.locator(target).get_attribute("class")
    link.click()
    assert page.evaluate("location.hash") == target
    colour = page.locator(target).evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")


def test_the_map_shows_as_a_picture(page, base_url):
    page.goto(f"{base_url}explainers/{ACCORD_SLUG}/")
    img = page.locator(".locator-map img.map-image")
    img.scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('.locator-map img').naturalWidth > 0")
    assert img.get_attribute("alt")


def test_screenshots_of_the_home_page_and_the_seeds_explainer(page, base_url):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(base_url)
    page.screenshot(path=str(SCREENSHOTS / "home.png"))
    page.set_viewport_size({"width": 1280, "height": 1500})
    page.goto(f"{base_url}explainers/{SEED_SLUG}/")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(SCREENSHOTS / "explainer.png"))
    page.evaluate("window.scrollTo(0, document.getElementById('where-and-when').offsetTop - 20)")
    page.wait_for_timeout(200)
    page.screenshot(path=str(SCREENSHOTS / "explainer-where-and-when.png"))
    for name in ("home.png", "explainer.png", "explainer-where-and-when.png"):
        assert (SCREENSHOTS / name).stat().st_size > 10_000
