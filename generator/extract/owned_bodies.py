"""Institutions named by a common noun and their owner: ``the Afghan government``, ``Russia's
ministry of foreign affairs``, ``the parliament of Georgia``, ``The military said ...``.

A head noun (``government``, ``foreign ministry``, ``armed forces``) makes an organisation when a
country, a demonym, a place or a person owns it, before (rule ``actor.owner-and-head``) or after it
(``actor.head-of-owner``); a person's name the tagger found before it makes none (``the Lind
government``, ``Lind's party``: a body with no name of its own), save an administration (below).
The mention carries a merge key ``<owner>|<head>`` so that every way of
writing one institution comes to one actor. A bare head that acts (``actor.bare-acting-head``) is
kept for the merges to place. The one an administration is named after (``the Lind administration``)
is a person too (``actor.leader-of-administration``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import gazetteer, lexicon
from generator.extract.names import ORG_HEADS, ORG_HEADS2, ORG_WORDS, Mention, surface
from generator.extract.provenance import rule
from generator.extract.role_phrases import role_words
from generator.extract.roles import TITLE_MODIFIERS, is_role_word
from generator.gazetteer import Gazetteer, fold
from generator.nlp import token_values

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

_POSSESSIVE = ("'s", "\u2019s")
# Heads of a body named after the one who leads it: "the Lind administration".
_LEADER_HEADS = lexicon.words("leader_body_heads")
_ARTICLES = lexicon.words("articles")


@dataclass
class _Head:
    """A head noun at [start, end) and what it names (``ministry foreign``); ``end`` grows over
    ``of`` and its portfolio or owner."""

    head: str
    start: int
    head_end: int
    end: int
    named_end: int = 0
    """Where the head's own words end (with a ministry's portfolio)."""


@dataclass
class _Owner:
    """The owner's name and tokens; ``possessive`` when written ``Russia's``."""

    name: str
    start: int
    end: int
    possessive: bool = False


def owned_organisations(sent: "Span", text: str, paragraph: int | None, gaz: Gazetteer) -> list[Mention]:
    """Every institution with an owner in the sentence, and every bare one that acts."""
    doc = sent.doc
    out = []
    lowers, lemmas = token_values(doc, "lower"), token_values(doc, "lemma")
    i = sent.start
    while i < sent.end:
        if lowers[i] not in _FIRST_WORDS2 and lowers[i] not in ORG_HEADS and lemmas[i].lower() not in ORG_HEADS:
            i += 1  # no head noun starts here (what _head_at would say, at a fraction of the cost)
            continue
        h = _head_at(sent, i, gaz)
        if h is None:
            i += 1
            continue
        tok = doc[i]
        if h.head_end == i + 1 and (tok.dep_ == "amod" or tok.pos_ == "ADJ" and tok.dep_ not in ("nsubj", "nsubjpass")):
            i = h.head_end  # "military aggression": an adjective, not the armed forces
            continue
        owner, j = _owner_before(sent, h, gaz)
        rule_id = "actor.owner-and-head"
        if owner is None:
            owner = _owner_after(sent, h, text, gaz)
            rule_id = "actor.head-of-owner"
        if owner is None:
            bare = _bare_acting_head(sent, h, paragraph)
            if bare is not None:
                out.append(bare)
            i = h.end
            continue
        if rule_id == "actor.owner-and-head" and _person_owner(sent, owner, gaz) \
                and doc[h.start].lower_ not in _LEADER_HEADS:
            i = h.end  # "the Lind government", "Lind's party": a person's, no body named of its own
            continue
        named_from = _name_start(sent, h) if rule_id == "actor.head-of-owner" else None
        out.append(_owned(sent, h, owner, j, text, paragraph, gaz, rule_id, named_from))
        if rule_id == "actor.owner-and-head":
            leader = _leader(sent, h, owner, paragraph, gaz)
            if leader is not None:
                out.append(leader)
        i = h.end
    return out


def _person_owner(sent: "Span", owner: _Owner, gaz: Gazetteer) -> bool:
    """Whether an owner before a head is a person's name the tagger found (``the Lind government``,
    ``Tom Reyes's party``) and no place's or people's."""
    doc = sent.doc
    return all(doc[k].ent_type_ == "PERSON" for k in range(owner.start, owner.end)) \
        and not (gaz.country(owner.name) or gaz.demonym(owner.name) or gaz.is_place(owner.name))


def _leader(sent: "Span", h: _Head, owner: _Owner, paragraph: int | None, gaz: Gazetteer) -> Mention | None:
    """``the Lind administration``, ``Lind's administration``: the owner of an administration named after
    its leader is a person, though the article never names them otherwise. Not a place's or a
    people's (``the Varna administration``, ``the Soviet administration``), nor a body's."""
    doc = sent.doc
    if doc[h.start].lower_ not in _LEADER_HEADS or owner.end - owner.start > 2 \
            or owner.end + owner.possessive != h.start:
        return None
    words = owner.name.split()
    tagged = {doc[k].ent_type_ for k in range(owner.start, owner.end)}
    if not all(w[:1].isupper() and not w.isupper() for w in words) or not tagged <= {"PERSON", "GPE"} \
            or gaz.country(owner.name) or gaz.demonym(owner.name) or gaz.capital(owner.name) \
            or "GPE" in tagged and gaz.is_place(owner.name):
        return None  # a place the tagger took for a person's name is no place: a town may share a surname
    return Mention("person", owner.name, sent=sent, paragraph=paragraph, start=owner.start, end=owner.end,
                   strong=True, rule=rule("actor.leader-of-administration"),
                   role=role_words(doc, owner.start, owner.end, sent))  # "President Ana Lind's administration"


_FIRST_WORDS2 = frozenset(first for first, _ in ORG_HEADS2)


def _head_at(sent: "Span", i: int, gaz: Gazetteer) -> _Head | None:
    """The head noun starting at token i (one or two words), with a ministry's portfolio."""
    doc = sent.doc
    tok = doc[i]
    low = tok.lower_
    head = None
    h_end = i + 1
    if i + 1 < sent.end and low in _FIRST_WORDS2 and (low, doc[i + 1].lower_) in ORG_HEADS2:
        head = ORG_HEADS2[(low, doc[i + 1].lower_)]
        h_end = i + 2
    elif tok.lemma_.lower() in ORG_HEADS and tok.tag_ not in ("NNS", "NNPS") or low in ORG_HEADS:
        head = ORG_HEADS.get(low) or ORG_HEADS[tok.lemma_.lower()]
    if head is None or (tok.pos_ not in ("NOUN", "PROPN") and h_end == i + 1 and low != "military"):
        return None
    h = _Head(head, i, h_end, h_end)
    if head == "ministry":
        _portfolio(sent, h, gaz)
    h.named_end = h.end
    return h


def _portfolio(sent: "Span", h: _Head, gaz: Gazetteer) -> None:
    """``ministry of foreign affairs``, ``Ministry of Defence``, ``defence ministry``."""
    doc, end, i = sent.doc, h.end, h.start
    if end + 1 < sent.end and doc[end].lower_ == "of" and doc[end + 1].text[:1].isalpha():
        k = end + 1
        while k < sent.end and (doc[k].text[:1].isupper()
                                or doc[k].lower_ in lexicon.words("ministry_portfolio_words")):
            if gaz.country(doc[k].text) or gaz.demonym(doc[k].text):
                break
            k += 1
        if k > end + 1:
            h.head = "ministry " + " ".join(t.lower_ for t in doc[end + 1:k] if t.lower_ not in ("and", "affairs"))
            h.end = k
    elif i - 1 >= sent.start and doc[i - 1].pos_ in ("ADJ", "NOUN", "PROPN") \
            and not gaz.country(doc[i - 1].text) and not gaz.demonym(doc[i - 1].text):
        h.head = "ministry " + doc[i - 1].lower_


def _owner_before(sent: "Span", h: _Head, gaz: Gazetteer) -> tuple[_Owner | None, int]:
    """The owner to the left of the head, across modifiers (``Russia's foreign ministry``, ``the US
    Army``), and where the modifiers start."""
    doc = sent.doc
    tok = doc[h.start]
    j = h.start
    while j - 1 >= sent.start:
        prev = doc[j - 1]
        if prev.text in _POSSESSIVE and j - 2 >= sent.start:
            j -= 1
            continue
        if prev.lower_ in lexicon.words("owner_stop_words") \
                or prev.pos_ not in ("ADJ", "NOUN", "PROPN") and prev.text != "-":
            break
        if prev.tag_ in ("NNS",) or is_role_word(prev.text) or prev.lower_ in ("led", "backed", "based", "run"):
            break
        found = _owner_at(doc, j - 1, sent.start, gaz)
        if found:
            name, start = found
            return _Owner(name, start, j, possessive=j < len(doc) and doc[j].text in _POSSESSIVE), j
        if prev.ent_type_ in ("ORG", "NORP") and not gaz.demonym(prev.text) and not gaz.country(prev.text) \
                and prev.lower_ not in TITLE_MODIFIERS:
            if j != h.start or (tok.ent_type_ == prev.ent_type_ and tok.ent_iob_ == "I"):
                break  # "Afghanistan's Taliban government": the named body is the actor
            start_org = j - 1
            while start_org - 1 >= sent.start and doc[start_org - 1].ent_type_ == prev.ent_type_ \
                    and doc[start_org].ent_iob_ != "B" and doc[start_org - 1].lower_ != "the":
                start_org -= 1
            return _Owner(doc[start_org:j].text, start_org, j), j
        j -= 1
    return None, j


def _name_start(sent: "Span", h: _Head) -> int | None:
    """Where the body's name opens when a capitalised head goes on a name the tagger found with words of
    its own before the head ("the Communist Party of Velmar", "the Revolutionary Armed Forces of Arvel"):
    that name, as written, is the body's, not the owner's adjective and the head ("the Velmar Party").
    None when the head opens the name."""
    doc, k = sent.doc, h.start
    if h.head == "ministry" or not doc[k].text[:1].isupper() or doc[k].ent_type_ != "ORG" or doc[k].ent_iob_ != "I":
        return None  # a ministry's words before its head are its portfolio, read with it: "Foreign Ministry"
    while k - 1 >= sent.start and doc[k - 1].ent_type_ == "ORG" and doc[k].ent_iob_ == "I" \
            and doc[k - 1].text[:1].isupper() and doc[k - 1].lower_ not in _ARTICLES:
        k -= 1
    return k if k < h.start else None


def _owner_after(sent: "Span", h: _Head, text: str, gaz: Gazetteer) -> _Owner | None:
    """The owner after ``of``: ``the government of Saudi Arabia``; the head's end grows over it."""
    doc, end = sent.doc, h.end
    if not (end + 1 < sent.end and doc[end].lower_ == "of"):
        return None
    k = end + 1
    if doc[k].lower_ == "the":
        k += 1
    stop = k
    while stop < sent.end and (doc[stop].text[:1].isupper() or doc[stop].text == "-") and doc[stop].ent_type_ != "DATE":
        stop += 1
    if stop == k:
        return None
    name = surface(doc, k, stop, text)
    country = gaz.country(name)
    if country is not None or doc[k].ent_type_ in ("GPE", "LOC") or gaz.place(name) \
            or doc[k].ent_type_ == "ORG" and not any(w.lower() in ORG_WORDS for w in name.split()):
        h.end = stop
        return _Owner(country.name if country else name, h.start, h.start)
    return None


def _bare_acting_head(sent: "Span", h: _Head, paragraph: int | None) -> Mention | None:
    """``The military said ...``: the body acts, though the article does not name its owner here."""
    doc, i = sent.doc, h.start
    tok = doc[i]
    if h.head_end == i + 1 and h.head in lexicon.words("acting_body_heads") and tok.dep_ == "nsubj" \
            and i - 1 >= sent.start and doc[i - 1].lower_ == "the":
        return Mention("organization", tok.text.lower(), sent=sent, paragraph=paragraph, start=i, end=i + 1,
                       key=f"|{h.head}", rule=rule("actor.bare-acting-head"))
    return None


def _owned(sent: "Span", h: _Head, owner: _Owner, j: int, text: str, paragraph: int | None, gaz: Gazetteer,
           rule_id: str, named_from: int | None = None) -> Mention:
    """The mention of an owned institution, named ``<owner's adjective> <modifiers> <head as written>``,
    or as written from ``named_from`` when its own name opens there."""
    doc = sent.doc
    before = owner.start < h.start
    mods_start = owner.start if before else j
    mods_from = owner.end if before else j
    mods = [t.text for t in doc[mods_from:h.start] if t.text not in _POSSESSIVE and t.lower_ != "the"]
    head_words = text[doc[h.start].idx:doc[h.named_end - 1].idx + len(doc[h.named_end - 1])]
    country = gaz.country(owner.name) or gaz.demonym(owner.name)
    if before and not owner.possessive:
        label = surface(doc, owner.start, owner.end, text)  # as written: "US Army", "Afghan government"
    else:
        label = _demonym_of(country) if country else owner.name
    name = country.name if country else owner.name
    display = " ".join([label, *mods, head_words])
    if named_from is not None:
        mods_start = named_from
        display = surface(doc, named_from, h.end, text)  # "Communist Party of Velmar"
    written = surface(doc, mods_start, h.end, text)
    return Mention("organization", display, sent=sent, paragraph=paragraph, start=mods_start, end=h.end,
                   strong=True, key=f"{fold(name)}|{h.head}", country=country.name if country else None,
                   written=written, rule=rule(rule_id))


def _owner_at(doc, i, limit, gaz) -> tuple[str, int] | None:
    """A country, demonym, place or person's surname ending at token i: its name and first token."""
    for n in range(min(3, i - limit + 1), 0, -1):
        start = i - n + 1
        words = doc[start:i + 1].text
        if not words[:1].isupper() or doc[start].lower_ == "the":
            continue
        country = gaz.country(words) or gaz.demonym(words)
        if country is not None:
            return country.name, start
        if doc[start].ent_type_ in ("GPE", "PERSON") and doc[i].ent_type_ == doc[start].ent_type_ \
                and doc[i].ent_iob_ != "B" or n == 1 and doc[i].ent_type_ in ("GPE", "PERSON"):
            return words, start
    return None


def _demonym_of(country: gazetteer.Country) -> str:
    """The adjective an organisation takes from its country: "Armenian" foreign ministry."""
    return country.demonym or country.name

