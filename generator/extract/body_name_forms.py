"""The other forms an article gives a body's name, merged onto the body: the bare head of a name
that opens with it (``merge.head-of``), a prefix, a suffix or a company's first word
(``merge.prefix``, ``merge.suffix``, ``merge.company-short-name``), spelling variants, a country
spelt another way or as the acronym of its opening words, and a country before the name (``merge.spelling-variant``,
``merge.country-spelling``, ``merge.country-prefix``). Called by
:func:`generator.extract.actor_merges.group`.
"""
from __future__ import annotations

import re

from generator import lexicon
from generator.extract.names import BODY_WORDS, PARTY_MEMBERS, Entity, edit_close
from generator.extract.provenance import rule
from generator.gazetteer import Gazetteer, fold

_COMPANY_WORDS = lexicon.words("company_words")


def merge_head_of(orgs: list[Entity]) -> None:
    """``the Church`` onto ``the Church of Unification Science``, the one body the article names by that head."""
    for ent in orgs:
        if " " in ent.name or ent.name.isupper() or not ent.mentions:
            continue
        head = fold(ent.name)
        owners = [e for e in orgs if e is not ent and e.mentions and fold(e.name).split()[:2] == [head, "of"]]
        if len(owners) == 1:
            owners[0].absorb(ent, rule("merge.head-of"), {ent.name})


def merge_prefixes(orgs: list[Entity], gaz: Gazetteer) -> None:
    """``Kenya National Commission`` onto ``Kenyan National Commission on Human Rights``."""
    def words(name: str) -> list[str]:
        out = []
        for w in name.split():
            country = gaz.country(w) or gaz.demonym(w)
            out.append(fold(country.name) if country else fold(w))
        return out

    forms = [(e, words(e.name)) for e in orgs]
    companies = [(e, cw) for e in orgs if len(cw := _company_words(e.name)) > 1 and cw[-1] in _COMPANY_WORDS]
    for short, sw in forms:
        if not short.mentions or not short.name[:1].isupper():
            continue
        longer, merge = [], "merge.prefix"
        if not short.name.isupper():
            longer = [e for e, lw in forms if e is not short and e.mentions and len(lw) > len(sw) >= 2
                      and lw[:len(sw)] == sw and not _body_of_its_own(short.name, e.name)]
            if not longer and short.name not in PARTY_MEMBERS:  # "Democrats" is not "Liberal Democrats"
                merge = "merge.suffix"
                # "Commission" onto "European Commission", "Security Council" onto "UN Security Council"
                longer = [e for e, lw in forms if e is not short and e.mentions and len(lw) > len(sw)
                          and lw[-len(sw):] == sw]
        if not longer and len(sw) == 1 and "merge.full-name" not in short.rules:
            # (a name that took its own fuller name, "Halvard" with "Halvard Corp.", is no other's short form)
            merge = "merge.company-short-name"
            # "Halvard" onto "Halvard Foods Corp.", "HBK" onto "HBK Holdings"
            longer = [e for e, cw in companies if e is not short and e.mentions and cw[0] == sw[0].strip(".,&")]
        if len(longer) == 1:
            longer[0].absorb(short, rule(merge), short.aliases | {short.name})


def _body_of_its_own(short: str, longer: str) -> bool:
    """Whether a longer name that opens with a body's whole name names another body: the short name ends
    in a body's word, and the words the longer adds are a capitalised name of two words or more headed
    by a body's word of their own ("the Arvel Nations | Maritime Council", an organ of the Arvel
    Nations; "Harlow Police | Officers' Union"), not a long form's tail ("Delmar Commission | on
    Fisheries") nor one more word of the same body's ("Harlow Police | Department", "Vask Group | Inc.")."""
    added = longer.split()[len(short.split()):]
    body_word = lambda w: w.lower().strip(".,'") in BODY_WORDS  # noqa: E731
    return len(added) >= 2 and body_word(short.split()[-1]) and body_word(added[-1]) and added[0][:1].isupper()


def _company_words(name: str) -> list[str]:
    """A name's words folded, without the punctuation around them: "Halvard, Brant & Co." -> halvard brant co."""
    return [w for w in (fold(w).strip(".,&") for w in name.split()) if w]


def merge_variants(entities: list[Entity], gaz: Gazetteer) -> None:
    """``al Qaeda`` onto ``al-Qaida``; ``UN Security Council`` onto ``United Nations Security Council``;
    ``Nigerian Red Cross`` onto ``Red Cross``."""
    orgs = {fold(e.name): e for e in entities if e.kind == "organization" and e.mentions}
    squashed: dict[str, Entity] = {}
    for name, ent in list(orgs.items()):
        # "al Qaeda", "al-Qaeda" and "al-Qaida" are one body.
        key = re.sub(r"[^a-z0-9]", "", name)
        same = squashed.get(key) or next((e for k, e in squashed.items() if len(k) >= 7 and edit_close(k, key)), None)
        if same is not None and same is not ent:
            same.absorb(ent, rule("merge.spelling-variant"), ent.aliases | {ent.name})
            del orgs[name]
        else:
            squashed[key] = ent
    spelt: dict[str, Entity] = {}
    for name, ent in list(orgs.items()):
        # "US Department of Labor" and "United States Department of Labor" are one body.
        key = _country_spelt_out(ent.name, gaz)
        same = spelt.get(key) if key else None
        if same is not None and same is not ent and same.mentions:
            same.absorb(ent, rule("merge.country-spelling"), ent.aliases | {ent.name})
            del orgs[name]
        elif key:
            spelt[key] = ent
    for name, ent in list(orgs.items()):
        # "NY Post" and "New York Post", "UN Security Council" and "United Nations Security Council" are one body.
        long = _spelt_from_acronym(ent.name, orgs) if name in orgs else None
        if long is not None and long is not ent:
            long.absorb(ent, rule("merge.country-spelling"), ent.aliases | {ent.name})
            del orgs[name]
    for ent in list(orgs.values()):
        words = ent.name.split()
        if len(words) > 1 and (gaz.demonym(words[0]) or gaz.country(words[0])):
            base = orgs.get(fold(" ".join(words[1:])))
            if base is not None and base is not ent and base.mentions:
                base.absorb(ent, rule("merge.country-prefix"), ent.aliases | {ent.name})


def _spelt_from_acronym(name: str, orgs: dict[str, Entity]) -> Entity | None:
    """The one body among ``orgs`` (by folded name) whose name spells out the acronym a name opens with,
    the words after it the same ("UN Security Council" -> "United Nations Security Council")."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    letters = words[0].replace(".", "") if len(words) > 1 else ""
    if not (2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()):
        return None
    rest, n = fold(" ".join(words[1:])).split(), len(letters)
    found = [e for key, e in orgs.items() if len(w := key.split()) == n + len(rest) and w[n:] == rest
             and "".join(x[0] for x in w[:n]) == letters.lower()]
    return found[0] if len(found) == 1 else None


def _country_spelt_out(name: str, gaz: Gazetteer) -> str | None:
    """A body's name with the country it opens with written by the country's own name ("U.S. Army" ->
    "united states army"), or None when it opens with no country."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for n in range(min(3, len(words) - 1), 0, -1):
        country = gaz.country(" ".join(words[:n]))
        if country is not None:
            return fold(" ".join([country.name, *words[n:]]))
    return None
