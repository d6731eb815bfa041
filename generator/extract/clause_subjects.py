"""Subjects the parse gives a speech verb that are no speaker's: a noun inside an earlier relative
clause the writer left open, a thing the subject possesses taken for the subject of a participle.
Read by :func:`generator.extract.speech.subject_and_rule`.
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
_NOUNS = ("NOUN", "PROPN", "PRON", "NUM")

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
