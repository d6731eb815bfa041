"""History, context and key figures, as the article's own words; and a timeline.

Every passage is the article's text, whole sentences or trimmed at their edges, never
reworded:

* history: past events (``since ...``, ``a previous war ended in 1994``, ``five weeks ago``);
* context: what the places and groups at stake are (``Shusha, a critical town on the road
  ...``), told by appositions and non-restrictive clauses;
* figure: deaths, areas, distances, durations and sums, each with its sentence.

The timeline lists dated events: the date as written and, where it can be worked out (the
article's own date resolves ``on Saturday``), as an ISO date.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from generator import lexicon
from generator.extract import dates
from generator.model import Actor, BackgroundItem, TimelineEvent
from generator.nlp import ParsedArticle, ParsedParagraph

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

_ENTITY_LABELS = {"GPE", "LOC", "FAC", "ORG", "NORP", "EVENT"}
_HISTORY_WORDS = re.compile(
    r"\b(" + "|".join(map(re.escape, lexicon.entries("history_phrases"))) + r"|since (the|its|their|his|her|a|an|\d+)|"
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (years|decades|months) ago)\b", re.I)
_DEATHS = re.compile(r"\b(" + "|".join(map(re.escape, lexicon.entries("casualty_words"))) + r")\b", re.I)
_UNITS = re.compile(r"\b(" + "|".join(map(re.escape, lexicon.entries("measure_units"))) + r")\b|\d(km|m|kg)\b", re.I)
_DURATION = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)[- ]"
                       r"(" + "|".join(lexicon.entries("time_units")) + r")\b", re.I)
_DEFINING_NOUNS = lexicon.words("defining_nouns")
_SPEECH = lexicon.having("speech_verbs", "frame")
_MARKS = lexicon.words("clause_marks")


def extract_background(parsed: ParsedArticle, actors: list[Actor]) -> list[BackgroundItem]:
    """History, definitions of places and groups, and key figures, in article order."""
    people = {name for a in actors if a.type == "person" for name in [a.name, *a.aliases]}
    non_people = {name for a in actors if a.type != "person" for name in [a.name, *a.aliases]}
    items: list[BackgroundItem] = []
    seen: set[tuple[str, str]] = set()

    def add(item: BackgroundItem) -> None:
        key = (item.kind, item.text)
        if key not in seen and item.text:
            seen.add(key)
            items.append(item)

    for para in parsed.paragraphs:
        for sent in para.doc.sents:
            text = _sentence_text(para, sent)
            if _quoted_words(sent.text) >= 3:
                continue
            for passage in _definitions(para, sent, people, non_people):
                add(BackgroundItem(passage, para.index, "context"))
            if _is_history(sent, text):
                add(BackgroundItem(text, para.index, "history"))
            figure = _figure(para, sent)
            if figure:
                add(BackgroundItem(text, para.index, "figure", figure=figure))
    return items


def _sentence_text(para: ParsedParagraph, sent: "Span") -> str:
    return para.text[sent.start_char:sent.end_char].strip()


def _quoted_words(text: str) -> int:
    """How many words of a (normalised) sentence stand inside quotation marks."""
    closed = text + ('"' if text.count('"') % 2 else "")
    return sum(len(q.split()) for q in re.findall(r'"([^"]*)"', closed))


# -- history ------------------------------------------------------------------------------


def _is_history(sent: "Span", text: str) -> bool:
    """A sentence that tells of the past behind the news, not of the news itself."""
    if _HISTORY_WORDS.search(text):
        return True
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        if re.search(r"\b(1[5-9]\d\d|20\d\d)\b", ent.text) and _past(ent.root):
            return True
        if re.search(r"\bago\b", ent.text, re.I) and re.search(r"\b(years?|decades?|months?)\b", ent.text, re.I):
            return True
        if re.search(r"\blast (year|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|"
                     r"september|october|november|december)\b", ent.text, re.I):
            return True
    return False


def _past(token: "Token") -> bool:
    """Whether the clause that holds a token is in a past tense."""
    for node in [token, *token.ancestors]:
        if node.pos_ in ("VERB", "AUX"):
            if node.tag_ in ("VBD",) or any(c.lower_ == "had" and c.dep_ == "aux" for c in node.children):
                return True
            if node.tag_ == "VBN" and node.dep_ in ("acl", "amod"):
                return True
            if node.dep_ not in ("xcomp", "pcomp", "conj"):
                return False
    return token.head.tag_ == "VBD" or token.dep_ in ("nummod", "compound", "amod")


# -- figures ------------------------------------------------------------------------------


def _figure(para: ParsedParagraph, sent: "Span") -> str | None:
    """The key figure of a sentence as written (``more than 5,000 people``), if it has one."""
    text = sent.text
    for ent in sent.ents:
        label = ent.label_
        written = para.text[ent.start_char:ent.end_char]
        if not re.search(r"\d|hundreds|thousands|dozens|millions|billions|\b(one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|twenty|thirty|forty|fifty|hundred)\b", written, re.I):
            continue
        if label in ("QUANTITY",) or label == "CARDINAL" and _UNITS.search(para.text[ent.end_char:ent.end_char + 14]):
            return _with_unit(para, ent)
        if label == "MONEY":
            return written
        if label == "PERCENT":
            return written
        if label == "CARDINAL" and _DEATHS.search(text) and re.search(r"\d|hundreds|thousands|dozens", written, re.I):
            head = ent.root.head
            while head.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.head.i > head.i and head.head.pos_ == "NOUN":
                head = head.head
            if ent.root.dep_ in ("nummod", "quantmod") and head.pos_ == "NOUN" and head.i >= ent.end:
                return para.text[ent.start_char:head.idx + len(head)]
            return written
        if label == "DATE" and _DURATION.search(written) and not dates.is_point_in_time(written):
            if re.search(r"\b(war|conflict|fighting|siege|occupation|ceasefire|rule|crisis|talks|visit|period|turmoil)\b",
                         text, re.I):
                return written
    return None


def _with_unit(para: ParsedParagraph, ent: "Span") -> str:
    written = para.text[ent.start_char:ent.end_char]
    following = para.text[ent.end_char:ent.end_char + 14]
    unit = re.match(r"\s?(sq\.? ?km|square \w+|km2|km|kilometres|kilometers|miles?|metres|meters|hectares|acres)\b",
                    following, re.I)
    return written + unit.group() if unit and unit.group().strip().lower() not in written.lower() else written


# -- places and groups --------------------------------------------------------------------


def _definitions(para: ParsedParagraph, sent: "Span", people: set[str], non_people: set[str]) -> Iterator[str]:
    """``X, a mountainous region ...``; ``the capital, X``; ``X, which has been blamed for ...``."""
    doc = sent.doc
    for ent in sent.ents:
        name = para.text[ent.start_char:ent.end_char]
        bare = re.sub(r"^the\s+", "", name, flags=re.I)
        if ent.label_ not in _ENTITY_LABELS and bare not in non_people:
            continue
        if bare in people and bare not in non_people:
            continue
        root = ent.root
        # X, a ... region
        follows = ent.end < len(doc) and doc[ent.end].text == ","
        for child in root.children:
            if not follows or child.left_edge.i != ent.end + 1:
                continue  # the definition must follow the name directly: ``X, a ...``
            if child.dep_ == "appos" and child.pos_ == "NOUN" and _defining(child):
                yield _span_text(para, ent.start, _cut_at_date(doc, ent.end, _appositive_end(child)))
            if child.dep_ == "relcl" and any(c.lower_ in ("which", "where") for c in child.children):
                yield _span_text(para, ent.start, child.right_edge.i)
        # a ... region of Georgia, X
        if root.dep_ == "appos" and root.head.i < ent.start and root.head.pos_ == "NOUN" and _defining(root.head):
            head = root.head
            if head.left_edge.i >= sent.start:
                yield _span_text(para, head.left_edge.i, ent.end - 1)


def _cut_at_date(doc, start: int, end: int) -> int:
    """An apposition ends before a date the parser wrongly hung on it (``the capital, on Sunday``)."""
    for i in range(start, end + 1):
        if doc[i].ent_type_ in ("DATE", "TIME") and i > start + 1:
            j = i - 1
            while j > start and doc[j].pos_ == "ADP":
                j -= 1
            return j
    return end


def _appositive_end(noun: "Token") -> int:
    """Where an apposition ends, taking in a ``but populated by ...`` the parser hung elsewhere."""
    doc = noun.doc
    end = noun.right_edge.i
    nxt = end + 1
    if nxt + 1 < len(doc) and doc[nxt].dep_ == "cc" and doc[nxt + 1].tag_ in ("VBN", "JJ"):
        end = nxt + 1
        while end + 1 < len(doc) and not doc[end + 1].is_punct and doc[end + 1].dep_ != "cc":
            end += 1
    return end


def _defining(noun: "Token") -> bool:
    """A common noun that says what a place or group is, with something to say about it."""
    if noun.lemma_.lower() not in _DEFINING_NOUNS and noun.lower_ not in _DEFINING_NOUNS:
        return False
    return any(c.dep_ in ("amod", "compound", "prep", "acl", "relcl", "nmod", "poss") for c in noun.children)


def _span_text(para: ParsedParagraph, start: int, end: int) -> str:
    """The original text from token ``start`` to token ``end`` (inclusive), edges tidied."""
    doc = para.doc
    while end > start and (doc[end].is_punct and doc[end].text not in (")",) or doc[end].dep_ == "cc"):
        end -= 1
    return para.text[doc[start].idx:doc[end].idx + len(doc[end])]


# -- timeline -----------------------------------------------------------------------------


def extract_timeline(parsed: ParsedArticle) -> list[TimelineEvent]:
    """Dated events: the clause that tells each, the date as written and, where known, as ISO.

    Ordered by date where the dates are known, the undated ones (``on Saturday`` in an
    article with no date of its own) after them in the article's order.
    """
    base = parsed.article.source.date
    events: list[TimelineEvent] = []
    seen: set[tuple[int, str, str]] = set()
    for para in parsed.paragraphs:
        quoted = _quoted_spans(para.doc.text)
        for sent in para.doc.sents:
            for ent in sent.ents:
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
                text = _clause(para, sent, ent)
                key = (para.index, text, written)
                if key in seen:
                    continue
                seen.add(key)
                events.append(TimelineEvent(text=text, paragraph=para.index, when=when, date=dates.resolve(written, base)))
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


def _clause(para: ParsedParagraph, sent: "Span", ent: "Span") -> str:
    """The clause that holds a date, trimmed from its sentence; the sentence when it has none."""
    doc = sent.doc
    if ent.root.dep_ in ("nummod", "compound", "amod", "nmod") and ent.root.head.pos_ == "NOUN":
        # ``a 1997 pact between the two countries``: the thing the date belongs to
        head = ent.root.head
        lo, hi = head.left_edge.i, head.right_edge.i
        if hi - lo >= 4 and lo >= sent.start and hi < sent.end:
            return _trimmed(para, sent, lo, hi)
    for node in ent.root.ancestors:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if node.dep_ == "ROOT" or node.lemma_.lower() in _SPEECH:
            break
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
            head = node.head
            lo, hi = head.left_edge.i, head.right_edge.i
            return _trimmed(para, sent, lo, hi)
        if node.dep_ in ("advcl", "ccomp", "conj") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children):
            lo, hi = node.left_edge.i, node.right_edge.i
            for child in node.rights:
                if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                    hi = min(hi, child.left_edge.i - 1)
            return _trimmed(para, sent, lo, hi)
    return _sentence_text(para, sent)


def _trimmed(para: ParsedParagraph, sent: "Span", lo: int, hi: int) -> str:
    doc = sent.doc
    while lo < hi and (doc[lo].is_punct or doc[lo].lower_ in _MARKS and doc[lo].dep_ in ("mark", "cc", "prep")):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ == "cc"):
        hi -= 1
    if hi - lo < 3:
        return _sentence_text(para, sent)
    return para.text[doc[lo].idx:doc[hi].idx + len(doc[hi])]
