"""The built site in a real browser: search for an actor (from the home page, and from a story
under a sub-path, as GitHub Pages serves it), follow the result, go to the actor index and back.
The seed's explainer on a phone and on a desktop: nothing said twice, nothing scrolls sideways,
paragraph links a finger can hit, no jump when the map loads. An axe-core audit (WCAG 2.1 A and
AA) of the home page, an explainer and the indexes finds nothing a plain page of the theme does
not. Takes the screenshots the README shows: into a temporary folder, or, with
``UPDATE_SCREENSHOTS=1`` in the environment, over the README's own (docs/assets/screenshots/).

Needs Debian's ``chromium`` (``.ci/run`` installs it); skipped, saying so, where it is missing.
"""
import functools
import http.server
import os
import re
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


DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}


@pytest.fixture
def page(browser):
    context = browser.new_context(**DESKTOP)
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
    # the results for the whole word (those for its first letters may show on the way)
    page.locator(".md-search-result__list mark", has_text=words.split()[-1]).first.wait_for()
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
    # the snippet of the whole word typed (results for its first letters may show on the way)
    page.locator(".md-search-result__list mark", has_text="Brekke").first.wait_for()
    assert results.first.get_attribute("href").startswith("/news-explainers/explainers/")
    assert not outside  # the repository link's star count is Material's, and optional
    assert not any("search_index" in url for url in fetched)
    assert any("/news-explainers/pagefind/" in url for url in fetched)
    results.first.click()
    page.wait_for_url("**/news-explainers/explainers/**")
    assert page.locator("h1").first.is_visible()
    page.keyboard.press("s")
    assert page.evaluate("document.getElementById('__search').checked")
    # the theme opens the search and then moves the focus into its box, which takes Escape from there on
    page.wait_for_function("document.activeElement === document.querySelector('input.md-search__input')")
    page.keyboard.press("Escape")
    page.wait_for_function("!document.getElementById('__search').checked", timeout=5000)


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


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    """Where screenshots go: a temporary folder, so a test run leaves the committed ones as they
    are, unless the README's are being refreshed on purpose."""
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        return SCREENSHOTS
    return tmp_path_factory.mktemp("screenshots")


def test_screenshots_of_the_home_page_and_the_seeds_explainer(any_page, base_url, shots):
    page = any_page
    suffix = "" if page.screen_name == "desktop" else "-phone"
    shots.mkdir(parents=True, exist_ok=True)
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(shots / f"home{suffix}.png"))
    if suffix == "":
        page.set_viewport_size({"width": 1280, "height": 1500})
    page.goto(f"{base_url}explainers/{SEED_SLUG}/")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(shots / f"explainer{suffix}.png"))
    page.evaluate("window.scrollTo(0, document.getElementById('where-and-when').offsetTop - 20)")
    page.locator(".locator-map img").scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('.locator-map img').naturalWidth > 0")
    page.evaluate("window.scrollTo(0, document.getElementById('where-and-when').offsetTop - 20)")
    page.wait_for_timeout(200)
    page.screenshot(path=str(shots / f"explainer-where-and-when{suffix}.png"))
    for name in ("home", "explainer", "explainer-where-and-when"):
        assert (shots / f"{name}{suffix}.png").stat().st_size > 10_000


@pytest.fixture(params=["desktop", "phone"])
def any_page(browser, request):
    """A tab on a desktop screen, then on a 390 px phone."""
    context = browser.new_context(**(DESKTOP if request.param == "desktop" else PHONE))
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    tab.screen_name = request.param
    yield tab
    context.close()


# The reader's text of the page above the source article: what is shown (a folded block's body
# is not), cut into sentences.
ABOVE_THE_SOURCE = """() => {
  const content = document.querySelector('.md-content__inner');
  const source = document.getElementById('source-article');
  const blocks = [...content.querySelectorAll('h1, h2, h3, p, li, td, th, dt, dd, summary, blockquote')]
    .filter(el => !source || (el.compareDocumentPosition(source) & Node.DOCUMENT_POSITION_FOLLOWING))
    .filter(el => !el.querySelector('p, li, td, dd, dt'));
  const text = blocks.map(el => el.innerText).join('\\n');
  const article = source ? [...document.querySelectorAll('.source-paragraph')].map(p => p.innerText).join('\\n') : '';
  return {text, article};
}"""


def words(text: str) -> int:
    return len([w for w in text.split() if any(c.isalnum() for c in w)])


def test_the_explainer_says_each_sentence_once_and_fits_the_screen(any_page, base_url):
    page = any_page
    page.goto(f"{base_url}explainers/{SEED_SLUG}/")
    shown = page.evaluate(ABOVE_THE_SOURCE)
    sentences = [" ".join(s.split()) for s in re.split(r"(?<=[.!?])[”\"’]?\s+|\n", shown["text"])]
    sentences = [s for s in sentences if words(s) >= 6]
    repeated = sorted({s for s in sentences if sentences.count(s) > 1})
    assert not repeated, repeated
    # Short: the words above the article, folded blocks closed, against the article's own.
    assert words(shown["text"]) <= 1.5 * words(shown["article"]), (words(shown["text"]), words(shown["article"]))
    # Nothing scrolls sideways: not the page, not the timeline.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    strip = page.locator(".timeline-strip > ul")
    assert strip.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    if page.screen_name == "phone":  # one event under another, each the column's width
        boxes = [strip.locator(":scope > li").nth(i).bounding_box() for i in range(2)]
        assert boxes[1]["y"] >= boxes[0]["y"] + boxes[0]["height"]
        assert boxes[0]["width"] > 0.7 * page.viewport_size["width"]
    # Paragraph links show the paragraph's number and a finger can hit them.
    refs = page.locator(".md-content a.ref")
    sizes = refs.evaluate_all("""links => links.filter(a => a.checkVisibility()).map(a => {
        const r = a.getBoundingClientRect(); return [a.innerText, r.width, r.height]; })""")
    assert sizes
    for text, width, height in sizes:
        assert re.fullmatch(r"¶\s?\d+", text), text
        assert width >= 24 and height >= 24, (text, width, height)


def test_the_seed_page_opens_with_what_to_know_and_who_stands_where(any_page, base_url):
    page = any_page
    page.goto(f"{base_url}explainers/{SEED_SLUG}/")
    headings = [h.strip(" ¶") for h in page.locator(".md-content h2").all_inner_texts()]
    assert headings[:3] == ["What you need to know", "Who stands where", "Background"], headings
    points = page.locator("#what-you-need-to-know + .explainer-summary li")
    assert 3 <= points.count() <= 5
    sides = page.locator("#who-stands-where ~ ul").first.inner_text()
    assert "Turkey backs Azerbaijan" in sides and "Russia is bound by a pact with Armenia" in sides
    diagram = page.locator(".sides-diagram img")
    diagram.scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('.sides-diagram img').naturalWidth > 0")
    box = diagram.bounding_box()
    assert box["width"] <= page.viewport_size["width"]  # it fits the phone's screen


def test_no_layout_shift_when_the_map_loads(any_page, base_url):
    page = any_page
    page.goto(f"{base_url}explainers/{SEED_SLUG}/")
    img = page.locator(".locator-map img.map-image")
    assert img.get_attribute("width") and img.get_attribute("height")
    below = page.locator("#treaties-and-agreements")
    before = below.evaluate("el => el.getBoundingClientRect().top + window.scrollY")
    img.scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('.locator-map img').complete"
                           " && document.querySelector('.locator-map img').naturalWidth > 0")
    after = below.evaluate("el => el.getBoundingClientRect().top + window.scrollY")
    assert abs(after - before) < 1, (before, after)


# -- accessibility --------------------------------------------------------------------------

AUDITED = ["", f"explainers/{SEED_SLUG}/", "explainers/", "actors/", "agreements/", "places/", "timeline/"]
BASELINE = "about/"
"""A hand-written page with nothing but the theme's frame and a little text."""

AXE_RUN = """async () => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                          resultTypes: ['violations']});
  return result.violations.flatMap(v => v.nodes.map(n => {
    const el = document.querySelector(n.target[0]);
    return {rule: v.id, target: n.target.join(' '), html: n.html.slice(0, 160),
            inContent: !!(el && el.closest('.md-content'))};
  }));
}"""


def axe_violations(page, url: str) -> list[dict]:
    from importlib.resources import files

    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.add_script_tag(path=str(files("axe_playwright_python") / "axe.min.js"))
    return page.evaluate(AXE_RUN)


def test_axe_finds_nothing_beyond_what_a_plain_theme_page_has(any_page, base_url):
    pytest.importorskip("axe_playwright_python", reason="axe-core (the axe-playwright-python package) is not installed")
    baseline = axe_violations(any_page, base_url + BASELINE)
    allowed_rules = {v["rule"] for v in baseline}
    allowed_targets = {(v["rule"], v["target"]) for v in baseline}
    found = {}
    for path in AUDITED:
        extra = [v for v in axe_violations(any_page, base_url + path)
                 if (v["rule"], v["target"]) not in allowed_targets
                 and (v["inContent"] or v["rule"] not in allowed_rules)]
        if extra:
            found[path or "home"] = extra
    assert not found, found
