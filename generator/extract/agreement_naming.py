"""The name a card shows: the agreement as a reader would call it, in the article's words.

The name comes from the most specific of the agreement's mentions: a proper name (``the Treaty
of Lima``) before a description, and the description that says most (``a 1998 mutual defence
pact``) before a shorter one. A promise told with a verb is named with its noun (``pledged to
stop fishing`` is the "pledge to stop fishing"). A name that says only what kind of agreement it
is (``the joint statement``, a pledge) is qualified with what the article says of it: where it
was made, its party or two parties (a person by surname), its year, as in "Lima pledge to stop fishing" or "2004 Chile–Peru joint
statement". A qualifier never outweighs the words it qualifies.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.agreement_mentions import Mention, names_parties
from generator.extract.agreement_transfers import transfer_name
from generator.extract.provenance import rule
from generator.extract.register import Register

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

# Verb of promising -> the noun a reader names the promise with ("pledged to" -> "pledge to").
_PROMISE_NOUNS = lexicon.table("agreement_promise_nouns")
_IGNORED_MODIFIERS = lexicon.words("agreement_ignored_modifiers")
_WORD = re.compile(r"\w+")
# Words a promised clause does not end with: it was cut at the clause that follows them.
_LOOSE_ENDS = ("SCONJ", "ADP", "PART", "ADV", "CCONJ", "DET", "PUNCT")
# The prepositions that bring in an agreement's own parties (``an accord between Lund and Berg``).
_PARTY_PREPOSITIONS = ("between", "with", "among")
_TOPIC_PREPOSITIONS = lexicon.words("agreement_topic_prepositions")


def named_card(mentions: list[Mention], parties: list[str], year: int | None,
               index: Register, text: str = "") -> tuple[str, list[str], str, str]:
    """The card's name, the other names the article gives it, the rule that named it ("" when
    the most specific mention's own words are the name), and the words of a long tail left out of
    the name (``a resolution designating the river a protected site`` is the "resolution"): what
    the card covers, or ""."""
    best = _most_specific(mentions)
    if best.transfer is not None:
        others = [m.text for m in mentions if not m.bare and not m.verb_based]
        return transfer_name(best, index), _unique(others), "", ""
    core = _core(best)
    written = _written_name(best, core[0] if core else None)
    tail = core[1] if core else ""
    # the name with its tail is no other name for it
    others = [m.text for m in mentions if not m.bare and not m.verb_based and m.text != written
              and not (core and m.text == best.text)]
    if not _generic(best):
        return written, _unique(others), rule("agreement.name-core") if core else "", tail
    qualifiers = []
    as_written = written
    budget = len(_WORD.findall(written)) + 1
    place = _made_in(best, parties, index) if best.verb_based else None
    if place:
        qualifiers.append(place)
    elif (best.bare or best.empty) and 1 <= len(parties) <= 2 \
            and all(_party_kind(p, index) in ("country", "organization", "group", "person") for p in parties):
        # a name that only says its kind (``the accord``, ``a historic deal``) takes its parties'
        # names: "Lund–Berg accord"
        qualifiers.append("\u2013".join(_short(p, index, text) for p in parties))
        budget = 4  # the parties are all that tells which agreement it is
    elif len(parties) == 2 and all(_party_kind(p, index) in ("country", "organization", "group") for p in parties):
        qualifiers.append("\u2013".join(parties))
    if year and str(year) not in written:
        qualifiers.insert(0, str(year))
    while qualifiers and sum(len(_WORD.findall(q)) for q in qualifiers) > budget:
        qualifiers.pop(0)
    if not qualifiers:
        return as_written, _unique(others), rule("agreement.name-verb-noun") if best.verb_based \
            else rule("agreement.name-core") if core else "", tail
    aliases = _unique(([] if best.verb_based else [written if core else best.text]) + others)
    return " ".join(qualifiers + [written]), aliases, rule("agreement.name-qualified"), tail


def _most_specific(mentions: list[Mention]) -> Mention:
    """A proper name first, then the description with the most content words (a year counts),
    the earliest of equals; a promise told with a verb where nothing names the agreement."""
    nouns = [m for m in mentions if not m.bare and not m.verb_based]
    if not nouns:
        return next((m for m in mentions if m.verb_based), mentions[0])

    def specificity(m: Mention) -> tuple[bool, int]:
        named = m.head.pos_ == "PROPN" or m.head.text[:1].isupper()
        return named, len(_content(m))

    top = max(specificity(m) for m in nouns)
    return next(m for m in nouns if specificity(m) == top)


def _content(m: Mention) -> list["Token"]:
    doc = m.head.doc
    return [t for t in doc[m.start:m.end] if t.i != m.head.i and not t.is_punct and not t.is_stop
            and t.lower_ not in _IGNORED_MODIFIERS]


def _core(m: Mention) -> tuple[int, str] | None:
    """Where a long tail leaves the name, and the tail's words. A relative clause (``, which ...``)
    is never part of a name; a participle (``designating ...``) leaves a described one after the
    noun's own modifiers; a purpose, a participle or what it is about after the noun's own parties
    leaves it too (``an agreement with Berg to run the mill`` is the "agreement with Berg"); a
    second promise joined with ``and`` (``to build roads and to train teachers at the new
    college``) leaves it when it runs to six words or more, never under a ``not``; and so does a
    ``for`` phrase after what is promised that holds a clause of its own (``pledged aid for the
    farmers whose crops the flood took``)."""
    doc = m.head.doc
    last = m.end
    if m.verb_based:
        last = next((t.i for t in doc[m.head.i + 1:m.end] if t.text in (",", ";", ":")), m.end)
    cuts: list[tuple[int, int]] = []
    for t in doc[m.start:last]:
        if t.dep_ == "relcl" and m.start <= t.head.i < last and t.left_edge.i > m.head.i \
                and any(w.tag_ in ("WDT", "WP", "WP$", "WRB") for w in doc[t.left_edge.i:t.i]):
            cuts.append((t.left_edge.i, t.right_edge.i + 1))
    head = m.head
    if not m.verb_based and not head.text[:1].isupper():
        described = any(t.pos_ in ("NOUN", "PROPN") or t.pos_ == "ADJ" and t.tag_ == "JJ" and t.ent_type_ != "ORDINAL"
                        and t.lower_ not in _IGNORED_MODIFIERS for t in doc[m.start:head.i])
        for c in head.rights:
            if c.i < last and c.dep_ == "acl" and c.tag_ == "VBG" and described and _words(c, last) >= 4:
                cuts.append((c.i, c.right_edge.i + 1))
    topics: list[int] = []
    if not m.verb_based and names_parties(m):
        # ``an agreement with Berg to run the mill``, ``a deal with Berg over grazing rights``: the
        # noun with its parties says which agreement it is; what follows them is what it covers
        # or what it is about
        after = max((c.i for c in head.rights if c.dep_ == "prep" and c.lower_ in _PARTY_PREPOSITIONS), default=last)
        for c in head.rights:
            if not after < c.i < last:
                continue
            if c.dep_ == "acl" and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts)):
                cuts.append((c.left_edge.i, c.right_edge.i + 1))
            elif c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS:
                cuts.append((c.i, c.right_edge.i + 1))
                topics.append(c.i)
    verbs = [c for c in head.children if c.dep_ == "xcomp"] if m.verb_based else \
        [c for c in head.rights if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts)]
    for v in verbs:
        for cc in v.rights:
            conj = next((c for c in v.rights if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > cc.i), None)
            if cc.dep_ == "cc" and cc.lower_ == "and" and conj is not None and cc.i < last \
                    and not any(c.dep_ == "neg" for c in v.children) and _words(conj, last, conj.left_edge.i) >= 6:
                cuts.append((cc.i, conj.right_edge.i + 1))
    if m.verb_based and any(c.dep_ == "dobj" for c in head.children):
        obj = next(c for c in head.children if c.dep_ == "dobj")
        for p in list(head.rights) + list(obj.rights):
            if p.dep_ == "prep" and p.lower_ == "for" and obj.i < p.i < last \
                    and any(t.dep_ in ("relcl", "acl") for t in p.subtree):
                cuts.append((p.i, p.right_edge.i + 1))
    if not cuts:
        return None
    cut, tail_end = min(cuts)
    if doc[cut].dep_ == "relcl" or any(t.dep_ == "relcl" and t.left_edge.i == cut for t in doc[cut:tail_end]):
        return cut, ""  # what a relative clause says of a named agreement is in its summary sentence
    if cut in topics:
        # a phrase after the parties may be the clause's and not the agreement's (``pulled out of
        # a deal with Berg over its prices``): it stays in the summary sentence, not under what it covers
        return cut, ""
    lo = cut
    while lo < tail_end and (doc[lo].is_punct or doc[lo].dep_ == "cc"):
        lo += 1
    hi = tail_end
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    if hi <= lo:
        return None
    return cut, m.para.text[doc[lo].idx:doc[hi - 1].idx + len(doc[hi - 1])]


def _words(t: "Token", last: int, lo: int | None = None) -> int:
    doc = t.doc
    return sum(1 for w in doc[t.i if lo is None else lo:min(t.right_edge.i + 1, last)] if not w.is_punct)


def _written_name(m: Mention, stop: int | None = None) -> str:
    """The mention's words; for a promise told with a verb, its noun and what is promised. Words
    of praise or blame before a proper name are not part of it (``the much-praised Treaty of
    Lima`` is the "Treaty of Lima")."""
    if not m.verb_based:
        doc = m.head.doc
        start = m.start
        named = next((t.i for t in doc[m.start:m.head.i + 1] if t.text[:1].isupper()), None)
        while named is not None and start < named and (doc[start].text[:1].islower() or doc[start].is_punct) \
                and not doc[start].like_num and doc[start].text != "[" \
                and doc[start].ent_type_ not in ("ORDINAL", "DATE") and doc[start].dep_ != "poss":
            start += 1
        end = m.end if stop is None else stop
        while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
            end -= 1
        return m.para.text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]
    doc = m.head.doc
    noun = _PROMISE_NOUNS.get(m.head.lemma_.lower(), m.head.lemma_.lower())
    after = [t for t in doc[m.head.i + 1:m.end] if t.dep_ in ("xcomp", "prep", "dobj") and t.head.i == m.head.i]
    # what is promised before where or when (``pledged in Lima to stop fishing``)
    after.sort(key=lambda t: t.dep_ == "prep" and _where_or_when(t))
    start = min(after[0].left_edge.i, after[0].i) if after else m.head.i + 1
    if after and after[0].dep_ == "dobj":
        noun += " of"  # ``pledged support``: a "pledge of support"
    end = next((t.i for t in doc[start:m.end] if t.text in (",", ";", ":") or t.i > start and _where_or_when(t)), m.end)
    end = end if stop is None else min(end, stop)
    while end > start + 1 and doc[end - 1].pos_ in _LOOSE_ENDS:
        end -= 1  # ``to pursue talks if``: a clause cut off at its opening word
    if start >= end:
        return m.text
    words = m.para.text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]
    if end < len(doc) and (words.count('"') % 2 and doc[end].text == '"'
                           or words.count("(") > words.count(")") and doc[end].text == ")"):
        words += doc[end].text  # the quotation or bracket the promise was cut after closes
    return f"{noun} {words}"


def _where_or_when(t: "Token") -> bool:
    """A phrase that tells where or when the promise was made (``in Oslo``, ``on Friday``), not what
    was promised."""
    return t.dep_ == "prep" and t.lower_ in ("in", "at", "on") and any(
        c.dep_ == "pobj" and c.ent_type_ in ("GPE", "DATE", "TIME") for c in t.children)


def _generic(m: Mention) -> bool:
    """Whether a name says only what kind of agreement it is: no proper name, no number."""
    if m.verb_based:
        return True
    doc = m.head.doc
    words = [t for t in doc[m.start:m.end] if not t.is_punct]
    return not any(t.text[:1].isupper() or t.like_num or t.pos_ == "PROPN" for t in words) and len(words) <= 3


def _made_in(m: Mention, parties: list[str], index: Register) -> str | None:
    """The city a promise was made in, as its sentence gives it after ``in`` or ``at``."""
    doc = m.head.doc
    for ent in m.sent.ents:
        if ent.label_ != "GPE" or ent.start == 0 or doc[ent.start - 1].lower_ not in ("in", "at"):
            continue
        name = m.para.text[ent.start_char:ent.end_char]
        actor = index.find(name)
        if actor is not None and actor.type == "place" and actor.name not in parties:
            return actor.name
    return None


def _short(name: str, index: Register, text: str) -> str:
    """A party as a name qualifies it: a person by the one-word name the article also calls them
    by on its own (``the Lund–Berg accord``), else by their full name. Which word of a name is the
    one a person goes by is read from the article, not from the name's order: family names come
    first in some languages."""
    actor = index.find(name)
    if actor is None or actor.type != "person":
        return name
    words = name.split()
    rest = text.replace(name, " ")
    short = [a for a in actor.aliases if " " not in a and a in words
             and re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", rest)]
    return short[0] if len(short) == 1 else name


def _party_kind(name: str, index: Register) -> str | None:
    actor = index.find(name)
    return actor.type if actor is not None else None


def _unique(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out
