"""Titles and roles of people: the words that name an office, and their readable form.

``Turkish foreign minister``, ``Azerbaijan's president`` and ``the president of Venezuela``
become "Foreign Minister of Turkey", "President of Azerbaijan" and "President of Venezuela";
a role the rules cannot put in that form (``a spokesperson for the Russian Foreign Ministry``)
is kept as the article words it, without its article.
"""
from __future__ import annotations

import re

from generator.gazetteer import Gazetteer

# Nouns that name an office, a rank or the part someone plays in a story.
ROLE_NOUNS = frozenset("""
president vice-president premier pm minister secretary secretary-general spokesman spokeswoman
spokesperson spokespeople leader chief chairman chairwoman chairperson chair speaker deputy
ambassador envoy mayor governor commander general colonel major captain lieutenant sergeant
officer official director director-general head king queen prince princess emir sheikh ayatollah
chancellor senator congressman congresswoman lawmaker legislator mp representative analyst
correspondent reporter journalist editor witness eyewitness survivor doctor physician nurse
coordinator co-ordinator administrator founder ceo executive judge prosecutor lawyer attorney
professor researcher expert resident refugee activist aide adviser advisor counsellor negotiator
commissioner inspector superintendent president-elect monarch sultan pope bishop cleric imam
cardinal rabbi marshal admiral brigadier private specialist corporal soldier driver member
manager owner economist diplomat militant commander-in-chief dictator ruler strongman don boss
kingpin
""".split())
# Words that may stand inside a title before its noun: "prime minister", "foreign secretary".
TITLE_MODIFIERS = frozenset("""
prime foreign defence defense interior home finance economy economic trade justice health
education energy environment information culture transport railway railways agriculture labour
labor deputy vice acting former interim chief general state provincial regional district
presidential opposition senior top supreme parliamentary assistant associate executive first
second junior defence-minister external affairs security intelligence police army military
national federal union cabinet party press communications field government
""".split())
# Honorifics are not part of a name nor a role.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr.", "madam",
                        "lord", "lady", "hon", "hon."})
# Military and police ranks, with their abbreviations spelled out.
RANKS = {
    "gen": "General", "general": "General", "brig": "Brigadier", "brigadier": "Brigadier",
    "maj": "Major", "major": "Major", "col": "Colonel", "colonel": "Colonel", "lt": "Lieutenant",
    "lieutenant": "Lieutenant", "capt": "Captain", "captain": "Captain", "sgt": "Sergeant",
    "sergeant": "Sergeant", "cpl": "Corporal", "corporal": "Corporal", "pvt": "Private",
    "pfc": "Private First Class", "spc": "Specialist", "adm": "Admiral", "admiral": "Admiral",
    "cmdr": "Commander", "cdr": "Commander", "marshal": "Marshal", "insp": "Inspector",
    "supt": "Superintendent", "sen": "Senator", "rep": "Representative", "gov": "Governor",
    "pres": "President", "prof": "Professor",
}
_THE_COUNTRIES = ("United ", "Democratic Republic", "Republic of", "Central African", "Czech Republic",
                  "Dominican Republic")
_ARTICLES = {"a", "an", "the"}
_TRAILING = {"to", "of", "for", "in", "on", "at", "with", "from", "by", "and", "the", "a", "an"}
_LOWER = {"of", "the", "for", "and", "to", "in", "on", "at"}


def is_role_word(word: str) -> bool:
    w = word.lower().strip(".")
    return w in ROLE_NOUNS or (w.endswith("s") and (w[:-1] in ROLE_NOUNS or w[:-3] + "y" in ROLE_NOUNS)) \
        or w.endswith("ies") and w[:-3] + "y" in ROLE_NOUNS


def rank(word: str) -> str | None:
    return RANKS.get(word.lower().strip("."))


def country_article(name: str) -> str:
    """"the United States", "the Netherlands", plain "Turkey"."""
    if name.startswith(_THE_COUNTRIES) or (name.endswith("s") and not name.endswith("ss")
                                            and name.split()[-1] in ("Netherlands", "Philippines", "Bahamas",
                                                                      "Maldives", "Comoros", "Seychelles",
                                                                      "Islands")):
        return f"the {name}"
    return name


def normalise_role(words: list[str], gaz: Gazetteer) -> tuple[str, str | None] | None:
    """A readable role from the words of a title or appositive, and the country it names.

    ``["Turkish", "foreign", "minister"]`` -> ("Foreign Minister of Turkey", "Turkey").
    """
    words = _rejoin(words)
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    while words and (words[-1] in (",", "-", "--") or words[-1].lower() in _TRAILING):
        words = words[:-1]
    if not words:
        return None
    country = None
    core: list[str] = []
    rest = False
    i = 0
    while i < len(words):
        w = words[i]
        lw = w.lower()
        hit = None
        # Longest country or demonym starting here (up to four words).
        for n in range(min(4, len(words) - i), 0, -1):
            chunk = re.sub(r"'s?$", "", " ".join(words[i:i + n]))
            hit = gaz.country(chunk) or gaz.demonym(chunk)
            if hit is not None and (n > 1 or chunk[:1].isupper()):
                break
            hit = None
        if hit is not None:
            if country is not None and country != hit.name:
                rest = True
            country = hit.name
            i += n
            continue
        if lw in ("of", "the") and core:
            core.append(lw)
            i += 1
            continue
        r = rank(w)
        if is_role_word(w) or lw in TITLE_MODIFIERS or r:
            core.append(r if r and w.endswith(".") or r and lw in RANKS and lw not in ROLE_NOUNS else w)
        else:
            rest = True
        i += 1
    while core and core[-1] in ("of", "the"):
        core.pop()
    if not core:
        return None
    if not rest and country and any(w.lower() in ROLE_NOUNS or rank(w) for w in core):
        title = " ".join(_cap(w) for w in core)
        return f"{title} of {country_article(country)}", country
    if not rest and not country:
        return " ".join(_cap(w) for w in core), None
    text = " ".join(_expand(w) for w in words)
    text = text.replace(" 's", "'s").replace(" ,", ",")
    if text[:3].lower() in ("al-", "el-"):
        return text, country  # "al-Qaeda in Iraq lieutenant" keeps the name's own spelling
    return text[:1].upper() + text[1:], country


def _rejoin(words: list[str]) -> list[str]:
    """Put back together what the tokenizer split: ``co - ordinator``, ``Maj .``."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("'s", "'", "\u2019s", "\u2019") and out:
            out[-1] += "'s" if w != "'" else "'"
            i += 1
            continue
        if w == "-" and out and i + 1 < len(words):
            out[-1] = f"{out[-1]}-{words[i + 1]}"
            i += 2
            continue
        if w == "." and out and rank(out[-1]) and not out[-1].endswith("."):
            out[-1] += "."
        else:
            out.append(w)
        i += 1
    return out


def _expand(word: str) -> str:
    r = rank(word)
    return r if r and (word.endswith(".") or word.lower() != r.lower()) else word


def _cap(word: str) -> str:
    r = rank(word)
    if r and (word.endswith(".") or word.lower() in ("pfc", "spc")):
        return r
    if word.lower() == "pm":
        return "Prime Minister"
    if word.lower() in _LOWER:
        return word.lower()
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))
