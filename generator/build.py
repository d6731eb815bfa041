"""One build: read every seed, extract every explainer, then hand them to the site.

``generate()`` reads like the pipeline: discover -> read -> slug -> (cache or parse and
extract, in parallel) -> corrections. Per-article work is a pure function of the seed's
bytes, its corrections file, the pipeline and the generator's version, which is also the
cache key, so a cached result is never stale.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
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
    parsed: int = 0
    """How many articles went through the NLP pipeline (the rest came from the cache)."""

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
    h = hashlib.sha256()
    for part in (article.source.sha256, settings.pipeline, __version__, hashlib.sha256(corrections).hexdigest()):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


def corrections_path(seed: Path) -> Path:
    return seed.with_name(seed.stem + ".corrections.yml")


def generate(settings: Settings, *, progress: bool = False) -> BuildResult:
    """Read, parse and extract every seed in ``settings.seeds``."""
    result = BuildResult()
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
        key = cache_key(article, settings, corr_bytes)
        cached = _cache_get(settings.cache_dir, key)
        if cached is not None:
            cached.slug = slugs[article.source.file]
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
            explainer = apply_corrections(explainer, corrections_path(path))
        except ArticleError as exc:
            result.failures.append(exc)
            continue
        result.explainers.append(explainer)
    result.explainers.sort(key=lambda e: e.slug)
    result.failures.sort(key=lambda e: e.path)
    return result


def _extract_all(todo, settings: Settings, *, progress: bool):
    """Yield ``(article, explainer, error)`` for each article, in parallel when asked."""
    if not todo:
        return
    jobs = min(settings.jobs, len(todo))
    bar = _progress(len(todo)) if progress else None
    if jobs <= 1:
        _worker_init(settings.pipeline)
        results = map(_extract_one, todo)
    else:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(settings.pipeline,))
        chunk = max(1, min(16, len(todo) // (jobs * 4)))
        results = pool.map(_extract_one, todo, chunksize=chunk)
    try:
        for (article, _, key), (explainer_data, error) in zip(todo, results):
            if bar is not None:
                bar.update(1)
            if error is not None:
                yield article, None, error
                continue
            _cache_put(settings.cache_dir, key, explainer_data)
            yield article, explainer_from_dict(explainer_data), None
    finally:
        if bar is not None:
            bar.close()
        if jobs > 1:
            pool.shutdown()


_NLP = None


def _worker_init(pipeline: str) -> None:
    """Load the pipeline once per worker process."""
    global _NLP
    from generator import nlp

    _NLP = nlp.load(pipeline)


def _extract_one(item: tuple[Article, str, str]) -> tuple[dict | None, ArticleError | None]:
    """Parse and extract one article; the result crosses process boundaries as JSON data."""
    article, slug, _ = item
    try:
        return explain(article, slug, _NLP), None
    except ArticleError as exc:
        return None, exc
    except Exception as exc:  # an extractor bug must not take the other articles down
        return None, ArticleError(article.source.file, errors.INTERNAL.format(detail=f"{type(exc).__name__}: {exc}"))


def explain(article: Article, slug: str, nlp_pipeline) -> dict:
    """The pure per-article function: article -> explainer JSON data."""
    from generator import nlp
    from generator.extract import extract

    parsed = nlp.parse(article, nlp_pipeline)
    return explainer_to_dict(extract(parsed, slug=slug))


def _progress(total: int):
    import sys

    from tqdm import tqdm

    return tqdm(total=total, unit="article", disable=not sys.stderr.isatty(), file=sys.stderr)


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
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
