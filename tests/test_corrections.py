"""Hand corrections next to a seed: applied on every build, from the cache too, and never lost."""
import json
from pathlib import Path

import pytest

from conftest import run_cli
from generator.build import generate
from generator.config import Settings
from generator.site import SiteOptions, site_pages

SEED = """Council approves the new bridge

The city council approved the new bridge on Monday, said Anna Berg, the mayor of Westport.

"This bridge will change the town for good," said Tomas Kral.

Tomas Kral, who also built the old one, said the work would start in May.

"We were not asked," a resident said, as protesters gathered in Harbour Square.
"""

CORRECTIONS = """
actors:
  Tomas Kral:
    role: Chief engineer of Westport
  place-harbour-square:
    hide: true
quotes:
  - match: "We were not"
    speaker: Anna Berg
  - match: "This bridge"
    role: Engineer
"""


def _build(seeds: Path, cache: Path | None = None):
    result = generate(Settings(seeds=seeds, jobs=1, cache_dir=cache))
    assert not result.failures, result.failures
    (explainer,) = result.explainers
    return result, explainer


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "bridge.txt").write_text(SEED, encoding="utf-8")
    return folder


def _actor(explainer, name):
    return next(a for a in explainer.actors if a.name == name)


def _quote(explainer, start):
    return next(q for q in explainer.quotes if q.text.startswith(start))


def test_without_corrections_the_extraction_stands(seeds):
    _, e = _build(seeds)
    assert _actor(e, "Tomas Kral").role is None
    assert _quote(e, "We were not").speaker != "Anna Berg"
    assert not _actor(e, "Harbour Square").hidden


def test_a_wrong_speaker_is_corrected(seeds):
    (seeds / "bridge.corrections.yml").write_text(CORRECTIONS, encoding="utf-8")
    _, e = _build(seeds)
    quote = _quote(e, "We were not")
    assert (quote.speaker, quote.speaker_id, quote.role) == ("Anna Berg", "person-anna-berg", "Mayor of Westport")
    assert quote.note is None


def test_a_missing_role_is_filled_in_on_the_actor_and_its_quotes(seeds):
    (seeds / "bridge.corrections.yml").write_text(CORRECTIONS, encoding="utf-8")
    _, e = _build(seeds)
    assert _actor(e, "Tomas Kral").role == "Chief engineer of Westport"
    assert _quote(e, "This bridge").role == "Engineer"


def test_a_hidden_actor_stays_in_the_data_but_leaves_the_page(seeds):
    (seeds / "bridge.corrections.yml").write_text(CORRECTIONS, encoding="utf-8")
    result, e = _build(seeds)
    assert _actor(e, "Harbour Square").hidden
    page = site_pages(result, SiteOptions())[f"explainers/{e.slug}.md"]
    source = page.split("## Source article")[0]
    assert "Harbour Square" not in source
    assert "Westport" in source


def test_corrections_survive_regeneration_from_the_cache_and_after_an_edit(seeds, tmp_path):
    cache = tmp_path / "cache"
    (seeds / "bridge.corrections.yml").write_text(CORRECTIONS, encoding="utf-8")
    first, e1 = _build(seeds, cache)
    again, e2 = _build(seeds, cache)
    assert (first.parsed, again.parsed) == (1, 0)
    assert _actor(e2, "Tomas Kral").role == "Chief engineer of Westport"
    assert _quote(e2, "We were not").speaker == "Anna Berg"
    (seeds / "bridge.txt").write_text(SEED + "\nThe bridge opens next year.\n", encoding="utf-8")
    edited, e3 = _build(seeds, cache)
    assert edited.parsed == 1
    assert _actor(e3, "Tomas Kral").role == "Chief engineer of Westport"
    assert _quote(e3, "We were not").speaker == "Anna Berg"
    assert (seeds / "bridge.corrections.yml").read_text(encoding="utf-8") == CORRECTIONS


def test_a_changed_corrections_file_takes_effect_with_the_cache_on(seeds, tmp_path):
    cache = tmp_path / "cache"
    (seeds / "bridge.corrections.yml").write_text(CORRECTIONS, encoding="utf-8")
    _build(seeds, cache)
    (seeds / "bridge.corrections.yml").write_text(CORRECTIONS.replace("Chief engineer", "Head engineer"), encoding="utf-8")
    _, e = _build(seeds, cache)
    assert _actor(e, "Tomas Kral").role == "Head engineer of Westport"


def test_the_cli_writes_the_corrected_json_and_keeps_the_corrections_file(seeds, tmp_path):
    (seeds / "bridge.corrections.yml").write_text(CORRECTIONS, encoding="utf-8")
    out = tmp_path / "docs"
    for _ in range(2):
        proc = run_cli("build", "--seeds", str(seeds), "--out", str(out), "--cache-dir", str(tmp_path / "c"), "-j", "1", "-q")
        assert proc.returncode == 0, proc.stderr
    data = json.loads((out / "explainers" / "council-approves-the-new-bridge.json").read_text(encoding="utf-8"))
    roles = {a["name"]: a["role"] for a in data["actors"]}
    assert roles["Tomas Kral"] == "Chief engineer of Westport"
    assert (seeds / "bridge.corrections.yml").read_text(encoding="utf-8") == CORRECTIONS


@pytest.mark.parametrize("text", ["actors: [oops", "- just\n- a list\n", "actors:\n  - not a mapping\n", "quotes: {a: 1}\n",
                                  "actors:\n  Tomas Kral: engineer\n", "quotes:\n  - speaker: Anna Berg\n"])
def test_a_broken_corrections_file_fails_its_article_with_one_clear_line(seeds, tmp_path, text):
    (seeds / "bridge.corrections.yml").write_text(text, encoding="utf-8")
    (seeds / "other.txt").write_text("Storm hits the coast\n\nA storm hit the coast on Monday.\n", encoding="utf-8")
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(tmp_path / "docs"), "--no-cache", "-j", "1", "-q")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("error: bridge.corrections.yml: the corrections file bridge.corrections.yml is not valid")
    assert (tmp_path / "docs" / "explainers" / "storm-hits-the-coast.md").is_file()


def test_a_corrections_link_leading_outside_the_seeds_is_refused(seeds, tmp_path):
    outside = tmp_path / "elsewhere.yml"
    outside.write_text(CORRECTIONS, encoding="utf-8")
    (seeds / "bridge.corrections.yml").symlink_to(outside)
    result = generate(Settings(seeds=seeds, jobs=1, cache_dir=None))
    assert [str(f) for f in result.failures] == ["bridge.corrections.yml: the path leads outside the seeds folder"]
