"""The status one mention of an agreement gives it, and the verb that tells it.

A status comes from a phrase (lexicon ``agreement_status_phrases``: rule ``status.phrase``), a word
of proposal before the mention (rule ``status.proposal-modifier``), or the verb the mention depends
on or that depends on it (lexicon ``agreement_status_verbs``: rule ``status.verb``). A verb that
tells of what did not or may not happen gives none (``did not sign``, ``failed to ratify``); one
still to be carried out gives "to be signed" or none (``are expected to sign``). The tests of
whether a verb of making is done, pending or unreal are here too, for the readers of parties.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.agreement_mentions import Mention, governing_verb
from generator.extract.agreement_pledges import joint_maker
from generator.extract.agreement_transfers import transfer_status
from generator.extract.provenance import rule

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

# Verb lemma -> the status it gives the agreement it governs.
STATUS_VERBS = lexicon.table("agreement_status_verbs")
_PROPOSAL_WORDS = lexicon.words("agreement_proposal_words")
# Statuses whose verb's subject made the agreement: "Chile signed", "the Senate passed".
MADE_BY_SUBJECT = ("signed", "reached", "pledged", "under negotiation", "ratified", "passed", "voted on")
# Statuses whose passive verb's ``by`` phrase made the agreement: "signed by Chile", not "negotiated
# by a committee" (who negotiates may be a go-between).
MADE_BY_AGENT = ("signed", "reached", "ratified", "passed")
# Phrases that give a status (lexicon ``agreement_status_phrases``), in the order they are tried:
# the first phrase that stands where it counts wins.
_STATUS_PHRASES = {tuple(k.split()): v for k, v in lexicon.table("agreement_status_phrases").items()}
# Verbs above an infinitive that make it real: agreed, begun, set for a date or voted
# (``agreed to sign``, ``began to negotiate``, ``are expected to sign``, ``voted to ratify``).
_CARRIED_OUT = (lexicon.words("agreement_adopting_verbs") | lexicon.words("agreement_aspect_verbs")
                | lexicon.words("agreement_scheduling_words") | lexicon.words("agreement_voting_verbs"))
_MODALS = lexicon.words("agreement_modal_auxiliaries")
_SCHEDULING = lexicon.words("agreement_scheduling_words")
# The strongest status wins when several sentences give one.
STATUS_RANK = list(lexicon.entries("agreement_status_rank"))


def _verb_rule(status: str) -> str:
    """The rule of a status given by a verb: one mechanism, whatever the status; which verb gives
    which status is the table's (lexicon ``agreement_status_verbs``)."""
    return rule("status.verb")


def mention_status(m: Mention) -> tuple[str | None, "Token | None", str]:
    """The agreement's status as this sentence tells it, the verb that tells it, and the rule."""
    doc = m.head.doc
    if m.transfer is not None:
        status = transfer_status(m)
        return status, m.head, _verb_rule(status)
    if m.verb_based:
        return "pledged", m.head, _verb_rule("pledged")
    # phrases that govern the mention directly (``under the terms of a pact``: within 40
    # characters before it), or that tell of it anywhere in its sentence (``broke down``)
    words = [t.lower_ for t in m.sent]
    begin = doc[m.start].idx
    for phrase, status in _STATUS_PHRASES.items():
        for k in range(len(words) - len(phrase) + 1):
            if tuple(words[k:k + len(phrase)]) != phrase:
                continue
            start, end = m.sent.start + k, m.sent.start + k + len(phrase)
            if status in ("invoked", "violated"):
                if end <= m.start and doc[start].idx >= begin - 40:
                    return status, governing_verb(m.head), rule("status.phrase")
            elif not _said_of_another(m, doc[start:end]):
                return status, None, rule("status.phrase")
    for t in doc[m.start:m.head.i]:
        if t.lower_ in _PROPOSAL_WORDS:
            return "proposed", None, rule("status.proposal-modifier")
    # the verb the mention depends on, or a verb that depends on the mention
    candidates = []
    verb = governing_verb(m.head)
    if m.head.dep_ == "pobj" and m.head.head.lower_ in ("in", "under", "within"):
        verb = None  # ``proposed in the Lima declaration``: what the agreement holds, not what befell it
    if verb is not None:
        candidates.append(verb)
        candidates += [c for c in verb.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB"]
    candidates += [c for c in m.head.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    for v in candidates:
        lemma = v.lemma_.lower()
        if lemma == "break" and not any(c.lower_ == "down" for c in v.children) and m.head.dep_ not in ("dobj", "nsubjpass"):
            continue
        if lemma == "work" and not any(c.lower_ == "on" for c in v.children):
            continue
        if lemma in STATUS_VERBS and _unreal(v, m.para.text):
            return None, v, ""  # ``failed to ratify the treaty``, ``did not sign it``: no status it has
        if STATUS_VERBS.get(lemma) in MADE_BY_SUBJECT and _pending(v, m.para.text):
            # ``are expected to ink a deal``, ``is due to ratify a treaty``: not made yet
            if STATUS_VERBS[lemma] == "signed":
                return "to be signed", v, _verb_rule("to be signed")
            return None, v, ""
        if lemma == "sign" and any(c.lower_ in ("will", "to") for c in v.lefts):
            return "to be signed", v, _verb_rule("to be signed")
        if lemma in STATUS_VERBS:
            if v is verb and m.head.dep_ == "nsubj" and STATUS_VERBS[lemma] != "collapsed":
                continue  # ``the deal violates the law``: what the agreement does, not what befell it
            return STATUS_VERBS[lemma], v, _verb_rule(STATUS_VERBS[lemma])
    return None, None, ""


def scheduled(verb: "Token", text: str) -> bool:
    """Whether an infinitive is agreed, begun, set for a date or voted rather than wished for
    (``agreed to sign a pact``, ``are expected to sign an accord``, ``Chile and Peru are to sign a
    treaty``; not ``their goal is to reach a deal``)."""
    above = verb.head.lemma_.lower()
    return above in _CARRIED_OUT or above == "be" and joint_maker(verb.head, text)


def signed_on_purpose(verb: "Token") -> bool:
    """Whether an infinitive is the purpose of something that took place (``the ministers flew to
    Lima to sign an accord``), and so tells of what was done, not of a wish."""
    event = verb.head
    return verb.dep_ == "advcl" and (event.tag_ == "VBD" or event.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "has", "have", "was", "were") for c in event.children))


def to_be_made(verb: "Token", status: str | None, text: str) -> bool:
    """Whether a verb of making an agreement is one its subject is still to carry out: signing
    ahead (``will sign``, ``are expected to sign``), an infinitive set for later or the purpose of
    a trip or meeting (``is due to ratify``, ``met in Lima to sign``); not one that is negated or
    under a modal of possibility."""
    if STATUS_VERBS.get(verb.lemma_.lower()) not in MADE_BY_SUBJECT:
        return False
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False
    if status == "to be signed":
        return True
    return _pending(verb, text)


def _pending(verb: "Token", text: str) -> bool:
    """Whether an infinitive is set for later (``are expected to ratify``, ``is due to sign``) or
    is the purpose of a trip or meeting (``met in Lima to sign``): made, if at all, after the
    sentence's time."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    above = verb.head.lemma_.lower()
    return above in _SCHEDULING or signed_on_purpose(verb)


def sides_of_unmade(verb: "Token", text: str) -> bool:
    """Whether the subject of a verb of making that did not or may not happen is still the
    agreement's sides: those who negotiate (``Chile failed to negotiate a deal with Peru``), or two
    or more who fail together (``Lund and Berg failed to strike a deal``); not one who
    refuses or rejects (``Bolivia would never ratify the treaty``)."""
    told = STATUS_VERBS.get(verb.lemma_.lower())
    return told == "under negotiation" or told in MADE_BY_SUBJECT and joint_maker(verb, text)


def _unreal(verb: "Token", text: str) -> bool:
    """Whether a verb tells of what did not or may not happen: negated (``did not sign``), under a
    modal of possibility (``could ratify``), or an infinitive that is failed, refused or wished
    (``failed to ratify``, ``urged them to sign``)."""
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not scheduled(verb, text) and not signed_on_purpose(verb)


def _said_of_another(m: Mention, phrase) -> bool:
    """Whether a phrase (``broke down``, ``will be signed``) has a subject of its own that is neither
    the mention nor a pronoun: ``two truces broke down`` tells nothing of the deal beside them."""
    for t in phrase:
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.pos_ != "PRON" and m.head not in subj.subtree
    return False
