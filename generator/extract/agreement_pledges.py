"""Promises told with a verb rather than an agreement's noun: ``Chile and Peru pledged to stop
fishing``. A promise several parties make together is an agreement: a subject of two or more
parties, a pair (``the two countries``, ``both sides``) or a gathering (``the leaders``) makes one.
So is a state's own pledge (``Chile pledged $5 million in aid``, ``the Peruvian government promised
to cut tariffs``), made and not denied: a state binds itself to others by it; a person's or a
firm's promise is its own policy. A promise only to meet or to try (``agreed to meet next week``,
``pledged to begin an attempt``) binds no one to a deed: it is none.
:mod:`~generator.extract.agreement_mentions` turns each promise found here into a mention.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from generator import lexicon
from generator.extract import patterns
from generator.nlp import ParsedParagraph

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from generator.model import Actor

# ``the two countries``, ``both sides``: a pair of parties named elsewhere.
PAIR = re.compile(r"\b(the two|both) (?:\w+ )?(" + "|".join(lexicon.table("pair_nouns")) + r")\b", re.I)
JOINT_MAKERS = lexicon.words("agreement_joint_makers")
"""Plural nouns and gatherings whose members act together (``the leaders``, ``the summit``)."""
_STATE_HEADS = lexicon.words("agreement_state_heads")
_STATE_PROMISING = lexicon.words("agreement_state_promising_verbs")
_HYPOTHETICAL = lexicon.words("agreement_hypothetical_auxiliaries")
_MEETING = lexicon.words("agreement_meeting_verbs")
_ATTEMPTS = lexicon.words("agreement_attempt_nouns")


def promises(para: ParsedParagraph, sent: "Span") -> Iterator[tuple["Token", int, str]]:
    """``(verb, end, rule)`` for each joint promise of a sentence: the verb of promising, the token
    index after what is promised, and the rule that found it. The patterns of
    ``agreement_pledges.jsonl`` find the verb and what is promised; the first promised clause of a
    verb wins, and ``commit to`` only where the verb has no clause."""
    doc = sent.doc
    promised: dict[int, tuple[bool, int]] = {}
    for verb_i, comp_i in patterns.token_pairs("agreement_pledges", doc):
        if sent.start <= verb_i < sent.end and sent.start <= comp_i < sent.end:
            key = (doc[comp_i].dep_ != "xcomp", comp_i)
            promised[verb_i] = min(promised.get(verb_i, key), key)
    for verb_i in sorted(promised):
        token, comp = doc[verb_i], doc[promised[verb_i][1]]
        if intention(comp):
            continue
        subj = _own_subject(token)
        if subj is None:
            # the parser lost the subject: ``On Friday X and Y pledged ...``
            before = para.text[sent.start_char:token.idx]
            joint = re.search(r"\b[A-Z][\w-]+(?: [A-Z][\w-]+)* and [A-Z]", before) or PAIR.search(before)
        else:
            joint = subj.lower_ == "both" or joint_maker(token, para.text)
        rule_id = "agreement.joint-pledge"
        if not joint and subj is not None and _state_pledge(token, subj):
            joint, rule_id = True, "agreement.state-pledge"
        if not joint:
            continue
        end = comp.i + 1
        for t in comp.subtree:
            if t.dep_ in ("acl", "relcl", "advcl") and t.i > comp.i:
                end = max(comp.i + 1, min(end, t.left_edge.i))  # not the clause's opening ``which``
                break
            end = max(end, t.i + 1)
        while end > comp.i + 1 and doc[end - 1].is_punct:
            end -= 1
        yield token, end, rule_id


def _own_subject(verb: "Token") -> "Token | None":
    """The subject of a verb of promising, or of the verb it is joined to when it has none of its
    own (``Chile read the letter and pledged to lend two ships``: Chile)."""
    holder = verb
    while True:
        subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or holder.dep_ != "conj" or holder.head is holder \
                or any(c.dep_ == "aux" and c.lower_ == "to" for c in holder.children):
            return subj  # an infinitive joined to a clause is not done by that clause's subject
        holder = holder.head


def intention(promised: "Token") -> bool:
    """Whether what is promised is only to meet or to try: a verb of gathering with no object
    (``agreed to meet next week``), or a verb whose object is an attempt (``pledged to begin an
    attempt to end the dispute``). Parties that promise no more than that have made no agreement."""
    objects = [c for c in promised.children if c.dep_ == "dobj"]
    if promised.lemma_.lower() in _MEETING:
        return not objects
    return any(o.lemma_.lower() in _ATTEMPTS for o in objects)


def is_state(name: str, actor: "Actor | None") -> bool:
    """Whether a party is a state: a country, or a body named as its government (``Chilean
    government``, ``Lund administration``)."""
    if actor is not None and actor.type == "country":
        return True
    words = name.split()
    return (actor is None or actor.type == "organization") and bool(words) and words[-1].lower() in _STATE_HEADS


def _state_pledge(verb: "Token", subj: "Token") -> bool:
    """Whether a verb is a state's own pledge: a verb of promising, neither denied nor under a
    modal, whose subject is a country's name (``Chile``, ``the United States``) or its
    government named with the country or its leader (``the Chilean government``, ``the
    government of Chile``, ``the Lund administration``)."""
    if verb.lemma_.lower() not in _STATE_PROMISING or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in verb.children):
        return False
    if subj.ent_type_ == "GPE" and subj.pos_ == "PROPN":
        return True
    if subj.lower_ not in _STATE_HEADS:
        return False
    return any(c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ("GPE", "NORP", "PERSON") for c in subj.children) \
        or any(c.dep_ == "prep" and c.lower_ == "of" and any(g.ent_type_ == "GPE" for g in c.children) for c in subj.children)


def joint_maker(verb: "Token", text: str) -> bool:
    """Whether the subject (or the ``by`` agent) of a verb is two or more parties or a gathering:
    ``Chile and Peru``, ``the two countries``, ``the leaders``, ``the summit``."""
    holder = verb
    while not any(c.dep_ in ("nsubj", "agent") for c in holder.children) and holder.dep_ in ("xcomp", "conj"):
        holder = holder.head
    subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    agent = next((c for c in holder.children if c.dep_ == "agent"), None)
    if agent is not None:
        subj = next((c for c in agent.children if c.dep_ == "pobj"), subj)
    if subj is None:
        return False
    words = text[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge)]
    return any(c.dep_ == "conj" for c in subj.children) or bool(PAIR.search(words)) \
        or subj.lower_ in JOINT_MAKERS or subj.lemma_.lower() in JOINT_MAKERS
