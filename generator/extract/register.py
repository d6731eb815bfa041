"""The register of the article's actors: who is who, worked out once.

The actor extractor fills it with every actor and the exact places (paragraph, tokens) where the
article names them. Later extractors ask it two kinds of question:

* **where**: which actor does the article name at this token, or inside this stretch of a
  paragraph (:meth:`Register.at`, :meth:`Register.within`). The answer comes from the actor
  extractor's own mentions, so a speaker or a party is the very actor the Actors section shows;
* **by name**: which actor does a phrase name (``the minister Ana Lind``, ``Lind``), for words the
  actor extractor did not mark, such as a surname inside a longer phrase
  (:meth:`Register.find`, :meth:`Register.person_by_surname`, :meth:`Register.find_all`).

Every name is compared through one folding function, :func:`fold`.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from generator import lexicon
from generator.model import Actor

HEADLINE = -1
"""The paragraph number of the headline in mentions."""


_POSSESSIVE = re.compile(r"'s?\b")
_MARKS = re.compile(r"[^\w\s-]")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A name as a key: lower case, no accents or typographic marks, possessive and punctuation
    dropped, spaces squeezed. ``Dr. José Núñez's`` and ``dr jose nunez`` fold alike."""
    if not text.isascii():  # ASCII has no accents to take off
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").casefold()
    text = _POSSESSIVE.sub("", text)
    text = _MARKS.sub(" ", text)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _honorific() -> re.Pattern:
    titles = sorted(lexicon.words("speaker_titles"), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(t) for t in titles) + r")\.?\s+")


@lru_cache(maxsize=65536)
def strip_titles(key: str) -> str:
    """A folded name without a leading article and titles: ``the president ana lind`` -> ``ana lind``."""
    key = _ARTICLE.sub("", key)
    pattern = _honorific()
    while True:
        new = pattern.sub("", key)
        if new == key:
            return key
        key = new


def distance_one(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


@dataclass(frozen=True)
class ActorMention:
    """One place where the article names an actor."""

    paragraph: int
    """Paragraph number, or :data:`HEADLINE`."""
    start: int
    end: int
    """Token offsets in that paragraph's parse."""
    start_char: int
    end_char: int
    """Character offsets in that paragraph's text."""
    actor_id: str
    rule: str
    """The rule that found the mention."""


class Register:
    """The article's actors and their mentions, looked up by place or by name."""

    def __init__(self, actors: list[Actor], mentions: list[ActorMention] = ()):
        self.actors = [a for a in actors if getattr(a, "name", None)]
        self.by_id = {a.id: a for a in self.actors}
        self.mentions = sorted((m for m in mentions if m.actor_id in self.by_id),
                               key=lambda m: (m.paragraph, m.start_char))
        self._starts: dict[int, list[int]] = {}
        self._in_paragraph: dict[int, list[ActorMention]] = {}
        for m in self.mentions:
            self._in_paragraph.setdefault(m.paragraph, []).append(m)
            self._starts.setdefault(m.paragraph, []).append(m.start_char)
        self.keys: dict[str, list[Actor]] = {}
        self.surnames: dict[str, list[Actor]] = {}
        for a in self.actors:
            names = [a.name, *(a.aliases or [])]
            for n in names:
                for key in {fold(n), strip_titles(fold(n))}:
                    if key and a not in self.keys.setdefault(key, []):
                        self.keys[key].append(a)
            if a.type == "person":
                for n in names:
                    parts = strip_titles(fold(n)).split()
                    if parts and len(parts[-1]) > 2 and a not in self.surnames.setdefault(parts[-1], []):
                        self.surnames[parts[-1]].append(a)
        self._longest = max((len(k.split(" ")) for k in self.keys), default=0)
        self._first_words = {k.split(" ", 1)[0] for k in self.keys}
        """The first word of every name: a stretch of a phrase that starts with another is no name."""
        self._pattern: re.Pattern | None = None
        self._named: dict[str, Actor] = {}
        """For :meth:`find_all`: each name as written, and the first actor it belongs to."""
        self._found: dict[tuple, Actor | None] = {}
        """:meth:`find`'s answers: a phrase such as a surname is asked about at every mention."""

    # -- by place --------------------------------------------------------------------------

    def at(self, paragraph: int, token: int) -> Actor | None:
        """The actor whose mention covers token ``token`` of paragraph ``paragraph``."""
        for m in self._in_paragraph.get(paragraph, ()):
            if m.start <= token < m.end:
                return self.by_id[m.actor_id]
        return None

    def within(self, paragraph: int, start_char: int, end_char: int,
               types: set[str] | tuple[str, ...] | None = None) -> list[tuple[int, Actor]]:
        """``(offset from start_char, actor)`` for each mention inside the stretch, in order."""
        mentions = self._in_paragraph.get(paragraph, [])
        k = bisect_right(self._starts.get(paragraph, []), start_char - 1)
        out = []
        for m in mentions[k:]:
            if m.start_char >= end_char:
                break
            actor = self.by_id[m.actor_id]
            if m.end_char <= end_char and (types is None or actor.type in types):
                out.append((m.start_char - start_char, actor))
        return out

    # -- by name -----------------------------------------------------------------------------

    def find(self, text: str, *, types: tuple[str, ...] | None = None, head: str | None = None) -> Actor | None:
        """The actor a phrase names, if exactly one fits: the whole phrase, else the name in
        it that ends last (in ``the UN envoy Name Surname`` the person, not the UN). With
        ``head``, the name must take in that word (``Armenia's ministry`` is not Armenia)."""
        asked = (text, types, head)
        if asked not in self._found:
            self._found[asked] = self._find(text, types, head)
        return self._found[asked]

    def _find(self, text: str, types: tuple[str, ...] | None, head: str | None) -> Actor | None:
        key = fold(text)
        if not key:
            return None
        for cand in (key, strip_titles(key)):
            hit = self._one(self.keys.get(cand, []), types)
            if hit:
                return hit
        padded = f" {key} "
        head_at = None
        if head:
            h = fold(head)
            head_at = padded.rfind(f" {h} ") if h else -1
            if head_at < 0:
                return None
        # every stretch of whole words that is a name, at its last place in the phrase
        words = key.split(" ")
        starts, at = [], 0
        for word in words:
            starts.append(at)
            at += len(word) + 1
        last: dict[str, int] = {}
        for i in range(len(words)):
            if words[i] not in self._first_words:
                continue
            for j in range(i + 1, min(len(words), i + self._longest) + 1):
                k = " ".join(words[i:j])
                if len(k) > 2 and k in self.keys:
                    last[k] = starts[i]
        # the name that ends last wins, the longer one where two end together
        for k, at in sorted(last.items(), key=lambda kv: (-(kv[1] + len(kv[0])), -len(kv[0]))):
            if head_at is not None and not (at <= head_at < at + len(k) + 1):
                continue
            hit = self._one(self.keys[k], types)
            if hit:
                return hit
        return None

    def find_all(self, text: str, types: set[str] | tuple[str, ...] | None = None) -> list[tuple[int, Actor]]:
        """``(offset, actor)`` for every actor named in ``text`` by its name or an alias, in order."""
        if self._pattern is None:
            names = sorted({n for a in self.actors for n in [a.name, *a.aliases] if n and len(n) > 1},
                           key=lambda n: (-len(n), n))
            for a in self.actors:
                for n in [a.name, *a.aliases]:
                    self._named.setdefault(n, a)
            self._pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])") \
                if names else re.compile(r"(?!x)x")
        out = []
        for m in self._pattern.finditer(text):
            actor = self._named[m.group(1)]
            if types is None or actor.type in types:
                out.append((m.start(), actor))
        return out

    def names(self, text: str, types: set[str] | tuple[str, ...] | None = None) -> list[str]:
        """The names of the actors named in ``text``, each once, in order."""
        out: list[str] = []
        for _, actor in self.find_all(text, types):
            if actor.name not in out:
                out.append(actor.name)
        return out

    def resolve(self, text: str) -> str:
        """The canonical name of the actor a phrase names (by a name, or a person's surname as
        its last word), or the phrase itself."""
        found = self.find_all(text)
        if found:
            return found[0][1].name
        last = text.split()[-1:]
        for actor in self.actors:
            if actor.type == "person" and actor.name.split()[-1:] == last:
                return actor.name
        return text

    def person_by_surname(self, word: str) -> Actor | None:
        """The one person the article calls by this surname (or by a near spelling of a long one)."""
        w = fold(word)
        if len(w) < 3:
            return None
        hit = self.surnames.get(w)
        if hit and len(hit) == 1:
            return hit[0]
        if len(w) >= 6:
            near = {a.id: a for s, actors in self.surnames.items() if len(s) >= 6 and distance_one(s, w)
                    for a in actors}
            if len(near) == 1:
                return next(iter(near.values()))
        return None

    @staticmethod
    def _one(actors: list[Actor], types) -> Actor | None:
        if types:
            actors = [a for a in actors if a.type in types]
        if not actors:
            return None
        persons = [a for a in actors if a.type == "person"]
        pick = persons or actors
        # one name written in two cases ("the Lind Administration", "the Lind administration") is one actor
        return pick[0] if len({(a.type, fold(a.name)) for a in pick}) == 1 else None
