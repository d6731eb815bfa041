"""One build: read every seed, extract every explainer, then hand them to the site.

``generate()`` reads like the pipeline: discover -> read -> slug -> (cache or parse and
extract, in parallel) -> corrections. Per-article work is a pure function of the seed's
bytes, its corrections file, the pipeline and the generator's code, which is also the cache
key, so a cached result is never stale. The work runs where ``settings.executor`` says
(:mod:`generator.executors`): here, in worker processes, or on a Dask cluster.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from generator import __version__, errors
from generator.config import Settings
from generator.errors import ArticleError
from generator.model import Article, Explainer, explainer_from_dict, explainer_to_dict
from generator.reader import read_article
from generator.slugs import assign_slugs

SEED_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")


@dataclass
class BuildResult:
    explainers: list[Explainer] = field(default_factory=list)
    """In slug order."""
    failures: list[ArticleError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """Articles built without a section whose extractor failed: file, section and error."""
    parsed: int = 0
    """How many articles went through the NLP pipeline (the rest came from the cache)."""
    keys: dict[str, str] = field(default_factory=dict)
    """Cache key of each explainer, by seed file name: with the slug, it fixes the explainer."""
    cache_dir: Path | None = None
    """Where this build keeps results; rendered pages may be kept there too."""

    @property
    def ok(self) -> bool:
        return not self.failures


def discover(seeds: Path) -> list[Path]:
    """Seed files directly inside ``seeds``; links that lead outside it are refused."""
    root = seeds.resolve()
    out = []
    for path in sorted(seeds.iterdir()):
        if path.name.startswith(".") or path.suffix.lower() not in SEED_SUFFIXES:
            continue
        if path.name.endswith((".corrections.yml", ".corrections.yaml")):
            continue
        out.append(path)
    return out


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
        return True
    except ValueError:
        return False


def cache_key(article: Article, settings: Settings, corrections: bytes) -> str:
    """What an explainer depends on: the seed's bytes, its corrections, the pipeline (name and
    installed version, and spaCy's) and the generator (version and the hash of its code)."""
    h = hashlib.sha256()
    parts = (article.source.sha256, hashlib.sha256(corrections).hexdigest(), settings.pipeline,
             pipeline_version(settings.pipeline), __version__, code_fingerprint())
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


PACKAGE = Path(__file__).resolve().parent
SITE_ONLY = ("site.py", "render.py", "pagecache.py", "plugin.py", "search.py", "search_merge.py", "sanitize.py",
             "pictures.py", "locator.py", "marks.py", "cli.py", "entries.py", "spellings.py", "claims.py", "sides.py",
             "templates/", "assets/", "data/lexicons/body_acronyms.tsv", "data/lexicons/spelling_variants.tsv")
"""Files that draw the site from explainers and never run in extraction: a change to them
re-renders pages (see ``pagecache``) but re-extracts nothing."""


@lru_cache(maxsize=4)
def code_fingerprint(root: Path = PACKAGE, *, whole: bool = False) -> str:
    """Hash of the generator's own files, so that changed code never serves a stale page:
    the code an explainer depends on, or with ``whole`` every file (the site's code too)."""
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        rel = path.relative_to(root).as_posix()
        if not whole and rel.startswith(SITE_ONLY):
            continue
        h.update(rel.encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


@lru_cache(maxsize=8)
def pipeline_version(pipeline: str) -> str:
    """Hash of spaCy's version file and of the pipeline's ``meta.json`` (which names its version),
    found without importing either."""
    from importlib.util import find_spec

    h = hashlib.sha256()
    for name, file in (("spacy", "about.py"), (pipeline, "meta.json")):
        folder = Path(name) if Path(name).is_dir() else None
        if folder is None:
            try:
                spec = find_spec(name)
            except (ImportError, ValueError):
                spec = None
            if spec is not None and spec.submodule_search_locations:
                folder = Path(next(iter(spec.submodule_search_locations)))
        path = folder / file if folder is not None else None
        h.update(path.read_bytes() if path is not None and path.is_file() else name.encode())
        h.update(b"\0")
    return h.hexdigest()


def corrections_path(seed: Path) -> Path:
    return seed.with_name(seed.stem + ".corrections.yml")


def generate(settings: Settings, *, progress: bool = False) -> BuildResult:
    """Read, parse and extract every seed in ``settings.seeds``."""
    result = BuildResult(cache_dir=settings.cache_dir)
    root = settings.seeds.resolve()
    articles: list[tuple[Path, Article]] = []
    for path in discover(settings.seeds):
        try:
            if not _inside(path, root):
                raise ArticleError(path.name, errors.OUTSIDE_SEEDS)
            articles.append((path, read_article(path, max_mb=settings.max_article_mb)))
        except ArticleError as exc:
            result.failures.append(exc)

    slugs = assign_slugs([(a.source.file, a.title, a.slug_hint) for _, a in articles])
    todo: list[tuple[Article, str, str]] = []
    done: dict[str, Explainer] = {}
    for path, article in articles:
        corr = corrections_path(path)
        corr_bytes = corr.read_bytes() if corr.is_file() and _inside(corr, root) else b""
        key = result.keys[article.source.file] = cache_key(article, settings, corr_bytes)
        cached = _cache_get(settings.cache_dir, key)
        if cached is not None:
            # the key is the seed's bytes, not its name: a copy of a seed under another name shares it
            cached.slug, cached.source = slugs[article.source.file], replace(cached.source, file=article.source.file)
            done[article.source.file] = cached
        else:
            todo.append((article, slugs[article.source.file], key))

    for article, explainer, error in _extract_all(todo, settings, progress=progress):
        if error is not None:
            result.failures.append(error)
            continue
        result.parsed += 1
        done[article.source.file] = explainer

    from generator.corrections import apply_corrections

    for path, article in articles:
        explainer = done.get(article.source.file)
        if explainer is None:
            continue
        try:
            corr = corrections_path(path)
            if corr.exists() and not _inside(corr, root):
                raise ArticleError(corr.name, errors.OUTSIDE_SEEDS)
            explainer = apply_corrections(explainer, corr)
        except ArticleError as exc:
            result.failures.append(exc)
            continue
        result.explainers.append(explainer)
        result.warnings.extend(errors.SECTION_FAILED.format(file=article.source.file, section=section, detail=detail)
                               for section, detail in explainer.failed.items())
    result.explainers.sort(key=lambda e: e.slug)
    result.failures.sort(key=lambda e: e.path)
    return result


def _extract_all(todo: list[tuple[Article, str, str]], settings: Settings, *, progress: bool):
    """Yield ``(article, explainer, error)`` for each article, as the executor finishes them."""
    if not todo:
        return
    from generator import executors

    size = _batch_size(len(todo), settings)
    batches = [todo[i:i + size] for i in range(0, len(todo), size)]
    work = [[(article, slug) for article, slug, _ in batch] for batch in batches]
    bar = _progress(len(todo)) if progress else None
    try:
        results = executors.run(explain_batch, work, pipeline=settings.pipeline, jobs=settings.jobs,
                                executor=settings.executor, scheduler=settings.scheduler, warm=warm_worker)
        for index, outcome in results:
            for (article, _, key), (data, reason) in zip(batches[index], outcome):
                if reason is not None:
                    yield article, None, ArticleError(article.source.file, reason)
                    continue
                _cache_put(settings.cache_dir, key, data)
                yield article, explainer_from_dict(data), None
            if bar is not None:
                bar.update(len(batches[index]))
    finally:
        if bar is not None:
            bar.close()


def _batch_size(count: int, settings: Settings) -> int:
    """Articles per task: up to 16, since a task's articles are parsed in one ``nlp.pipe`` stream
    and a stream of 4 articles parses about 9 % slower than one of 16; fewer where that would
    leave a worker fewer than eight tasks (four on a cluster, where each task costs a round trip
    to the scheduler), so that every worker stays busy to the end."""
    per_worker = 4 if settings.executor == "dask" else 8
    return max(1, min(16, count // (settings.jobs * per_worker)))


def warm_worker(pipeline: str) -> None:
    """Load the pipeline and the gazetteer once per worker process, before its first article."""
    from generator import gazetteer, nlp

    nlp.load(pipeline)
    gazetteer.load()
    _freeze_loaded()


_FROZEN = False


def _freeze_loaded() -> None:
    """Once per process, after loading: what is loaded (the model, its vocabulary, the word lists and
    the gazetteer, hundreds of thousands of objects that live as long as the process) is moved out
    of the cyclic garbage collector's sight, after one collection of what loading left behind. A
    full collection, which the articles set off every few dozen, then looks only at what they made,
    rather than at everything loaded each time. The youngest generation is collected after
    ``GC_YOUNG`` new objects rather than Python's 700: extraction makes and drops tens of thousands
    of small objects per article (spaCy's Tokens and Spans among them), nearly all freed at once by
    their reference counts, and at 700 the collections it set off (about one an article, with a
    full one every hundred) took about 7 % of its time, for little they could free."""
    global _FROZEN
    if not _FROZEN:
        import gc

        gc.collect()
        gc.freeze()
        gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
        _FROZEN = True


GC_YOUNG = 10_000
"""Objects made (less those freed) between two collections of the youngest generation in a
process that generates explainers."""


def explain_batch(batch: list[tuple[Article, str]], pipeline: str) -> list[tuple[dict | None, str | None]]:
    """``explain`` over a batch of ``(article, slug)``, each result as ``(JSON data, None)`` or
    ``(None, reason)``. Plain data both ways, so the batch can run in another process or on
    another machine; the pipeline is loaded once per process. The batch is parsed in one
    ``nlp.pipe`` stream, which costs less than a stream per article; if that fails, each article
    is parsed alone, so that only the one spaCy cannot parse fails."""
    from generator import nlp

    model = nlp.load(pipeline)
    try:
        parses: list = list(nlp.parse_many([article for article, _ in batch], model))
    except Exception:
        parses = [None] * len(batch)
    out: list[tuple[dict | None, str | None]] = []
    for (article, slug), parsed in zip(batch, parses):
        try:
            out.append((explain(article, slug, model, parsed=parsed), None))
        except ArticleError as exc:
            out.append((None, exc.reason))
        except Exception as exc:  # an extractor bug must not take the other articles down
            out.append((None, errors.INTERNAL.format(detail=f"{type(exc).__name__}: {exc}")))
    return out


def explain(article: Article, slug: str, nlp_pipeline, *, parsed=None) -> dict:
    """The pure per-article function: article -> explainer JSON data (``parsed``: its parse, when
    the caller has it already)."""
    from generator import nlp
    from generator.extract import extract

    if parsed is None:
        parsed = nlp.parse(article, nlp_pipeline)
    return explainer_to_dict(extract(parsed, slug=slug))


def _progress(total: int, *, file=None, delay: float = 0.5):
    """A progress bar on stderr, only when it is a terminal (never in logs or pipes)."""
    import sys

    from tqdm import tqdm

    stream = file or sys.stderr
    return tqdm(total=total, unit="article", file=stream, disable=not _is_terminal(stream), delay=delay)


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or already closed
        return False


def _cache_get(cache_dir: Path | None, key: str) -> Explainer | None:
    if cache_dir is None:
        return None
    path = cache_dir / key[:2] / f"{key}.json"
    try:
        return explainer_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _cache_put(cache_dir: Path | None, key: str, data: dict) -> None:
    if cache_dir is None:
        return
    path = cache_dir / key[:2] / f"{key}.json"
    try:
        write_atomic(path, json.dumps(data, ensure_ascii=False, sort_keys=True))
    except OSError:
        pass  # a cache that cannot be written only costs time


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and rename, so readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a page is for everyone to read
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
