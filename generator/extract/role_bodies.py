"""The body or place a person is written as belonging to: an employer written as the owner of a
name (``the Herald's Tom Reyes``), a place so written (``Chile's Ana Rojas``), a body after the name
joined by a preposition or set off by commas (``Ana Lind of the Sailing Club``; ``Tom Reyes, from
Globex, said``) and the place of an office after it (``Senator X of Vermont``, ``Sen. X (D-Vt.)``).
Read by :mod:`generator.extract.role_phrases`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.names import GIVEN_NAMES
from generator.extract.provenance import rule
from generator.extract.role_lists import PARTY_AND_PLACE, list_start
from generator.extract.roles import Role, rank, singular_role

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

_PLACE_SHORT_FORMS = lexicon.table("place_short_forms")


def place_after(doc: "Doc", end: int, sent: "Span") -> list[str] | None:
    """The place right after a name, joined by "of" or in brackets with a party's initial: ``Senator
    Ana Lind of Vermont``, ``Sen. Ana Lind (D-Vt.)`` (the place of her office)."""
    if end < sent.end and doc[end].text == "(":
        close = next((j for j in range(end + 1, min(end + 9, sent.end)) if doc[j].text == ")"), None)
        match = close and PARTY_AND_PLACE.fullmatch(doc[end:close + 1].text)
        if not match:
            return None
        short = match.group(1).strip()
        full = _PLACE_SHORT_FORMS.get(short) or _PLACE_SHORT_FORMS.get(short.rstrip(".") + ".")
        if full is None and short in _PLACE_SHORT_FORMS.values():
            full = short  # "(R-Texas)"
        return full.split() if full else None
    k = end + 1
    if k >= sent.end or doc[end].lower_ != "of" or doc[k].ent_type_ != "GPE" or doc[k].ent_iob_ != "B":
        return None
    j = k + 1
    while j < sent.end and doc[j].ent_iob_ == "I":
        j += 1
    return [t.text for t in doc[k:j]]


def employer(doc: "Doc", start: int, end: int, sent: "Span") -> Role | None:
    """``the Herald's Tom Reyes``: a body written as the owner of a name; ``the Alliance's A and B``: B
    is the Alliance's too."""
    owned = start
    if doc[end - 1].dep_ == "conj" and not (start > sent.start and doc[start - 1].text in ("'s", "\u2019s")):
        owned = list_start(doc, end, sent)
    if _names_a_thing(doc[end - 1]):
        return None  # "the agency's Kestrel telescope": the body owns the telescope, not a person
    if owned - 2 >= sent.start and doc[owned - 1].text in ("'s", "\u2019s") and doc[owned - 2].ent_type_ == "ORG":
        k = owned - 2
        while k - 1 >= sent.start and doc[k - 1].ent_type_ == "ORG" and doc[k].ent_iob_ != "B":
            k -= 1
        return rule("role.employer-possessive"), [t.text for t in doc[k:owned - 1] if t.lower_ != "the"]
    return None


# Words that may close a body set off by a comma after a name: the aside's end, or a clause on the body.
_ASIDE_ENDS = (",", ".", ";", ")", "\u2014", "\u2013")
_RELATIVE = lexicon.words("relative_pronouns")


def affiliation_aside(doc: "Doc", end: int, sent: "Span") -> list[str] | None:
    """A body named after a comma and "of" or "from", closed by a pause or a clause on the body:
    ``Ana Lind, of the Delmar Rowing Club, said``, ``Tom Reyes, from the Halvard Trust which ...``.
    The body must be a name the tagger takes for an organisation's, not a place: "X, of Delmar,"
    says where X lives."""
    if end + 2 >= sent.end or doc[end].text != "," or doc[end + 1].lower_ not in ("of", "from"):
        return None
    k = end + 2 + (doc[end + 2].lower_ == "the")
    if k >= sent.end or doc[k].ent_type_ != "ORG":
        return None
    body = affiliation(doc, end + 1, sent)
    if not body:
        return None
    after = k + len(body)
    if doc[k:after].text.split() != body and [t.text for t in doc[k:after]] != body:
        return None  # the words found are not the name that stands there
    if after < sent.end and doc[after].text not in _ASIDE_ENDS and doc[after].lower_ not in _RELATIVE:
        return None  # "X, of the Delmar Club's youth team": the body is only part of the aside
    return body


def _names_a_thing(last: "Token") -> bool:
    """Whether a name is a modifier of a common noun after it that names no one ("Kestrel
    telescope", "Vale observatory"), so that what is written before the name is that noun's."""
    head = last.head
    return last.dep_ == "compound" and head.i > last.i and head.pos_ == "NOUN" and head.text.islower() \
        and not singular_role(head.text)


def owner_country(doc: "Doc", start: int, sent: "Span") -> list[str] | None:
    """The place written as a person's owner: ``Chile's Ana Rojas`` (for a name already known as a person's)."""
    if start - 2 >= sent.start and doc[start - 1].text in ("'s", "\u2019s") and doc[start - 2].ent_type_ == "GPE":
        k = start - 2
        while k - 1 >= sent.start and doc[k - 1].ent_type_ == "GPE" and doc[k].ent_iob_ != "B":
            k -= 1
        return [t.text for t in doc[k:start - 1] if t.lower_ != "the"]
    return None


def affiliation(doc: "Doc", end: int, sent: "Span") -> list[str] | None:
    """The body a person is written as belonging to: ``X of the Sailing Club``, ``X at Globex``."""
    k = end
    if k + 1 >= sent.end or doc[k].lower_ not in ("of", "from"):
        return None
    k += 1
    if doc[k].lower_ == "the" and k + 1 < sent.end:
        k += 1
    j = k
    owner = _possessive_owner(doc, k, sent)
    if owner:  # "X of the Freedonian Republic's Crime Agency": the agency, not its country
        j = owner
    while j < sent.end and doc[j].ent_type_ == "ORG" and (j == k or j == owner or doc[j].ent_iob_ == "I"):
        j += 1
    if j == owner:
        j = k
    longest = 8  # words of a body's name
    if k + 1 < j + 1 < sent.end and doc[j].lower_ == "and" and doc[j - 2].lower_ == "of":
        n = j + 1  # "the School of Marine | and Atmospheric Science": "and" inside the body's "of"
        while n < sent.end and n - j <= 3 and doc[n].pos_ == "PROPN" and doc[n].text.istitle() \
                and doc[n].ent_type_ not in ("GPE", "LOC", "NORP", "DATE") and doc[j + 1].lower_ not in GIVEN_NAMES \
                and not singular_role(doc[n].text) and not rank(doc[n].text):
            n += 1  # not "of the Port Museum of Ostra and Ines Kalder" nor "of the Velmar Academy of Music and Professor Amsel"
        if n > j + 1 and (n == sent.end or not doc[n].text[:1].isupper()):
            j, longest = n, 12
    joined = j
    while j > k and _joins_name(doc, j, sent):
        j += 2  # "the Yale–Delmar Centre for Ocean Studies", whose name the tagger ended at the dash
        while j < sent.end and (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() or doc[j].lower_ in ("for", "of")
                                and j + 1 < sent.end and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper()):
            j += 1
    if j == k and doc[k].text.isupper() and doc[k].is_alpha and 2 <= len(doc[k].text) <= 6 \
            and doc[k].ent_type_ != "NORP":
        j = k + 1  # an acronym the tagger left untyped or took for a place: "X of the ABC"
    if j == k:
        # a name the tagger left untyped, closed by a pause: "X of the Green Democrats, Y of ..."
        while j < sent.end and j - k < 4 and doc[j].pos_ == "PROPN" and doc[j].text.istitle() \
                and doc[j].ent_type_ not in ("PERSON", "GPE", "LOC", "DATE"):
            j += 1
            if _joins_name(doc, j, sent):
                j += 1  # "X of the Delmar–Halvard Institute"
                joined = k
        if j == k or j - k == 1 and doc[k].ent_type_ == "NORP" or j < sent.end and not (doc[j].text in (",", ".", ";", ")") or doc[j].lower_ == "and"
                                           or doc[j].pos_ in ("VERB", "AUX")):
            j = k
    if j == k or j - k > longest or not doc[k].text[:1].isupper():
        return None
    words = doc[k:j].text.split() if j > joined else [t.text for t in doc[k:j]]
    while words and words[-1] in ("'s", "\u2019s", ",", "."):
        words.pop()
    return words or None


# Dashes written without spaces inside a body's name: "Yale–Delmar", "Globex-Acme".
_JOINING_DASHES = ("-", "\u2013")


def _joins_name(doc: "Doc", j: int, sent: "Span") -> bool:
    """Whether token ``j`` is a dash written without spaces between two words of a name."""
    return sent.start < j and j + 1 < sent.end and doc[j].text in _JOINING_DASHES and not doc[j - 1].whitespace_ \
        and not doc[j].whitespace_ and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper()


def _possessive_owner(doc: "Doc", k: int, sent: "Span") -> int | None:
    """Where a body's name starts after the place written as its owner at ``k`` (``Chile's
    Competition Bureau``); None when no place and possessive stand there."""
    g = k
    while g < sent.end and doc[g].ent_type_ == "GPE" and (g == k or doc[g].ent_iob_ == "I"):
        g += 1
    if g == k or g + 1 >= sent.end or doc[g].text not in ("'s", "\u2019s") or doc[g + 1].ent_type_ != "ORG":
        return None
    return g + 1
