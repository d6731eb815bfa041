"""The explainer page and its JSON, for the shipped seed."""
import json
from pathlib import Path

import jsonschema
import pytest

from generator.model import explainer_from_dict, explainer_to_dict
from generator.render import render_explainer

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "generator" / "data" / "explainer.schema.json").read_text())


def test_json_validates_against_the_schema(seed_explainer):
    data = json.loads(json.dumps(explainer_to_dict(seed_explainer)))
    jsonschema.validate(data, SCHEMA)
    assert data["source"]["file"] == "000_aff0aa0c764f18b0.txt"
    assert data["schema"] == "explainer/1"


def test_json_round_trips(seed_explainer):
    data = explainer_to_dict(seed_explainer)
    assert explainer_to_dict(explainer_from_dict(json.loads(json.dumps(data)))) == data


def test_page_has_sections_in_order(seed_explainer):
    page = render_explainer(seed_explainer)
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == ["## What you need to know", "## Who stands where", "## Background", "## Actors", "## Where and when", "## Treaties and agreements", "## Quotes",
                        "## Source article"]
    body = page.split("\n---\n", 1)[1]
    assert body.index("# Armenia calls for Russian help") < body.index("Armenia has requested urgent talks") < body.index("## Background")


def test_all_four_sections_are_filled(seed_explainer):
    e = seed_explainer
    assert e.background and e.actors and e.agreements and e.quotes
    names = {a.name for a in e.actors if a.type == "person"}
    assert {"Nikol Pashinyan", "Ilham Aliyev", "Vladimir Putin"} <= names
    assert {"Armenia", "Azerbaijan", "Russia", "Turkey"} <= {a.name for a in e.actors if a.type == "country"}


def test_quotes_on_page_with_their_speaker(seed_explainer):
    page = render_explainer(seed_explainer)
    quotes = page.split("## Quotes", 1)[1].split("## Source article", 1)[0]
    section = quotes.split("### Ilham Aliyev", 1)[1].split("\n### ", 1)[0]
    assert "We want the issue of the withdrawal of Armenian armed forces" in section


def test_every_item_links_to_its_paragraph(seed_explainer):
    page = render_explainer(seed_explainer)
    for i in range(len(seed_explainer.paragraphs)):
        assert f'<p id="p{i}" class="source-paragraph">' in page
    for item in seed_explainer.background:
        assert f"(#p{item.paragraph})" in page
    for q in seed_explainer.quotes:
        assert f"(#p{q.paragraph})" in page


def test_source_text_can_be_left_off(seed_explainer):
    page = render_explainer(seed_explainer, include_source=False)
    assert "## Source article" not in page
    assert 'class="source-paragraph"' not in page
    assert "(#p" not in page
    quote = seed_explainer.quotes[0]
    assert "We want the issue" in page


@pytest.mark.parametrize("field", ["background", "quotes"])
def test_extracted_text_stands_in_the_article(seed_explainer, field):
    article = " ".join(seed_explainer.paragraphs)
    for item in getattr(seed_explainer, field):
        assert item.text in article
