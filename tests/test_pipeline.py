"""Extraction as spaCy components: what each writes on the Doc, the rule ids every item carries,
and a failing component that costs its own section only."""
import json
import re
from pathlib import Path

import jsonschema
import pytest

from generator.extract import pipeline
from generator.extract.provenance import catalogue
from generator.extract.register import ActorMention, Register, fold
from generator.model import Actor, explainer_to_dict

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "generator" / "data" / "explainer.schema.json").read_text())

# An article written for these tests: invented people, real countries.
ARTICLE = """Chile and Peru sign a treaty on the Lauca river

Chile and Peru signed the Lauca River Treaty in Lima on Tuesday, ending a dispute over the river that began in 1962.

"This treaty gives every farmer in the valley a fair share of the water," said Chilean Foreign Minister Ilse Marrow.

Peruvian President Tomas Quenta said the treaty would take effect in March. More than 4,000 families depend on the river.

"We waited sixty years for this day," Quenta told reporters.
"""


@pytest.fixture(scope="module")
def explainer(explain):
    return explain(ARTICLE, "lauca.txt")


def test_the_extractors_follow_ner_in_the_pipeline(nlp):
    names = nlp.pipe_names
    assert names.index("ner") < names.index("explainer_actors") < names.index("explainer_quotes") \
        < names.index("explainer_agreements") < names.index("explainer_background")


def test_components_write_actor_and_quote_spans_on_the_doc(nlp):
    doc = nlp('"The border stays open," said Foreign Minister Ilse Marrow of Chile.')
    actors = {span.text: span for span in doc.spans["actors"]}
    assert actors["Ilse Marrow"].label_ == "person"
    assert actors["Ilse Marrow"].kb_id_ == doc._.register.find("Ilse Marrow").id
    assert actors["Ilse Marrow"].id_ in catalogue()
    assert actors["Chile"].label_ == "country"
    [quote] = doc.spans["quotes"]
    assert quote.text == "The border stays open,"
    assert quote.kb_id_ == actors["Ilse Marrow"].kb_id_
    assert quote.id_.startswith("quote.") and quote.id_ in catalogue()


def test_every_item_names_the_rules_that_made_it(explainer):
    data = explainer_to_dict(explainer)
    jsonschema.validate(data, SCHEMA)
    known = catalogue()
    items = [*data["actors"], *data["quotes"], *data["agreements"], *data["background"], *data["timeline"]]
    assert items
    for item in items:
        assert item["rules"], item
        assert set(item["rules"]) <= set(known), item["rules"]
    marrow = next(a for a in data["actors"] if a["name"] == "Ilse Marrow")
    assert any(r.startswith("actor.") for r in marrow["rules"])
    assert any(r.startswith("role.") for r in marrow["rules"])
    quote = next(q for q in data["quotes"] if q["text"].startswith("This treaty"))
    assert quote["speaker"] == "Ilse Marrow"
    assert any(r.startswith("speaker.") for r in quote["rules"])
    [treaty] = data["agreements"]
    assert "Lauca" in treaty["name"]
    assert any(r.startswith("agreement.") for r in treaty["rules"])


def test_a_failing_extractor_costs_its_section_only(explain, monkeypatch):
    def broken(self, doc):
        raise RuntimeError("quotes extractor broke")

    monkeypatch.setattr(pipeline.QuotesComponent, "run", broken)
    e = explain(ARTICLE, "broken.txt")
    assert e.failed == {"quotes": "RuntimeError: quotes extractor broke"}
    assert e.quotes == [] and e.statements == []
    assert any(a.name == "Ilse Marrow" for a in e.actors)
    assert e.agreements and e.background


def test_a_failed_section_shows_a_note_and_a_warning_names_the_file(tmp_path, monkeypatch, capsys):
    from generator import cli

    def broken(self, doc):
        raise RuntimeError("agreements extractor broke")

    monkeypatch.setattr(pipeline.AgreementsComponent, "run", broken)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "lauca.txt").write_text(ARTICLE, encoding="utf-8")
    code = cli.main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "docs"), "--no-cache", "-j", "1", "-q"])
    assert code == 0
    err = capsys.readouterr().err
    assert "lauca.txt" in err and "agreements" in err and "agreements extractor broke" in err
    [page] = (tmp_path / "docs" / "explainers").glob("chile-*.md")
    text = page.read_text(encoding="utf-8")
    assert "could not be extracted" in text
    assert "Ilse Marrow" in text and "## Quotes" in text


def test_the_article_doc_joins_the_parses_as_spacy_does(nlp):
    from spacy.attrs import ORTH
    from spacy.tokens import Doc

    from generator.nlp import extractors

    texts = ["Rain delays the Vesna harvest", "Farmers across Oltrea fear a late crop this year. ", "",
             '"We will wait," said Ana Lind, who runs the co-operative.\n', "Talks resume in June."]
    parts = list(nlp.pipe(texts, disable=extractors(nlp)))
    ours, spacys = pipeline.joined(parts), Doc.from_docs(parts, ensure_whitespace=True)
    attrs = [*Doc._get_array_attrs(), ORTH]
    assert ours.text == spacys.text
    assert (ours.to_array(attrs) == spacys.to_array(attrs)).all()
    assert [s.text for s in ours.sents] == [s.text for s in spacys.sents]
    assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in spacys.ents]
    assert [str(t.morph) for t in ours] == [str(t.morph) for t in spacys]
    assert ours.tensor.shape == spacys.tensor.shape and (ours.tensor == spacys.tensor).all()
    parts[1].spans["marked"] = [parts[1][0:1]]  # spans of a part are carried over, as spaCy does
    marked = pipeline.joined(parts)
    assert [s.text for s in marked.spans["marked"]] == ["Farmers"]


def test_token_values_are_the_tokens_own_and_read_once(nlp):
    from generator.nlp import extractors, token_values

    doc = nlp("Mayor Tove Rask of Larnholm said the co-operative's harvest fell 12 percent.",
              disable=extractors(nlp))
    for attr in ("orth", "lower", "lemma", "pos", "tag", "dep", "ent_type", "ent_iob"):
        assert token_values(doc, attr) == [getattr(t, attr + "_") for t in doc]
    assert token_values(doc, "idx") == [t.idx for t in doc]
    assert token_values(doc, "lower") is token_values(doc, "lower")  # kept with the Doc
    with pytest.raises(ValueError):
        token_values(doc, "vector")


def test_the_register_answers_by_place_and_by_name():
    lind = Actor(id="person-ana-lind", name="Ana Lind", type="person", aliases=["Lind"])
    chile = Actor(id="country-chile", name="Chile", type="country")
    register = Register([lind, chile], [
        ActorMention(paragraph=0, start=3, end=5, start_char=14, end_char=22, actor_id=lind.id, rule="actor.ner-person"),
        ActorMention(paragraph=0, start=7, end=8, start_char=30, end_char=35, actor_id=chile.id, rule="actor.gazetteer-country"),
    ])
    assert register.at(0, 4) is lind and register.at(0, 6) is None and register.at(1, 4) is None
    assert [a for _, a in register.within(0, 10, 40)] == [lind, chile]
    assert [a for _, a in register.within(0, 10, 40, types=("country",))] == [chile]
    assert register.find("the minister Ana Lind's") is lind
    assert register.person_by_surname("Lindh") is None and register.person_by_surname("Lind") is lind


def test_one_folding_for_names():
    assert fold("Dr. José Núñez’s") == fold("dr jose nunez") == "dr jose nunez"


def test_the_catalogue_lists_the_rules_the_code_names_and_no_others():
    """Every rule id the code writes out is in the catalogue (else provenance.rule refuses it at
    run time, where a caller that catches the error can drop an item without a word), and no
    catalogued rule is one that nothing can produce any more."""
    from generator.extract import patterns

    root = Path(__file__).resolve().parent.parent / "generator"
    code = "\n".join(p.read_text(encoding="utf-8") for p in (root / "extract").glob("*.py"))
    kinds = "|".join(sorted({rule_id.split(".")[0] for rule_id in catalogue()}))
    written = set(re.findall(rf'"((?:{kinds})\.[a-z0-9-]*[a-z0-9])"', code))
    assert sorted(written - set(catalogue())) == []
    named = {entry["id"] for path in patterns.DIRECTORY.glob("*.jsonl") for entry in patterns.load(path.stem)}
    unused = [rule_id for rule_id in catalogue() if rule_id not in named and f'"{rule_id}"' not in code]
    assert unused == []
    for rule_id, description in catalogue().items():
        assert re.fullmatch(r"[a-z]+\.[a-z0-9-]+", rule_id) and len(description) > 10, rule_id


def test_every_pattern_file_loads_under_catalogued_ids(nlp):
    from generator.extract import patterns

    files = sorted(patterns.DIRECTORY.glob("*.jsonl"))
    assert files
    for path in files:
        entries = patterns.load(path.stem)
        assert entries and all(entry["id"] in catalogue() for entry in entries)
        patterns.matcher(nlp.vocab, path.stem)  # spaCy accepts every pattern
