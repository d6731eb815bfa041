"""Roles given to the names of a list: a plural title before it (``photographers A, B and C``,
``Sens. A (D-Vt.) and B (R-Tex.)``), or a plural role noun that the list gives examples of
(``photographers such as A and B``). Read by :mod:`generator.extract.role_phrases`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.provenance import rule
from generator.extract.roles import Role, is_role_word, rank, singular_role

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

# Prepositions that join a role noun to the body or place it serves: "the ministers of Chile".
_OWNER_PREPS = {"of"} | set(lexicon.table("role_owner_prepositions").values())
# "(D-Vt.)", "(R-TX)", "(Vt.)": a party's initial and a state after a lawmaker's name.
PARTY_AND_PLACE = re.compile(r"\((?:[A-Z]\s*-\s*)?([A-Z][A-Za-z. ]{1,20})\)")


def name_start(doc: "Doc", k: int, sent: "Span") -> int:
    """The first token of the capitalised proper name that ends at token ``k``."""
    while k - 1 >= sent.start and doc[k - 1].text[:1].isupper() and doc[k - 1].pos_ == "PROPN":
        k -= 1
    return k


def list_start(doc: "Doc", end: int, sent: "Span") -> int:
    """Where the name starts that heads the list the name ending at ``end`` is in: the first name, or the
    nearest one before it with an owner of its own (``A's B, C's D and E``: E goes with D)."""
    tok = doc[end - 1]
    seen = 0
    k = tok.i
    while tok.dep_ == "conj" and tok.head.i < tok.i and seen < 8:
        tok = tok.head
        seen += 1
        k = name_start(doc, tok.i, sent)
        if k - 1 >= sent.start and doc[k - 1].text in ("'s", "\u2019s"):
            break
    return k


def _list_head(doc: "Doc", end: int, sent: "Span") -> tuple[int, int]:
    """Where the first name of the list that the name ending at ``end`` is in starts, and how
    many names stand before it in the list (0 when it is not in a list)."""
    tok = doc[end - 1]
    seen = 0
    while tok.dep_ == "conj" and tok.head.i < tok.i and seen < 8:
        tok = tok.head
        seen += 1
    return name_start(doc, tok.i, sent), seen


def list_position(doc: "Doc", end: int, sent: "Span") -> tuple[int, int, int]:
    """Where the list that the name ending at ``end`` is in starts, the name's place in it (from 0)
    and how many names it holds (1 when the name stands alone)."""
    tok = doc[end - 1]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    names = [tok]
    for t in names:
        names.extend(c for c in t.children if c.dep_ == "conj" and c.i > t.i and len(names) < 9)
    order = sorted(t.i for t in names)
    return name_start(doc, tok.i, sent), order.index(end - 1) if end - 1 in order else 0, len(order)


def title_of_list(doc: "Doc", end: int, sent: "Span") -> Role | None:
    """``photographers A, B and C``: the plural title before a list gives each name in it its role."""
    k, seen = _list_head(doc, end, sent)
    if not seen:
        return None
    if k - 1 < sent.start:
        return None
    word = doc[k - 1].text
    if is_role_word(word) and not singular_role(word) and plain_or_capitalised_title(doc, k - 1, sent):
        return rule("role.plural-title-before-list"), [singular(word)]
    return None


# Left modifiers of a plural role noun that belong to each holder's title: "two Globex engineers", "the Greek ministers".
_TITLE_DEPS = ("compound", "amod")


def title_over_appositive_list(doc: "Doc", end: int, sent: "Span") -> Role | None:
    """``two engineers, A and B``, ``the judges of the high court, A and B``: a list set after a
    plural role noun and a comma, in apposition to it, gives each name in the list the noun's title,
    with the modifiers before the noun that name whose ("Globex engineers") and its complement after it
    ("of Chile"); only to a name the tagger knows for a person's, since what stands after a plural
    noun and a comma is as often a list of things."""
    k, _ = _list_head(doc, end, sent)
    first = doc[end - 1]
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    noun = first.head
    if first.dep_ != "appos" or not sent.start <= noun.i < k - 1 or doc[k - 1].text != "," \
            or doc[end - 1].ent_type_ != "PERSON" \
            or noun.tag_ not in ("NNS", "NNPS") or not is_role_word(noun.text) or singular_role(noun.text) \
            or any(t.text in (";", ":", "(", ")") for t in doc[noun.i:k]):
        return None
    lead = noun.i
    while lead - 1 >= sent.start and doc[lead - 1].head.i == noun.i and doc[lead - 1].dep_ in _TITLE_DEPS \
            and doc[lead - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
        lead -= 1
    if lead - 1 >= sent.start and doc[lead - 1].lower_ in ("and", "or", ","):
        return None  # "the Greek and French ministers, A and B": which holds which office is not said
    words = [t.text for t in doc[lead:noun.i]] + [singular(noun.text)]
    tail = doc[noun.i + 1:k - 1]
    if len(tail) and tail[0].head.i == noun.i and tail[0].dep_ == "prep" and tail[0].lower_ in _OWNER_PREPS \
            and all(t.head.i != noun.i or t.i == tail[0].i for t in tail) and len(tail) <= 8:
        if any(t.lower_ in ("and", "or", ",") for t in tail):
            return None  # "the ministers of Chile and Peru, A and B": each holds one of the offices
        words += [t.text for t in tail]
    return rule("role.plural-appositive-list"), words


def _plural_rank(doc: "Doc", i: int) -> str | None:
    """The title a plural abbreviated rank ending at token ``i`` stands for: "Sens." -> "Senator"."""
    if i >= 0 and doc[i].text == ".":
        i -= 1
    word = doc[i].text.rstrip(".") if i >= 0 else ""
    if not (word[:1].isupper() and word.endswith("s") and not rank(word)):
        return None
    full = rank(word[:-1])
    return full if full and full.lower() != word[:-1].lower() else None


def plural_rank_before_list(doc: "Doc", start: int, sent: "Span") -> Role | None:
    """``Sens. A (D-Vt.), B (R-Tex.) and C (D-Ore.)``: a plural abbreviated rank before a list of names,
    each with its party and place in brackets (which the parser rarely reads as one list), gives
    each name the rank's title."""
    k = start
    for _ in range(12):
        full = _plural_rank(doc, k - 1)
        if full is not None and k - 1 >= sent.start:
            return rule("role.plural-title-before-list"), [full]
        j = k - 1
        if j >= sent.start and doc[j].lower_ == "and":
            j -= 1
        if j >= sent.start and doc[j].text == ",":
            j -= 1
        if j == k - 1 or j < sent.start or doc[j].text != ")":
            return None
        opening = next((n for n in range(j - 1, max(sent.start, j - 9) - 1, -1) if doc[n].text == "("), None)
        if opening is None or not PARTY_AND_PLACE.fullmatch(doc[opening:j + 1].text):
            return None
        k = name_start(doc, opening - 1, sent)
        if k >= opening or not doc[opening - 1].text[:1].isupper():
            return None
    return None


def plain_or_capitalised_title(doc: "Doc", i: int, sent: "Span") -> bool:
    """Whether the word at ``i`` is written as a plain word ("photographers") or as a title of its own
    ("Senators A and B"), not as the last word of a capitalised name ("Party Officials")."""
    word = doc[i].text
    return word.islower() or word.istitle() and (i - 1 < sent.start or not doc[i - 1].text[:1].isupper()
                                                 or doc[i - 1].ent_type_ in ("DATE", "TIME"))  # "on Sunday Presidents A and B"


# Words that open a list of examples of what a plural noun names: "photographers such as A and B".
_EXAMPLE_WORDS = lexicon.words("example_words")


def title_of_examples(doc: "Doc", end: int, sent: "Span") -> Role | None:
    """``photographers who used it, such as A, B and C``: the plural role noun a list of examples follows
    gives each name in the list its role; it must stand a few words before, with no stop between."""
    k = _list_head(doc, end, sent)[0] - 1
    if k >= sent.start and doc[k].lower_ == "as" and k - 1 >= sent.start and doc[k - 1].lower_ == "such":
        k -= 1
    elif not (k >= sent.start and doc[k].lower_ in _EXAMPLE_WORDS):
        return None
    if k - 1 >= sent.start and doc[k - 1].text == ",":
        k -= 1
    for i in range(k - 1, max(sent.start, k - 8) - 1, -1):
        word = doc[i].text
        if word in (";", ":", "(", ")") or doc[i].pos_ == "PROPN":
            return None
        if word.islower() and is_role_word(word) and not singular_role(word):
            return rule("role.examples-after-plural-noun"), [singular(word)]
    return None



def singular(word: str) -> str:
    if word.lower().endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.lower().endswith("s") else word
