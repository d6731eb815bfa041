"""One body, however the articles spell it, is one entry of the cross-article indexes, with its
other spellings listed under it; the indexes count in words that agree with their numbers."""
import re

import markdown
import pytest

from test_indexes import story

from generator import entries as entries_module
from generator import site as site_module
from generator.build import BuildResult
from generator.model import Actor, Agreement
from generator.site import site_pages
from generator.spellings import Spellings, display_name, stands_for

SHORT = {"KWA": "Kessling Water Authority"}
VARIANTS = {"zarka": "zarqa", "zerqa": "zarqa"}


def body(name, *aliases, kind="organization", paragraph=0):
    return Actor(name.lower().replace(" ", "-"), name, kind, aliases=list(aliases), paragraphs=[paragraph])


@pytest.mark.parametrize("one, other", [
    ("K.W.A.", "KWA"),                                              # full stops of a short form
    ("KWA", "Kessling Water Authority"),                            # short and long form, from the data
    ("K.W.A. Board", "Kessling Water Authority Board"),             # a short form inside a longer name
    ("Harbour-Vale Union", "Harbour Vale Union"),                   # hyphen or space
    ("al-Zarka Front", "al Zerqa Front"),                           # a transliteration, from the data
    ("al-Zarqa  Front", "Al Zarqa front"),                          # case and spacing
])
def test_spellings_of_one_name_share_a_key(one, other):
    folding = Spellings(SHORT, VARIANTS)
    assert folding.key(one) == folding.key(other)


@pytest.mark.parametrize("one, other", [
    ("KWA", "KWA Board"),                    # a body of the authority is another body
    ("Kessling Water Authority", "Kessling Water Board"),
    ("Kwa Lodge", "Kessling Water Authority Lodge"),   # a word in small letters is no short form
    ("Tobin Reyes", "Tobin Reyes-Vale"),
])
def test_other_names_keep_their_own_key(one, other):
    folding = Spellings(SHORT, VARIANTS)
    assert folding.key(one) != folding.key(other)


def test_a_short_form_an_article_gives_beside_the_long_form_is_learnt():
    folding = Spellings.learn([("Dorvik Fishing Federation", ["DFF", "the federation"])], short_forms={}, variants={})
    assert folding.key("D.F.F.") == folding.key("Dorvik Fishing Federation")
    assert folding.key("DFF Council") == folding.key("Dorvik Fishing Federation Council")


def test_a_short_form_articles_give_for_two_bodies_is_left_alone():
    folding = Spellings.learn([("Dorvik Fishing Federation", ["DFF"]), ("Danube Freight Forum", ["DFF"])],
                              short_forms={}, variants={})
    assert folding.key("DFF") not in (folding.key("Dorvik Fishing Federation"), folding.key("Danube Freight Forum"))


def test_initials_must_stand_for_the_long_form():
    assert stands_for("OSCV", "Organisation for Security and Co-operation in Vellan")
    assert not stands_for("DFF", "Vellan Water Compact")
    assert not stands_for("VW", "Vellan")


def test_the_index_shows_the_long_form_or_the_most_written():
    folding = Spellings(SHORT, VARIANTS)
    assert display_name({"KWA": 5, "K.W.A.": 2, "Kessling Water Authority": 1}, folding) == "Kessling Water Authority"
    assert display_name({"al Zarka Front": 1, "al-Zarqa Front": 3}, folding) == "al-Zarqa Front"
    assert display_name({"Harbour- Vale Union": 1, "Harbour-Vale Union": 1}, folding) == "Harbour-Vale Union"


def test_the_shipped_data_merges_the_common_cases():
    folding = Spellings()
    assert folding.key("U.N.") == folding.key("UN") == folding.key("United Nations")
    assert (folding.key("UN Security Council") == folding.key("U.N. Security Council")
            == folding.key("United Nations Security Council") != folding.key("United Nations"))
    assert folding.key("al-Qaeda") == folding.key("al Qaeda") == folding.key("al-Qaida")


@pytest.fixture
def spelt_three_ways():
    return [
        story("a", "Quota talks stall", "2024-03-01",
              actors=[body("Dorvik Fishing Federation", "DFF"), body("al-Zarka Front", kind="group"),
                      body("DFF council")],
              agreements=[Agreement("Dorvik-Vellan Accord", paragraphs=[0])]),
        story("b", "Fishermen strike", "2024-03-02",
              actors=[body("D.F.F."), body("al Zerqa Front", kind="group"), body("Dorvik Fishing Federation Council")],
              agreements=[Agreement("Dorvik Vellan accord", paragraphs=[1])]),
        story("c", "Harbour reopens", "2024-03-03",
              actors=[body("DFF"), body("al-Zarka Front", kind="group")]),
    ]


@pytest.fixture
def invented_data(monkeypatch):
    monkeypatch.setattr(entries_module, "Spellings", _Invented)


class _Invented(Spellings):
    def __init__(self, short_forms=None, variants=None):
        super().__init__({} if short_forms is None else short_forms, VARIANTS if variants is None else variants)


def headings(page: str) -> list[str]:
    return re.findall(r"^## (.+?) \{: #", page, re.MULTILINE)


def html(page: str) -> str:
    return markdown.markdown(page.split("\n---\n", 1)[-1], extensions=["attr_list", "md_in_html"])


def test_the_actor_index_lists_each_body_once_with_its_spellings(spelt_three_ways, invented_data):
    pages = site_pages(BuildResult(explainers=spelt_three_ways))
    names = headings(pages["actors/index.md"])
    assert names.count("Dorvik Fishing Federation") == 1 and not {"DFF", "D&#46;F&#46;F&#46;"} & set(names)
    assert names.count("Dorvik Fishing Federation Council") == 1 and "DFF council" not in names
    assert len([n for n in names if "Front" in n]) == 1
    text = html(pages["actors/index.md"])
    federation = text.split('id="dorvik-fishing-federation"', 1)[1].split("<h2", 1)[0]
    assert "also written D.F.F., DFF" in federation
    assert all(f"explainers/{slug}.md" in federation for slug in "abc")


def test_agreements_merge_across_hyphen_and_space_and_each_explainer_links_there(spelt_three_ways, invented_data):
    pages = site_pages(BuildResult(explainers=spelt_three_ways))
    names = headings(pages["agreements/index.md"])
    assert len([n for n in names if n.casefold().startswith("dorvik")]) == 1
    anchor = re.search(r"^## Dorvik.+\{: #([\w-]+) \}", pages["agreements/index.md"], re.MULTILINE).group(1)
    for slug in "ab":
        assert f"(../agreements/index.md#{anchor})" in pages[f"explainers/{slug}.md"]


def test_counts_agree_with_their_numbers(spelt_three_ways, invented_data, monkeypatch):
    pages = site_pages(BuildResult(explainers=spelt_three_ways[:1]))
    home = html(pages["index.md"])
    assert "1 dated event" not in home and "0 dated events" in home
    assert "1 treaty, pact or pledge" in home and "1 treaties" not in home
    assert "1 explainer," in html(pages["explainers/index.md"])
    monkeypatch.setattr(site_module, "PAGE_BUDGET", 2000)
    pages = site_pages(BuildResult(explainers=[*spelt_three_ways, story("d", "Nets cut", "2024-03-04",
                                                                        actors=[body("Sendai Ridge Guild")])]))
    letters = html(pages["actors/index.md"])
    assert "Dorvik Fishing Federation</a> <small>3 explainers</small>" in letters
    assert "Sendai Ridge Guild</a> <small>1 explainer</small>" in letters
    assert "<small>1 entry</small>" in letters and "<small>2 entries, 2 pages</small>" in letters
