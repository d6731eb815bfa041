"""Reported speech without quotation marks: the article's own sentence and who said it.

A sentence outside any quotation whose main verb reports speech with a clause of its own
(``X said the talks would resume``), or that opens with ``according to X``, becomes a
statement when its speaker resolves to someone (:mod:`generator.extract.speakers`).
"""
from __future__ import annotations

from generator.extract.provenance import merged, rule
from generator.extract.quotefinding import sentence_bounds, tokens_between
from generator.extract.speakers import Resolver
from generator.extract.speech import STATEMENT_VERBS, cue_phrases, subject_and_rule
from generator.model import Statement
from generator.nlp import ParsedParagraph


def statements(paragraphs: list[ParsedParagraph], ranges, resolver: Resolver) -> list[Statement]:
    """The reported statements of the article, in order; ``ranges`` are its quotations by paragraph."""
    out = []
    for para in paragraphs:
        quotes = ranges[para.index]
        according: dict = {}  # "according to X" by the token of "according": X
        for r, c, o in cue_phrases(para.doc):
            if r == "speaker.according-to":
                according.setdefault(c.i, o)
        for start, end in sentence_bounds(para):
            if any(a < end and b > start for a, b in quotes):
                continue
            text = para.text[start:end].strip()
            if any(c in text for c in "\"\u201c\u201d\u00ab\u00bb"):
                continue
            sent = tokens_between(para.doc, start, end)  # read token by token, only up to the verb
            if not len(sent):
                continue
            found = None
            for t in sent:
                if t.pos_ == "VERB" and t.lemma_.lower() in STATEMENT_VERBS and t.dep_ in ("ROOT", "conj") \
                        and any(c.dep_ == "ccomp" for c in t.children) \
                        and (t.tag_ != "VBN" or any(c.dep_ == "aux" for c in t.children)):
                    subj, how = subject_and_rule(t, quotes)
                    if subj is not None:
                        found = (t.text, subj, ["statement.speech-verb-clause", how])
                        break
                if t.i == sent.start and t.i in according:
                    found = ("according to", according[t.i], ["statement.according-to"])
                    break
            if found is None:
                continue
            who = resolver.resolve(para.text, found[1], quotes, para_index=para.index)
            if who is None or who.name is None:
                continue
            out.append(Statement(text=text, speaker=who.name, speaker_id=who.id,
                                 role=who.role or (who.actor.role if who.actor else None),
                                 cue=found[0], paragraph=para.index, body_id=who.body.id if who.body else None,
                                 rules=merged([rule(r) for r in found[2]], who.rules)))
    return out
