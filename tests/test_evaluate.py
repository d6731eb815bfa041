"""bench/evaluate.py: a set whose texts are only partly there is scored on the texts present."""
import importlib.util
import json

import pytest

from conftest import ROOT

SCORER = ROOT.parent / "shared" / "tools" / "score.py"

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason="the shared scorer is not beside the repository")


def load_evaluate():
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "bench" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold(article, quote, speaker):
    return {"article": article, "people": [], "countries": [], "organizations": [], "agreements": [],
            "quotes": [{"text": quote, "speaker": speaker}]}


def test_missing_texts_are_left_out_not_counted_as_misses(tmp_path, capsys):
    folder, pred = tmp_path / "someset", tmp_path / "pred"
    (folder / "articles").mkdir(parents=True)
    (folder / "gold").mkdir()
    pred.mkdir()
    (folder / "articles" / "one.txt").write_text(
        'Harbour fees rise\n\n"We will pay more," said Ona Brill.\n', encoding="utf-8")
    (folder / "gold" / "one.json").write_text(json.dumps(gold("one.txt", "We will pay more,", "Ona Brill")), encoding="utf-8")
    # the second article's text was never rebuilt on this machine
    (folder / "gold" / "two.json").write_text(json.dumps(gold("two.txt", "Nothing is settled.", "Teo Vask")), encoding="utf-8")

    scores = load_evaluate().score(folder, pred)

    assert scores["articles"] == 1
    assert "1 of 2 texts are missing" in capsys.readouterr().err
