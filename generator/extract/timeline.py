"""The timeline: dated events, each as the clause of the article that tells it.

The date is kept as written (``on Saturday``, ``in 1994``) and, where it can be worked out (the
article's own date resolves ``on Saturday``), as an ISO date (:mod:`generator.extract.dates`).
Every event names the rules that chose its clause and resolved its date
(:mod:`generator.extract.provenance`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract import dates
from generator.extract.provenance import rule
from generator.model import TimelineEvent
from generator.nlp import ParsedArticle, ParsedParagraph

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

_SPEECH = lexicon.having("speech_verbs", "frame")
_MARKS = lexicon.words("clause_marks")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def extract_timeline(parsed: ParsedArticle) -> list[TimelineEvent]:
    """Dated events: the clause that tells each, the date as written and, where known, as ISO.

    Ordered by date where the dates are known, the undated ones (``on Saturday`` in an
    article with no date of its own) after them in the article's order.
    """
    base = parsed.article.source.date
    events: list[TimelineEvent] = []
    seen: set[tuple[int, str, str]] = set()
    for para in parsed.paragraphs:
        if not any(ent.label_ in ("DATE", "TIME") for ent in para.ents):
            continue  # nothing dated: the paragraph's text need not be read
        quoted = _quoted_spans(para.parsed_text)
        for sent in para.sents:
            for ent in para.sentence_ents(sent):
                if ent.label_ not in ("DATE", "TIME"):
                    continue
                if any(a <= ent.start_char < b for a, b in quoted):
                    continue
                written = para.text[ent.start_char:ent.end_char]
                if not dates.is_point_in_time(written) or ent.label_ == "TIME" and not re.search(
                        r"\b(this|last|yesterday|tonight)\b", written, re.I):
                    continue
                if ent.root.dep_ in ("compound", "nmod") and not re.search(r"\b(1[5-9]\d\d|20\d\d)\b", written):
                    continue
                when = _with_preposition(para, ent)
                text, clause_rule = _clause(para, sent, ent)
                key = (para.index, text, written)
                if key in seen:
                    continue
                seen.add(key)
                date = dates.resolve(written, base)
                rules = [clause_rule]
                if date:
                    rules.append(rule("timeline.absolute-date") if _YEAR.search(written) else rule("timeline.relative-date"))
                events.append(TimelineEvent(text=text, paragraph=para.index, when=when, date=date, rules=rules))
    around = base or "9999"
    return sorted(events, key=lambda ev: (ev.date or around, ev.date is None, ev.paragraph))


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r'"[^"]*"', text)]


def _with_preposition(para: ParsedParagraph, ent: "Span") -> str:
    doc = para.doc
    start = ent.start
    if start > 0 and doc[start - 1].lower_ in lexicon.words("date_prepositions") \
            and ent.root.head.i == start - 1:
        start -= 1
    return para.text[doc[start].idx:ent.end_char]


def _clause(para: ParsedParagraph, sent: "Span", ent: "Span") -> tuple[str, str]:
    """The clause that holds a date, trimmed from its sentence, the sentence when it has none;
    and the rule that chose it."""
    doc = sent.doc
    if ent.root.dep_ in ("nummod", "compound", "amod", "nmod") and ent.root.head.pos_ == "NOUN":
        # ``a 1998 pact between the two countries``: the thing the date belongs to
        head = ent.root.head
        lo, hi = head.left_edge.i, head.right_edge.i
        if hi - lo >= 4 and lo >= sent.start and hi < sent.end:
            return _trimmed(para, sent, lo, hi), rule("timeline.noun-date")
    for node in ent.root.ancestors:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if node.dep_ == "ROOT" or node.lemma_.lower() in _SPEECH:
            break
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
            head = node.head
            lo, hi = head.left_edge.i, head.right_edge.i
            return _trimmed(para, sent, lo, hi), rule("timeline.relative-clause")
        if node.dep_ in ("advcl", "ccomp", "conj") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children):
            lo, hi = node.left_edge.i, node.right_edge.i
            for child in node.rights:
                if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                    hi = min(hi, child.left_edge.i - 1)
            return _trimmed(para, sent, lo, hi), rule("timeline.subordinate-clause")
    return _sentence_text(para, sent), rule("timeline.sentence")


def _trimmed(para: ParsedParagraph, sent: "Span", lo: int, hi: int) -> str:
    doc = sent.doc
    while lo < hi and (doc[lo].is_punct or doc[lo].lower_ in _MARKS and doc[lo].dep_ in ("mark", "cc", "prep")):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ == "cc"):
        hi -= 1
    if hi - lo < 3:
        return _sentence_text(para, sent)
    return para.text[doc[lo].idx:doc[hi].idx + len(doc[hi])]


def _sentence_text(para: ParsedParagraph, sent: "Span") -> str:
    return para.text[sent.start_char:sent.end_char].strip()
