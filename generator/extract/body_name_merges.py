"""Merging the other names an article gives a body onto it: an acronym onto its long form
(``merge.acronym``), an acronym in brackets onto the name it follows (``merge.acronym-in-brackets``),
a name with the noun of its kind after it onto that name (``merge.name-and-kind``), a name and the
same body's fuller name into one (``merge.full-name``, ``merge.party-members``), and two bodies
that came to one name by different rules into one (``merge.same-name``).
Called by :func:`generator.extract.actor_merges.group`.
"""
from __future__ import annotations

import re
from collections import defaultdict

from generator import lexicon
from generator.extract.names import PARTY_MEMBERS, Entity, initials
from generator.extract.provenance import rule
from generator.gazetteer import fold


def _acronym(name: str) -> bool:
    word = name.replace(".", "")
    return 2 <= len(word) <= 6 and word.replace("-", "").isalpha() and sum(c.isupper() for c in word) >= 2 \
        and " " not in word


def merge_bracketed_acronyms(orgs: list[Entity]) -> None:
    """``the Velmar Farmers' Union (SVZ)``: an acronym in brackets right after a body's name is
    that body's, even when its letters spell the name in another language."""
    acronyms = {e.name.replace(".", ""): e for e in orgs if e.mentions and _acronym(e.name)}
    for long in orgs:
        if " " not in long.name:
            continue
        for m in long.mentions:
            doc = m.sent.doc if m.sent is not None else None
            if doc is None or m.end + 2 >= len(doc) or doc[m.end].text != "(" or doc[m.end + 2].text != ")":
                continue
            short = acronyms.get(doc[m.end + 1].text.replace(".", ""))
            if short is not None and short is not long and short.mentions and long.mentions:
                long.absorb(short, rule("merge.acronym-in-brackets"), short.aliases | {short.name})


def merge_acronyms(orgs: list[Entity], entities: list[Entity]) -> None:
    """``IAEA`` onto ``International Atomic Energy Agency``; ``LeW`` onto ``Lashkar-e-Watan``.

    A long form the tagger took for a person's name is an organisation's (``MSF`` names it)."""
    for short in orgs:
        word = short.name.replace(".", "")
        if not _acronym(short.name):
            continue
        for long in entities:
            if long is short or " " not in long.name and "-" not in long.name or not long.mentions:
                continue
            if long.kind == "person" and (len(word) < 3 or len(long.name.split()) < 3):
                continue
            letters = initials(long.name)
            full_initials = "".join(p[0] for p in re.split(r"[\s\-/]+", long.name) if p).upper()
            if word.upper() in (letters, full_initials):
                long.absorb(short, rule("merge.acronym"), short.aliases | {short.name})
                if long.kind == "person":
                    long.kind, long.role = "organization", None
                    long.aliases = {a for a in long.aliases if " " in a or a.isupper()}
                break


_ORG_KINDS = lexicon.words("org_kinds")


def merge_kind_words(orgs: list[Entity]) -> None:
    """``the FDR party`` onto the one body the article names ``FDR`` (or whose short form that is):
    a body's name and the noun of its kind after it name the body itself. Written with a capital,
    the noun is part of the name (``the Kalvo Party``), which the body takes."""
    names: dict[str, list[Entity]] = defaultdict(list)
    for ent in orgs:
        for name in {fold(ent.name), *(fold(a) for a in ent.aliases)}:
            names[name].append(ent)
    for ent in orgs:
        words = ent.name.split()
        if len(words) < 2 or words[-1].lower() not in _ORG_KINDS or not ent.mentions:
            continue
        short = " ".join(words[:-1])
        owners = [e for e in names.get(fold(short), []) if e is not ent and e.mentions]
        if len(owners) != 1:
            continue
        if words[-1][:1].isupper() and fold(owners[0].name) == fold(short):
            ent.absorb(owners[0], rule("merge.name-and-kind"), owners[0].aliases | {owners[0].name})
        else:
            owners[0].absorb(ent, rule("merge.name-and-kind"), ent.aliases | {ent.name})


# Words after a body's name that make a fuller name of the same body: "Vela Corp.", "Vela Airways", "Vela News".
_OWN_TAILS = lexicon.words("company_words") | lexicon.words("own_name_tails")
# The plural of a party's members by the adjective of its name: "Democratic" -> "Democrats".
_MEMBERS_OF = {adjective: plural for plural, adjective in reversed(PARTY_MEMBERS.items())}


def merge_full_names(orgs: list[Entity]) -> None:
    """``Vela`` and ``Vela Airways``, ``Vela International``, ``Vela News`` or ``Vela World Service``:
    a body's name and the same name with words of its legal form, its trade or its news service
    after it are one body, where that fuller name is the only one the article gives it (``Vela
    Taiwan Limited`` beside ``Vela Corporation`` is a unit of its own). ``the Greens`` and ``the Green
    Party``: a party named by its members and by its name are one body. The body keeps the name
    that is the subject of a clause, or else the fuller one; where both are, quotations may be given
    to either, and the two are left apart."""
    named: dict[str, list[Entity]] = defaultdict(list)
    for ent in orgs:
        if ent.mentions:
            named[fold(ent.name)].append(ent)
    fuller: dict[int, list[tuple[Entity, str]]] = defaultdict(list)
    for long in orgs:
        words = long.name.split()
        if not long.mentions or len(words) < 2:
            continue
        for k in range(1, len(words)):
            tail = words[k:]
            if all(w[:1].isupper() and fold(w).strip(".,&") in _OWN_TAILS for w in tail):
                for short in named.get(fold(" ".join(words[:k])), []):
                    fuller[id(short)].append((long, "merge.full-name"))
                break
        members = _MEMBERS_OF.get(words[0]) if len(words) == 2 and words[1] == "Party" else None
        for short in named.get(fold(members), []) if members else []:
            fuller[id(short)].append((long, "merge.party-members"))
    for short in orgs:
        found = fuller.get(id(short), [])
        if len(found) != 1 or not short.mentions or not found[0][0].mentions:
            continue
        long, merge = found[0]
        if _doer(long) and _doer(short):
            continue  # each name does something in the story: quotations may be given to either
        keep, other = (short, long) if _doer(short) else (long, short)
        keep.absorb(other, rule(merge), other.aliases | {other.name})


def _doer(ent: Entity) -> bool:
    """Whether a mention of the body is the subject of its clause ("Vela said", "Vela was fined")."""
    for m in ent.mentions:
        if m.sent is None:
            continue
        doc = m.sent.doc
        root = next((t for t in doc[m.start:m.end] if not m.start <= t.head.i < m.end), None)
        if root is not None and root.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def merge_same_names(orgs: list[Entity]) -> None:
    """``the Kalvo Labour Party (KLP)`` and ``the Kalvo Labour Party`` read as an owner and a head:
    bodies that two rules found under one name are one body. A name written in another case (``the
    Kalvo Administration``, ``the Kalvo administration``) stays as an alias, so that the body is
    found where the article writes it either way."""
    seen: dict[str, Entity] = {}
    for ent in orgs:
        if not ent.mentions:
            continue
        first = seen.setdefault(fold(ent.name), ent)
        if first is not ent:
            first.absorb(ent, rule("merge.same-name"), ent.aliases | ({ent.name} - {first.name}))
