"""Rendered files of each explainer, kept between builds next to the explainer cache.

An explainer page is a function of the explainer (itself fixed by the build's cache key and
the slug), the generator's code, the site options, and the links it makes to the
cross-article indexes, which depend on the other articles. The links are recorded when the
page is rendered; the stored files are reused only while every recorded link still leads to
the same place. So adding or changing one seed re-renders that seed's page, the few whose
links moved, and the cross-article indexes.

The whole site is a function of its explainers (each fixed by its cache key and slug), the
code and the options, so the last site built is kept as well: a rebuild with nothing changed
renders nothing at all.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

Link = Callable[[str, str], str]


class PageCache:
    def __init__(self, folder: Path | None, salt: str = ""):
        self.folder = folder
        """``None`` keeps nothing: every page is rendered."""
        self.salt = salt
        """What every page depends on besides its explainer (code, options)."""
        self._used: dict[str, list[str]] = {}
        """The entries this build used, by path under ``folder``, with the files each holds."""

    def files(self, key: str | None, slug: str, link: Link, make: Callable[[Link], dict[str, str]]) -> dict[str, str]:
        """``make(link)`` -> ``{path: content}`` for one explainer, or the stored result of an earlier call."""
        if self.folder is None or key is None:
            return make(link)
        path = self._path(key, slug)
        entry = self._read(path)
        if entry is not None and all(link(kind, name) == target for kind, name, target in entry["links"]):
            files = entry["files"]
        else:
            asked: dict[tuple[str, str], str] = {}

            def recording(kind: str, name: str) -> str:
                target = asked[(kind, name)] = link(kind, name)
                return target

            files = make(recording)
            self._write(path, {"files": files, "links": [[k, n, t] for (k, n), t in asked.items()]})
        self._used[path.relative_to(self.folder).as_posix()] = list(files)
        return files

    def site_key(self, explainers: list[tuple[str | None, str]]) -> str | None:
        """The key of a whole site made of ``(cache key, slug)`` explainers, if all are known."""
        if self.folder is None or any(key is None for key, _ in explainers):
            return None
        h = hashlib.sha256(self.salt.encode())
        for key, slug in sorted(explainers):
            h.update(f"\0{key}\0{slug}".encode())
        return h.hexdigest()

    def site(self, key: str | None) -> dict[str, str] | None:
        """Every page of the last site built, if it was built from the same explainers."""
        if key is None:
            return None
        try:
            site = json.loads((self.folder / "site.json").read_text(encoding="utf-8"))
            if site["key"] != key:
                return None
            pages = dict(site["pages"])
            for rel in site["entries"]:
                entry = self._read(self.folder / rel)
                if entry is None:
                    return None
                pages.update(entry["files"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return pages

    def keep_site(self, key: str | None, pages: dict[str, str]) -> None:
        """Keep what makes this site: its own pages (the indexes), and which explainer
        entries hold the rest. Only the latest site is kept."""
        if key is None:
            return
        held = {path for files in self._used.values() for path in files}
        own = {path: content for path, content in pages.items() if path not in held}
        self._write(self.folder / "site.json", {"key": key, "pages": own, "entries": sorted(self._used)})

    def _path(self, key: str, slug: str) -> Path:
        digest = hashlib.sha256(f"{self.salt}\0{key}\0{slug}".encode()).hexdigest()
        return self.folder / "pages" / digest[:2] / f"{digest}.json"

    @staticmethod
    def _read(path: Path) -> dict | None:
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or not isinstance(entry.get("files"), dict) or not isinstance(entry.get("links"), list):
            return None
        return entry

    @staticmethod
    def _write(path: Path, entry: dict) -> None:
        from generator.build import write_atomic

        try:
            write_atomic(path, json.dumps(entry, ensure_ascii=False))
        except OSError:
            pass  # a cache that cannot be written only costs time
