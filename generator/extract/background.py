"""History, context and key figures, as the article's own words.

Every passage is the article's text, whole sentences or trimmed at their edges, never
reworded:

* history: past events (``since ...``, ``a previous war ended in 1994``, ``five weeks ago``);
* context: what the places and groups at stake are (``Vardo, a fishing town on the northern
  ...``), told by appositions and non-restrictive clauses;
* figure: deaths, areas, distances, durations and sums, each with its sentence.

The timeline (dated events) is :mod:`generator.extract.timeline`. Every item names the rules
that produced it (:mod:`generator.extract.provenance`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from generator import lexicon
from generator.extract import dates
from generator.extract.provenance import rule
from generator.extract.timeline import extract_timeline
from generator.model import Actor, BackgroundItem
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

__all__ = ["extract_background", "extract_timeline"]


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
        for sent in para.sents:
            text = _sentence_text(para, sent)
            if _quoted_words(para.parsed_span_text(sent)) >= 3:
                continue
            for passage, rule_id in _definitions(para, sent, people, non_people):
                add(BackgroundItem(passage, para.index, "context", rules=[rule_id]))
            history = _history_rule(para, sent, text)
            if history:
                add(BackgroundItem(text, para.index, "history", rules=[history]))
            figure, figure_rule = _figure(para, sent)
            if figure:
                add(BackgroundItem(text, para.index, "figure", figure=figure, rules=[figure_rule]))
    return items


def _sentence_text(para: ParsedParagraph, sent: "Span") -> str:
    return para.text[sent.start_char:sent.end_char].strip()


def _quoted_words(text: str) -> int:
    """How many words of a (normalised) sentence stand inside quotation marks."""
    closed = text + ('"' if text.count('"') % 2 else "")
    return sum(len(q.split()) for q in re.findall(r'"([^"]*)"', closed))


# -- history ------------------------------------------------------------------------------


def _history_rule(para: ParsedParagraph, sent: "Span", text: str) -> str | None:
    """The rule by which a sentence tells of the past behind the news, not of the news itself."""
    if _HISTORY_WORDS.search(text):
        return rule("background.history-phrase")
    for ent in para.sentence_ents(sent):
        if ent.label_ != "DATE":
            continue
        if re.search(r"\b(1[5-9]\d\d|20\d\d)\b", ent.text) and _past(ent.root):
            return rule("background.past-year")
        if re.search(r"\bago\b", ent.text, re.I) and re.search(r"\b(years?|decades?|months?)\b", ent.text, re.I):
            return rule("background.ago-date")
        if re.search(r"\blast (year|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|"
                     r"september|october|november|december)\b", ent.text, re.I):
            return rule("background.last-period")
    return None


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


def _figure(para: ParsedParagraph, sent: "Span") -> tuple[str | None, str]:
    """The key figure of a sentence as written (``more than 5,000 people``), if it has one, and
    the rule that found it."""
    text = para.parsed_span_text(sent)
    for ent in para.sentence_ents(sent):
        label = ent.label_
        written = para.text[ent.start_char:ent.end_char]
        if not re.search(r"\d|hundreds|thousands|dozens|millions|billions|\b(one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|twenty|thirty|forty|fifty|hundred)\b", written, re.I):
            continue
        if label in ("QUANTITY",) or label == "CARDINAL" and _UNITS.search(para.text[ent.end_char:ent.end_char + 14]):
            return _with_unit(para, ent), rule("background.figure-unit")
        if label == "MONEY":
            return written, rule("background.figure-money")
        if label == "PERCENT":
            return written, rule("background.figure-percent")
        if label == "CARDINAL" and _DEATHS.search(text) and re.search(r"\d|hundreds|thousands|dozens", written, re.I):
            head = ent.root.head
            while head.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.head.i > head.i and head.head.pos_ == "NOUN":
                head = head.head
            if ent.root.dep_ in ("nummod", "quantmod") and head.pos_ == "NOUN" and head.i >= ent.end:
                return para.text[ent.start_char:head.idx + len(head)], rule("background.figure-casualties")
            return written, rule("background.figure-casualties")
        if label == "DATE" and _DURATION.search(written) and not dates.is_point_in_time(written):
            if re.search(r"\b(war|conflict|fighting|siege|occupation|ceasefire|rule|crisis|talks|visit|period|turmoil)\b",
                         text, re.I):
                return written, rule("background.figure-duration")
    return None, ""


def _with_unit(para: ParsedParagraph, ent: "Span") -> str:
    written = para.text[ent.start_char:ent.end_char]
    following = para.text[ent.end_char:ent.end_char + 14]
    unit = re.match(r"\s?(sq\.? ?km|square \w+|km2|km|kilometres|kilometers|miles?|metres|meters|hectares|acres)\b",
                    following, re.I)
    return written + unit.group() if unit and unit.group().strip().lower() not in written.lower() else written


# -- places and groups --------------------------------------------------------------------


def _definitions(para: ParsedParagraph, sent: "Span", people: set[str], non_people: set[str]) -> Iterator[tuple[str, str]]:
    """``X, a mountainous region ...``; ``the capital, X``; ``X, which lacks ...``;
    each passage with its rule."""
    doc = sent.doc
    for ent in para.sentence_ents(sent):
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
                yield (_span_text(para, ent.start, _cut_at_date(doc, ent.end, child.right_edge.i)),
                       rule("background.apposition"))
            if child.dep_ == "relcl" and any(c.lower_ in ("which", "where") for c in child.children):
                yield _span_text(para, ent.start, child.right_edge.i), rule("background.which-clause")
        # a ... region of Georgia, X
        if root.dep_ == "appos" and root.head.i < ent.start and root.head.pos_ == "NOUN" and _defining(root.head):
            head = root.head
            if head.left_edge.i >= sent.start:
                yield _span_text(para, head.left_edge.i, ent.end - 1), rule("background.preceding-apposition")


def _cut_at_date(doc, start: int, end: int) -> int:
    """An apposition ends before a date the parser wrongly hung on it (``the capital, on Sunday``)."""
    for i in range(start, end + 1):
        if doc[i].ent_type_ in ("DATE", "TIME") and i > start + 1:
            j = i - 1
            while j > start and doc[j].pos_ == "ADP":
                j -= 1
            return j
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
