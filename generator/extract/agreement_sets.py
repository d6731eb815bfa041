"""Agreements told as a set or signed in their own clause: a plural signed as one set of
agreements (``Lund and Berg signed accords of cooperation on fishing``), a noun signed in its
clause (``Lund and Berg signed a protocol for ...``), a state's promise told in the plural
(``Chilean assurances that the port would stay open``), and where a complement too long for a
name is cut (:mod:`generator.extract.agreement_mentions`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from generator.extract.agreement_mentions import Mention

_SIGNING = lexicon.words("agreement_signing_verbs")
_HYPOTHETICAL = lexicon.words("agreement_hypothetical_auxiliaries")
_PROMISE_HEADS = {word for word, family in lexicon.table("agreement_heads").items() if family == "pledge"}
# Named entities that may be an agreement's party.
_PARTY_ENTITIES = ("GPE", "NORP", "ORG", "PERSON")


def short_complement_end(token: "Token") -> int:
    """Where the name of an agreement noun with a complement too long for a name ends: after the
    complement's first noun where a phrase of that noun's own follows (``agreements of cooperation
    in the sectors of energy, mining, ...`` are "agreements of cooperation"), else at the noun."""
    first = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("of", "on", "for") and c.i == token.i + 1), None)
    noun = next((c for c in first.children if c.dep_ == "pobj"), None) if first is not None else None
    nested = noun is not None and noun.i - token.i < 14 and any(c.dep_ == "prep" and c.i == noun.i + 1 for c in noun.rights)
    return noun.i + 1 if nested else token.i + 1


def signed_in_clause(m: Mention) -> bool:
    """Whether the agreement noun is signed in its own clause, said as done: the object of a verb
    of signing whose subject names a country, body or person (``Lund and Berg signed a protocol
    for ...``), or the subject of such a verb in the passive (``four accords were signed``), alone
    or in a list of agreement nouns (``signed a trade pact and a protocol for ...``); not under a
    negation, a modal or an infinitive's ``to`` (``may sign``, ``failed to sign``)."""
    token = m.head
    while token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head  # ``signed a trade pact and a protocol for ...``
    verb = token.head
    if verb.lemma_.lower() not in _SIGNING or verb.pos_ != "VERB" or any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in verb.children):
        return False
    if token.dep_ == "nsubjpass":
        return any(c.dep_ == "auxpass" for c in verb.children)
    if token.dep_ != "dobj":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(t.ent_type_ in _PARTY_ENTITIES for t in subj.subtree)


def signed_set(m: Mention) -> bool:
    """Whether a plural agreement noun is one set of agreements signed in its own clause and
    singled out by what they cover or by their number (``Lund and Berg signed accords on fishing
    and mining``, ``four more pacts were signed``), not agreements of a kind in general
    (``treaties are signed every year`` names no cover, ``signed accords before``)."""
    token = m.head
    return (m.end > token.i + 1 or counted(token)) and signed_in_clause(m)


def counted(token: "Token") -> bool:
    """Whether a number counts the agreements (``four accords``)."""
    return any(c.dep_ == "nummod" and (c.like_num or c.pos_ == "NUM") for c in token.lefts)


def one_promise(m: Mention) -> bool:
    """Whether a plural promise noun tells one promise: a state's, named before it, with what
    was promised in a clause of its own (``Chilean assurances that the port would stay open``)."""
    token = m.head
    return token.lemma_.lower() in _PROMISE_HEADS and any(
        t.ent_type_ in ("GPE", "NORP") and t.head.i == token.i for t in token.doc[m.start:token.i]) \
        and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "that" and token.doc[token.i + 1].dep_ == "mark"


def one_set(m: Mention) -> bool:
    """Whether a plural agreement noun tells one card: a set signed in its own clause
    (:func:`signed_set`) or a state's one promise (:func:`one_promise`)."""
    return signed_set(m) or one_promise(m)
