"""Extraction quality on the evaluation corpus, scored by its own scorer, held to floors.

The floors sit a few items below the figures the generator reaches (bench/evaluate.py prints
them), so that a general change is not failed for losing one sentence, while a real regression
is. Two sets: the shared development corpus (skipped where ../shared is not beside the
repository) and the held-out articles shipped in bench/heldout, which no rule is tuned on."""
import json
import subprocess
import sys

import pytest

from conftest import ROOT, run_cli

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "tools" / "score.py"
HELDOUT = ROOT / "bench" / "heldout"

pytestmark = pytest.mark.skipif(not (CORPUS.is_dir() and SCORER.is_file()),
                                reason="the evaluation corpus (../shared/corpus) is not beside the repository")


def score(folder, out):
    build = run_cli("build", "--seeds", str(folder / "articles"), "--out", str(out), "--no-cache", "-q")
    assert build.returncode == 0, build.stderr
    assert "warning" not in build.stderr, build.stderr  # no section failed
    proc = subprocess.run([sys.executable, str(SCORER), "--gold", str(folder / "gold"), "--pred", str(out / "explainers"),
                           "--articles", str(folder / "articles"), "--json"], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    return score(CORPUS, tmp_path_factory.mktemp("dev"))


@pytest.fixture(scope="module")
def heldout(tmp_path_factory):
    return score(HELDOUT, tmp_path_factory.mktemp("heldout"))


def test_every_article_is_scored(scores):
    assert scores["missing_predictions"] == []


def test_nothing_is_put_in_anyones_mouth(scores):
    assert scores["fidelity"]["checked"] > 100
    assert scores["fidelity"]["not_in_article"] == 0


@pytest.mark.parametrize("kind, precision, recall", [
    ("quotes", 0.95, 0.95),
    ("people", 0.95, 0.95),
    ("countries", 0.93, 0.95),
    ("organizations", 0.76, 0.93),
    ("agreements", 0.85, 0.85),
])
def test_extraction_floors(scores, kind, precision, recall):
    assert scores[kind]["precision"] >= precision, scores[kind]
    assert scores[kind]["recall"] >= recall, scores[kind]


def test_speakers_and_roles(scores):
    assert scores["speaker_accuracy"] >= 0.96
    assert scores["role_accuracy"] >= 0.80


@pytest.mark.parametrize("kind, precision, recall", [
    ("quotes", 0.95, 0.95),
    ("people", 0.87, 0.89),
    ("countries", 0.90, 0.95),
    ("organizations", 0.65, 0.78),
])
def test_heldout_floors(heldout, kind, precision, recall):
    assert heldout["missing_predictions"] == [] and heldout["fidelity"]["not_in_article"] == 0
    assert heldout[kind]["precision"] >= precision, heldout[kind]
    assert heldout[kind]["recall"] >= recall, heldout[kind]


def test_heldout_speakers_and_roles(heldout):
    assert heldout["speaker_accuracy"] >= 0.90
    assert heldout["role_accuracy"] >= 0.58
