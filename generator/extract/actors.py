"""Who is in the story: people, countries, organisations and places."""
from __future__ import annotations

import re
from collections import defaultdict

from slugify import slugify

from generator import gazetteer
from generator.model import Actor
from generator.nlp import ParsedArticle

_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}
_HONORIFICS = re.compile(r"^(mr|mrs|ms|miss|dr|sir|dame|gen|general|col|capt|lt|sgt|prof|rev)\.?\s+", re.I)


def _clean(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"['\u2019]s?$", "", text)
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    return text.strip(" ,.;:")


def extract_actors(parsed: ParsedArticle) -> list[Actor]:
    """Named actors of the article, merged by name, ordered by salience."""
    gaz = gazetteer.load()
    found: dict[tuple[str, str], dict] = {}
    order = 0

    def add(kind: str, name: str, alias: str, paragraph: int | None, extra: dict | None = None):
        nonlocal order
        key = (kind, name)
        entry = found.setdefault(key, {"aliases": set(), "paragraphs": set(), "mentions": 0, "first": order, "headline": False, **(extra or {})})
        order += 1
        entry["mentions"] += 1
        if alias != name:
            entry["aliases"].add(alias)
        if paragraph is None:
            entry["headline"] = True
        else:
            entry["paragraphs"].add(paragraph)

    docs = [(None, parsed.headline, parsed.article.title)] + [(p.index, p.doc, p.text) for p in parsed.paragraphs]
    for index, doc, text in docs:
        for ent in doc.ents:
            kind = _LABELS.get(ent.label_)
            if kind is None:
                continue
            raw = _clean(text[ent.start_char:ent.end_char])
            if not raw:
                continue
            country = gaz.country(raw)
            if country and kind != "person" or country and kind == "person" and len(raw.split()) == 1:
                add("country", country.name, raw, index)
                continue
            demonym = gaz.demonym(raw)
            if demonym and kind in ("group", "place"):
                add("country", demonym.name, raw, index)
                continue
            if kind == "group":
                continue
            if kind in ("place", "person") and (gaz.capital(raw) or gaz.city(raw)):
                city = gaz.city(raw)
                extra = {"lat": city.lat, "lon": city.lon, "country_iso2": city.country_iso2} if city else {}
                add("place", raw, raw, index, extra)
                continue
            if kind == "person":
                raw = _HONORIFICS.sub("", raw)
            add(kind, raw, raw, index)

    _merge_people(found)
    actors = []
    for (kind, name), entry in sorted(found.items(), key=lambda kv: (not kv[1]["headline"], -kv[1]["mentions"], kv[1]["first"])):
        country = None
        if entry.get("country_iso2"):
            c = gaz.by_iso2.get(entry["country_iso2"])
            country = c.name if c else None
        actors.append(Actor(
            id=f"{kind}-{slugify(name) or 'unnamed'}",
            name=name,
            type=kind,
            aliases=sorted(entry["aliases"]),
            mentions=entry["mentions"],
            paragraphs=sorted(entry["paragraphs"]),
            country=country,
            lat=entry.get("lat"),
            lon=entry.get("lon"),
        ))
    return actors


def _merge_people(found: dict) -> None:
    """Fold ``Surname`` mentions onto the full name that ends with it."""
    people = [name for kind, name in found if kind == "person"]
    full = {name.split()[-1]: name for name in people if len(name.split()) > 1}
    for name in people:
        if len(name.split()) == 1 and name in full:
            target = found[("person", full[name])]
            entry = found.pop(("person", name))
            target["aliases"] |= entry["aliases"] | {name}
            target["paragraphs"] |= entry["paragraphs"]
            target["mentions"] += entry["mentions"]
            target["headline"] |= entry["headline"]
