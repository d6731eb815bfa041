"""Titles written beside a name without what they are held over, named after the article: a head of
state's or government's title after the one country the story is set in ("President of Northvale"),
a title of a seat in a body after the one body of that kind the article names ("Justice of the
Supreme Court")."""
from __future__ import annotations

from collections import Counter

from generator import lexicon
from generator.extract.names import Entity
from generator.extract.provenance import rule
from generator.extract.roles import TITLE_MODIFIERS, country_article, rejoin
from generator.gazetteer import Gazetteer

_ARTICLES = lexicon.words("articles") | {"its", "their"}

# Titles of the head of a state or of its government, with the words before them that say when they are held.
_STATE_HEADS = lexicon.words("state_head_titles")
_TENURE_WORDS = lexicon.words("tenure_words")
# The rules that give a title as written beside the name: "President Ana Lind", "Ana Lind, the prime minister,".
_BARE_TITLE_RULES = (rule("role.title-before-name"), rule("role.appositive-after"))


def _story_state(entities: list[Entity], gaz: Gazetteer) -> str | None:
    """The one country the story is set in: the only country the article names, when it also names
    a body of that country by the country ("the Northvale parliament", "Northvalean government") and
    every body it names with a country is that one's; None otherwise."""
    countries = {e.name for e in entities if e.kind == "country" and e.mentions}
    if len(countries) != 1:
        return None
    owners: set[str] = set()
    for ent in entities:
        if ent.kind != "organization":
            continue
        if ent.country:
            owners.add(ent.country)
        for name in {ent.name, *ent.aliases, *(m.name for m in ent.mentions)}:
            words = [w for w in name.replace("'s", "").split() if w[:1].isupper()]
            for n in (3, 2, 1):
                for k in range(len(words) - n + 1):
                    chunk = " ".join(words[k:k + n])
                    land = gaz.country(chunk) or gaz.demonym(chunk)
                    if land is not None:
                        owners.add(land.name)
    return next(iter(countries)) if owners == countries else None


def _written_as_office(ent: Entity, title: str, rules: tuple[str, ...] = _BARE_TITLE_RULES) -> bool:
    """Whether a mention gives the person the title as an office: written with a capital before the name
    ("President Ana Lind", not "a would-be president Ana Lind"), or in apposition ("Ana Lind, the president,")."""
    for m in ent.mentions:
        for rule_id, words in m.role or ():
            written = [w for w in rejoin(words) if w.lower() not in _ARTICLES]
            if rule_id not in rules or not " ".join(written).lower().endswith(title):
                continue
            if rule_id == rule("role.appositive-after") or all(w[:1].isupper() for w in written[-len(title.split()):]):
                return True
    return False


def state_titles(entities: list[Entity], gaz: Gazetteer) -> None:
    """A head of state's or government's title written beside a name without its state ("President
    Ana Lind", "Ana Lind, the prime minister,") names the state the story is set in ("President of
    Northvale"), when the article sets it in one (:func:`_story_state`) and no one else bears the same
    title there."""
    people = [e for e in entities if e.kind == "person" and e.role and e.country is None]
    titled = []
    for ent in people:
        words = ent.role.lower().split()
        lead = 0
        while lead < len(words) - 1 and words[lead] in _TENURE_WORDS:
            lead += 1
        if " ".join(words[lead:]) in _STATE_HEADS and _written_as_office(ent, " ".join(words[lead:])):
            titled.append(ent)
    if not titled:
        return
    state = _story_state(entities, gaz)
    if state is None:
        return
    held = Counter(e.role.lower() for e in titled)
    for ent in titled:
        if held[ent.role.lower()] > 1:
            continue  # two "Presidents" in one story: which one the state's is unsure
        ent.role = f"{ent.role} of {country_article(state)}"
        ent.country = state
        ent.rules.append(rule("role.story-state"))


# Titles of an office held in a body of one kind, with the words that name such a body: "justice", a court.
_SEAT_BODIES = {title: [kind.split() for kind in kinds.split(", ")]
                for title, kinds in lexicon.table("title_seat_bodies").items()}
_NOT_SEATS = lexicon.words("not_seat_bodies")
# The rules that give such a title as written beside the name, "Justice Ana Lind" among them.
_SEAT_TITLE_RULES = _BARE_TITLE_RULES + (rule("role.title-noun-before-name"),)


def seat_titles(entities: list[Entity]) -> None:
    """A title of an office held in a body of one kind, written beside a name without its body
    ("Justice Ana Lind", "Tom Reyes, the speaker,"), names the one body of that kind the article names
    ("Justice of the Supreme Court"), when it names just one and no one else bears the same title."""
    titled = []
    for ent in entities:
        if ent.kind != "person" or not ent.role or ent.country is not None:
            continue
        words = ent.role.split()
        lead = 0
        while lead < len(words) - 1 and words[lead].lower() in _TENURE_WORDS:
            lead += 1
        kinds = _SEAT_BODIES.get(words[-1].lower())
        if kinds and all(w.lower() in TITLE_MODIFIERS for w in words[lead:-1]) \
                and _written_as_office(ent, " ".join(words[lead:]).lower(), _SEAT_TITLE_RULES):
            titled.append((ent, kinds))
    held = Counter(ent.role.lower() for ent, _ in titled)
    for ent, kinds in titled:
        if held[ent.role.lower()] > 1:
            continue  # two Justices in one story: on which court each sits is unsure
        bodies = {o.name for o in entities if o.kind == "organization" and _seat_of(o.name, kinds)}
        if len(bodies) != 1:
            continue
        body = next(iter(bodies))
        ent.role = f"{ent.role} of {'' if body.lower().startswith('the ') else 'the '}{body}"
        ent.rules.append(rule("role.seat-body"))


def _seat_of(name: str, kinds: list[list[str]]) -> bool:
    """Whether a body's name is one of a kind: the head of the name, before any "of", ends in the
    kind's words ("House of Representatives", "the US Supreme Court"; not "White House Office")."""
    words = name.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    if " ".join(words) in _NOT_SEATS:
        return False
    head = words[:words.index("of")] if "of" in words[1:] else words
    return any(len(head) >= len(kind) and head[-len(kind):] == kind for kind in kinds)
