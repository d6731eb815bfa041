"""Where the quotations of an article are, and which quoted words are quotations at all.

Quotation marks are paired paragraph by paragraph (:mod:`generator.extract.quotemarks`); a
quotation whose opening mark is missing starts after its speech verb; one left open at the end
of a paragraph runs on into the next when that one opens with a mark (the press convention),
also across a short caption set between them. Names of works in title case, headlines cited
with their source and date, and lists of such titles are told apart here; whether the words
are ``full`` or ``partial`` is decided here too, with the rule that decided it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from generator import lexicon
from generator.extract.provenance import rule
from generator.extract.quotemarks import DOUBLE, SINGLE, Span, find_spans, opens_with_quote
from generator.extract.speech import is_cue
from generator.nlp import ParsedParagraph, token_values

# Abbreviations after which the parser may wrongly start a new sentence.
_ABBREVIATIONS = lexicon.words("abbreviations")


@dataclass
class Found:
    para: ParsedParagraph
    span: Span
    start: int
    end: int
    """Offsets of the quoted words in the paragraph."""
    more: list[tuple[ParsedParagraph, int, int]] = field(default_factory=list)
    """Further paragraphs of a quotation that runs over several."""

    @property
    def text(self) -> str:
        parts = [self.para.text[self.start:self.end]] + [p.text[a:b] for p, a, b in self.more]
        return "\n\n".join(part for part in parts if part.strip())  # a paragraph of a lone mark adds nothing


# -- finding ---------------------------------------------------------------------------------
def find_quotations(paragraphs: list[ParsedParagraph]) -> list[Found]:
    out: list[Found] = []
    spans_of: list[list[Span]] = []
    follows = [next_text_paragraph(paragraphs, k) for k in range(len(paragraphs))]
    for k, para in enumerate(paragraphs):
        nxt = paragraphs[follows[k]].text if follows[k] < len(paragraphs) else ""
        bounds = [(s.start_char, s.end_char) for s in para.sents]
        before = spans_of[-1] if spans_of else []
        left_open = bool(before) and not before[-1].closed and before[-1].end >= len(paragraphs[k - 1].text.rstrip())
        spans = find_spans(para.text, bounds, continues=opens_with_quote(nxt), continued=left_open)
        spans_of.append([_after_cue(para, s) if not s.opened else s for s in spans])
    skip: set[tuple[int, int]] = set()
    for k, para in enumerate(paragraphs):
        for n, span in enumerate(spans_of[k]):
            if (k, n) in skip:
                continue
            a, b = span.inner(para.text)
            if not any(c.isalnum() for c in para.text[a:b]):
                continue
            f = Found(para, span, a, b)
            j, last = k, span
            while last.runs_on and follows[j] == j + 1 < len(paragraphs):
                nxt_spans = spans_of[j + 1]
                head = nxt_spans[0] if nxt_spans else None
                lead = len(paragraphs[j + 1].text) - len(paragraphs[j + 1].text.lstrip())
                if head is None or head.start != lead:
                    break
                j += 1
                skip.add((j, 0))
                na, nb = head.inner(paragraphs[j].text)
                f.more.append((paragraphs[j], na, nb))
                last = head
            if f.more and last.runs_on:
                continue  # a run of paragraphs that never closes: not a quotation we can bound
            if not span.closed and not f.more and span.end == len(para.text) and span.end > para.text.rfind(".") + 2:
                continue
            out.append(f)
    return out


_CAPTION_WORDS = 30


def next_text_paragraph(paragraphs: list[ParsedParagraph], k: int) -> int:
    """The paragraph a quotation left open at the end of paragraph ``k`` runs on to: the
    next one, or the one after a short paragraph without quotation marks (a photo caption
    or a subheading set between the paragraphs of a long quotation) when that one opens
    with a quotation mark. Across such a paragraph the two parts stay two quotations (each
    verbatim), the second taking the speaker of the first."""
    if k + 2 < len(paragraphs):
        between = paragraphs[k + 1].text
        if len(between.split()) <= _CAPTION_WORDS and not any(c in DOUBLE for c in between) \
                and opens_with_quote(paragraphs[k + 2].text):
            return k + 2
    return k + 1


def tokens_between(doc, start: int, end: int):
    """The tokens of ``doc`` that start at a character offset in ``[start, end)``, found by
    binary search rather than a scan of the whole paragraph."""
    starts = token_values(doc, "idx")
    return doc[bisect_left(starts, start):bisect_left(starts, end)]


def _after_cue(para: ParsedParagraph, span: Span) -> Span:
    """A quotation whose opening mark is missing starts after the last speech verb before its
    closing mark (``X said it condemned ..."``), or at the start of its sentence."""
    cues = [t for t in tokens_between(para.doc, span.start, span.end - 1) if is_cue(t)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in t.children)]
    if not cues:
        return span
    cue = cues[-1]
    nxt = cue.i + 1
    while nxt < len(para.doc) and para.doc[nxt].lower_ in ("that", ",", ":"):
        nxt += 1
    if nxt >= len(para.doc) or para.doc[nxt].idx >= span.end - 1:
        return span
    return Span(para.doc[nxt].idx, span.end, opened=False, closed=span.closed, runs_on=span.runs_on)


MENTIONED = re.compile(r"\bthe (?:" + "|".join(lexicon.entries("mention_nouns")) + r")\s*$", re.I)
_MINOR_WORDS = lexicon.words("title_minor_words")
_CITED_DATE = re.compile(r"\s*[-\u2013\u2014]\s*[^\"\u201c\u201d]{1,80}?"
                         r"\b(?:" + "|".join(m[:3].title() for m in lexicon.entries("months")) + r"|Sept)"
                         r"[a-z]*\.? \d{1,2},? (?:1[6-9]|20)\d\d\W*$")


def title_cased(text: str) -> bool:
    """Every word capitalised but the small ones (``The Art of the Deal``): the name of a
    work, a website or a group, not words someone spoke."""
    words = [w.strip("()[],:;'\u2019") for w in text.split()]
    words = [w for w in words if w and any(c.isalpha() for c in w)]
    if not words or len(words) > 10 or text.rstrip()[-1:] in ".!?":
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w[0].isdigit() or w.lower() in _MINOR_WORDS for w in words)


def citation(f: Found) -> bool:
    """``"Headline" — Newspaper, August 15, 2008``: a source in a list of references."""
    return f.span.closed and not f.more and bool(_CITED_DATE.match(f.para.text[f.span.end:]))


def follows_dropped(f: Found, dropped: list[Found]) -> bool:
    """The quotation comes straight after a dropped one, in a list (``"A" and "B"``)."""
    last = dropped[-1] if dropped else None
    if last is None or last.para is not f.para:
        return False
    between = f.para.text[last.span.end:f.span.start].strip(" ,;/")
    return between in ("", "and", "or")


def quoted_tokens(f: Found) -> list:
    """The tokens that start inside the quotation, found from its character span rather than by
    walking the whole paragraph."""
    span = f.para.doc.char_span(f.start, f.end, alignment_mode="expand") if f.end > f.start else None
    if span is None:
        return [t for t in f.para.doc if f.start <= t.idx < f.end]
    return [t for t in span if t.idx >= f.start]


def sentence_text(f: Found) -> str:
    sents = [s for s in f.para.sents if s.start_char < f.end and s.end_char > f.span.start]
    if not sents:
        return f.para.text
    return f.para.text[sents[0].start_char:sents[-1].end_char].strip()


def kind_of(f: Found) -> str:
    """``full`` or ``partial`` (see :func:`kind_and_rule`)."""
    return kind_and_rule(f)[0]


def kind_and_rule(f: Found) -> tuple[str, str]:
    """``full`` when the quotation stands as a sentence of its own or follows its cue after
    a colon or comma; ``partial`` when it is a phrase inside the article's sentence; with the
    rule that decided it."""
    before = f.para.text[:f.span.start].rstrip().rstrip("\"\u201c\u201d'\u2018\u2019").rstrip()
    words = f.text.split()
    first = f.text.lstrip("[(")
    if not before or before[-1] in ".!?" or not f.span.opened:
        return "full", "quote.sentence"
    if before[-1] in ":,":
        return "full", "quote.after-cue"
    if first[:1].isupper() and (len(words) >= 5 and f.text.rstrip()[-1:] in ".!?," or len(words) >= 8):
        return "full", "quote.capitalised-clause"
    return "partial", "quote.partial"


def span_rules(f: Found, kind_rule: str) -> list[str]:
    """The ``quote.*`` rules that accepted the quotation's span: how its kind was decided, and
    whatever its marks needed (a missing mark, single marks, a run over paragraphs)."""
    out = [kind_rule]
    if f.more:
        out.append("quote.multi-paragraph")
    if not f.span.opened:
        out.append("quote.missing-opening-mark")
    elif not f.span.closed and not f.more:
        out.append("quote.missing-closing-mark")
    if f.span.opened and f.para.text[f.span.start] in SINGLE and f.para.text[f.span.start - 1:f.span.start] != "'":
        out.append("quote.single-marks")
    return [rule(r) for r in out]


def sentence_bounds(para: ParsedParagraph) -> list[tuple[int, int]]:
    """Sentence bounds, with the parser's breaks inside a sentence (before a quotation mark,
    after a parenthesis) undone: a sentence ends at ``.``, ``!``, ``?`` or a quotation closed
    after one of them."""
    out: list[list[int]] = []
    for s in para.sents:
        prev = para.text[:s.start_char].rstrip().rstrip("\"\u201c\u201d'\u2019").rstrip()
        last_word = prev.rsplit(None, 1)[-1].lower() if prev else ""  # not the whole paragraph split per sentence
        if out and prev and (prev[-1] not in ".!?:;" or last_word in _ABBREVIATIONS
                             or re.fullmatch(r"(?:[a-z]\.)+", last_word)):
            out[-1][1] = s.end_char
        else:
            out.append([s.start_char, s.end_char])
    return [(a, b) for a, b in out]
