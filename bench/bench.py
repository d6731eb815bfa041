"""Benchmark: is the generator fast enough for a newsroom archive?

    python bench/bench.py                      # every measurement, about five minutes on 2 cores
    python bench/bench.py --articles 40 --site-pages 300 --skip-parallel   # a quick look

Builds a synthetic corpus from the articles in ``seeds/`` and ``tests/fixtures/`` (each copy
with its proper names and numbers varied, so no two copies share a cache entry), then
measures, in this one run:

* start-up: ``python -m generator --help``;
* the NLP floor: generating every article, one process, against spaCy's own ``nlp.pipe``
  over the same texts with the same pipeline;
* parallel: generation with 1 and with 2 worker processes (each loads the pipeline once);
* incremental: a full build, a rebuild with nothing changed, one seed changed, one
  corrections file added;
* the site: ``mkdocs build`` of 100 and of 1,000 generated pages with the project's
  ``mkdocs.yml``, and of 1,000 with a plain Material theme (defaults and search only).

Every figure is printed beside its target as a ratio; ``--json FILE`` keeps them. Timings
on a shared machine are noisy: the load average is printed with them.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = ROOT
"""Where the generator package is imported from: a snapshot taken at the start of the run, so
that edits made while it runs neither mix two versions nor invalidate the cache midway."""

SOURCES = (ROOT / "seeds", ROOT / "tests" / "fixtures")
REFERENCE = "reference here: flat-nav Material site of 1,000 pages ~25 s / 300 MB; pages kept out of the nav ~5 s / 27 MB"


# --- the synthetic corpus -------------------------------------------------------------------

_SYLLABLES = ("ka", "ro", "vin", "del", "mar", "tu", "sen", "lo", "bar", "ni", "quo", "zel", "an", "tor", "mi", "ve")
_PROPER = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}\b")
_DIGITS = re.compile(r"\d")
_FRONT = re.compile(r"\A\s*---[ \t]*\n.*?\n(---|\.\.\.)[ \t]*\n", re.DOTALL)


def _invented_name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def vary(text: str, rng: random.Random) -> str:
    """A copy of a seed with some proper names and every digit of its body changed."""
    front = _FRONT.match(text)
    head, body = (text[:front.end()], text[front.end():]) if front else ("", text)
    names = {}
    for word in sorted(set(_PROPER.findall(body))):
        if rng.random() < 0.5:
            names[word] = _invented_name(rng)
    if names:
        body = re.sub(r"\b(" + "|".join(map(re.escape, names)) + r")\b", lambda m: names[m.group()], body)
    shift = rng.randint(1, 9)
    body = _DIGITS.sub(lambda m: str((int(m.group()) + shift) % 10), body)
    return head + body


def source_texts(sources) -> list[tuple[str, str]]:
    """``(stem, text)`` of every seed that reads as an article."""
    from generator.build import discover
    from generator.errors import ArticleError
    from generator.reader import read_article

    out = []
    for folder in sources:
        if not folder.is_dir():
            continue
        for path in discover(folder):
            try:
                read_article(path)
            except ArticleError:
                continue  # fixtures of broken files test the reader, not the speed
            out.append((path.stem, path.read_bytes().decode("utf-8", "replace")))
    return out


def make_corpus(folder: Path, count: int, sources, *, seed: int = 0) -> list[Path]:
    texts = source_texts(sources)
    if not texts:
        raise SystemExit("no seed articles found to build the corpus from")
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        stem, text = texts[i % len(texts)]
        path = folder / f"{i:05d}_{stem[:40]}.txt"
        path.write_text(vary(text, rng), encoding="utf-8")
        paths.append(path)
    return paths


# --- helpers ----------------------------------------------------------------------------------

def snapshot_code(work: Path) -> None:
    global CODE
    CODE = work / "code"
    shutil.rmtree(CODE, ignore_errors=True)
    shutil.copytree(ROOT / "generator", CODE / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(CODE))


def _run(args, **kw) -> tuple[float, subprocess.CompletedProcess]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(CODE))
    start = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True, env=env, **kw)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(map(str, args))} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return elapsed, proc


def _cli(*args: str) -> tuple[float, subprocess.CompletedProcess]:
    return _run([sys.executable, "-m", "generator", *args], cwd=CODE)


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


class Report:
    def __init__(self):
        self.rows: list[dict] = []
        self.notes: list[str] = []

    def figure(self, name: str, value: float, target: float | None, unit: str = "", *, lower_is_better: bool = True, note: str = ""):
        ok = None if target is None else (value <= target if lower_is_better else value >= target)
        row = {"name": name, "value": round(value, 4), "target": target, "unit": unit, "ok": ok, "note": note}
        self.rows.append(row)
        mark = {True: "ok  ", False: "MISS", None: "    "}[ok]
        op = "<=" if lower_is_better else ">="
        goal = f"{op} {target:g}{unit}" if target is not None else ""
        print(f"  {mark} {name:<52} {value:9.3f}{unit:<2} {goal:<12} {note}", flush=True)

    def info(self, text: str):
        self.notes.append(text)
        print(f"       {text}", flush=True)


def _load() -> str:
    try:
        return "load average %.2f %.2f %.2f" % os.getloadavg()
    except OSError:  # pragma: no cover
        return "load average unknown"


# --- the measurements -------------------------------------------------------------------------

def bench_startup(report: Report, runs: int = 7):
    times = sorted(_cli("--help")[0] for _ in range(runs))
    report.figure("start-up: python -m generator --help (median)", times[runs // 2], 0.3, "s")


def bench_nlp_floor(report: Report, corpus: Path, repeat: int):
    """Generation against ``nlp.pipe`` over the same texts, both in this process, model loaded."""
    from generator import gazetteer, nlp
    from generator.build import discover, generate
    from generator.config import Settings
    from generator.reader import read_article

    start = time.perf_counter()
    model = nlp.load(nlp.DEFAULT_PIPELINE)
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    gazetteer.load()
    gazetteer.load().city("x")
    gaz_s = time.perf_counter() - start
    texts = []
    for path in discover(corpus):
        article = read_article(path)
        texts.append(nlp.normalise(article.title))
        texts.extend(nlp.normalise(p.text) for p in article.paragraphs)
    settings = Settings(seeds=corpus, jobs=1, cache_dir=None)

    def spacy_only():  # the statistical components alone: what parsing costs
        for _ in model.pipe(texts, disable=nlp.extractors(model)):
            pass

    def generation():
        result = generate(settings)
        assert not result.failures, result.failures[:3]

    best = {"spacy": (1e9, 1e9), "generate": (1e9, 1e9)}
    for _ in range(repeat):
        for name, fn in (("spacy", spacy_only), ("generate", generation)):
            wall, cpu = time.perf_counter(), time.process_time()
            fn()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    (sw, sc), (gw, gc) = best["spacy"], best["generate"]
    report.info(f"nlp.pipe over {len(texts)} texts: {sw:.2f} s wall, {sc:.2f} s CPU; generation: {gw:.2f} s wall, {gc:.2f} s CPU "
                f"(best of {repeat}; once per process: pipeline load {load_s:.2f} s, gazetteer {gaz_s:.2f} s)")
    report.figure("NLP floor: generation / nlp.pipe (CPU time)", gc / sc, 1.3, "x")
    report.figure("NLP floor: generation / nlp.pipe (wall time)", gw / sw, 1.3, "x")


def _generate_phase(corpus: Path, jobs: int) -> None:
    """Run in a fresh process: time one generation from cold, pipeline loads included."""
    from generator.build import generate
    from generator.config import Settings

    import resource

    start, cpu = time.perf_counter(), time.process_time()
    result = generate(Settings(seeds=corpus, jobs=jobs, cache_dir=None))
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    if result.failures:
        raise SystemExit(f"{len(result.failures)} articles failed: {result.failures[0]}")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers, joined by now
    print(json.dumps({"seconds": wall, "cpu": cpu, "workers_cpu": children.ru_utime + children.ru_stime,
                      "parsed": result.parsed}))


def bench_parallel(report: Report, corpus: Path):
    """Wall-clock speed-up, and what the CPU times predict on two otherwise idle cores: the
    main process's share runs alone, the workers' share is split between them."""
    runs = {}
    for jobs in (1, 2):
        _, proc = _run([sys.executable, __file__, "--phase", "generate", "--corpus", str(corpus), "--jobs", str(jobs),
                        "--work", str(CODE.parent)], cwd=CODE)
        runs[jobs] = run = json.loads(proc.stdout.strip().splitlines()[-1])
        report.info(f"generation with {jobs} job(s): {run['seconds']:.2f} s wall, CPU {run['cpu']:.2f} s main + "
                    f"{run['workers_cpu']:.2f} s workers (pipeline loaded once per worker; {_load()})")
    one, two = runs[1], runs[2]
    report.figure("parallel: speed-up at 2 jobs (wall clock)", one["seconds"] / two["seconds"], 1.7, "x", lower_is_better=False)
    idle = two["cpu"] + two["workers_cpu"] / 2
    report.figure("parallel: speed-up at 2 jobs (from CPU times)", (one["cpu"] + one["workers_cpu"]) / idle, 1.7, "x",
                  lower_is_better=False, note="what two idle cores give")


def _counts(proc: subprocess.CompletedProcess) -> tuple[int, int]:
    m = re.search(r"(\d+) extracted, (\d+) from cache\), (\d+) failed", proc.stderr)
    if not m:
        raise SystemExit(f"unexpected build output:\n{proc.stderr[-2000:]}")
    if int(m.group(3)):
        raise SystemExit(f"{m.group(3)} articles failed to build:\n{proc.stderr[-2000:]}")
    return int(m.group(1)), int(m.group(2))


def bench_incremental(report: Report, corpus: Path, work: Path):
    out, cache = work / "docs", work / "cache"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    common = ("--seeds", str(corpus), "--out", str(out), "--cache-dir", str(cache))
    full, proc = _cli("build", *common)
    extracted, _ = _counts(proc)
    report.info(f"full build: {full:.2f} s, {extracted} extracted ({_load()})")
    noop, proc = _cli("build", *common)
    extracted, cached = _counts(proc)
    report.info(f"rebuild, nothing changed: {noop:.2f} s, {extracted} extracted, {cached} from cache")
    report.figure("incremental: no-change rebuild / full build", noop / full, 0.05, "x")
    report.figure("incremental: articles re-parsed with nothing changed", extracted, 0, "")
    _, proc = _run([sys.executable, "-X", "importtime", "-m", "generator", "build", *common, "-q"], cwd=CODE)
    spacy = any(re.search(r"\|\s+spacy$", line) for line in proc.stderr.splitlines())
    report.figure("incremental: spaCy imported with nothing changed", float(spacy), 0, "")

    seeds = sorted(corpus.glob("*.txt"))
    changed = seeds[len(seeds) // 2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA paragraph added to the article.\n", encoding="utf-8")
    one, proc = _cli("build", *common)
    extracted, _ = _counts(proc)
    report.info(f"one seed changed: {one:.2f} s (the pipeline is loaded for it)")
    report.figure("incremental: articles re-parsed with one seed changed", extracted, 1, "")
    other = seeds[len(seeds) // 3]
    other.with_name(other.stem + ".corrections.yml").write_text("quotes:\n  - match: \"zzz\"\n    remove: true\n", encoding="utf-8")
    _, proc = _cli("build", *common)
    extracted, _ = _counts(proc)
    report.figure("incremental: articles re-parsed with one corrections file added", extracted, 1, "")
    return cache


# --- the site ---------------------------------------------------------------------------------

def _plain_config(text: str) -> str:
    """The project's mkdocs.yml with Material's defaults: no theme features, no palette."""
    lines = text.splitlines()
    out, skipping = [], False
    for line in lines:
        if line.startswith("theme:"):
            out += ["theme:", "  name: material"]
            skipping = True
            continue
        if skipping and (line.startswith(" ") or not line.strip()):
            continue
        skipping = False
        out.append(line)
    return "\n".join(out) + "\n"


def make_site_project(where: Path, pages: int, corpus: Path, cache: Path, *, plain: bool) -> Path:
    """A copy of the site project whose seeds are all in the cache already.

    Each page is a varied copy of a corpus seed; its cache entry is the explainer extracted
    from that seed, given the copy's own source, title and text, so ``mkdocs build`` runs
    the real plugin without parsing anything.
    """
    from generator.build import _cache_get, _cache_put, cache_key, discover
    from generator.config import Settings
    from generator.model import explainer_to_dict
    from generator.reader import read_article

    where.mkdir(parents=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (where / "mkdocs.yml").write_text(_plain_config(config) if plain else config, encoding="utf-8")
    shutil.copytree(ROOT / "docs", where / "docs", ignore=shutil.ignore_patterns("explainers"))
    seeds, project_cache = where / "seeds", where / ".cache" / "explainers"
    settings = Settings(seeds=seeds)
    base = []
    for path in discover(corpus):
        article = read_article(path)
        corr = path.with_name(path.stem + ".corrections.yml")
        explainer = _cache_get(cache, cache_key(article, Settings(seeds=corpus), corr.read_bytes() if corr.is_file() else b""))
        if explainer is not None:
            base.append((path, explainer))
    if not base:
        raise SystemExit("no cached explainers to build the site from")
    rng = random.Random(pages)
    seeds.mkdir()
    for i in range(pages):
        path, explainer = base[i % len(base)]
        seed = seeds / f"{i:05d}_{path.stem[-30:]}.txt"
        seed.write_text(vary(path.read_text(encoding="utf-8"), rng), encoding="utf-8")
        article = read_article(seed)
        explainer.source = article.source
        explainer.title = article.title
        explainer.paragraphs = [p.text for p in article.paragraphs]
        explainer.lead = explainer.paragraphs[0]
        _cache_put(project_cache, cache_key(article, settings, b""), explainer_to_dict(explainer))
    return where


def _mkdocs(project: Path) -> tuple[float, int]:
    seconds, proc = _run([sys.executable, "-m", "mkdocs", "build", "--quiet"], cwd=project)
    if proc.returncode != 0:
        raise SystemExit(f"mkdocs build failed in {project}:\n{proc.stderr[-3000:]}")
    return seconds, _folder_bytes(project / "site")


def bench_site(report: Report, corpus: Path, cache: Path, work: Path, pages: int):
    small = max(1, pages // 10)
    figures = {}
    for name, count, plain in (("small", small, False), ("large", pages, False), ("plain", pages, True)):
        project = make_site_project(work / f"site-{name}", count, corpus, cache, plain=plain)
        seconds, size = _mkdocs(project)
        figures[name] = (seconds, size, count)
        kind = "plain Material (defaults + search)" if plain else "project mkdocs.yml"
        report.info(f"mkdocs build, {count} pages, {kind}: {seconds:.1f} s, {size / 1e6:.1f} MB ({_load()})")
    (ts, bs, ns), (tl, bl, nl), (tp, bp, _) = figures["small"], figures["large"], figures["plain"]
    report.figure(f"site: time per page at {nl} / at {ns}", (tl / nl) / (ts / ns), 1.2, "x")
    report.figure(f"site: bytes per page at {nl} / at {ns}", (bl / nl) / (bs / ns), 1.2, "x")
    report.figure(f"site: build time / plain Material, {nl} pages", tl / tp, 1.5, "x")
    report.info(f"{nl} pages: {tl:.1f} s and {bl / 1e6:.0f} MB; {REFERENCE}")


# --- main -------------------------------------------------------------------------------------

def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=120, help="articles in the synthetic corpus (default 120)")
    parser.add_argument("--site-pages", type=int, default=1000, help="pages of the large site (default 1000; the small one has a tenth)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of the NLP-floor pair; the best counts (default 2)")
    parser.add_argument("--source", type=Path, action="append", default=[], help="another folder of seed articles to copy from")
    parser.add_argument("--work", type=Path, default=None, help="working folder (default: a temporary one, removed after)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    for part in ("startup", "floor", "parallel", "incremental", "site"):
        parser.add_argument(f"--skip-{part}", action="store_true", help=f"leave out the {part} measurement")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase == "generate":
        sys.path.insert(0, str(args.work / "code"))
        _generate_phase(args.corpus, args.jobs)
        return 0

    work = args.work or Path(tempfile.mkdtemp(prefix="explainers-bench-"))
    try:
        snapshot_code(work)
        corpus = work / "corpus"
        shutil.rmtree(corpus, ignore_errors=True)
        paths = make_corpus(corpus, args.articles, [*SOURCES, *args.source])
        size = sum(p.stat().st_size for p in paths)
        print(f"corpus: {len(paths)} articles, {size / 1e6:.2f} MB, in {corpus}; {os.cpu_count()} CPUs, {_load()}", flush=True)
        report = Report()
        if not args.skip_startup:
            bench_startup(report)
        if not args.skip_floor:
            bench_nlp_floor(report, corpus, args.repeat)
        if not args.skip_parallel:
            bench_parallel(report, corpus)
        cache = None
        if not args.skip_incremental:
            cache = bench_incremental(report, corpus, work)
        if not args.skip_site:
            if cache is None:
                cache = work / "cache"
                _cli("build", "--seeds", str(corpus), "--out", str(work / "docs"), "--cache-dir", str(cache), "-q")
            bench_site(report, corpus, cache, work, args.site_pages)
        misses = [r["name"] for r in report.rows if r["ok"] is False]
        print(f"{len(report.rows) - len(misses)} of {len(report.rows)} figures within target ({_load()})")
        if args.json:
            args.json.write_text(json.dumps({"articles": len(paths), "rows": report.rows, "notes": report.notes}, indent=2) + "\n", encoding="utf-8")
        return 1 if misses else 0
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
