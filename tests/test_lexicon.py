"""The word lists and tables extraction reads (``generator/data/lexicons``)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import lexicon

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted(p for p in lexicon.DIRECTORY.iterdir() if p.suffix in (".txt", ".tsv"))


def test_there_are_lexicons():
    assert len(FILES) > 20
    assert not [p.name for p in lexicon.DIRECTORY.iterdir() if p.suffix not in (".txt", ".tsv")]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_a_lexicon_loads_and_says_what_it_is(path: Path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].startswith("# ") and len(lines[0]) > 20, "the file opens with a comment"
    entries = lexicon.entries(path.stem) if path.suffix == ".txt" else list(lexicon.table(path.stem))
    assert entries, "a lexicon has entries"
    if path.suffix == ".tsv":
        for line in lines:
            if line.strip() and not line.startswith("#"):
                key, tab, value = line.partition("\t")
                assert tab and value.strip() and "\t" not in value, f"two columns: {line!r}"
    for line in lines:
        assert line == line.rstrip(), f"no trailing spaces: {line!r}"
    raw = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    keys = [line.partition("\t")[0] for line in raw]
    assert all(k == k.strip() for k in keys), "no entry with surrounding spaces"
    folded = [k.casefold() for k in keys]
    dupes = sorted({k for k in folded if folded.count(k) > 1})
    assert not dupes, f"entries repeated (or differing only by case): {dupes}"


def test_every_lexicon_is_read_by_some_module():
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "generator").rglob("*.py"))
    named = set(re.findall(r"""lexicon\.\w+\(\s*["']([\w-]+)["']""", sources))
    # a pattern file may name a word list as "@name" (generator/extract/patterns.py)
    patterns = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "generator" / "data" / "patterns").glob("*.jsonl"))
    named |= set(re.findall(r'"@([\w-]+)"', patterns))
    unused = [p.name for p in FILES if p.stem not in named]
    assert not unused, f"lexicons nobody loads: {unused}"


def test_one_role_lexicon_for_actors_and_speakers():
    from generator.extract import roles, speech
    assert roles.ROLE_NOUNS <= speech.ROLE_NOUNS
    assert "minister" in roles.ROLE_NOUNS and "goalkeeper" in speech.ROLE_NOUNS
    assert "woman" in speech.ROLE_NOUNS and "woman" not in roles.ROLE_NOUNS


def test_speech_verb_classes():
    from generator.extract import speech
    assert speech.STATEMENT_VERBS <= speech.CUE_VERBS
    assert {"say", "tell", "write"} <= lexicon.having("speech_verbs", "frame") <= speech.STATEMENT_VERBS
    assert "blog" in lexicon.having("speech_verbs", "writer") and "blog" not in speech.CUE_VERBS


def test_the_lexicon_module_does_not_load_spacy():
    code = "import sys, generator.lexicon as l; l.words('role_nouns'); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
