"""Shared fixtures: the spaCy pipeline (loaded once), explainers made from text, and a
throw-away copy of the site project to build."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_aff0aa0c764f18b0.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from generator import nlp as nlp_module

    return nlp_module.load(nlp_module.DEFAULT_PIPELINE)


@pytest.fixture(scope="session")
def explain(nlp):
    """``explain(text)`` -> Explainer for an article given as seed text (headline first)."""
    from generator.extract import extract
    from generator.nlp import parse
    from generator.reader import parse_article

    def run(text: str, name: str = "test.txt"):
        article = parse_article(text.encode("utf-8"), name)
        return extract(parse(article, nlp), slug="test")

    return run


@pytest.fixture(scope="session")
def parse_text(nlp):
    """``parse_text(text)`` -> ParsedArticle, for testing one extractor at a time."""
    from generator.nlp import parse
    from generator.reader import parse_article

    def run(text: str, name: str = "test.txt"):
        return parse(parse_article(text.encode("utf-8"), name), nlp)

    return run


@pytest.fixture(scope="session")
def role_of(parse_text):
    """``role_of(body, name)`` -> the role of the person of that name in a story with that body."""
    from generator.extract.actors import find_actors

    def run(body: str, name: str) -> str | None:
        actors = find_actors(parse_text(f"Council meets as budget talks go on\n\n{body}\n"))[0]
        people = {a.name: a for a in actors if a.type == "person"}
        return people[name].role if name in people else None

    return run


@pytest.fixture(scope="session")
def actors_of(parse_text):
    """``actors_of(body, headline)`` -> ``{name: type}`` of the actors of a story with that body."""
    from generator.extract.actors import find_actors

    def run(body: str, headline: str = "Ministers meet as the budget talks resume") -> dict[str, str]:
        return {a.name: a.type for a in find_actors(parse_text(f"{headline}\n\n{body}\n"))[0]}

    return run


@pytest.fixture(scope="session")
def story_quotes(parse_text):
    """``story_quotes(body, actors)`` -> the quotations of a story with that body and a plain
    headline, its actors given."""
    from generator.extract.quotes import extract_quotes
    from generator.extract.register import Register

    def run(body: str, actors):
        return extract_quotes(parse_text("Ferry strike enters its second week\n\n" + body), Register(actors))[0]

    return run


@pytest.fixture(scope="session")
def agreement_cards(parse_text):
    """``agreement_cards(paragraphs, actors)`` -> the agreement cards of a story with that body
    and a plain headline, its actors given."""
    from generator.extract.agreements import extract_agreements
    from generator.extract.register import Register

    def run(paragraphs, actors):
        text = "Headline of the story\n\n" + "\n\n".join(paragraphs)
        return extract_agreements(parse_text(text), Register(actors))[0]

    return run


@pytest.fixture(scope="session")
def seed_explainer(explain):
    return explain(SEED.read_text(encoding="utf-8"), SEED.name)


def make_project(where: Path, seeds: dict[str, str | bytes] | None = None, *, seed_files: list[Path] = ()) -> Path:
    """A copy of the site project (mkdocs.yml, docs/) with the given seeds."""
    shutil.copy(ROOT / "mkdocs.yml", where / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", where / "docs", ignore=shutil.ignore_patterns("explainers"))
    (where / "seeds").mkdir()
    for path in seed_files:
        shutil.copy(path, where / "seeds" / path.name)
    for name, content in (seeds or {}).items():
        target = where / "seeds" / name
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return where


def mkdocs_build(project: Path, *extra: str) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` in a project folder, as a user would run it."""
    # the checkout under test, whichever copy of the project the environment has installed
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", *extra], cwd=project,
                          capture_output=True, text=True, env=env, timeout=600)


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd or ROOT, capture_output=True,
                          text=True, timeout=600)


def search_pages(site: Path) -> list[dict]:
    """What the site's search (Pagefind) holds of each page: its ``url``, ``meta`` (``title``)
    and ``content``, read from the index's fragment files (gzip, a signature, then JSON)."""
    import gzip
    import json

    pages = []
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        pages.append(json.loads(data[data.index(b"{"):]))
    return pages


SITE_FIXTURES = sorted(FIXTURES.glob("site_*.txt"))


@pytest.fixture(scope="session")
def showcase_site(tmp_path_factory) -> Path:
    """The project built by ``mkdocs build --strict`` from the seed and the site_* fixture
    articles (two related stories with front matter): its folder, with the site in ``site/``."""
    project = make_project(tmp_path_factory.mktemp("showcase"), seed_files=[SEED, *SITE_FIXTURES])
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    return project
