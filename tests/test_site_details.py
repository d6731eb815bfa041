"""Site-wide details a reader or a publisher notices: the letter bar of a split index, country
tags that lead somewhere, link previews (Open Graph and Twitter tags), what is deployed, the
Pages workflow, and a build with Zensical, MkDocs' successor."""
import importlib.util
import os
import posixpath
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from conftest import ROOT, SEED, SITE_FIXTURES, make_project, mkdocs_build, run_cli
from test_indexes import person, story

from generator import site as site_module
from generator.build import BuildResult
from generator.site import site_pages

SEED_SLUG = "armenia-calls-for-russian-help-as-fight-with-azerbaijan-intensifies"


class _Head(HTMLParser):
    """The ``<meta>`` tags of a page (values as a browser reads them) and its links."""

    def __init__(self):
        super().__init__()
        self.meta: dict[str, str] = {}
        self.tags: list[tuple[str, str]] = []
        self._tag: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and (a.get("property") or a.get("name")):
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "a" and "md-tag" in (a.get("class") or "").split():
            self._tag = a.get("href")

    def handle_data(self, data):
        if self._tag is not None and data.strip():
            self.tags.append((data.strip(), self._tag))
            self._tag = None


def head(path: Path) -> _Head:
    parser = _Head()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str]:
    """The file and anchor a relative link on a built page leads to."""
    url, _, anchor = href.partition("#")
    target = Path(posixpath.normpath(posixpath.join(page.parent.as_posix(), url)))
    return (target / "index.html" if target.is_dir() else target), anchor


# -- the letter bar ---------------------------------------------------------------------------


def test_the_letter_bar_marks_the_letter_shown(monkeypatch):
    people = [person(name) for name in ("Ana Quist", "Tobin Reyes", "Ivo Zandt", "Mara Quell")]
    monkeypatch.setattr(site_module, "PAGE_BUDGET", 1000)
    pages = site_pages(BuildResult(explainers=[story("crowd", "A crowded story", "2024-01-01", actors=people)]))
    for letter in ("q", "r", "z"):
        page = pages[f"actors/{letter}.md"].split("\n---\n", 1)[1]
        html = markdown.markdown(page, extensions=["attr_list", "md_in_html"])
        bar = re.search(r'<p[^>]*class="letter-bar"[^>]*>(.*?)</p>', html, re.S).group(1)
        assert re.findall(r'<strong[^>]*aria-current="page"[^>]*>(\w)</strong>', bar) == [letter.upper()]
        assert f">{letter.upper()}</a>" not in bar, "the letter shown is not a link to itself"
        others = {"q", "r", "z"} - {letter}
        assert sorted(re.findall(r'<a href="(\w)\.md">', bar)) == sorted(others)
        assert "letter-bar" not in bar, "the bar's class is on the bar, not on its last letter"


# -- the built site ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(showcase_site):
    return showcase_site / "site"


def test_country_tags_link_to_the_countrys_entry_in_the_places_index(site):
    page = site / "explainers" / SEED_SLUG / "index.html"
    tags = dict(head(page).tags)
    assert {"Armenia", "Azerbaijan", "Russia"} <= set(tags)
    for country, href in tags.items():
        target, anchor = resolve(site, page, href)
        assert target.is_file() and target.relative_to(site).parts[0] == "places", href
        assert f'id="{anchor}"' in target.read_text(encoding="utf-8")
        entry = target.read_text(encoding="utf-8").split(f'id="{anchor}"', 1)[1]
        assert entry.lstrip(">").startswith(country), f"{href} is the entry of {country}"


def seed_headline_and_lead() -> tuple[str, str]:
    """The seed article's headline and first paragraph, as its file gives them."""
    blocks = [b.strip() for b in SEED.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    return blocks[0], blocks[1]


def test_every_page_carries_link_preview_tags(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        if path.name == "404.html":
            continue
        meta = head(path).meta
        for name in ("og:title", "og:description", "twitter:card", "twitter:title", "twitter:description"):
            assert meta.get(name), f"{name} missing on {path.relative_to(site)}"
        assert meta["og:title"] == meta["twitter:title"] and meta["og:description"] == meta["description"]
    seed = head(site / "explainers" / SEED_SLUG / "index.html").meta
    headline, lead = seed_headline_and_lead()
    assert seed["og:title"] == headline
    assert seed["og:description"].startswith(lead[:40])
    assert seed["og:type"] == "article" and seed["og:url"].endswith(f"/explainers/{SEED_SLUG}/")


def test_the_readme_screenshots_stay_out_of_the_site(site):
    shots = sorted((ROOT / "docs" / "assets" / "screenshots").glob("*.png"))
    assert shots, "the README's screenshots are in the repository"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"docs/assets/screenshots/{p.name}" in readme for p in shots)
    assert not {p.name for p in site.rglob("*.png")} & {p.name for p in shots}
    assert not (site / "assets" / "screenshots").exists()


HOSTILE_TITLE = 'Fish & "chips" <b>row</b> at Dorvik harbour'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    seed = f"{HOSTILE_TITLE}\n\nFishermen in Dorvik said on Monday that the harbour would stay shut & \"closed\".\n"
    project = make_project(tmp_path_factory.mktemp("hostile"), {"hostile.txt": seed})
    (project / "docs" / "notes.md").write_text(
        '---\ntitle: Notes & <b>queries</b>\ndescription: He said "no" & left <script>alert(1)</script>\n---\n\n'
        "# Notes\n\nWritten by hand.\n", encoding="utf-8")
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    return project / "site"


def test_link_preview_tags_are_escaped_once(hostile_site):
    [page] = [p for p in (hostile_site / "explainers").rglob("index.html") if "dorvik" in p.as_posix()]
    meta = head(page).meta
    # An article's headline is text: its "<b>" shows as written, it is not markup.
    assert meta["og:title"] == meta["twitter:title"] == HOSTILE_TITLE
    assert meta["og:description"] == 'Fishermen in Dorvik said on Monday that the harbour would stay shut & "closed".'
    # A page written by hand may hold markup in its front matter: the preview has its text.
    notes = head(hostile_site / "notes" / "index.html").meta
    assert notes["og:title"] == "Notes & queries"
    assert notes["og:description"] == 'He said "no" & left alert(1)'
    for path in (page, hostile_site / "notes" / "index.html"):
        html = path.read_text(encoding="utf-8")
        previews = "\n".join(re.findall(r'<meta (?:property="og:|name="twitter:)[^>]*>', html))
        assert "&amp;amp;" not in previews and "<b>" not in previews and "<script" not in previews


# -- the Pages workflow -----------------------------------------------------------------------


def test_the_pages_workflow_tests_pull_requests_and_main_and_deploys_only_after_the_tests():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]
    jobs = workflow["jobs"]
    runs = [step.get("run", "") for step in jobs["test"]["steps"]]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python3 dev.py test" in readme
    assert any(run.strip() == "python3 dev.py test" for run in runs), "the README's test command, exactly"
    chromium = next(i for i, run in enumerate(runs) if "apt-get install" in run and "chromium" in run)
    assert chromium < next(i for i, run in enumerate(runs) if run.strip() == "python3 dev.py test")

    def needs(job):
        need = jobs[job].get("needs", [])
        return {need} if isinstance(need, str) else set(need)

    def upstream(job):
        return needs(job) | {u for n in needs(job) for u in upstream(n)}

    deploying = [name for name, job in jobs.items()
                 if any("deploy-pages" in str(step.get("uses", "")) for step in job.get("steps", []))]
    assert deploying
    for name in deploying:
        assert "test" in upstream(name), f"{name} runs only after the tests pass"
        condition = jobs[name].get("if", "")
        assert "refs/heads/main" in condition and "pull_request" in condition, f"{name} deploys only from main"
    assert "deploy-pages" not in str(jobs["test"]) and not needs("test")


# -- Zensical ---------------------------------------------------------------------------------

needs_zensical = pytest.mark.skipif(
    importlib.util.find_spec("zensical") is None,
    reason="Zensical is not installed (it is pinned in the test extra: python3 dev.py test installs it)")


def zensical_build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zensical", "build", "--strict"], cwd=project, capture_output=True,
                          text=True, timeout=600, env=dict(os.environ, NO_COLOR="1"))


@pytest.fixture(scope="module")
def zensical_project(tmp_path_factory):
    """The project with the pages generated into docs/ by the command line, as the README says."""
    project = make_project(tmp_path_factory.mktemp("zensical"), seed_files=[SEED, *SITE_FIXTURES])
    proc = run_cli("build", "--seeds", "seeds", "--out", "docs", "--no-cache", cwd=project)
    assert proc.returncode == 0, proc.stderr
    return project


@needs_zensical
def test_the_generated_site_builds_with_zensical_from_the_same_config(zensical_project):
    assert (zensical_project / "mkdocs.yml").read_bytes() == (ROOT / "mkdocs.yml").read_bytes()
    proc = zensical_build(zensical_project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    site = zensical_project / "site"
    page = site / "explainers" / SEED_SLUG / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "Armenia calls for Russian help" in html and 'id="p0"' in html
    for index in ("actors", "agreements", "places", "timeline"):
        assert (site / index / "index.html").is_file()
    assert (site / "explainers" / f"{SEED_SLUG}.json").is_file()
    assert not (site / "assets" / "screenshots").exists()


@needs_zensical
def test_with_the_theme_folder_zensical_pages_carry_previews_and_linked_tags(zensical_project, tmp_path):
    """README: Zensical runs no plugins, so the theme folder the plugin adds is named in mkdocs.yml."""
    import shutil

    project = tmp_path / "project"
    shutil.copytree(zensical_project, project, ignore=shutil.ignore_patterns("site", ".cache"))
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    theme = ROOT / "generator" / "templates" / "theme"
    (project / "mkdocs.yml").write_text(config.replace("  name: material\n", f"  name: material\n  custom_dir: {theme}\n", 1),
                                        encoding="utf-8")
    proc = zensical_build(project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    site = project / "site"
    page = site / "explainers" / SEED_SLUG / "index.html"
    parsed = head(page)
    headline, lead = seed_headline_and_lead()
    assert parsed.meta["og:title"] == headline
    assert parsed.meta["twitter:description"].startswith(lead[:40])
    tags = dict(parsed.tags)
    assert "Armenia" in tags
    target, anchor = resolve(site, page, tags["Armenia"])
    assert f'id="{anchor}"' in target.read_text(encoding="utf-8")
