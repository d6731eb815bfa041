"""Stable, unique, URL-safe slugs for explainer pages."""
from __future__ import annotations

import re
from pathlib import PurePosixPath

from slugify import slugify

MAX_LENGTH = 80
RESERVED = re.compile(r"index|page-\d+")
"""Names the generated indexes use in the explainers folder; an article never takes them."""


def base_slug(title: str, fallback: str) -> str:
    """The headline as a slug; the seed's file stem when the headline has no usable letters."""
    return slugify(title, max_length=MAX_LENGTH, word_boundary=True) or slugify(fallback, max_length=MAX_LENGTH) or "article"


def assign_slugs(items: list[tuple[str, str, str | None]]) -> dict[str, str]:
    """``(file name, title, slug asked for)`` -> slug per file name.

    Seeds are taken in file-name order; when two want the same slug, the first keeps it
    and the others get their file stem appended, so adding a seed never renames another
    whose name sorts earlier.
    """
    taken: set[str] = set()
    out: dict[str, str] = {}
    for name, title, wanted in sorted(items):
        stem = PurePosixPath(name).stem
        slug = slugify(wanted, max_length=MAX_LENGTH) if wanted else ""
        slug = slug or base_slug(title, stem)
        if slug in taken or RESERVED.fullmatch(slug):
            slug = f"{slug}-{slugify(stem, max_length=40) or 'article'}"
        n = 2
        candidate = slug
        while candidate in taken:
            candidate = f"{slug}-{n}"
            n += 1
        taken.add(candidate)
        out[name] = candidate
    return out
