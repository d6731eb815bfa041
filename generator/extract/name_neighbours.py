"""Where a name stands among the words around it: listed with people or with places, set after a
noun of place ("the town of X", "X, a village ..."), the doer of its clause. The typing of names
(:mod:`generator.extract.actor_types`) asks these of one name at a time.
"""
from __future__ import annotations

from generator import lexicon
from generator.extract.names import ORG_WORDS
from generator.extract.roles import is_role_word
from generator.gazetteer import Gazetteer

# Nouns that make the name beside them a place: "the northern city, X", "the town of X".
_PLACE_NOUNS = lexicon.words("place_nouns")


def beside_person(doc, start: int, end: int, sent) -> bool:
    """``Ana Lind and X``, ``X and Ana Lind``: joined by "and" to a name the tagger took for a person's,
    however it parsed the pair."""
    before = start - 2 >= sent.start and doc[start - 1].lower_ == "and" and doc[start - 2].ent_type_ == "PERSON" \
        and doc[start - 2].ent_iob_ in ("B", "I") and doc[start - 2].text[:1].isupper()
    after = end + 1 < sent.end and doc[end].lower_ == "and" and doc[end + 1].ent_type_ == "PERSON" \
        and doc[end + 1].ent_iob_ == "B"
    return before or after


def listed_with_places(tok, gaz: Gazetteer, full_name: bool = False) -> bool:
    """``the villages of Arnel, Bosk and X``: a name in a list of places is a place (a full name after a body is not)."""
    seen = 0
    while tok.dep_ == "conj" and seen < 10:
        tok = tok.head
        seen += 1
    if not seen:
        return False
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or not (full_name and tok.ent_type_ == "ORG") \
        and gaz.place(tok.text) is not None or tok.dep_ == "pobj" and tok.head.head.lower_ in _PLACE_NOUNS


def listed_with_people(doc, start: int, end: int) -> bool:
    """``Ansel Adams, Chuck Close, X and Helmut Newton``: a name in a list of people is a person's."""
    tok = doc[end - 1]
    seen = 0
    while tok.dep_ == "conj" and seen < 10:
        tok = tok.head
        seen += 1
    members, todo = [], [tok]
    while todo and len(members) < 12:
        t = todo.pop()
        members.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    others = [t for t in members if not start <= t.i < end]
    people = sum(t.ent_type_ == "PERSON" for t in others)
    return people > 0 and people > sum(t.ent_type_ in ("ORG", "GPE", "LOC", "FAC") for t in others)


def place_context(doc, start: int, end: int, sent) -> bool:
    """``the northern Iraqi city, X``, ``the town of X``, ``X, a town ...``: the name is a place's."""
    if start - 2 >= sent.start and doc[start - 1].text in (",", "of") and doc[start - 2].lower_ in _PLACE_NOUNS:
        # but "the governor of the Umbria region, X": the place is the office's, X holds it
        k = start - 3
        while doc[start - 1].text == "," and k - 1 >= max(sent.start, start - 9) and doc[k].text != ",":
            if doc[k].lower_ == "of" and is_role_word(doc[k - 1].text):
                return False
            k -= 1
        return True
    k = end
    while k < min(end + 3, sent.end) and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].text[:1].islower():
        if doc[k].lower_ in lexicon.words("place_context_nouns"):
            return not any(w.lower() in ORG_WORDS for w in doc[start:end].text.split())
        k += 1
    if end + 2 < sent.end and doc[end].text == "," and doc[end + 1].lower_ in lexicon.words("articles") \
            and any(t.text in _PLACE_NOUNS for t in doc[end + 2:min(end + 5, sent.end)]):
        k = end + 2
        while k < sent.end and doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "ADV"):
            if doc[k].text in _PLACE_NOUNS and not (k + 1 < sent.end and doc[k + 1].pos_ in ("NOUN", "PROPN")):
                # "X, a town ...", but not "X, the State Department ..." nor "X, a county clerk"
                return True
            k += 1
    return False


def acts(tok) -> bool:
    """Whether a token is the doer of its clause or an owner (``Moscow has sought``, ``Ankara's support``)."""
    if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text in ("'s", "\u2019s")
