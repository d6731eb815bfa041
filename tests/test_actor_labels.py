"""When the tagger labels one name a person's in some sentences and a place's in as many others,
with nothing else to say it is a person's, the page lists no person: the name is a place's. Mentions are built on sentences written for these
tests, with the labels set by hand, so that the tests do not hang on what the tagger happens to say."""
from __future__ import annotations

import pytest

from generator import gazetteer
from generator.extract.actor_merges import group, make_consistent
from generator.extract.body_evidence import unsupported_bodies
from generator.extract.names import Mention
from generator.extract.provenance import rule

_TAGGER_RULE = {"person": "actor.tagger-person", "organization": "actor.tagger-organization",
                "place": "actor.tagger-place"}


def _mentions(parse_text, text: str, labelled: list[tuple[str, str]]) -> list[Mention]:
    """One mention for each (name, kind), in the order ``text`` writes them."""
    doc = parse_text(f"Talks resume as tension grows\n\n{text}\n").paragraphs[0].doc
    out, after = [], 0
    for name, kind in labelled:
        size = len(name.split())
        start = next(i for i in range(after, len(doc)) if doc[i:i + size].text == name)
        after = start + size
        out.append(Mention(kind, name, paragraph=0, sent=doc[start].sent, start=start, end=start + size,
                           rule=rule(_TAGGER_RULE[kind])))
    return out


def _actors(mentions: list[Mention]) -> dict[str, str]:
    gaz = gazetteer.load()
    make_consistent(mentions, gaz, set())
    entities = group(mentions, gaz)
    dropped = {id(e) for e in unsupported_bodies(entities, gaz)}
    return {e.name: e.kind for e in entities if id(e) not in dropped}


def test_a_name_labelled_a_person_and_a_place_is_a_place(parse_text):
    mentions = _mentions(parse_text, "Troops entered Tell Arvo on Monday. Shelling hit Tell Arvo overnight.",
                         [("Tell Arvo", "person"), ("Tell Arvo", "place")])
    assert _actors(mentions) == {"Tell Arvo": "place"}
    assert all(m.retyped == "actor.mixed-tagger-labels" for m in mentions if m.rule == "actor.tagger-person")


def test_a_name_labelled_a_person_and_a_body_keeps_the_commonest_label(parse_text):
    # the person may be the body's namesake: a card for each would be a guess
    mentions = _mentions(parse_text, "Pia Sorell arrived on Friday. The Pia Sorell campaign spent more.",
                         [("Pia Sorell", "person"), ("Pia Sorell", "organization")])
    assert _actors(mentions) == {"Pia Sorell": "person"}


def test_a_role_beside_the_name_keeps_it_a_persons(parse_text):
    mentions = _mentions(parse_text, "Pia Sorell, a retired nurse, voted early. Rain fell on Pia Sorell.",
                         [("Pia Sorell", "person"), ("Pia Sorell", "place")])
    mentions[0].role = [(rule("role.appositive-after"), ["retired", "nurse"])]
    assert _actors(mentions) == {"Pia Sorell": "person"}


def test_the_end_of_a_longer_persons_name_stays_a_persons(parse_text):
    mentions = _mentions(parse_text, "Ana Ruiz Vega leads the agency. Ruiz Vega said exports fell. "
                                     "Exports worried Ruiz Vega.",
                         [("Ana Ruiz Vega", "person"), ("Ruiz Vega", "place"), ("Ruiz Vega", "person")])
    assert "Ana Ruiz Vega" in _actors(mentions)
    assert all(m.kind == "person" for m in mentions)


def test_a_name_set_beside_a_kind_of_thing_no_body_is_is_no_body(parse_text):
    # "the comet Vanta", "Vanta, the comet", "the Vanta scale": the article says what the name is
    for text in ("Astronomers tracked the comet Vanta for a week.",
                 "Astronomers tracked Vanta, a comet, for a week.",
                 "The quake measured six on the Vanta scale."):
        mentions = _mentions(parse_text, text, [("Vanta", "organization")])
        assert _actors(mentions) == {}, text


@pytest.mark.parametrize("text, name", [
    # a song, a part, a game, a prize, a site: the name names a thing, and does nothing a body does
    ("Her best-known song, Lantern Hill, topped the charts in 1971.", "Lantern Hill"),
    ("Engineers bolted the Korvel adapter to the upper stage.", "Korvel"),
    ("Crowds queued for the Zephra game on launch night.", "Zephra"),
    ("She won the Quarnel prize for her first novel.", "Quarnel"),
    ("Inspectors visited the Tessin reactor after the leak.", "Tessin"),
    # a law or an agreement, whatever it does
    ("The Convention on Tidal Rights bars the practice in coastal waters.", "Convention on Tidal Rights"),
    ("Lawmakers debated the Harbour Reform Bill until midnight.", "Harbour Reform Bill"),
    ("Farmers said the Grain Storage Regulations would raise their costs.", "Grain Storage Regulations"),
])
def test_a_things_or_a_laws_name_is_no_body(parse_text, text, name):
    # what the page lists as organisations: none
    assert _actors(_mentions(parse_text, text, [(name, "organization")])) == {}, text


@pytest.mark.parametrize("text, name", [
    ("The Velmar College of Law said fees would rise.", "Velmar College of Law"),
    ("The Law and Order Party won four seats.", "Law and Order Party"),
])
def test_a_body_with_a_laws_word_in_its_name_stays_one(parse_text, text, name):
    assert _actors(_mentions(parse_text, text, [(name, "organization")])) == {name: "organization"}


def test_a_name_that_acts_as_a_body_stays_one_beside_a_kind_of_thing(parse_text):
    mentions = _mentions(parse_text, "Vanta said it would fund the comet survey. The Vanta expedition sails in May.",
                         [("Vanta", "organization"), ("Vanta", "organization")])
    assert _actors(mentions) == {"Vanta": "organization"}


@pytest.mark.parametrize("text, name", [
    # capitals inside a name are no sign of a body where the article says it is a thing
    ("Ministers opened the KorvelStream gas pipeline on Wednesday.", "KorvelStream"),
    ("Doctors gave the drug TX4 to forty patients.", "TX4"),
    ("One antiviral cocktail, ZelMab, showed promise early. ZelMab served as a control.", "ZelMab"),
    ("A new strain of the Q7N3 virus spread among geese. The Q7N3 virus killed dozens.", "Q7N3"),
    ("Rangers tested the SkyNet system on Friday.", "SkyNet"),
])
def test_a_name_with_capitals_beside_a_kind_of_thing_is_no_body(parse_text, text, name):
    mentions = _mentions(parse_text, text, [(name, "organization")] * text.count(name))
    assert _actors(mentions) == {}, text


@pytest.mark.parametrize("text, name", [
    # an acronym of letters before a thing names its maker, a body
    ("Hollis spoke on the VBC television programme Early Edition.", "VBC"),
])
def test_a_maker_or_a_speaker_beside_a_kind_of_thing_stays_a_body(parse_text, text, name):
    mentions = _mentions(parse_text, text, [(name, "organization")] * text.count(name))
    assert _actors(mentions) == {name: "organization"}, text


@pytest.mark.parametrize("text, name", [
    ("The Premier of Northvale said the budget would pass.", "Premier of Northvale"),
    ("A letter from the Sheriff of Dane County reached the court on Friday.", "Sheriff of Dane County"),
    ("The Member of Parliament for Eastwick voted against the bill.", "Member of Parliament"),
])
def test_a_title_and_what_it_is_held_of_is_no_body(parse_text, text, name):
    assert _actors(_mentions(parse_text, text, [(name, "organization")])) == {}


def test_a_body_whose_name_opens_with_its_own_head_word_stays_one(parse_text):
    mentions = _mentions(parse_text, "The Bank of Avalon said rates would rise.", [("Bank of Avalon", "organization")])
    assert _actors(mentions) == {"Bank of Avalon": "organization"}


def _by_kind_noun(mention: Mention) -> Mention:
    mention.rule = rule("actor.kind-noun-before-name")
    return mention


def test_a_body_named_once_by_its_kind_is_no_person_however_often_the_tagger_says_so(parse_text):
    mentions = _mentions(parse_text, "Police blamed the hacker collective Quorvex for the outage. "
                                     "Officials accused Quorvex of fraud. Banks cut their ties to Quorvex.",
                         [("Quorvex", "organization"), ("Quorvex", "person"), ("Quorvex", "person")])
    _by_kind_noun(mentions[0])
    assert _actors(mentions) == {"Quorvex": "organization"}
    assert all(m.retyped == "actor.kind-noun-over-unbacked-person" for m in mentions[1:])


def test_a_role_beside_the_name_keeps_it_a_persons_after_a_kind_noun(parse_text):
    mentions = _mentions(parse_text, "Police blamed the hacker collective Quorvex for the outage. "
                                     "Quorvex, a former teacher, denied it. Banks cut their ties to Quorvex.",
                         [("Quorvex", "organization"), ("Quorvex", "person"), ("Quorvex", "person")])
    _by_kind_noun(mentions[0])
    mentions[1].role = [(rule("role.appositive-after"), ["former", "teacher"])]
    assert _actors(mentions) == {"Quorvex": "person"}


def test_a_name_the_tagger_once_set_after_a_preposition_of_place_as_a_place_is_a_place(parse_text):
    mentions = _mentions(parse_text, "The envoy visited Mirava on Monday. She reached Mirava by noon. "
                                     "Families sheltered in Mirava overnight.",
                         [("Mirava", "person"), ("Mirava", "person"), ("Mirava", "place")])
    assert _actors(mentions) == {"Mirava": "place"}
    assert all(m.retyped == "actor.place-after-locative-over-unbacked-person" for m in mentions[:2])


def test_a_name_that_speaks_stays_a_persons_though_once_set_after_a_preposition_of_place(parse_text):
    mentions = _mentions(parse_text, "Mirava said the talks had failed. Reporters waited for Mirava. "
                                     "Letters came in Mirava overnight.",
                         [("Mirava", "person"), ("Mirava", "person"), ("Mirava", "place")])
    assert _actors(mentions) == {"Mirava": "person"}
