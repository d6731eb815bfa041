"""Who spoke a quotation with no speech cue of its own: the speaker it continues.

A quotation split by its cue, or the next one in the paragraph, goes on with the speaker of the
quotation before it, unless someone else has since been the named subject of a sentence. A
paragraph that opens with a quotation goes on with the quotation that ended the paragraph before,
or takes the speaker of ``X said:`` closing it; a quotation that stands as a sentence of its own
takes the speaker the sentence before introduced (``X said ... . "..."``). Every
:class:`~generator.extract.attribution.Attribution` names the ``speaker.*`` rule that decided it.
"""
from __future__ import annotations

from generator import lexicon
from generator.extract.attribution import Attribution, said
from generator.extract.quotefinding import Found, next_text_paragraph, sentence_bounds, tokens_between
from generator.extract.register import fold
from generator.extract.speakers import Resolver
from generator.extract.speech import (DOCUMENT_NOUNS, ISSUE_VERBS, PERSON_PRONOUNS, SUBJECTS, Who, in_any, is_cue,
                                      subject_of)
from generator.nlp import ParsedParagraph

# Verbs of taking a stand that report no words themselves but introduce the quotation set after
# their sentence ("X disagreed. "...""): not cues, whose subject would speak quoted words they govern.
_INTRODUCING = lexicon.having("speech_verbs", "introducing")


def inherit(f: Found, kind: str, previous: dict, paragraphs, ranges, resolver: Resolver) -> Attribution | None:
    """Speaker of a quotation with no cue of its own: the quotation before it in the
    paragraph, the quotation that ended the previous paragraph, or the speaker the sentence
    before it introduced."""
    para = f.para
    prev = previous.get(para.index)
    bounds = sentence_bounds(para)
    here = next((k for k, (a, b) in enumerate(bounds) if a <= f.start < b), 0)
    if prev is not None:
        pf, pv = prev
        there = next((k for k, (a, b) in enumerate(bounds) if a <= pf.start < b), 0)
        if kind == "full" and here == there:
            return said(pv.who, pv.cue, "speaker.split-by-cue")  # one quotation split by its cue
        if (kind == "full" or here - there <= 1) and not _other_subject(f, pv.who, ranges[para.index], resolver,
                                                                        since=pf.span.end):
            return said(pv.who, pv.cue, "speaker.continuation")
        if kind != "full" or here - there < 2:
            return None
        # someone else spoke up in between: the sentence before may introduce this quotation
    if kind != "full":
        return None
    lead = len(para.text) - len(para.text.lstrip())
    k = next(i for i, p in enumerate(paragraphs) if p is para)
    if f.span.start == lead and k > 0:
        before = paragraphs[k - 1]
        if k >= 2 and next_text_paragraph(paragraphs, k - 2) == k:
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
                    return said(resolver.resolve(before.text, subj, ranges[before.index], para_index=before.index),
                                 verb.text, "speaker.paragraph-before-cue")
        if last is not None and last[0].para is before:
            final = sentence_bounds(before)[-1:]
            # the paragraph before ends with that quotation's sentence: no one else spoke since
            # (or with its last sentence, when this paragraph is nothing but the quotation)
            alone = not para.text[f.span.end:].strip()
            reaches = final and (final[0][0] <= last[0].span.start or alone and final[0][0] <= last[0].span.end)
            if reaches and len(before.text[last[0].span.end:].split()) <= 12:
                return said(last[1].who, last[1].cue, "speaker.continuation-paragraph")
            if reaches and _cue_alone(before, last[0].span.end, last[1].who, ranges[before.index]):
                return said(last[1].who, last[1].cue, "speaker.continuation-after-cue")
        return None
    # "X said ... ." followed by the quotation as a sentence of its own
    if here == 0 or para.text[bounds[here][0]:f.span.start].strip():
        return None  # "X found worrying a remark that "..."": words set inside a sentence of their own
    start, end = bounds[here - 1]
    cue = next((t for t in tokens_between(para.doc, start, end) if _introduces(t) and not in_any(t, ranges[para.index])),
               None)
    if cue is None:
        return None
    subj = subject_of(cue, ranges[para.index])
    if subj is None:
        return None
    who = resolver.resolve(para.text, subj, ranges[para.index], para_index=para.index)
    return said(who, cue.text, "speaker.introduced-before") if who and who.name else None


def _cue_alone(para: ParsedParagraph, end: int, who: Who | None, quotes) -> bool:
    """After a quotation that ends at ``end``, the rest of the paragraph is its cue and where or
    to whom it was said, however long (``"...," X told the radio in an interview from the capital.``):
    one speech verb, and no one but the speaker as the subject of a clause."""
    if who is None or who.kind != "person":
        return False
    own = set(fold(who.name).split())
    tail = [t for t in para.doc if t.idx >= end and not in_any(t, quotes)]
    cues = [t for t in tail if is_cue(t)]
    return len(cues) == 1 and not any(
        t.dep_ in SUBJECTS and t.head != cues[0] and (t.lower_ in PERSON_PRONOUNS or t.pos_ == "PROPN"
                                                     and fold(t.text) not in own)
        for t in tail)


def _introduces(verb) -> bool:
    """The main verb of a sentence that can introduce the quotation after it: ``X said ...``,
    ``As X told the paper, ...``, ``X issued a statement ...``, ``X disagreed.``"""
    if verb.dep_ in ("ROOT", "conj") and is_cue(verb):
        return True
    if verb.dep_ == "advcl" and is_cue(verb) and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return True
    if verb.dep_ == "ROOT" and verb.lemma_.lower() in _INTRODUCING:
        return True  # "X disagreed. "..."", "X later clarified the remarks. "...""
    return verb.dep_ in ("ROOT", "conj") and verb.lemma_.lower() in ISSUE_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in verb.children)


def _other_subject(f: Found, who: Who | None, quotes, resolver: Resolver, since: int = 0) -> bool:
    """Someone other than the speaker is the named subject of a sentence between ``since``
    and the end of the quotation's sentence."""
    bounds = next(((a, b) for a, b in sentence_bounds(f.para) if a <= f.start < b), None)
    if bounds is None:
        return False
    for t in f.para.doc:
        if min(since, bounds[0]) <= t.idx < bounds[1] and t.dep_ in ("nsubj", "nsubjpass") and not in_any(t, quotes):
            # the subject's own name, or, after the quotation before, the name set beside a subject
            # that is a description ("the union's chief, Ana Lind, said ...")
            names = [t] if t.pos_ == "PROPN" else [c for c in t.children
                                                   if c.dep_ == "appos" and c.pos_ == "PROPN" and c.idx >= since]
            for name in names:
                other = resolver.name_phrase(f.para.text, name)
                if other is not None and (who is None or other.name != who.name):
                    return True
    return False
