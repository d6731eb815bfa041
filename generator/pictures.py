"""What an explainer shows beside its map (``generator.locator``): the timeline strip and
the country facts.

Everything here is data for ``_where.md.j2``: sorted events and reference figures. Country
facts come from the offline gazetteer (countryinfo), never from the network.
"""
from __future__ import annotations

from dataclasses import dataclass

from generator.model import Explainer, TimelineEvent

MAX_FACT_BOXES = 8


@dataclass(frozen=True)
class CountryFacts:
    name: str
    capital: str | None
    population: int | None
    area: float | None
    neighbours: tuple[str, ...]
    region: str | None


@dataclass(frozen=True)
class Dataset:
    """The reference data behind the facts boxes, named so readers can tell it from the article."""

    name: str
    version: str
    url: str


def dataset() -> Dataset:
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("countryinfo")
    except PackageNotFoundError:  # pragma: no cover - a declared dependency
        ver = "unknown"
    return Dataset("countryinfo", ver, "https://github.com/porimol/countryinfo")


# -- timeline strip -----------------------------------------------------------------------


def timeline_strip(explainer: Explainer) -> list[TimelineEvent]:
    """The story's events in time order where the article lets us tell.

    Events with a resolved date are placed by it; the others (``on Saturday``) belong to the
    days around the article's own date and keep the article's order there.
    """
    around = explainer.source.date or "9999"
    return sorted(explainer.timeline, key=lambda ev: (ev.date or around, ev.date is None, ev.paragraph))


# -- country facts ------------------------------------------------------------------------


def country_facts(explainer: Explainer) -> list[CountryFacts]:
    """Reference facts for each country in the story, from the gazetteer's dataset."""
    from generator import gazetteer

    gaz = gazetteer.load()
    out: list[CountryFacts] = []
    seen: set[str] = set()
    countries = sorted((a for a in explainer.actors if a.type == "country" and not a.hidden),
                       key=lambda a: -a.mentions)
    for actor in countries:
        country = gaz.countries.get(actor.name) or gaz.country(actor.name)
        if country is None or country.name in seen:
            continue
        seen.add(country.name)
        neighbours = tuple(sorted(gaz.by_iso3[c].name for c in country.borders if c in gaz.by_iso3))
        out.append(CountryFacts(country.name, country.capital, country.population, country.area, neighbours,
                                country.region))
        if len(out) >= MAX_FACT_BOXES:
            break
    return out
