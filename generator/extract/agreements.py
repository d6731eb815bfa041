"""Treaties, pacts, ceasefires and other agreements the article mentions.

An agreement is found where the article names it (``the Treaty of Lima``), describes it
(``a 1998 fishing pact between the two countries``) or tells of a joint promise
(``Chile and Peru pledged to stop fishing``). Later references (``the treaty``,
``the deal``) are folded onto the agreement they refer to. Every field of the card comes
from the article's own words: the sentence that gives a status, an obligation, what the
agreement covers, each linked to its paragraph.

The work is shared out: :mod:`~generator.extract.agreement_mentions` finds the mentions, this
module folds them into cards, :mod:`~generator.extract.agreement_reading` reads each mention's
status (:mod:`~generator.extract.agreement_status`), parties and mediators
(:mod:`~generator.extract.agreement_claims` tells a party's claim from the narrative's word), :mod:`~generator.extract.agreement_naming` names the card, and
:mod:`~generator.extract.agreement_terms` reads the agreement's terms. A bare ``the agreement``
or an empty ``a historic deal`` with no party or year of its own is no card, nor is a person's or a
firm's pledge (a state's is: :mod:`~generator.extract.agreement_pledges`), nor a first mention
of a deal that may never be (``could negotiate a better deal``).
Every card names the rules that found, joined and read it (:mod:`generator.extract.provenance`).
"""
from __future__ import annotations

import re

from generator import lexicon
from generator.extract.agreement_mentions import (DEAL_NOUNS, JOINT_TEXTS, PARTY_ONLY_HEADS, Mention, find_mentions,
                                                   governing_verb, names_parties, voted_on)
from generator.extract.agreement_naming import named_card
from generator.extract.agreement_pledges import is_state
from generator.extract.agreement_reading import SIGNING as SIGNING_VERBS
from generator.extract.agreement_reading import Draft, read_mention
from generator.extract.agreement_sets import signed_in_clause
from generator.extract.agreement_status import STATUS_RANK, STATUS_VERBS, scheduled, signed_on_purpose
from generator.extract.agreement_terms import read_terms
from generator.extract.agreement_transfers import same_deal
from generator.extract.provenance import merged, rule
from generator.extract.register import Register
from generator.model import Agreement, BackgroundItem, Quote
from generator.nlp import ParsedArticle

_WISHING = lexicon.words("agreement_wishing_verbs")
_IGNORED_MODIFIERS = lexicon.words("agreement_ignored_modifiers")
_GENERIC_HEADS = lexicon.words("agreement_generic_heads")
# Auxiliaries of an agreement that may never be: a modal of possibility, or an infinitive's ``to``.
_HYPOTHETICAL = lexicon.words("agreement_hypothetical_auxiliaries")
_MODALS = lexicon.words("agreement_modal_auxiliaries")
_ASPECT = lexicon.words("agreement_aspect_verbs")
# ``agreed to turn the line into a joint venture``: what the parties agreed to do is no longer a mere possibility.
_AGREEING = lexicon.words("agreement_adopting_verbs")
_NEGOTIATING = lexicon.words("agreement_negotiating_words")
_AIM_PREPOSITIONS = lexicon.words("agreement_aim_prepositions")
_INTRODUCING = lexicon.words("agreement_introducing_determiners")

AgreementMention = tuple[int, int, int, int, str]
"""Where the article refers to an agreement: paragraph, first and end token, the number of the
card it belongs to, and the rule that found it."""


def extract_agreements(parsed: ParsedArticle, index: Register,
                       quotes: list[Quote] = ()) -> tuple[list[Agreement], list[AgreementMention]]:
    """Every agreement the article mentions, one card each, later references merged; and every
    mention with the card it belongs to. Parties and mediators are the register's actors; the
    quotes tell whose claim a status inside a quotation is."""
    drafts: list[Draft] = []
    last: list[tuple[Draft, Mention]] = []
    for mention in find_mentions(parsed):
        draft, mention.joined = _attach(mention, drafts, last)
        if draft is None:
            if not _specific(mention) or not mention.verb_based and mention.head.lower_ in DEAL_NOUNS:
                continue
            draft = Draft()
            drafts.append(draft)
        draft.mentions.append(mention)
        last.append((draft, mention))
    cards = [_card(draft, parsed, index, list(quotes)) for draft in drafts]
    kept = [(draft, card) for draft, card in zip(drafts, cards) if not _unnamed(draft, card, index)]
    places = [(m.para.index, m.start, m.end, number, m.rule) for number, (draft, _) in enumerate(kept)
              for m in draft.mentions]
    return [card for _, card in kept], places


def _unnamed(draft: Draft, card: Agreement, index: Register) -> bool:
    """Not a card a reader could place: only bare or empty mentions (``the agreement``, ``a
    historic deal``, a lone ``Deal``) or mentions named by parties that are no actors, with no party
    or year; a joint venture or a contract with no party; a joint statement with no party or year;
    a promise in a noun that fewer than two parties made (``the senator's pledge``), unless its one
    party is a state: one side's policy, not an agreement; or a state's pledge told with a verb
    whose party is no state (a city's)."""
    countries = [p for p in card.parties if is_state(p, index.find(p))]
    if draft.family == "pledge" and not any(m.verb_based for m in draft.mentions) and len(card.parties) < 2:
        if len(countries) == 1 == len(card.parties):
            card.rules = merged(card.rules, [rule("agreement.state-pledge")])
            return False
        return True
    if any(m.rule == "agreement.state-pledge" for m in draft.mentions) and len(countries) < len(card.parties):
        return True
    if draft.first.transfer is not None and len(card.parties) < 2:
        return True  # a purchase whose buyer or seller the article does not name as an actor
    if any(m.adopted for m in draft.mentions):
        return False  # ``the leaders approved a declaration``: a text a gathering made its own
    if draft.family == "resolution" and any(voted_on(m.head) for m in draft.mentions):
        # ``the assembly adopted the resolution``, ``voted against the resolution``: a text put to
        # a vote is a resolution a reader can place, whoever the article says passed it
        card.rules = merged(card.rules, [rule("agreement.voted-resolution")])
        return False
    if not card.parties and any(m.head.lemma_.lower() in PARTY_ONLY_HEADS for m in draft.mentions) and all(
            m.head.lemma_.lower() in PARTY_ONLY_HEADS or m.bare or m.empty for m in draft.mentions):
        return True  # a venture or contract with no party the article names: "a new joint venture"
    if not card.parties and not card.year and all(
            m.head.lower_ in JOINT_TEXTS and not m.head.text[:1].isupper() or m.bare for m in draft.mentions):
        return True  # ``in a joint statement, the two coaches said``: no parties, no agreement between them
    return all((m.bare or m.empty or m.by_parties) and not m.verb_based
               and (m.head.pos_ != "PROPN" and not m.head.text[:1].isupper() or m.end - m.start == 1)
               for m in draft.mentions) and not card.parties and not card.year


# -- merging ------------------------------------------------------------------------------


def _content(mention: Mention) -> set[str]:
    doc = mention.head.doc
    return {t.lower_ for t in doc[mention.start:mention.end]
            if t.i != mention.head.i and not t.is_punct and not t.is_stop and t.lower_ not in _IGNORED_MODIFIERS}


def _numbers(mention: Mention) -> set[str]:
    doc = mention.head.doc
    return {t.text for t in doc[mention.start:mention.end] if t.text.isdigit()}


def _party_names(mention: Mention) -> set[str]:
    """The names of parties a mention holds: before its noun, in its between/with phrases and in
    the from/with/to phrases of the clause that describes it (``the deal to lease barges from
    Lund``); not in what it is about (``the deal on sending troops to Lund``)."""
    doc = mention.head.doc
    tokens = list(doc[mention.start:mention.head.i]) + list(doc[mention.end:mention.full_end])
    for acl in (c for c in mention.head.rights if c.dep_ in ("acl", "relcl")):
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ in ("from", "with", "to")):
            tokens += list(prep.subtree)
    return {t.lower_ for t in tokens if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")}


def _attach(mention: Mention, drafts: list[Draft], last: list[tuple[Draft, Mention]]) -> tuple[Draft | None, str]:
    """The agreement an earlier mention already stands for, with the rule that joins them; or
    None for a new one."""
    if mention.transfer is not None:
        # ``Lund bought Berg Foods`` ... ``Lund, which acquired Berg Foods``: the same deal told again
        same = next((d for d in reversed(drafts) if any(same_deal(m, mention) for m in d.mentions)), None)
        return (same, rule("agreement.shared-words")) if same is not None else (None, "")
    if not drafts or mention.verb_based:
        return None, ""
    if mention.head.lower_ in DEAL_NOUNS:
        # ``the purchase``: the deal told with a verb just before, within two paragraphs
        for draft, prev in reversed(last):
            if mention.para.index - prev.para.index > 2:
                break
            if draft.first.transfer is not None:
                return draft, rule("agreement.refers-back")
        return None, ""
    if mention.bare:
        if not mention.definite and mention.head.tag_ not in ("NNP",):
            return None, ""
        # a bare reference: the agreement named just before, or the one most talked about
        for draft, prev in reversed(last):
            same_para = prev.para.index == mention.para.index
            if same_para or prev.para.index == mention.para.index - 1 and prev.sent.end_char >= len(prev.para.text) - 1:
                generic = mention.head.lower_ in _GENERIC_HEADS
                if draft.family == mention.family or generic and draft.family not in ("resolution",):
                    return draft, rule("agreement.refers-back")
            break
        same_family = [d for d in drafts if d.family == mention.family]
        generic = mention.head.lower_ in _GENERIC_HEADS
        pool = same_family or generic and [d for d in drafts if d.family not in ("resolution", "package")]
        if not pool:
            return None, ""
        return max(pool, key=lambda d: (len(d.mentions), -drafts.index(d))), rule("agreement.most-mentioned")
    if _introduced(mention):
        return None, ""
    words, numbers = _content(mention), _numbers(mention)
    best, best_overlap = None, 0
    signed = _signed_anew(mention)
    for draft in drafts:
        if draft.family != mention.family:
            continue
        if signed and not any(_kind_words(m) == _kind_words(mention) for m in draft.mentions):
            continue  # ``signed accords on fishing`` ... ``signed a protocol on fishing ports``: two signings
        # a deal told with a verb shares no words: its verb's clause is no name (``sold its rights to Lund``)
        their_words = set().union(*(_content(m) for m in draft.mentions if m.transfer is None))
        their_numbers = set().union(*(_numbers(m) for m in draft.mentions if m.transfer is None))
        if numbers and their_numbers and not numbers & their_numbers:
            continue
        overlap = len(words & their_words)
        if overlap > best_overlap or overlap == best_overlap and overlap and best is not None:
            best, best_overlap = draft, overlap
    if best is not None:
        return best, rule("agreement.shared-words")
    # ``a deal with Lund`` ... ``the deal to lease six barges from Lund``: a definite description
    # shares a party's name with the agreement of its family just before, in its paragraph or the
    # one before, and no differing number
    named = _party_names(mention) if mention.definite else set()
    for draft, prev in reversed(last):
        if not named or mention.para.index - prev.para.index > 1:
            break
        if draft.family != mention.family:
            continue
        their_numbers = set().union(*(_numbers(m) for m in draft.mentions if m.transfer is None))
        if named & set().union(*(_party_names(m) for m in draft.mentions if m.transfer is None)) \
                and not (numbers and their_numbers and not numbers & their_numbers):
            return draft, rule("agreement.shared-words")
        break
    # ``a ceasefire`` ... ``the Lima ceasefire agreement``: a description of the kind-only
    # agreement of its family just before, in its paragraph or the two before
    for draft, prev in reversed(last):
        if mention.para.index - prev.para.index > 2:
            break
        if draft.family != mention.family:
            continue
        if all(not _content(m) and not m.verb_based for m in draft.mentions) and not draft.first.head.pos_ == "PROPN":
            return draft, rule("agreement.specifies-earlier")
        break
    return None, ""


def _signed_anew(mention: Mention) -> bool:
    """Whether an indefinite description is signed in its own clause (``Lund and Berg signed
    accords on fishing``): a signing told of, which brings in an agreement of its own unless an
    earlier mention is the same kind of agreement in the same words (:func:`_kind_words`)."""
    return not mention.definite and not mention.verb_based and not any(
        t.dep_ == "poss" for t in mention.head.lefts) and signed_in_clause(mention)


def _kind_words(mention: Mention) -> tuple[str, ...]:
    """The agreement noun and its first of/on/for phrase up to that phrase's noun, which say what
    kind of agreement it is: "accord on fishing" for ``accords on fishing in the north``."""
    head = mention.head
    words = [head.lemma_.lower()]
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "on", "for") and c.i < mention.end), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is not None:
        words += [t.lower_ for t in head.doc[prep.i:noun.i + 1] if not t.is_punct]
    return tuple(words)


def _introduced(mention: Mention) -> bool:
    """Whether a description brings in an agreement not told of before: an indefinite article
    with the agreement's own parties (``an accord between Lund and Berg``) introduces one, whatever
    words it shares with an earlier agreement; not where it only says what an earlier one is
    (``the Lima accord, a pact on fishing``, ``the accord is a fishing pact``), nor an indefinite
    that names no party, which may tell of an earlier one again (``a new fishing deal in May``)."""
    head = mention.head
    return head.dep_ not in ("appos", "attr") and names_parties(mention) and any(
        c.dep_ == "det" and c.lower_ in _INTRODUCING for c in head.lefts)


def _specific(mention: Mention) -> bool:
    """Whether a first mention is a particular agreement and not a word in passing."""
    if mention.verb_based or mention.definite or mention.head.pos_ == "PROPN" or mention.adopted:
        return True
    if mention.family == "resolution" and voted_on(mention.head):
        return True  # ``the council approved a resolution``: a text put to a vote
    head = mention.head
    wished = head.head if head.dep_ == "dobj" else head.head.head if head.dep_ == "pobj" and head.head.lower_ == "for" else None
    if wished is not None and wished.pos_ == "VERB" and wished.lemma_.lower() in _WISHING:
        return False  # ``called for a ceasefire``, ``hope for a peace deal``: not (yet) an agreement
    if _aimed_at(head) and not _singled_out(mention):
        return False  # ``talks on a fishing pact``: the aim of talks, not (yet) an agreement
    verb = governing_verb(head)
    if verb is not None and verb.lemma_.lower() in SIGNING_VERBS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not signed_on_purpose(verb) \
            and not scheduled(verb, mention.para.text) and not _named(mention, verb):
        return False  # ``pressed Lund and Berg to strike a deal``, ``failed to sign an accord``: an aim, not an agreement
    if verb is not None and verb.lemma_.lower() not in SIGNING_VERBS and not _named(mention, verb) and any(
            c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in verb.children) \
            and not (verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in _ASPECT | _AGREEING
                     and not any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in verb.head.children)):
        return False  # ``could negotiate a better deal``, ``hopes to broker a peace deal``: one that may never be
    if not mention.bare:
        return True
    verb = governing_verb(mention.head)
    return verb is not None and verb.lemma_.lower() in STATUS_VERBS


def _aimed_at(head) -> bool:
    """Whether an agreement noun is what talks aim at: the object of an ``on``, ``for`` or
    ``towards`` phrase of a noun or verb of negotiating, through any phrases joined to it
    (``negotiations on prices and on a treaty``)."""
    if head.dep_ != "pobj" or head.head.lower_ not in _AIM_PREPOSITIONS:
        return False
    prep = head.head
    while prep.dep_ == "conj" and prep.head.dep_ == "prep":
        prep = prep.head
    return prep.dep_ == "prep" and (prep.head.lower_ in _NEGOTIATING or prep.head.lemma_.lower() in _NEGOTIATING)


def _named(mention: Mention, verb) -> bool:
    """Whether a mention under an infinitive names its parties or its subject with a proper name
    (``failed to negotiate a trade deal with Berg``, ``a Lund deal``): a particular agreement, even
    one still to be made; not under a modal, on its verb or the verb above an infinitive
    (``could negotiate a better deal with Berg``, ``may agree to form a venture with Berg``)."""
    verbs = [verb, verb.head] if verb.dep_ in ("xcomp", "advcl") else [verb]
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for v in verbs for c in v.children):
        return False
    return _singled_out(mention)


def _singled_out(mention: Mention) -> bool:
    """Whether a mention names its parties or carries a proper name before its noun."""
    return names_parties(mention) or any(t.pos_ == "PROPN" for t in mention.head.doc[mention.start:mention.head.i])


# -- the card -----------------------------------------------------------------------------


def _card(draft: Draft, parsed: ParsedArticle, index: Register, quotes: list[Quote]) -> Agreement:
    first = next((m for m in draft.mentions if not m.bare), draft.first)
    summary: list[str] = []
    paragraphs: list[int] = []
    for m in draft.mentions:
        if m.sentence not in summary:
            summary.append(m.sentence)
        if m.para.index not in paragraphs:
            paragraphs.append(m.para.index)
    agreement = Agreement(name=first.text, type=first.kind, summary=summary, paragraphs=sorted(paragraphs))
    for m in draft.mentions:
        read_mention(m, draft, index, parsed, quotes)
    agreement.parties = draft.parties
    agreement.year = _year(draft)
    agreement.name, agreement.aliases, name_rule, tail = named_card(draft.mentions, draft.parties, agreement.year, index,
                                                                   "\n".join(p.text for p in parsed.paragraphs))
    agreement.mediators = [mediator for mediator in draft.mediators if mediator not in draft.parties]
    agreement.signed = draft.signed
    status_rules: list[str] = []
    if draft.statuses:
        status, item = min(draft.statuses, key=lambda s: STATUS_RANK.index(s[0]))
        agreement.status, agreement.status_text = status, item
        status_rules = item.rules
    elif draft.claims:
        # only someone quoted or reported gives a status: it is theirs to claim
        status, item, by = min(draft.claims, key=lambda s: STATUS_RANK.index(s[0]))
        agreement.status, agreement.status_text = status, item
        agreement.status_claimed, agreement.status_by = True, by or None
        status_rules = item.rules
    read_terms(agreement, draft, parsed, index)
    if tail and not any(tail in item.text for item in agreement.covers):
        best = next(m for m in draft.mentions if tail in m.para.text)
        agreement.covers.append(BackgroundItem(tail, best.para.index, "context", rules=[rule("agreement.name-core")]))
    mediator_rules = [r for name, r in draft.mediator_rules if name in agreement.mediators]
    agreement.rules = merged([r for m in draft.mentions for r in (m.rule, m.joined)], draft.party_rules,
                             mediator_rules, [name_rule], status_rules, [draft.signed_rule] if draft.signed else [])
    return agreement


def _year(draft: Draft) -> int | None:
    # a deal told with a verb holds counts, not years (``sold its 2000 stores``); a number right
    # after the noun is the agreement's own number, not its year (``Resolution 1820``)
    for text in [_without_number(m) for m in draft.mentions if m.transfer is None] + [draft.signed or ""]:
        found = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", text)
        if found:
            return int(found.group())
    return None


def _without_number(mention: Mention) -> str:
    """The mention's words up to the number that follows its noun, if one does."""
    doc = mention.head.doc
    after = mention.head.i + 1
    if after < mention.end and doc[after].like_num:
        return mention.para.text[doc[mention.start].idx:doc[mention.head.i].idx + len(mention.head)]
    return mention.text
