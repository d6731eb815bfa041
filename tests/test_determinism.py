"""Nothing lost, nothing surprising: same input, same bytes; safe writes; hand-written files kept."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, SEED, run_cli
from generator.build import BuildResult, write_atomic
from generator.site import GENERATED_MARK, is_generated, write_pages

SEEDS = [SEED, *sorted(FIXTURES.glob("site_*.txt")), FIXTURES / "hostile_payloads.txt"]


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in SEEDS:
        (seeds / path.name).write_bytes(path.read_bytes())
    return seeds


def test_the_same_input_gives_byte_identical_output(tmp_path):
    seeds = _seeds(tmp_path)
    one = run_cli("build", "--seeds", str(seeds), "--out", str(tmp_path / "one"), "--no-cache", "-j", "1", "-q")
    two = run_cli("build", "--seeds", str(seeds), "--out", str(tmp_path / "two"), "--no-cache", "-j", "2", "-q")
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    first, second = _files(tmp_path / "one"), _files(tmp_path / "two")
    assert len(first) > 2 * len(SEEDS)
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_a_rebuild_from_the_cache_changes_no_byte_and_rewrites_nothing(tmp_path):
    seeds = _seeds(tmp_path)
    out, cache = tmp_path / "docs", tmp_path / "cache"
    args = ("build", "--seeds", str(seeds), "--out", str(out), "--cache-dir", str(cache), "-j", "1")
    assert run_cli(*args, "-q").returncode == 0
    before = _files(out)
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    proc = run_cli(*args)
    assert proc.returncode == 0
    assert "0 files written, 0 removed" in proc.stderr
    assert _files(out) == before
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == mtimes


# -- writes ----------------------------------------------------------------------------------

def test_a_failed_write_leaves_the_previous_page_and_no_temporary_file(tmp_path, monkeypatch):
    page = tmp_path / "explainers" / "a.md"
    write_atomic(page, "old page\n")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(page, "new page\n" * 1000)
    assert page.read_text() == "old page\n"
    assert [p.name for p in page.parent.iterdir()] == ["a.md"]


def test_a_killed_run_leaves_the_previous_page_and_the_next_run_tidies_up(tmp_path):
    out = tmp_path / "docs"
    page = f"---\n# {GENERATED_MARK}\n---\nold\n"
    write_pages({"explainers/a.md": page}, out)
    # A process killed between writing the new page and renaming it into place.
    code = (
        "import os, signal, sys; from pathlib import Path; from generator import build; "
        "os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL); "
        f"build.write_atomic(Path(sys.argv[1]), {page.replace('old', 'new')!r})"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(out / "explainers" / "a.md")], cwd=ROOT)
    assert proc.returncode == -9
    assert (out / "explainers" / "a.md").read_text() == page
    leftovers = [p for p in (out / "explainers").iterdir() if p.name != "a.md"]
    assert len(leftovers) == 1 and leftovers[0].name.startswith(".")
    report = write_pages({"explainers/a.md": page.replace("old", "new")}, out)
    assert report.written == ["explainers/a.md"]
    assert sorted(p.name for p in (out / "explainers").iterdir()) == ["a.md"]
    assert (out / "explainers" / "a.md").read_text().endswith("new\n")


def test_written_pages_are_readable_by_everyone(tmp_path):
    write_pages({"explainers/a.md": f"<!-- {GENERATED_MARK} -->\n"}, tmp_path)
    assert (tmp_path / "explainers" / "a.md").stat().st_mode & 0o044 == 0o044


# -- hand-written files ---------------------------------------------------------------------

def test_hand_written_files_are_never_overwritten_or_deleted(tmp_path):
    out = tmp_path / "docs"
    (out / "explainers").mkdir(parents=True)
    mine = {
        "index.md": "# My own home page\n",
        "explainers/storm.md": "# I wrote this explainer myself\n",
        "explainers/notes.md": "# Notes\n",
        "explainers/data.json": '{"mine": true}\n',
        "about.md": "# About\n",
    }
    for rel, text in mine.items():
        (out / rel).write_text(text, encoding="utf-8")
    pages = {"index.md": f"<!-- {GENERATED_MARK} -->\nhome\n", "explainers/storm.md": f"<!-- {GENERATED_MARK} -->\nstorm\n",
             "explainers/flood.md": f"<!-- {GENERATED_MARK} -->\nflood\n"}
    report = write_pages(pages, out)
    assert sorted(report.kept) == ["explainers/storm.md", "index.md"]
    assert report.written == ["explainers/flood.md"]
    assert report.removed == []
    for rel, text in mine.items():
        assert (out / rel).read_text(encoding="utf-8") == text
    write_pages({}, out)  # every seed gone
    for rel, text in mine.items():
        assert (out / rel).read_text(encoding="utf-8") == text
    assert not (out / "explainers" / "flood.md").exists()


def test_the_cli_warns_about_a_hand_written_page_and_leaves_it(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "storm.txt").write_text("Storm hits the coast\n\nA storm hit the coast on Monday.\n", encoding="utf-8")
    out = tmp_path / "docs"
    (out / "explainers").mkdir(parents=True)
    (out / "explainers" / "storm-hits-the-coast.md").write_text("# Mine\n", encoding="utf-8")
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(out), "--no-cache", "-j", "1", "-q")
    assert proc.returncode == 0
    assert "storm-hits-the-coast.md was written by hand; left as it is" in proc.stderr
    assert (out / "explainers" / "storm-hits-the-coast.md").read_text(encoding="utf-8") == "# Mine\n"


def test_generated_files_are_marked_and_removed_only_when_their_seed_is_gone(tmp_path):
    seeds = _seeds(tmp_path)
    out = tmp_path / "docs"
    assert run_cli("build", "--seeds", str(seeds), "--out", str(out), "--no-cache", "-j", "1", "-q").returncode == 0
    generated = [p for p in out.rglob("*") if p.is_file()]
    assert generated and all(is_generated(p) for p in generated)
    pages = {p.name for p in (out / "explainers").glob("*.md")}
    (seeds / "hostile_payloads.txt").unlink()
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(out), "-j", "1", "--cache-dir", str(tmp_path / "c"))
    assert proc.returncode == 0
    left = {p.name for p in (out / "explainers").glob("*.md")}
    gone = pages - left
    assert len(gone) == 1 and next(iter(gone)).startswith("minister-")
    assert not any(p.name.startswith("minister-") for p in (out / "explainers").iterdir())


def test_a_very_long_headline_does_not_hide_the_generated_mark(tmp_path):
    from generator.model import Explainer, Source
    from generator.site import SiteOptions, site_pages

    title = "&<>\"' " * 2000
    e = Explainer(source=Source(file="a.txt", sha256="0" * 64, title=title), slug="long", title=title,
                  lead="Lead.", paragraphs=["Lead."])
    write_pages(site_pages(BuildResult(explainers=[e]), SiteOptions()), tmp_path)
    assert is_generated(tmp_path / "explainers" / "long.md")
    assert write_pages({}, tmp_path).removed.count("explainers/long.md") == 1


# -- reading only from the seeds folder -------------------------------------------------------

def test_links_and_dot_dot_cannot_make_the_generator_read_outside_the_seeds(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret headline\n\nSecret text that must not be published.\n", encoding="utf-8")
    seeds = tmp_path / "project" / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "ok.txt").write_text("Storm hits the coast\n\nA storm hit the coast on Monday.\n", encoding="utf-8")
    (seeds / "link.txt").symlink_to(secret)
    (seeds / "dotdot.txt").symlink_to(Path("..") / ".." / "secret.txt")
    (seeds / "inner.txt").symlink_to("ok.txt")  # a link that stays inside is fine
    out = tmp_path / "project" / "docs"
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(out), "--no-cache", "-j", "1", "-q")
    assert proc.returncode == 1
    assert sorted(proc.stderr.strip().splitlines()) == [
        "error: dotdot.txt: the path leads outside the seeds folder",
        "error: link.txt: the path leads outside the seeds folder",
    ]
    written = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
    assert "Secret" not in written
    assert all(p.resolve().is_relative_to(out.resolve()) for p in out.rglob("*"))


def test_a_seeds_subfolder_or_fifo_is_not_read(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "folder.txt").mkdir()
    os.mkfifo(seeds / "pipe.txt")
    (seeds / "ok.txt").write_text("Storm hits the coast\n\nA storm hit the coast on Monday.\n", encoding="utf-8")
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(tmp_path / "docs"), "--no-cache", "-j", "1", "-q")
    assert proc.returncode == 1
    assert sorted(proc.stderr.strip().splitlines()) == ["error: folder.txt: not a regular file",
                                                        "error: pipe.txt: not a regular file"]


def test_an_output_folder_linked_elsewhere_is_refused_without_a_traceback(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ok.txt").write_text("Storm hits the coast\n\nA storm hit the coast on Monday.\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "docs"
    out.mkdir()
    (out / "explainers").symlink_to(elsewhere)
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(out), "--no-cache", "-j", "1", "-q")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("error: refusing to write outside")
    assert list(elsewhere.iterdir()) == []
