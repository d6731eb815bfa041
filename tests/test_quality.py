"""Extraction quality on the evaluation corpus, scored by its own scorer, held to the floors
the product promises. Skipped where the corpus is not beside the repository."""
import json
import subprocess
import sys

import pytest

from conftest import ROOT, run_cli

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "tools" / "score.py"

pytestmark = pytest.mark.skipif(not (CORPUS.is_dir() and SCORER.is_file()),
                                reason="the evaluation corpus (../shared/corpus) is not beside the repository")


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    out = tmp_path_factory.mktemp("dev")
    build = run_cli("build", "--seeds", str(CORPUS / "articles"), "--out", str(out), "--no-cache", "-q")
    assert build.returncode == 0, build.stderr
    proc = subprocess.run([sys.executable, str(SCORER), "--gold", str(CORPUS / "gold"), "--pred", str(out / "explainers"),
                           "--articles", str(CORPUS / "articles"), "--json"], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def test_every_article_is_scored(scores):
    assert scores["missing_predictions"] == []


def test_nothing_is_put_in_anyones_mouth(scores):
    assert scores["fidelity"]["checked"] > 100
    assert scores["fidelity"]["not_in_article"] == 0


@pytest.mark.parametrize("kind, precision, recall", [
    ("quotes", 0.97, 0.95),
    ("people", 0.95, 0.95),
    ("countries", 0.95, 0.95),
    ("organizations", 0.80, 0.85),
    ("agreements", 0.90, 0.90),
])
def test_extraction_floors(scores, kind, precision, recall):
    assert scores[kind]["precision"] >= precision, scores[kind]
    assert scores[kind]["recall"] >= recall, scores[kind]


def test_speakers_and_roles(scores):
    assert scores["speaker_accuracy"] >= 0.95
    assert scores["role_accuracy"] >= 0.85
