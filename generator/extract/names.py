"""Names as the article writes them: the records of a mention and of an actor in the making, and
the token helpers that find where a name starts and ends and how it is written.

The other actor modules build on these: :mod:`generator.extract.actor_candidates` finds
mentions, :mod:`generator.extract.actor_types` types them, :mod:`generator.extract.owned_bodies`
builds bodies from an owner and a head, :mod:`generator.extract.actor_merges` merges them into
entities, and :mod:`generator.extract.actors` turns those into the register's actors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator import gazetteer, lexicon
from generator.extract.roles import HONORIFICS, is_role_word, rank
from generator.gazetteer import Gazetteer

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

    from generator.extract.roles import Role

# Nouns that make an organisation when something owns them: "the Afghan government".
ORG_HEADS = lexicon.table("org_heads")
# Two-word heads: "air force", "armed forces", "security forces".
ORG_HEADS2 = {tuple(k.split()): v for k, v in lexicon.table("org_heads_two_words").items()}
# Words that show a name is an organisation's.
ORG_WORDS = lexicon.words("org_words")
# Every word that names a body when it heads a name: "... Institution", "... Party", "... company".
BODY_WORDS = ORG_WORDS | lexicon.words("body_name_words") | lexicon.words("org_kinds")
# The last words of a body's name after an "and" the tagger cut it at: "Vask Tyre and | Paint Centre".
_BODY_TAILS = BODY_WORDS | lexicon.words("company_words")
SMALL = lexicon.words("name_small_words")
# Last words that make a name a place's rather than a body's.
PLACE_NAME_WORDS = lexicon.words("place_name_words")
# "Yerevan-backed", "European Union-brokered": a name used as a modifier.
BACKED = re.compile(r"-(" + "|".join(lexicon.entries("backed_suffixes")) + r")$")
# Last words of a newspaper's name after its town: "the Springfield Star", "the Leeds Mail".
PRESS_WORDS = lexicon.words("press_words")
# The plural of a party's members, which names the party ("the Democrats"), with the party's adjective.
PARTY_MEMBERS = lexicon.table("party_members")
PARTY_ADJECTIVES = frozenset(PARTY_MEMBERS.values())
# Prefixes of a stance written before a name: "pro-Moscow", "anti-war", "pan-democrat".
STANCES = lexicon.words("stance_prefixes")
# Words that open a caption's credit line: "Image: Jane Doe".
_CREDIT_WORDS = lexicon.words("credit_words")
_MONTHS_DAYS = lexicon.words("months") | lexicon.words("weekdays")
_ILLNESS_WORDS = lexicon.words("illness_words")
_LAW_WORDS = lexicon.words("law_words")
_THING_HEADS = lexicon.words("thing_heads")
_NAME_CONNECTORS = lexicon.words("name_connectors")
# Small words that open a surname when capitalised ("La Russa", "Du Bois", "Des Vallees"), though a
# body's or a place's name may hold them in lower case; and the particles of names ("van Dijk").
SURNAME_PARTICLES = lexicon.words("surname_particles") | lexicon.words("name_particles")
# Words before a body's name that are no part of it: "Opposition", "ruling".
_ORG_MODIFIERS = tuple(w + " " for w in lexicon.entries("org_modifiers"))


class _GivenNames:
    """Given names, lower case: those of one sex and those of either (Robin, Jeb); a word of either
    sex's list that is also a title, a title's modifier, a month or a place ("Judge", "General",
    "August", "Dallas"), or a word of the language news writes as one ("Crew", "Green"), is none.
    Read on first use, since sifting the list asks the gazetteer."""

    _words: frozenset[str] | None = None

    def _load(self) -> frozenset[str]:
        if self._words is None:
            gaz = gazetteer.load()
            words = lexicon.words("not_given_names")
            self._words = frozenset(lexicon.table("given_name_gender")).difference(words) | frozenset(
                w for w in lexicon.words("given_names")
                if not is_role_word(w) and w not in lexicon.words("title_modifiers") and w not in _MONTHS_DAYS
                and w not in words and not gaz.is_place(w.title()))
        return self._words

    def __contains__(self, word: object) -> bool:
        return word in self._load()

    def __iter__(self):
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


GIVEN_NAMES = _GivenNames()


@dataclass
class Mention:
    """One place where the article names someone or something, with the type a rule gave it."""

    kind: str
    name: str
    """The name as the article writes it, cleaned of titles, articles and possessives."""
    paragraph: int | None
    sent: "Span"
    start: int
    end: int
    strong: bool = False
    """Typed by a rule (gazetteer, title, ``Mr``) rather than by the tagger alone."""
    role: "list[Role] | None" = None
    """Each role written beside it, as ``(rule id, words)``."""
    key: str | None = None
    """For organisations built from an owner and a head: the merge key."""
    country: str | None = None
    place: gazetteer.Place | None = None
    written: str | None = None
    """The whole phrase as written (``Armenia's foreign ministry``), when it differs from the name."""
    rule: str = ""
    """The rule that found and typed it (:mod:`generator.extract.provenance`)."""
    retyped: str = ""
    """The rule that changed its type afterwards, if one did."""


@dataclass
class Entity:
    """One actor in the making: its mentions, merged."""

    kind: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    rules: list[str] = field(default_factory=list)
    """The merges applied to it and the rule that gave its role."""

    def absorb(self, other: "Entity", merge: str, aliases: set[str] = frozenset()) -> None:
        """Take over ``other``'s mentions (and ``aliases``) by the merge rule ``merge``."""
        self.mentions.extend(other.mentions)
        self.aliases |= set(aliases)
        other.mentions = []
        self.rules.extend(r for r in [merge, *other.rules] if r not in self.rules)

    @property
    def paragraphs(self) -> list[int]:
        return sorted({m.paragraph for m in self.mentions if m.paragraph is not None})

    @property
    def headline(self) -> bool:
        return any(m.paragraph is None for m in self.mentions)

    @property
    def first(self) -> tuple[int, int]:
        return min(((-1 if m.paragraph is None else m.paragraph), m.start) for m in self.mentions)

    def salience(self) -> float:
        lead = any(m.paragraph == 0 for m in self.mentions)
        return 3 * self.headline + 2 * lead + len(self.mentions)


def illness(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a name's words name an illness ("Avian Flu", "Ebola virus disease"): its last word is an
    illness's and no word of bodies is in it ("Institute of Infectious Disease" is a body)."""
    return bool(words) and words[-1].lower() in _ILLNESS_WORDS and not any(w.lower() in BODY_WORDS for w in words)


def law_name(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a name's words name a law or an agreement ("Clean Rivers Act", "Harbour Fishing Treaty"):
    its last word is a text's and no word of bodies is in it ("Velmar College of Law" is a body)."""
    if not words or words[-1].lower() not in _LAW_WORDS:
        return False
    k = len(words) - 1
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1].lower() in _NAME_CONNECTORS):
        k -= 1  # the name is the run of capitalised words before it: "passed the Clean Rivers Act"
    return not any(w.lower() in BODY_WORDS for w in words[k:])


def thing_name(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a name's words name a thing rather than a body ("Gross Regional Product", "the Harbour
    Dues Tax"): its last word is a thing's head and no word of bodies is in it."""
    return bool(words) and words[-1].lower().strip(".,'") in _THING_HEADS \
        and not any(w.lower().strip(".,'") in BODY_WORDS for w in words)


def common_noun_spelt(before: list[str] | tuple[str, ...], acronym: str) -> bool:
    """Whether the words written right before an acronym in brackets are a common noun in lower case
    whose initials it is ("the flight log recorder (FLR)", "harbour traffic control (HTC)"): the short
    form of a thing or a service, which names no body."""
    letters = acronym.replace(".", "")
    words = [w for w in before if w[:1].isalpha()][-len(letters):] if letters else []
    return len(letters) >= 2 and len(words) == len(letters) and all(w.islower() for w in words) \
        and "".join(w[0] for w in words).upper() == letters.upper()


def acronym_after(doc: "Doc", start: int, end: int, limit: int) -> str | None:
    """The acronym in brackets right after a name, if its letters are the name's initials and the name
    is no illness's ("Severe Acute Respiratory Syndrome (SARS)"), a law's ("Clean Rivers Act (CRA)") nor a
    thing's ("Gross Regional Product (GRP)")."""
    words = doc[start:end].text.split()
    if end + 2 < limit and doc[end].text == "(" and doc[end + 2].text == ")" \
            and not illness(words) and not law_name(words) and not thing_name(words):
        word = doc[end + 1].text.replace(".", "")
        if 2 <= len(word) <= 8 and sum(c.isupper() for c in word) >= 2 and word.isalpha():
            name = doc[start:end].text
            if word.upper() in (initials(name), "".join(p[0] for p in re.split(r"[\s\-/]+", name) if p).upper()):
                return word
    return None


def known_place_or_org(text: str, gaz: Gazetteer) -> bool:
    return bool(gaz.country(text) or gaz.demonym(text) or gaz.capital(text)) or \
        any(w.lower() in ORG_WORDS for w in text.split())


def name_chain(doc: "Doc", start: int, limit: int) -> int:
    """End of a run of capitalised name words starting at ``start`` (``start`` if none)."""
    i = start
    while i < limit:
        tok = doc[i]
        t = tok.text
        if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
            break
        if t.lower() in _MONTHS_DAYS or t.lower().rstrip(".") in HONORIFICS or t.lower() in SMALL and t.isupper():
            break
        if t[:1].isupper() and (t.isalpha() or re.fullmatch(r"[A-Z]\.?([A-Z]\.)*|[A-Z][\w'\u2019]*(-[\w]+)*", t)):
            if is_role_word(t) and i == start:
                break
            if t.lower() in _CREDIT_WORDS and i + 1 < len(doc) and doc[i + 1].text == ":":
                break  # a caption's credit line after the name: "X Image: Y"
            i += 1
        elif t == "-" and i > start and tok.whitespace_ == "" and i + 1 < limit and doc[i - 1].whitespace_ == "" \
                and doc[i + 1].is_alpha:
            i += 2
        elif t.lower() in lexicon.words("name_particles") and i + 1 < limit \
                and (doc[i + 1].text[:1].isupper() or doc[i + 1].text == "-" and i + 2 < limit
                     and doc[i + 2].text[:1].isupper()):
            i += 1
        else:
            break
    while i > start and (doc[i - 1].text == "-" or doc[i - 1].lower_ in lexicon.words("name_particles")
                         and not (i - 2 > start and doc[i - 2].text == "-" and not doc[i - 2].whitespace_)):
        i -= 1  # a dangling particle, but not the end of a hyphenated name: "Lo Wai-bin"
    return i


def extend_hyphens(doc: "Doc", start: int, end: int) -> tuple[int, int]:
    """Widen an entity over hyphen-joined words the tokenizer split: ``Tehrik-e-Taliban``."""
    while end + 1 < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].text == "-" \
            and doc[end].whitespace_ == "" and doc[end + 1].is_alpha:
        end += 2
    while end < len(doc) and doc[end - 1].text == "-" and doc[end - 1].whitespace_ == "" and doc[end].is_alpha:
        end += 1
    while start >= 2 and doc[start - 1].text == "-" and doc[start - 2].whitespace_ == "" \
            and doc[start - 1].whitespace_ == "" and doc[start - 2].is_alpha:
        start -= 2
    return start, end


def extend_name(doc: "Doc", start: int, end: int, sent: "Span") -> tuple[int, int]:
    """``Ravi Kumar`` + ``Sethi``; ``Medecins`` + ``Sans Frontieres``: capitalised words the tagger left out."""
    more = end
    if end < len(doc) and not doc[end].ent_type_ and (end < sent.end or not doc[end - 1].is_punct):
        more = name_chain(doc, end, len(doc))
    while start - 1 >= sent.start and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "X") \
            and doc[start - 1].text[:1].isupper() \
            and not doc[start - 1].ent_type_ and not is_role_word(doc[start - 1].text) \
            and not rank(doc[start - 1].text) and doc[start - 1].lower_.rstrip(".") not in HONORIFICS \
            and not _joins_clause(doc[start - 1]):
        start -= 1
    return start, more


def _joins_clause(tok) -> bool:
    """``"Though Reyes is gone``, ``Because Lind ...``: a word opening a sentence that the parser reads as
    joining a clause (a subordinator, a conjunction, a preposition), though the tagger took it for a
    proper noun; no given name nor particle of names ("De Souza")."""
    return tok.dep_ in ("mark", "cc", "prep") and tok.lower_ not in GIVEN_NAMES \
        and tok.lower_ not in SURNAME_PARTICLES


def org_tail(doc: "Doc", end: int, limit: int) -> int:
    """``Joint Council`` + ``for the Welfare of Immigrants``: the rest of a body's name after its head word."""
    for _ in range(2):
        k = end
        if k + 1 >= limit or doc[k].lower_ not in ("for", "of") or doc[end - 1].lower_ == "of":
            break
        k += 1
        if doc[k].lower_ == "the" and k + 1 < limit:
            k += 1
        tail = name_chain(doc, k, limit)
        if tail == k or any(is_role_word(t.text) or t.ent_type_ in ("PERSON", "GPE") for t in doc[k:tail]):
            break
        end = tail
    return end


def extend_org(doc: "Doc", start: int, end: int, limit: int) -> int:
    """``UN`` + ``security council``; ``Council`` + ``for the Arts``. A name the tagger cut after a
    connector it kept: ``the Harbour Department of`` + ``Coastal Works``, ``Vask Tyre and`` + ``Paint
    Centre`` (the words after "and" a name headed by a body's word, not opened by one: ``the Centre for
    Soil and`` + ``Centre for Water`` are two bodies)."""
    if end - start > 1 and doc[end - 1].lower_ in ("of", "for") and doc[end - 2].lower_ in ORG_WORDS \
            and doc[end - 2].text[:1].isupper():
        end -= 1  # the head word, then its tail below
    elif end - start > 1 and doc[end - 1].lower_ in ("and", "&") and end < limit:
        tail = name_chain(doc, end, limit)
        words = [t.lower_.strip(".") for t in doc[end:tail]]
        if words and words[-1] in _BODY_TAILS and words[0] not in BODY_WORDS \
                and not any(t.ent_type_ == "PERSON" for t in doc[end:tail]):
            return tail
    if doc[end - 1].lower_ in ORG_WORDS and doc[end - 1].text[:1].isupper():
        end = org_tail(doc, end, limit)
    k = end
    while k < limit and k - end < 3 and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].text[:1].islower():
        k += 1
        if doc[k - 1].lower_ in lexicon.words("org_tail_nouns"):
            return k
    return end


def clean_span(doc: "Doc", start: int, end: int) -> tuple[int, int]:
    """Without a leading article or trailing possessive and punctuation, nor a bracket it opens and
    does not close ("Velmar Farmers' Union (SVZ": the name, then its acronym)."""
    bracket = next((k for k in range(start + 1, end) if doc[k].text == "("), None)
    if bracket is not None and not any(doc[k].text == ")" for k in range(bracket, end)):
        end = bracket
    while start < end and (doc[start].lower_ in lexicon.words("articles") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "'", "\u2019s", "\u2019") or doc[end - 1].is_punct
                           and doc[end - 1].text != "." or doc[end - 1].lower_ in ("of", "and", "for", "the")
                           or doc[end - 1].lower_ in _CREDIT_WORDS and end < len(doc) and doc[end].text == ":"):
        end -= 1  # "X of" where the tagger ran a name into the preposition after it; "X Image: Y"
    return start, end


def skip_stance(doc: "Doc", start: int, end: int, gaz: Gazetteer) -> int:
    """Past a leading stance word: ``pro-Moscow UDP``, ``pan-democrat X`` name UDP and X."""
    if end - start > 3 and doc[start].lower_ in STANCES and doc[start + 1].text == "-" \
            and not doc[start].whitespace_ and not doc[start + 1].whitespace_ \
            and (doc[start + 2].text.islower() or gaz.is_place(doc[start + 2].text)
                 or gaz.demonym(doc[start + 2].text) is not None):
        return start + 3
    return start


def surface(doc: "Doc", start: int, end: int, text: str) -> str:
    if start >= end:
        return ""
    out = text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]
    out = re.sub(r"['\u2019]s?$", "", out)
    return " ".join(out.split())


def strip_org_modifiers(name: str) -> str:
    """``Opposition Bharatiya Janata Party`` -> ``Bharatiya Janata Party``; ``BJP-led`` -> ``BJP``."""
    low = name.lower()
    for prefix in _ORG_MODIFIERS:
        if low.startswith(prefix) and len(name) > len(prefix) + 2:
            name = name[len(prefix):]
            break
    return BACKED.sub("", name)


def compound_name(name: str, gaz: Gazetteer) -> bool:
    """``Lashkar-e-Watan``: a hyphenated proper name, not ``Soviet-era`` or ``Azerbaijani-Turkish``."""
    parts = name.split("-")
    long = [p for p in parts if len(p) > 3]
    return len(parts) >= 3 and all(p[:1].isupper() and not gaz.demonym(p) and not gaz.country(p) for p in long)


def initials(name: str) -> str:
    parts = [p for p in re.split(r"[\s\-/]+", name) if p]
    return "".join(p[0] for p in parts if p.lower() not in SMALL and p[:1].isalpha()).upper()


def edit_close(a: str, b: str, most: int = 2) -> bool:
    """One edit apart for names of five letters or more, two (at ``most``) for ten or more; same first letter."""
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2:
        return False
    limit = min(most, 2 if min(len(a), len(b)) >= 10 else 1)
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def acts_in(m: Mention) -> bool:
    """Whether the mention is the subject of its clause, or the speaker of a sentence with a speech verb."""
    doc = m.sent.doc
    for tok in doc[m.start:m.end]:
        if m.start <= tok.head.i < m.end:
            continue  # not the head of the name
        head = tok
        while head.dep_ == "appos":
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            return True
        if head.dep_ == "pobj" and head.head.dep_ == "agent":
            return True  # "was ousted by X"
    return False

