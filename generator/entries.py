"""The cross-article entries: each actor, agreement and country once, with every explainer
that names it, merged across the ways the articles spell it (:mod:`generator.spellings`).
:mod:`generator.site` lays them out on the index pages."""
from __future__ import annotations

from dataclasses import dataclass, field

from generator.model import Explainer, Quote
from generator.spellings import Spellings, display_name, variants


def name_key(name: str) -> str:
    """Case, spacing and curly apostrophes ignored: the names of one entry that the index does
    not show as other spellings."""
    return " ".join(name.replace("\u2019", "'").casefold().split())


def _sort_name(name: str, kind: str) -> str:
    """People sort by surname, everything else by its name."""
    words = name.split()
    if kind == "person" and len(words) > 1:
        return name_key(" ".join([words[-1], *words[:-1]]))
    return name_key(name)


@dataclass
class Entry:
    """One row of a cross-article index: an actor, agreement or country, with where it appears."""

    key: str
    name: str
    kind: str
    sort: str
    anchor: str = ""
    page: str = ""
    """Docs path of the index page that shows it."""
    roles: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    """Short facts shown beside the name: types, years, countries (each as the articles give it)."""
    mentions: list[tuple[Explainer, list[int]]] = field(default_factory=list)
    quotes: list[tuple[Explainer, Quote]] = field(default_factory=list)
    summary: list[tuple[Explainer, str, int]] = field(default_factory=list)
    """Sentences about it: (explainer, sentence, paragraph)."""
    places: list["Entry"] = field(default_factory=list)
    part: int = 1
    """2, 3 ... for the continuations of an entry too big for one page."""
    count: int = 0
    """In how many explainers it appears (all parts together)."""
    said: dict[str, int] = field(default_factory=dict)
    """How many quotations each explainer gives them, by slug (all parts together)."""
    quoted_only: list[Explainer] = field(default_factory=list)
    """Explainers that quote them without naming them as an actor."""
    spellings: dict[str, int] = field(default_factory=dict)
    """Each way the articles write the name, with the number of articles that write it so."""
    variants: list[str] = field(default_factory=list)
    """The ways other than ``name``, shown under it."""

    @property
    def weight(self) -> int:
        return (400 + 300 * len(self.mentions) + 300 * len(self.quoted_only)
                + sum(len(s) + 300 for _, s, _ in self.summary) + sum(p.weight for p in self.places))

    @property
    def rows(self) -> list[tuple[Explainer, int]]:
        """Each explainer it appears in, with the number of its quotations there. The words
        themselves are on the explainer's page: the index links to them rather than repeat them."""
        rows = [(e, self.said.get(e.slug, 0)) for e, _ in self.mentions]
        return rows + [(e, self.said.get(e.slug, 0)) for e in self.quoted_only]

    def add_detail(self, value) -> None:
        if value and str(value) not in self.details:
            self.details.append(str(value))

    def spelt(self, name: str) -> None:
        self.spellings[name] = self.spellings.get(name, 0) + 1


def _named(entries: list[Entry], folding: Spellings) -> list[Entry]:
    """Each entry under the name most articles give it (a long form first), with its other
    spellings, sorted as the index shows them."""
    for entry in entries:
        if entry.spellings:
            entry.name = display_name(entry.spellings, folding)
            entry.variants = variants(entry.spellings, entry.name)
        entry.sort = _sort_name(entry.name, entry.kind)
        entry.places = _named(entry.places, folding)
    return sorted(entries, key=lambda en: en.sort)


def spellings_of(explainers: list[Explainer]) -> Spellings:
    """The folding of names for these explainers: the lexicons' short forms, and those an
    article gives beside the long form (one actor named both ways)."""
    return Spellings.learn((a.name, a.aliases) for e in explainers for a in e.actors
                           if a.type in ("organization", "group") and not a.hidden)


def collect_actors(explainers: list[Explainer], folding: Spellings | None = None) -> list[Entry]:
    """People, organisations and groups, each once, merged by every spelling of their name."""
    folding = folding or spellings_of(explainers)
    entries: dict[str, Entry] = {}
    for e in explainers:
        for actor in e.actors:
            if actor.hidden or actor.type in ("country", "place"):
                continue
            key = folding.key(actor.name)
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = Entry(key, actor.name, actor.type, "")
            entry.spelt(actor.name)
            if actor.role and actor.role not in entry.roles:
                entry.roles.append(actor.role)
            entry.add_detail(actor.country)
            entry.mentions.append((e, sorted(actor.paragraphs)))
        for quote in e.quotes:
            if quote.speaker and folding.key(quote.speaker) in entries:
                entries[folding.key(quote.speaker)].quotes.append((e, quote))
    return _named(list(entries.values()), folding)


def collect_agreements(explainers: list[Explainer], folding: Spellings | None = None) -> list[Entry]:
    folding = folding or spellings_of(explainers)
    entries: dict[str, Entry] = {}
    for e in explainers:
        for agreement in e.agreements:
            key = folding.key(agreement.name)
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = Entry(key, agreement.name, "agreement", "")
            entry.spelt(agreement.name)
            entry.add_detail(agreement.type)
            entry.add_detail(agreement.year)
            if agreement.status and not agreement.status_claimed:
                entry.roles.append(agreement.status)  # a party's claim is shown on its card, with who claims it
            entry.mentions.append((e, sorted(agreement.paragraphs)))
            for sentence in agreement.summary[:2]:
                entry.summary.append((e, sentence, agreement.paragraphs[0] if agreement.paragraphs else 0))
    return _named(list(entries.values()), folding)


def collect_places(explainers: list[Explainer], folding: Spellings | None = None) -> list[Entry]:
    """Countries with the explainers that name them and the places in them; then places whose
    country is not known."""
    folding = folding or spellings_of(explainers)
    countries: dict[str, Entry] = {}
    loose: dict[str, Entry] = {}

    def country_entry(name: str) -> Entry:
        key = folding.key(name)
        if key not in countries:
            countries[key] = Entry(key, name, "country", "")
        return countries[key]

    for e in explainers:
        for actor in e.actors:
            if actor.hidden:
                continue
            if actor.type == "country":
                country = country_entry(actor.name)
                country.spelt(actor.name)
                country.mentions.append((e, sorted(actor.paragraphs)))
            elif actor.type == "place":
                parent = country_entry(actor.country).places if actor.country else None
                pool = {p.key: p for p in parent} if parent is not None else loose
                key = folding.key(actor.name)
                place = pool.get(key)
                if place is None:
                    place = Entry(key, actor.name, "place", "")
                    if parent is not None:
                        parent.append(place)
                    else:
                        loose[key] = place
                place.spelt(actor.name)
                place.mentions.append((e, sorted(actor.paragraphs)))
    return _named(list(countries.values()), folding) + _named(list(loose.values()), folding)
