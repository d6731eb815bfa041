"""Explainer -> Markdown, through the Jinja templates in ``generator/templates``.

Article text is untrusted. Templates print it through two filters:

* ``md``: for text inside Markdown (lists, tables, admonitions). HTML is escaped and every
  character Markdown or its extensions treat as syntax becomes a numeric character
  reference, so the text shows as written and can never become a link, image, tag,
  table cell break or attribute list.
* ``html``: for text inside raw HTML blocks (the source paragraphs), HTML-escaped.
"""
from __future__ import annotations

import html
import json
import re
from functools import lru_cache

import yaml

from generator.claims import page_view
from generator.marks import GENERATED_MARK
from generator.model import Explainer

# Characters with a meaning in Markdown, pymdown-extensions, attr_list or MkDocs templates.
_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+!|~^=:<>&\"'$%-]")
_LINE_START = re.compile(r"^(\s*)(\d+)\.")
# What Markdown reads inside a line, even between raw HTML tags.
_INLINE_SPECIAL = re.compile(r"[\\`*_{}\[\]|~^]")


def md_escape(text: object) -> str:
    """Text that Markdown shows exactly as written."""
    text = " ".join(str(text or "").split())
    text = _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", text)
    return _LINE_START.sub(r"\1\2&#46;", text)  # "1. " at the start would open a list


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def human_date(iso: object) -> str:
    """An ISO date (``2021-03-06``, ``2006-06`` or ``1994``) as a reader writes it, in a
    ``<time>`` element that keeps the ISO form."""
    value = str(iso or "")
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not match or (match.group(2) and not 1 <= int(match.group(2)) <= 12):
        return html_escape(value)
    year, month, day = match.groups()
    words = " ".join(part for part in (str(int(day)) if day else "", _MONTHS[int(month) - 1] if month else "", year) if part)
    return f'<time datetime="{value}">{words}</time>'


def opening(text: object, words: int = 6) -> str:
    """The first few words of a passage, with an ellipsis when there is more: how a section
    refers to a passage that another section of the page shows in full."""
    parts = str(text or "").split()
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]).rstrip(",;:") + " …"


def html_escape(text: object) -> str:
    """Text for raw HTML. Templates also put raw HTML inside Markdown lines
    (``- <span>{{ x|html }}</span>``), where Markdown still reads links, emphasis and code
    between the tags, so those characters become character references as well."""
    text = html.escape(" ".join(str(text or "").split()), quote=True)
    return _INLINE_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", text)


def _front_value(value: object) -> object:
    if isinstance(value, dict):
        return {str(k): _front_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_front_value(v) for v in value]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return html_escape(value)


def front_matter(**values: object) -> str:
    """YAML front matter whose text values are HTML-escaped strings (themes print them raw);
    lists, mappings and numbers keep their shape (``tags``, ``search: {boost: 2}``)."""
    clean = {k: _front_value(v) for k, v in values.items() if v}
    # The mark comes first, so that a very long title cannot push it past what is_generated() reads.
    return f"---\n# {GENERATED_MARK}\n" + yaml.safe_dump(clean, allow_unicode=True, sort_keys=False, width=10_000) + "---\n"


def counted(n: int, one: str, many: str | None = None) -> str:
    """``1 explainer``, ``2 explainers``, ``1,200 entries`` (``many`` for a plural not made with -s)."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"


@lru_cache(maxsize=1)
def environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator", "templates"),
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["md"] = md_escape
    env.filters["html"] = html_escape
    env.filters["opening"] = opening
    env.filters["human_date"] = human_date
    env.filters["tojson_compact"] = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)
    env.globals["front_matter"] = front_matter
    env.globals["counted"] = counted
    return env


def render(template: str, **context: object) -> str:
    """Render one template to Markdown; output ends with exactly one newline."""
    text = environment().get_template(template).render(**context)
    return re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"


PAGE_BUDGET = 45_000
"""Characters of Markdown an explainer page may hold: about 75 KB of HTML with the theme's
frame. A longer explainer puts its source article, then its quotes, on pages of their own."""
PART_BUDGET = 30_000
"""Characters of article text (or of quotations) on each of those pages."""


def _speakers(explainer: Explainer) -> list[dict]:
    by_speaker: dict[str, list] = {}
    for quote in explainer.quotes:
        by_speaker.setdefault(quote.speaker_id or quote.speaker or "", []).append(quote)
    speakers = []
    for key, quotes in by_speaker.items():
        actor = explainer.actor(quotes[0].speaker_id)
        speakers.append({"key": key, "name": quotes[0].speaker, "role": quotes[0].role or (actor.role if actor else None),
                         "actor": actor, "quotes": quotes})
    speakers.sort(key=lambda s: s["name"] is None)
    return speakers


def lead_paragraph(explainer: Explainer) -> int:
    return explainer.paragraphs.index(explainer.lead) if explainer.lead in explainer.paragraphs else 0


def _context(explainer: Explainer, include_source: bool, site: dict) -> dict:
    from generator.sides import sides

    people = [a for a in explainer.actors if a.type == "person" and not a.hidden]
    strip = site.get("strip", explainer.timeline)
    return {
        "e": explainer,
        "people": people,
        "countries": [a for a in explainer.actors if a.type == "country" and not a.hidden],
        "organizations": [a for a in explainer.actors if a.type == "organization" and not a.hidden],
        "places": [a for a in explainer.actors if a.type == "place" and not a.hidden],
        "groups": [a for a in explainer.actors if a.type == "group" and not a.hidden],
        "speakers": _speakers(explainer),
        "sides": sides(explainer),
        "statements": explainer.statements,
        "include_source": include_source,
        "link": lambda kind, name: "", "locator": None, "strip": explainer.timeline, "facts": [], "dataset": None,
        "people_limit": 6, "at": lambda p: f"#p{p}", "main": "", "source_pages": None, "quotes_pages": None,
        "tag_links": {},
        **site,
        "lead_at": lead_paragraph(explainer),
        "view": page_view(explainer, strip, lead_paragraph=lead_paragraph(explainer)),
    }


def render_explainer(explainer: Explainer, *, include_source: bool = True, **site: object) -> str:
    """The explainer page for one article, all of it on one page.

    ``site`` carries what the page shows from beyond the article (see :func:`generator.site.site_pages`):
    ``link(kind, name)`` to the cross-article indexes, the ``locator`` map, the timeline ``strip``,
    country ``facts`` and their ``dataset``. Without it the page has the article's content alone.
    """
    return render("explainer.md.j2", **_context(explainer, include_source, site))


def _chunks(items: list, size, budget: int) -> list[list]:
    """``items`` in runs of at most ``budget`` by ``size(item)`` (a longer item has a run of its own)."""
    runs: list[list] = []
    total = budget + 1
    for item in items:
        if total + size(item) > budget:
            runs.append([])
            total = 0
        runs[-1].append(item)
        total += size(item)
    return runs


def source_parts(explainer: Explainer, budget: int = PART_BUDGET) -> list[tuple[int, int]]:
    """The paragraphs of each page of a long article, as (first, last + 1)."""
    runs = _chunks(list(enumerate(explainer.paragraphs)), lambda item: len(item[1]) + 80, budget)
    return [(run[0][0], run[-1][0] + 1) for run in runs]


def explainer_pages(explainer: Explainer, *, include_source: bool = True, budget: int = PAGE_BUDGET,
                    **site: object) -> dict[str, str]:
    """The explainer page, ``explainers/<slug>.md``, and for a long article the pages its
    source article (``explainers/<slug>/source.md``, ``source-2.md`` ...) and then its quotes
    (``quotes.md`` ...) are moved to, so that no page grows with the article. Paragraph links
    lead to the page that holds the paragraph."""
    slug = explainer.slug
    context = _context(explainer, include_source, site)
    page = render("explainer.md.j2", **context)
    if len(page) <= budget:
        return {f"explainers/{slug}.md": page}
    # Links from the parts, which sit in explainers/<slug>/, and from the page, beside that folder.
    part = {**context, "main": f"../{slug}.md", "what": "", "at": lambda p: f"../{slug}.md#p{p}"}
    files: dict[str, str] = {}

    def add(names: list[str], labels: list[str], pages: list[dict]) -> None:
        for name, label, extra in zip(names, labels, pages):
            siblings = [(None if other == name else other, lbl) for other, lbl in zip(names, labels)]
            files[f"explainers/{slug}/{name}"] = render("explainer_part.md.j2", **{**part, **extra, "siblings": siblings})

    if include_source:
        parts = source_parts(explainer)
        names = ["source.md" if n == 1 else f"source-{n}.md" for n in range(1, len(parts) + 1)]
        holder = {p: name for name, (first, last) in zip(names, parts) for p in range(first, last)}
        context["at"] = lambda p: f"{slug}/{holder.get(p, names[0])}#p{p}"
        part["at"] = lambda p: f"{holder.get(p, names[0])}#p{p}"
        context["source_pages"] = [(f"{slug}/{name}", first, last) for name, (first, last) in zip(names, parts)]
        add(names, [f"paragraphs {first + 1} to {last}" for first, last in parts],
            [{"what": f"source article, paragraphs {first + 1} to {last}", "paragraphs": explainer.paragraphs[first:last],
              "first": first} for first, last in parts])
        page = render("explainer.md.j2", **context)
    if len(page) > budget and context["speakers"]:
        runs = _chunks(context["speakers"], lambda s: sum(len(q.sentence or q.text) + 250 for q in s["quotes"]),
                       PART_BUDGET)
        names = ["quotes.md" if n == 1 else f"quotes-{n}.md" for n in range(1, len(runs) + 1)]
        context["quotes_pages"] = [(f"{slug}/{name}", run[0]["name"] or "Unattributed", run[-1]["name"] or "Unattributed")
                                   for name, run in zip(names, runs)]
        add(names, [f"quotes {n}" for n in range(1, len(runs) + 1)],
            [{"what": f"quotes, part {n} of {len(runs)}", "paragraphs": None, "speakers": run,
              "statements": explainer.statements if n == len(runs) else []} for n, run in enumerate(runs, 1)])
        page = render("explainer.md.j2", **context)
    return {f"explainers/{slug}.md": page, **files}
