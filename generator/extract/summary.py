"""What you need to know: the three to five sentences of the article a reader can stop after.

The points are extractive: each is a sentence of the article, or its first clause when the
sentence runs long, verbatim, with its paragraph. The lead is on the page already, so the points
are chosen from the paragraphs after it, for salience:

* ``summary.early``: news is written with what matters first, so earlier paragraphs weigh more;
* ``summary.main-actor``: the sentence names one of the actors the article names most;
* ``summary.agreement``: it names an agreement (a mention the agreements extractor found);
* ``summary.figure``: it gives a number (a count, an amount, a share) or a key figure of the
  background;
* ``summary.relation``: it states a relation between actors (who backs or fights whom).

A sentence fit for a point stands on its own: it is narrative (no quotation marks, no
question), opens with a capital and not with a pronoun or a conjunction that points back, and
is neither a fragment nor a paragraph's worth. Points are picked best first; one that says much
the same as the lead or a point already picked (most of its content words shared) is passed
over. The pick is deterministic: ties go to the earlier sentence, and points are shown in the
article's order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract.provenance import rule
from generator.model import BackgroundItem, Relation, SummaryPoint
from generator.nlp import ParsedArticle, ParsedParagraph

MIN_POINTS = 3
MIN_SHOWN = 2
"""Fewer points than this and the section is left out: one sentence besides the lead is no summary."""
MAX_POINTS = 5
MIN_WORDS = 8
MAX_WORDS = 45
WORDS_PER_POINT = 200
"""Article words a point stands for: a short article gets three points, a long one five."""
BRIEF = 120
"""A brief, shorter than this many words, is taken in whole: it gets no points."""
GOOD_ENOUGH = 2.0
"""A fourth or fifth point is added only when it scores at least this much."""
OVERLAP = 0.5
"""Share of the shorter sentence's content words that makes two sentences say the same."""
MAIN_ACTORS = 3
CONTENT = {"NOUN", "PROPN", "VERB", "NUM", "ADJ"}
NUMBERS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb]")
_CLAUSE_END = re.compile(r"\s*(?:;|\s[\u2014\u2013]\s|\s--\s)")


@dataclass
class _Candidate:
    text: str
    paragraph: int
    start: int
    """Character offset in the paragraph."""
    words: frozenset[str]
    rules: list[str]
    score: float
    number: bool = False
    """It gives a count, an amount or a share (a cardinal, money, percent or quantity)."""


def lead_index(parsed: ParsedArticle) -> int:
    """The paragraph shown as the lead: the first that is more than a dateline."""
    return next((p.index for p in parsed.paragraphs if len(p.text.split()) >= 6),
                parsed.paragraphs[0].index if parsed.paragraphs else 0)


def _content(tokens) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in tokens if t.pos_ in CONTENT and not t.is_stop)


def _stands_alone(tokens, text: str) -> bool:
    """Opens with a capital and not with a word that points back ("He", "This", "But"); no question."""
    if not text[:1].isupper() or text.rstrip().endswith("?"):
        return False
    first = tokens[0]
    if first.pos_ in ("PRON", "CCONJ", "SCONJ"):
        return False
    return first.pos_ != "DET" or first.lower_ in ("a", "an", "the")


def _sentences(paragraph: ParsedParagraph):
    """(start, end, tokens) of each sentence of the paragraph, trimmed of surrounding spaces."""
    for sent in paragraph.sents:
        tokens = [t for t in sent if not t.is_space]
        if tokens:
            yield tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), tokens


def _trim(paragraph: ParsedParagraph, start: int, end: int, tokens) -> tuple[int, list, bool] | None:
    """The sentence, or its first clause when it runs long; ``None`` when neither fits."""
    if len(tokens) <= MAX_WORDS:
        return end, tokens, False
    cut = _CLAUSE_END.search(paragraph.text, start, end)
    if cut is None:
        return None
    clause = [t for t in tokens if t.idx + len(t.text) <= cut.start()]
    if MIN_WORDS <= len(clause) <= MAX_WORDS:
        return cut.start(), clause, True
    return None


def _candidates(parsed: ParsedArticle, lead: int, strict: bool) -> list[_Candidate]:
    out = []
    after = [p for p in parsed.paragraphs if p.index > lead]
    for rank, paragraph in enumerate(after):
        for start, end, tokens in _sentences(paragraph):
            trimmed = _trim(paragraph, start, end, tokens)
            if trimmed is None:
                continue
            end, tokens, was_trimmed = trimmed
            text = paragraph.text[start:end]
            words = sum(1 for t in tokens if not t.is_punct)
            if words < (MIN_WORDS if strict else 5) or strict and not _stands_alone(tokens, text):
                continue
            if _QUOTE_MARKS.search(text) or paragraph.text[:start].count('"') % 2:
                continue
            rules = [rule("summary.trimmed")] if was_trimmed else []
            out.append(_Candidate(text, paragraph.index, start, _content(tokens), rules, 1.5 / (1 + rank),
                                  number=any(t.ent_type_ in NUMBERS for t in tokens)))
    return out


def _score(c: _Candidate, main: list[str], names: dict[str, list[str]], agreements: set[tuple[int, int]],
           figures: list[BackgroundItem], relations: list[Relation]) -> None:
    end = c.start + len(c.text)
    if c.score >= 0.5:
        c.rules.append(rule("summary.early"))
    named = [actor for actor in main if any(n in c.text for n in names[actor])]
    if named:
        c.score += min(len(named), 2)
        c.rules.append(rule("summary.main-actor"))
    if any(p == c.paragraph and c.start <= at < end for p, at in agreements):
        c.score += 1.5
        c.rules.append(rule("summary.agreement"))
    if c.number or any(f.paragraph == c.paragraph and (f.text in c.text or c.text in f.text) for f in figures):
        c.score += 1.5
        c.rules.append(rule("summary.figure"))
    if any(r.paragraph == c.paragraph and r.claimed_by is None and r.evidence in c.text for r in relations):
        c.score += 1.5
        c.rules.append(rule("summary.relation"))


def _repeats(words: frozenset[str], others: list[frozenset[str]]) -> bool:
    return any(words and other and len(words & other) >= OVERLAP * min(len(words), len(other)) for other in others)


def extract_summary(parsed: ParsedArticle, actors, *, agreements: set[tuple[int, int]] = frozenset(),
                    figures: list[BackgroundItem] = (), relations: list[Relation] = ()) -> list[SummaryPoint]:
    """Three to five points, one for every 200 words of the article (two, or none, for an article
    too short to hold them), in article order.

    ``actors``: the register's actors; ``agreements``: (paragraph, character offset) of each
    agreement mention; ``figures``: the background's key figures; ``relations``: the relations found.
    """
    if not parsed.paragraphs:
        return []
    lead = lead_index(parsed)
    ranked = sorted((a for a in actors if a.type != "place" and not a.hidden), key=lambda a: (-a.mentions, a.id))
    main = [a.id for a in ranked[:MAIN_ACTORS]]
    names = {a.id: [n for n in [a.name, *a.aliases] if len(n) > 2] for a in ranked[:MAIN_ACTORS]}
    lead_words = [_content(p.doc) for p in parsed.paragraphs if p.index <= lead]
    length = sum(len(p.text.split()) for p in parsed.paragraphs)
    if length < BRIEF:
        return []  # a brief: the reader takes it in whole
    most = min(MAX_POINTS, max(MIN_POINTS, length // WORDS_PER_POINT))
    chosen: list[_Candidate] = []
    for strict in (True, False):
        pool = _candidates(parsed, lead, strict)
        for c in pool:
            _score(c, main, names, agreements, figures, relations)
        pool.sort(key=lambda c: (-c.score, c.paragraph, c.start))
        for c in pool:
            if len(chosen) >= most or len(chosen) >= MIN_POINTS and c.score < GOOD_ENOUGH:
                break
            if any(c.paragraph == k.paragraph and c.start == k.start for k in chosen):
                continue
            if _repeats(c.words, lead_words + [k.words for k in chosen]):
                continue
            chosen.append(c)
        if len(chosen) >= MIN_POINTS:
            break
    if len(chosen) < MIN_SHOWN:
        return []  # an article too short for points beyond its lead: the lead says it
    chosen.sort(key=lambda c: (c.paragraph, c.start))
    return [SummaryPoint(text=c.text, paragraph=c.paragraph, rules=c.rules or [rule("summary.narrative")])
            for c in chosen]
