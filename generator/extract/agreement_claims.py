"""Whose word a status is: the narrative's, or a party's claim.

A status the article tells in its own voice (``the two sides signed the accord``) is the
agreement's status. One that stands inside a quotation (``"they have broken the truce," she
said``) or in reported speech (``Lima said the truce was broken``, ``according to Lima, the
truce was broken``) is only the claim of whoever says it, and the card shows it as theirs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator.extract.speech import CUE_VERBS
from generator.extract.provenance import rule
from generator.extract.register import Register
from generator.model import Quote

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from generator.extract.agreement_mentions import Mention

_QUOTE_MARKS = ('"',)
# Words a speaker's clause may hold between the cue and the status (``said that``).
_REPORTING_LINKS = ("ccomp", "parataxis")

Claim = tuple[str, str]
"""Who claims a status (their name, or "" when the article does not say) and the rule that found it."""


def claim_of(m: "Mention", anchor: "Token", index: Register, quotes: list[Quote]) -> Claim | None:
    """Whose claim the status told at ``anchor`` is; None when the article tells it in its own voice."""
    if _inside_quotation(m, anchor):
        return _quote_speaker(m, anchor, quotes, index), rule("status.quoted-claim")
    cue = _reporting_cue(anchor)
    if cue is not None:
        return _cue_subject(m, cue, index), rule("status.reported-claim")
    return None


def _inside_quotation(m: "Mention", anchor: "Token") -> bool:
    text = m.para.text
    marks = sum(text.count(q, 0, anchor.idx) for q in _QUOTE_MARKS)
    return marks % 2 == 1


def _quote_speaker(m: "Mention", anchor: "Token", quotes: list[Quote], index: Register) -> str:
    """The speaker of the quotation that holds the status, as the quotes found them."""
    words = anchor.text
    for q in quotes:
        if q.paragraph == m.para.index and words in q.text and (q.sentence is None or q.sentence in m.para.text) \
                and m.para.text.find(q.text) <= anchor.idx <= m.para.text.find(q.text) + len(q.text):
            return q.speaker or ""
    cue = next((t for t in m.sent if t.lemma_.lower() in CUE_VERBS and t.pos_ == "VERB"), None)
    return _cue_subject(m, cue, index) if cue is not None else ""


def _reporting_cue(anchor: "Token") -> "Token | None":
    """The speech verb whose reported clause holds the status (``X said the deal was broken``), or
    the verb of an ``according to`` phrase."""
    node = anchor
    for _ in range(6):
        if any(c.lower_ == "according" for c in node.children):
            return next(c for c in node.children if c.lower_ == "according")
        if node.dep_ == "ROOT":
            return None
        dep, node = node.dep_, node.head
        if dep in _REPORTING_LINKS and node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in CUE_VERBS:
            return node
    return None


def _cue_subject(m: "Mention", cue: "Token", index: Register) -> str:
    """Who speaks at a cue: the subject of a speech verb, the object of ``according to``."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        who = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    else:
        who = next((c for c in cue.children if c.dep_ in ("nsubj",)), None)
    if who is None or who.pos_ == "PRON":
        return ""
    text = m.para.text[who.left_edge.idx:who.right_edge.idx + len(who.right_edge)]
    names = index.names(text)
    return names[0] if names else text
