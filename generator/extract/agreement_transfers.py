"""Deals told with a verb of buying, selling or leasing: ``Lund Mills agreed to buy Berg Foods``,
``Lund sold its two ferries to Berg``, ``Lund leased six barges from Berg``.

Such a deal is an agreement between the verb's subject and a second party: the object where it is
a named body (``Berg Foods``), or the party after ``from`` or ``to``. Only a deal told as made or
announced counts: not one under a modal of possibility (``could buy``), a negation, a condition
(``if Lund buys``), or an infinitive under anything but a verb of agreeing (``wants to buy``,
``agreed to buy``). A deal is named with the verb's noun, its buyer or seller and what changes
hands (``Lund Mills' purchase of Berg Foods``, ``Lund's sale of its two ferries to Berg``), and
later mentions of the same deal (``the deal``, ``the purchase``) join it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from generator import lexicon
from generator.extract import patterns
from generator.extract.provenance import rule
from generator.extract.register import Register

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from generator.extract.agreement_mentions import Mention

# Verb lemma -> the noun a reader names the deal with ("bought" -> "purchase").
TRANSFER_NOUNS = lexicon.table("agreement_transfer_verbs")
_UNCERTAIN = lexicon.words("agreement_uncertain_modals")
_CONDITIONS = lexicon.words("agreement_condition_marks")
_AGREEING = lexicon.words("agreement_adopting_verbs")
_PARTY_ENTITIES = ("GPE", "NORP", "ORG", "PERSON")
_PARTY_KINDS = ("country", "organization", "group", "person")
# Names that are no body one can buy: a people, a place, a date (``sold its Thai stores``).
_NOT_BODIES = ("NORP", "GPE", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY")
# Pronouns a company or a government speaks of itself with, in the clause it reports.
_STANDING_IN = lexicon.words("agreement_self_pronouns")
_UNITS = lexicon.words("measure_units")
# The longest object a name repeats, in words: a longer one is cut before its first phrase.
_OBJECT_WORDS = 10


@dataclass
class Transfer:
    """The parts of a deal told with a verb: who buys or sells, what changes hands, and the other
    party after ``from`` or ``to``."""

    subject: "Token"
    object: "Token"
    noun: str
    counterpart: "Token | None" = None
    """The preposition (``from``, ``to``) before the other party, if the verb has one."""

    @property
    def target(self) -> "Token | None":
        """What changes hands where it is itself a named body: the object (``bought Berg Foods``,
        ``bought BFL``) or the name beside it (``bought the food maker Berg Foods``)."""
        for token in (self.object, *(c for c in self.object.children if c.dep_ == "appos")):
            if (token.pos_ == "PROPN" or token.is_upper and len(token) > 1) and token.ent_type_ not in _NOT_BODIES:
                return token
        return None


def transfer_verbs(sent: "Span") -> Iterator[tuple["Token", Transfer]]:
    """Each verb of a sentence that tells of a deal, with the deal's parts."""
    doc = sent.doc
    seen = set()
    for verb_i, obj_i in patterns.token_pairs("agreement_transfers", doc):
        if not sent.start <= verb_i < sent.end or verb_i in seen:
            continue
        seen.add(verb_i)  # one deal a verb, told by its first object
        verb, obj = doc[verb_i], doc[obj_i]
        if not _told_as_made(verb):
            continue
        subject = _named(_subject(verb))
        if subject is None:
            continue
        counterpart = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("from", "to")
                            and any(g.dep_ == "pobj" and _named(g) is not None for g in c.children)), None)
        deal = Transfer(subject, obj, TRANSFER_NOUNS[verb.lemma_.lower()], counterpart)
        if deal.target is not None or counterpart is not None:
            yield verb, deal


def _told_as_made(verb: "Token") -> bool:
    """Whether the verb tells of a deal made or announced: a past or future verb, or an infinitive
    under a verb of agreeing; not negated, not under a modal of possibility or in a condition."""
    clause = verb
    if verb.dep_ == "xcomp":
        if verb.head.lemma_.lower() not in _AGREEING:
            return False  # ``wants to buy``, ``offered to buy``: a wish or a bid
        clause = verb.head
    elif verb.tag_ not in ("VBD", "VBN", "VB"):
        return False  # ``buys rice from Thailand``: a habit, not one deal; ``selling``: a gerund
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # ``agreed to be acquired by Lund``: the subject is what changes hands
    for v in {verb, clause}:
        for c in v.children:
            if c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _UNCERTAIN or c.dep_ == "mark" and c.lower_ in _CONDITIONS:
                return False
    if verb.tag_ == "VB" and verb.dep_ != "xcomp" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # an infinitive with no agreeing verb or modal (``to buy``): ``will buy`` tells of one announced
    return True


def _subject(verb: "Token") -> "Token | None":
    """The verb's subject; for ``it`` or ``they`` in a reported clause, the subject of the verb
    that reports it (``Lund said it would buy Berg Foods``)."""
    holder = verb
    while not any(c.dep_ == "nsubj" for c in holder.children) and holder.dep_ in ("xcomp", "conj") and holder.head is not holder:
        holder = holder.head
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _STANDING_IN and holder.dep_ == "ccomp":
        return next((c for c in holder.head.children if c.dep_ == "nsubj"), None)
    return subject


def _named(token: "Token | None") -> "Token | None":
    """The name of a party a noun phrase stands for: its head (``Lund Mills``), or the name beside
    a noun (``its new firm Lund Mills``)."""
    if token is None:
        return None
    return next((t for t in (token, *(c for c in token.children if c.dep_ == "appos"))
                 if t.ent_type_ in _PARTY_ENTITIES and t.pos_ == "PROPN"), None)


def deal_end(deal: Transfer) -> int:
    """Token index after the words that tell of the deal: the object, or the other party."""
    if deal.counterpart is not None:
        return max(deal.object.right_edge.i, deal.counterpart.right_edge.i) + 1
    return deal.object.right_edge.i + 1


def same_deal(a: "Mention", b: "Mention") -> bool:
    """Whether two deals told with verbs are one: the same named body changes hands, named in
    full or in part (``Berg Foods Ltd`` and ``Berg Foods``)."""
    ta, tb = a.transfer, b.transfer
    if ta is None or tb is None or ta.target is None or tb.target is None:
        return False
    wa, wb = _name_words(ta.target), _name_words(tb.target)
    return wa <= wb or wb <= wa


def _name_words(token: "Token") -> set[str]:
    doc = token.doc
    return {t.lower_ for t in doc[_name_start(token):token.i + 1] if t.pos_ == "PROPN"}


def _name_start(token: "Token") -> int:
    """Where the name a token ends begins: its entity's first word (``Monfort of Colorado Inc``),
    else the run of proper nouns before it."""
    doc = token.doc
    first = token.i
    if token.ent_iob_ in ("B", "I"):
        while first > token.left_edge.i and doc[first].ent_iob_ == "I":
            first -= 1
        return first
    while token.pos_ == "PROPN" and first > token.left_edge.i and doc[first - 1].pos_ == "PROPN":
        first -= 1
    return first


# -- reading ------------------------------------------------------------------------------


def transfer_parties(m: "Mention", index: Register) -> tuple[list[str], str]:
    """The deal's parties: the subject's, a named body that changes hands, and the party after
    ``from`` or ``to``; with the rule that found them."""
    deal = m.transfer
    buyer = _actor(m, deal.subject, index)
    if deal.target is None and (buyer and index.find(buyer, types=("country",)) is not None
                                or _measure(deal.object)):
        # a country that buys goods from another, or anyone buying tonnes or barrels, trades
        # (``bought its grain from Peru``, ``sold 9,000 tonnes to Chile``); a deal is made when a
        # named body changes hands: no parties, so no card
        return [], rule("party.transfer")
    names = [_actor(m, t, index) for t in (deal.subject, deal.target, _other(deal)) if t is not None]
    return list(dict.fromkeys(n for n in names if n)), rule("party.transfer")


def _other(deal: Transfer) -> "Token | None":
    """The name of the party after ``from`` or ``to``."""
    if deal.counterpart is None:
        return None
    return next((_named(c) for c in deal.counterpart.children if c.dep_ == "pobj"), None)


def _actor(m: "Mention", token: "Token", index: Register) -> str | None:
    """The party a name stands for, read from the name alone and the words that finish it
    (``the Danish brewer Berg Foods, Inc.``: Berg Foods, not Denmark)."""
    doc = token.doc
    first = _name_start(token)
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1  # the rest of the name: ``Berg Foods, Inc.``
    for last in (token.i + 1, end):
        actor = index.find(m.para.text[doc[first].idx:doc[last - 1].idx + len(doc[last - 1])], types=_PARTY_KINDS)
        if actor is not None:
            return actor.name
    return None


def _measure(token: "Token") -> bool:
    """Whether a noun is a unit of measure (``tonnes``, ``barrels``)."""
    return token.lower_ in _UNITS or token.lemma_.lower() in _UNITS


def transfer_status(m: "Mention") -> str:
    """``reached`` for a deal told as done or agreed, ``announced`` for one told as to come."""
    verb = m.head
    if verb.dep_ == "xcomp" or verb.tag_ in ("VBD", "VBN"):
        return "reached"
    return "announced"


def transfer_name(m: "Mention", index: Register) -> str:
    """``Lund Mills' purchase of Berg Foods``, ``Lund's sale of its ferries to Berg``: who buys or
    sells, the verb's noun, what changes hands (a named body by its name), and the other party."""
    deal = m.transfer
    doc = deal.object.doc
    by = _actor(m, deal.subject, index)
    owner = (by + ("'" if by.endswith("s") else "'s") + " ") if by else ""
    target = _actor(m, deal.target, index) if deal.target is not None else None
    if target:
        thing = target
    else:
        start = deal.object.left_edge.i
        # ``most of its assets``, ``9,000 tonnes of wheat``: a quantity is named with what it counts
        counted = deal.object.pos_ not in ("NOUN", "PROPN") or _measure(deal.object)
        end = next((c.i for c in deal.object.rights if c.dep_ in ("prep", "relcl", "acl") and not (
            counted and c.lower_ == "of") or c.text in (",", "(")), deal.object.right_edge.i + 1)
        end = min(end, start + _OBJECT_WORDS)
        while end > start + 1 and doc[end - 1].pos_ in ("DET", "ADP", "CCONJ", "PRON", "PART", "PUNCT"):
            end -= 1  # a name cut short ends on a word of its own, not on ``of its``
        thing = m.para.text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]
    name = f"{owner}{deal.noun} of {thing}"
    other = _other(deal)
    other = _actor(m, other, index) if other is not None else None
    if other and other not in (target, by):
        name += f" {deal.counterpart.lower_} {other}"
    return name
