"""Token patterns kept as data: ``generator/data/patterns/<name>.jsonl``.

One JSON object a line, ``{"id": "<rule id>", "pattern": [...]}``, where ``pattern`` is a spaCy
``Matcher`` pattern (a list of token dicts) or, with ``"dependency": true``, a
``DependencyMatcher`` pattern (a list of node dicts); a Matcher entry may add ``"greedy":
"LONGEST"`` to keep only the longest of overlapping matches. A word list may stand in a pattern
by its lexicon name: ``{"LEMMA": {"IN": "@relation_back_verbs"}}`` takes the entries of
``generator/data/lexicons/relation_back_verbs.txt``, so vocabulary stays in the lexicons. The id is the rule id the match stands for
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
    the entries of the lexicon ``<name>.txt``."""
    if isinstance(value, dict):
        return {k: list(lexicon.entries(v[1:])) if k in ("IN", "NOT_IN") and isinstance(v, str) and v.startswith("@")
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


@lru_cache(maxsize=None)
def _anchors(name: str) -> frozenset[str] | None:
    """The words (lower case or lemma) that the first node of every dependency pattern of
    ``<name>.jsonl`` must be; ``None`` when some pattern's first node is not tied to words."""
    out: set[str] = set()
    for entry in load(name):
        if not entry.get("dependency"):
            return None
        attrs = entry["pattern"][0].get("RIGHT_ATTRS", {})
        value = attrs.get("LOWER", attrs.get("LEMMA"))
        if isinstance(value, dict):
            value = value.get("IN")
        if not value:
            return None
        out.update([value.lower()] if isinstance(value, str) else [v.lower() for v in value])
    return frozenset(out)


def run(name: str, doclike: "Doc | Span") -> list:
    """The raw matches of ``<name>.jsonl`` over a Doc or Span. A DependencyMatcher costs much more
    than a Matcher, so a text without any word its patterns start from is not searched at all."""
    anchors = _anchors(name)
    if anchors is not None:
        from spacy.attrs import LEMMA, LOWER

        strings = doclike.vocab.strings
        wanted = {strings.add(word) for word in anchors}
        if not wanted.intersection(doclike.to_array([LOWER, LEMMA]).ravel().tolist()):
            return []
    return matcher(doclike.vocab, name)(doclike)


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
