"""The gender of the people an article names, from what the article itself shows.

A pronoun can only stand for a person of its gender (``she said``), so the speaker resolver
(:mod:`generator.extract.speakers`) passes over people the article shows to be of the other one.
The evidence is counted as votes, never taken from a guess: an honorific before a name (``Ms X``,
three votes), a gendered noun before it or in apposition (``the actress X``, ``X, the son of Y``:
two votes), and a gendered pronoun after the name in a sentence that names no other person,
outside quotations (one vote); not a pronoun that is an object (``X praised her``), which often
stands for someone else. Before any of that, a given name most people who bear it share one
gender with (``given_name_gender``) is two votes: enough to outweigh a pronoun read wrongly, never
what the article shows more than once. Pronouns, honorifics, nouns and given names are data
(``gender_pronouns``, ``honorific_gender``, ``noun_gender``, ``given_name_gender``).
"""
from __future__ import annotations

from collections.abc import Callable

from generator import lexicon
from generator.extract.speech import Who, in_any
from generator.nlp import token_values

_HONORIFIC_GENDER = lexicon.table("honorific_gender")
_HONORIFICS = frozenset(_HONORIFIC_GENDER)
_GENDER_WORDS = lexicon.table("gender_pronouns")
_GIVEN_NAMES = lexicon.table("given_name_gender")
NOUN_GENDER = lexicon.table("noun_gender")
"""The gender a noun for a person shows (``spokeswoman``)."""
_OBJECTS = ("dobj", "pobj", "dative", "iobj")


class Genders:
    """Votes for ``m`` and ``f`` by name; a name's gender is the one with more votes."""

    def __init__(self):
        self._votes: dict[str, dict[str, int]] = {}
        self.known: dict[str, str] = {}
        """``m`` or ``f`` by name, where the votes lean one way."""

    def voted(self, name: str) -> bool:
        return name in self._votes

    def vote(self, name: str, gender: str, weight: int) -> None:
        votes = self._votes.setdefault(name, {"m": 0, "f": 0})
        votes[gender] += weight
        m, f = votes["m"], votes["f"]
        if m != f:
            self.known[name] = "m" if m > f else "f"
        else:
            self.known.pop(name, None)

    def given_names(self, names) -> None:
        """Two votes for each full name (given name and surname at least) whose given name
        most people who bear it share one gender with."""
        for name in names:
            words = [w.strip(".").lower() for w in name.split()]
            while words and words[0] in _HONORIFICS:
                words.pop(0)
            if len(words) >= 2 and words[0] in _GIVEN_NAMES:
                self.vote(name, _GIVEN_NAMES[words[0]], 2)

    def learn(self, text: str, doc, quotes: list[tuple[int, int]], named: Callable[[str, object], Who | None]) -> None:
        """Count the evidence of one paragraph; ``named(text, token)`` is the actor a name
        stands for (:meth:`generator.extract.speakers.Resolver.name_phrase`)."""
        poses, lowers = token_values(doc, "pos"), token_values(doc, "lower")
        for sent in doc.sents:
            people: dict[str, int] = {}
            for i in range(sent.start, sent.end):
                if poses[i] != "PROPN":
                    continue
                tok = doc[i]
                if in_any(tok, quotes) or tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
                    continue
                who = named(text, tok)
                if who is None or who.actor is None or who.actor.type != "person":
                    if tok.ent_type_ == "PERSON":
                        people.setdefault("", tok.i)  # a person the actors lack: the pronouns may be theirs
                    continue
                people.setdefault(who.name, tok.i)
                titles = {c.lower_.rstrip(".") for c in tok.lefts if c.dep_ == "compound"} & _HONORIFICS
                if titles:
                    self.vote(who.name, _HONORIFIC_GENDER[sorted(titles)[0]], 3)
                noun = _gendered_noun(tok)
                if noun:
                    self.vote(who.name, noun, 2)
            if len(people) != 1 or "" in people:
                continue
            (name, first), = people.items()
            seen = {_GENDER_WORDS[t.lower_] for t in (doc[k] for k in range(first + 1, sent.end) if lowers[k] in _GENDER_WORDS)
                    if t.pos_ == "PRON" and t.dep_ not in _OBJECTS and not in_any(t, quotes)}
            for g in seen:
                self.vote(name, g, 1)


def _gendered_noun(tok) -> str | None:
    """The gender a noun for a person shows when it stands before a name or in apposition to it
    (``the actress X``, ``X, the son of Y``, ``Y's widow, X``)."""
    nouns = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    nouns += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
        nouns.append(tok.head)
    found = {NOUN_GENDER[n.lemma_.lower()] for n in nouns if n.lemma_.lower() in NOUN_GENDER}
    return next(iter(found)) if len(found) == 1 else None

