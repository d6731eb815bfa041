"""The whole site, built by ``mkdocs build --strict`` as a user or the Pages workflow runs it,
from the seed and two related stories of the test fixtures."""
import json
import re
from html import unescape
from pathlib import Path

import pytest

from conftest import search_pages

SEED_SLUG = "armenia-calls-for-russian-help-as-fight-with-azerbaijan-intensifies"
ACCORD_SLUG = "norway-and-iceland-agree-to-share-north-atlantic-mackerel-quotas"
PROTEST_SLUG = "fishermen-block-tromso-harbour-over-new-quota-rules"
MAX_PAGE_BYTES = 100_000


def page(site: Path, slug: str) -> str:
    return (site / "explainers" / slug / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.fixture(scope="module")
def site(showcase_site):
    return showcase_site / "site"


def test_strict_build_makes_the_explainer_page_and_its_data(site):
    html = page(site, SEED_SLUG)
    assert "Armenia calls for Russian help" in html
    assert 'id="p0"' in html
    data = json.loads((site / "explainers" / f"{SEED_SLUG}.json").read_text())
    assert data["slug"] == SEED_SLUG


def test_the_data_refers_to_the_paragraphs_the_page_prints_rather_than_copy_them(site):
    data = json.loads((site / "explainers" / f"{SEED_SLUG}.json").read_text())
    assert "paragraphs" not in data and data["quotes"]
    html = page(site, SEED_SLUG)
    assert all(f'id="p{q["paragraph"]}"' in html for q in data["quotes"])


def test_nothing_is_written_into_docs(showcase_site):
    assert not (showcase_site / "docs" / "explainers").exists()
    assert not (showcase_site / "docs" / "actors").exists()
    assert not (showcase_site / "docs" / "index.md").exists()


def test_home_lists_the_latest_with_leads_and_links_to_the_indexes(site):
    home = (site / "index.html").read_text()
    for slug in (SEED_SLUG, ACCORD_SLUG, PROTEST_SLUG):
        assert f"explainers/{slug}/" in home
    assert "Hundreds of fishing boats blocked the harbour" in text_of(home)
    for index in ("actors/", "agreements/", "places/", "timeline/"):
        assert f'href="{index}"' in home
    # newest first: the June story before the March one
    assert home.index(PROTEST_SLUG) < home.index(ACCORD_SLUG)


def test_meta_description_is_the_lead(site):
    html = page(site, ACCORD_SLUG)
    meta = re.search(r'<meta name="description" content="([^"]*)"', html).group(1)
    assert unescape(meta).startswith("Norway and Iceland signed a fishing accord in Reykjavik on Thursday")


def test_at_a_glance_box_names_countries_people_agreements_date_and_source(site):
    html = page(site, ACCORD_SLUG)
    box = html.split('class="admonition glance"', 1)[1].split("</div>", 1)[0]
    text = text_of(box)
    for expected in ("Countries", "Norway", "Iceland", "Main people", "Halvard Brekke", "Agreements",
                     "Reykjavik Fisheries Accord", "2024-03-14", "Example Gazette", "CC BY 4.0"):
        assert expected in text, expected
    assert 'href="https://news.example.org/2024/03/fishing-accord"' in box
    # people and agreements lead to the cross-article indexes
    assert re.search(r'href="\.\./\.\./actors/[^"]*#halvard-brekke"', box)
    assert re.search(r'href="\.\./\.\./agreements/[^"]*#reykjavik-fisheries-accord"', box)


def test_download_the_data_links_to_the_pages_json(site):
    html = page(site, ACCORD_SLUG)
    href = re.search(r'<a class="data-link" href="([^"]+)"', html).group(1)
    target = (site / "explainers" / ACCORD_SLUG / href).resolve()
    assert json.loads(target.read_text())["title"].startswith("Norway and Iceland agree")


def test_attribution_names_publisher_url_licence_and_date(site):
    text = text_of(page(site, PROTEST_SLUG).split('class="attribution"', 1)[1])
    assert "Example Gazette" in text and "2024-06-02" in text and "CC BY 4.0" in text
    assert 'href="https://news.example.org/2024/06/tromso-protest"' in page(site, PROTEST_SLUG)


def test_every_paragraph_link_leads_to_a_paragraph_of_the_source(site):
    html = page(site, SEED_SLUG)
    ids = set(re.findall(r'<p id="(p\d+)" class="source-paragraph"', html))
    refs = re.findall(r'<a class="ref" href="#(p\d+)"', html) + re.findall(r'<a href="#(p\d+)" class="ref"', html)
    assert len(refs) > 10
    assert set(refs) <= ids


def test_locator_map_is_a_picture_of_the_storys_places_with_a_list_beside_it(site):
    html = page(site, ACCORD_SLUG)
    img = re.search(r'<img[^>]*class="map-image"[^>]*>', html).group(0)
    href = re.search(r'src="([^"]+)"', img).group(1)
    svg = (site / "explainers" / ACCORD_SLUG / href).resolve().read_text()
    assert svg.startswith("<svg") and "Reykjavik" in svg and "Oslo" in svg
    assert "<script" not in svg and "http" not in svg.replace("http://www.w3.org/2000/svg", "")
    places = html.split('class="map-places"', 1)[1].split("</p>", 1)[0]
    assert "Reykjavik" in places and "Oslo" in places


def test_country_facts_come_labelled_with_their_dataset(site):
    html = page(site, ACCORD_SLUG)
    assert re.search(r'<details class="facts">\s*<summary>Country facts: reference data, not from the article', html)
    box = text_of(html.split('<details class="facts">', 1)[1].split("</details>", 1)[0])
    assert "not from the article" in box
    assert re.search(r"countryinfo data package, version \d", box)
    assert "Capital: Reykjavik" in box and "Capital: Oslo" in box


def test_timeline_strip_shows_the_storys_events(site):
    html = page(site, ACCORD_SLUG)
    strip = text_of(html.split('class="timeline-strip"', 1)[1].split("</ul>", 1)[0])
    # The event's sentence is the page's lead: the strip gives its opening words and says so.
    assert "Thursday" in strip and "Norway and Iceland signed a fishing" in strip and "(the lead)" in strip


def test_pages_are_tagged_with_their_countries(site):
    html = page(site, ACCORD_SLUG)
    tags = re.findall(r'class="md-tag[^"]*"[^>]*>([^<]+)<', html)
    assert {"Norway", "Iceland"} <= {t.strip() for t in tags}


@pytest.mark.parametrize("words, slug", [
    ("Brekke", ACCORD_SLUG),                       # an actor
    ("Pashinyan", SEED_SLUG),
    ("Tromso", PROTEST_SLUG),                      # a place
    ("Reykjavik Fisheries Accord", ACCORD_SLUG),   # an agreement
    ("bill is paid in Tromso", PROTEST_SLUG),      # quoted words
])
def test_search_index_finds_explainers(site, words, slug):
    hits = {doc["url"] for doc in search_pages(site) if words.lower() in f"{doc['meta']['title']} {doc['content']}".lower()}
    assert f"/explainers/{slug}/" in hits


def test_search_is_in_small_files_and_holds_the_stories_not_the_indexes(site):
    assert not (site / "search" / "search_index.json").exists()  # Material's one file of every page's text
    assert (site / "pagefind" / "pagefind.js").is_file()
    urls = {doc["url"] for doc in search_pages(site)}
    assert {f"/explainers/{SEED_SLUG}/", f"/explainers/{ACCORD_SLUG}/", "/about/"} <= urls
    assert not [u for u in urls if u == "/" or u.startswith(("/actors/", "/agreements/", "/places/", "/timeline/"))]
    titles = {doc["meta"]["title"] for doc in search_pages(site)}
    assert any(t.startswith("Armenia calls for Russian help") for t in titles)
    assert not any("¶" in t for t in titles)


def test_names_of_people_weigh_more_in_the_search(site):
    html = page(site, ACCORD_SLUG)
    assert re.search(r'<strong data-pagefind-weight="5">Sigrun Valtysdottir</strong>', html)


def test_every_page_has_the_search_box_and_its_script(site):
    for html in (page(site, SEED_SLUG), (site / "index.html").read_text(encoding="utf-8")):
        assert 'class="md-search__input"' in html
        assert "assets/javascripts/explainers-search.js" in html
    assert (site / "assets" / "javascripts" / "explainers-search.js").is_file()


def test_explainer_pages_stay_out_of_the_nav(site):
    about = (site / "about" / "index.html").read_text()
    assert f"explainers/{SEED_SLUG}/" not in about
    nav = about.split('class="md-nav md-nav--primary"', 1)[1].split("</nav>", 1)[0]
    for index in ("Explainers", "Actors", "Agreements", "Places", "Timeline"):
        assert f">{index}<" in nav.replace("\n", "").replace("  ", "") or index in text_of(nav)


def test_every_page_stays_small(site):
    sizes = {str(p.relative_to(site)): p.stat().st_size for p in site.rglob("*.html")}
    assert sizes and max(sizes.values()) < MAX_PAGE_BYTES, max(sizes.items(), key=lambda kv: kv[1])


def test_page_script_and_styles_are_shipped(site):
    html = page(site, SEED_SLUG)
    assert "assets/javascripts/explainers.js" in html
    assert (site / "assets" / "javascripts" / "explainers.js").is_file()
    assert "is-pointed" in (site / "assets" / "stylesheets" / "explainers.css").read_text()
