"""Who signs an agreement, read from the parse: the subject of the clause above a signing still to
come, the ``by`` phrase of a passive signing, and a pair of names joined by a dash before the
agreement's noun (``the Chile-Peru pact``). The register's actors in them are the parties
(:mod:`generator.extract.agreement_reading`)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from generator.extract.agreement_mentions import Mention
    from generator.extract.register import Register

# Two names joined by a hyphen or dash; the second not one that brokered (``Chile-Peru``, ``Lund -
# Berg``, not ``Lund-brokered``).
_DASHED = re.compile(r"([\w.&']+(?:\s+[\w.&']+)*?)\s*[-\u2013]\s*(?=[A-Z])")
_PARTY_TYPES = ("country", "organization", "group")


def infinitive_subject(verb: "Token") -> "Token | None":
    """The subject of the clause above an infinitive (``Chile and Peru are expected to sign``,
    ``the ministers met in Lima to sign``, ``Peru was due to ratify``), or of the verb itself;
    none where an object stands between them (``urged Peru to sign``: Peru signs, not the one
    who urges)."""
    node = verb
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if not (node.dep_ in ("xcomp", "advcl") and infinitive or node.dep_ in ("acomp", "conj")):
            return None  # a clause of its own keeps its own subject (``Lund left before Berg will sign``)
        node = node.head
        if any(c.dep_ in ("dobj", "dative") for c in node.children):
            return None
    return None


def passive_agent(m: Mention, verb: "Token") -> "Token | None":
    """The ``by`` phrase of a passive verb of making whose subject is the agreement (``the treaty
    was signed by Chile and Peru``, ``an accord, which will be ratified by both``), or of one said
    of it (``the pact, to be signed by Lund``)."""
    told_of = m.head.dep_ == "nsubjpass" and m.head.head.i == verb.i \
        or verb.dep_ in ("relcl", "acl") and verb.head.i == m.head.i
    passive = verb.tag_ == "VBN" and (verb.dep_ in ("relcl", "acl") or any(c.dep_ == "auxpass" for c in verb.children))
    if not told_of or not passive:
        return None
    return next((c for c in verb.children if c.dep_ == "agent"), None)


def dash_pair(m: "Mention", index: "Register") -> list[str]:
    """The two parties named by a pair of names joined with a dash before the agreement's noun
    (``the Chile-Peru fishing pact``, ``a Lund - Berg supply deal``, ``the Chilean-Peruvian
    accord``): each side a country, body or group of the register by its whole name or an alias,
    the two different; none where the second brokered it (``a Chile-Peru Lund-brokered truce``
    still names Chile and Peru)."""
    doc = m.head.doc
    if m.start >= m.head.i:
        return []
    text = m.para.text[doc[m.start].idx:m.head.idx]
    for found in _DASHED.finditer(text):
        first = _last_name(found.group(1), index)
        second = _first_name(text[found.end():], index)
        if first is not None and second is not None and first != second:
            return [first, second]
    return []


def _last_name(words: str, index: "Register") -> str | None:
    """The actor the last words of a phrase name, as a whole name or alias (``six-month Chile``:
    Chile)."""
    parts = words.split()
    for k in range(1, min(len(parts), 5) + 1):
        actor = index.find(" ".join(parts[-k:]), types=_PARTY_TYPES)
        if actor is not None and _whole(" ".join(parts[-k:]), actor):
            return actor.name
    return None


def _first_name(words: str, index: "Register") -> str | None:
    """The actor the first words of a phrase name, not one that brokered, mediated or sponsored
    (``Peru Lund-brokered``: Peru)."""
    parts = re.findall(r"[\w.&']+(?:-(?:brokered|mediated|sponsored|backed|led)\b)?|\S", words)
    for k in range(1, min(len(parts), 5) + 1):
        phrase = " ".join(parts[:k])
        if re.search(r"-(?:brokered|mediated|sponsored|backed|led)$", phrase):
            return None
        actor = index.find(phrase, types=_PARTY_TYPES)
        if actor is not None and _whole(phrase, actor):
            return actor.name
    return None


def _whole(phrase: str, actor) -> bool:
    """Whether a phrase is the actor's name or one of its aliases, not a word inside one."""
    return phrase.casefold() in {n.casefold() for n in [actor.name, *actor.aliases]}
