"""A country's name that is also the name of another state's region.

Some states have a region that bears another state's name: the US state of Georgia, the Nigerian
state of Niger. The gazetteer reads such a name as the country's; a sentence that sets it among the
other state's places says it is the region: "a farm outside Harlan, Georgia", "the governors of
Alabama and Georgia". The country keeps the name when the article also writes its people's
adjective or its capital ("the Georgian army", "Tbilisi"), which a story about the region has no
cause to.
"""
from __future__ import annotations

from generator.extract.names import Mention
from generator.extract.provenance import rule
from generator.gazetteer import Gazetteer, fold

_RULE = rule("actor.region-named-like-a-country")


def read_regions(mentions: list[Mention], gaz: Gazetteer) -> None:
    """Retype as the region the mentions of a country whose name is also another state's region,
    when a sentence that names it names a region or a town of that other state too and the article
    never names the country by its people's adjective or its capital. One article means one of the
    two by the name throughout."""
    regions = gaz.regions_named_like_countries
    shared = [m for m in mentions if m.kind == "country" and fold(m.written or m.name) in regions]
    for name in {m.name for m in shared}:
        these = [m for m in shared if m.name == name]
        region = regions[fold(these[0].written or name)]
        if _named_otherwise(name, mentions, gaz):
            continue
        if any(_place_of(other, region.country_iso2, gaz) for m in these for other in mentions
               if other.sent is not None and other.sent == m.sent and other is not m):
            for m in these:
                m.kind, m.name, m.place, m.retyped = "place", region.name, region, _RULE


def _named_otherwise(country: str, mentions: list[Mention], gaz: Gazetteer) -> bool:
    """Whether the article names the country by its people's adjective or by its capital."""
    for m in mentions:
        written = m.written or m.name
        found = gaz.demonym(written) or gaz.capital(written)
        if found is not None and found.name == country:
            return True
    return False


def _place_of(m: Mention, iso2: str, gaz: Gazetteer) -> bool:
    """Whether the mention names a region or a town (not the capital) of the state ``iso2``."""
    if m.kind != "place":
        return False
    place = m.place or gaz.place(m.written or m.name)
    return place is not None and place.kind in ("region", "city") and place.country_iso2 == iso2
