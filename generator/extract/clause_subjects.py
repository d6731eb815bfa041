"""Subjects the parse gives a speech verb that are no speaker's: a noun inside an earlier relative
clause the writer left open, a thing the subject possesses taken for the subject of a participle;
and how a speech verb stands to the verb it is joined to (a conjunct, in the passive). Read by
:func:`generator.extract.speech.subject_and_rule`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

_RELATIVE = lexicon.words("relative_pronouns")
# Nouns that may well speak: people, roles, bodies, documents.
_NOT_THINGS = (lexicon.words("role_nouns") | lexicon.words("person_nouns") | lexicon.words("body_nouns")
               | lexicon.words("document_nouns"))
# Nouns of things whose own words a participle may give (documents, signs, laws, posts online).
_WORDING = lexicon.words("document_nouns") | lexicon.words("slogan_nouns") | lexicon.words("wording_nouns")
# Nouns a speech participle's way up to its clause may not pass: someone, or something with words of its own.
_NOT_PASSED = _NOT_THINGS | _WORDING
# Pronouns only ever objects: "paid tribute to her saying" hangs "saying" on "her" as its subject.
_OBJECT_PRONOUNS = frozenset(("her", "him", "them"))
_NOUNS = ("NOUN", "PROPN", "PRON", "NUM")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")

_WH_TAGS = ("WP", "WP$", "WDT")


def named_before_clause(verb: "Token", subj: "Token") -> "Token | None":
    """``Name Surname, whose son was on the ferry said``: a relative clause left without its
    closing comma, parsed with the speech verb as a second clause on the name and a noun of the
    first as its subject. The name the clauses hang on speaks, not the noun inside the clause."""
    if verb.dep_ != "relcl" or subj.tag_ in _WH_TAGS or subj.lower_ in _RELATIVE or subj.i > verb.i:
        return None
    head = verb.head
    if head.pos_ != "PROPN" or head.i > subj.i:
        return None
    for r in head.children:
        if r.dep_ == "relcl" and r != verb and head.i < r.left_edge.i < subj.i and r.i < verb.i \
                and r.left_edge.tag_ in _WH_TAGS:
            return head
    return None


def owner_of_noun_before_participle(verb: "Token", subj: "Token") -> "Token | None":
    """``The judge stated her objection to the plan saying ...``: a participle parsed with the
    object of the verb before it as its subject; a thing the subject's own pronoun possesses
    (``her objection``) says nothing: the subject of that verb speaks. A document (``his letter
    saying``) speaks for itself, and a thing of another (``Y's plan saying``) is left alone."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("ccomp", "xcomp", "advcl") or subj.pos_ != "NOUN" \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            or subj.lemma_.lower() in _NOT_THINGS \
            or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):  # not "Y's letter saying"
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in _NOUNS), None)


def conjoined(verb: "Token", governor: "Token", only: bool = False) -> bool:
    """``verb`` is a conjunct of ``governor`` (``X cited Y and said``), not words it quotes
    (``X quoted Y as saying``): the subject of both speaks, not what the first one cites. With
    ``only``, nothing but conjuncts lies between them (``X was puzzled, laughed and said``)."""
    x = verb
    while x != governor and x.head != x:
        if x.dep_ == "conj" and not only:
            return True
        if x.dep_ != "conj" and only:
            return False
        x = x.head
    return only and x == governor and x != verb


def passive_verb(verb: "Token") -> bool:
    """A verb that may be in the passive: with its own passive auxiliary, a bare past participle
    joined to a passive verb, which shares its auxiliary, or a verb of telling with an infinitive
    and no one it tells (``X was placed on alert and told to ...``, however the tagger takes it)."""
    return any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)) or (
        any(c.dep_ == "xcomp" for c in verb.children) and not any(c.dep_ in ("dobj", "dative") for c in verb.children))


def clause_before_participle(verb: "Token", outside: list[tuple[int, int]]) -> "list[Token]":
    """The subjects of the clause a speech participle trails when the parse gave the participle
    no speaker: ``X defended the actions of the crowd saying "..."`` (hung on the thing the
    clause acts on), ``X believes the arms were taken from Y, stating "..."`` (hung on a verb
    in the passive or one whose subject is a thing), ``X paid tribute to her saying "..."``
    (given the object of a preposition for its subject). From the participle up the parse,
    through such things and verbs, to the first verb before it whose subject may speak: its
    subjects. None when the participle has an auxiliary or a subject of its own, when the way
    up passes a person or a body in the passive, a noun for someone or something that has words
    of its own (``a letter stating``, ``a bill saying``), a quotation or a verb after the
    participle."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return []
    own = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if own and not (verb.dep_ == "pobj" and all(c.lower_ in _OBJECT_PRONOUNS for c in own)):
        return []
    x = verb
    for _ in range(10):
        if x.head == x:
            return []
        x = x.head
        if x.i > verb.i or in_any(x, outside):
            return []
        if x.pos_ in ("ADP", "ADJ"):
            continue
        if x.pos_ == "NOUN":
            if x.lemma_.lower() in _NOT_PASSED or x.lower_ in _WORDING:
                return []
            continue
        if x.pos_ not in ("VERB", "AUX"):
            return []
        subjects = [c for c in x.children if c.dep_ in _SUBJECTS and not in_any(c, outside)]
        if any(s.dep_ == "nsubjpass" and not thing_noun(s) for s in subjects):
            return []
        active = [s for s in subjects if s.dep_ == "nsubj"]
        if active and not all(thing_noun(s) for s in active):
            return active
    return []


def thing_noun(tok: "Token") -> bool:
    """A common noun for something that does not speak (``the arms``, ``a possible vaccine``),
    written in lower case (not a name the tagger took for a noun)."""
    return tok.pos_ == "NOUN" and tok.text[:1].islower() and tok.lemma_.lower() not in _NOT_THINGS and tok.lower_ not in _NOT_THINGS


def in_any(token: "Token", ranges: list[tuple[int, int]]) -> bool:
    """Whether the token starts inside one of the character ranges (quotations, mostly)."""
    if not ranges:  # most paragraphs quote nobody
        return False
    idx = token.idx
    for a, b in ranges:  # a plain loop: called for most tokens, where a generator costs more than the test
        if a <= idx < b:
            return True
    return False
