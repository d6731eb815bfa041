"""Who said what: direct quotations with their speakers, and reported speech.

Quotations are found by their marks (:mod:`generator.extract.quotefinding`), then attributed
through the parse (:mod:`generator.extract.attribution`): the speech verb the quoted words
depend on, or that depends on them (``"...," he said``); ``according to X``; the clause before
a colon (``X welcomed the deal: "..."``). A quotation with no cue of its own continues the
quotation before it in the paragraph, or follows the sentence that introduced its speaker
(:mod:`generator.extract.continuation`).
Quoted words with no speech cue at all that do not make a sentence (scare quotes, titles,
slogans) are not quotations, nor are names of works in title case, headlines cited with their
source and date, or words mentioned as words (``the word "X"``). Speakers are resolved to the
register's actors by :mod:`generator.extract.speakers`; reported speech without marks is
:mod:`generator.extract.statements`.

Every quote names its rules: the ``quote.*`` rules that accepted its span, then the
``speaker.*`` rules that found its speaker and resolved it (or left it unattributed, and why).
"""
from __future__ import annotations

from generator.extract.attribution import Attribution, attribute
from generator.extract.continuation import inherit
from generator.extract.provenance import merged, rule
from generator.extract.quotefinding import (Found, citation, find_quotations, follows_dropped, kind_and_rule,
                                            sentence_text, span_rules, title_cased)
from generator.extract.register import Register
from generator.extract.speakers import Resolver
from generator.extract.statements import statements as reported_statements
from generator.model import Quote, Statement
from generator.nlp import ParsedArticle


def extract_quotes(parsed: ParsedArticle, register: Register) -> tuple[list[Quote], list[Statement]]:
    """Direct quotes (``full`` and ``partial``) and reported statements, with speakers
    resolved to the register's actors where the article makes it certain."""
    paragraphs = parsed.paragraphs
    found = find_quotations(paragraphs)
    ranges: dict[int, list[tuple[int, int]]] = {p.index: [] for p in paragraphs}
    for f in found:
        ranges[f.para.index].append((f.span.start, f.span.end))
        for p, a, b in f.more:
            ranges[p.index].append((max(0, a - 1), b))

    resolver = Resolver(register, headline=parsed.headline.text, texts={p.index: p.text for p in paragraphs})
    for para in paragraphs:
        resolver.learn_gender(para.text, para.doc, ranges[para.index])
    for para in paragraphs:
        resolver.scan(para.index, para.text, para.doc, ranges[para.index])

    quotes: list[Quote] = []
    previous: dict[int, tuple[Found, Attribution]] = {}
    dropped: list[Found] = []
    for f in found:
        para = f.para
        kind, kind_rule = kind_and_rule(f)
        verdict = None if kind == "partial" and title_cased(f.text) or citation(f) else \
            attribute(f, ranges[para.index], resolver)
        if verdict is not None and not verdict.found_cue and title_cased(f.text):
            verdict = None  # "On its website, "The Harbour Pages", the union ...": a name standing alone
        if verdict is None or follows_dropped(f, dropped):
            dropped.append(f)
            continue  # a title or slogan, or one of a list of them
        if not verdict.found_cue:
            inherited = inherit(f, kind, previous, paragraphs, ranges, resolver)
            if inherited is not None:
                verdict = inherited
            elif kind == "partial":
                continue  # a scare quote: quoted words without a speech cue
        previous[para.index] = (f, verdict)
        who = verdict.who
        note, declined = None, []
        if who is None or who.name is None:
            note = (who.note if who and who.note else
                    "no speaker is named for these words" if not verdict.found_cue else
                    "the speech cue has no speaker the parse could find")
            if not (who and who.note):
                declined = [rule("speaker.none-no-cue" if not verdict.found_cue else "speaker.none-unresolved")]
        quotes.append(Quote(
            text=f.text,
            speaker=who.name if who else None,
            speaker_id=who.id if who else None,
            role=(who.role or (who.actor.role if who.actor else None)) if who and who.name else None,
            cue=verdict.cue,
            kind=kind,
            paragraph=para.index,
            sentence=sentence_text(f),
            note=note,
            body_id=who.body.id if who and who.body else None,
            rules=merged(span_rules(f, kind_rule), verdict.rules, who.rules if who else (), declined),
        ))
    return quotes, reported_statements(paragraphs, ranges, resolver)
