"""Who said what: direct quotations with their speakers, and reported speech.

Quotations are found by their marks (:mod:`generator.extract.quotemarks`), then attributed
through the parse (:mod:`generator.extract.speech`): the speech verb the quoted words depend
on, or that depends on them (``"...," he said``); ``according to X``; the clause before a
colon (``X welcomed the deal: "..."``). A quotation with no cue of its own continues the
quotation before it in the paragraph, or follows the sentence that introduced its speaker.
Quoted words with no speech cue at all that do not make a sentence (scare quotes, titles,
slogans) are not quotations, nor are names of works in title case, headlines cited with their
source and date, or words mentioned as words (``the word "X"``).
"""
from __future__ import annotations

from bisect import bisect_left
import re
from dataclasses import dataclass, field

from generator import lexicon
from generator.extract.quotemarks import DOUBLE, Span, find_spans, opens_with_quote
from generator.extract.speech import (DOCUMENT_NOUNS, ISSUE_VERBS, NAMING_VERBS, SLOGAN_NOUNS, STATEMENT_VERBS,
                                      Resolver, Who, in_any, is_cue, subject_of)
from generator.extract.register import Register
from generator.model import Quote, Statement
from generator.nlp import ParsedArticle, ParsedParagraph


# Abbreviations after which the parser may wrongly start a new sentence.
_ABBREVIATIONS = lexicon.words("abbreviations")


@dataclass
class _Found:
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
        return "\n\n".join(parts)


@dataclass
class _Attribution:
    who: Who | None
    cue: str | None
    found_cue: bool


def extract_quotes(parsed: ParsedArticle, register: Register) -> tuple[list[Quote], list[Statement]]:
    """Direct quotes (``full`` and ``partial``) and reported statements, with speakers
    resolved to the register's actors where the article makes it certain."""
    paragraphs = parsed.paragraphs
    found = _find(paragraphs)
    ranges: dict[int, list[tuple[int, int]]] = {p.index: [] for p in paragraphs}
    for f in found:
        ranges[f.para.index].append((f.span.start, f.span.end))
        for p, a, b in f.more:
            ranges[p.index].append((max(0, a - 1), b))

    resolver = Resolver(register)
    for para in paragraphs:
        resolver.scan(para.index, para.text, para.doc, ranges[para.index])

    quotes: list[Quote] = []
    previous: dict[int, tuple[_Found, _Attribution]] = {}
    dropped: list[_Found] = []
    for f in found:
        para = f.para
        kind = _kind(f)
        verdict = None if kind == "partial" and _title_cased(f.text) or _citation(f) else \
            _attribute(f, ranges[para.index], resolver)
        if verdict is not None and not verdict.found_cue and _title_cased(f.text):
            verdict = None  # "On its website, "The Harbour Pages", the union ...": a name standing alone
        if verdict is None or _follows(f, dropped):
            dropped.append(f)
            continue  # a title or slogan, or one of a list of them
        if not verdict.found_cue:
            inherited = _inherit(f, kind, previous, paragraphs, ranges, resolver)
            if inherited is not None:
                verdict = inherited
            elif kind == "partial":
                continue  # a scare quote: quoted words without a speech cue
        previous[para.index] = (f, verdict)
        who = verdict.who
        note = None
        if who is None or who.name is None:
            note = (who.note if who and who.note else
                    "no speaker is named for these words" if not verdict.found_cue else
                    "the speech cue has no speaker the parse could find")
        quotes.append(Quote(
            text=f.text,
            speaker=who.name if who else None,
            speaker_id=who.id if who else None,
            role=(who.role or (who.actor.role if who.actor else None)) if who and who.name else None,
            cue=verdict.cue,
            kind=kind,
            paragraph=para.index,
            sentence=_sentence(f),
            note=note,
            body_id=who.body.id if who and who.body else None,
        ))
    statements = _statements(paragraphs, ranges, resolver)
    return quotes, statements


# -- finding ---------------------------------------------------------------------------------
def _find(paragraphs: list[ParsedParagraph]) -> list[_Found]:
    out: list[_Found] = []
    spans_of: list[list[Span]] = []
    follows = [_next_text_paragraph(paragraphs, k) for k in range(len(paragraphs))]
    for k, para in enumerate(paragraphs):
        nxt = paragraphs[follows[k]].text if follows[k] < len(paragraphs) else ""
        bounds = [(s.start_char, s.end_char) for s in para.doc.sents]
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
            f = _Found(para, span, a, b)
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


def _next_text_paragraph(paragraphs: list[ParsedParagraph], k: int) -> int:
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


def _tokens_between(doc, start: int, end: int):
    """The tokens of ``doc`` that start at a character offset in ``[start, end)``, found by
    binary search rather than a scan of the whole paragraph."""
    starts = doc.user_data.get("token_starts")
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data["token_starts"] = [t.idx for t in doc]
    return doc[bisect_left(starts, start):bisect_left(starts, end)]


def _after_cue(para: ParsedParagraph, span: Span) -> Span:
    """A quotation whose opening mark is missing starts after the last speech verb before its
    closing mark (``X said it condemned ..."``), or at the start of its sentence."""
    cues = [t for t in _tokens_between(para.doc, span.start, span.end - 1) if is_cue(t)
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


_MENTIONED = re.compile(r"\bthe (?:" + "|".join(lexicon.entries("mention_nouns")) + r")\s*$", re.I)
_MINOR_WORDS = lexicon.words("title_minor_words")
_CITED_DATE = re.compile(r"\s*[-\u2013\u2014]\s*[^\"\u201c\u201d]{1,80}?"
                         r"\b(?:" + "|".join(m[:3].title() for m in lexicon.entries("months")) + r"|Sept)"
                         r"[a-z]*\.? \d{1,2},? (?:1[6-9]|20)\d\d\W*$")


def _title_cased(text: str) -> bool:
    """Every word capitalised but the small ones (``The Art of the Deal``): the name of a
    work, a website or a group, not words someone spoke."""
    words = [w.strip("()[],:;'\u2019") for w in text.split()]
    words = [w for w in words if w and any(c.isalpha() for c in w)]
    if not words or len(words) > 10 or text.rstrip()[-1:] in ".!?":
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w[0].isdigit() or w.lower() in _MINOR_WORDS for w in words)


def _citation(f: _Found) -> bool:
    """``"Headline" — Newspaper, August 15, 2008``: a source in a list of references."""
    return f.span.closed and not f.more and bool(_CITED_DATE.match(f.para.text[f.span.end:]))


def _follows(f: _Found, dropped: list[_Found]) -> bool:
    """The quotation comes straight after a dropped one, in a list (``"A" and "B"``)."""
    last = dropped[-1] if dropped else None
    if last is None or last.para is not f.para:
        return False
    between = f.para.text[last.span.end:f.span.start].strip(" ,;/")
    return between in ("", "and", "or")


def _tokens(f: _Found) -> list:
    return [t for t in f.para.doc if f.start <= t.idx < f.end]


def _sentence(f: _Found) -> str:
    doc = f.para.doc
    sents = [s for s in doc.sents if s.start_char < f.end and s.end_char > f.span.start]
    if not sents:
        return f.para.text
    return f.para.text[sents[0].start_char:sents[-1].end_char].strip()


def _kind(f: _Found) -> str:
    """``full`` when the quotation stands as a sentence of its own or follows its cue after
    a colon or comma; ``partial`` when it is a phrase inside the article's sentence."""
    before = f.para.text[:f.span.start].rstrip().rstrip("\"\u201c\u201d'\u2018\u2019").rstrip()
    words = f.text.split()
    first = f.text.lstrip("[(")
    if not before or before[-1] in ".!?:" or not f.span.opened:
        return "full"
    if before[-1] == ",":
        return "full"
    if first[:1].isupper() and len(words) >= 5 and f.text.rstrip()[-1:] in ".!?,":
        return "full"
    if first[:1].isupper() and len(words) >= 8:
        return "full"
    return "partial"


def _sentences(para: ParsedParagraph) -> list[tuple[int, int]]:
    """Sentence bounds, with the parser's breaks inside a sentence (before a quotation mark,
    after a parenthesis) undone: a sentence ends at ``.``, ``!``, ``?`` or a quotation closed
    after one of them."""
    out: list[list[int]] = []
    for s in para.doc.sents:
        prev = para.text[:s.start_char].rstrip().rstrip("\"\u201c\u201d'\u2019").rstrip()
        last_word = prev.split()[-1].lower() if prev.split() else ""
        if out and prev and (prev[-1] not in ".!?:;" or last_word in _ABBREVIATIONS
                             or re.fullmatch(r"(?:[a-z]\.)+", last_word)):
            out[-1][1] = s.end_char
        else:
            out.append([s.start_char, s.end_char])
    return [(a, b) for a, b in out]


# -- attribution -----------------------------------------------------------------------------
def _attribute(f: _Found, quotes: list[tuple[int, int]], resolver: Resolver) -> _Attribution | None:
    """The speech cue of a quotation and its speaker; ``None`` for titles and slogans."""
    para = f.para
    inside = _tokens(f)
    if not inside:
        return _Attribution(None, None, False)
    own = (f.span.start, f.span.end)
    heads = [t for t in inside if not (f.start <= t.head.idx < f.end) or t.head == t]
    cue = None
    # the verb the quotation depends on
    for h in heads:
        x = h.head if h.head != h else None
        steps = 0
        while x is not None and steps < 8:
            steps += 1
            lemma = x.lemma_.lower()
            if not in_any(x, quotes):
                if lemma in NAMING_VERBS or (lemma == "know" and any(c.lower_ == "as" for c in x.children)):
                    return None
                if x.pos_ == "NOUN" and _slogan(x):
                    return None
                if any(c.dep_ in ("nsubj", "nsubjpass") and _slogan(c) for c in x.children):
                    return None  # "banners reading ..."
                if is_cue(x):
                    cue = x
                    break
            x = x.head if x.head != x else None
        if cue is not None:
            break
    # a speech verb that depends on the quotation: '"...," he said' parsed the other way round
    if cue is None:
        for t in inside:
            for c in t.children:
                if not in_any(c, quotes) and c.dep_ in ("parataxis", "ccomp", "advcl", "conj", "dep") and is_cue(c):
                    cue = c
                    break
            if cue is not None:
                break
    bounds = next(((a, b) for a, b in _sentences(para) if a <= f.start < b), (0, len(para.text)))
    sent = list(_tokens_between(para.doc, bounds[0], bounds[1]))
    if cue is None:
        # "according to X"
        for t in sent:
            if t.lower_ == "according" and not in_any(t, quotes):
                for prep in t.children:
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return _Attribution(resolver.resolve(para.text, obj, quotes, para_index=para.index),
                                                "according to", True)
    if cue is None:
        # "in the words of X"
        for t in sent:
            if t.lower_ == "words" and t.idx < f.span.start and not in_any(t, quotes) and t.i > 1 \
                    and t.doc[t.i - 2].lower_ == "in":
                obj = next((o for p in t.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return _Attribution(resolver.resolve(para.text, obj, quotes, para_index=para.index),
                                        "in the words of", True)
    if _MENTIONED.search(para.text[:f.span.start]):
        return None  # 'adding the words "and Islands"': words mentioned, not said
    lead_in = [t for t in _tokens_between(para.doc, f.span.start - 30, f.span.start) if not in_any(t, quotes)][-3:]
    if any(_slogan(t) for t in lead_in):
        return None  # "signs reading: ...", "with banners: ..."
    if cue is None:
        byline = _byline(f, bounds, quotes)
        if byline is not None:
            return _Attribution(resolver.resolve(para.text, byline[1], quotes, para_index=para.index), byline[0], True)
    if cue is None:
        cue = _colon_clause(f, quotes)
    if cue is None:
        # a speech verb right after the quotation, or the main one before it, in the same sentence
        nxt_quote = min([a for a, _ in quotes if a >= f.span.end] or [10 ** 9])
        after = [t for t in sent if f.end <= t.idx < nxt_quote and not in_any(t, quotes)][:6]
        cue = next((t for t in after if is_cue(t)), None)
        if cue is None:
            prev_quote = max([b for _, b in quotes if b <= f.span.start] or [-1])
            before = [t for t in sent if prev_quote <= t.idx < f.span.start and not in_any(t, quotes)]
            cue = next((t for t in reversed(before) if is_cue(t) and t.dep_ in ("ROOT", "conj", "advcl", "parataxis")),
                       None)
    if cue is None:
        return _Attribution(None, None, False)
    near = _nearest_cue(cue, f, sent, quotes)
    if near is None:
        return _Attribution(Who(None, note="two speech verbs with different speakers could report these words"),
                            cue.text, True)
    cue = near
    subj = subject_of(cue, quotes)
    if subj is None:
        according = next((o for t in sent if t.lower_ == "according" and not in_any(t, quotes)
                          for p in t.children for o in p.children if o.dep_ == "pobj"), None)
        if according is not None:
            return _Attribution(resolver.resolve(para.text, according, quotes, para_index=para.index),
                                "according to", True)
    if subj is None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        subj = _previous_subject(para, cue, quotes)
    if subj is None or in_any(subj, [own]):
        return _Attribution(Who(None, note=f"“{cue.text}” has no subject that names a speaker"), cue.text, True)
    who = resolver.resolve(para.text, subj, quotes, para_index=para.index)
    return _Attribution(who, cue.text, True)


# What people do and signs do not: a "poster" who writes or admits is someone posting online.
_WRITER_VERBS = lexicon.having("speech_verbs", "writer")


def _slogan(tok) -> bool:
    """A noun for a sign or a title (``banners``, ``a poster``), unless it is the subject of
    a verb only a person performs (``one poster wrote``, ``a poster admitted ..., writing``)."""
    if tok.lemma_.lower() not in SLOGAN_NOUNS:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head
        if verb.lemma_.lower() in _WRITER_VERBS or any(c.dep_ == "advcl" and c.lemma_.lower() in _WRITER_VERBS
                                                      for c in verb.children):
            return False
    return True


def _nearest_cue(cue, f: _Found, sent, quotes):
    """Of two speech verbs before a quotation, the one nearer to it when it has a speaker of
    its own and nothing but a few words stand between it and the quotation: in ``X reported
    that all they saw was a notice stating, "..."`` the notice, not X. A relative clause
    (``X said the plan, which Y described as late, was "..."``) does not report the words.
    ``None`` when another verb stands between the nearer one and the quotation (``X said, with
    Y reporting no one will be "..."``): either could report them."""
    if cue.idx >= f.span.start:
        return cue
    between = [t for t in sent if cue.i < t.i and t.idx < f.span.start and is_cue(t) and not in_any(t, quotes)
               and t.dep_ not in ("amod", "compound", "relcl")]
    if not between:
        return cue
    near = between[-1]
    subj = subject_of(near, quotes)
    if subj is None or subj == subject_of(cue, quotes):
        return cue
    if any(t.pos_ in ("VERB", "AUX") for t in sent if near.i < t.i and t.idx < f.span.start and not in_any(t, quotes)):
        return None
    return near


def _other_subject(f: _Found, who: Who | None, quotes, resolver: Resolver, since: int = 0) -> bool:
    """Someone other than the speaker is the named subject of a sentence between ``since``
    and the end of the quotation's sentence."""
    bounds = next(((a, b) for a, b in _sentences(f.para) if a <= f.start < b), None)
    if bounds is None:
        return False
    for t in f.para.doc:
        if min(since, bounds[0]) <= t.idx < bounds[1] and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" \
                and not in_any(t, quotes):
            other = resolver.name_phrase(f.para.text, t)
            if other is not None and (who is None or other.name != who.name):
                return True
    return False


def _previous_subject(para: ParsedParagraph, cue, quotes):
    """``... in a statement. and said that ...``: a clause the parser cut off from its
    subject takes the subject of the sentence before."""
    sent = cue.sent
    if cue.i - sent.start > 2 or sent.start == 0:
        return None
    prev = para.doc[sent.start - 1].sent
    root = prev.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    return subject_of(root, quotes)


def _byline(f: _Found, bounds: tuple[int, int], quotes):
    """``"..." -Commissioner X`` (a dash after the quotation) and ``From X: "..."``: the cue
    and the head of the name."""
    text = f.para.text
    tail = text[f.span.end:]
    stripped = tail.lstrip()
    if stripped[:1] in ("-", "\u2013", "\u2014") and f.span.closed:
        start = f.span.end + len(tail) - len(stripped) + 1
        end = next((start + k for k, c in enumerate(text[start:]) if c in ",.;(\n"), len(text))
        names = [t for t in f.para.doc if start <= t.idx < end and t.pos_ == "PROPN"]
        if names:
            return stripped[0], names[-1]
    before = text[bounds[0]:f.span.start].rstrip()
    if before.endswith(":") and before.lower().startswith("from "):
        start = next((t for t in f.para.doc if t.idx == bounds[0]), None)
        name = next((c for c in start.children if c.dep_ == "pobj"), None) if start is not None else None
        if name is None:
            heads = [t for t in f.para.doc if bounds[0] + 5 <= t.idx < bounds[0] + len(before) - 1
                     and t.pos_ in ("PROPN", "NOUN") and not in_any(t, quotes)]
            name = heads[-1] if heads else None
        if name is not None:
            return "from", name
    return None


def _colon_clause(f: _Found, quotes):
    """``X welcomed the deal: "..."``: the main verb of the clause before the colon."""
    text = f.para.text
    before = text[:f.span.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = next((t for t in f.para.doc if t.idx == len(before) - 1), None)
    if colon is None or colon.i == 0:
        return None
    x = colon.doc[colon.i - 1]
    for _ in range(10):
        if x.pos_ in ("VERB", "AUX") and not in_any(x, quotes):
            return x
        if x.head == x:
            return None
        x = x.head
    return None


def _inherit(f: _Found, kind: str, previous: dict, paragraphs, ranges, resolver: Resolver) -> _Attribution | None:
    """Speaker of a quotation with no cue of its own: the quotation before it in the
    paragraph, the quotation that ended the previous paragraph, or the speaker the sentence
    before it introduced."""
    para = f.para
    prev = previous.get(para.index)
    bounds = _sentences(para)
    here = next((k for k, (a, b) in enumerate(bounds) if a <= f.start < b), 0)
    if prev is not None:
        pf, pv = prev
        there = next((k for k, (a, b) in enumerate(bounds) if a <= pf.start < b), 0)
        if kind == "full" and here == there:
            return _Attribution(pv.who, pv.cue, True)  # one quotation split by its cue
        if (kind == "full" or here - there <= 1) and not _other_subject(f, pv.who, ranges[para.index], resolver,
                                                                        since=pf.span.end):
            return _Attribution(pv.who, pv.cue, True)
        return None
    if kind != "full":
        return None
    lead = len(para.text) - len(para.text.lstrip())
    k = next(i for i, p in enumerate(paragraphs) if p is para)
    if f.span.start == lead and k > 0:
        before = paragraphs[k - 1]
        if k >= 2 and _next_text_paragraph(paragraphs, k - 2) == k:
            left = previous.get(paragraphs[k - 2].index)
            if left is not None and not left[0].span.closed and not left[0].more:
                before = paragraphs[k - 2]  # a quotation left open before a caption goes on here
        last = previous.get(before.index)
        ending = before.text.rstrip()[-1:]
        if ending in (":", ","):
            # "X said:" or "X stated," closing the paragraph before
            colon = next((t for t in reversed(list(before.doc)) if t.text == ending), None)
            verb = colon.head if colon is not None else None
            if verb is not None and verb.pos_ in ("VERB", "AUX") and (ending == ":" or is_cue(verb)):
                subj = subject_of(verb, ranges[before.index])
                if subj is not None:
                    return _Attribution(resolver.resolve(before.text, subj, ranges[before.index],
                                                         para_index=before.index), verb.text, True)
        if last is not None and last[0].para is before:
            final = _sentences(before)[-1:]
            # the paragraph before ends with that quotation's sentence: no one else spoke since
            # (or with its last sentence, when this paragraph is nothing but the quotation)
            alone = not para.text[f.span.end:].strip()
            reaches = final and (final[0][0] <= last[0].span.start or alone and final[0][0] <= last[0].span.end)
            if reaches and len(before.text[last[0].span.end:].split()) <= 12:
                return _Attribution(last[1].who, last[1].cue, True)
        return None
    # "X said ... ." followed by the quotation as a sentence of its own
    if here == 0:
        return None
    start, end = bounds[here - 1]
    cue = next((t for t in _tokens_between(para.doc, start, end) if _introduces(t) and not in_any(t, ranges[para.index])),
               None)
    if cue is None:
        return None
    subj = subject_of(cue, ranges[para.index])
    if subj is None:
        return None
    who = resolver.resolve(para.text, subj, ranges[para.index], para_index=para.index)
    return _Attribution(who, cue.text, True) if who and who.name else None


def _introduces(verb) -> bool:
    """The main verb of a sentence that can introduce the quotation after it: ``X said ...``,
    ``As X told the paper, ...``, ``X issued a statement ...``."""
    if verb.dep_ in ("ROOT", "conj") and is_cue(verb):
        return True
    if verb.dep_ == "advcl" and is_cue(verb) and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return True
    return verb.dep_ in ("ROOT", "conj") and verb.lemma_.lower() in ISSUE_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in verb.children)


# -- reported speech -------------------------------------------------------------------------
def _statements(paragraphs: list[ParsedParagraph], ranges, resolver: Resolver) -> list[Statement]:
    out = []
    for para in paragraphs:
        quotes = ranges[para.index]
        for start, end in _sentences(para):
            sent = list(_tokens_between(para.doc, start, end))
            if not sent or any(a < end and b > start for a, b in quotes):
                continue
            text = para.text[start:end].strip()
            if any(c in text for c in "\"\u201c\u201d\u00ab\u00bb"):
                continue
            found = None
            for t in sent:
                if t.pos_ == "VERB" and t.lemma_.lower() in STATEMENT_VERBS and t.dep_ in ("ROOT", "conj") \
                        and any(c.dep_ == "ccomp" for c in t.children) \
                        and (t.tag_ != "VBN" or any(c.dep_ == "aux" for c in t.children)):
                    subj = subject_of(t, quotes)
                    if subj is not None:
                        found = (t.text, subj)
                        break
                if t.lower_ == "according" and t.i == sent[0].i:
                    obj = next((o for p in t.children for o in p.children if o.dep_ == "pobj"), None)
                    if obj is not None:
                        found = ("according to", obj)
                        break
            if found is None:
                continue
            who = resolver.resolve(para.text, found[1], quotes, para_index=para.index)
            if who is None or who.name is None:
                continue
            out.append(Statement(text=text, speaker=who.name, speaker_id=who.id,
                                 role=who.role or (who.actor.role if who.actor else None),
                                 cue=found[0], paragraph=para.index, body_id=who.body.id if who.body else None))
    return out
