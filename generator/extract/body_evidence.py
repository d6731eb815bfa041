"""Whether a name the tagger alone took for an organisation is no body.

The tagger types as organisations names that are no body: feelings ("Anger"), operations,
adjectives, a person's first name ("the Donald"), one word after "the" that it took for a person's.
A body shows itself by what it is or what it does: a head word of a body in its name
("... Institution", "... Party"), the capitals of an acronym ("NATO", "MSNBC"), a short form the
article gives it, or a part in the sentence that a body takes: the doer of a body's verb ("Globex
said", "Globex sought a buyer"), an owner ("Globex's chief"), the body a role belongs to ("a
spokesman for Globex", "Globex analysts"), a source ("according to Globex") or the object of a
verb such as "told" or "joined". One word after "the", or a name with a sign against it, that
shows none of these is no organisation; a feeling, an operation or a first name never is one.
"""
from __future__ import annotations

import re

from generator import lexicon
from generator.extract.names import ORG_WORDS, Entity, Mention, compound_name
from generator.extract.roles import is_role_word

_HEAD_WORDS = ORG_WORDS | lexicon.words("body_name_words") | lexicon.words("org_kinds")
_GROUP_NOUNS = lexicon.words("group_nouns")
_OBJECT_VERBS = lexicon.words("body_object_verbs")
_SUBJECT_VERBS = lexicon.words("body_verbs") | lexicon.having("speech_verbs", "cue")
_TIE_WORDS = lexicon.words("body_tie_words")
_PRODUCTS = lexicon.words("body_product_nouns") | lexicon.words("document_nouns")
_NOT_BODY_NAMES = lexicon.words("not_body_names")
# The rules by which the tagger's label alone makes a body.
_TAGGER_RULES = ("actor.tagger-organization", "actor.the-single-name-body")


def unsupported_bodies(entities: list[Entity], gaz) -> list[Entity]:
    """The organisations among ``entities`` that only the tagger's label makes one and that are no body:
    one word after "the" with no sign of a body, or a name with a sign against it (an adjective, a
    feeling, an operation, a word of a person's name) and none for it. A name a person's role holds
    ("Globex spokesman") is a body's."""
    roles = " ".join(e.role for e in entities if e.kind == "person" and e.role).lower()
    person_words = {w for e in entities if e.kind == "person" and " " in e.name
                    for w in e.name.split() if w.istitle() and len(w) > 2}
    return [e for e in entities if _unsupported(e, gaz, person_words)
            and not re.search(r"(?<!\w)" + re.escape(e.name.lower()) + r"(?!\w)", roles)]


def _unsupported(ent: Entity, gaz, person_words: set[str]) -> bool:
    if ent.kind != "organization" or not ent.mentions or ent.aliases:
        return False
    if any(m.strong or not m.rule.startswith(_TAGGER_RULES) or m.retyped for m in ent.mentions):
        return False
    words = ent.name.split()
    of_person = len(words) == 1 and (ent.name in person_words
                                     or ent.name[-1:] == "s" and ent.name[:-1] in person_words)
    against = words[0].lower() in _NOT_BODY_NAMES or of_person \
        or len(words) == 1 and all(m.sent.doc[m.start].pos_ == "ADJ" for m in ent.mentions)
    if not against and not all(m.rule == "actor.the-single-name-body" for m in ent.mentions):
        return False
    if of_person or words[0].lower() in _NOT_BODY_NAMES:
        return True  # "Donald", "the Lindts", "Operation Granite Shield", "Anger": whatever it does
    return not _named_as_body(ent.name, gaz) and not any(_acts_as_body(m) for m in ent.mentions)


def _named_as_body(name: str, gaz) -> bool:
    if compound_name(name, gaz):
        return True  # "Lashkar-e-Watan": a proper name of three hyphenated parts
    words = name.replace("-", " ").split()
    if any(w.lower().strip(".,'") in _HEAD_WORDS for w in words):
        return True
    # an acronym or a name with capitals inside ("NATO", "U.N.", "MSNBC", "YouTube")
    return any(sum(ch.isupper() for ch in w) >= 2 for w in words)


def _acts_as_body(m: Mention) -> bool:
    doc = m.sent.doc
    root = next((t for t in doc[m.start:m.end] if not m.start <= t.head.i < m.end or t.head is t), None)
    if root is None:
        return False
    while root.dep_ == "appos" and root.head is not root:
        root = root.head
    if m.end - m.start == 1 and root.pos_ == "ADJ":
        return False  # "Islamophobic", "Digital": an adjective is no body
    if m.start >= 2 and doc[m.start - 1].text == "(" and m.end < len(doc) and doc[m.end].text == ")" \
            and doc[m.start - 2].is_upper and doc[m.start - 2].i == m.sent.start:
        return True  # "HAVENPORT (Globex) -": the agency of a dateline
    if root.dep_ == "poss" or m.end < len(doc) and doc[m.end].text in ("'s", "\u2019s", "'"):
        return True  # "Globex's chief"
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _SUBJECT_VERBS:
        return True  # "Globex said", "Globex sought a buyer"
    if root.dep_ == "pobj" and head.dep_ == "agent":
        return True  # "was sued by Globex"
    if root.dep_ in ("compound", "nmod") and (is_role_word(head.text) or head.lower_ in _GROUP_NOUNS
                                              or head.lower_ in _HEAD_WORDS or head.lower_ in _PRODUCTS):
        return True  # "Globex analysts", "a Globex spokesman", "the Northvale state government", "a Globex poll"
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        members = [root.head] if root.dep_ == "conj" else []
        members += [c for c in root.children if c.dep_ == "conj"]
        if any(t.ent_type_ == "ORG" and not m.start <= t.i < m.end for t in members):
            return True  # "ties to Globex and Initech": listed with another body
    if root.dep_ in ("dobj", "dative") and head.lemma_.lower() in _OBJECT_VERBS:
        return True  # "told Globex", "joined Globex"
    if root.dep_ == "pobj":
        governor = head.head
        if head.lower_ == "to" and governor.lower_ == "according":
            return True  # "according to Globex"
        if head.lower_ in ("for", "at", "of", "from", "with") and is_role_word(governor.text):
            return True  # "a spokesman for Globex", "an analyst at Globex", "chairman of Globex"
        if head.lower_ in ("to", "with") and governor.lower_ in _TIE_WORDS:
            return True  # "ties to Globex", "linked with Globex"
        if head.lower_ in ("for", "at", "with") and governor.ent_type_ == "PERSON":
            return True  # "Ana Lind at Globex"
        if head.lower_ in ("for", "at") and governor.lemma_.lower() == "work":
            return True  # "works for Globex"
    return False

