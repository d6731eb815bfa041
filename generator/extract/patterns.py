"""Token patterns kept as data: ``generator/data/patterns/<name>.jsonl``.

One JSON object a line, ``{"id": "<rule id>", "pattern": [...]}``, where ``pattern`` is a spaCy
``Matcher`` pattern (a list of token dicts) or, with ``"dependency": true``, a
``DependencyMatcher`` pattern (a list of node dicts); a Matcher entry may add ``"greedy":
"LONGEST"`` to keep only the longest of overlapping matches. A word list may stand in a pattern
by its lexicon name: ``{"LEMMA": {"IN": "@relation_back_verbs"}}`` takes the entries of
``generator/data/lexicons/relation_back_verbs.txt`` (or the keys of a table, ``<name>.tsv``), so
vocabulary stays in the lexicons. The id is the rule id the match stands for
(:mod:`generator.extract.provenance`), so a construction of English is added by adding a line,
and every item it yields names it. Lines starting with ``//`` are comments.

    for rule_id, start, end in matches("agreement_heads", sentence): ...
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.provenance import rule

if TYPE_CHECKING:  # pragma: no cover
    from spacy.matcher import DependencyMatcher, Matcher
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

DIRECTORY = Path(__file__).resolve().parent.parent / "data" / "patterns"


@lru_cache(maxsize=None)
def load(name: str) -> tuple[dict, ...]:
    """The entries of ``<name>.jsonl``, each checked to have a catalogued rule id and a pattern."""
    out = []
    path = DIRECTORY / f"{name}.jsonl"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        entry = json.loads(line)
        if not isinstance(entry.get("pattern"), list) or not entry.get("id"):
            raise ValueError(f"{path.name}:{number}: an entry needs an id and a pattern")
        rule(entry["id"])
        entry["pattern"] = [_expand(node) for node in entry["pattern"]]
        out.append(entry)
    return tuple(out)


def _expand(value):
    """A pattern with every ``"@name"`` word list (the value of ``IN`` or ``NOT_IN``) replaced by
    the entries of the lexicon ``<name>.txt``, or the keys of ``<name>.tsv``."""
    if isinstance(value, dict):
        return {k: list(lexicon.listed(v[1:])) if k in ("IN", "NOT_IN") and isinstance(v, str) and v.startswith("@")
                else _expand(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v) for v in value]
    return value


_MATCHERS: dict[tuple[int, str], object] = {}


def matcher(vocab: "Vocab", name: str) -> "Matcher | DependencyMatcher":
    """A Matcher (or DependencyMatcher) with every pattern of ``<name>.jsonl``, one per vocab."""
    key = (id(vocab), name)
    if key not in _MATCHERS:
        entries = load(name)
        if any(e.get("dependency") for e in entries):
            from spacy.matcher import DependencyMatcher

            m = DependencyMatcher(vocab)
        else:
            from spacy.matcher import Matcher

            m = Matcher(vocab)
        for entry in entries:
            if entry.get("greedy"):
                m.add(entry["id"], [entry["pattern"]], greedy=entry["greedy"])
            else:
                m.add(entry["id"], [entry["pattern"]])
        _MATCHERS[key] = m
    return _MATCHERS[key]


def _anchor(entry: dict) -> frozenset[str] | None:
    """The words (lower case, lemma or exact form) the first node of a pattern must be, if it
    names them, in lower case: a text whose words and lemmas hold none of them cannot match."""
    node = entry["pattern"][0]
    if entry.get("dependency"):
        attrs = node.get("RIGHT_ATTRS", {})
    elif node.get("OP", "+") == "+":  # the first token is not optional
        attrs = node
    else:
        return None
    value = attrs.get("LOWER", attrs.get("LEMMA", attrs.get("ORTH")))
    if isinstance(value, dict):
        value = value.get("IN")
    if not value:
        return None
    return frozenset([value.lower()] if isinstance(value, str) else [v.lower() for v in value])


@lru_cache(maxsize=None)
def _anchors(name: str) -> tuple[tuple[str, frozenset[str]], ...] | None:
    """(rule id, anchor words) of every pattern of ``<name>.jsonl``; ``None`` when some pattern's
    first node is not tied to words."""
    out = []
    for entry in load(name):
        words = _anchor(entry)
        if words is None:
            return None
        out.append((entry["id"], words))
    return tuple(out)


_KEYS: dict[str, tuple[tuple[str, frozenset[int]], ...]] = {}


def _anchor_keys(name: str, vocab: "Vocab") -> tuple[tuple[str, frozenset[int]], ...]:
    """:func:`_anchors` with each word as its string key (the same in every vocab)."""
    if name not in _KEYS:
        _KEYS[name] = tuple((rule_id, frozenset(vocab.strings.add(w) for w in words))
                            for rule_id, words in _anchors(name))
    return _KEYS[name]


def _subset_matcher(vocab: "Vocab", name: str, ids: frozenset[str]) -> "DependencyMatcher":
    """A DependencyMatcher with the patterns of ``<name>.jsonl`` whose ids are in ``ids``."""
    key = (id(vocab), name, ids)
    if key not in _MATCHERS:
        from spacy.matcher import DependencyMatcher

        m = DependencyMatcher(vocab)
        for entry in load(name):
            if entry["id"] in ids:
                m.add(entry["id"], [entry["pattern"]])
        _MATCHERS[key] = m
    return _MATCHERS[key]


def run(name: str, doclike: "Doc | Span") -> list:
    """The raw matches of ``<name>.jsonl`` over a Doc or Span. A text without the first word of
    any pattern is not searched at all (the words of a Span's whole Doc are what is checked: read
    once, they hold the Span's). A DependencyMatcher costs much more than a Matcher, and the more
    the more patterns it holds, so only the patterns whose first word occurs in the text are run."""
    anchors = _anchors(name)
    if anchors is None:
        return matcher(doclike.vocab, name)(doclike)
    from spacy.tokens import Doc

    present = _words(doclike if isinstance(doclike, Doc) else doclike.doc)
    ids = frozenset(rule_id for rule_id, keys in _anchor_keys(name, doclike.vocab) if not present.isdisjoint(keys))
    if not ids:
        return []
    if len(ids) == len(anchors) or not any(e.get("dependency") for e in load(name)):
        return matcher(doclike.vocab, name)(doclike)
    return _subset_matcher(doclike.vocab, name, ids)(doclike)


def _words(doc: "Doc") -> set[int]:
    """The lower-case forms and lemmas of a Doc's tokens, as string keys: read once, for every
    pattern file run over the Doc or a Span of it."""
    if "pattern_words" not in doc.user_data:
        from spacy.attrs import LEMMA, LOWER

        doc.user_data["pattern_words"] = set(doc.to_array([LOWER, LEMMA]).ravel().tolist())
    return doc.user_data["pattern_words"]


def matches(name: str, doclike: "Doc | Span") -> list[tuple[str, int, int]]:
    """``(rule id, start, end)`` of every match of ``<name>.jsonl`` in a Doc or Span (token offsets
    in the Doc; for a dependency pattern, the span of its matched tokens)."""
    from spacy.tokens import Span

    offset = doclike.start if isinstance(doclike, Span) else 0
    strings = doclike.vocab.strings
    out = []
    for match_id, *rest in run(name, doclike):
        if len(rest) == 2:
            start, end = rest
        else:
            start, end = min(rest[0]), max(rest[0]) + 1
        out.append((strings[match_id], start + offset, end + offset))
    return out


def token_pairs(name: str, doc: "Doc") -> list[tuple[int, int]]:
    """The two token indices of every match of ``<name>.jsonl``, patterns of two nodes (``(verb,
    object)``), matched once per parse and kept with the Doc."""
    found = doc.user_data.get(name)
    if found is None:
        found = doc.user_data[name] = [(first, second) for _, (first, second) in run(name, doc)]
    return found
