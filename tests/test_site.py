"""The whole site, built by ``mkdocs build --strict`` as a user or a Pages workflow runs it."""
import json

import pytest

from conftest import SEED, make_project, mkdocs_build

SLUG = "armenia-calls-for-russian-help-as-fight-with-azerbaijan-intensifies"


@pytest.fixture(scope="module")
def built_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("project"), seed_files=[SEED])
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    return project


def test_strict_build_makes_the_explainer_page(built_site):
    page = built_site / "site" / "explainers" / SLUG / "index.html"
    html = page.read_text()
    assert "Armenia calls for Russian help" in html
    assert 'id="p0"' in html
    assert (built_site / "site" / "explainers" / f"{SLUG}.json").is_file()


def test_nothing_is_written_into_docs(built_site):
    assert not (built_site / "docs" / "explainers").exists()
    assert not (built_site / "docs" / "index.md").exists()


def test_home_page_lists_the_explainer(built_site):
    home = (built_site / "site" / "index.html").read_text()
    assert f"explainers/{SLUG}/" in home


def test_search_index_finds_an_actor(built_site):
    index = json.loads((built_site / "site" / "search" / "search_index.json").read_text())
    hits = [doc["location"] for doc in index["docs"] if "Pashinyan" in doc["text"] or "Pashinyan" in doc.get("title", "")]
    assert any(loc.startswith(f"explainers/{SLUG}/") for loc in hits)


def test_explainer_pages_stay_out_of_the_nav(built_site):
    about = (built_site / "site" / "about" / "index.html").read_text()
    assert f"explainers/{SLUG}/" not in about
