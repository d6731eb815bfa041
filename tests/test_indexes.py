"""The cross-article pages: actors, agreements, places and the timeline, merged across explainers.

The last test builds a site of 1,000 made-up explainers and a very long one, and checks the
size rules (slow: run with ``-m slow``).
"""
import random
import re
import shutil
import time

import pytest

from conftest import ROOT, mkdocs_build

from generator import site as site_module
from generator.build import BuildResult
from generator.model import Actor, Agreement, Explainer, Quote, Source, TimelineEvent
from generator.site import site_pages, write_pages


def story(slug, title, date, *, actors=(), quotes=(), agreements=(), timeline=()):
    paragraphs = [f"{title}, the first paragraph.", "A second paragraph.", "A third paragraph."]
    return Explainer(source=Source(file=f"{slug}.txt", sha256="0" * 64, title=title, date=date), slug=slug,
                     title=title, lead=paragraphs[0], paragraphs=paragraphs, actors=list(actors), quotes=list(quotes),
                     agreements=list(agreements), timeline=list(timeline))


def person(name, role=None, paragraphs=(0,)):
    return Actor(id=name.lower().replace(" ", "-"), name=name, type="person", role=role, paragraphs=list(paragraphs))


def quote(text, speaker, paragraph=1):
    return Quote(text=text, speaker=speaker, speaker_id=speaker.lower().replace(" ", "-"), paragraph=paragraph)


@pytest.fixture
def two_stories():
    first = story(
        "dam-talks", "Talks on the Vellan dam open", "2023-04-02",
        actors=[person("Mara Quist", "water minister", [0, 1]), person("Tobin Reyes"),
                Actor("kenya", "Kenya", "country", paragraphs=[0]),
                Actor("nairobi", "Nairobi", "place", country="Kenya", lat=-1.28, lon=36.82, paragraphs=[1]),
                Actor("mombasa", "Mombasa", "place", country="Kenya", lat=-4.05, lon=39.67, paragraphs=[2])],
        quotes=[quote("The river belongs to everyone downstream", "Mara Quist")],
        agreements=[Agreement("Vellan Water Compact", year=2011, paragraphs=[1], summary=["The compact shares the river."])],
        timeline=[TimelineEvent("The compact was signed in 2011.", 1, "in 2011"),
                  TimelineEvent("Talks opened on Monday.", 0, "on Monday")],
    )
    second = story(
        "dam-deal", "Vellan dam deal signed", "2023-09-18",
        actors=[person("Mara  Quist", "minister of water"), Actor("uganda", "Uganda", "country", paragraphs=[0]),
                Actor("kenya", "Kenya", "country", paragraphs=[2]), person("Hidden Person")],
        quotes=[quote("We kept our word", "Mara Quist", 2)],
        agreements=[Agreement("vellan water compact", paragraphs=[0])],
        timeline=[TimelineEvent("The deal was signed on 18 September.", 0, "on 18 September", "2023-09-18"),
                  TimelineEvent("Drought struck in 2017.", 2, "in 2017", "2017")],
    )
    second.actors[-1].hidden = True
    return [first, second]


def test_an_actor_appears_once_with_every_explainer_roles_and_quotes(two_stories):
    page = site_pages(BuildResult(explainers=two_stories))["actors/index.md"]
    assert page.count("## Mara Quist") == 1
    entry = page.split("## Mara Quist", 1)[1].split("\n## ", 1)[0]
    assert "../explainers/dam-talks.md" in entry and "../explainers/dam-deal.md" in entry
    assert "water minister" in entry and "minister of water" in entry
    # What they said is linked, not copied: the words stay on the explainers' pages.
    assert "We kept our word" not in entry
    assert "[1 quotation](../explainers/dam-deal.md#quotes)" in entry
    assert "[1 quotation](../explainers/dam-talks.md#quotes)" in entry


def test_hidden_actors_stay_off_the_index(two_stories):
    assert "Hidden Person" not in site_pages(BuildResult(explainers=two_stories))["actors/index.md"]


def test_people_are_sorted_by_surname(two_stories):
    page = site_pages(BuildResult(explainers=two_stories))["actors/index.md"]
    assert page.index("## Mara Quist") < page.index("## Tobin Reyes")


def test_agreements_merge_by_name_whatever_the_case(two_stories):
    page = site_pages(BuildResult(explainers=two_stories))["agreements/index.md"]
    assert len(re.findall(r"^## vellan water compact", page, re.IGNORECASE | re.MULTILINE)) == 1
    assert "dam-talks.md" in page and "dam-deal.md" in page
    assert "The compact shares the river." in page


def test_places_are_grouped_by_country(two_stories):
    page = site_pages(BuildResult(explainers=two_stories))["places/index.md"]
    kenya = page.split("## Kenya", 1)[1].split("\n## ", 1)[0]
    assert "dam-talks.md" in kenya and "dam-deal.md" in kenya
    lines = kenya.splitlines()
    assert any(line.startswith("- **Mombasa**") for line in lines) and any(line.startswith("- **Nairobi**") for line in lines)
    assert "## Uganda" in page


def test_timeline_orders_dated_events_across_explainers(two_stories):
    page = site_pages(BuildResult(explainers=two_stories))["timeline/index.md"]
    order = [page.index(text) for text in ("signed in 2011", "Drought struck in 2017", "signed on 18 September")]
    assert order == sorted(order)
    assert "Talks opened on Monday" not in page  # no date to place it by
    assert "## 2011" in page and "## 2023" in page


def test_explainer_pages_link_to_the_index_entries(two_stories):
    pages = site_pages(BuildResult(explainers=two_stories))
    page = pages["explainers/dam-talks.md"]
    assert "[Mara Quist](../actors/index.md#mara-quist)" in page
    assert "[Vellan Water Compact](../agreements/index.md#vellan-water-compact)" in page
    assert "[Kenya](../places/index.md#kenya)" in page


def test_country_tags_in_front_matter(two_stories):
    front = site_pages(BuildResult(explainers=two_stories))["explainers/dam-deal.md"].split("\n---\n", 1)[0]
    assert "tags:\n- Uganda\n- Kenya" in front


def test_a_big_index_is_split_by_letter(two_stories, monkeypatch):
    monkeypatch.setattr(site_module, "PAGE_BUDGET", 1000)
    pages = site_pages(BuildResult(explainers=two_stories))
    assert "## Mara Quist" in pages["actors/q.md"] and "## Tobin Reyes" in pages["actors/r.md"]
    assert "## Mara Quist" not in pages["actors/index.md"]
    assert "(q.md)" in pages["actors/index.md"] and "(r.md)" in pages["actors/index.md"]
    assert "[Mara Quist](../actors/q.md#mara-quist)" in pages["explainers/dam-talks.md"]


def test_a_letter_too_big_for_one_page_is_split_in_parts(monkeypatch):
    people = [person(f"Ana Q{'u' * n}ist") for n in range(1, 6)]
    one = story("crowd", "A crowded story", "2024-01-01", actors=people)
    monkeypatch.setattr(site_module, "PAGE_BUDGET", 1500)
    pages = site_pages(BuildResult(explainers=[one]))
    parts = sorted(p for p in pages if re.fullmatch(r"actors/q(-\d+)?\.md", p))
    assert len(parts) > 1
    assert sum(pages[p].count("\n## Ana ") for p in parts) == 5


def test_a_place_named_in_thousands_of_stories_is_split_across_pages():
    from generator.site import PAGE_BUDGET, Entry, lay_out

    stories = [story(f"s{i}", f"Story {i}", "2024-01-01") for i in range(2000)]
    cuba = Entry("cuba", "Cuba", "country", "cuba", mentions=[(e, [0]) for e in stories[:10]])
    cuba.places.append(Entry("havana", "Havana", "place", "havana", mentions=[(e, [0]) for e in stories]))
    pages, _ = lay_out([cuba], "places", "Places")
    assert len(pages) > 10
    assert all(sum(en.weight for en in page.entries) <= PAGE_BUDGET for page in pages)
    shown = [e.slug for page in pages for en in page.entries for place in en.places for e, _ in place.mentions]
    assert sorted(shown) == sorted(e.slug for e in stories)  # every story, once


def test_the_list_of_explainers_is_paginated(two_stories, monkeypatch):
    monkeypatch.setattr(site_module, "EXPLAINERS_PER_PAGE", 1)
    pages = site_pages(BuildResult(explainers=two_stories))
    assert "dam-deal.md" in pages["explainers/index.md"] and "dam-talks.md" not in pages["explainers/index.md"]
    assert "dam-talks.md" in pages["explainers/page-2.md"]
    assert "(page-2.md)" in pages["explainers/index.md"] and "(index.md)" in pages["explainers/page-2.md"]


def test_the_home_page_shows_the_latest_first_and_is_limited(two_stories, monkeypatch):
    monkeypatch.setattr(site_module, "HOME_LATEST", 1)
    home = site_pages(BuildResult(explainers=two_stories))["index.md"]
    assert "explainers/dam-deal.md" in home and "explainers/dam-talks.md" not in home
    assert "[All 2 explainers" in home


def test_without_the_source_text_no_page_links_to_a_paragraph(two_stories):
    from generator.site import SiteOptions

    pages = site_pages(BuildResult(explainers=two_stories), SiteOptions(include_source=False))
    for path, text in pages.items():
        if path.endswith(".md"):
            assert "#p" not in text.replace("#people", ""), path


def test_a_story_without_coordinates_gets_no_map(two_stories):
    pages = site_pages(BuildResult(explainers=two_stories))
    assert "explainers/dam-talks.map.svg" in pages  # Nairobi has coordinates
    assert "(dam-talks.map.svg)" in pages["explainers/dam-talks.md"]
    bare = story("no-places", "A story set nowhere", "2024-01-01", actors=[person("Ana Quist")])
    pages = site_pages(BuildResult(explainers=[bare]))
    assert "explainers/no-places.map.svg" not in pages
    assert "map.svg" not in pages["explainers/no-places.md"]


def test_stale_index_pages_are_removed(two_stories, tmp_path, monkeypatch):
    monkeypatch.setattr(site_module, "PAGE_BUDGET", 1000)
    write_pages(site_pages(BuildResult(explainers=two_stories)), tmp_path)
    assert (tmp_path / "actors" / "q.md").is_file()
    monkeypatch.setattr(site_module, "PAGE_BUDGET", 1_000_000)
    report = write_pages(site_pages(BuildResult(explainers=two_stories)), tmp_path)
    assert "actors/q.md" in report.removed and not (tmp_path / "actors" / "q.md").exists()


# -- the same, on the site built from real extraction ------------------------------------------


def html_text(path):
    return " ".join(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).split())


def entry_html(site, folder, anchor):
    """The HTML of one index entry, whichever page of the index holds it."""
    for path in sorted((site / folder).rglob("index.html")):
        html = path.read_text(encoding="utf-8")
        if f'id="{anchor}"' in html:
            return html.split(f'id="{anchor}"', 1)[1].split("<h2", 1)[0]
    raise AssertionError(f"{anchor} not in {folder}")


def test_built_actor_index_merges_the_minister_of_both_stories(showcase_site):
    entry = entry_html(showcase_site / "site", "actors", "halvard-brekke")
    assert "norway-and-iceland-agree-to-share-north-atlantic-mackerel-quotas/" in entry
    assert "fishermen-block-tromso-harbour-over-new-quota-rules/" in entry
    assert "give both fleets the certainty" not in entry  # on the explainers' pages, linked from here
    assert "norway-and-iceland-agree-to-share-north-atlantic-mackerel-quotas/#quotes" in entry
    assert "fishermen-block-tromso-harbour-over-new-quota-rules/#quotes" in entry


def test_built_agreement_index_lists_both_stories(showcase_site):
    entry = entry_html(showcase_site / "site", "agreements", "reykjavik-fisheries-accord")
    assert "norway-and-iceland-agree" in entry and "fishermen-block-tromso" in entry


def test_built_places_index_puts_reykjavik_under_iceland(showcase_site):
    entry = entry_html(showcase_site / "site", "places", "iceland")
    assert "Reykjavik" in entry and "norway-and-iceland-agree" in entry


def test_built_timeline_has_dated_events(showcase_site):
    text = html_text(showcase_site / "site" / "timeline" / "index.html")
    assert "2010" in text and "Coastal States Arrangement" in text


# -- a site of 1,000 explainers -----------------------------------------------------------------
# Made up (invented names, real countries), with the skew of real news: a few people, countries
# and agreements turn up in hundreds of stories, most in one or two.

ARTICLES = 1000
MAX_PAGE_BYTES = 100_000
COUNTRIES = ["United States", "Russia", "China", "Ukraine", "Iran", "Israel", "Turkey", "France", "Germany",
             "India", "Pakistan", "Afghanistan", "Iraq", "Syria", "Egypt", "Kenya", "Nigeria", "Brazil", "Japan",
             "Armenia", "Azerbaijan", "Georgia", "Poland", "Norway", "Iceland", "Mexico", "Canada", "Ethiopia",
             "Sudan", "Yemen", "Saudi Arabia", "Qatar", "Lebanon", "Jordan", "Greece", "Italy", "Spain", "Chile",
             "Peru", "Vietnam"]
CITIES = [("Harbor Vale", 40.1, 44.5), ("Port Emmer", 35.2, 33.4), ("Kessling", 50.4, 30.5), ("Dorvik", 60.4, 5.3),
          ("Alumbra", -1.3, 36.8), ("Sendai Ridge", 38.3, 140.9), ("Marrow Bay", 33.9, 35.5)]
SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vu", "dor", "el", "an", "sie", "bru", "no", "val", "quin", "zed", "or"]


def invented_name(rng: random.Random) -> str:
    def word():
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word()} {word()}"


def zipf(rng: random.Random, pool: list, k: int) -> list:
    weights = [1 / (i + 1) for i in range(len(pool))]
    return list(dict.fromkeys(rng.choices(pool, weights=weights, k=k)))


def made_up_site(n: int) -> list[Explainer]:
    rng = random.Random(1000)
    people = [invented_name(rng) for _ in range(3000)]
    agreements = [f"{invented_name(rng).split()[0]} {rng.choice(['Accord', 'Treaty', 'Pact', 'Ceasefire'])}"
                  for _ in range(300)]
    out = []
    for i in range(n):
        countries = zipf(rng, COUNTRIES, 3)
        names = zipf(rng, people, 5)
        sentences = [f"Sentence {j} of story {i}, in which {' and '.join(names[:2])} meet over {countries[0]}."
                     for j in range(14)]
        actors = [Actor(f"c{j}", c, "country", paragraphs=[j], mentions=3) for j, c in enumerate(countries)]
        actors += [Actor(f"p{j}", name, "person", role="minister", paragraphs=[j + 1], mentions=2)
                   for j, name in enumerate(names)]
        city = rng.choice(CITIES)
        actors.append(Actor("x", city[0], "place", country=countries[0], lat=city[1], lon=city[2], paragraphs=[4]))
        quotes = [Quote(f"We will keep talking about {countries[0]} and about story {i}, whatever it takes {j}",
                        names[j], paragraph=j + 2, cue="said") for j in range(min(3, len(names)))]
        deals = [Agreement(a, year=1990 + i % 30, paragraphs=[5], summary=[sentences[5]])
                 for a in zipf(rng, agreements, 1)]
        timeline = [TimelineEvent(sentences[k], k, f"in {2000 + (i + k) % 24}", str(2000 + (i + k) % 24))
                    for k in range(3)]
        date = f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        source = Source(file=f"story{i:04d}.txt", sha256="0" * 64, title=f"Story {i}: {names[0]} in {countries[0]}",
                        date=date, publisher="Example Wire", licence="CC BY 4.0", url=f"https://news.example.org/{i}")
        out.append(Explainer(source=source, slug=f"story-{i:04d}", title=source.title, lead=sentences[0],
                             paragraphs=sentences, actors=actors, quotes=quotes, agreements=deals, timeline=timeline))
    return out


def long_story() -> Explainer:
    """A story far longer than any page: a live blog of 400 paragraphs, 150 people and 300 quotes."""
    rng = random.Random(7)
    names = [invented_name(rng) for _ in range(150)]
    paragraphs = [f"Update {j}: {names[j % 150]} told reporters in {COUNTRIES[j % 40]} that the talks " + "would go on " * 30
                  for j in range(400)]
    actors = [Actor(f"p{j}", name, "person", role="delegate", paragraphs=list(range(j, 400, 150)), mentions=3)
              for j, name in enumerate(names)]
    actors += [Actor(f"c{j}", c, "country", paragraphs=list(range(j, 400, 40)), mentions=10) for j, c in enumerate(COUNTRIES)]
    quotes = [Quote(f"We will not leave the table before the morning, update {j}", names[j % 150],
                    speaker_id=f"p{j % 150}", paragraph=j, cue="said") for j in range(300)]
    source = Source(file="live-blog.txt", sha256="0" * 64, title="Live: the talks, hour by hour", date="2024-05-01")
    return Explainer(source=source, slug="live-the-talks-hour-by-hour", title=source.title, lead=paragraphs[0],
                     paragraphs=paragraphs, actors=actors, quotes=quotes)


def cached_project(where, explainers: list[Explainer]):
    """A site project whose seeds are all in the extraction cache already, so that ``mkdocs build``
    with the explainers plugin makes the whole site (search included) without loading spaCy."""
    from dataclasses import replace

    from conftest import make_project
    from generator.build import _cache_put, cache_key
    from generator.config import Settings
    from generator.model import explainer_to_dict
    from generator.reader import read_article

    project = make_project(where)
    cache = project / ".cache" / "explainers"
    settings = Settings(seeds=project / "seeds", cache_dir=cache)
    for e in explainers:
        path = project / "seeds" / e.source.file
        path.write_text(e.title + "\n\n" + "\n\n".join(e.paragraphs) + "\n", encoding="utf-8")
        article = read_article(path)
        _cache_put(cache, cache_key(article, settings, b""), explainer_to_dict(replace(e, source=article.source)))
    return project


@pytest.mark.slow
def test_a_thousand_explainers_stay_within_the_size_rules(tmp_path):
    """Every page under 100 KB, however long the article; at most 80 KB a story for the whole
    site (pages, data, pictures, indexes and search); the search in small pieces."""
    explainers = made_up_site(ARTICLES) + [long_story()]
    project = cached_project(tmp_path, explainers)
    started = time.perf_counter()
    proc = mkdocs_build(project)
    built = time.perf_counter() - started
    assert proc.returncode == 0, proc.stderr[-3000:]
    site = project / "site"
    sizes = {str(p.relative_to(site)): p.stat().st_size for p in site.rglob("*") if p.is_file()}
    pages = {path: size for path, size in sizes.items() if path.endswith(".html")}
    assert len(pages) > ARTICLES
    biggest = sorted(pages.items(), key=lambda kv: -kv[1])[:5]
    per_story = sum(sizes.values()) / len(explainers)
    print(f"\n{len(pages)} pages, built in {built:.0f} s; {per_story:,.0f} bytes a story; biggest: {biggest}")
    assert biggest[0][1] < MAX_PAGE_BYTES, biggest
    assert per_story <= 80_000
    # The live blog is split: its source article and its quotes are on pages of their own.
    assert "explainers/live-the-talks-hour-by-hour/source-2/index.html" in pages
    assert "explainers/live-the-talks-hour-by-hour/quotes/index.html" in pages
    # The search is Pagefind's, in small files: no single file of every page's text.
    assert "search/search_index.json" not in sizes
    assert "pagefind/pagefind.js" in sizes
    assert max(size for path, size in sizes.items() if path.startswith("pagefind/") and "/" in path[9:]) < 100_000
