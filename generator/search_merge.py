"""One Pagefind index from several, so that a large site is indexed in parts.

Pagefind's indexer holds every page's words in memory until it writes the index: about half
a megabyte a page, so some 5 GB for 10,000 explainers. Indexed in parts of a few thousand pages
each and merged here, the peak is that of one part, while the reader's browser still loads one
index: one page list, one word chunk per word typed, one snippet file per result.

The merge reads and writes Pagefind's own files (version 1.5, the pinned one):

* ``pagefind-entry.json``: the language, the hash naming its ``pf_meta`` file, the page count;
* ``pagefind.<hash>.pf_meta``: the version, the pages (fragment hash, word count) in page-number
  order, the word chunks (first word, last word, hash), filters, sorts and the names of the
  metadata fields;
* ``index/<hash>.pf_index``: words in sorted order, each with its pages (page number, delta-coded
  within the word, the positions on the page, and the positions in metadata fields, whose field
  numbers are marked by negative entries) and its spellings with diacritics;
* ``fragment/<hash>.pf_fragment``: one page's text and metadata, copied as it is.

All but the entry file are gzip-compressed CBOR behind the marker ``pagefind_dcd``.

Pages keep their order: the pages of part 2 follow those of part 1. Words are merged as a
stream (each part's chunks are already in word order), so the merge holds one chunk a part.
"""
from __future__ import annotations

import gzip
import hashlib
import heapq
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MARKER = b"pagefind_dcd"
CHUNK_SIZE = 20_000
"""Positions per word chunk before a new one starts: Pagefind's own default."""
VERSIONS = ("1.5.",)
"""The Pagefind versions whose file layout this module knows."""


class MergeError(RuntimeError):
    pass


@dataclass
class Part:
    """One part's index: its folder, page-number offset in the merged index and field mapping."""

    folder: Path
    meta: list
    offset: int
    fields: list[int]


def _read(path: Path):
    import cbor2

    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(MARKER):
        raise MergeError(f"{path} is not a Pagefind index file")
    return cbor2.loads(raw[len(MARKER):])


def _write(folder: Path, kind: str, data, suffix: str) -> str:
    """Write ``data`` as a Pagefind file named by its content; its hash."""
    import cbor2

    body = MARKER + cbor2.dumps(data)
    name = "en_" + hashlib.sha256(body).hexdigest()[:10]
    path = folder / kind / f"{name}.{suffix}" if kind else folder / f"pagefind.{name}.{suffix}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(body, compresslevel=9, mtime=0))
    return name


def _entry(folder: Path) -> dict:
    entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
    if not str(entry.get("version", "")).startswith(VERSIONS):
        raise MergeError(f"Pagefind {entry.get('version')} is not a version this merge knows ({', '.join(VERSIONS)}x)")
    if list(entry["languages"]) != ["en"]:
        raise MergeError(f"{folder}: one language, 'en', is expected; found {sorted(entry['languages'])}")
    return entry


def _words(part: Part) -> Iterator[tuple[str, int, list]]:
    """(word, pages, spellings with diacritics) of one part, in word order, page numbers absolute."""
    for first, last, chunk_hash in part.meta[2]:
        for word, pages, variants in _read(part.folder / "index" / f"{chunk_hash}.pf_index")[0]:
            yield word, _absolute(pages, part), [[form, _absolute(vpages, part)] for form, vpages in variants]


def _absolute(pages: list, part: Part) -> list:
    """Pages of one word: delta-coded page numbers made absolute, shifted, field numbers remapped."""
    out, number = [], 0
    for delta, locs, meta_locs in pages:
        number += delta
        if meta_locs:
            meta_locs = [-(part.fields[-loc - 1]) - 1 if loc < 0 else loc for loc in meta_locs]
        out.append([number + part.offset, locs, meta_locs])
    return out


def _delta(pages: list) -> list:
    out, last = [], 0
    for number, locs, meta_locs in pages:
        out.append([number - last, locs, meta_locs])
        last = number
    return out


def _size(pages: list) -> int:
    return sum(len(locs) + len(meta_locs) + 1 for _, locs, meta_locs in pages)


def _merged_words(parts: list[Part]) -> Iterator[list]:
    """The merged packed words, in word order: one word's pages from every part, in page order."""
    streams = [_words(part) for part in parts]
    current: list | None = None
    for word, pages, variants in heapq.merge(*streams, key=lambda item: item[0]):
        if current is not None and current[0] == word:
            current[1].extend(pages)
            forms = {form: vpages for form, vpages in current[2]}
            for form, vpages in variants:
                if form in forms:
                    forms[form].extend(vpages)
                else:
                    current[2].append([form, vpages])
            continue
        if current is not None:
            yield current
        current = [word, list(pages), [[form, list(vpages)] for form, vpages in variants]]
    if current is not None:
        yield current


def _prefixes(a: str, b: str) -> tuple[str, str]:
    """The shortest prefixes that still tell the last word of a chunk from the first of the next."""
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return a[:common + 1], b[:common + 1]


def merge(folders: list[Path], out: Path) -> int:
    """Merge the Pagefind indexes in ``folders`` (in page order) into ``out``; the page count."""
    if not folders:
        raise MergeError("nothing to merge")
    entries = [_entry(folder) for folder in folders]
    metas = [_read(folder / f"pagefind.{entry['languages']['en']['hash']}.pf_meta")
             for folder, entry in zip(folders, entries)]
    for folder, meta in zip(folders, metas):
        if meta[3] or meta[4]:
            raise MergeError(f"{folder}: filters and sorts are not merged; the site uses neither")
    fields = sorted({name for meta in metas for name in meta[5]})
    parts, offset = [], 0
    for folder, meta in zip(folders, metas):
        parts.append(Part(folder, meta, offset, [fields.index(name) for name in meta[5]]))
        offset += len(meta[1])

    if out.exists():
        shutil.rmtree(out)
    (out / "fragment").mkdir(parents=True)
    pages: list[list] = []
    placed: dict[str, bytes] = {}
    for part in parts:
        for fragment_hash, word_count in part.meta[1]:
            body = (part.folder / "fragment" / f"{fragment_hash}.pf_fragment").read_bytes()
            name = fragment_hash
            while name in placed and placed[name] != body:  # two pages, one short hash
                name = "en_" + hashlib.sha256(body).hexdigest()[:len(name) - 2]
            if name not in placed:
                placed[name] = body
                (out / "fragment" / f"{name}.pf_fragment").write_bytes(body)
            pages.append([name, word_count])
    placed.clear()

    chunks: list[list] = []
    batch: list[list] = []
    size = 0
    for word, word_pages, variants in _merged_words(parts):
        batch.append([word, _delta(word_pages), [[form, _delta(vpages)] for form, vpages in variants]])
        size += _size(word_pages)
        if size >= CHUNK_SIZE:
            chunks.append([batch[0][0], batch[-1][0], _write(out, "index", [batch], "pf_index")])
            batch, size = [], 0
    if batch:
        chunks.append([batch[0][0], batch[-1][0], _write(out, "index", [batch], "pf_index")])
    for left, right in zip(chunks, chunks[1:]):
        to, start = _prefixes(left[1], right[0])
        if to >= left[0]:
            left[1] = to
        right[0] = start

    meta = [metas[0][0], pages, chunks, [], [], fields]
    meta_hash = _write(out, "", meta, "pf_meta")
    for item in folders[0].iterdir():
        if item.is_file() and not item.name.endswith(".pf_meta") and item.name != "pagefind-entry.json":
            shutil.copy2(item, out / item.name)
    entry = entries[0]
    entry["languages"]["en"].update(hash=meta_hash, page_count=len(pages))
    (out / "pagefind-entry.json").write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    return len(pages)
