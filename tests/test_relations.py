"""Who stands where: relations between actors, found in sentences written for these tests."""
import json
from pathlib import Path

import jsonschema
import pytest

from generator.model import explainer_to_dict
from generator.render import render_explainer

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "generator" / "data" / "explainer.schema.json").read_text())

# Real countries, invented events: one sentence a paragraph, one relation (or none) a sentence.
ARTICLE = """Tension rises over the Lauca river

Peru and Bolivia have argued for months over the waters of the Lauca river, and the quarrel has now drawn in their neighbours.

Brazil openly supports Peru in the quarrel.

Bolivia's defence pact with Paraguay has held for a decade.

Bolivian troops attacked Peru near the border on Monday.

Argentina mediated between Peru and Bolivia at talks in Buenos Aires.

Chile sold drones to Bolivia last year.

Ecuador condemned Bolivia's incursion.

Colombia welcomed Argentina's offer of talks.

Uruguay did not back Peru.

Mexico might support Bolivia.

"Venezuela is arming Bolivia," said Peruvian Foreign Minister Ilse Marrow.
"""


@pytest.fixture(scope="module")
def explainer(explain):
    return explain(ARTICLE, "lauca.txt")


def _lines(e):
    name = {a.id: a.name for a in e.actors}
    return {(name[r.subject], r.kind, name[r.object], name.get(r.claimed_by)): r for r in e.relations}


@pytest.mark.parametrize("subject, kind, obj, paragraph, evidence", [
    ("Brazil", "backs", "Peru", 1, "Brazil openly supports Peru"),
    ("Bolivia", "allied", "Paraguay", 2, "Bolivia's defence pact with Paraguay"),
    ("Bolivia", "fights", "Peru", 3, "Bolivian troops attacked Peru"),
    ("Argentina", "mediates", "Bolivia", 4, "Argentina mediated between Peru and Bolivia"),
    ("Chile", "supplies", "Bolivia", 5, "Chile sold drones to Bolivia"),
    ("Ecuador", "condemns", "Bolivia", 6, "Ecuador condemned Bolivia's incursion"),
    ("Colombia", "welcomes", "Argentina", 7, "Colombia welcomed Argentina's offer"),
])
def test_each_kind_of_relation_is_found_with_its_words_and_paragraph(explainer, subject, kind, obj, paragraph, evidence):
    r = _lines(explainer)[(subject, kind, obj, None)]
    assert r.paragraph == paragraph and r.evidence == evidence
    assert evidence in explainer.paragraphs[paragraph]
    assert r.rules and all(rule.startswith("relation.") for rule in r.rules)


def test_a_negated_or_hedged_relation_is_not_found(explainer):
    lines = _lines(explainer)
    assert not any(s == "Uruguay" for s, *_ in lines)
    assert not any(s == "Mexico" for s, *_ in lines)


def test_a_relation_inside_a_quote_is_the_speakers_claim(explainer):
    lines = _lines(explainer)
    assert ("Venezuela", "supplies", "Bolivia", None) not in lines
    claim = lines[("Venezuela", "supplies", "Bolivia", "Ilse Marrow")]
    assert "relation.claimed" in claim.rules
    page = render_explainer(explainer)
    line = next(x for x in page.splitlines() if x.startswith("- **Venezuela**"))
    assert "according to Ilse Marrow" in line


def test_relations_are_in_the_json(explainer):
    data = json.loads(json.dumps(explainer_to_dict(explainer)))
    jsonschema.validate(data, SCHEMA)
    ids = {a["id"] for a in data["actors"]}
    assert len(data["relations"]) >= 7
    assert all(r["subject"] in ids and r["object"] in ids for r in data["relations"])


def test_the_page_lists_relations_under_who_stands_where_with_a_diagram(explainer):
    page = render_explainer(explainer)
    section = page.split("## Who stands where", 1)[1].split("\n## ", 1)[0]
    assert "- **Brazil** backs **Peru**: “Brazil openly supports Peru” [&para;&#8239;2](#p1)" in section
    assert "](test.sides.svg){: .sides-image width=360 height=" in section  # a picture of fixed size

    from generator.marks import GENERATED_MARK
    from generator.render import render
    from generator.sides import sides

    svg = render("_sides.svg.j2", sides=sides(explainer), mark=GENERATED_MARK)
    assert 'width="360"' in svg and 'height="' in svg and "<script" not in svg
    assert ">Bolivia</text>" in svg and ">Peru</text>" in svg


def test_no_relation_no_section(explain):
    e = explain("Rain in the valley\n\nHeavy rain fell over the valley of the Lauca river on Sunday, and farmers welcomed it.\n",
                "rain.txt")
    assert e.relations == []
    assert "Who stands where" not in render_explainer(e)


def test_the_names_joined_to_a_share_of_voters_are_not_what_backs_someone(explain):
    e = explain("Poll shows a close race\n\nAmong likely voters, 45 percent back Orlova and 44 percent Berg, while "
                "5 percent prefer Liberal nominee Ivo Marsh and 1 percent support the Green Party's Lena Vik.\n", "poll.txt")
    assert not [r for r in e.relations if r.kind == "backs"]


def test_a_lexicon_named_in_a_pattern_becomes_its_words():
    from generator import lexicon
    from generator.extract import patterns

    entry = next(e for e in patterns.load("relations") if e["id"] == "relation.backs-verb")
    assert entry["pattern"][0]["RIGHT_ATTRS"]["LEMMA"]["IN"] == list(lexicon.entries("relation_back_verbs"))


def test_the_seed_page_shows_who_stands_where(seed_explainer):
    lines = _lines(seed_explainer)
    assert ("Turkey", "backs", "Azerbaijan", None) in lines
    assert ("Russia", "allied", "Armenia", None) in lines
    page = render_explainer(seed_explainer)
    assert "## What you need to know" in page and "## Who stands where" in page
    assert page.index("## What you need to know") < page.index("## Who stands where") < page.index("## Background")
