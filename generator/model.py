"""The content model: what the reader produces and what the extractors and renderer share.

Data flows one way: ``Article`` (reader) -> ``ParsedArticle`` (nlp) -> extractors ->
``Explainer`` (this module) -> renderer and JSON. Everything here is a plain dataclass; it
becomes JSON only at the edge, in :func:`explainer_to_dict`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA = "explainer/1"


@dataclass(frozen=True)
class Source:
    """Where an article came from: the seed file and what its front matter says."""

    file: str
    """The seed's file name (no folders)."""
    sha256: str
    """Hash of the seed's bytes."""
    title: str
    """The headline."""
    date: str | None = None
    """Publication date as ISO ``YYYY-MM-DD`` (or as written when it does not parse)."""
    url: str | None = None
    """The original article's address."""
    author: str | None = None
    publisher: str | None = None
    licence: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the article body; ``index`` is 0-based, the headline excluded."""

    index: int
    text: str


@dataclass(frozen=True)
class Article:
    """A seed as read from disk: headline, paragraphs and metadata."""

    source: Source
    paragraphs: tuple[Paragraph, ...]
    slug_hint: str | None = None
    """A slug asked for in the front matter, if any."""

    @property
    def title(self) -> str:
        return self.source.title


@dataclass
class BackgroundItem:
    text: str
    """A verbatim (possibly trimmed) passage of the article."""
    paragraph: int
    kind: str = "context"
    """``history``, ``context`` or ``figure``."""
    figure: str | None = None
    """For ``figure`` items: the number as written (``more than 5,000``, ``1,500 sq km``)."""
    rules: list[str] = field(default_factory=list)
    """Ids of the extraction rules that produced it (``generator/data/rules/``)."""


@dataclass
class Actor:
    id: str
    name: str
    """Canonical name."""
    type: str
    """``person``, ``country``, ``organization``, ``place`` or ``group``."""
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    paragraphs: list[int] = field(default_factory=list)
    country: str | None = None
    """For people, organisations and places: the country they belong to or lie in."""
    lat: float | None = None
    lon: float | None = None
    summary: list[BackgroundItem] = field(default_factory=list)
    """What they did and said in this story: the article's own sentences."""
    hidden: bool = False
    """Set by a correction: kept in the data, left off the page."""
    rules: list[str] = field(default_factory=list)
    """Ids of the rules that found, typed and merged it, and gave its role."""


@dataclass
class Quote:
    text: str
    """The quoted words, verbatim from the article."""
    speaker: str | None
    """Canonical name of the speaker, or ``None`` when it is not certain."""
    speaker_id: str | None = None
    role: str | None = None
    cue: str | None = None
    """The speech verb (``said``, ``told``) or cue (``according to``)."""
    kind: str = "full"
    """``full`` or ``partial`` (a phrase quoted inside reported speech)."""
    paragraph: int = 0
    sentence: str | None = None
    """The sentence that holds the quote, verbatim: context for partial quotes."""
    note: str | None = None
    """Why the speaker is unknown, when it is."""
    body_id: str | None = None
    """For a speaker the article does not name (``a spokesman for the ministry``): the actor
    they speak for, when it is one."""
    rules: list[str] = field(default_factory=list)
    """Ids of the rules that found the quotation and chose (or declined to name) its speaker."""


@dataclass
class Statement:
    """Reported speech without quotation marks: the article's own sentence and who said it."""

    text: str
    speaker: str | None
    speaker_id: str | None = None
    role: str | None = None
    cue: str | None = None
    paragraph: int = 0
    body_id: str | None = None
    """For a speaker the article does not name: the actor they speak for, when it is one."""
    rules: list[str] = field(default_factory=list)


@dataclass
class Agreement:
    name: str
    """As the article names or describes it."""
    year: int | None = None
    parties: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    """Verbatim sentences about it."""
    status: str | None = None
    """In this story: ``invoked``, ``signed``, ``pledged``, ``violated``, ``collapsed`` ..."""
    paragraphs: list[int] = field(default_factory=list)
    type: str | None = None
    """``treaty``, ``ceasefire``, ``pledge`` ..."""
    aliases: list[str] = field(default_factory=list)
    mediators: list[str] = field(default_factory=list)
    signed: str | None = None
    """Date and place of signing, as the article gives them."""
    covers: list[BackgroundItem] = field(default_factory=list)
    excludes: list[BackgroundItem] = field(default_factory=list)
    obligations: list[BackgroundItem] = field(default_factory=list)
    conditions: list[BackgroundItem] = field(default_factory=list)
    """What must happen for it to take effect (ratification, entry into force)."""
    status_text: BackgroundItem | None = None
    """The sentence that gives ``status``."""
    status_claimed: bool = False
    """Whether ``status`` is only a claim of someone quoted or reported, not told by the article itself."""
    status_by: str | None = None
    """Who claims ``status``, when it is a claim and the article says who."""
    rules: list[str] = field(default_factory=list)
    """Ids of the rules that found its mentions, named it and gave its parties and status."""


@dataclass
class TimelineEvent:
    text: str
    """The sentence that tells of the event, verbatim."""
    paragraph: int
    when: str
    """The date expression as written (``on Saturday``, ``in 1994``)."""
    date: str | None = None
    """Resolved ISO date (``1994`` or ``2020-10-31``) where it can be resolved."""
    rules: list[str] = field(default_factory=list)


@dataclass
class SummaryPoint:
    """One of the few points at the top of the page: a sentence of the article, or its first
    clause, verbatim."""

    text: str
    paragraph: int
    rules: list[str] = field(default_factory=list)
    """Ids of the rules that made it salient (``generator/data/rules/summary.tsv``)."""


@dataclass
class Relation:
    """How two actors stand, as the article states it: ``subject`` ``kind`` ``object``."""

    subject: str
    """Actor id of the first end (the backer, the attacker, the supplier, the mediator)."""
    kind: str
    """``backs``, ``allied``, ``fights``, ``mediates``, ``supplies``, ``condemns`` or ``welcomes``."""
    object: str
    """Actor id of the other end."""
    paragraph: int
    evidence: str
    """The words of the article that state it, verbatim."""
    claimed_by: str | None = None
    """Actor id of the speaker when the relation is stated only in their quoted or reported
    words: their claim, not the article's."""
    rules: list[str] = field(default_factory=list)


@dataclass
class Explainer:
    """Everything one explainer page shows, and its JSON."""

    source: Source
    slug: str
    title: str
    lead: str
    paragraphs: list[str]
    summary: list[SummaryPoint] = field(default_factory=list)
    """What a reader needs to know: three to five points, in article order."""
    relations: list[Relation] = field(default_factory=list)
    background: list[BackgroundItem] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    """Sections whose extractor failed on this article, with the error: shown empty, with a note."""
    schema: str = SCHEMA

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None) if actor_id else None


_LEAVES = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` for the values of this module (dataclasses, lists, tuples and dicts of
    strings, numbers and None), without its deep copy of every string: those cannot change. Most
    values are strings and numbers, returned at once; each dataclass's field names are read once."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    if kind is list:
        return [_plain(v) for v in value]
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


def explainer_to_dict(explainer: Explainer) -> dict[str, Any]:
    """The JSON form (schema ``explainer/1``), keys in a stable order."""
    data = _plain(explainer)
    data["source"]["tags"] = list(explainer.source.tags)
    order = ["schema", "source", "slug", "title", "lead", "summary", "relations", "background", "actors", "quotes",
             "statements", "agreements", "timeline", "failed", "paragraphs"]
    return {key: data[key] for key in order}


def _build(cls, data: dict[str, Any]):
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def explainer_from_dict(data: dict[str, Any]) -> Explainer:
    """Inverse of :func:`explainer_to_dict` (used by the build cache)."""
    source = dict(data["source"])
    source["tags"] = tuple(source.get("tags") or ())

    def items(key, cls):
        return [_build(cls, d) for d in data.get(key) or []]

    def actor(d):
        d = dict(d)
        d["summary"] = [_build(BackgroundItem, s) for s in d.get("summary") or []]
        return _build(Actor, d)

    def agreement(d):
        d = dict(d)
        for key in ("covers", "excludes", "obligations", "conditions"):
            d[key] = [_build(BackgroundItem, s) for s in d.get(key) or []]
        if d.get("status_text"):
            d["status_text"] = _build(BackgroundItem, d["status_text"])
        return _build(Agreement, d)

    return Explainer(
        source=_build(Source, source),
        slug=data["slug"],
        title=data["title"],
        lead=data["lead"],
        paragraphs=list(data.get("paragraphs") or []),
        summary=items("summary", SummaryPoint),
        relations=items("relations", Relation),
        background=items("background", BackgroundItem),
        actors=[actor(d) for d in data.get("actors") or []],
        quotes=items("quotes", Quote),
        statements=items("statements", Statement),
        agreements=[agreement(d) for d in data.get("agreements") or []],
        timeline=items("timeline", TimelineEvent),
        failed=dict(data.get("failed") or {}),
        schema=data.get("schema", SCHEMA),
    )
