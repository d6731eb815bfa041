"""Deals told with a verb of buying, selling or leasing: ``Lund Mills agreed to buy Berg Foods``,
``Lund sold its two ferries to Berg``, ``Lund leased six barges from Berg``.

Such a deal is an agreement between the verb's subject and a second party: the object where it is
a named body (``Berg Foods``), or the party after ``from`` or ``to``. Only a deal told as made or
announced counts: not one under a modal of possibility (``could buy``), a negation, a condition
(``if Lund buys``), or an infinitive under anything but a verb of agreeing (``wants to buy``,
``agreed to buy``). A deal is named with the verb's noun, its buyer or seller and what changes
hands (``Lund Mills' purchase of Berg Foods``, ``Lund's sale of its two ferries to Berg``), and
later mentions of the same deal (``the deal``, ``the purchase``) join it. Where what changes hands
is a stake or a unit, the body that owns it is a party too (``bought Berg's unit``, ``agreed to buy
a stake in Berg``).

A deal a named party agrees to make with or for another, told with a verb that makes a deal only
once agreed to (``Lund agreed to pay Berg``, ``Lund agreed to merge with Berg``), is found here
too (:func:`counterparty_verbs`): its parties are the subject and the other party, and it is named
with the verb's noun (``Lund's payment to Berg``, ``Lund's merger with Berg``).
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
# The same for verbs that make a deal only once agreed to ("agreed to pay" -> "payment").
COUNTERPARTY_NOUNS = lexicon.table("agreement_counterparty_verbs")
_TOGETHER = lexicon.words("agreement_together_verbs")
_HYPOTHETICAL = lexicon.words("agreement_hypothetical_auxiliaries")
# Prepositions before the party a deal is made with or for (``merge with``, ``lend to``).
_COUNTERPARTY_PREPOSITIONS = ("with", "to", "for")
_UNCERTAIN = lexicon.words("agreement_uncertain_modals")
_CONDITIONS = lexicon.words("agreement_condition_marks")
_AGREEING = lexicon.words("agreement_adopting_verbs")
_PARTY_ENTITIES = ("GPE", "NORP", "ORG", "PERSON")
_PARTY_KINDS = ("country", "organization", "group", "person")
# Names that are no body one can buy: a people, a place, a date (``sold its Thai stores``).
_NOT_BODIES = ("NORP", "GPE", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY")
# Names that are no party: a date, a sum, a place that is no state.
_NO_PARTIES = ("LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY")
# Pronouns a company or a government speaks of itself with, in the clause it reports.
_STANDING_IN = lexicon.words("agreement_self_pronouns")
_UNITS = lexicon.words("measure_units")
# Nouns for part of a body or what it holds (``a stake in Berg``, ``Berg's unit``): whoever owns it
# is a party to the deal that moves it.
_SHARES = lexicon.words("agreement_share_nouns")
# The longest object a name repeats, in words: a longer one is cut before its first phrase.
_OBJECT_WORDS = 10


@dataclass
class Transfer:
    """The parts of a deal told with a verb: who buys or sells, what changes hands, and the other
    party after ``from`` or ``to``."""

    subject: "Token"
    object: "Token | None"
    noun: str
    counterpart: "Token | None" = None
    """The preposition (``from``, ``to``) before the other party, if the verb has one."""
    party: "Token | None" = None
    """For a deal agreed with or for another party (``agreed to pay Berg Foods``), that party's name."""
    together: bool = False
    """Whether the parties make the deal together (``merge``, ``settle``): named with ``with`` the other."""

    @property
    def target(self) -> "Token | None":
        """What changes hands where it is itself a named body: the object (``bought Berg Foods``,
        ``bought BFL``) or the name beside it (``bought the food maker Berg Foods``)."""
        if self.party is not None or self.object is None:
            return None  # a deal with a party: nothing named changes hands
        for token in (self.object, *(c for c in self.object.children if c.dep_ == "appos")):
            if (token.pos_ == "PROPN" or token.is_upper and len(token) > 1) and token.ent_type_ not in _NOT_BODIES:
                return token
        return None

    @property
    def owner(self) -> "Token | None":
        """Where what changes hands is part of a named body or held in one, that body: the seller
        before it (``bought Berg's unit``, ``Berg's 20 pct stake``); or, for a deal told as agreed
        (``agreed to buy a 20 pct stake in Berg``, ``60 pct of Berg``), the body held. A stake
        bought on the market (``has acquired 6 pct of Berg``) is no deal with the body held."""
        obj = self.object
        if self.party is not None or obj is None or not (obj.lower_ in _SHARES or obj.lemma_.lower() in _SHARES):
            return None
        held = [c for c in obj.children if c.dep_ == "poss"]
        verb = obj.head
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _AGREEING:
            held += [g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                     for g in c.children if g.dep_ == "pobj"]
        return next((n for n in map(_named, held) if n is not None), None)


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
        if deal.target is not None or counterpart is not None or deal.owner is not None:
            yield verb, deal


def counterparty_verbs(sent: "Span") -> Iterator[tuple["Token", Transfer]]:
    """Each verb of a sentence by which a named party agrees to do something with or for another
    named one (``Lund Mills agreed to pay Berg Foods``), with the deal's parts."""
    doc = sent.doc
    for verb_i, _ in patterns.token_pairs("agreement_counterparts", doc):
        verb = doc[verb_i]
        if not sent.start <= verb_i < sent.end or not _told_as_made(verb) or not _agreed(verb.head):
            continue
        subject = _subject(verb)
        named = _named(subject)
        if named is None:
            continue
        party = _counterparty(verb, named, subject)
        if party is not None:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            lemma = verb.lemma_.lower()
            yield verb, Transfer(named, obj if obj is not None and obj.i != party.i else None,
                                 COUNTERPARTY_NOUNS[lemma], party=party, together=lemma in _TOGETHER)


def _agreed(agreeing: "Token") -> bool:
    """Whether a verb of agreeing tells of an agreement made: not under a modal (``would agree``,
    ``will agree``), not an infinitive (``is expected to agree``, ``wants to agree``), not in a
    question."""
    if agreeing.tag_ == "VB" or agreeing.dep_ == "xcomp":
        return False
    if any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in _HYPOTHETICAL) for c in agreeing.children):
        return False
    return not agreeing.sent.text.rstrip().endswith("?")


def _counterparty(verb: "Token", named: "Token", subject: "Token") -> "Token | None":
    """The other party's name: the dative or object (``pay Berg Foods``, ``supply Chile with``),
    or the party after ``with``, ``to`` or ``for``; for a deal made together (one named ``with``
    its other party: ``merge``), a second subject (``Lund and Berg agreed to merge``, ``Lund said
    it and Berg agreed to merge``)."""
    found = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _COUNTERPARTY_PREPOSITIONS
              for g in c.children if g.dep_ == "pobj"]
    if verb.lemma_.lower() in _TOGETHER:
        said = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        found += [c for s in {subject, said} if s is not None for c in s.children if c.dep_ == "conj"]
    for token in found:
        # a name the tagger gave no kind, or the wrong one, is a party if the article's actors hold it
        party = _named(token) or next((t for t in (token, *(c for c in token.children if c.dep_ == "appos"))
                                       if t.pos_ == "PROPN" and t.ent_type_ not in _NO_PARTIES), None)
        if party is not None and party.i != named.i:
            return party
    return None


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
    if deal.party is not None:
        return max(t.right_edge.i for t in (deal.party, deal.object) if t is not None) + 1
    if deal.counterpart is not None:
        return max(deal.object.right_edge.i, deal.counterpart.right_edge.i) + 1
    return deal.object.right_edge.i + 1


def same_deal(a: "Mention", b: "Mention") -> bool:
    """Whether two deals told with verbs are one: the same named body changes hands, named in
    full or in part (``Berg Foods Ltd`` and ``Berg Foods``)."""
    ta, tb = a.transfer, b.transfer
    if ta is not None and tb is not None and ta.party is not None and tb.party is not None:
        # ``Lund agreed to merge with Berg`` ... ``Berg and Lund agreed to merge``: the same two parties
        return ta.noun == tb.noun and {*_name_words(ta.subject), *_name_words(ta.party)} == {
            *_name_words(tb.subject), *_name_words(tb.party)}
    if ta is None or tb is None or (ta.target or ta.owner) is None or (tb.target or tb.owner) is None:
        return False
    wa, wb = _name_words(ta.target or ta.owner), _name_words(tb.target or tb.owner)
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
    if deal.party is not None:
        names = [buyer, _actor(m, deal.party, index)]
        return list(dict.fromkeys(n for n in names if n)), rule("party.transfer")
    if deal.target is None and deal.owner is None and (buyer and index.find(buyer, types=("country",)) is not None
                                or _measure(deal.object)):
        # a country that buys goods from another, or anyone buying tonnes or barrels, trades
        # (``bought its grain from Peru``, ``sold 9,000 tonnes to Chile``); a deal is made when a
        # named body changes hands: no parties, so no card
        return [], rule("party.transfer")
    names = [_actor(m, t, index) for t in (deal.subject, deal.target, deal.owner, _other(deal)) if t is not None]
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
    by = _actor(m, deal.subject, index)
    owner = (by + ("'" if by.endswith("s") else "'s") + " ") if by else ""
    if deal.party is not None:
        return _counterparty_name(m, deal, owner, index)
    doc = deal.object.doc
    target = _actor(m, deal.target, index) if deal.target is not None else None
    if target:
        thing = target
    else:
        start = deal.object.left_edge.i
        # ``most of its assets``, ``9,000 tonnes of wheat``: a quantity is named with what it counts
        counted = deal.object.pos_ not in ("NOUN", "PROPN") or _measure(deal.object)
        held = deal.owner.head if deal.owner is not None and deal.owner.dep_ == "pobj" else None
        end = next((c.i for c in deal.object.rights if c.dep_ in ("prep", "relcl", "acl") and not (
            counted and c.lower_ == "of") and (held is None or c.i != held.i) or c.text in (",", "(")), deal.object.right_edge.i + 1)
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


def _counterparty_name(m: "Mention", deal: Transfer, owner: str, index: Register) -> str:
    """``Lund Mills' merger with Berg Foods``, ``Lund's payment to Berg``, ``Lund's loan to
    Berg``: who agreed, the verb's noun, and the party it was agreed with or for."""
    other = _actor(m, deal.party, index) or m.para.text[deal.party.idx:deal.party.idx + len(deal.party)]
    return f"{owner}{deal.noun} {'with' if deal.together else 'to'} {other}"
