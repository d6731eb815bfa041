"""The generated part of the site: explainer pages, their JSON, and the index pages.

``site_pages()`` turns a build result into ``{path relative to docs: content}``. The MkDocs
plugin serves those as generated files; the CLI writes them to a folder with
:func:`write_pages`, which never touches a file a person wrote.
"""
from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from slugify import slugify

from generator.build import BuildResult, code_fingerprint, write_atomic
from generator.entries import Entry, collect_actors, collect_agreements, collect_places, spellings_of
from generator.marks import GENERATED_MARK
from generator.model import Explainer, TimelineEvent, explainer_to_dict
from generator.pagecache import PageCache
from generator.render import explainer_pages, html_escape, render, source_parts

EXPLAINERS_DIR = "explainers"
INDEX_DIRS = ("actors", "agreements", "places", "timeline")
"""Folders of the cross-article pages; with ``explainers`` the only ones the generator writes."""
HOME_LATEST = 12
EXPLAINERS_PER_PAGE = 120
PAGE_BUDGET = 56_000
"""Estimated bytes of content per index page: beyond it an index is split (by letter, then in parts)."""
PEOPLE_AT_A_GLANCE = 6


@dataclass(frozen=True)
class SiteOptions:
    include_source: bool = True
    site_name: str = "News explainers"
    data_text: bool = True
    """Whether the data files hold the article's paragraphs. The site leaves them out when its
    pages print the article; the command line's output keeps them, for programs."""


def explainer_json(explainer: Explainer, *, text: bool = True) -> str:
    """The explainer's data, as the page links to it: compact, as a program reads it. Without
    ``text`` the article's paragraphs are left out (the page prints them, numbered; the data
    refers to them by number), so that the site does not hold the article twice."""
    data = explainer_to_dict(explainer)
    if not text:
        data.pop("paragraphs", None)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def _by_recency(explainers: list[Explainer]) -> list[Explainer]:
    return sorted(explainers, key=lambda e: (e.source.date or "", e.title), reverse=True)


def _anchor(name: str) -> str:
    return slugify(name, max_length=60) or "entry"


def _letter(name: str) -> str:
    first = slugify(name)[:1]
    return first if first.isalpha() else "0-9"


def _docs_path(link: str, page: str) -> str:
    """A link made by :func:`relative` from ``page``, as a path from the docs folder again."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), link))


@lru_cache(maxsize=1 << 16)
def relative(target: str, page: str) -> str:
    """A link from one docs page to another docs path (``actors/a.md#x`` from ``explainers/y.md``)."""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


@dataclass
class IndexPage:
    path: str
    title: str
    entries: list[Entry]
    part: int = 1
    parts: int = 1
    letter: str | None = None


def _place_pieces(place: Entry) -> list[Entry]:
    """A place inside a country, named in so many stories that it needs pages of its own, in
    pieces of a few dozen stories each (the same place, its stories continued)."""
    if place.weight <= PAGE_BUDGET * 0.5:
        return [place]
    size = max(1, int(PAGE_BUDGET * 0.4) // 300)
    return [replace(place, mentions=place.mentions[i:i + size]) for i in range(0, len(place.mentions), size)]


def _split_heavy(entry: Entry) -> list[Entry]:
    """An entry too big for one page (someone in hundreds of stories) and its continuations,
    each of them small enough for a page; nothing is left out."""
    if entry.weight <= PAGE_BUDGET:
        return [entry]
    items = [(key, piece) for key in ("mentions", "summary", "places") for item in getattr(entry, key)
             for piece in (_place_pieces(item) if key == "places" else [item])]
    for key in ("mentions", "summary", "places"):
        setattr(entry, key, [])
    out = [entry]
    for key, item in items:
        if out[-1].weight > PAGE_BUDGET * 0.8:
            part = len(out) + 1
            out.append(replace(entry, mentions=[], summary=[], quotes=[], places=[], quoted_only=[], part=part,
                               anchor=f"{entry.anchor}-part-{part}"))
        getattr(out[-1], key).append(item)
    return out


def lay_out(entries: list[Entry], folder: str, title: str) -> tuple[list[IndexPage], dict[str, list[IndexPage]]]:
    """Put entries on pages: all on ``folder/index.md`` when they fit, else one page per
    letter (``folder/b.md``), a letter split in parts (``b-2.md``) when it is still too big.

    Sets each entry's ``page`` and ``anchor``; returns the pages and, when split, the pages
    of each letter for the letter index.
    """
    seen: dict[str, int] = {}
    for entry in entries:
        anchor = _anchor(entry.name)
        seen[anchor] = seen.get(anchor, 0) + 1
        entry.anchor = anchor if seen[anchor] == 1 else f"{anchor}-{seen[anchor]}"
    for entry in entries:
        entry.count = len({e.slug for e, _ in entry.mentions})
        for e, _ in entry.quotes:
            entry.said[e.slug] = entry.said.get(e.slug, 0) + 1
        named = {e.slug for e, _ in entry.mentions}
        entry.quoted_only = list({e.slug: e for e, _ in entry.quotes if e.slug not in named}.values())
    entries = [piece for entry in entries for piece in _split_heavy(entry)]
    if sum(en.weight for en in entries) <= PAGE_BUDGET:
        for entry in entries:
            entry.page = f"{folder}/index.md"
        return [IndexPage(f"{folder}/index.md", title, entries)], {}
    by_letter: dict[str, list[Entry]] = {}
    for entry in entries:
        by_letter.setdefault(_letter(entry.sort), []).append(entry)
    pages: list[IndexPage] = []
    letters: dict[str, list[IndexPage]] = {}
    for letter, group in sorted(by_letter.items()):
        chunks: list[list[Entry]] = [[]]
        size = 0
        for entry in group:
            if chunks[-1] and size + entry.weight > PAGE_BUDGET:
                chunks.append([])
                size = 0
            chunks[-1].append(entry)
            size += entry.weight
        for n, chunk in enumerate(chunks, 1):
            path = f"{folder}/{letter}.md" if n == 1 else f"{folder}/{letter}-{n}.md"
            page = IndexPage(path, f"{title}: {letter.upper()}", chunk, n, len(chunks), letter)
            for entry in chunk:
                entry.page = path
            pages.append(page)
            letters.setdefault(letter, []).append(page)
    return pages, letters


_YEAR = re.compile(r"^(?:in |by |since |until |from )?(1[5-9]\d\d|20\d\d)$", re.IGNORECASE)


def event_date(event: TimelineEvent) -> str | None:
    """The event's resolved date, or the year when the article gives nothing but a year."""
    if event.date:
        return event.date
    match = _YEAR.match(" ".join(event.when.split()))
    return match.group(1) if match else None


def _dated_events(explainers: list[Explainer]) -> list[tuple[str, Explainer, TimelineEvent]]:
    events = [(event_date(ev), e, ev) for e in explainers for ev in e.timeline if event_date(ev)]
    return sorted(events, key=lambda t: (t[0], t[1].title, t[2].paragraph))


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def _numbered(folder: str, n: int) -> str:
    return f"{folder}/index.md" if n == 1 else f"{folder}/page-{n}.md"


# -- the site ---------------------------------------------------------------------------------


def site_pages(result: BuildResult, options: SiteOptions = SiteOptions()) -> dict[str, str]:
    """Every generated file of the site, by path relative to the docs folder."""
    from generator import locator, pictures
    from generator.sides import sides

    explainers = result.explainers
    cache = PageCache(result.cache_dir, salt=f"{code_fingerprint(whole=True)}\0{options!r}")
    site_key = cache.site_key([(result.keys.get(e.source.file), e.slug) for e in explainers])
    kept = cache.site(site_key)
    if kept is not None:  # the same explainers as the last build: the same site
        return kept
    latest = _by_recency(explainers)
    folding = spellings_of(explainers)
    actors = collect_actors(explainers, folding)
    agreements = collect_agreements(explainers, folding)
    places = collect_places(explainers, folding)
    actor_pages, actor_letters = lay_out(actors, "actors", "Actors")
    agreement_pages, agreement_letters = lay_out(agreements, "agreements", "Agreements")
    place_pages, place_letters = lay_out(places, "places", "Places")
    where = {
        "actor": {en.key: f"{en.page}#{en.anchor}" for en in actors},
        "agreement": {en.key: f"{en.page}#{en.anchor}" for en in agreements},
        "place": {en.key: f"{en.page}#{en.anchor}" for en in places},
    }
    for country in places:
        for place in country.places:
            where["place"].setdefault(place.key, f"{country.page}#{country.anchor}")

    pages: dict[str, str] = {}
    long_sources: dict[str, dict[int, str]] = {}
    dataset = pictures.dataset()
    for e in explainers:
        page = f"{EXPLAINERS_DIR}/{e.slug}.md"

        def link(kind: str, name: str, _page=page) -> str:
            target = where[kind].get(folding.key(name or ""))
            return relative(target, _page) if target else ""

        def make(link, e=e, page=page) -> dict[str, str]:
            files = {}
            tag_links = {html_escape(a.name): list(_docs_path(target, page).partition("#")[::2]) for a in e.actors
                         if a.type == "country" and not a.hidden and (target := link("place", a.name))}
            area = locator.locator_map(e)
            if area is not None:
                files[f"{EXPLAINERS_DIR}/{e.slug}.map.svg"] = render("_map.svg.j2", map=area, e=e, mark=GENERATED_MARK)
            diagram = sides(e)
            if diagram is not None:
                files[f"{EXPLAINERS_DIR}/{e.slug}.sides.svg"] = render("_sides.svg.j2", sides=diagram, mark=GENERATED_MARK)
            files.update(explainer_pages(
                e, include_source=options.include_source, link=link, locator=area, strip=pictures.timeline_strip(e),
                facts=pictures.country_facts(e), dataset=dataset, people_limit=PEOPLE_AT_A_GLANCE,
                tag_links=tag_links,
            ))
            files[f"{EXPLAINERS_DIR}/{e.slug}.json"] = explainer_json(e, text=options.data_text or not options.include_source)
            return files

        # Unchanged explainers whose index links have not moved are not rendered again.
        files = cache.files(result.keys.get(e.source.file), e.slug, link, make)
        if f"{EXPLAINERS_DIR}/{e.slug}/source.md" in files:
            long_sources[e.slug] = {p: f"{EXPLAINERS_DIR}/{e.slug}/source.md" if n == 1 else
                                    f"{EXPLAINERS_DIR}/{e.slug}/source-{n}.md"
                                    for n, (first, last) in enumerate(source_parts(e), 1) for p in range(first, last)}
        pages.update(files)

    def paragraph_page(e: Explainer, paragraph: int) -> str:
        """The page that prints a paragraph of an article: its explainer, or a page of a long source."""
        return long_sources.get(e.slug, {}).get(paragraph, f"{EXPLAINERS_DIR}/{e.slug}.md")

    common = {"mark": GENERATED_MARK, "relative": relative, "include_source": options.include_source,
              "paragraph_page": paragraph_page}
    for folder, title, laid, letters, template, intro in (
        ("actors", "Actors", actor_pages, actor_letters, "actors_index.md.j2",
         "Everyone the explainers name, each once, with every explainer they appear in and a link to what they are "
         "quoted as saying there. People are sorted by surname."),
        ("agreements", "Agreements", agreement_pages, agreement_letters, "agreements_index.md.j2",
         "Every treaty, pact, ceasefire and pledge the explainers name, with what the articles say about them."),
        ("places", "Places", place_pages, place_letters, "places_index.md.j2",
         "The countries the explainers name, with the towns and places in them, and each explainer set there."),
    ):
        if letters:
            pages[f"{folder}/index.md"] = render("letters_index.md.j2", title=title, folder=folder, letters=letters,
                                                 intro=intro,
                                                 top=sorted((en for p in laid for en in p.entries if en.part == 1),
                                                            key=lambda en: -en.count)[:30],
                                                 **common)
        for index_page in laid:
            pages[index_page.path] = render(template, page=index_page, title=title, folder=folder,
                                            split=bool(letters), letters=letters, **common)

    events = _dated_events(explainers)
    parts = _chunks(events, max(1, PAGE_BUDGET // 700))
    for n, chunk in enumerate(parts, 1):
        pages[_numbered("timeline", n)] = render(
            "timeline_index.md.j2", events=chunk, part=n, parts=len(parts), numbered=_numbered,
            path=_numbered("timeline", n), **common)

    lists = _chunks(latest, EXPLAINERS_PER_PAGE)
    for n, chunk in enumerate(lists, 1):
        pages[_numbered(EXPLAINERS_DIR, n)] = render(
            "explainers_index.md.j2", explainers=chunk, part=n, parts=len(lists), numbered=_numbered,
            path=_numbered(EXPLAINERS_DIR, n), total=len(latest), **common)
    pages["index.md"] = render(
        "home.md.j2", latest=latest[:HOME_LATEST], total=len(latest), site_name=options.site_name,
        counts={"actors": len(actors), "agreements": len(agreements), "places": len(places), "events": len(events)},
        **common)
    cache.keep_site(site_key, pages)
    return pages


def is_generated(path: Path) -> bool:
    """Whether a file on disk was written by this generator (and so may be replaced)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(2048).decode("utf-8", "replace")
    except OSError:
        return False
    if path.suffix == ".json":
        return re.search(r'"schema":\s?"explainer/', head) is not None
    return GENERATED_MARK in head


@dataclass
class WriteReport:
    written: list[str]
    unchanged: list[str]
    removed: list[str]
    kept: list[str]
    """Paths a person wrote, left alone although the generator has a page of that name."""


def write_pages(pages: dict[str, str], out: Path) -> WriteReport:
    """Write generated pages under ``out``; only files whose content changed are rewritten.

    A file that exists but was not generated is never overwritten. Generated files under
    ``out/explainers`` that are no longer produced (their seed is gone) are removed.
    """
    report = WriteReport([], [], [], [])
    root = out.resolve()
    for rel, content in sorted(pages.items()):
        path = out / rel
        if not path.resolve().is_relative_to(root):
            raise ValueError(f"refusing to write outside {out}: {rel}")
        if path.exists():
            if not is_generated(path):
                report.kept.append(rel)
                continue
            if path.read_text(encoding="utf-8", errors="replace") == content:
                report.unchanged.append(rel)
                continue
        write_atomic(path, content)
        report.written.append(rel)
    for name in (EXPLAINERS_DIR, *INDEX_DIRS):
        folder = out / name
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            rel = f"{name}/{path.name}"
            if name == EXPLAINERS_DIR and path.is_dir() and not path.is_symlink():
                # The pages a long explainer is split into: explainers/<slug>/source.md ...
                for inner in sorted(path.iterdir()):
                    inner_rel = f"{rel}/{inner.name}"
                    if inner_rel not in pages and inner.is_file() and not inner.is_symlink() and is_generated(inner):
                        inner.unlink()
                        report.removed.append(inner_rel)
                if not any(path.iterdir()):
                    path.rmdir()
            elif rel not in pages and path.is_file() and not path.is_symlink() and is_generated(path):
                path.unlink()
                report.removed.append(rel)
    return report
