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
from generator.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

    from spacy.tokens import Doc

Role = tuple[str, list[str]]
"""A role as written: the rule that found it, and its words."""

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
# A country's initials, with or without full stops ("UK", "U.S."): a role keeps them as the article writes them.
_SHORT_FORM = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z]{2,4}")
# Portfolios named by a noun, which may follow the title or stand before it: "Secretary of Health", "Health Secretary".
_PORTFOLIOS = lexicon.words("portfolios")
_TRAILING = lexicon.words("role_trailing_words")
_LOWER = lexicon.words("role_lower_words")
# Nouns that name a tie to another person: "the mother of Ana Lind".
KIN_NOUNS = lexicon.words("kin_nouns")
# Role nouns that name an office held over a place: "the Ohio governor" is the Governor of Ohio.
OFFICE_NOUNS = lexicon.words("office_nouns")
# Role nouns that name an office of a state: a demonym before one is the office's owner.
_STATE_OFFICES = lexicon.words("state_office_nouns")
_OWNER_PREPOSITIONS = lexicon.table("role_owner_prepositions")
# Words that show a name is a body's ("party", "committee"), and which a body's name takes "the" before.
_ORG_WORDS = lexicon.words("org_words")
_ADJECTIVE_ENDINGS = tuple(lexicon.words("adjective_endings"))
_TENURE = lexicon.words("tenure_words")
_PRESENT = lexicon.words("role_present_words")
_ABBREVIATIONS = lexicon.table("role_abbreviations")
_FIXED_TITLES = lexicon.words("fixed_titles")
# A party's member as a noun ("Democrat", "Tory"): a role without a role noun.
PARTY_NOUNS = frozenset(p[:-3] + "y" if p.endswith("ies") else p[:-1] for p in lexicon.table("party_members"))
# Titles a portfolio word stands before: "press secretary" is one title, "party chief" a body's chief.
_PORTFOLIO_TITLES = lexicon.words("portfolio_titles")
# Small words that may stand inside a body's name: "Al-Qaeda in Iraq", "Museum of Flight".
_NAME_JOINS = ("of", "in", "and", "&", "for", "the")
# Small words that a title's own words never are: "its", "the", "of".
_NOT_TITLE_WORDS = lexicon.words("owner_stop_words") | set(_NAME_JOINS)


# Words joined to a title by a hyphen that say when it was held: "ex-senator", "then-governor".
TENURE_PREFIXES = lexicon.words("tenure_prefixes")


def _joined_noun(word: str) -> str:
    """A title's modifier or its holder's tenure joined to its noun by a hyphen reads as the noun
    ("vice-premier", "deputy-governor", "ex-senator"); any other word, lowered, as itself."""
    w = word.lower().strip(".")
    if "-" in w and w not in ROLE_NOUNS:
        modifier, _, noun = w.partition("-")
        if (modifier in TITLE_MODIFIERS or modifier in TENURE_PREFIXES) and noun and "-" not in noun:
            return noun
    return w


# Titles of several words with no role noun in them ("running back"), read as one role noun.
_NOUNLESS_TITLES = [t.split() for t in lexicon.entries("joined_titles") if not any(w in ROLE_NOUNS for w in t.split())]
_NOUNLESS = {" ".join(t) for t in _NOUNLESS_TITLES}


def _join_title(words: list[str]) -> list[str]:
    """The words of a title with a title of several words that ends them made one: "Rovers running back"."""
    for title in _NOUNLESS_TITLES:
        n = len(title)
        if len(words) >= n and [w.lower() for w in words[-n:]] == title:
            return words[:-n] + [" ".join(words[-n:])]
    return words


def is_role_word(word: str) -> bool:
    w = _joined_noun(word)
    return w in ROLE_NOUNS or w in _NOUNLESS or (w.endswith("s") and (w[:-1] in ROLE_NOUNS or w[:-3] + "y" in ROLE_NOUNS)) \
        or w.endswith("ies") and w[:-3] + "y" in ROLE_NOUNS


_PART_NOUNS = lexicon.words("role_part_nouns")


def part_role(words: list[str]) -> bool:
    """Whether a role's first role noun names a part played, not an office: "a supporter of the mayor"."""
    first = next((w.lower() for w in words if is_role_word(w) or rank(w)), None)
    return first is not None and (first in _PART_NOUNS or first.endswith("s") and first[:-1] in _PART_NOUNS)


def tenure_word(tok) -> bool:
    """A word that says when or how a title's holder holds it ("former", "acting"), even where the
    tagger took it for a verb, before the title's next word: "the acting governor"."""
    return tok.lower_ in _TENURE and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in ("NOUN", "PROPN", "ADJ")


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


def normalise_role(words: list[str], gaz: Gazetteer, docs: "Sequence[Doc]" = ()) -> tuple[str, str | None] | None:
    """A readable role from the words of a title or appositive, and the country it names.

    ``["Turkish", "foreign", "minister"]`` -> ("Foreign Minister of Turkey", "Turkey");
    ``["Globex", "chief", "executive"]`` -> ("Chief Executive of Globex", None). ``docs``, the
    article's parsed paragraphs, tell whether a word before a title is a name and whether the
    article writes that name after "the".
    """
    words = _join_title(rejoin(words))
    definite = bool(words) and words[0].lower() == "the"
    while words and (words[0].lower() in _ARTICLES or words[0].lower() in _PRESENT and len(words) > 1):
        words = words[1:]  # "the current mayor" holds the office of mayor
    while words and (words[-1] in (",", "-", "--") or words[-1].lower() in _TRAILING):
        words = words[:-1]
    if not words:
        return None
    if words[0].lower() in KIN_NOUNS and len(words) > 2 and words[1] == "of":
        return f"{words[0][:1].upper()}{words[0][1:].lower()} {' '.join(words[1:])}", None  # "Mother of Ana Lind"
    if words[-1].lower() in KIN_NOUNS and len(words) > 1 and words[-2][-2:] in ("'s", "\u2019s"):
        return f"{words[-1][:1].upper()}{words[-1][1:].lower()} of {' '.join(words[:-1])[:-2]}", None
    owned = _owned(words, gaz, definite, docs)
    if owned is not None:
        return owned, None
    country = None
    short = None  # the country's initials, as the article writes them: "US", "U.S."
    region = None
    by_demonym = False  # the country was written as a demonym, not by its name
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
            named = gaz.country(chunk)
            hit = named or gaz.demonym(chunk)
            if hit is not None and (n > 1 or chunk[:1].isupper()):
                break
            hit = None
        if hit is not None:
            if country is not None and country != hit.name:
                rest = True
            country = hit.name
            by_demonym = named is None
            short = chunk if _SHORT_FORM.fullmatch(chunk) else None
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
    if not core and words[0] in PARTY_NOUNS:
        return " ".join(words), None  # a party's member: "Democrat of Vermont", "Tory"
    if not core:
        return None
    if len(core) == 2 and core[0].lower() in _PORTFOLIOS and core[1].lower() in ("secretary", "minister"):
        core = [core[1], "of", core[0]]  # "Defense Secretary" is the Secretary of Defense
    if not rest and country and not region and by_demonym and not _state_office(core):
        rest = True  # "an Australian batsman" is from Australia, holds no office of it
    if not rest and (country or region) and any(w.lower() in ROLE_NOUNS or rank(w) for w in core):
        title = " ".join(_cap(w) for w in core)
        return f"{title} of {region or (f'the {short}' if short else country_article(country))}", country
    if not rest and not country:
        return " ".join(_cap(w) for w in core), None
    text = " ".join(_expand(w) for w in words)
    text = text.replace(" 's", "'s").replace(" ,", ",")
    return text[:1].upper() + text[1:], country


def _state_office(core: list[str]) -> bool:
    """Whether a title's words end in an office of a state ("foreign minister", "prime minister"),
    the last role noun standing for it ("minister" in "minister of trade")."""
    role_words = [w.lower() for w in core if is_role_word(w)]
    if not role_words:
        return False
    last = role_words[-1]
    two = " ".join(w.lower() for w in core[-2:])
    return last in _STATE_OFFICES or last.rstrip("s") in _STATE_OFFICES or two in _STATE_OFFICES


def _core_word(word: str) -> bool:
    return is_role_word(word) or word.lower() in TITLE_MODIFIERS or bool(rank(word))


def _owned(words: list[str], gaz: Gazetteer, definite: bool, docs: "Sequence[Doc]") -> str | None:
    """A title written after the body or place that owns it, as a compound or a possessive, in
    its readable form: ``Globex chief executive`` and ``Globex's chief executive`` -> "Chief
    Executive of Globex"; ``former Ohio governor`` -> "Former Governor of Ohio". None when the
    words are not an owner and a title, or the owner is a country (read by the caller), a
    person's name written as an adjective ("Republican candidate"), or a place before a role
    that is no office over it ("a Denver lawyer")."""
    if " ".join(words).lower() in _FIXED_TITLES:
        return None
    lead = 0
    while lead < len(words) and words[lead].lower() in _TENURE:
        lead += 1  # "former", "acting"
    poss = next((k for k in range(lead, len(words) - 1) if words[k][-2:] in ("'s", "\u2019s")
                 or words[k].endswith(("s'", "s\u2019")) and len(words[k]) > 2), None)
    if poss is not None:
        owner, core = words[lead:poss + 1], words[poss + 1:]
        owner[-1] = owner[-1][:-1] if owner[-1][-1] in ("'", "\u2019") else owner[-1][:-2]  # "Reyes' lawyer"
    else:
        k = len(words)
        while k > lead and _core_word(words[k - 1]) and not (
                words[k - 1].islower() and words[k - 1] in _ORG_WORDS and k - 2 >= lead and words[k - 2][:1].isupper()
                and (k == len(words) or words[k].lower() not in _PORTFOLIO_TITLES)):
            k -= 1  # "Congress party chief": "party" ends the body's name; "press secretary" is a title
        last_role = max((n for n in range(lead, len(words)) if is_role_word(words[n])), default=-1)
        while k > lead and k - 1 < last_role and words[k - 1].isalpha() and words[k - 1].islower() \
                and words[k - 1] not in _ORG_WORDS:
            k -= 1  # plain words before the role noun belong to the title: "campaign manager"
        owner, core = words[lead:k], words[k:]
    if not owner or not core or len(owner) > 6 or not owner[0][:1].isupper() or not owner[-1][:1].isalnum():
        return None
    if not all(_core_word(w) or w.isalpha() and w.islower() and w not in _NOT_TITLE_WORDS
               or w == "and" and 0 < n < len(core) - 1 and core[n - 1] in _PORTFOLIOS and core[n + 1].islower()
               for n, w in enumerate(core)) \
            or not (is_role_word(core[-1]) or rank(core[-1])):
        return None  # not "head of its technology division"
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINS or w.lower() in _ORG_WORDS for w in owner):
        return None
    if any(w.lower() in _NAME_JOINS for w in (owner[0], owner[-1])):
        return None
    name = " ".join(owner)
    label = _tagged_as_name(owner, docs) if docs else None
    if gaz.country(name) or gaz.demonym(name) or label != "ORG" and gaz.place(name) is None and any(
            gaz.country(w) or gaz.demonym(w) for w in owner if w[:1].isupper()):
        return None  # a country's office, read with its country by the caller; not "Al-Qaeda in Iraq leader"
    head = " ".join(w.lower() for w in core if not rank(w) or is_role_word(w)) or rank(core[-1]).lower()
    if gaz.place(name) is not None:
        if not any(head.endswith(office) for office in OFFICE_NOUNS) \
                and not any((rank(w) or "").lower() in OFFICE_NOUNS for w in core):
            return None  # "a Denver lawyer" works there, holds no office over it
        the = ""
    else:
        if len(owner) == 1 and not owner[0].isupper() and owner[0].lower().endswith(_ADJECTIVE_ENDINGS):
            return None  # "Republican candidate", "Socialist deputy"
        if poss is None and docs and not (len(owner) == 1 and owner[0].isupper()) and label is None:
            return None  # no name the tagger knows: "Insurgent leader X"
        the = "" if label == "PERSON" else "the " if definite and poss is not None or owner[-1].lower() in _ORG_WORDS \
            or _after_the(owner, docs) else ""
    title = " ".join(_cap(w) for w in core)
    noun = core[-1].lower()
    prep = _OWNER_PREPOSITIONS.get(noun[:-1] if noun.endswith("s") and noun[:-1] in _OWNER_PREPOSITIONS else noun, "of")
    before = " ".join(words[:lead])
    role = f"{before} {title}" if before else title
    return f"{role[:1].upper()}{role[1:]} {prep} {the}{name}"


# The kinds of name the tagger gives that may own a role: not a people or a party written as an adjective.
_OWNER_LABELS = ("ORG", "GPE", "FAC", "LOC", "PERSON")


def _tagged_as_name(owner: list[str], docs: "Sequence[Doc]") -> str | None:
    """The kind of name the tagger takes the words before a title for somewhere in the article: a
    body's, a place's or a person's (a name followed by a word like "party" counts); None if none."""
    name = " ".join(owner)
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ not in _OWNER_LABELS:
                continue
            text = re.sub(r"^[Tt]he |['\u2019]s$", "", ent.text)
            if text == name or name.startswith(text + " ") and all(
                    w in _ORG_WORDS for w in name[len(text) + 1:].split()):
                return ent.label_
    return None


def _after_the(owner: list[str], docs: "Sequence[Doc]") -> bool:
    """Whether the article writes a body's name after "the", as the head of its phrase ("the State
    Department said"), not as a word before another noun ("the Globex offices")."""
    n = len(owner)
    for doc in docs:
        text = doc_text(doc)
        if f"the {owner[0]}" not in text and f"The {owner[0]}" not in text:
            continue
        for tok in doc:
            if tok.lower_ == "the" and tok.i + n < len(doc) and [t.text for t in doc[tok.i + 1:tok.i + 1 + n]] == owner \
                    and doc[tok.i + n].dep_ not in ("compound", "amod"):
                return True
    return False


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
    if word.isupper() and word.lower() in _ABBREVIATIONS:
        return _ABBREVIATIONS[word.lower()]  # "Conservative MP"
    r = rank(word)
    return r if r and (word.endswith(".") or word.lower() != r.lower()) else word


def _cap(word: str) -> str:
    r = rank(word)
    if r and (word.endswith(".") or word.lower() in ("pfc", "spc")):
        return r
    if word.lower() in _ABBREVIATIONS:
        return _ABBREVIATIONS[word.lower()]
    if word.isupper() and len(word) > 1:
        return word  # "CEO", "MP"
    if word.lower() in _LOWER:
        return word.lower()
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in part.split("-")) for part in word.split())


def singular_role(word: str) -> bool:
    return _joined_noun(word) in ROLE_NOUNS


def word_at(doc: "Doc", i: int) -> str:
    """The word ending at token i, hyphenated parts joined: ``co-ordinator``."""
    tok = doc[i]
    if i < 2 or doc[i - 1].text != "-":
        return tok.text
    j = i
    while j - 2 >= 0 and doc[j - 1].text == "-" and doc[j - 1].whitespace_ == "" and doc[j - 2].whitespace_ == "":
        j -= 2
    return doc[j:i + 1].text
