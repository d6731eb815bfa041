"""Article text is untrusted: nothing in a seed may become markup, script or a link on the site."""
import re
from html.parser import HTMLParser

import pytest

from conftest import FIXTURES, SEED, make_project, mkdocs_build, search_pages
from generator.reader import parse_article
from generator.render import md_escape
from generator.sanitize import TAGS, clean_html

HOSTILE = FIXTURES / "hostile_payloads.txt"
# Elements no article may bring onto a page, and more that Material uses only outside the content.
FORBIDDEN_TAGS = {"iframe", "object", "embed", "base", "frame", "frameset", "applet", "meta http-equiv"}
FORBIDDEN_IN_CONTENT = {"script", "style", "form", "input", "button", "svg", "link", "meta", "textarea"}
# Attributes whose value is fetched or followed (title, alt and meta content are only text).
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "srcset", "style", "poster", "background", "xlink:href"}
# Markers that appear only inside the payloads of the hostile seed.
PAYLOAD_MARKERS = ("alert(", "evil.example")


class Page(HTMLParser):
    """Every start tag with its attributes, script bodies, and the text a reader sees."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.content_tags: list[str] = []
        self._article = 0
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if self._article:
            self.content_tags.append(tag)
        if tag == "article":
            self._article += 1
        if tag in ("script", "style"):
            self._in = tag

    def handle_endtag(self, tag):
        if tag == "article" and self._article:
            self._article -= 1
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        elif self._in is None:
            self.text.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def assert_no_markup_from_article(html: str, where: str) -> Page:
    page = parse(html)
    for tag, attrs in page.tags:
        assert tag not in FORBIDDEN_TAGS, f"{where}: <{tag}> on the page"
        for name, value in attrs.items():
            assert not name.startswith("on"), f"{where}: event handler {name}= on <{tag}>"
            assert not value.strip().lower().startswith(("javascript:", "vbscript:", "data:text")), f"{where}: {name}={value!r}"
            if name in URL_ATTRIBUTES:
                assert not any(m in value for m in PAYLOAD_MARKERS), f"{where}: payload in <{tag} {name}={value!r}>"
        if tag == "script":
            assert not any(m in attrs.get("src", "") for m in PAYLOAD_MARKERS), where
        if tag == "img":
            assert "evil.example" not in attrs.get("src", ""), where
    assert not FORBIDDEN_IN_CONTENT & set(page.content_tags), f"{where}: {FORBIDDEN_IN_CONTENT & set(page.content_tags)} in the content"
    for body in page.scripts:
        assert not any(m in body for m in PAYLOAD_MARKERS), f"{where}: payload inside a <script>"
    return page


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("hostile"), seed_files=[HOSTILE, SEED])
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    return project / "site"


def _hostile_page(site):
    pages = [p for p in (site / "explainers").glob("*/index.html") if "minister" in p.parent.name]
    assert len(pages) == 1
    return pages[0]


def test_no_script_handler_frame_or_javascript_url_comes_from_the_article(hostile_site):
    for path in sorted(hostile_site.rglob("*.html")):
        assert_no_markup_from_article(path.read_text(encoding="utf-8"), str(path.relative_to(hostile_site)))


def test_payloads_still_read_as_text(hostile_site):
    page = parse(_hostile_page(hostile_site).read_text(encoding="utf-8"))
    text = " ".join(" ".join(page.text).split())
    for visible in (
        "Minister <script>alert('title')</script> resigns {{ config.site_name }} | over: --- row",
        "parliament <script>alert('para')</script> that went against him.",
        "<img src=x onerror=alert('quote')> threats,",
        "[a report](javascript:alert('mdlink')) and ![a chart](https://evil.example/x.png)",
        "{{ config.extra }} and {% include \"secret.md\" %} and ${{ 2 * 3 }} remained.",
        "| Column | Other | | --- | --- | | cell | cell |",
        "{: onclick=\"alert('attr')\" } The Treaty of Westbrook",
        "<img src=x onerror=alert('publisher')>",
    ):
        assert visible in text


def test_source_address_other_than_http_is_not_a_link(hostile_site):
    page = parse(_hostile_page(hostile_site).read_text(encoding="utf-8"))
    hrefs = [attrs.get("href", "") for tag, attrs in page.tags if tag == "a"]
    assert hrefs
    assert not any("alert(" in h or h.strip().lower().startswith("javascript") for h in hrefs)


def test_search_index_holds_the_articles_markup_as_text(hostile_site):
    docs = [d for d in search_pages(hostile_site) if "minister" in d["url"]]
    assert docs
    # Kept as the words the article printed (the search box shows them as text, never as markup) ...
    assert any("<script>alert('para')" in d["content"] or "&lt;script&gt;alert('para')" in d["content"] for d in docs)
    # ... and the search box builds results from text nodes only: the one innerHTML it sets is
    # a detached <textarea>'s, which decodes character references and never makes elements.
    script = (hostile_site / "assets" / "javascripts" / "explainers-search.js").read_text(encoding="utf-8")
    assert re.findall(r"(\w+)\.innerHTML", script) == ["decoder"]
    assert 'decoder = document.createElement("textarea")' in script
    assert "insertAdjacentHTML" not in script and "outerHTML" not in script and "document.write" not in script


@pytest.mark.parametrize("url, kept", [
    ("https://example.org/a?b=1&c=2", True),
    ("http://example.org/", True),
    ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("//evil.example/x", False),
    ("https://example.org/\"onmouseover=\"alert(1)", False),
    ("ftp://example.org/file", False),
])
def test_only_http_addresses_from_front_matter_are_kept(url, kept):
    text = f"---\nurl: '{url}'\n---\nHeadline\n\nBody.\n"
    article = parse_article(text.encode(), "a.txt")
    assert (article.source.url == url) is kept
    if not kept:
        assert article.source.url is None


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>", "[x](javascript:alert(1))", "![i](https://e/x.png)", "a | b | c",
    "{{ x }} {% y %}", "{: #id .cls onclick='x' }", "1. not a list", "# not a heading", "> not a quote",
    "*not* _emphasis_ `code`", "&amp; stays &amp;",
])
def test_md_filter_leaves_no_markdown_or_html_syntax(text):
    out = md_escape(text)
    assert not any(c in re.sub(r"&#\d+;", "", out) for c in "<>[]()|{}`*_#!&")
    assert parse(out).tags == []
    assert html_text(out) == text


def html_text(fragment: str) -> str:
    return "".join(parse(fragment).text)


def test_sanitiser_removes_active_content_and_keeps_material_markup():
    dirty = (
        '<h2 id="quotes">Quotes<a class="headerlink" href="#quotes" title="Permanent link">&para;</a></h2>'
        '<div class="admonition quote"><p class="admonition-title">Said</p>'
        '<p>Text <a class="ref" href="#p1" title="Paragraph 2">&para;</a></p></div>'
        '<table><thead><tr><th>Name</th></tr></thead><tbody><tr><td><strong>A</strong></td></tr></tbody></table>'
        '<p id="p1" class="source-paragraph"><a class="source-anchor" href="#p1">2</a> words &lt;b&gt;</p>'
        '<script>alert(1)</script><img src="x" onerror="alert(1)"><iframe src="https://e/"></iframe>'
        '<a href="javascript:alert(1)" onclick="alert(1)">link</a><p style="display:none">hidden</p>'
    )
    clean = parse(clean_html(dirty))
    tags = [t for t, _ in clean.tags]
    assert {"h2", "div", "table", "td", "strong", "p", "a"} <= set(tags)
    assert not {"script", "iframe"} & set(tags)
    attrs = {(t, k, v) for t, a in clean.tags for k, v in a.items()}
    assert ("div", "class", "admonition quote") in attrs
    assert ("a", "class", "headerlink") in attrs
    assert ("p", "id", "p1") in attrs
    assert not any(k.startswith("on") or k == "style" or "javascript" in v for _, k, v in attrs)
    assert "words <b>" in "".join(clean.text)
    assert "link" in "".join(clean.text)


# -- any text at all -----------------------------------------------------------------------
from hypothesis import HealthCheck, event, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

SNIPPETS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=//e>", "javascript:alert(1)",
            "[a](javascript:alert(1))", "![i](http://e/x)", "{{ x }}", "{% y %}", "---", "key: value", "| a | b |",
            "{: onclick=\"alert(1)\" }", "<!--", "-->", "&amp;", "&#60;", "\"", "\u201c", "\u201d", "\u00ab", "\u00bb",
            "'", " said ", "Anna Berg", ", the minister,", ".", "\n", "\n\n", "1. ", "# ", "> ", "    ", "*", "_", "`"]
TEXT = st.lists(st.one_of(st.sampled_from(SNIPPETS),
                          st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp", "Co", "Cn")),
                                  max_size=30)),
                max_size=25).map("".join)
PAGE_TAGS = TAGS - {"img"}


def _markdown_to_html(text: str) -> str:
    import markdown

    body = text.split("---\n", 2)[2] if text.startswith("---\n") else text
    return markdown.markdown(body, extensions=["admonition", "attr_list", "def_list", "md_in_html", "tables", "toc",
                                                "pymdownx.details", "pymdownx.superfences"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(headline=TEXT, body=TEXT)
@example(headline="<b>x</b>", body='"<b>x</b>\n"')  # a quotation whose last paragraph is its closing mark alone
@example(headline='<b>x</b>\n"0', body='"0')  # a quotation that runs on into the next paragraph
def test_any_text_builds_without_crash_markup_or_invented_quotes(explain, headline, body):
    import unicodedata

    from generator.build import BuildResult
    from generator.errors import ArticleError
    from generator.render import render_explainer
    from generator.site import SiteOptions, site_pages

    raw = f"{headline}\n\n{body}\n"
    try:
        explainer = explain(raw)
    except ArticleError:
        event("refused")
        return  # empty, headline only ...: refused with a reason, which is fine
    event(f"built, {'with' if explainer.quotes else 'no'} quotes")
    flat = " ".join(unicodedata.normalize("NFC", raw).split())
    for quote in explainer.quotes:
        # a quotation that runs on over paragraphs is each paragraph's words in turn
        for offset, piece in enumerate(quote.text.split("\n\n")):
            assert piece in explainer.paragraphs[quote.paragraph + offset]
            assert " ".join(piece.split()) in flat
    html = _markdown_to_html(render_explainer(explainer))
    page = assert_no_markup_from_article(html, "property")
    assert {t for t, _ in page.tags} <= PAGE_TAGS | {"img"}
    for tag, attrs in page.tags:
        if tag == "img":  # only the story's own locator map, drawn by the generator
            assert attrs.get("src") == f"{explainer.slug}.map.svg" and "map-image" in attrs.get("class", ""), attrs
            continue
        if tag == "strong" and "data-pagefind-weight" in attrs:  # a name, weighed more by the search
            assert attrs == {"data-pagefind-weight": "5"}, attrs
            continue
        assert set(attrs) <= {"id", "class", "title", "href"}, (tag, attrs)
        href = attrs.get("href", "#")
        assert href.startswith("#") or href.startswith(explainer.slug + "."), attrs  # anchors, own JSON and map
    for rel, text in site_pages(BuildResult(explainers=[explainer]), SiteOptions()).items():
        if rel.endswith(".md"):
            for tag, attrs in assert_no_markup_from_article(_markdown_to_html(text), rel).tags:
                own_map = tag == "img" and attrs.get("src", "").endswith(".map.svg")
                assert tag in PAGE_TAGS or own_map, (rel, tag, attrs)
                assert not re.match(r"[a-z]+:", attrs.get("href", "") + attrs.get("src", "")), (rel, tag, attrs)


def test_the_plugin_sanitises_generated_pages_and_leaves_hand_written_ones():
    from types import SimpleNamespace

    from generator.plugin import ExplainersPlugin

    plugin = ExplainersPlugin()
    plugin.load_config({"search": False})  # with search on, the same HTML inside the search's marker
    plugin._generated = {"explainers/a.md"}
    dirty = '<p>ok</p><script>alert(1)</script><a href="javascript:alert(1)" onclick="x()">x</a>'

    def page(uri, markdown=""):
        return SimpleNamespace(file=SimpleNamespace(src_uri=uri), markdown=markdown)

    for generated in (page("explainers/a.md"), page("explainers/b.md", "<!-- generated by news-explainers -->")):
        html = plugin.on_page_content(dirty, page=generated, config=None, files=None)
        assert html == '<p>ok</p><a>x</a>'
    assert plugin.on_page_content(dirty, page=page("about.md", "# About"), config=None, files=None) == dirty


@pytest.mark.parametrize("text", ["[x](javascript:alert(1))", "![i](https://evil.example/x.png)", "*em* _em_ `code`",
                                  "a | b", "{: onclick=\"alert(1)\" }", "<b>bold</b> & \"q\" 'a'"])
def test_html_filter_is_safe_inside_a_markdown_line(text):
    import markdown

    from generator.render import html_escape

    out = markdown.markdown(f'- <span class="when">{html_escape(text)}</span> after',
                            extensions=["attr_list", "tables", "md_in_html"])
    page = parse(out)
    assert [t for t, _ in page.tags] == ["ul", "li", "span"]
    assert "".join(page.text).strip() == f"{text} after"
