"""Merging mentions into actors: one name, one type across the article; surnames, ``Mr X`` and
near-misspellings onto the one full name they fit; bare heads onto the one body of their kind. A
body's other names (acronyms, short forms, spelling variants, prefixes and suffixes) are merged onto
it by :mod:`generator.extract.body_name_merges` and :mod:`generator.extract.body_name_forms`.

Each merge is a rule (``merge.*``); an entity lists the merges that gave it mentions.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from generator import lexicon
from generator.extract.body_name_forms import merge_head_of, merge_prefixes, merge_variants
from generator.extract.body_name_merges import (merge_acronyms, merge_bracketed_acronyms, merge_full_names,
                                                merge_kind_words, merge_same_names)
from generator.extract.names import (BODY_WORDS, GIVEN_NAMES, ORG_HEADS, ORG_HEADS2, PARTY_MEMBERS, SURNAME_PARTICLES,
                                     Entity, Mention, acts_in, edit_close)
from generator.extract.provenance import rule
from generator.extract.roles import HONORIFICS, is_role_word
from generator.gazetteer import Gazetteer, fold


# The labels the tagger gives, as the rules that take them over unchanged.
_TAGGER_LABELS = ("actor.tagger-", "actor.the-single-name-body")
_SPEECH_VERBS = lexicon.having("speech_verbs", "cue")
_LOCATIVE = lexicon.words("locative_prepositions")
# The plural of a party's members by the adjective of its name: "Republican" -> "Republicans".
_MEMBERS_OF = {adjective: plural for plural, adjective in reversed(PARTY_MEMBERS.items())}
# Heads of a body named by its portfolio before or after them: "Justice Department", "Department of Justice".
_PORTFOLIO_HEADS = lexicon.words("portfolio_heads")


def make_consistent(mentions: list[Mention], gaz: Gazetteer, common: set[str]) -> None:
    """One type per name across the article. ``common`` are the words the article writes in lower
    case, which are words of the language rather than names."""
    name_words: set[str] = set()
    for m in mentions:
        if m.kind == "person" and (len(m.name.split()) > 1 or m.strong):
            name_words.update(fold(w) for w in m.name.split())
    full_names = [m.name for m in mentions if m.kind == "person" and len(m.name.split()) > 1]
    folded_names = {fold(n) for n in full_names}
    surnames = {fold(surname_of(n)) for n in full_names} | {bare_surname(fold(surname_of(n))) for n in full_names}
    # the surnames the article writes alone for a person and the tagger took for one: "Hadley said"
    lone_surnames = {fold(m.name) for m in mentions if m.kind == "person" and " " not in m.name
                     and m.sent is not None and m.sent.doc[m.start].ent_type_ == "PERSON"}
    by_text: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.key is None:
            by_text[fold(m.name)].append(m)
    for key, group in by_text.items():
        written, mixed, retyped_as = group[0].name, False, None
        kinds = Counter(m.kind for m in group)
        strong = Counter(m.kind for m in group if m.strong)
        if len(key.split()) == 1 and (key in surnames or "person" in kinds and _near(key, surnames)) \
                and not (gaz.country(written) or gaz.demonym(written) or gaz.capital(written)):
            kind = "person"  # "Soro" beside "Guillaume Soro", though a town abroad has that name
        elif len(key.split()) == 2 and key.split()[0] in SURNAME_PARTICLES and not strong \
                and any(n.endswith(" " + key) for n in folded_names) and not gaz.is_place(written):
            kind = "person"  # "La Reyes" beside "Tomas La Reyes": a surname with its particle
        elif "country" in strong:
            kind = "country"
        elif strong:
            kind = strong.most_common(1)[0][0]
        elif _tagger_disagrees(group) and kinds["place"] >= kinds["organization"] \
                and not _backed_as_person(key, lone_surnames, full_names):
            # nothing backs a person: "entered Tell Arvo ... shelling hit Tell Arvo"; not "Ana Lind, a
            # nurse", "Ana Lind said", "Tom Reyes, Ana Lind and X", nor "Ana Lind ... Lind said". (A body
            # the tagger also took for a person keeps the commonest label: as often, the person is the
            # body's namesake, "the Lind campaign".)
            kind, mixed = "place", True
        elif _tagger_disagrees(group) and written.split()[0].lower() not in GIVEN_NAMES \
                and not _backed_as_person(key, lone_surnames, full_names):
            # nor does anything back one in a name no given name opens, which the tagger took for a
            # body's at least as often: "the Harbour Accord ... the Harbour Accord said"
            kind, retyped_as = "organization", "actor.body-label-over-unbacked-person"
        elif _placed_after_locative(group) and written.split()[0].lower() not in GIVEN_NAMES \
                and not _backed_as_person(key, lone_surnames, full_names):
            # "visited Mirava ... arrived at Mirava ... the cabins in Mirava": the tagger once set the
            # name after a preposition of place as a place's, and nothing but its label makes a person
            kind, retyped_as = "place", "actor.place-after-locative-over-unbacked-person"
        elif _kind_noun_over_tagger(group) and written.split()[0].lower() not in GIVEN_NAMES \
                and not _backed_as_person(key, lone_surnames, full_names):
            # "the protest group Vexa ... accused Vexa of ...": the noun of its kind once names a body,
            # and nothing but the tagger's label, however often, makes it a person
            kind, retyped_as = "organization", "actor.kind-noun-over-unbacked-person"
        elif kinds.get("person", 0) >= max(kinds.values()) and not gaz.is_place(written):
            kind = "person"
        elif gaz.place(written) and key not in name_words:
            kind = "place"
        elif len(key.split()) == 1 and (key in surnames or _near(key, surnames)) and kinds.get("place", 0) + kinds.get("organization", 0):
            kind = "person"
        else:
            kind = kinds.most_common(1)[0][0]
        retyped = retyped_as or ("actor.mixed-tagger-labels" if mixed else "actor.one-type-per-name")
        # and a full name, not words of the language ("Security Program")
        if kind == "organization" and not strong and _named_person(written, lone_surnames, full_names) \
                and not any(w.lower() in common for w in written.split()):
            kind, retyped = "person", "actor.full-name-of-a-surname"
        for m in group:
            if m.kind != kind and not (m.kind == "country" and m.strong):
                m.kind = kind
                m.retyped = rule(retyped)
                if kind == "place" and m.place is None:
                    m.place = gaz.place(m.name)


# A particle a surname may open with, joined by a hyphen, that the writer may leave off: "al-Sadr", "Sadr".
_JOINED_PARTICLES = tuple(p + "-" for p in lexicon.words("name_particles"))


# Words after a surname that mark a generation: "Ana Lind Jr.", "Tom Reyes III".
_GENERATION_SUFFIXES = lexicon.words("generation_suffixes")


def surname_of(name: str) -> str:
    """The last word of a full name, before a generation's suffix: "Tom B. Reyes Jr" -> "Reyes"."""
    words = name.split()
    while len(words) > 2 and words[-1].lower().rstrip(".") in _GENERATION_SUFFIXES:
        words.pop()
    return words[-1]


def bare_surname(word: str) -> str:
    """A folded name word without the particle joined to its front: "al-sadr" -> "sadr"."""
    for particle in _JOINED_PARTICLES:
        if word.startswith(particle) and len(word) > len(particle) + 1:
            return word[len(particle):]
    return word


def _tagger_disagrees(group: list[Mention]) -> bool:
    """Whether the tagger labelled a name a body's or a place's in at least as many mentions as a
    person's, and no mention it labelled a person's has a role, speaks or is listed among people."""
    people = [m for m in group if m.kind == "person" and m.rule == "actor.tagger-person"]
    others = [m for m in group if m.kind in ("organization", "place") and m.rule.startswith(_TAGGER_LABELS)]
    return bool(people) and len(others) >= len(people) and len(people) + len(others) == len(group) \
        and not any(m.role or _speaks(m) or _among_people(m) for m in people)


def _placed_after_locative(group: list[Mention]) -> bool:
    """Whether the tagger labelled a name a place's in one mention or more, one of them after a
    preposition of place ("in Mirava", "from the Mirava"), and a person's in the others, with nothing
    else to type it: no mention it took for a person's has a role, speaks or is listed among people."""
    people = [m for m in group if m.kind == "person"]
    return bool(people) and all(m.rule.startswith(_TAGGER_LABELS) and not m.strong for m in group) \
        and any(m.kind == "place" and _after_locative(m) for m in group) \
        and not any(m.role or _speaks(m) or _among_people(m) for m in people)


def _after_locative(m: Mention) -> bool:
    doc = m.sent.doc
    k = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ != "the" else m.start - 2
    return k >= m.sent.start and doc[k].lower_ in _LOCATIVE


def _kind_noun_over_tagger(group: list[Mention]) -> bool:
    """Whether a noun of its kind before one mention names a body ("the protest group Vexa"), and every
    other mention is the tagger's alone: none it took for a person's has a role, speaks or is listed
    among people."""
    people = [m for m in group if m.kind == "person"]
    return any(m.kind == "organization" and m.rule == "actor.kind-noun-before-name" for m in group) \
        and all(m.rule == "actor.kind-noun-before-name" or m.rule.startswith(_TAGGER_LABELS) and not m.strong
                for m in group) \
        and not any(m.role or _speaks(m) or _among_people(m) for m in people)


def _among_people(m: Mention) -> bool:
    """``Ana Lind, Tom Reyes and X``: listed with two people or more the tagger found."""
    tok = m.sent.doc[m.end - 1]
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    members, todo = [], [tok]
    while todo and len(members) < 12:
        t = todo.pop()
        members.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return sum(t.ent_type_ == "PERSON" and not m.start <= t.i < m.end for t in members) >= 2


def _speaks(m: Mention) -> bool:
    head = next((t for t in m.sent.doc[m.start:m.end] if not m.start <= t.head.i < m.end), None)
    return head is not None and head.dep_ == "nsubj" and head.head.lemma_.lower() in _SPEECH_VERBS


def _backed_as_person(key: str, lone_surnames: set[str], full_names: list[str]) -> bool:
    """Whether the last word of a name is written alone for a person ("Lind said"), or the name ends
    a longer person's name ("Ruiz Vega" after "Ana Ruiz Vega")."""
    words = key.split()
    return len(words) > 1 and words[-1] in lone_surnames or any(fold(n).endswith(" " + key) for n in full_names)


def _named_person(name: str, lone_surnames: set[str], full_names: list[str]) -> bool:
    """A name of two or three plain words that the tagger alone took for a body, whose last word the
    article writes alone for a person ("Hadley said"), with no other full name of that surname:
    a person's full name, not a body's."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words) \
            or any(w.lower() in BODY_WORDS for w in words):
        return False
    last = fold(words[-1])
    return last in lone_surnames and not any(fold(n) != fold(name) and fold(n.split()[-1]) == last
                                             for n in full_names)


def _near(word: str, words: set[str]) -> bool:
    return any(edit_close(word, w) for w in words)


def group(mentions: list[Mention], gaz: Gazetteer) -> list[Entity]:
    entities: list[Entity] = []
    index: dict[tuple[str, str], Entity] = {}

    def get(kind: str, key: str, name: str) -> Entity:
        ent = index.get((kind, key))
        if ent is None:
            ent = index[(kind, key)] = Entity(kind, name)
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
            if ent.mentions and all(fold(x.written or x.name) != fold(m.written or m.name) for x in ent.mentions) \
                    and "merge.owner-and-head" not in ent.rules:
                ent.rules.append(rule("merge.owner-and-head"))
            ent.mentions.append(m)
            if m.key and len(m.name.split()) < len(ent.name.split()):
                ent.aliases.add(ent.name)
                ent.name = m.name  # "Pakistani foreign ministry" rather than "... Ministry of Foreign Affairs"
            ent.country = ent.country or m.country
            for alias in (m.name, m.written):
                if alias and alias != ent.name:
                    ent.aliases.add(alias)
    merge_acronyms([e for e in entities if e.kind == "organization"],
                   [e for e in entities if e.kind in ("organization", "person")])
    merge_bracketed_acronyms([e for e in entities if e.kind == "organization"])
    merge_kind_words([e for e in entities if e.kind == "organization"])
    merge_full_names([e for e in entities if e.kind == "organization"])
    merge_same_names([e for e in entities if e.kind == "organization"])
    _merge_bare_heads([e for e in entities if e.kind == "organization"], index)
    merge_head_of([e for e in entities if e.kind == "organization"])
    merge_variants(entities, gaz)
    merge_prefixes([e for e in entities if e.kind == "organization" and e.mentions], gaz)
    return [e for e in entities if e.mentions]


def _country_after(m: Mention, gaz: Gazetteer) -> str | None:
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
    ``Harbour Department`` and ``Department of the Harbour`` -> ``|department harbour``; a bare head
    (``the Army``) -> ``|military``."""
    words = name.replace("'s ", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) == 2 and words[0] in _MEMBERS_OF and words[1][-1:] == "s" and is_role_word(words[1]):
        return fold(_MEMBERS_OF[words[0]])  # "Republican Senators" are "the Republicans" in a chamber
    owner = ""
    for n in range(min(3, len(words) - 1), 0, -1):
        country = gaz.country(" ".join(words[:n])) or gaz.demonym(" ".join(words[:n]))
        if country is not None:
            owner, words = fold(country.name), words[n:]
            break
    rest = [w.lower() for w in words]
    head = None
    if len(rest) == 2 and rest[1] in _PORTFOLIO_HEADS:
        head = rest[1] + " " + rest[0]  # "Justice Department"
    elif len(rest) > 2 and rest[0] in _PORTFOLIO_HEADS and rest[1] == "of":
        head = rest[0] + " " + " ".join(w for w in rest[2:] if w not in ("and", "affairs", "the"))
    elif tuple(rest) in ORG_HEADS2:
        head = ORG_HEADS2[tuple(rest)]
    elif len(rest) == 1 and rest[0] in ORG_HEADS:
        head = ORG_HEADS[rest[0]]
    return f"{owner}|{head}" if head else None


def _merge_bare_heads(orgs: list[Entity], index: dict) -> None:
    """``the Army`` onto the one army the article names (``the US Army``); dropped if none or several."""
    keys = {id(e): k for (kind, k), e in index.items() if kind == "organization"}
    for ent in orgs:
        key = keys.get(id(ent), "")
        if not key.startswith("|"):
            continue
        owners = [e for e in orgs if e is not ent and e.mentions and (keys.get(id(e), "").endswith(key)
                                                                       or fold(e.name).split()[-1] == key[1:])]
        if len(owners) == 1:
            owners[0].absorb(ent, rule("merge.bare-head"), {ent.name})
        elif ent.name.lstrip("the ")[:1].isupper() and key not in ("|government", "|military", "|police"):
            continue  # "the Senate", "the Air Force": named, if by their head alone
        elif not owners and sum(acts_in(m) for m in ent.mentions) >= 2:
            continue  # "the military said ...", "the military claims ...": an actor of the story
        ent.mentions = []


def _group_people(people: list[Mention], get) -> None:
    """Full names first; then shorter forms and misspellings folded onto the one full name they fit."""
    fulls: list[Entity] = []
    ordered = sorted(people, key=lambda m: -len(m.name.split()))
    lone = Counter(fold(m.name) for m in people if " " not in m.name and not m.retyped)  # typed a person's as found
    for m in ordered:
        words = [fold(w) for w in m.name.split()]
        bare = [bare_surname(w) for w in words]  # "Sadr" is "Muqtada al-Sadr"'s surname
        target = None
        candidates = []
        for ent in fulls:
            ewords = [bare_surname(fold(w)) for w in ent.name.split()]
            if bare == ewords or _sub_sequence(bare, ewords) or _without_middle(bare, ewords) \
                    or _misspelt(bare, ewords) and not (len(words) == 1 and lone[words[0]] >= MANY_LONE_MENTIONS):
                candidates.append(ent)
        merge = None
        if len(candidates) == 1:
            target = candidates[0]
            ewords = [bare_surname(fold(w)) for w in target.name.split()]
            merge = None if words == [fold(w) for w in target.name.split()] else "merge.surname" \
                if bare == ewords or _sub_sequence(bare, ewords) or _without_middle(bare, ewords) \
                else "merge.misspelling"
        elif candidates:
            # "Khan" with two Khans: the one last named before this mention.
            here = _position(m)
            before = [(max((_position(x) for x in c.mentions if _position(x) <= here), default=None), c)
                      for c in candidates]
            before = [b for b in before if b[0] is not None]
            target = max(before, key=lambda b: b[0])[1] if before else candidates[0]
            merge = "merge.nearest-namesake"
        if target is None:
            target = get("person", " ".join(words), m.name)
            fulls.append(target)
        if merge and merge not in target.rules:
            target.rules.append(rule(merge))
        target.mentions.append(m)
        if m.name != target.name:
            target.aliases.add(m.name)
        if m.sent is not None and m.start > m.sent.start and m.sent.doc[m.start - 1].lower_.rstrip(".") in HONORIFICS:
            target.aliases.add(f"{m.sent.doc[m.start - 1].text} {m.name}")
    for ent in fulls:
        # "sales of Patriot missiles": a lone capitalised word the tagger took for a name, used as a modifier.
        if " " not in ent.name and all(not m.strong and not m.role and _modifier(m) for m in ent.mentions):
            ent.mentions = []


def _modifier(m: Mention) -> bool:
    tok = m.sent.doc[m.end - 1]
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "NOUN" and tok.head.text.islower()


def _position(m: Mention) -> tuple[int, int]:
    return (-1 if m.paragraph is None else m.paragraph, m.start)


def _sub_sequence(short: list[str], long: list[str]) -> bool:
    if len(short) >= len(long):
        return False
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _without_middle(short: list[str], long: list[str]) -> bool:
    """The longer name without its middle names or initials: "Ana Lind" of "Ana M. Lind", "Tom
    Reyes" of "Tom Alan Reyes". A name with a middle name or initial of its own is another person's
    ("Ana B. Lind" beside "Ana M. B. Lind")."""
    return len(short) == 2 < len(long) and short[0] == long[0] and short[-1] == long[-1]


MANY_LONE_MENTIONS = 4
"""A one-word name written this often as a person's (not a name retyped so after) is a name of its own,
not a slip of a full name's surname one letter away from it: "Hallen" said, again and again, beside
one "Tom Hallin"."""


def _misspelt(words: list[str], ewords: list[str]) -> bool:
    if len(words) == 1:
        return edit_close(words[0], ewords[-1]) and len(ewords) > 1
    return len(words) == len(ewords) and all(edit_close(a, b) for a, b in zip(words, ewords))
