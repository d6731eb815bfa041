"""Who signs an agreement, read from the parse: the subject of the clause above a signing still to
come, and the ``by`` phrase of a passive signing. The register's actors in them are the parties
(:mod:`generator.extract.agreement_reading`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from generator.extract.agreement_mentions import Mention


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
