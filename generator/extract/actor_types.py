"""The type of a name the tagger found: person, country, organisation or place, or no actor at all.

The small tagger often types names wrongly (capitals as people, demonyms as people, people as
organisations). :func:`classify` trims a tagged name, drops what is no actor (a hashtag, a faith,
a model's code), then lets the gazetteer and the words around the name decide before the tagger's
own label does; each construction is one function below, named after its rule.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator import lexicon
from generator.extract.names import (BACKED, BODY_WORDS, GIVEN_NAMES, ORG_WORDS, PARTY_ADJECTIVES, PARTY_MEMBERS,
                                     PLACE_NAME_WORDS, PRESS_WORDS, Mention, acronym_after, clean_span, common_noun_spelt,
                                     compound_name, illness, law_name, skip_stance, strip_org_modifiers, surface,
                                     thing_name)
from generator.extract.body_cues import (institution_head, kind_beside_name, published_in, reporting_source,
                                         titled_source)
from generator.extract.person_mentions import CRAFT_WORDS, PARTY_WORDS, person_mention, portfolio_in_title
from generator.extract.place_words import demonym_of_place, near_country, opens_place_name, titled_name
from generator.extract.name_neighbours import acts, beside_person, listed_with_people, listed_with_places, place_context
from generator.extract.provenance import rule
from generator.extract.role_bodies import affiliation, affiliation_aside
from generator.extract.role_phrases import role_words
from generator.extract.roles import TITLE_MODIFIERS, is_role_word, rank, singular_role
from generator.gazetteer import Gazetteer

# Names of documents rather than bodies.
_DOCUMENT_WORDS = lexicon.words("document_words")
_LOCATIVE = lexicon.words("locative_prepositions")
# Titles that follow a portfolio rather than a body: "Railway Minister", "District Police Officer".
_PORTFOLIO_TITLES = lexicon.words("portfolio_titles")
# Last words that make a name an event's rather than a body's.
_EVENT_WORDS = lexicon.words("event_words")
# Letters after a name and time zones: neither is a body ("X, QC, said", "15:00 GMT").
_NOT_BODIES = lexicon.words("not_bodies")
# Prefixes of a ship's name ("MV", "HMS"): the name after one is a vessel's.
_SHIP_PREFIXES = lexicon.words("ship_prefixes")
# Faiths and their feasts, and (by their endings) beliefs, fears and practices: none is a body or a person.
_BELIEFS = lexicon.words("beliefs")
_BELIEF_ENDINGS = tuple(lexicon.entries("belief_endings"))
# One who follows a belief, by the ending of the one word: "Methodists", "Trotskyist" (not "-qvist" surnames).
_ADHERENT = re.compile(r"[A-Z][a-z]{3,}(?<![vw])ists?")
# Letters then figures, as one word: the code of a model, a version or a mission, not of a body.
_CODE = re.compile(r"[A-Za-z]{2,}-?\d+[A-Za-z]?")
# Last words of a place's name that are seldom a surname: "Castle Road", "the Hope Gallery".
_STREET_WORDS = lexicon.words("street_words")
_ORG_KINDS = lexicon.words("org_kinds") - lexicon.words("org_kinds_of_people")
# Things of a people's culture: "French television", "Thai cuisine", "of Korean descent" speak of the
# language or the customs, not of the country taking part.
_CULTURE_NOUNS = lexicon.words("culture_nouns")
# First words of a region's name: "the West Bank", tagged a place, is no bank.
_COMPASS_WORDS = lexicon.words("compass_words")
# Online services people post on ("wrote on Twitter"): bodies, which the tagger takes for people.
_PLATFORMS = lexicon.words("platform_names")
# Given names: a given name and one more word after a locative is a person's full name ("from Ana Lind").
# What marks such a service as the medium a message went out on: "on Twitter", "a Facebook post".
_MEDIUM_PREPOSITIONS = lexicon.words("medium_prepositions")
_POST_NOUNS = lexicon.words("platform_post_nouns")

# A party's letter and a seat's abbreviation, in brackets after a legislator's name: "(R-Fla.)", "(D-N.Y.)".
_PARTY_AND_SEAT = re.compile(r"[A-Z]-[A-Z][A-Za-z.]*")

# The tags of a word that opens no name: "where", "then".
_NOT_NAME_TAGS = ("ADV", "SCONJ", "PRON", "DET", "ADP", "CCONJ", "PART", "VERB", "AUX")

_GO_ON = object()
"""What a construction returns when it does not apply: the next one decides."""


@dataclass
class _Name:
    """A tagged name being typed: its tokens, its words and where it stands."""

    doc: object
    start: int
    end: int
    label: str
    text: str
    paragraph: int | None
    sent: object
    gaz: Gazetteer
    name: str = ""
    words: tuple[str, ...] = ()
    """The words of the name as first written (before a ``-backed`` is cut off)."""

    def mention(self, kind: str, rule_id: str, name: str | None = None, **more) -> Mention:
        return Mention(kind, self.name if name is None else name, paragraph=self.paragraph, sent=self.sent,
                       start=self.start, end=self.end, rule=rule(rule_id), **more)

    def person(self, rule_id: str, role=None) -> Mention | None:
        return person_mention(self.doc, self.start, self.end, self.text, self.paragraph, self.sent, strong=True,
                              gaz=self.gaz, role=role, rule_id=rule_id)


def classify(doc, start, end, label, text, paragraph, sent, gaz) -> Mention | list[Mention] | None:
    """The mention a name tagged ``label`` (person, organization, place, group) at [start, end) makes,
    typed by the first construction that decides; None when it is no actor. A capital that acts gives
    its place and its country."""
    span = _trim(doc, start, end, label, gaz)
    if span is None:
        return None
    c = _Name(doc, *span, label, text, paragraph, sent, gaz)
    c.name = surface(doc, c.start, c.end, text)
    c.words = tuple(c.name.split())
    if _no_actor(c):
        return None
    deciders = [_titled_source, _gazetteer_country, _newspaper_of_town, _place_context, _kind_beside_name,
                _reporting_name, _acronym_in_brackets, _named_body]
    # a group (NORP) that is neither of those bodies is no actor: "Shia", "Democrats"
    deciders += {"group": [_party_by_members], "person": [_from_person_tag]}.get(label, [_from_other_tag])
    for decide in deciders:
        found = decide(c)
        if found is not _GO_ON:
            return found
    return None


def _party_by_members(c: _Name):
    """``the Democrats``, ``the Liberal Democrats``: a party named by its members; not the end of a longer
    name the tagger cut (``the Neo | Democrats``, ``Liberal | Democrats``), which the rules of untagged
    names read whole. A sentence's first word before it is such a name's only when it is a proper noun
    or a party's adjective ("Other Republicans", "Many Democrats" are the party)."""
    before = c.doc[c.start - 1] if c.start > c.sent.start else None
    cut = before is not None and before.text.istitle() and (before.i > c.sent.start or before.pos_ == "PROPN"
                                                            or before.text in PARTY_ADJECTIVES)
    if c.words[-1] not in PARTY_MEMBERS or cut:
        return None
    return c.mention("organization", "actor.party-by-members")


def _trim(doc, start, end, label, gaz) -> tuple[int, int] | None:
    """The name without articles, stances, a dateline's story or a title after it."""
    start, end = clean_span(doc, start, end)
    start = skip_stance(doc, start, end, gaz)
    dash = next((k for k in range(start + 1, end) if doc[k].text in ("-", "--", "\u2013", "\u2014")
                 and doc[k - 1].whitespace_), None)
    if dash is not None:
        end = dash  # "DHAKA - Floods": a dateline, then the story
        start, end = clean_span(doc, start, end)
        if start >= end:
            return None
    if label != "person" and end - start > 1 and (singular_role(doc[end - 1].text) and doc[end - 1].text != "Chief"
                                                   or rank(doc[end - 1].text)):
        end -= 1  # "Ivory Coast PM", "Army Capt": the title belongs to the name after it
    while label != "person" and end - start > 1 and doc[start].text[:1].islower() \
            and (doc[start].pos_ in _NOT_NAME_TAGS or doc[start].pos_ == "ADJ" and doc[start].whitespace_):
        start += 1  # "where Republican Party", "earlier Harbour Party trends": the tagger ran a name on
        start, end = clean_span(doc, start, end)
    return (start, end) if start < end else None


def _no_actor(c: _Name) -> bool:
    """Names that are no actor, whatever the tagger says."""
    name, doc, start = c.name, c.doc, c.start
    if not name or not any(ch.isupper() for ch in name) or name[:1] in "@#" or name.lower() in _NOT_BODIES:
        return True  # a handle or a hashtag, letters after a name, a time zone
    if name.lower() in _BELIEFS or " " not in name and name.lower().endswith(_BELIEF_ENDINGS) \
            or _ADHERENT.fullmatch(name):
        return True  # "converted to Islam", "the rise of Islamophobia", "homeopathy", "a Methodist"
    if illness(c.words):
        return True  # "Avian Flu", "Ebola virus disease": an illness
    if _ship(c):
        return True  # "the MV Tarn Bay", "HMS Corvale": a vessel, neither a person nor a body
    if _CODE.fullmatch(name):
        return True  # a model, a version or a mission by its code: "XR5", "MK-12", "STS-7"
    if name.lower() in _PLATFORMS and _medium(c):
        return True  # "wrote on Twitter", "in a Facebook post": where words went out, not who spoke
    if c.gaz.demonym(name) is not None and c.end - start == 1 and doc[start].dep_ in ("amod", "compound", "nmod"):
        head = doc[start].head.i
        if start < head <= start + 3 and any(t.lower_ in _CULTURE_NOUNS or t.lower_ == "year" and t.i > start + 1
                                             and doc[t.i - 1].lower_ == "new" for t in doc[start + 1:head + 1]):
            return True  # "on French television", "the Chinese New Year", "Chinese zodiac cycles"
        if opens_place_name(doc, start, c.gaz):
            return True  # "in French Guiana": the first word of a place's name
    return False


def _ship(c: _Name) -> bool:
    """Whether the name is a ship's: a prefix of a ship's name opens it or stands right before it ("the MV
    Tarn Bay", "HMS | Corvale"), and the word after the prefix is no title ("HMS Captain Ana Lind" is not
    read as a ship's)."""
    doc, start, end = c.doc, c.start, c.end
    if len(c.words) > 1 and doc[start].text in _SHIP_PREFIXES:
        first = start + 1
    elif start > c.sent.start and doc[start - 1].text in _SHIP_PREFIXES:
        first = start
    else:
        return False
    return first < end and doc[first].text[:1].isupper() and not is_role_word(doc[first].text)


def _medium(c: _Name) -> bool:
    """Whether an online service is named as the medium a message went out on ("posted on Twitter",
    "a Facebook post") rather than as a body that acts ("Twitter suspended the account")."""
    doc, start, last = c.doc, c.start, c.doc[c.end - 1]
    if start > c.sent.start and doc[start - 1].lower_ in _MEDIUM_PREPOSITIONS:
        return True
    return last.dep_ in ("compound", "nmod", "amod") and last.head.i > last.i and last.head.lower_ in _POST_NOUNS


def _gazetteer_country(c: _Name):
    """A country's name or its people's adjective; a craft's name is nothing."""
    country = c.gaz.country(c.name)
    if country is not None:
        return c.mention("country", "actor.gazetteer-country", country.name, strong=True, written=c.name)
    demonym = c.gaz.demonym(c.name)
    if demonym is not None:
        return c.mention("country", "actor.gazetteer-demonym", demonym.name, strong=True, written=c.name)
    if c.end < c.sent.end and c.doc[c.end].text[:1].isupper():
        # "Costa | Rican women": the tagger cut a demonym of two words after the first
        written = c.name + " " + c.doc[c.end].text
        demonym = c.gaz.demonym(written)
        if demonym is not None:
            c.end += 1
            return c.mention("country", "actor.gazetteer-demonym", demonym.name, strong=True, written=written)
    if any(w.lower() in CRAFT_WORDS for w in c.words) and not any(w.lower() in ORG_WORDS for w in c.words):
        return None  # "Space Shuttle Atlantis", "the Space Shuttle Program"; not "the Rocket Center"
    return _GO_ON


def _titled_source(c: _Name):
    """``according to The Vela``, ``told The Vela``: a name opened by "The" written with a capital and
    cited as a source is a publication's, even one that is also a people's adjective."""
    if not titled_source(c.doc, c.start, c.end, c.sent):
        return _GO_ON
    name = c.name if c.gaz.demonym(c.name) is None and c.gaz.country(c.name) is None else "The " + c.name
    return c.mention("organization", "actor.titled-source", name, strong=True)


def _kind_beside_name(c: _Name):
    """``Vela magazine``, ``the journal Vela``, ``Vela, a company that ...``: a body by the noun of its kind."""
    rule_id = published_in(c.doc, c.start, c.end, c.sent, c.gaz) \
        or kind_beside_name(c.doc, c.start, c.end, c.sent, c.gaz, person=c.label == "person")
    if rule_id is None:
        return _GO_ON
    name = strip_org_modifiers(c.name)
    return c.mention("organization", rule_id, name, strong=True) if name else None


def _reporting_name(c: _Name):
    """``Vask24 reported ...``, ``news agency Orvik reported ...``: a name that reports news is an outlet's,
    whatever the tagger typed it (a person's only when figures show it is none)."""
    if reporting_source(c.doc, c.start, c.end, c.sent, c.gaz):
        return c.mention("organization", "actor.reporting-name", strong=True)
    return _GO_ON


def _newspaper_of_town(c: _Name):
    """``the Springfield Star``: a paper, not a person."""
    words = c.words
    if len(words) > 1 and words[-1].lower() in PRESS_WORDS and c.gaz.is_place(" ".join(words[:-1])):
        return c.mention("organization", "actor.newspaper-of-town")
    return _GO_ON


def _place_context(c: _Name):
    if c.label in ("person", "organization", "place") and place_context(c.doc, c.start, c.end, c.sent):
        return c.mention("place", "actor.place-context", strong=True)
    return _GO_ON


def _acronym_in_brackets(c: _Name):
    """``Lashkar-e-Watan (LeW)``: the acronym alone in brackets."""
    doc, start, end, sent = c.doc, c.start, c.end, c.sent
    if start > sent.start and end < sent.end and doc[start - 1].text == "(" and doc[end].text == ")" \
            and sum(ch.isupper() for ch in c.name) >= 2 and " " not in c.name:
        if _PARTY_AND_SEAT.fullmatch(c.name):
            return None  # "Ana Lind (R-Fla.)": a legislator's party letter and seat, no body
        before = doc[max(sent.start, start - 6):start - 1].text.split()
        if illness(before) or law_name(before) or thing_name(before) or common_noun_spelt(before, c.name):
            # "Lassa fever (LF)", "Clean Rivers Act (CRA)", "flight log recorder (FLR)": an illness's, a law's
            # or a thing's acronym
            return None
        return c.mention("organization", "actor.acronym-in-brackets")
    return _GO_ON


def _named_body(c: _Name):
    """The long form before an acronym in brackets; a hyphenated proper name typed as a group."""
    if acronym_after(c.doc, c.start, c.end, c.sent.end):
        return c.mention("organization", "actor.long-form-before-acronym", strip_org_modifiers(c.name), strong=True)
    if c.label == "group" and compound_name(c.name, c.gaz):
        return c.mention("organization", "actor.hyphenated-name", strip_org_modifiers(c.name), strong=True)
    return _GO_ON


def _from_person_tag(c: _Name):
    """A name the tagger typed as a person's: a place after a locative or in a list of places, a body
    after "the", a street; else a person."""
    doc, start, end, sent, words = c.doc, c.start, c.end, c.sent, c.words
    if words[-1].lower() in _DOCUMENT_WORDS or thing_name(words):
        return None  # "the Harbour Study", "Gross Regional Product": a text's or a thing's name
    if c.name.lower() in _PLATFORMS:
        return c.mention("organization", "actor.platform-name")
    if len(words) <= 2 and (start > sent.start and doc[start - 1].lower_ in _LOCATIVE
                            or listed_with_places(doc[end - 1], c.gaz, _given_and_surname(c))) \
            and not listed_with_people(doc, start, end):
        if not listed_with_places(doc[end - 1], c.gaz, True) and _given_and_surname(c):
            # "a goal from Ana Lind", "letters from Tom Reyes": a full name, no place
            return person_mention(doc, start, end, c.text, c.paragraph, sent, strong=False, gaz=c.gaz,
                                  rule_id="actor.full-name-after-locative")
        return c.mention("place", "actor.locative-place")
    if start > sent.start and doc[start - 1].lower_ == "the" and len(words) == 1:
        return c.mention("organization", "actor.the-single-name-body")  # "the Taliban": a body, not a person
    if BACKED.search(c.name):
        return classify(doc, start, end, "place", c.text, c.paragraph, sent, c.gaz)
    if len(words) > 1 and words[-1].lower() in _STREET_WORDS:
        return c.mention("place", "actor.street-name")  # "Castle Road", "the Hope Gallery"
    if start > sent.start and doc[start - 1].lower_ in _ORG_KINDS and doc[start - 1].pos_ == "NOUN" \
            and not _relative_subject(doc[end - 1]):
        return c.mention("organization", "actor.kind-noun-before-name")  # "law firm Baxter Quill"
    return person_mention(doc, start, end, c.text, c.paragraph, sent, strong=False, gaz=c.gaz,
                          rule_id="actor.tagger-person")


def _given_and_surname(c: "_Name") -> bool:
    """``Ana Lind``: two words, the first a given name, that no gazetteer knows as a place and that
    hold no word of a body ("Walter Energy")."""
    return len(c.words) == 2 and c.words[0].lower() in GIVEN_NAMES and not c.gaz.is_place(c.name) \
        and c.words[1].lower() not in ORG_WORDS and c.words[1][:1].isupper()


def _relative_subject(tok) -> bool:
    """Whether a name is the subject of a relative clause on the noun before it ("the firm Ana Lind
    founded"): then that noun is not its kind."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl"


def _from_other_tag(c: _Name):
    """A name the tagger typed as a body's or a place's: a country or capital it backs, a place the
    gazetteer knows, then by the tagger's label."""
    if c.words[-1].lower() in _DOCUMENT_WORDS or thing_name(c.words):
        return None
    backed = re.match(r"(.+)" + BACKED.pattern, c.name)
    if backed:
        c.name = backed.group(1)
        if c.gaz.country(c.name):
            return c.mention("country", "actor.backed-by-name", c.gaz.country(c.name).name, strong=True,
                             written=c.name)
    place = c.gaz.place(c.name)
    if place is not None:
        if backed and place.kind == "capital" and c.gaz.country_of(place):
            return c.mention("country", "actor.backed-by-name", c.gaz.country_of(place).name, strong=True,
                             written=c.name)
        m = c.mention("place", "actor.gazetteer-place", strong=True, place=place)
        if place.kind == "capital" and acts(c.doc[c.end - 1]):
            # "Moscow has sought ...": the capital stands for its government.
            owner = c.gaz.country_of(place)
            return [m, c.mention("country", "actor.capital-for-government", owner.name, strong=True,
                                 written=c.name)] if owner else m
        return m
    if c.label == "organization":
        return _from_organization_tag(c)
    if c.label == "place":
        return _from_place_tag(c)
    return None


def _from_organization_tag(c: _Name):
    doc, start, end, sent, words, name = c.doc, c.start, c.end, c.sent, c.words, c.name
    if words[-1].lower() in PLACE_NAME_WORDS:
        return c.mention("place", "actor.place-name-word")  # "Parliament Hill", "Trafalgar Square"
    if words[-1].lower() in _EVENT_WORDS or len(words) > 2 and words[-2].lower() in _EVENT_WORDS \
            and c.gaz.is_place(words[-1]):
        return None  # "Iraq Conflict": an event, not a body
    # "State" in "Secretary of State", "Union Home" in "Union Home minister": part of a title.
    has_org_word = any(w.lower() in ORG_WORDS for w in words)
    if not has_org_word and institution_head(words):
        # "samples sent from the Vask Oceanographic Institution": no place, though it follows a locative
        name = strip_org_modifiers(name)
        return c.mention("organization", "actor.institution-head", name) if name else None
    if not has_org_word and not name.isupper() and end < sent.end and doc[end].lower_ in _PORTFOLIO_TITLES:
        return None
    if not has_org_word and portfolio_in_title(doc, start, sent, words):
        return None  # "Secretary of State for Energy", "Minister for Coastal and Rural Roads": a portfolio
    if len(words) == 1 and demonym_of_place(name, c.gaz) and not titled_name(doc, start, sent):
        return None
    if not any(w.lower() in BODY_WORDS for w in words) and words[0].lower() in _COMPASS_WORDS:
        return c.mention("place", "actor.compass-place")  # "North Arvelia", "the West Bank": a region
    before = start - 1 if start > sent.start and doc[start - 1].lower_ != "the" else start - 2
    if not has_org_word and before >= sent.start and doc[before].lower_ in _LOCATIVE and not name.isupper():
        return c.mention("place", "actor.locative-place")
    if all(w.lower() in TITLE_MODIFIERS for w in words) and end < sent.end and is_role_word(doc[end].text):
        return None  # "Defence spokesman", "District Police Officer": a portfolio
    if len(words) == 1 and (rank(name) or is_role_word(name)):
        return None  # "Admiral", "the Candidate": a title standing alone, no body
    if not has_org_word and not name.isupper():
        role = role_words(doc, start, end, sent)
        if role:
            return c.person("actor.name-with-role", role=role)
        if _person_like(c):
            return c.person("actor.person-like-name")  # "X Y of the Green Party": a person the tagger took for a body
    name = strip_org_modifiers(name)
    return c.mention("organization", "actor.tagger-organization", name) if name else None


def _from_place_tag(c: _Name):
    doc, start, sent, words, name = c.doc, c.start, c.sent, c.words, c.name
    near = near_country(name, c.gaz)
    if near is not None:
        return c.mention("country", "actor.misspelt-country", near.name, strong=True, written=name)  # "Ivory Cost"
    if institution_head(words) and not c.gaz.region(name) and words[0].lower() not in _COMPASS_WORDS:
        return c.mention("organization", "actor.institution-head")  # "Delmar Space Center", "University of Arvel"
    if name.isupper() and len(name) <= 6 and "." not in name:
        return c.mention("organization", "actor.place-acronym")  # "UN": an acronym no gazetteer knows as a place
    if start - 2 >= sent.start and doc[start - 2].lower_ == "according" and doc[start - 1].lower_ == "to":
        return c.mention("organization", "actor.source-after-according-to")  # "according to Bloomberg"
    if any(w.lower() in ORG_WORDS for w in words) and not c.gaz.region(name) \
            and words[0].lower() not in _COMPASS_WORDS \
            and (doc[start].ent_type_ != "FAC" or words[-1].lower() in PRESS_WORDS):
        return c.mention("organization", "actor.org-head-word")
    if not name.isupper():
        role = role_words(doc, start, c.end, sent)
        if role and len(words) > 1:
            return c.person("actor.name-with-role", role=role)
        if _person_like(c):
            return c.person("actor.person-like-name")
    return c.mention("place", "actor.tagger-place")


def _person_like(c: _Name) -> bool:
    """A name the tagger took for a body or a place that reads as a person's: two or three name words,
    no place the gazetteer knows, written as of a body (``X of the Green Party``, ``X, of the Green Party,``),
    listed among people (``Ana Lind and X``; by "and" alone when a given name opens it), or a party's word
    before a given name and a surname (``Liberal Tom Reyes``)."""
    return 2 <= len(c.words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in c.words) \
        and not c.gaz.is_place(c.name) \
        and (affiliation(c.doc, c.end, c.sent) is not None or affiliation_aside(c.doc, c.end, c.sent) is not None
             or listed_with_people(c.doc, c.start, c.end)
             or c.words[0].lower() in GIVEN_NAMES and beside_person(c.doc, c.start, c.end, c.sent)
             or len(c.words) == 3 and c.words[0] in PARTY_WORDS and c.words[1].lower() in GIVEN_NAMES)
