"""Where quotations are: pairing quotation marks in a paragraph, whatever their kind.

Works on the original text (curly quotes and all) so that the shape of a mark can settle
what spacing leaves open. Real text has stray marks: an opening mark that is never closed,
a closing mark with no opening one, apostrophes that look like single quotes. None of them
stop the other quotations of the paragraph from being found, and nothing here raises.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

DOUBLE = frozenset('"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033')
SINGLE = frozenset("'\u2018\u2019\u201a\u201b\u2039\u203a")
_OPENING_GLYPHS = frozenset("\u201c\u201e\u201f\u00ab\u2018\u201a\u201b\u2039")
_CLOSING_GLYPHS = frozenset("\u201d\u00bb\u2019\u203a")
_BEFORE_OPENING = frozenset("([{\u2014\u2013-/")
_AFTER_CLOSING = frozenset(",.;:!?)]}\u2014\u2013-\u2026")
# What follows an apostrophe that stands where an opening single quote would: 'tis, '90s, 'em.
_ELISION = re.compile(r"(?:\d\ds|\d0s|tis|twas|em|n|til|cause)\b", re.I)
_LONGEST_SINGLE = 400
"""British single quotes are paired only this close together (characters)."""


@dataclass(frozen=True)
class Span:
    """One quotation in a paragraph: ``start`` is the opening mark, ``end`` just past the
    closing one (or the end of the text it runs to when the mark is missing)."""

    start: int
    end: int
    opened: bool = True
    """False when the opening mark is missing and the span was begun at the sentence start."""
    closed: bool = True
    """False when the quotation runs on to the end of the paragraph (press convention for
    quotations of several paragraphs) or its closing mark is missing."""
    runs_on: bool = False
    """The quotation goes on in the next paragraph, which opens with a quotation mark."""

    def inner(self, text: str) -> tuple[int, int]:
        """Offsets of the quoted words, marks and surrounding spaces left out."""
        a = self.start + 1 if self.opened else self.start
        b = self.end - 1 if self.closed else self.end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return a, b


def _role(text: str, i: int) -> str:
    """``open``, ``close`` or ``either`` for the double quotation mark at ``i``."""
    prev = text[i - 1] if i > 0 else None
    nxt = text[i + 1] if i + 1 < len(text) else None
    left_free = prev is None or prev.isspace() or prev in _BEFORE_OPENING or prev in DOUBLE or prev in SINGLE
    right_free = nxt is None or nxt.isspace() or nxt in _AFTER_CLOSING or nxt in DOUBLE or nxt in SINGLE
    opens = left_free and not right_free
    closes = right_free and not left_free
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if text[i] in _OPENING_GLYPHS:
        return "open"
    if text[i] in _CLOSING_GLYPHS:
        return "close"
    return "either"


def double_spans(text: str, *, continued: bool = False) -> tuple[list[tuple[int, int, int]], list[int], list[int]]:
    """Pairs of double marks as (open, close, depth), openers left unclosed, closers left
    unopened. ``continued``: the text goes on a quotation opened before it, so a closing
    mark that nothing in it opened is taken as that quotation's end."""
    stack: list[int] = []
    pairs: list[tuple[int, int, int]] = []
    orphans: list[int] = []
    for i, ch in enumerate(text):
        if ch not in DOUBLE:
            continue
        role = _role(text, i)
        if role == "either":
            role = "close" if stack else "open"
        elif role == "close" and not stack and not (continued and not pairs and not orphans) \
                and _opens_after_all(text, i):
            role = "open"  # 'said," The words ...": a mark misplaced before the space
        if role == "open":
            stack.append(i)
        elif stack:
            start = stack.pop()
            pairs.append((start, i, len(stack)))
        else:
            orphans.append(i)
    return pairs, stack, orphans


def _opens_after_all(text: str, i: int) -> bool:
    """A closing-shaped mark after a comma or colon, with nothing open before it, opens a
    quotation when words start right after it and the marks after it are left one short of
    pairing up without it."""
    rest = text[i + 1:]
    if i == 0 or text[i - 1] not in ",:":
        return False
    if not re.match(r"\s*[\[A-Z]", rest):
        return False
    return sum(ch in DOUBLE for ch in rest) % 2 == 1


def _single_opens(text: str, i: int) -> bool:
    if text[i] not in "'\u2018\u201b\u2039\u201a":
        return False
    prev = text[i - 1] if i > 0 else None
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if not (prev is None or prev.isspace() or prev in _BEFORE_OPENING or prev in DOUBLE):
        return False
    if not (nxt.isalnum() or nxt in "[("):
        return False
    return not _ELISION.match(text, i + 1)


def _single_closes(text: str, i: int) -> bool:
    if text[i] not in "'\u2019\u203a":
        return False
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else None
    if prev.isspace():
        return False
    return nxt is None or nxt.isspace() or nxt in _AFTER_CLOSING or nxt in DOUBLE


def single_spans(text: str) -> list[tuple[int, int]]:
    """British-style single quotation marks, told apart from apostrophes: an opening mark
    stands before a word (not ``'90s`` or ``'tis``), a closing one after a word and before
    a space or punctuation (so ``it’s`` and ``Armenia’s`` never close anything)."""
    out = []
    i = 0
    while i < len(text):
        if text[i] in SINGLE and _single_opens(text, i):
            for j in range(i + 2, min(len(text), i + _LONGEST_SINGLE)):
                if text[j] in DOUBLE:
                    break
                if text[j] in SINGLE and _single_closes(text, j):
                    out.append((i, j))
                    i = j
                    break
        i += 1
    return out


def find_spans(text: str, sentence_bounds: list[tuple[int, int]] | None = None, *,
               continues: bool = False, continued: bool = False) -> list[Span]:
    """Top-level quotations of one paragraph, in order.

    ``sentence_bounds`` (start, end offsets of its sentences) lets a quotation whose
    opening or closing mark is missing be recovered up to the sentence boundary.
    ``continues``: the next paragraph opens with a quotation mark, so a quotation left open
    here runs on to the end of the paragraph (the press convention for long quotations).
    ``continued``: the paragraph before ended inside an open quotation, so a closing mark
    with no mark before it in this paragraph closes words that began at its start.
    """
    sentence_bounds = sentence_bounds or [(0, len(text))]

    def sentence_of(i: int) -> tuple[int, int]:
        return next(((a, b) for a, b in sentence_bounds if a <= i < b), (0, len(text)))

    pairs, unclosed, orphans = double_spans(text, continued=continued)
    spans = [Span(a, b + 1) for a, b, _ in pairs]
    for start in unclosed:
        later = [a for a, _, _ in pairs if a > start]
        before = text[:start].rstrip()
        leads = not before or before[-1] in ".!?:,"
        if continues and leads and not later and not [o for o in unclosed if o > start]:
            spans.append(Span(start, len(text), closed=False, runs_on=True))
        elif not later and not [o for o in unclosed if o > start]:
            end = sentence_of(start)[1]
            if any(text[k] in DOUBLE for k in range(start + 1, end)):
                continue
            spans.append(Span(start, end, closed=False))
    for close in orphans:
        begin = sentence_of(close)[0]
        if continued and not any(text[k] in DOUBLE for k in range(close)):
            begin = len(text) - len(text.lstrip())
        if begin < close and not any(text[k] in DOUBLE for k in range(begin, close)):
            spans.append(Span(begin, close + 1, opened=False))
    doubles = list(spans)
    for a, b in single_spans(text):
        if any(s.start < a < s.end or s.start < b < s.end for s in doubles):
            continue  # nested in a double quotation, or crossing one
        spans.append(Span(a, b + 1))
    return sorted(set(_outermost(spans)), key=lambda s: s.start)


def _outermost(spans: list[Span]) -> list[Span]:
    """The spans no other span holds (two spans over the same characters hold each other), in
    one pass over the spans ordered by start, the longer first."""
    twice = {k for k, n in Counter((s.start, s.end) for s in spans).items() if n > 1}
    top, reach = [], -1
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if reach < s.end and (s.start, s.end) not in twice:
            top.append(s)
        reach = max(reach, s.end)
    return top


def opens_with_quote(text: str) -> bool:
    """The paragraph begins with an opening quotation mark."""
    stripped = text.lstrip()
    if not stripped:
        return False
    i = len(text) - len(stripped)
    if stripped[0] in DOUBLE:
        return _role(text, i) in ("open", "either")
    return _single_opens(text, i)
