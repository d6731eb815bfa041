"""Site search: a Pagefind index of the built site, made after MkDocs has written it.

Pagefind (https://pagefind.app) splits the index into small files by word, and the excerpts
into one small file per page, so a reader's query loads a few tens of kilobytes whatever
the size of the archive; Material's own search loads one file holding every page's text.
The index is written to ``<site>/pagefind/``; the search box (``templates/search_theme/partials/search.html``
and ``templates/search_theme/assets/javascripts/explainers-search.js``) reads it.

Only what sits inside ``data-pagefind-body`` is indexed: the explainers and the hand-written
pages, not the cross-article indexes, whose entries all lead back to the explainers.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

BODY_OPEN = "<div data-pagefind-body>"
BODY_CLOSE = "</div>"
OUTPUT = "pagefind"
IGNORED = (".headerlink", "a.ref", ".ref", ".source-anchor", ".admonition.facts", ".data-link", ".attribution",
           ".from-article")
"""Left out of the index: permalinks, paragraph links and numbers, the reference data (not the
article's), the data download and the attribution line, the same on every page, and the
sections made of sentences of the article printed on the same page."""
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
"""Pagefind's own user interfaces: the site has its search box, so they are not published."""
THEME_UNUSED = ("assets/javascripts/lunr", "assets/javascripts/workers")
"""Material's own search (its worker and lunr's languages), which the site does not load."""


class SearchIndexError(RuntimeError):
    pass


def indexable(html: str) -> str:
    """A page's content marked for the index."""
    return f"{BODY_OPEN}\n{html}\n{BODY_CLOSE}"


def executable() -> list[str]:
    """How to run Pagefind: the binary the ``pagefind[bin]`` package ships."""
    try:
        from pagefind_bin import get_executable
    except ImportError as exc:  # pragma: no cover - a dependency of the project
        raise SearchIndexError("Pagefind is not installed: pip install 'pagefind[bin]'") from exc
    return [str(get_executable())]


PART_PAGES = 1_000
"""Pages Pagefind indexes in one run. Its indexer holds about half a megabyte a page until it
writes, so a larger site is indexed in parts of this size, merged into one index
(:mod:`generator.search_merge`): the indexer stays near half a gigabyte, beside MkDocs, whatever
the size of the archive."""


def _run(site: Path, output: list[str]) -> str:
    cmd = [*executable(), "--site", str(site), *output, "--force-language", "en"]
    for selector in IGNORED:
        cmd += ["--exclude-selectors", selector]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SearchIndexError(f"Pagefind failed ({proc.returncode}): {(proc.stderr or proc.stdout).strip()[-2000:]}")
    lines = [line.strip() for line in proc.stdout.splitlines() if line.strip()]
    found = [line for line in lines if line.startswith("Indexed") and "language" not in line]
    return "; ".join(found) or (lines[-1] if lines else "")


def indexed_pages(site: Path) -> list[Path]:
    """The pages whose content is marked for the index, in a fixed order."""
    marker = BODY_OPEN.encode()
    return [path for path in sorted(site.rglob("*.html"))
            if OUTPUT not in path.relative_to(site).parts[:1] and marker in path.read_bytes()]


def _index_in_parts(site: Path, pages: list[Path], part_pages: int) -> str:
    """Index ``pages`` in parts of ``part_pages``, each from a tree of links to its pages, and merge."""
    from generator.search_merge import merge

    work = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=site.parent))
    try:
        outputs = []
        for number, start in enumerate(range(0, len(pages), part_pages)):
            tree = work / f"part-{number}"
            for page in pages[start:start + part_pages]:
                target = tree / page.relative_to(site)
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(page, target)
                except OSError:
                    shutil.copyfile(page, target)
            outputs.append(work / f"index-{number}")
            _run(tree, ["--output-path", str(outputs[-1])])
            shutil.rmtree(tree)
        count = merge(outputs, site / OUTPUT)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return f"Indexed {count} pages in {len(outputs)} parts, merged into one index"


def build_index(site: Path, part_pages: int = PART_PAGES) -> str:
    """Index the built site in ``site``; a summary of what was indexed."""
    pages = indexed_pages(site)
    if len(pages) > part_pages:
        summary = _index_in_parts(site, pages, part_pages)
    else:
        summary = _run(site, ["--output-subdir", OUTPUT])
    for name in UNUSED:
        (site / OUTPUT / name).unlink(missing_ok=True)
    for folder in THEME_UNUSED:
        shutil.rmtree(site / folder, ignore_errors=True)
    for source_map in (site / "assets" / "javascripts").glob("bundle.*.min.js.map"):
        source_map.unlink()  # the theme's source map, for debugging the theme itself
    return summary
