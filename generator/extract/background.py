"""History, context and key figures, as the article's own sentences; and a timeline."""
from __future__ import annotations

import re

from generator.model import Actor, BackgroundItem, TimelineEvent
from generator.nlp import ParsedArticle

_HISTORY = re.compile(r"\b(since|ago|in (1[89]|20)\d\d|previous|former|earlier|history|historically|decades?)\b", re.I)
_FIGURE = re.compile(r"\d")


def extract_background(parsed: ParsedArticle, actors: list[Actor]) -> list[BackgroundItem]:
    """Sentences that give history (past events) or key figures, verbatim."""
    items = []
    for para in parsed.paragraphs:
        for sent in para.doc.sents:
            text = para.text[sent.start_char:sent.end_char].strip()
            if '"' in sent.text:
                continue
            if _HISTORY.search(text):
                items.append(BackgroundItem(text, para.index, "history"))
            elif any(ent.label_ in ("CARDINAL", "QUANTITY", "PERCENT", "MONEY") for ent in sent.ents) and _FIGURE.search(text):
                items.append(BackgroundItem(text, para.index, "figure"))
    return items


def extract_timeline(parsed: ParsedArticle) -> list[TimelineEvent]:
    """Sentences with a date, the date as written."""
    events = []
    for para in parsed.paragraphs:
        for sent in para.doc.sents:
            for ent in sent.ents:
                if ent.label_ == "DATE":
                    events.append(TimelineEvent(para.text[sent.start_char:sent.end_char].strip(), para.index,
                                                para.text[ent.start_char:ent.end_char]))
                    break
    return events
