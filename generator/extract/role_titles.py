"""Titles written before a name: a rank (``Brig. Gen. X``), a title with the body or place it
serves (``Secretary of State X``, ``Ambassador to Chile X``), a title of one or more words
(``Turkish foreign minister X``, ``chief of staff X``), and a plural title before a list of names
(``photographers X, Y and Z``). Read by :mod:`generator.extract.role_phrases`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.names import ORG_WORDS
from generator.extract.provenance import rule
from generator.extract.role_lists import plain_or_capitalised_title, singular
from generator.extract.roles import (KIN_NOUNS, TITLE_MODIFIERS, Role, is_role_word, rank, singular_role, tenure_word,
                                     title_word, word_at)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

# Portfolios a title may name two of: "trade and industry minister X".
_PORTFOLIOS = lexicon.words("portfolios")


def rank_title(tok) -> bool:
    """A rank written as a title: "Major X", "Maj. X"; not "a major X program"."""
    return bool(rank(tok.text)) and (tok.text[:1].isupper() or tok.text.endswith("."))


def ranks_before(doc: "Doc", start: int) -> list[str]:
    """Ranks before a name, even where the tagger ended a sentence at their full stop: "Brig. Gen. X", "Spc. X"."""
    i = start - 1
    ranks: list[str] = []
    while i >= 0 and (rank_title(doc[i]) or doc[i].text == "." and i - 1 >= 0 and rank(doc[i - 1].text)) \
            and not (i >= 1 and doc[i - 1].text == "-" and doc[i - 1].whitespace_ == ""):  # not "ex-Gov."
        if doc[i].text != ".":
            ranks.insert(0, doc[i].text)
        i -= 1
    return ranks


def title_of(doc: "Doc", start: int, sent: "Span") -> Role | None:
    """``Secretary of State X``, ``President of the Opposition Bharatiya Janata Party X``, ``Ambassador to Chile X``,
    ``Special Envoy for Peru X``."""
    i = start - 1
    k = i
    while k > sent.start and doc[k].text[:1].isupper() and not singular_role(doc[k].text) and k > start - 7:
        k -= 1  # a body's name may hold a plural role noun: "President of the Farmers Union X"
    if k < i and k - 1 >= sent.start and doc[k].lower_ in ("of", "the", "to", "for"):
        if doc[k].lower_ == "the" and k - 1 >= sent.start and doc[k - 1].lower_ in ("of", "to", "for"):
            k -= 1
        if doc[k].lower_ in ("of", "to", "for") and k - 1 >= sent.start and is_role_word(doc[k - 1].text) \
                and (doc[k - 1].text[:1].isupper() or named_owner_before(doc, k, start)) \
                and (doc[k].lower_ != "for" or doc[start].ent_type_ == "PERSON"):
            j = k - 1
            # a word of the title may open the sentence ("Prime Minister of ..."), another capitalised one not
            while j - 1 >= sent.start and (doc[j - 1].lower_ in TITLE_MODIFIERS or doc[j - 1].text[:1].isupper()
                                           and doc[j - 1].pos_ in ("PROPN", "ADJ") and not doc[j - 1].is_sent_start):
                j -= 1
            return rule("role.title-of-body-before-name"), [t.text for t in doc[j:start]]
    return None


_BODY_LABELS = ("ORG", "GPE", "FAC", "LOC")


def title_of_tagged_body(doc: "Doc", start: int, sent: "Span") -> Role | None:
    """``head of the Corvan Institute for Coastal Studies Ana Lind``, ``President of Delmar Savings and Loan
    Bank (DSLB) Tom Reyes``: a title whose "of", "for" or "to" takes one body or place that the tagger
    names whole, words in lower case and all, ending right at the person's name the tagger names (its
    initials in brackets may stand between); the initials are no part of the role."""
    if doc[start].ent_type_ != "PERSON" or doc[start].ent_iob_ != "B" or start + 1 >= len(doc) \
            or doc[start + 1].ent_iob_ != "I":
        return None  # a name of two words or more, that the tagger opens here
    i = start - 1
    if start == sent.start and start > 0 and doc[i].text == ")":
        sent = doc[i].sent  # the parser may end a sentence at the bracket
    if i - 2 > sent.start and doc[i].text == ")" and doc[i - 2].text == "(" \
            and doc[i - 1].text.isupper() and doc[i - 1].is_alpha:
        i -= 3  # "(DSLB)"
    if i - 2 < sent.start or doc[i].ent_type_ not in _BODY_LABELS:
        return None
    b = i
    while b > sent.start and doc[b].ent_iob_ == "I":
        b -= 1
    if doc[b].ent_iob_ != "B" or i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I" and i + 1 < start:
        return None  # the body's name must end where its initials or the person's name begin
    if not any(t.lower_ in ORG_WORDS for t in doc[b:i + 1]) or any(t.tag_ == "POS" for t in doc[b:i + 1]):
        return None  # a body by a word of its kind: not "the Harbour Tour's", nor "the Velm | Ana Forecast"
    of = b - 1 if doc[b].lower_ == "the" else b - 2 if b - 1 > sent.start and doc[b - 1].lower_ == "the" else b - 1
    if of - 1 < sent.start or doc[of].lower_ not in ("of", "for", "to") or not singular_role(doc[of - 1].text):
        return None
    j = of - 1
    while j - 1 >= sent.start and (doc[j - 1].lower_ in TITLE_MODIFIERS or doc[j - 1].text[:1].isupper()
                                   and doc[j - 1].pos_ in ("PROPN", "ADJ") and not doc[j - 1].is_sent_start):
        j -= 1
    if j - 1 >= sent.start and doc[j - 1].text[:1].isupper() and not doc[j - 1].is_sent_start:
        return None  # "Under Secretary of ...": a word of the title not read as one, which would change the office
    return rule("role.title-of-tagged-body-before-name"), [t.text for t in doc[j:i + 1]]


def named_owner_before(doc: "Doc", k: int, start: int) -> bool:
    """``the ambassador to Peru X``: a title written in lower case may run on to a name when what
    its preposition at ``k`` takes is one place or body the tagger names, ending right at the name,
    and the name is a person's; after "the" only a place, since a body's name may go on into what
    the tagger took for a person's."""
    owner = doc[k + 1:start]
    if len(owner) > 1 and owner[0].lower_ == "the":
        if owner[1].ent_type_ != "GPE":
            return False  # after "the", the tagger's person may be the end of a body's name
        owner = owner[1:] if owner[0].ent_iob_ != "B" else owner
    return singular_role(doc[k - 1].text) and doc[start].ent_type_ == "PERSON" and doc[start].ent_iob_ == "B" \
        and len(owner) > 0 and owner[0].ent_iob_ == "B" and all(t.ent_type_ in ("GPE", "ORG") for t in owner) \
        and all(t.ent_iob_ == "I" for t in owner[1:])


def title_before(doc: "Doc", start: int, sent: "Span", end: int | None = None) -> Role | None:
    """``Turkish foreign minister X``, ``US Army Colonel X``; ``photographers X, Y and Z`` when X starts a list."""
    i = start - 1
    if i - 1 >= sent.start and doc[i].text == "." and rank(doc[i - 1].text):
        i -= 1
    plural = i >= sent.start and plain_or_capitalised_title(doc, i, sent) and is_role_word(doc[i].text) \
        and not singular_role(word_at(doc, i)) and end is not None and end < sent.end \
        and (doc[end].text in (",", "and") or any(c.dep_ == "conj" for c in doc[end - 1].children))  # "photographers A, B and C"
    if i >= sent.start and not title_word(doc[i]):
        return None  # "a major Dunmore donation"
    joined = joined_title(doc, start, sent)
    if joined or i >= sent.start and (singular_role(word_at(doc, i)) or rank(doc[i].text) or plural) \
            and not doc[i].text[:1] in ",;":
        j = start - joined if joined else i
        while j - 1 >= sent.start:
            prev = doc[j - 1]
            if prev.lower_ in ("in", "of") and j - 2 >= sent.start and doc[j - 2].text[:1].isupper() \
                    and doc[j].text[:1].isupper() and doc[j - 2].pos_ == "PROPN" and not singular_role(doc[j].text):
                j -= 1  # "al-Qaeda in Iraq leader": a name with a preposition inside; not "Chief of Staff of | Senator"
                continue
            if prev.lower_ == "and" and j - 2 >= sent.start and doc[j - 2].text.islower() and not tenure_word(doc[j]) \
                    and (singular_role(doc[j - 2].text) or doc[j - 2].text in _PORTFOLIOS
                         and doc[j].tag_ in ("NN", "JJ") and doc[j].text.islower()):
                j -= 1  # "academic and professor X"; "trade and industry minister X" holds one portfolio of two
                continue
            if prev.pos_ in ("DET", "ADP", "VERB", "AUX", "PUNCT", "CCONJ", "PRON", "SCONJ", "NUM") \
                    and prev.text not in ("'s", "\u2019s", "-") and not rank(prev.text) and not tenure_word(prev) \
                    and not (prev.pos_ == "PRON" and prev.text.isupper() and len(prev.text) > 1):  # "WHO director X"
                break
            if prev.ent_type_ in ("DATE", "TIME") and doc[j].ent_type_ not in ("DATE", "TIME"):
                break  # "In May Peruvian President X": when, not which office
            if prev.lower_ in KIN_NOUNS and doc[j].text[:1].isupper():
                break  # "his wife Senator X": whose wife she is, not her office
            if prev.head.i < prev.i < i and prev.text[:1].islower() and prev.pos_ != "PART" \
                    and prev.dep_ not in ("conj", "cc") and not prev.left_edge.i <= i <= prev.right_edge.i \
                    and not (doc[j].text == "-" and not prev.whitespace_):  # "co-author"
                break  # "Mayor Y sacks aide X": a word that belongs to what stands before it, not the title
            if prev.text[:1].islower() and prev.pos_ not in ("ADJ", "NOUN", "PROPN", "PART") and not tenure_word(prev) \
                    and not (doc[j].text == "-" and prev.whitespace_ == ""):  # "left-wing"
                break
            j -= 1
        while j < i and doc[j].pos_ == "CCONJ":
            j += 1  # "lawyer Y for mayor and engineer X": the title is the one before the name
        k = j
        while k < i and doc[k].is_alpha and doc[k].text.islower() and not tenure_word(doc[k]) and not _title_part(doc[k]):
            k += 1
        if j < k < i and doc[k].text[:1].isupper():
            j = k  # "a helpless Athletic keeper X": a plain word before the owner's name tells no office
        if not plural:
            i = _before_own_rank(doc, j, i, sent)
        words = [t.text for t in doc[j:i + 1]]
        if plural:
            words[-1] = singular(words[-1])
        return rule("role.plural-title-before-list" if plural else "role.title-before-name"), words
    return None


# Titles whose last word is also a rank: "Attorney General", "Sergeant Major".
_RANK_ENDED_TITLES = lexicon.words("rank_ended_titles")


def _before_own_rank(doc: "Doc", j: int, i: int, sent: "Span") -> int:
    """Where a title before a name ends when the rank of the name runs on after it: "Prime Minister"
    of "Prime Minister General Ana Lind", "military governor" of "military governor Colonel Tom
    Reyes"; the rank is read as one of its own. Not "Attorney General Ana Lind", one title."""
    m = i
    while m > j and rank_title(doc[m]):
        m -= 1
    if m == i or rank(doc[m].text) or doc[m].text in (".", "-"):
        return i
    if not (singular_role(doc[m].text) or joined_title(doc, m + 1, sent)):
        return i
    if f"{doc[m].lower_} {doc[m + 1].lower_.strip('.')}" in _RANK_ENDED_TITLES:
        return i
    return m


def _title_part(tok) -> bool:
    """A word that may open a title: a role noun, a rank, a title's modifier or a portfolio."""
    return is_role_word(tok.text) or bool(rank(tok.text)) or tok.lower_ in TITLE_MODIFIERS or tok.lower_ in _PORTFOLIOS


# Titles of several words with no role noun last: "chief of staff", "head of state", "first lady".
_JOINED_TITLES = [t.split() for t in lexicon.entries("joined_titles")]


def joined_title(doc: "Doc", start: int, sent: "Span") -> int:
    """How many words before ``start`` make a title of several words (``chief of staff X``); 0 if none."""
    if start - 1 < sent.start:
        return 0
    last = doc[start - 1].lower_  # read once, and the words before it only where it ends a title
    for title in _JOINED_TITLES:
        n = len(title)
        if title[-1] == last and start - n >= sent.start and [t.lower_ for t in doc[start - n:start]] == title:
            return n
    return 0
