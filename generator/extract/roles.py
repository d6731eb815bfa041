"""Titles and roles of people: the words that name an office, and their readable form.

``Turkish foreign minister``, ``Azerbaijan's president`` and ``the president of Venezuela``
become "Foreign Minister of Turkey", "President of Azerbaijan" and "President of Venezuela";
a role the rules cannot put in that form (``a spokesperson for the Russian Foreign Ministry``)
is kept as the article words it, without its article.

Where an article writes a role (a title, an appositive ...) is found in
:mod:`generator.extract.role_phrases`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator import lexicon
from generator.gazetteer import Gazetteer

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

# Nouns that name an office, a rank or the part someone plays in a story.
ROLE_NOUNS = lexicon.words("role_nouns")
# Words that may stand inside a title before its noun: "prime minister", "foreign secretary".
TITLE_MODIFIERS = lexicon.words("title_modifiers")
# Honorifics are not part of a name nor a role.
HONORIFICS = lexicon.words("honorifics")
# Military and police ranks, with their abbreviations spelled out.
RANKS = lexicon.table("ranks")
_THE_COUNTRIES = ("United ", "Democratic Republic", "Republic of", "Central African", "Czech Republic",
                  "Dominican Republic")
_ARTICLES = lexicon.words("articles")
# Portfolios named by a noun, which may follow the title or stand before it: "Secretary of Health", "Health Secretary".
_PORTFOLIOS = lexicon.words("portfolios")
_TRAILING = lexicon.words("role_trailing_words")
_LOWER = lexicon.words("role_lower_words")


def is_role_word(word: str) -> bool:
    w = word.lower().strip(".")
    return w in ROLE_NOUNS or (w.endswith("s") and (w[:-1] in ROLE_NOUNS or w[:-3] + "y" in ROLE_NOUNS)) \
        or w.endswith("ies") and w[:-3] + "y" in ROLE_NOUNS


def rank(word: str) -> str | None:
    return RANKS.get(word.lower().strip("."))


# Role nouns that are also everyday adjectives: a title only when written as one ("General X").
_ADJECTIVE_ROLES = lexicon.words("adjective_roles")


def title_word(tok) -> bool:
    """Whether a token can stand as a title before a name: not the adjective in "a major Dunmore donation"."""
    return not (tok.lower_ in _ADJECTIVE_ROLES and tok.text.islower() and tok.i > 0
                and tok.doc[tok.i - 1].pos_ in ("DET", "ADJ", "NUM", "PRON"))


def country_article(name: str) -> str:
    """"the United States", "the Netherlands", plain "Turkey"."""
    if name.startswith(_THE_COUNTRIES) or (name.endswith("s") and not name.endswith("ss")
                                            and name.split()[-1] in lexicon.words("plural_country_words")):
        return f"the {name}"
    return name


def normalise_role(words: list[str], gaz: Gazetteer) -> tuple[str, str | None] | None:
    """A readable role from the words of a title or appositive, and the country it names.

    ``["Turkish", "foreign", "minister"]`` -> ("Foreign Minister of Turkey", "Turkey").
    """
    words = rejoin(words)
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    while words and (words[-1] in (",", "-", "--") or words[-1].lower() in _TRAILING):
        words = words[:-1]
    if not words:
        return None
    country = None
    region = None
    core: list[str] = []
    rest = False
    # Plain words before the last role noun belong to the title: "disaster management minister".
    last_role = max((k for k, w in enumerate(words) if is_role_word(w)), default=-1)
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
        if w.endswith("'s") and i == 0 and gaz.place(w[:-2]) is not None and region is None:
            region = w[:-2]  # "Assam's chief minister"
            i += 1
            continue
        if lw in ("of", "the") and core:
            core.append(lw)
            i += 1
            continue
        r = rank(w)
        if is_role_word(w) or lw in TITLE_MODIFIERS or r:
            core.append(r if r and w.endswith(".") or r and lw in RANKS and lw not in ROLE_NOUNS else w)
        elif w.isalpha() and w.islower() and i < last_role and not rest:
            core.append(w)
        else:
            rest = True
        i += 1
    while core and core[-1] in ("of", "the"):
        core.pop()
    if not core:
        return None
    if len(core) == 2 and core[0].lower() in _PORTFOLIOS and core[1].lower() in ("secretary", "minister"):
        core = [core[1], "of", core[0]]  # "Defense Secretary" is the Secretary of Defense
    if not rest and (country or region) and any(w.lower() in ROLE_NOUNS or rank(w) for w in core):
        title = " ".join(_cap(w) for w in core)
        return f"{title} of {region or country_article(country)}", country
    if not rest and not country:
        return " ".join(_cap(w) for w in core), None
    text = " ".join(_expand(w) for w in words)
    text = text.replace(" 's", "'s").replace(" ,", ",")
    return text[:1].upper() + text[1:], country


def rejoin(words: list[str]) -> list[str]:
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


def singular_role(word: str) -> bool:
    return word.lower().strip(".") in ROLE_NOUNS


def word_at(doc: "Doc", i: int) -> str:
    """The word ending at token i, hyphenated parts joined: ``co-ordinator``."""
    j = i
    while j - 2 >= 0 and doc[j - 1].text == "-" and doc[j - 1].whitespace_ == "" and doc[j - 2].whitespace_ == "":
        j -= 2
    return doc[j:i + 1].text
