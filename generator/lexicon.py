"""Word lists and word tables that extraction reads, kept as data in ``generator/data/lexicons``.

A word list is ``<name>.txt``: one entry per line, blank lines and ``#`` comments ignored
(an entry may hold spaces: "yom kippur"). A table is ``<name>.tsv``: a key and a value
separated by a tab on each line, with the same comments. Every file opens with a comment
that says what it lists and where it is used.

    >>> "minister" in words("role_nouns")
    True

This module imports nothing heavy, so that the command line stays fast to start.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DIRECTORY = Path(__file__).parent / "data" / "lexicons"


def _lines(filename: str) -> list[str]:
    """The entries of a lexicon file, in file order: comments and blank lines dropped."""
    out = []
    for line in (DIRECTORY / filename).read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#"):
            continue
        line = line.strip(" \r\n")
        if line:
            out.append(line)
    return out


@lru_cache(maxsize=None)
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``<name>.txt`` in the order written (for lists whose order matters)."""
    return tuple(_lines(f"{name}.txt"))


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The entries of ``<name>.txt`` as a set."""
    return frozenset(entries(name))


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, str]:
    """``<name>.tsv`` as a mapping from its first column to its second (callers must not change it)."""
    out: dict[str, str] = {}
    for line in _lines(f"{name}.tsv"):
        key, _, value = line.partition("\t")
        out[key.strip()] = value.strip()
    return out


def listed(name: str) -> tuple[str, ...]:
    """The entries of ``<name>.txt``, or where there is no such list, the keys of ``<name>.tsv``."""
    if (DIRECTORY / f"{name}.txt").exists():
        return entries(name)
    return tuple(table(name))


@lru_cache(maxsize=None)
def having(name: str, cls: str) -> frozenset[str]:
    """The keys of ``<name>.tsv`` whose value, a space-separated list of classes, holds ``cls``:
    ``having("speech_verbs", "statement")``."""
    return frozenset(k for k, v in table(name).items() if cls in v.split())


def alternation(name: str) -> str:
    """The entries of ``<name>.txt`` as a regular expression alternation, in file order; an
    entry is a regular expression itself (``kill(ed|ing|s)?``), so that a word list may stand
    for the words of a pattern."""
    return "|".join(entries(name))


def available() -> list[str]:
    """The file names of all lexicons."""
    return sorted(p.name for p in DIRECTORY.iterdir() if p.suffix in (".txt", ".tsv"))
