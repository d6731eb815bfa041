"""What one mention of an agreement tells: its status (read by
:mod:`generator.extract.agreement_status`), parties, mediators and signing.

Parties are the register's actors: those listed after ``between``/``with``, in a possessive, in a
pair joined by a dash before the noun (``the Chile-Peru pact``), in
the subject of the verb that signs the agreement (or of the clause above a signing still to come),
after ``by`` of a passive signing, or the two that ``the two countries`` stands for. Each finding
names its rule (:mod:`generator.extract.provenance`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from generator import lexicon
from generator.extract.agreement_claims import claim_of
from generator.extract.agreement_mentions import PARTY_ONLY_HEADS, Mention, governing_verb, voted_on
from generator.extract.agreement_pledges import PAIR
from generator.extract.agreement_signers import dash_pair, infinitive_subject, passive_agent
from generator.extract.agreement_status import MADE_BY_AGENT, MADE_BY_SUBJECT, mention_status, sides_of_unmade, to_be_made
from generator.extract.agreement_transfers import transfer_parties
from generator.extract.dates import is_point_in_time
from generator.extract.provenance import rule
from generator.extract.register import Register
from generator.model import BackgroundItem, Quote
from generator.nlp import ParsedArticle

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

_COUNTRY_PAIR = lexicon.having("pair_nouns", "country")
_BROKERED = re.compile(r"((?:[A-Z][\w.]*\s+)*[A-Z][\w.]*)\s*-\s*(?:brokered|mediated|sponsored)\b")

SIGNING = lexicon.words("agreement_signing_verbs")
# Nouns of those who act for a state or body: ``the ministers of Chile and Peru signed``.
_ACTING_FOR = lexicon.words("state_office_nouns") | lexicon.words("agreement_acting_for_nouns")
_MAKING = lexicon.words("agreement_making_verbs")


@dataclass
class Draft:
    """An agreement as its mentions are read: the mentions, and what each told of it."""

    mentions: list[Mention] = field(default_factory=list)
    statuses: list[tuple[str, BackgroundItem]] = field(default_factory=list)
    """Each status a sentence gives, with that sentence (its rules name the status rule)."""
    claims: list[tuple[str, BackgroundItem, str]] = field(default_factory=list)
    """Each status only someone quoted or reported claims: the status, the sentence, who claims it
    ("" when the article does not say)."""
    parties: list[str] = field(default_factory=list)
    party_rules: list[str] = field(default_factory=list)
    """The rules that found a party, in the order they first did."""
    mediators: list[str] = field(default_factory=list)
    mediator_rules: list[tuple[str, str]] = field(default_factory=list)
    """``(mediator, rule)`` for each mediator found."""
    signed: str | None = None
    signed_rule: str = ""

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def family(self) -> str:
        return self.first.family

    def add_parties(self, names: list[str], rule_id: str) -> None:
        """Parties one rule found; the rule is kept when it brings a party the card lacked."""
        for name in names:
            if name and name not in self.parties:
                self.parties.append(name)
                if rule_id not in self.party_rules:
                    self.party_rules.append(rule_id)


def read_mention(m: Mention, draft: Draft, index: Register, parsed: ParsedArticle, quotes: list[Quote]) -> None:
    """Status, parties, mediators and signing date that this one mention gives."""
    doc = m.head.doc
    status, verb, status_rule = mention_status(m)
    if status:
        item = BackgroundItem(m.sentence, m.para.index, "history", rules=[status_rule])
        claim = claim_of(m, verb if verb is not None else m.head, index, quotes)
        if claim is None:
            draft.statuses.append((status, item))
        else:
            item.rules.append(claim[1])
            draft.claims.append((status, item, claim[0]))
    for mediator, rule_id in _mediators(m, index):
        if mediator not in draft.mediators:
            draft.mediators.append(mediator)
            draft.mediator_rules.append((mediator, rule_id))
    # parties
    full = m.para.text[doc[m.start].idx:doc[m.full_end - 1].idx + len(doc[m.full_end - 1])]
    pair_texts = [full]
    parties: list[str] = []

    def take(names: list[str], rule_id: str) -> None:
        parties.extend(names)
        draft.add_parties(names, rule_id)

    for t in doc[m.start:m.full_end]:
        if t.dep_ == "poss" and t.head.i == m.head.i:
            names = index.names(m.para.text[t.left_edge.idx:t.idx + len(t)], {"country", "organization", "place", "group"})
            take(names, rule("party.possessive"))
    take(dash_pair(m, index), rule("party.dash-pair"))
    if not m.verb_based:
        # ``a Chilean pledge``, ``the Chile fishing pact``: the state that made it; not one half
        # of a pair joined by a dash (``the Peru–Chile pact``, read whole by dash_pair)
        for t in doc[m.start:m.head.i]:
            if t.head.i == m.head.i and t.dep_ in ("amod", "compound") and t.ent_type_ in ("NORP", "GPE") \
                    and not any(0 <= i < len(doc) and doc[i].text in ("-", "\u2013") for i in (t.i - 1, t.i + 1)):
                take(index.names(t.text, {"country"}), rule("party.state-modifier"))
        if m.family == "resolution":
            # ``a Senate resolution``, ``a UN resolution``: the body whose resolution it is
            for t in doc[m.start:m.head.i]:
                if t.head.i == m.head.i and t.dep_ == "compound" and t.pos_ == "PROPN" \
                        and t.ent_type_ not in ("GPE", "NORP", "PERSON"):
                    take(index.names(m.para.text[t.left_edge.idx:t.idx + len(t)], {"organization"}),
                         rule("party.state-modifier"))
    joining = ("between", "with", "among", "for") if m.family in ("package", "formal") and m.kind in ("package", "deal") \
        else ("between", "with", "among")
    for prep in (c for c in m.head.rights if c.dep_ == "prep" and c.lower_ in joining and m.transfer is None):
        rule_id = rule("party.between") if prep.lower_ in ("between", "among") else rule("party.with")
        take(_listed_actors(m, prep, index), rule_id)
    for acl in (c for c in m.head.rights if c.dep_ in ("acl", "relcl")):
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ in ("between", "among")):
            take(_listed_actors(m, prep, index), rule("party.between"))
            pair_texts.append(m.para.text[prep.idx:prep.right_edge.idx + len(prep.right_edge)])
        for agent in (c for c in acl.children if c.dep_ == "agent" and acl.tag_ == "VBN" and acl.lemma_.lower() in _MAKING):
            phrase = m.para.text[agent.idx:agent.right_edge.idx + len(agent.right_edge)]
            take(_listed_actors(m, agent, index) or index.names(phrase, {"country", "organization", "group", "person"}),
                 rule("party.signing-subject"))
    if m.transfer is not None:
        take(*transfer_parties(m, index))
    elif verb is not None and (status in MADE_BY_SUBJECT or sides_of_unmade(verb, m.para.text)) or m.verb_based:
        verb = m.head if m.verb_based else verb
        holder = verb
        while holder is not None and not any(c.dep_ in ("nsubj",) for c in holder.children) and holder.dep_ in ("xcomp", "conj"):
            holder = holder.head
        subj = next((c for c in holder.children if c.dep_ == "nsubj"), None) if holder is not None else None
        if subj is not None and subj.i < m.head.i or m.verb_based:
            lo = subj.left_edge.i if subj is not None and (holder.dep_ != "ROOT" or any(
                t.pos_ in ("VERB", "AUX") for t in doc[m.sent.start:subj.left_edge.i])) else m.sent.start
            span_text = _without_clauses(m.para.text, doc[lo].idx, verb.idx, subj)
            # who votes on a resolution is its party only as a body (``the Senate voted on``), not
            # a member state or a member who casts a vote (``Chile voted against it``)
            voters = status == "voted on" and not m.verb_based
            take(_subject_actors(span_text, index, {"organization", "group"} if voters else _PARTY_TYPES),
                 rule("party.signing-subject"))
            pair_texts.append(span_text)
    elif verb is not None and to_be_made(verb, status, m.para.text):
        subj = infinitive_subject(verb)
        if subj is not None and subj.i < m.head.i and m.head not in subj.subtree:
            span_text = m.para.text[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge)]
            take(_subject_actors(span_text, index), rule("party.signing-subject"))
            pair_texts.append(span_text)
    if verb is not None and not m.verb_based and m.transfer is None \
            and (status in MADE_BY_AGENT or to_be_made(verb, status, m.para.text)):
        agent = passive_agent(m, verb)
        if agent is not None:
            # the states and bodies that sign, not the officials who sign for them
            phrase = m.para.text[agent.idx:agent.right_edge.idx + len(agent.right_edge)]
            take(_subject_actors(phrase[len(agent.text):], index, {"country", "organization", "group"}),
                 rule("party.signing-subject"))
            pair_texts.append(phrase)
    if not parties and m.family == "resolution" and voted_on(m.head):
        # ``the city council approved a resolution``: the body that votes on it is its party
        voting = governing_verb(m.head)
        subj = next((c for c in voting.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.i < m.head.i:
            span_text = _without_clauses(m.para.text, subj.left_edge.idx, subj.idx + len(subj), subj)
            take(_subject_actors(span_text, index, {"organization", "group"}), rule("party.signing-subject"))
    governing = verb if verb is not None else governing_verb(m.head)
    if governing is not None and not parties:
        # ``led the two sides to an agreement``
        for c in governing.children:
            if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i != m.head.i:
                pair_texts.append(m.para.text[c.left_edge.idx:c.right_edge.idx + len(c.right_edge)])
    for text in pair_texts:
        if PAIR.search(text):
            take(_pair(m, index, text, parsed, exclude=set(draft.mediators)), rule("party.pair"))
            break
    if not parties and m.head.lemma_.lower() in PARTY_ONLY_HEADS:
        # a venture or contract is no card without a party: look for it at the verb
        take(_verb_with(m, index), rule("party.with"))
    # signing date and place
    if draft.signed is None and verb is not None and status in ("signed", "reached", "pledged", "ratified"):
        draft.signed = _when_where(m, verb)
    for acl in (c for c in m.head.rights if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in SIGNING):
        if draft.signed is None and not any(c.lower_ in ("will", "to") for c in acl.lefts):
            draft.signed = _when_where(m, acl)
    if draft.signed and not draft.signed_rule:
        draft.signed_rule = rule("agreement.signing-date-place")


def _mediators(m: Mention, index: Register) -> list[tuple[str, str]]:
    """Who brokered it, each with its rule: ``EU-brokered``, ``mediated by X``, ``X, flown in to
    mediate, led ...``."""
    out = []
    for found in _BROKERED.finditer(m.sentence):
        out.append((index.resolve(found.group(1)), rule("party.mediator")))
    for t in m.sent:
        if t.lemma_.lower() in ("mediate", "broker") and t.pos_ == "VERB" and not _BROKERED.search(m.sentence):
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            if agent is not None and list(agent.children):
                pobj = list(agent.children)[0]
                out.append((index.resolve(m.para.text[pobj.left_edge.idx:pobj.idx + len(pobj)]), rule("party.mediator")))
                continue
            node = t
            for _ in range(4):
                subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    if subj.pos_ == "PROPN":
                        name = index.resolve(m.para.text[subj.left_edge.idx:subj.idx + len(subj)])
                        out.append((name, rule("party.mediator")))
                    break
                if node.dep_ == "ROOT":
                    break
                node = node.head
    firsts = {}
    for name, rule_id in out:
        if name:
            firsts.setdefault(name, rule_id)
    return list(firsts.items())


def _listed_actors(m: Mention, prep: "Token", index: Register) -> list[str]:
    """Actors named right after ``between``/``with``, up to a possessive or a new phrase, or in the
    ``of`` phrase of a common noun there (``with the leaders of Lund``)."""
    doc = m.head.doc
    names: list[str] = []
    i = prep.i + 1
    stop = prep.right_edge.i + 1
    run_start = i
    while i < stop:
        t = doc[i]
        if t.tag_ == "POS":
            break
        if not (t.pos_ in ("PROPN", "CCONJ", "DET", "NUM", "ADJ") or t.text in (",", "-") or t.lower_ in ("countries", "sides", "nations")):
            break
        i += 1
    stretch = m.para.text[doc[run_start].idx:doc[i - 1].idx + len(doc[i - 1])] if i > run_start else ""
    if doc[i].tag_ == "POS" if i < len(doc) else False:
        # ``with Chile and Peru's backing``: the last name belongs to what follows
        cut = doc[i - 1]
        stretch = m.para.text[doc[run_start].idx:cut.idx]
    names += index.names(stretch, {"country", "organization", "group", "person"})
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    name = pobj if pobj is not None and pobj.pos_ == "PROPN" else next(
        (c for c in (pobj.children if pobj is not None else ()) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if not names and name is not None:
        # ``with shipbuilder Lund Lines``, ``with the grocer Lund Lines``: the name after the words that describe it
        first = name.i
        while first > prep.i + 1 and doc[first - 1].pos_ == "PROPN":
            first -= 1
        names = index.names(m.para.text[doc[first].idx:name.idx + len(name)], {"country", "organization", "group", "person"})
    if not names:
        # ``with the leaders of Lund``: the party is the one the common noun belongs to
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None) if noun is not None else None
        if of is not None:
            return _listed_actors(m, of, index)
    return names


def _verb_with(m: Mention, index: Register) -> list[str]:
    """The parties of an agreement named at the verb it depends on, or the verb of agreeing above
    that one: the actors after its ``with`` and those of its subject (``Lund agreed with Berg to
    run the mill as a joint venture``, ``Lund left its joint venture with Berg``)."""
    verb = governing_verb(m.head)
    for _ in range(2):
        if verb is None:
            return []
        partner = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        if partner is not None:
            others = _listed_actors(m, partner, index)
            if not others:
                return []
            holder = verb
            while not any(c.dep_ == "nsubj" for c in holder.children) and holder.dep_ in ("xcomp", "conj", "advcl", "dep"):
                holder = holder.head
            subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
            doc = m.head.doc
            own = _subject_actors(m.para.text[doc[subj.left_edge.i].idx:subj.idx + len(subj)], index) if subj is not None else []
            return unique(own + others)
        verb = verb.head if verb.dep_ in ("xcomp", "advcl") else None
    return []


def _without_clauses(text: str, begin: int, end: int, subj: "Token | None") -> str:
    """The text from ``begin`` to ``end`` with the clauses that describe the subject blanked out
    (``Chile, which had quarrelled with Peru, signed``: Peru is no signer), and the brackets that
    gloss one of its names (``Lund Oil (Chilean Fuel Ltd.)``: a name of Lund Oil, Chile no signer)."""
    out = text[begin:end]
    if subj is None:
        return out
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in subj.children if c.dep_ in ("relcl", "acl")]
    doc = subj.doc
    for t in subj.subtree:
        if t.dep_ != "appos":
            continue
        lo = t.left_edge.i if doc[t.left_edge.i].text == "(" else t.left_edge.i - 1
        hi = t.right_edge.i if doc[t.right_edge.i].text == ")" else t.right_edge.i + 1
        if 0 <= lo < hi < len(doc) and doc[lo].text == "(" and doc[hi].text == ")":
            spans.append((doc[lo].idx, doc[hi].idx + 1))
    for lo, hi in spans:
        lo, hi = lo - begin, hi - begin
        if 0 <= lo < hi <= len(out):
            out = out[:lo] + " " * (hi - lo) + out[hi:]
    return out


_PARTY_TYPES = frozenset({"country", "organization", "place", "group", "person"})


def _for_a_state(word: str) -> bool:
    """Whether a noun before ``of`` names those who act for what follows (``the presidents of Chile
    and Peru``, ``leaders of``): what follows is a party, not where the subject is set."""
    word = word.lower().strip(",")
    return word in _ACTING_FOR or word.endswith("s") and word[:-1] in _ACTING_FOR


def _subject_actors(text: str, index: Register, types: set[str] = _PARTY_TYPES) -> list[str]:
    """Actors in a subject, leaving out the places it is set in (``in Geneva``)."""
    out = []
    for offset, actor in index.find_all(text, types):
        before = [w for w in text[:offset].rstrip().split() if w.lower() not in lexicon.words("articles")]
        if before and before[-1].lower() in ("in", "at", "from", "of", "to", "near") \
                and not (before[-1].lower() == "of" and len(before) > 1 and _for_a_state(before[-2])):
            continue
        if actor.type == "place" and actor.lat is not None:
            continue  # a city the subject is set in, not a party
        out.append(actor.name)
    return unique(out)


def _pair(m: Mention, index: Register, where: str, parsed: ParsedArticle,
          exclude: set[str] = frozenset()) -> list[str]:
    """Resolve ``the two countries``/``both sides`` to the two actors the context names."""
    phrase = PAIR.search(where)
    types = {"country"} if phrase and phrase.group(2).lower() in _COUNTRY_PAIR else {"country", "person", "organization"}
    sent_text = m.sentence
    sent_start = m.sent.start_char
    offset = m.para.text.find(phrase.group(0), sent_start) - sent_start if phrase else len(sent_text)
    found = [n for n in index.names(sent_text[:max(offset, 0)], types) if n not in exclude]
    if len(found) < 2:
        found = unique(found + [n for n in index.names(sent_text, types) if n not in exclude])
    if len(found) < 2:
        # earlier sentences, nearest first
        for text in _earlier_sentences(m, parsed):
            for name in index.names(text, types):
                if name not in found and name not in exclude:
                    found.append(name)
            if len(found) >= 2:
                break
    return found[:2] if len(found) >= 2 else []


def _earlier_sentences(m: Mention, parsed: ParsedArticle) -> Iterator[str]:
    """The sentences before the mention's, nearest first, back to the article's start."""
    for para in reversed([p for p in parsed.paragraphs if p.index <= m.para.index]):
        sents = [s for s in para.sents if para.index < m.para.index or s.end_char <= m.sent.start_char]
        for s in reversed(sents):
            yield para.text[s.start_char:s.end_char]











def _when_where(m: Mention, verb: "Token") -> str | None:
    doc = m.head.doc
    mention_tokens = set(range(m.start, m.end))
    dates, places = [], []
    for ent in m.sent.ents:
        if any(t.i in mention_tokens for t in ent):
            continue
        if not any(t.i == verb.i or verb in t.ancestors for t in ent):
            continue
        text = m.para.text[ent.start_char:ent.end_char]
        if ent.label_ == "DATE" and is_point_in_time(text):
            dates.append(text)
        elif ent.label_ == "GPE" and ent.start > 0 and doc[ent.start - 1].lower_ in ("in", "at"):
            places.append(text)
    parts = dates[:1] + places[:1]
    return ", ".join(parts) if parts else None




def unique(values) -> list:
    out = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out

