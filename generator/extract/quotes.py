"""Who said what: direct quotations with their speakers."""
from __future__ import annotations

import re

from generator.model import Actor, Quote, Statement
from generator.nlp import ParsedArticle

SPEECH_VERBS = {"say", "tell", "add", "state", "declare", "announce", "write", "claim", "warn", "insist",
                "explain", "note", "ask", "reply", "urge", "describe", "call", "stress", "accuse"}
_QUOTE = re.compile(r"[\"\u201c\u00ab]([^\"\u201c\u201d\u00ab\u00bb]{2,}?)[\"\u201d\u00bb]")
_PRONOUNS = {"he", "she", "they", "we", "i"}


def extract_quotes(parsed: ParsedArticle, actors: list[Actor]) -> tuple[list[Quote], list[Statement]]:
    """Direct quotes (``full`` and ``partial``) with speakers resolved to actors."""
    people = [a for a in actors if a.type == "person"]
    quotes: list[Quote] = []
    last_person: Actor | None = None
    for para in parsed.paragraphs:
        for sent in para.doc.sents:
            s_text = para.text[sent.start_char:sent.end_char]
            speaker = _speaker(sent, para.text, people, last_person)
            for m in _QUOTE.finditer(s_text):
                words = m.group(1).strip()
                full = m.start() == 0 or s_text[:m.start()].rstrip().endswith((":", ","))
                quotes.append(Quote(
                    text=words,
                    speaker=speaker[0].name if speaker else None,
                    speaker_id=speaker[0].id if speaker else None,
                    role=speaker[0].role if speaker else None,
                    cue=speaker[1] if speaker else None,
                    kind="full" if full else "partial",
                    paragraph=para.index,
                    sentence=s_text,
                    note=None if speaker else "no speaker named in the sentence",
                ))
            for a in people:
                if any(n in s_text for n in [a.name, *a.aliases]):
                    last_person = a
    return quotes, []


def _speaker(sent, text: str, people: list[Actor], last: Actor | None):
    for tok in sent:
        if tok.pos_ == "VERB" and tok.lemma_ in SPEECH_VERBS:
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    span = text[child.left_edge.idx:child.right_edge.idx + len(child.right_edge)]
                    if child.lower_ in _PRONOUNS and last is not None:
                        return last, tok.text
                    for a in people:
                        if any(n and n in span for n in [a.name, *a.aliases]):
                            return a, tok.text
    return None
