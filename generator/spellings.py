"""One key for the ways articles spell one name, so that the cross-article indexes hold it once.

Articles write the same body as ``U.N.``, ``UN`` and ``United Nations``, and the same group as
``al-Qaeda``, ``al Qaeda`` and ``al-Qaida``. :class:`Spellings` folds, without any list:

* case, spacing and curly apostrophes;
* hyphens and dashes inside a name, read as spaces (``Port-Emmer`` is ``Port Emmer``);
* the full stops of a short form (``U.N.`` is ``UN``);

and, from data:

* a word spelt in several ways (``generator/data/lexicons/spelling_variants.tsv``);
* a short form and its long form (``body_acronyms.tsv``), and a pair that an article gives
  itself, as one actor named both ways. A short form stands for its long form inside a longer
  name as well, so ``UN Security Council`` is ``United Nations Security Council``: one body,
  and another than the ``United Nations``.

    >>> s = Spellings()
    >>> s.key("U.N.") == s.key("UN") == s.key("United Nations")
    True
    >>> s.key("UN Security Council") == s.key("United Nations Security Council") != s.key("UN")
    True

This module imports nothing heavy.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from generator import lexicon

_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u2015]+")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.){1,}[A-Za-z]\.?$")
"""A short form written with full stops: ``U.N.``, ``U.S``."""
_SHORT_FORM = re.compile(r"^[A-Z]{2,8}$")


def _words(name: str) -> list[str]:
    """The words of a name as written, hyphens read as spaces, short forms without their stops."""
    name = name.replace("\u2019", "'").replace("\u2018", "'")
    words = []
    for word in _SEPARATORS.split(name.strip()):
        if word:
            words.append(word.replace(".", "") if _DOTTED.match(word) else word)
    return words


def short_form(name: str) -> str | None:
    """``name`` as a short form of capitals (``UN`` for ``U.N.``), or ``None`` if it is not one."""
    words = _words(name)
    return words[0] if len(words) == 1 and _SHORT_FORM.match(words[0]) else None


def stands_for(short: str, long: str) -> bool:
    """Whether the letters of ``short`` are the initials of ``long``'s words, in order, the
    first word's among them: ``UN`` for ``United Nations``, ``OSCE`` for ``Organization for
    Security and Co-operation in Europe``."""
    initials = [w[0].upper() for w in _words(long) if w[:1].isalpha()]
    if len(initials) < 2 or initials[0] != short[0]:
        return False
    letters = iter(initials)
    return all(any(letter == i for i in letters) for letter in short)


class Spellings:
    """Keys that merge the spellings of one name (see the module's text)."""

    def __init__(self, short_forms: dict[str, str] | None = None, variants: dict[str, str] | None = None):
        self._variants = lexicon.table("spelling_variants") if variants is None else variants
        self._short = dict(lexicon.table("body_acronyms") if short_forms is None else short_forms)
        """Short form as written in capitals -> its long form."""
        self._keys: dict[str, str] = {}

    @classmethod
    def learn(cls, pairs: Iterable[tuple[str, Iterable[str]]], **data: dict[str, str]) -> Spellings:
        """The lexicon's short forms, and those that articles give: ``pairs`` are an actor's name
        and its other names, as one article gives them. A short form that articles give with
        two different long forms is left to each name alone; the lexicon's own pairs stand."""
        spellings = cls(**data)
        given: dict[str, set[str]] = {}
        long_form: dict[tuple[str, str], str] = {}
        for name, aliases in pairs:
            names = [name, *aliases]
            shorts = [s for s in map(short_form, names) if s]
            longs = [n for n in names if short_form(n) is None and len(_words(n)) > 1]
            for short in shorts:
                if short in spellings._short:
                    continue
                for long in longs:
                    if stands_for(short, long):
                        key = spellings._fold(long)
                        given.setdefault(short, set()).add(key)
                        long_form.setdefault((short, key), long)
        for short, keys in given.items():
            if len(keys) == 1:
                spellings._short[short] = long_form[(short, next(iter(keys)))]
        return spellings

    def _fold(self, name: str) -> str:
        out = []
        for word in _words(name):
            word = word.casefold()
            out.append(self._variants.get(word, word))
        return " ".join(out)

    def key(self, name: str) -> str:
        """The key under which every spelling of ``name`` is merged."""
        key = self._keys.get(name)
        if key is None:
            words = []
            for word in _words(name or ""):
                long = self._short.get(word) if _SHORT_FORM.match(word) else None
                words.append(self._fold(long) if long else self._fold(word))
            key = self._keys[name] = " ".join(words)
        return key

    def expands(self, name: str) -> bool:
        """Whether ``name`` holds a short form that the key writes out (``UN``, ``U.N. Security Council``)."""
        return any(_SHORT_FORM.match(w) and w in self._short for w in _words(name or ""))


def display_name(spellings: dict[str, int], folding: Spellings) -> str:
    """The name an index shows for one body written in several ways (``spellings``: each way
    with the number of articles that write it): a long form before a short one, then the way
    most articles write it, then the one in fewer words (``Trans-Pacific`` before ``Trans- Pacific``),
    then the first in alphabetical order."""
    return min(spellings, key=lambda n: (folding.expands(n), -spellings[n], len(n.split()), n.casefold(), n))


def variants(spellings: Iterable[str], shown: str) -> list[str]:
    """The other ways a name is written, each once (case and spacing alone make no new way)."""
    seen = {" ".join(shown.casefold().split())}
    out = []
    for name in spellings:
        folded = " ".join(name.casefold().split())
        if folded not in seen:
            seen.add(folded)
            out.append(name)
    return out
