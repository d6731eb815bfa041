"""Who is in the story: people, countries, organisations and places.

The small spaCy pipeline finds names but often types them wrongly (capitals as people,
demonyms as people, people as organisations) and misses surname-only mentions. This module
takes its entities and capitalised names next to a title as candidates, then decides:

1. the gazetteer first: a country, demonym, capital, city or region is never a person (a
   surname of someone named in full in the same article excepted: "Paris" is also a given name);
2. titles and appositives (``Turkish foreign minister X``, ``X, Azerbaijan's president``) make
   a person and give the role;
3. institutional nouns with an owner (``the Afghan government``, ``Russia's foreign ministry``)
   make organisations, named after their country;
4. one name, one type across the article; surnames, ``Mr X`` and near-misspellings of a full
   name are folded onto it; acronyms onto their long form.

Actors come out ordered by salience (headline, lead, mentions), and the main ones carry the
article's sentences in which they act or speak (``Actor.summary``).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from slugify import slugify

from generator import lexicon
from generator import gazetteer, lexicon
from generator.extract.roles import (HONORIFICS, TITLE_MODIFIERS, affiliation, is_role_word, normalise_role,
                                     owner_country, rank, role_words, singular_role, title_word, word_at)
from generator.gazetteer import Gazetteer, fold
from generator.extract.register import HEADLINE, ActorMention
from generator.model import Actor, BackgroundItem
from generator.nlp import ParsedArticle

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
           "NORP": "group"}
# Nouns that make an organisation when something owns them: "the Afghan government".
_ORG_HEADS = lexicon.table("org_heads")
# Two-word heads: "air force", "armed forces", "security forces".
_ORG_HEADS2 = {tuple(k.split()): v for k, v in lexicon.table("org_heads_two_words").items()}
# Words that show a name is an organisation's.
_ORG_WORDS = lexicon.words("org_words")
# Names of documents rather than bodies.
_DOCUMENT_WORDS = lexicon.words("document_words")
_SMALL = lexicon.words("name_small_words")
_LOCATIVE = lexicon.words("locative_prepositions")
# Titles that follow a portfolio rather than a body: "Railway Minister", "District Police Officer".
_PORTFOLIO_TITLES = lexicon.words("portfolio_titles")
# Nouns that make the name beside them a place: "the northern city, X", "the town of X".
_PLACE_NOUNS = lexicon.words("place_nouns")
# Last words that make a name a place's or an event's rather than a body's.
_PLACE_NAME_WORDS = lexicon.words("place_name_words")
_EVENT_WORDS = lexicon.words("event_words")
# "Yerevan-backed", "European Union-brokered": a name used as a modifier.
_BACKED = re.compile(r"-(" + "|".join(lexicon.entries("backed_suffixes")) + r")$")
# Common nouns that name the kind of body whose name follows: "energy company Gazprom".
_ORG_KINDS = lexicon.words("org_kinds")
_GROUP_NOUNS = lexicon.words("group_nouns")
# Letters after a name and time zones: neither is a body ("X, QC, said", "15:00 GMT").
_NOT_BODIES = lexicon.words("not_bodies")
# Faiths and their feasts, and (by their endings) beliefs, fears and practices: none is a body or a person.
_BELIEFS = lexicon.words("beliefs")
_BELIEF_ENDINGS = tuple(lexicon.entries("belief_endings"))
# One who follows a belief, by the ending of the one word: "Methodists", "Trotskyist" (not "-qvist" surnames).
_ADHERENT = re.compile(r"[A-Z][a-z]{3,}(?<![vw])ists?")
# Letters then figures, as one word: the code of a model, a version or a mission, not of a body.
_CODE = re.compile(r"[A-Za-z]{2,}-?\d+[A-Za-z]?")
# Last words of a place's name that are seldom a surname: "Castle Road", "the Hope Gallery".
_STREET_WORDS = lexicon.words("street_words")
# Last words of a newspaper's name after its town: "the Springfield Star", "the Leeds Mail".
_PRESS_WORDS = lexicon.words("press_words")
# Words that open a caption's credit line: "Image: Jane Doe".
_CREDIT_WORDS = lexicon.words("credit_words")
# Craft, whose names are neither people nor bodies: "Space Shuttle Discovery".
# Things of a people's culture: "French television", "Thai cuisine", "of Korean descent" speak of the
# language or the customs, not of the country taking part.
_CULTURE_NOUNS = lexicon.words("culture_nouns")
_CRAFT_WORDS = lexicon.words("craft_words")
# Prefixes of a stance written before a name: "pro-Moscow", "anti-war", "pan-democrat".
_STANCES = lexicon.words("stance_prefixes")
_MONTHS_DAYS = lexicon.words("months") | lexicon.words("weekdays")


@dataclass
class _Mention:
    kind: str
    name: str
    """The name as the article writes it, cleaned of titles, articles and possessives."""
    paragraph: int | None
    sent: "Span"
    start: int
    end: int
    strong: bool = False
    """Typed by a rule (gazetteer, title, ``Mr``) rather than by the tagger alone."""
    role: list[str] | None = None
    key: str | None = None
    """For organisations built from an owner and a head: the merge key."""
    country: str | None = None
    place: gazetteer.Place | None = None
    written: str | None = None
    """The whole phrase as written (``Armenia's foreign ministry``), when it differs from the name."""
    rule: str = ""
    """The rule that found and typed it (:mod:`generator.extract.provenance`)."""


@dataclass
class _Entity:
    kind: str
    name: str
    mentions: list[_Mention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

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


def find_actors(parsed: ParsedArticle) -> tuple[list[Actor], list[ActorMention]]:
    """Named actors of the article, merged by name, typed consistently, ordered by salience;
    and every place where the article names each of them."""
    gaz = gazetteer.load()
    units = [(None, parsed.headline, parsed.article.title)]
    units += [(p.index, p.doc, p.text) for p in parsed.paragraphs]
    mentions: list[_Mention] = []
    for index, doc, text in units:
        for sent in doc.sents:
            mentions.extend(_sentence_mentions(sent, text, index, gaz))
    _make_consistent(mentions, gaz)
    entities = _group(mentions, gaz)
    for ent in entities:
        if ent.kind == "person":
            ent.role, ent.country = _best_role(ent, gaz)
    _resolve_possessors([e for e in entities if e.kind == "person"])
    entities = [e for e in entities if not _passing_word(e)]
    pairs = _to_actors(entities, gaz)
    _add_summaries(pairs, parsed)
    return [actor for _, actor in pairs], _places(pairs)


def _places(pairs: list[tuple[_Entity, Actor]]) -> list[ActorMention]:
    """Where the article names each actor: paragraph, tokens and characters of every mention."""
    out = []
    for ent, actor in pairs:
        for m in ent.mentions:
            if m.sent is None:
                continue
            doc = m.sent.doc
            out.append(ActorMention(paragraph=HEADLINE if m.paragraph is None else m.paragraph, start=m.start,
                                    end=m.end, start_char=doc[m.start].idx,
                                    end_char=doc[m.end - 1].idx + len(doc[m.end - 1]), actor_id=actor.id,
                                    rule=m.rule))
    return out


# --- candidates -------------------------------------------------------------------------------

def _sentence_mentions(sent: "Span", text: str, paragraph: int | None, gaz: Gazetteer) -> list[_Mention]:
    doc = sent.doc
    out: list[_Mention] = []
    taken = [False] * (sent.end - sent.start)

    def free(start: int, end: int) -> bool:
        return not any(taken[i - sent.start] for i in range(max(start, sent.start), min(end, sent.end)))

    def take(start: int, end: int) -> None:
        for i in range(max(start, sent.start), min(end, sent.end)):
            taken[i - sent.start] = True

    # "the Students Islamic Movement of India (SIMI)": the long form the acronym spells.
    for i in range(sent.start + 1, sent.end - 2):
        if doc[i].text == "(" and doc[i + 2].text == ")":
            word = doc[i + 1].text.replace(".", "")
            if not (2 <= len(word) <= 8 and word.isalpha() and sum(c.isupper() for c in word) >= 2):
                continue
            for start in range(max(sent.start, i - 12), i):
                if doc[start].text[:1].isupper() and doc[start].lower_ not in lexicon.words("articles") \
                        and _acronym_after(doc, start, i, sent.end) \
                        and not gaz.country(doc[start:i].text):
                    out.append(_Mention("organization", _surface(doc, start, i, text), paragraph=paragraph,
                                        sent=sent, start=start, end=i, strong=True))
                    take(start, i)
                    break
    for org in _owned_organisations(sent, text, paragraph, gaz):
        out.append(org)
        take(org.start, org.end)
    # Names after an honorific or a title: "Mr Hollis", "Foreign Minister Rana Tariq Baig".
    for i in range(sent.start, sent.end - 1):
        word = doc[i].lower_
        if (word.rstrip(".") in HONORIFICS or word in HONORIFICS or is_role_word(word_at(doc, i)) or rank(word)) \
                and title_word(doc[i]):
            end = _name_chain(doc, i + 1, len(doc))  # the tagger may end a sentence inside a name
            end = min(end, sent.end) if end > sent.end and doc[sent.end - 1].is_punct else end
            if end > i + 1 and free(i + 1, min(end, sent.end)) and not _is_known_place_or_org(doc[i + 1:end].text, gaz):
                m = _person(doc, i + 1, end, text, paragraph, sent, strong=True, gaz=gaz)
                if m is not None:
                    out.append(m)
                    take(i + 1, end)
    for ent in sent.ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = _extend(doc, ent.start, ent.end)
        start = max(start, sent.start)
        end = min(end, sent.end)
        if label == "organization":
            end = _extend_org(doc, start, end, sent.end)
        elif label == "person":
            start, end = _extend_name(doc, start, end, sent)
        if not free(start, end):
            continue
        m = _classify(doc, start, end, label, text, paragraph, sent, gaz)
        if m is not None:
            out.extend(m if isinstance(m, list) else [m])  # a capital gives its place and its country
            take(start, end)
    # Acronyms the tagger missed, before the people they stand for: "ADF troops".
    for i in range(sent.start, sent.end - 1):
        t = doc[i].text
        if 2 <= len(t) <= 6 and t.isalpha() and t.isupper() and not doc[i].ent_type_ and free(i, i + 1) \
                and (doc[i + 1].lower_ in _GROUP_NOUNS or singular_role(doc[i + 1].text)) \
                and not gaz.country(t) and not rank(t) and not is_role_word(t):
            out.append(_Mention("organization", t, paragraph=paragraph, sent=sent, start=i, end=i + 1))
            take(i, i + 1)
    # Capitalised names that the tagger missed: organisations by their words or an acronym after
    # them ("Human Rights Watch", "Hizb-ul-Mujahideen (HM)"), people by an appositive role.
    i = sent.start
    while i < sent.end:
        end = _name_chain(doc, i, sent.end)
        initial = next((k for k in range(i + 1, end - 1) if re.fullmatch(r"[A-Z]\.?", doc[k].text)), None)
        if initial is not None and not re.fullmatch(r"[A-Z]\.?", doc[initial - 1].text):
            end = initial  # "the Opposition R K Menon": the name starts at its initials
        if end > i and free(i, end) and (i > sent.start or end - i > 1):
            words = doc[i:end].text.split()
            if (len(words) > 1 and words[-1].lower() in _ORG_WORDS or _acronym_after(doc, i, end, sent.end)
                    or len(words) == 1 and _compound_name(words[0], gaz)) \
                    and (not _is_known_place_or_org(words[0], gaz) or words[-1].lower() in _PRESS_WORDS):
                if words[-1].lower() in _ORG_WORDS and free(i, _org_tail(doc, end, sent.end)):
                    end = _org_tail(doc, end, sent.end)
                out.append(_Mention("organization", _surface(doc, i, end, text), paragraph=paragraph, sent=sent,
                                    start=i, end=end, strong=True))
                take(i, end)
                i = end
                continue
            of = i - 2 if i - 2 >= sent.start and doc[i - 1].lower_ == "the" else i - 1
            if of - 1 >= sent.start and doc[of].lower_ in ("of", "from") \
                    and any(m.kind == "person" and m.end == of for m in out) \
                    and affiliation(doc, of, sent) == [t.text for t in doc[i:end]] \
                    and not gaz.is_place(doc[i:end].text):
                # "X of the Green Democrats": the body a person is written as belonging to
                out.append(_Mention("organization", _surface(doc, i, end, text), paragraph=paragraph, sent=sent,
                                    start=i, end=end, strong=True))
                take(i, end)
                i = end
                continue
            if i - 1 >= sent.start and doc[i - 1].lower_ in _ORG_KINDS and not gaz.is_place(doc[i:end].text):
                # "energy company Gazprom", "the militant group Hamas", "news agency Yonhap"
                out.append(_Mention("organization", _surface(doc, i, end, text), paragraph=paragraph, sent=sent,
                                    start=i, end=end, strong=True))
                take(i, end)
                i = end
                continue
            role = role_words(doc, i, end, sent)
            if not role and end - i >= 3 and i - 2 >= sent.start and doc[i - 1].lower_ in ("of", "for") \
                    and is_role_word(doc[i - 2].text) and doc[i - 2].text[:1].isupper():
                role = [[t.text for t in doc[i - 2:i + 1]]]  # "Minister of Education X Y"
            if role and len(doc[i:end].text) > 2 and not _is_known_place_or_org(doc[i:end].text, gaz):
                m = _person(doc, i, end, text, paragraph, sent, strong=True, gaz=gaz)
                if m is not None:
                    out.append(m)
                    take(i, end)
            i = end
        else:
            i += 1
    return out


def _acronym_after(doc: "Doc", start: int, end: int, limit: int) -> str | None:
    """The acronym in brackets right after a name, if its letters are the name's initials."""
    if end + 2 < limit and doc[end].text == "(" and doc[end + 2].text == ")":
        word = doc[end + 1].text.replace(".", "")
        if 2 <= len(word) <= 8 and sum(c.isupper() for c in word) >= 2 and word.isalpha():
            name = doc[start:end].text
            if word.upper() in (_initials(name), "".join(p[0] for p in re.split(r"[\s\-/]+", name) if p).upper()):
                return word
    return None


def _is_known_place_or_org(text: str, gaz: Gazetteer) -> bool:
    return bool(gaz.country(text) or gaz.demonym(text) or gaz.capital(text)) or \
        any(w.lower() in _ORG_WORDS for w in text.split())


def _name_chain(doc: "Doc", start: int, limit: int) -> int:
    """End of a run of capitalised name words starting at ``start`` (``start`` if none)."""
    i = start
    while i < limit:
        tok = doc[i]
        t = tok.text
        if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
            break
        if t.lower() in _MONTHS_DAYS or t.lower().rstrip(".") in HONORIFICS or t.lower() in _SMALL and t.isupper():
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


def _extend(doc: "Doc", start: int, end: int) -> tuple[int, int]:
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


def _extend_name(doc: "Doc", start: int, end: int, sent: "Span") -> tuple[int, int]:
    """``Ravi Kumar`` + ``Sethi``; ``Medecins`` + ``Sans Frontieres``: capitalised words the tagger left out."""
    more = end
    if end < len(doc) and not doc[end].ent_type_ and (end < sent.end or not doc[end - 1].is_punct):
        more = _name_chain(doc, end, len(doc))
    while start - 1 >= sent.start and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "X") \
            and doc[start - 1].text[:1].isupper() \
            and not doc[start - 1].ent_type_ and not is_role_word(doc[start - 1].text) \
            and not rank(doc[start - 1].text) and doc[start - 1].lower_.rstrip(".") not in HONORIFICS:
        start -= 1
    return start, more


def _org_tail(doc: "Doc", end: int, limit: int) -> int:
    """``Joint Council`` + ``for the Welfare of Immigrants``: the rest of a body's name after its head word."""
    for _ in range(2):
        k = end
        if k + 1 >= limit or doc[k].lower_ not in ("for", "of") or doc[end - 1].lower_ == "of":
            break
        k += 1
        if doc[k].lower_ == "the" and k + 1 < limit:
            k += 1
        tail = _name_chain(doc, k, limit)
        if tail == k or any(is_role_word(t.text) or t.ent_type_ in ("PERSON", "GPE") for t in doc[k:tail]):
            break
        end = tail
    return end


def _extend_org(doc: "Doc", start: int, end: int, limit: int) -> int:
    """``UN`` + ``security council``; ``United for Peace`` + ``and Justice``; ``Council`` + ``for the Arts``."""
    if doc[end - 1].lower_ in _ORG_WORDS and doc[end - 1].text[:1].isupper():
        end = _org_tail(doc, end, limit)
    k = end
    while k < limit and k - end < 3 and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].text[:1].islower():
        k += 1
        if doc[k - 1].lower_ in lexicon.words("org_tail_nouns"):
            return k
    if end + 1 < limit and doc[end].lower_ == "and" and doc[end + 1].ent_type_ == "ORG" \
            and doc[end + 1].ent_iob_ == "B" and (end + 2 >= limit or doc[end + 2].ent_iob_ != "I") \
            and doc[end + 1].text[:1].isupper() and any(t.lower_ in ("for", "of") for t in doc[start:end]):
        return end + 2  # "United for Peace" + "and Justice": one name the tagger cut in two
    return end


def _clean_span(doc: "Doc", start: int, end: int) -> tuple[int, int]:
    """Without a leading article or trailing possessive and punctuation."""
    while start < end and (doc[start].lower_ in lexicon.words("articles") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "'", "\u2019s", "\u2019") or doc[end - 1].is_punct
                           and doc[end - 1].text != "." or doc[end - 1].lower_ in ("of", "and", "for", "the")
                           or doc[end - 1].lower_ in _CREDIT_WORDS and end < len(doc) and doc[end].text == ":"):
        end -= 1  # "X of" where the tagger ran a name into the preposition after it; "X Image: Y"
    return start, end


def _skip_stance(doc: "Doc", start: int, end: int, gaz: Gazetteer) -> int:
    """Past a leading stance word: ``pro-Moscow UDP``, ``pan-democrat X`` name UDP and X."""
    if end - start > 3 and doc[start].lower_ in _STANCES and doc[start + 1].text == "-" \
            and not doc[start].whitespace_ and not doc[start + 1].whitespace_ \
            and (doc[start + 2].text.islower() or gaz.is_place(doc[start + 2].text)
                 or gaz.demonym(doc[start + 2].text) is not None):
        return start + 3
    return start


def _surface(doc: "Doc", start: int, end: int, text: str) -> str:
    if start >= end:
        return ""
    out = text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]
    out = re.sub(r"['\u2019]s?$", "", out)
    return " ".join(out.split())


def _classify(doc, start, end, label, text, paragraph, sent, gaz) -> _Mention | None:
    start, end = _clean_span(doc, start, end)
    start = _skip_stance(doc, start, end, gaz)
    dash = next((k for k in range(start + 1, end) if doc[k].text in ("-", "--", "\u2013", "\u2014")
                 and doc[k - 1].whitespace_), None)
    if dash is not None:
        end = dash  # "DHAKA - Floods": a dateline, then the story
        start, end = _clean_span(doc, start, end)
        if start >= end:
            return None
    if label != "person" and end - start > 1 and singular_role(doc[end - 1].text) and doc[end - 1].text != "Chief":
        end -= 1  # "Ivory Coast PM": the title belongs to the name after it
    if start >= end:
        return None
    name = _surface(doc, start, end, text)
    if not name or not any(ch.isupper() for ch in name) or name[:1] in "@#" or name.lower() in _NOT_BODIES:
        return None  # a handle or a hashtag, letters after a name, a time zone
    if name.lower() in _BELIEFS or " " not in name and name.lower().endswith(_BELIEF_ENDINGS) \
            or _ADHERENT.fullmatch(name):
        return None  # "converted to Islam", "the rise of Islamophobia", "homeopathy", "a Methodist"
    stance, _, rest = name.partition("-")
    if " " not in name and stance.lower() in _STANCES and rest.islower():
        return None  # a stance alone: "the Pro-reform", "Pan-democrats"
    if _CODE.fullmatch(name):
        return None  # a model, a version or a mission by its code: "XR5", "MK-12", "STS-7"
    if " " in name and name.rsplit(" ", 1)[1].isdigit() and gaz.country(name.rsplit(" ", 1)[0]):
        return None  # a score: "Norway 2, Chile 1"
    mention = dict(paragraph=paragraph, sent=sent, start=start, end=end)
    demonym = gaz.demonym(name)
    if demonym is not None and end - start == 1 and doc[start].dep_ in ("amod", "compound", "nmod"):
        head = doc[start].head.i
        if start < head <= start + 3 and any(t.lower_ in _CULTURE_NOUNS or t.lower_ == "year" and t.i > start + 1
                                             and doc[t.i - 1].lower_ == "new" for t in doc[start + 1:head + 1]):
            return None  # "on French television", "the Chinese New Year", "Chinese zodiac cycles"
    country = gaz.country(name)
    if country is not None:
        return _Mention("country", country.name, strong=True, written=name, **mention)
    if demonym is not None:
        return _Mention("country", demonym.name, strong=True, written=name, **mention)
    words = name.split()
    if any(w.lower() in _CRAFT_WORDS for w in words) and not any(w.lower() in _ORG_WORDS for w in words):
        return None  # "Space Shuttle Atlantis", "the Space Shuttle Program"; not "the Rocket Center"
    if len(words) > 1 and words[-1].lower() in _PRESS_WORDS and gaz.is_place(" ".join(words[:-1])):
        return _Mention("organization", name, **mention)  # "the Springfield Star": a paper, not a person
    if label in ("person", "organization", "place") and _place_context(doc, start, end, sent):
        return _Mention("place", name, strong=True, **mention)
    if start > sent.start and end < sent.end and doc[start - 1].text == "(" and doc[end].text == ")" \
            and sum(c.isupper() for c in name) >= 2 and " " not in name:
        return _Mention("organization", name, **mention)  # "Lashkar-e-Watan (LeW)"
    if _acronym_after(doc, start, end, sent.end) or label == "group" and _compound_name(name, gaz):
        return _Mention("organization", _strip_org_modifiers(name), strong=True, **mention)
    if label == "group":
        if end < sent.end and singular_role(doc[end].text) and doc[end].text[:1].isupper() and name[:1].isupper() \
                and name.endswith("s"):
            return _Mention("organization", name, **mention)  # "Greens Leader X": the party whose leader X is
        return None
    last = words[-1].lower()
    if last in _DOCUMENT_WORDS:
        return None
    if label == "person":
        if len(words) <= 2 and (start > sent.start and doc[start - 1].lower_ in _LOCATIVE
                                or _listed_with_places(doc[end - 1], gaz)) \
                and not _listed_with_people(doc, start, end):
            return _Mention("place", name, **mention)
        if start > sent.start and doc[start - 1].lower_ == "the" and len(words) == 1:
            return _Mention("organization", name, **mention)  # "the Taliban": a body, not a person
        if _BACKED.search(name):
            return _classify(doc, start, end, "place", text, paragraph, sent, gaz)
        if len(words) > 1 and words[-1].lower() in _STREET_WORDS:
            return _Mention("place", name, **mention)  # "Castle Road", "the Hope Gallery"
        return _person(doc, start, end, text, paragraph, sent, strong=False, gaz=gaz)
    backed = re.match(r"(.+)" + _BACKED.pattern, name)
    if backed:
        name = backed.group(1)
        if gaz.country(name):
            return _Mention("country", gaz.country(name).name, strong=True, written=name, **mention)
    place = gaz.place(name)
    if place is not None:
        if backed and place.kind == "capital" and gaz.country_of(place):
            return _Mention("country", gaz.country_of(place).name, strong=True, written=name, **mention)
        m = _Mention("place", name, strong=True, place=place, **mention)
        if place.kind == "capital" and _acts(doc[end - 1]):
            # "Moscow has sought ...": the capital stands for its government.
            owner = gaz.country_of(place)
            return [m, _Mention("country", owner.name, strong=True, written=name, **mention)] if owner else m
        return m
    if label == "organization" and words[-1].lower() in _PLACE_NAME_WORDS:
        return _Mention("place", name, **mention)  # "Parliament Hill", "Trafalgar Square"
    if label == "organization" and (words[-1].lower() in _EVENT_WORDS or len(words) > 2
                                    and words[-2].lower() in _EVENT_WORDS and gaz.is_place(words[-1])):
        return None  # "Iraq Conflict": an event, not a body
    if label == "organization":
        # "State" in "Secretary of State", "Union Home" in "Union Home minister": part of a title.
        has_org_word = any(w.lower() in _ORG_WORDS for w in words)
        if not has_org_word and not name.isupper() and end < sent.end and doc[end].lower_ in _PORTFOLIO_TITLES:
            return None
        if start >= 2 and doc[start - 1].lower_ == "of" and is_role_word(doc[start - 2].text) and len(words) == 1:
            return None
        if len(words) == 1 and _demonym_of_place(name, gaz):
            return None
        before = start - 1 if start > sent.start and doc[start - 1].lower_ != "the" else start - 2
        if not has_org_word and before >= sent.start and doc[before].lower_ in _LOCATIVE and not name.isupper():
            return _Mention("place", name, **mention)
        if all(w.lower() in TITLE_MODIFIERS for w in words) and end < sent.end and is_role_word(doc[end].text):
            return None  # "Defence spokesman", "District Police Officer": a portfolio
        if not has_org_word and not name.isupper():
            role = role_words(doc, start, end, sent)
            if role:
                return _person(doc, start, end, text, paragraph, sent, strong=True, gaz=gaz, role=role)
            if _person_like(doc, start, end, words, name, sent, gaz):
                # "X Y of the Green Party": a person the tagger took for a body
                return _person(doc, start, end, text, paragraph, sent, strong=True, gaz=gaz)
        name = _strip_org_modifiers(name)
        return _Mention("organization", name, **mention) if name else None
    if label == "place" and not gaz.place(name):
        near = _near_country(name, gaz)
        if near is not None:
            return _Mention("country", near.name, strong=True, written=name, **mention)  # "Ivory Cost"
    if label == "place":
        if name.isupper() and len(name) <= 6 and "." not in name:
            return _Mention("organization", name, **mention)  # "UN": an acronym no gazetteer knows as a place
        if start - 2 >= sent.start and doc[start - 2].lower_ == "according" and doc[start - 1].lower_ == "to":
            return _Mention("organization", name, **mention)  # "according to Bloomberg": a source
        if any(w.lower() in _ORG_WORDS for w in words) and not gaz.region(name) \
                and (doc[start].ent_type_ != "FAC" or words[-1].lower() in _PRESS_WORDS):
            return _Mention("organization", name, **mention)
        if not name.isupper():
            role = role_words(doc, start, end, sent)
            if role and len(words) > 1:
                return _person(doc, start, end, text, paragraph, sent, strong=True, gaz=gaz, role=role)
            if _person_like(doc, start, end, words, name, sent, gaz):
                return _person(doc, start, end, text, paragraph, sent, strong=True, gaz=gaz)
        return _Mention("place", name, **mention)
    return None


def _person_like(doc, start: int, end: int, words: list[str], name: str, sent, gaz: Gazetteer) -> bool:
    """A name the tagger took for a body or a place that reads as a person's: two or three name words,
    no place the gazetteer knows, written as of a body (``X of the Green Party``) or listed among people."""
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words) \
        and not gaz.is_place(name) \
        and (affiliation(doc, end, sent) is not None or _listed_with_people(doc, start, end))


_ORG_MODIFIERS = tuple(w + " " for w in lexicon.entries("org_modifiers"))


def _strip_org_modifiers(name: str) -> str:
    """``Opposition Bharatiya Janata Party`` -> ``Bharatiya Janata Party``; ``BJP-led`` -> ``BJP``."""
    low = name.lower()
    for prefix in _ORG_MODIFIERS:
        if low.startswith(prefix) and len(name) > len(prefix) + 2:
            name = name[len(prefix):]
            break
    return _BACKED.sub("", name)


def _compound_name(name: str, gaz: Gazetteer) -> bool:
    """``Lashkar-e-Watan``: a hyphenated proper name, not ``Soviet-era`` or ``Azerbaijani-Turkish``."""
    parts = name.split("-")
    long = [p for p in parts if len(p) > 3]
    return len(parts) >= 3 and all(p[:1].isupper() and not gaz.demonym(p) and not gaz.country(p) for p in long)


def _listed_with_places(tok, gaz: Gazetteer) -> bool:
    """``the towns of Tovuz, Gadabay, and X``: a name in a list of places is a place."""
    seen = 0
    while tok.dep_ == "conj" and tok.head is not tok and seen < 10:
        tok = tok.head
        seen += 1
    if not seen:
        return False
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or gaz.place(tok.text) is not None or \
        tok.dep_ == "pobj" and tok.head.head.lower_ in _PLACE_NOUNS


def _listed_with_people(doc, start: int, end: int) -> bool:
    """``Ansel Adams, Chuck Close, X and Helmut Newton``: a name in a list of people is a person's."""
    tok = doc[end - 1]
    seen = 0
    while tok.dep_ == "conj" and tok.head is not tok and seen < 10:
        tok = tok.head
        seen += 1
    members, todo = [], [tok]
    while todo and len(members) < 12:
        t = todo.pop()
        members.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    others = [t for t in members if not start <= t.i < end]
    people = sum(t.ent_type_ == "PERSON" for t in others)
    return people > 0 and people > sum(t.ent_type_ in ("ORG", "GPE", "LOC", "FAC") for t in others)


def _place_context(doc, start: int, end: int, sent) -> bool:
    """``the northern Iraqi city, X``, ``the town of X``, ``X, a town ...``: the name is a place's."""
    if start - 2 >= sent.start and doc[start - 1].text in (",", "of") and doc[start - 2].lower_ in _PLACE_NOUNS:
        # but "the governor of the Umbria region, X": the place is the office's, X holds it;
        # and "for the pro-reform camp, X of the Y Party": X belongs to a body
        if doc[start - 1].text == "," and (affiliation(doc, end, sent) is not None
                                           or _listed_with_people(doc, start, end)):
            return False
        k = start - 3
        while doc[start - 1].text == "," and k - 1 >= max(sent.start, start - 9) and doc[k].text != ",":
            if doc[k].lower_ == "of" and is_role_word(doc[k - 1].text):
                return False
            k -= 1
        return True
    k = end
    while k < min(end + 3, sent.end) and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].text[:1].islower():
        if doc[k].lower_ in lexicon.words("place_context_nouns"):
            return not any(w.lower() in _ORG_WORDS for w in doc[start:end].text.split())
        k += 1
    if end + 2 < sent.end and doc[end].text == "," and doc[end + 1].lower_ in lexicon.words("articles") \
            and any(t.text in _PLACE_NOUNS for t in doc[end + 2:min(end + 5, sent.end)]):
        k = end + 2
        while k < sent.end and doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "ADV"):
            if doc[k].text in _PLACE_NOUNS:  # "X, a town ...", but not "X, the State Department ..."
                return True
            k += 1
    return False


def _near_country(name: str, gaz: Gazetteer):
    """A country whose name of eight letters or more is one letter away (a misspelling)."""
    if len(name) < 8:
        return None
    key = fold(name)
    for country in gaz.countries.values():
        other = fold(country.name)
        if abs(len(other) - len(key)) <= 1 and other[:1] == key[:1] and _edit_close(key, other):
            return country
    return None


def _demonym_of_place(word: str, gaz: Gazetteer) -> bool:
    """``Kashmiri``, ``Punjabi``: an adjective of a known place, not an organisation."""
    low = word.lower()
    for suffix in ("i", "is", "an", "ans", "ian", "ians", "ese", "ish"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)]
            if gaz.place(stem) or gaz.country(stem) or gaz.place(stem + "a"):
                return True
    return False


def _acts(tok) -> bool:
    """Whether a token is the doer of its clause or an owner (``Moscow has sought``, ``Ankara's support``)."""
    if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text in ("'s", "\u2019s")


def _person(doc, start, end, text, paragraph, sent, *, strong, gaz, role=None) -> _Mention | None:
    """A person's name, titles stripped (and kept as a role), or None if nothing of a name is left."""
    title: list[str] = []
    if end - start >= 3 and start - 2 >= sent.start and doc[start - 1].lower_ in ("of", "for") \
            and is_role_word(doc[start - 2].text) and doc[start - 2].text[:1].isupper() and doc[start].text.istitle():
        title = [t.text for t in doc[start - 2:start + 1]]  # "Minister of Education X Y": the portfolio is no name
        start += 1
    while start < end and (doc[start].lower_.rstrip(".") in HONORIFICS or doc[start].lower_ in HONORIFICS
                           or is_role_word(doc[start].text) or rank(doc[start].text)
                           or (title and doc[start].lower_ in ("first", "class", "general"))
                           or doc[start].text == "."):
        if doc[start].lower_.rstrip(".") not in HONORIFICS and doc[start].text != ".":
            title.append(doc[start].text)
        strong = True
        start += 1
    start, end = _clean_span(doc, start, end)
    start = _skip_stance(doc, start, end, gaz)
    name = _surface(doc, start, end, text)
    if name.endswith(".") and len(name.split()[-1]) > 2 and " " in name:
        name = name[:-1]  # the full stop of the sentence, not of an initial: "by Kemal To."
    words = name.split()
    if any(w.lower() in _CRAFT_WORDS for w in words) or any(ch.isdigit() for ch in name):
        return None  # a craft, or a code with figures in it: "STS-7", "XR5 Pro"
    if not words or any(w.lower() in _SMALL - {"al", "el", "de", "da", "e", "ul"} for w in words) \
            or not all(w[:1].isupper() or w.lower() in lexicon.words("name_particles")
                            or w[:1] in "-'" or w[:2] in ("al", "el") for w in words):
        return None
    if any(w.lower() in _ORG_WORDS for w in words) and len(words) > 1:
        return _Mention("organization", name, paragraph=paragraph, sent=sent, start=start, end=end)
    if not strong and len(words) == 1:
        known = gaz.country(name) or gaz.demonym(name)
        if known is not None:
            return _Mention("country", known.name, paragraph=paragraph, sent=sent, start=start, end=end,
                            strong=True, written=name)
    if role is None:
        role = role_words(doc, start, end, sent)
    for belongs in (affiliation(doc, end, sent), owner_country(doc, start, sent)):
        if belongs:
            role = (role or []) + [belongs]
    if title:
        role = (role or []) + [title]
    return _Mention("person", name, paragraph=paragraph, sent=sent, start=start, end=end, strong=strong, role=role)


def _passing_word(ent: _Entity) -> bool:
    """A single capitalised word the tagger alone took for a person, once, with no role and no part in the
    story's action: a product, a character, a credit line ("Image: Jdoe"), rather than someone in it."""
    return ent.kind == "person" and " " not in ent.name and len(ent.mentions) == 1 and not ent.role \
        and not ent.aliases and not ent.mentions[0].strong and not _acts_in(ent.mentions[0])


# --- roles ------------------------------------------------------------------------------------

def _resolve_possessors(people: list[_Entity]) -> None:
    """"Varga's deputy" -> "Deputy of Imre Varga, Speaker of the regional parliament"."""
    for ent in people:
        match = re.fullmatch(r"(.+?)['\u2019]s ([\w\- ]+)", ent.role or "")
        if not match:
            continue
        owner = fold(match.group(1))
        boss = next((p for p in people if p is not ent and p.mentions and
                     (owner == fold(p.name) or owner in {fold(a) for a in p.aliases})), None)
        if boss is not None:
            noun = match.group(2)
            role = f"{noun[:1].upper()}{noun[1:]} of {boss.name}"
            ent.role = f"{role}, {boss.role}" if boss.role and "'s " not in boss.role else role


def _best_role(ent: _Entity, gaz: Gazetteer) -> tuple[str | None, str | None]:
    best = None
    for m in ent.mentions:
        for words in m.role or ():
            norm = normalise_role(words, gaz)
            if norm is None and words and words[0][:1].isupper() \
                    and all(w[:1].isupper() or w in ("of", "and", "for", "&") for w in words):
                # an employer alone: "the Herald's Tom Reyes", "X of the Y Party"; a country: "Chile's Ana Rojas"
                land = gaz.country(" ".join(words))
                if land is None and (gaz.place(" ".join(words)) is not None or words[-1].lower() in _PLACE_NAME_WORDS):
                    continue  # "Moscow's X", "X of Elm Road": a place is no one's role
                norm = (land.name, land.name) if land else (" ".join(words), None)
            if norm is None:
                continue
            role, country = norm
            only_rank = not any(is_role_word(w) and not rank(w) for w in words)
            score = (not only_rank, country is not None, len(role.split()) <= 10, -(m.paragraph or 0))
            if best is None or score > best[0]:
                best = (score, role, country)
    return (best[1], best[2]) if best else (None, None)


# --- organisations with an owner --------------------------------------------------------------

def _owned_organisations(sent: "Span", text: str, paragraph: int | None, gaz: Gazetteer) -> list[_Mention]:
    """``the Afghan government``, ``Russia's ministry of foreign affairs``, ``the parliament of Georgia``."""
    doc = sent.doc
    out = []
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        low = tok.lower_
        head = None
        h_start, h_end = i, i + 1
        if i + 1 < sent.end and (low, doc[i + 1].lower_) in _ORG_HEADS2:
            head = _ORG_HEADS2[(low, doc[i + 1].lower_)]
            h_end = i + 2
        elif tok.lemma_.lower() in _ORG_HEADS and tok.tag_ not in ("NNS", "NNPS") or low in _ORG_HEADS:
            head = _ORG_HEADS.get(low) or _ORG_HEADS[tok.lemma_.lower()]
        if head is None or (tok.pos_ not in ("NOUN", "PROPN") and h_end == i + 1 and low != "military"):
            i += 1
            continue
        # "ministry of foreign affairs", "Ministry of Defence"
        end = h_end
        if head == "ministry" and end + 1 < sent.end and doc[end].lower_ == "of" and doc[end + 1].text[:1].isalpha():
            k = end + 1
            while k < sent.end and (doc[k].text[:1].isupper()
                                    or doc[k].lower_ in lexicon.words("ministry_portfolio_words")):
                if gaz.country(doc[k].text) or gaz.demonym(doc[k].text):
                    break
                k += 1
            if k > end + 1:
                head = "ministry " + " ".join(t.lower_ for t in doc[end + 1:k] if t.lower_ not in ("and", "affairs"))
                end = k
        elif head == "ministry" and i - 1 >= sent.start and doc[i - 1].pos_ in ("ADJ", "NOUN", "PROPN") \
                and not gaz.country(doc[i - 1].text) and not gaz.demonym(doc[i - 1].text):
            head = "ministry " + doc[i - 1].lower_
        if h_end == i + 1 and (tok.dep_ == "amod" or tok.pos_ == "ADJ" and tok.dep_ not in ("nsubj", "nsubjpass")):
            i = h_end  # "military aggression": an adjective, not the armed forces
            continue
        # Owner and modifiers to the left.
        j = h_start
        owner = None
        owner_start = owner_end = h_start
        possessive = False
        while j - 1 >= sent.start:
            prev = doc[j - 1]
            if prev.text in ("'s", "\u2019s") and j - 2 >= sent.start:
                j -= 1
                continue
            if prev.lower_ in lexicon.words("owner_stop_words") \
                    or prev.pos_ not in ("ADJ", "NOUN", "PROPN") and prev.text != "-":
                break
            if prev.tag_ in ("NNS",) or is_role_word(prev.text) or prev.lower_ in ("led", "backed", "based", "run"):
                break
            found = _owner_at(doc, j - 1, sent.start, gaz)
            if found:
                owner, owner_start = found
                owner_end = j
                possessive = j < len(doc) and doc[j].text in ("'s", "\u2019s")
                break
            if prev.ent_type_ in ("ORG", "NORP") and not gaz.demonym(prev.text) and not gaz.country(prev.text) \
                    and prev.lower_ not in TITLE_MODIFIERS:
                if j != h_start or (tok.ent_type_ == prev.ent_type_ and tok.ent_iob_ == "I"):
                    break  # "Afghanistan's Taliban government": the named body is the actor
                start_org = j - 1
                while start_org - 1 >= sent.start and doc[start_org - 1].ent_type_ == prev.ent_type_ \
                        and doc[start_org].ent_iob_ != "B" and doc[start_org - 1].lower_ != "the":
                    start_org -= 1
                owner, owner_start, owner_end = doc[start_org:j].text, start_org, j
                break
            j -= 1
        mods_start = owner_start if owner else j
        # Owner to the right: "the government of Saudi Arabia".
        head_end = end
        if owner is None and end + 1 < sent.end and doc[end].lower_ == "of":
            k = end + 1
            if doc[k].lower_ == "the":
                k += 1
            stop = k
            while stop < sent.end and (doc[stop].text[:1].isupper() or doc[stop].text == "-") and doc[stop].ent_type_ != "DATE":
                stop += 1
            if stop > k:
                name = _surface(doc, k, stop, text)
                country = gaz.country(name)
                if country is not None or doc[k].ent_type_ in ("GPE", "LOC") or gaz.place(name) \
                        or doc[k].ent_type_ == "ORG" and not any(w.lower() in _ORG_WORDS for w in name.split()):
                    owner = country.name if country else name
                    end = stop
        if owner is None:
            if h_end == i + 1 and head in lexicon.words("acting_body_heads") and tok.dep_ == "nsubj" \
                    and i - 1 >= sent.start and doc[i - 1].lower_ == "the":
                # "The military said ...": the body acts, though the article does not name its owner here.
                out.append(_Mention("organization", tok.text.lower(), sent=sent, paragraph=paragraph, start=i,
                                    end=i + 1, key=f"|{head}"))
            i = end
            continue
        first = mods_start
        while first < i and doc[first].text in ("'s", "\u2019s"):
            first += 1
        mods_from = owner_end if owner_start < h_start else j
        mods = [t.text for t in doc[mods_from:h_start] if t.text not in ("'s", "\u2019s") and t.lower_ != "the"]
        head_words = text[doc[h_start].idx:doc[head_end - 1].idx + len(doc[head_end - 1])]
        country = gaz.country(owner) or gaz.demonym(owner)
        if owner_start < h_start and not possessive:
            label = _surface(doc, owner_start, owner_end, text)  # as written: "US Army", "Afghan government"
        else:
            label = _demonym_of(country) if country else owner
        owner = country.name if country else owner
        display = " ".join([label, *mods, head_words])
        written = _surface(doc, mods_start, end, text)
        key = f"{fold(owner)}|{head}"
        out.append(_Mention("organization", display, sent=sent, paragraph=paragraph, start=mods_start, end=end,
                            strong=True, key=key, country=country.name if country else None, written=written))
        i = end
    return out


def _owner_at(doc, i, limit, gaz) -> tuple[str, int] | None:
    """A country, demonym, place or person's surname ending at token i: its name and first token."""
    for n in range(min(3, i - limit + 1), 0, -1):
        start = i - n + 1
        words = doc[start:i + 1].text
        if not words[:1].isupper() or doc[start].lower_ == "the":
            continue
        country = gaz.country(words) or gaz.demonym(words)
        if country is not None:
            return country.name, start
        if doc[start].ent_type_ in ("GPE", "PERSON") and doc[i].ent_type_ == doc[start].ent_type_ \
                and doc[i].ent_iob_ != "B" or n == 1 and doc[i].ent_type_ in ("GPE", "PERSON"):
            return words, start
    return None


def _demonym_of(country: gazetteer.Country) -> str:
    """The adjective an organisation takes from its country: "Armenian" foreign ministry."""
    return country.demonym or country.name


# --- one name, one type -----------------------------------------------------------------------

def _make_consistent(mentions: list[_Mention], gaz: Gazetteer) -> None:
    name_words: set[str] = set()
    for m in mentions:
        if m.kind == "person" and (len(m.name.split()) > 1 or m.strong):
            name_words.update(fold(w) for w in m.name.split())
    full_names = [m.name for m in mentions if m.kind == "person" and len(m.name.split()) > 1]
    surnames = {fold(n.split()[-1]) for n in full_names}
    by_text: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        if m.key is None:
            by_text[fold(m.name)].append(m)
    for key, group in by_text.items():
        written = group[0].name
        kinds = Counter(m.kind for m in group)
        strong = Counter(m.kind for m in group if m.strong)
        if len(key.split()) == 1 and (key in surnames or "person" in kinds and _near(key, surnames)) \
                and not (gaz.country(written) or gaz.demonym(written) or gaz.capital(written)):
            kind = "person"  # "Soro" beside "Guillaume Soro", though a town abroad has that name
        elif "country" in strong:
            kind = "country"
        elif strong:
            kind = strong.most_common(1)[0][0]
        elif kinds.get("person", 0) >= max(kinds.values()) and not gaz.is_place(written):
            kind = "person"
        elif gaz.place(written) and key not in name_words:
            kind = "place"
        elif len(key.split()) == 1 and (key in surnames or _near(key, surnames)) and kinds.get("place", 0) + kinds.get("organization", 0):
            kind = "person"
        else:
            kind = kinds.most_common(1)[0][0]
        for m in group:
            if m.kind != kind and not (m.kind == "country" and m.strong):
                m.kind = kind
                if kind == "place" and m.place is None:
                    m.place = gaz.place(m.name)


def _near(word: str, words: set[str]) -> bool:
    return any(_edit_close(word, w) for w in words)


def _edit_close(a: str, b: str) -> bool:
    """One edit apart for names of five letters or more, two for ten or more; same first letter."""
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2:
        return False
    limit = 2 if min(len(a), len(b)) >= 10 else 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


# --- grouping ---------------------------------------------------------------------------------

def _group(mentions: list[_Mention], gaz: Gazetteer) -> list[_Entity]:
    entities: list[_Entity] = []
    index: dict[tuple[str, str], _Entity] = {}

    def get(kind: str, key: str, name: str) -> _Entity:
        ent = index.get((kind, key))
        if ent is None:
            ent = index[(kind, key)] = _Entity(kind, name)
            entities.append(ent)
        return ent

    people = [m for m in mentions if m.kind == "person"]
    _group_people(people, get)
    for m in mentions:
        if m.kind == "country":
            ent = get("country", m.name, m.name)
            ent.mentions.append(m)
            if m.written and m.written != m.name:
                ent.aliases.add(m.written)
        elif m.kind == "place":
            ent = get("place", fold(m.name), m.name)
            ent.mentions.append(m)
            place = m.place or gaz.place(m.name)
            if place is not None and ent.country is None:
                owner = gaz.country_of(place)
                ent.country = owner.name if owner else None
                ent.lat, ent.lon = place.lat, place.lon
            elif ent.country is None:
                ent.country = _country_after(m, gaz)
        elif m.kind == "organization":
            ent = get("organization", m.key or _org_key(m.name, gaz) or fold(m.name), m.name)
            ent.mentions.append(m)
            if m.key and len(m.name.split()) < len(ent.name.split()):
                ent.aliases.add(ent.name)
                ent.name = m.name  # "Pakistani foreign ministry" rather than "... Ministry of Foreign Affairs"
            ent.country = ent.country or m.country
            for alias in (m.name, m.written):
                if alias and alias != ent.name:
                    ent.aliases.add(alias)
    _merge_acronyms([e for e in entities if e.kind == "organization"],
                    [e for e in entities if e.kind in ("organization", "person")])
    _merge_bare_heads([e for e in entities if e.kind == "organization"], index)
    _merge_head_of([e for e in entities if e.kind == "organization"])
    _merge_variants(entities, gaz)
    _merge_prefixes([e for e in entities if e.kind == "organization" and e.mentions], gaz)
    return [e for e in entities if e.mentions]


def _merge_head_of(orgs: list[_Entity]) -> None:
    """``the Church`` onto ``the Church of Unification Science``, the one body the article names by that head."""
    for ent in orgs:
        if " " in ent.name or ent.name.isupper() or not ent.mentions:
            continue
        head = fold(ent.name)
        owners = [e for e in orgs if e is not ent and e.mentions and fold(e.name).split()[:2] == [head, "of"]]
        if len(owners) == 1:
            owners[0].mentions.extend(ent.mentions)
            owners[0].aliases.add(ent.name)
            ent.mentions = []


def _merge_prefixes(orgs: list[_Entity], gaz: Gazetteer) -> None:
    """``Kenya National Commission`` onto ``Kenyan National Commission on Human Rights``."""
    def words(name: str) -> list[str]:
        out = []
        for w in name.split():
            country = gaz.country(w) or gaz.demonym(w)
            out.append(fold(country.name) if country else fold(w))
        return out

    forms = [(e, words(e.name)) for e in orgs]
    for short, sw in forms:
        if not short.mentions or not short.name[:1].isupper() or short.name.isupper():
            continue
        longer = [e for e, lw in forms if e is not short and e.mentions and len(lw) > len(sw) >= 2
                  and lw[:len(sw)] == sw]
        if not longer and short.name[:1].isupper():
            # "Commission" onto "European Commission", "Security Council" onto "UN Security Council"
            longer = [e for e, lw in forms if e is not short and e.mentions and len(lw) > len(sw)
                      and lw[-len(sw):] == sw]
        if len(longer) == 1:
            longer[0].mentions.extend(short.mentions)
            longer[0].aliases |= short.aliases | {short.name}
            short.mentions = []


def _merge_variants(entities: list[_Entity], gaz: Gazetteer) -> None:
    """``Nigerian Red Cross`` onto ``Red Cross``; ``Kashmiri`` (beside ``Kashmir``) is no organisation."""
    orgs = {fold(e.name): e for e in entities if e.kind == "organization" and e.mentions}
    squashed: dict[str, _Entity] = {}
    for name, ent in list(orgs.items()):
        # "al Qaeda", "al-Qaeda" and "al-Qaida" are one body.
        key = re.sub(r"[^a-z0-9]", "", name)
        same = squashed.get(key) or next((e for k, e in squashed.items() if len(k) >= 7 and _edit_close(k, key)), None)
        if same is not None and same is not ent:
            same.mentions.extend(ent.mentions)
            same.aliases |= ent.aliases | {ent.name}
            ent.mentions = []
            del orgs[name]
        else:
            squashed[key] = ent
    for ent in entities:
        # "the Lashkar" beside "Lashkar-e-Toiba": the short form of the group's name.
        if ent.kind in ("place", "person") and ent.mentions and " " not in ent.name and not gaz.is_place(ent.name):
            longer = [o for o in orgs.values() if o.name.split("-")[0] == ent.name and "-" in o.name]
            if len(longer) == 1:
                longer[0].mentions.extend(ent.mentions)
                longer[0].aliases.add(ent.name)
                ent.mentions = []
    places = {fold(e.name) for e in entities if e.kind in ("place", "country")}
    for ent in list(orgs.values()):
        words = ent.name.split()
        if len(words) == 1 and any(fold(ent.name[:-len(x)]) in places for x in ("i", "is", "an", "ian", "ese")
                                   if ent.name.lower().endswith(x)):
            ent.mentions = []
            continue
        if len(words) > 1 and (gaz.demonym(words[0]) or gaz.country(words[0])):
            base = orgs.get(fold(" ".join(words[1:])))
            if base is not None and base is not ent and base.mentions:
                base.mentions.extend(ent.mentions)
                base.aliases |= ent.aliases | {ent.name}
                ent.mentions = []


def _country_after(m: _Mention, gaz: Gazetteer) -> str | None:
    """``Bouake Airport, Ivory Coast``: the country named right after a place."""
    doc = m.sent.doc
    if m.end + 1 >= len(doc) or doc[m.end].text != ",":
        return None
    for n in (3, 2, 1):
        if m.end + 1 + n <= len(doc):
            country = gaz.country(doc[m.end + 1:m.end + 1 + n].text)
            if country is not None:
                return country.name
    return None


def _org_key(name: str, gaz: Gazetteer) -> str | None:
    """``Russian Foreign Ministry`` and ``Russia's ministry of foreign affairs`` -> ``russia|ministry foreign``;
    a bare head (``the Army``) -> ``|military``."""
    words = name.replace("'s ", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    owner = ""
    for n in range(min(3, len(words) - 1), 0, -1):
        country = gaz.country(" ".join(words[:n])) or gaz.demonym(" ".join(words[:n]))
        if country is not None:
            owner, words = fold(country.name), words[n:]
            break
    rest = [w.lower() for w in words]
    head = None
    if len(rest) == 2 and rest[1] == "ministry":
        head = "ministry " + rest[0]
    elif len(rest) > 2 and rest[:2] == ["ministry", "of"]:
        head = "ministry " + " ".join(w for w in rest[2:] if w not in ("and", "affairs"))
    elif tuple(rest) in _ORG_HEADS2:
        head = _ORG_HEADS2[tuple(rest)]
    elif len(rest) == 1 and rest[0] in _ORG_HEADS:
        head = _ORG_HEADS[rest[0]]
    return f"{owner}|{head}" if head else None


def _merge_bare_heads(orgs: list[_Entity], index: dict) -> None:
    """``the Army`` onto the one army the article names (``the US Army``); dropped if none or several."""
    keys = {id(e): k for (kind, k), e in index.items() if kind == "organization"}
    for ent in orgs:
        key = keys.get(id(ent), "")
        if not key.startswith("|"):
            continue
        owners = [e for e in orgs if e is not ent and e.mentions and (keys.get(id(e), "").endswith(key)
                                                                       or fold(e.name).split()[-1] == key[1:])]
        if len(owners) == 1:
            owners[0].mentions.extend(ent.mentions)
            owners[0].aliases.add(ent.name)
        elif ent.name.lstrip("the ")[:1].isupper() and key not in ("|government", "|military", "|police"):
            continue  # "the Senate", "the Air Force": named, if by their head alone
        elif not owners and sum(_acts_in(m) for m in ent.mentions) >= 2:
            continue  # "the military said ...", "the military claims ...": an actor of the story
        ent.mentions = []


def _group_people(people: list[_Mention], get) -> None:
    """Full names first; then shorter forms and misspellings folded onto the one full name they fit."""
    fulls: list[_Entity] = []
    ordered = sorted(people, key=lambda m: -len(m.name.split()))
    for m in ordered:
        words = [fold(w) for w in m.name.split()]
        target = None
        candidates = []
        for ent in fulls:
            ewords = [fold(w) for w in ent.name.split()]
            if words == ewords or _sub_sequence(words, ewords) or _misspelt(words, ewords):
                candidates.append(ent)
        if len(candidates) == 1:
            target = candidates[0]
        elif candidates:
            # "Khan" with two Khans: the one last named before this mention.
            here = _position(m)
            before = [(max((_position(x) for x in c.mentions if _position(x) <= here), default=None), c)
                      for c in candidates]
            before = [b for b in before if b[0] is not None]
            target = max(before, key=lambda b: b[0])[1] if before else candidates[0]
        if target is None:
            target = get("person", " ".join(words), m.name)
            fulls.append(target)
        target.mentions.append(m)
        if m.name != target.name:
            target.aliases.add(m.name)
        if m.sent is not None and m.start > m.sent.start and m.sent.doc[m.start - 1].lower_.rstrip(".") in HONORIFICS:
            target.aliases.add(f"{m.sent.doc[m.start - 1].text} {m.name}")
    for ent in fulls:
        # "sales of Patriot missiles": a lone capitalised word the tagger took for a name, used as a modifier.
        if " " not in ent.name and all(not m.strong and not m.role and _modifier(m) for m in ent.mentions):
            ent.mentions = []


def _modifier(m: _Mention) -> bool:
    tok = m.sent.doc[m.end - 1]
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "NOUN" and tok.head.text.islower()


def _position(m: _Mention) -> tuple[int, int]:
    return (-1 if m.paragraph is None else m.paragraph, m.start)


def _sub_sequence(short: list[str], long: list[str]) -> bool:
    if len(short) >= len(long):
        return False
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _misspelt(words: list[str], ewords: list[str]) -> bool:
    if len(words) == 1:
        return _edit_close(words[0], ewords[-1]) and len(ewords) > 1
    return len(words) == len(ewords) and all(_edit_close(a, b) for a, b in zip(words, ewords))


def _initials(name: str) -> str:
    parts = [p for p in re.split(r"[\s\-/]+", name) if p]
    return "".join(p[0] for p in parts if p.lower() not in _SMALL and p[:1].isalpha()).upper()


def _merge_acronyms(orgs: list[_Entity], entities: list[_Entity]) -> None:
    """``IAEA`` onto ``International Atomic Energy Agency``; ``LeW`` onto ``Lashkar-e-Watan``.

    A long form the tagger took for a person's name is an organisation's (``MSF`` names it)."""
    for short in orgs:
        word = short.name.replace(".", "")
        if not (2 <= len(word) <= 6 and word.replace("-", "").isalpha() and sum(c.isupper() for c in word) >= 2
                and " " not in word):
            continue
        for long in entities:
            if long is short or " " not in long.name and "-" not in long.name or not long.mentions:
                continue
            if long.kind == "person" and (len(word) < 3 or len(long.name.split()) < 3):
                continue
            initials = _initials(long.name)
            full_initials = "".join(p[0] for p in re.split(r"[\s\-/]+", long.name) if p).upper()
            if word.upper() in (initials, full_initials):
                long.mentions.extend(short.mentions)
                long.aliases |= short.aliases | {short.name}
                short.mentions = []
                if long.kind == "person":
                    long.kind, long.role = "organization", None
                    long.aliases = {a for a in long.aliases if " " in a or a.isupper()}
                break


# --- actors -----------------------------------------------------------------------------------

def _to_actors(entities: list[_Entity], gaz: Gazetteer) -> list[tuple[_Entity, Actor]]:
    """Each entity with the actor it becomes, the most salient first."""
    entities = sorted(entities, key=lambda e: (-e.salience(), e.first))
    used: Counter[str] = Counter()
    actors = []
    for ent in entities:
        if ent.kind == "person":
            _person_aliases(ent, entities)
        base = f"{ent.kind}-{slugify(ent.name) or 'unnamed'}"
        used[base] += 1
        ident = base if used[base] == 1 else f"{base}-{used[base]}"
        aliases = sorted(a for a in ent.aliases if a != ent.name)
        actors.append((ent, Actor(id=ident, name=ent.name, type=ent.kind, role=ent.role, aliases=aliases,
                                  mentions=len(ent.mentions), paragraphs=ent.paragraphs, country=ent.country,
                                  lat=ent.lat, lon=ent.lon)))
    return actors


def _person_aliases(ent: _Entity, entities: list[_Entity]) -> None:
    """The surname alone, when no one else in the article shares it."""
    words = ent.name.split()
    if len(words) < 2:
        return
    surname = words[-1]
    if "-" in surname:
        return
    others = [e for e in entities if e is not ent and e.kind == "person" and fold(e.name.split()[-1]) == fold(surname)]
    if not others:
        ent.aliases.add(surname)


# --- what they did and said -------------------------------------------------------------------

_SUMMARY_ACTORS = 6
_SUMMARY_SENTENCES = 3


def _add_summaries(pairs: list[tuple[_Entity, Actor]], parsed: ParsedArticle) -> None:
    """For the main actors: the article's sentences in which they act or speak."""
    texts = {p.index: p.text for p in parsed.paragraphs}
    chosen = 0
    for ent, actor in pairs:
        if chosen >= _SUMMARY_ACTORS:
            break
        if ent.kind not in ("person", "organization") or len(ent.mentions) < 2 and ent.kind != "person":
            continue
        items: list[BackgroundItem] = []
        seen = set()
        for m in sorted(ent.mentions, key=lambda m: (m.paragraph is None, m.paragraph or 0, m.start)):
            if m.paragraph is None or m.sent is None:
                continue
            key = (m.paragraph, m.sent.start)
            if key in seen or not _acts_in(m):
                continue
            seen.add(key)
            sentence = texts[m.paragraph][m.sent.start_char:m.sent.end_char].strip()
            if 20 <= len(sentence) <= 400:
                items.append(BackgroundItem(sentence, m.paragraph, "context"))
            if len(items) >= _SUMMARY_SENTENCES:
                break
        if items:
            actor.summary = items
            chosen += 1


def _acts_in(m: _Mention) -> bool:
    """Whether the mention is the subject of its clause, or the speaker of a sentence with a speech verb."""
    doc = m.sent.doc
    for tok in doc[m.start:m.end]:
        if m.start <= tok.head.i < m.end and tok.head is not tok:
            continue  # not the head of the name
        head = tok
        while head.dep_ == "appos" and head.head is not head:
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            return True
        if head.dep_ == "pobj" and head.head.dep_ == "agent":
            return True  # "was ousted by X"
    return False
