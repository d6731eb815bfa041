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

Bolivia's alliance with Paraguay has held for a decade.

Chilean support for Bolivia grew last spring.

Peru's support from Argentina has grown since the spring.

Cuba is a firm supporter of Bolivia.

Ecuador condemned Bolivia's incursion.

Colombia welcomed Argentina's offer of talks.

Uruguay did not back Peru.

Mexico might support Bolivia.

"Venezuela backs Bolivia," said Peruvian Foreign Minister Ilse Marrow.
"""


@pytest.fixture(scope="module")
def explainer(explain):
    return explain(ARTICLE, "lauca.txt")


def _lines(e):
    name = {a.id: a.name for a in e.actors}
    return {(name[r.subject], r.kind, name[r.object], name.get(r.claimed_by)): r for r in e.relations}


@pytest.mark.parametrize("subject, kind, obj, paragraph, evidence", [
    ("Brazil", "backs", "Peru", 1, "Brazil openly supports Peru"),
    ("Bolivia", "allied", "Paraguay", 2, "Bolivia's alliance with Paraguay"),
    ("Chile", "backs", "Bolivia", 3, "Chilean support for Bolivia"),
    ("Argentina", "backs", "Peru", 4, "Peru's support from Argentina"),
    ("Cuba", "backs", "Bolivia", 5, "Cuba is a firm supporter of Bolivia"),
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
    assert ("Venezuela", "backs", "Bolivia", None) not in lines
    claim = lines[("Venezuela", "backs", "Bolivia", "Ilse Marrow")]
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


@pytest.mark.parametrize("words, heads, deps, misparsed", [
    # "Marsh and 2 percent back Vik": a name and a share of voters as one subject
    (["Marsh", "and", "2", "percent", "back", "Vik"], [4, 0, 3, 0, 4, 4],
     ["nsubj", "cc", "nummod", "conj", "ROOT", "dobj"], True),
    # "Berg, 3 percent back Vik": two subjects for one verb
    (["Berg", ",", "3", "percent", "back", "Vik"], [4, 4, 3, 4, 4, 4],
     ["nsubj", "punct", "nummod", "nsubj", "ROOT", "dobj"], True),
    # "Orlova and Berg back Vik": two names, one subject
    (["Orlova", "and", "Berg", "back", "Vik"], [3, 0, 0, 3, 3], ["nsubj", "cc", "conj", "ROOT", "dobj"], False),
])
def test_a_share_of_people_or_two_subjects_is_a_misparse(nlp, words, heads, deps, misparsed):
    from spacy.tokens import Doc

    from generator.extract.relation_clauses import misparsed_subjects

    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert misparsed_subjects(verb) is misparsed


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


# The same constructions in the shapes English gives them: a relative clause, a verb joined by
# "and", a participle, a noun owned by its actor or given by a verb, a describing noun.
SHAPES = """Quarrel over the Lauca river widens

Peru and Bolivia have argued for months over the waters of the Lauca river.

Brazil, which has long backed Peru, sent envoys to Lima on Monday.

Paraguay recalled its ambassador and condemned Bolivia's blockade of the river.

Senator Ana Ortiz, a supporter of Governor Luis Vega since 2010, opened the hearing.

Bolivia, backed by Cuba, refused to lift the blockade.

Senator Pablo Rojas, a Bolivia supporter, left early.

Uruguay's possible support for Bolivia worried Lima.

The delegates found no reason for Venezuela to back Bolivia.

Mexico, a former supporter of Peru, stayed silent.

Chileans backing Peru marched in Santiago.

Governor Luis Vega's alliance with Senator Ana Ortiz is an old one.

"The river belongs to everyone," said Marta Quispe, a longtime backer of Ecuador.
"""


@pytest.fixture(scope="module")
def shapes(explain):
    return explain(SHAPES, "shapes.txt")


@pytest.mark.parametrize("subject, kind, obj, paragraph, evidence, shape", [
    ("Brazil", "backs", "Peru", 1, "Brazil, which has long backed Peru", "relation.subject-relative"),
    ("Paraguay", "condemns", "Bolivia", 2, "Paraguay recalled its ambassador and condemned Bolivia's blockade",
     "relation.subject-coordinated"),
    ("Ana Ortiz", "backs", "Luis Vega", 3, "Ortiz, a supporter of Governor Luis Vega", "relation.backs-supporter-of"),
    ("Cuba", "backs", "Bolivia", 4, "Bolivia, backed by Cuba", "relation.subject-participle"),
    ("Pablo Rojas", "backs", "Bolivia", 5, "Rojas, a Bolivia supporter", "relation.backs-supporter-named"),
])
def test_a_relation_is_found_in_each_shape_english_gives_it(shapes, subject, kind, obj, paragraph, evidence, shape):
    r = _lines(shapes)[(subject, kind, obj, None)]
    assert (r.paragraph, r.evidence) == (paragraph, evidence)
    assert shape in r.rules


def test_an_expected_wished_or_past_relation_is_not_stated(shapes):
    lines = _lines(shapes)
    # "possible support", "a reason to back", "a former supporter"
    assert not any(s in ("Uruguay", "Venezuela", "Mexico") for s, *_ in lines)


def test_some_of_a_countrys_people_are_not_the_country(shapes):
    assert not any(r.paragraph == 9 for r in shapes.relations)  # "Chileans backing Peru"


def test_people_are_not_bound_by_a_pact(shapes):
    assert not any(k == "allied" for _, k, *_ in _lines(shapes))


def test_what_describes_a_speaker_is_not_what_they_said(shapes):
    r = next(r for r in shapes.relations if r.evidence.endswith("a longtime backer of Ecuador"))
    assert r.kind == "backs" and r.claimed_by is None


def test_a_verb_after_and_takes_no_subject_across_a_noun_the_parse_hung_elsewhere(nlp):
    from spacy.tokens import Doc

    from generator.extract.relation_clauses import clause_subject

    # "Vik lost , but the senator had backed Orlova", with "senator" parsed as an object of "lost"
    words = ["Vik", "lost", ",", "but", "the", "senator", "had", "backed", "Orlova"]
    heads = [1, 1, 1, 1, 5, 1, 7, 1, 7]
    deps = ["nsubj", "ROOT", "punct", "cc", "det", "dobj", "aux", "conj", "dobj"]
    pos = ["PROPN", "VERB", "PUNCT", "CCONJ", "DET", "NOUN", "AUX", "VERB", "PROPN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert clause_subject(doc[7]) is None
    # "Vik met Orlova and backed Berg": the subject of "met" is the subject of "backed"
    doc = Doc(nlp.vocab, words=["Vik", "met", "Orlova", "and", "backed", "Berg"], heads=[1, 1, 1, 1, 1, 4],
              deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"], pos=["PROPN", "VERB", "PROPN", "CCONJ", "VERB", "PROPN"])
    assert clause_subject(doc[4]) == (doc[0], "relation.subject-coordinated")


# A relational noun takes both its actors: its owner, and the object of a preposition that says
# which end the owner is. Each direction and kind, then the same noun where it states nothing.
NOUNS = """Neighbours take sides over the Lauca river

Peru and Bolivia have argued for months over the waters of the Lauca river.

Chile's backing of Peru grew over the summer.

Peru's funding from Brazil pays for the new bridge.

Argentina's pact with Bolivia has held since 1990.

Venezuelan support for Peru was plain at the summit.

Mexico's joint funding with Cuba paid for a dam upstream.

There was no Uruguayan support for Bolivia at the summit.

Paraguay's possible alliance with Peru worried Bolivia.

Colombia's support for the river plan surprised everyone.

Ecuador's endorsement of Bolivia, some diplomats think, is only a matter of weeks.
"""


@pytest.fixture(scope="module")
def nouns(explain):
    return explain(NOUNS, "nouns.txt")


@pytest.mark.parametrize("subject, kind, obj, paragraph, evidence", [
    ("Chile", "backs", "Peru", 1, "Chile's backing of Peru"),  # the owner gives
    ("Brazil", "backs", "Peru", 2, "Peru's funding from Brazil"),  # the owner receives
    ("Argentina", "allied", "Bolivia", 3, "Argentina's pact with Bolivia"),
    ("Venezuela", "backs", "Peru", 4, "Venezuelan support for Peru"),  # a demonym owns the noun
])
def test_a_relational_noun_states_a_relation_in_the_direction_its_preposition_gives(nouns, subject, kind, obj, paragraph,
                                                                                    evidence):
    r = _lines(nouns)[(subject, kind, obj, None)]
    assert (r.paragraph, r.evidence) == (paragraph, evidence)
    assert r.rules == ["relation.noun-arguments"]
    assert (obj, kind, subject, None) not in _lines(nouns) or kind == "allied"


def test_a_relational_noun_states_nothing_with_a_preposition_of_another_kind_a_denial_or_a_hedge(nouns):
    lines = _lines(nouns)
    # "joint funding with", "no support for", "possible alliance with", "support for the river plan",
    # and an endorsement that is only what some think
    silent = ("Mexico", "Cuba", "Uruguay", "Paraguay", "Colombia", "Ecuador")
    assert not any(s in silent or o in silent for s, _, o, _ in lines)
    assert not any(r.paragraph >= 5 for r in nouns.relations)


def test_the_nouns_and_prepositions_of_relation_are_tables():
    from generator import lexicon
    from generator.extract import patterns

    entry = next(e for e in patterns.load("relations") if e["id"] == "relation.noun-arguments")
    assert set(entry["pattern"][0]["RIGHT_ATTRS"]["LEMMA"]["IN"]) == set(lexicon.table("relation_nouns"))
    assert {"backs", "allied"} <= set(lexicon.table("relation_nouns").values())
    assert lexicon.table("relation_noun_prepositions")["from"].split()[0] == "object"



# Fighting between two sides; then fights told as history, denied, hedged, or between people.
FIGHTS = """Fighting spreads along the Lauca river

Peru and Bolivia have argued for months over the waters of the Lauca river.

Fighting between Peru and Bolivia spread to the river towns on Monday.

Clashes between Chile's troops and Argentina closed the mountain passes.

The 1932 war between Bolivia and Paraguay is taught in schools.

The second war between Ecuador and Colombia is taught in schools.

A previous conflict between Mexico and Cuba lasted a decade.

The war between Spain and Portugal ended with a treaty.

By then, fighting between Guatemala and Honduras had spread to the coast.

There was no fighting between Nicaragua and Panama.

Fighting between Belize and El Salvador might spread to the coast.

The battle between Senator Ana Ortiz and Governor Luis Vega is an old one.
"""


@pytest.fixture(scope="module")
def fights(explain):
    return explain(FIGHTS, "fights.txt")


@pytest.mark.parametrize("sides, paragraph, evidence", [
    ({"Peru", "Bolivia"}, 1, "Fighting between Peru and Bolivia"),
    ({"Chile", "Argentina"}, 2, "Clashes between Chile's troops and Argentina"),  # a side's troops stand for it
])
def test_fighting_between_two_sides_is_found_once_for_both(fights, sides, paragraph, evidence):
    found = [r for r in fights.relations if r.kind == "fights" and r.paragraph == paragraph]
    assert len(found) == 1  # one line for the two sides, whichever way round
    name = {a.id: a.name for a in fights.actors}
    assert {name[found[0].subject], name[found[0].object]} == sides
    assert found[0].evidence == evidence and found[0].rules == ["relation.fights-between"]


def test_a_fight_told_as_history_denied_hedged_or_between_people_is_not_stated(fights):
    # a year, an ordinal, "previous", a war that ended, the past perfect, "no", "might", two people
    assert [r.paragraph for r in fights.relations] == [1, 2]


def test_the_page_says_who_fights_whom(fights):
    section = render_explainer(fights).split("## Who stands where", 1)[1].split("\n## ", 1)[0]
    assert "- **Peru** fights **Bolivia** [&para;&#8239;2](#p1)" in section  # with its link to the paragraph
