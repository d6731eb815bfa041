"""Words that the gazetteer reads beside a place's or a country's name.

A country's long name misspelt by one letter ("Ivory Cost"), an adjective made from a place's name
("Kashmiri"), and a people's adjective that is only the first word of a place's name ("French" in
"French Guiana", "British" in "British Columbia"): none of these is a body, and the last involves no
country. A title written with its "The" ("according to The Globean") is no people's adjective, whatever
its ending.
"""
from __future__ import annotations

from generator.extract.names import edit_close
from generator.gazetteer import Gazetteer, fold


def near_country(name: str, gaz: Gazetteer):
    """A country whose name of eight letters or more is one letter away (a misspelling): "Ivory Cost", not
    "South America", two letters from "South Africa"."""
    if len(name) < 8:
        return None
    key = fold(name)
    for other, country in gaz.folded_countries:
        if abs(len(other) - len(key)) <= 1 and other[:1] == key[:1] and edit_close(key, other, most=1):
            return country
    return None


def demonym_of_place(word: str, gaz: Gazetteer) -> bool:
    """``Kashmiri``, ``Punjabi``: an adjective of a known place, not an organisation."""
    low = word.lower()
    for suffix in ("i", "is", "an", "ans", "ian", "ians", "ese", "ish"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)]
            if gaz.place(stem) or gaz.country(stem) or gaz.place(stem + "a"):
                return True
    return False


def titled_name(doc, start: int, sent) -> bool:
    """``according to The Globean``: a name after a "The" written with its capital inside a sentence is a
    title (a newspaper's, a band's), never a people's adjective, whatever its ending."""
    return start - 2 >= sent.start and doc[start - 1].text == "The" \
        and (doc[start - 2].is_alpha or doc[start - 2].text == ",")


def opens_place_name(doc, start: int, gaz: Gazetteer) -> bool:
    """Whether the word at ``start`` and the next make a place's name that is no country's
    ("French Guiana", "British Columbia"), so that the first is no people's adjective there."""
    if start + 1 >= len(doc):
        return False
    place = f"{doc[start].text} {doc[start + 1].text}"
    return gaz.place(place) is not None and gaz.country(place) is None
