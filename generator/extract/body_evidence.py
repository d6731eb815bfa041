"""Whether a name the tagger alone took for an organisation is no body.

The tagger types as organisations names that are no body: feelings ("Anger"), operations,
adjectives, a person's first name ("the Donald"), one word after "the" that it took for a person's.
A body shows itself by what it is or what it does: a head word of a body in its name
("... Institution", "... Party"), the capitals of an acronym ("NATO", "MSNBC"), a short form the
article gives it, or a part in the sentence that a body takes: the doer of a body's verb ("Globex
said", "Globex sought a buyer"), an owner ("Globex's chief"), the body a role belongs to ("a
spokesman for Globex", "Globex analysts"), a source ("according to Globex") or the object of a
verb such as "told" or "joined". A law's or an agreement's name ("the Convention on Tidal Rights")
is never a body. One word after "the", or a name with a sign against it, that
shows none of these is no organisation; a feeling, an operation or a first name never is one. A
sign against a name is the article saying it is a kind of thing no body is: a noun of that kind
beside it ("the comet Vanta", "Vanta, a comet", "the Vanta scale"). Beside such a noun, capitals
inside a name ("the KorvelStream pipeline", "the Q7N3 virus") are no sign of a body, and a name the
noun says is that thing itself ("the drug TX4", "ZelMab, an antibody cocktail") is a body only where
it speaks or has staff, not where it merely does something ("ZelMab showed promise").

Some names are no name at all, whatever they do: a piece of a sentence the tagger ran on into
("Rubio 68 percent", "Velmar at"), an adjective made from a name ("Globex-backed",
"Globex-style"), or a run of a headline in title case ("Globex Accused Of Fraud"). A name only the
headline writes is a body only when it is named as one: the paragraphs name the bodies of the
story themselves, and a line written in capitals tells nothing by its capitals. An ordinary word the tagger took for a name (tagged a verb, a pronoun or an
adverb, or a single common noun) is a body only when it shows a sign of one.

An institution named by its owner and a common noun ("the Velmar government") that the article
writes only as the modifier of another noun ("Velmar government bonds") names no body of the
story either: the body neither acts nor speaks there.
"""
from __future__ import annotations

import re

from generator import lexicon
from generator.extract.names import (BODY_WORDS, ORG_HEADS, Entity, Mention, common_noun_spelt, compound_name,
                                     law_name, thing_name)
from generator.extract.roles import is_role_word, singular_role

_GROUP_NOUNS = lexicon.words("group_nouns")
_PERSON_NOUNS = lexicon.words("person_nouns")
_OBJECT_VERBS = lexicon.words("body_object_verbs")
_SPEECH_VERBS = lexicon.having("speech_verbs", "cue")
_SUBJECT_VERBS = lexicon.words("body_verbs") | _SPEECH_VERBS
_TIE_WORDS = lexicon.words("body_tie_words")
_PRODUCTS = lexicon.words("body_product_nouns") | lexicon.words("document_nouns")
_NOT_BODY_NAMES = lexicon.words("not_body_names") | lexicon.words("operation_words")
# Kinds of things no body is: "the comet Vanta", "Vanta, the comet", "the Vanta scale".
_THING_KINDS = lexicon.words("thing_kinds")
# Small words a body's name may hold in lower case: "Bank of Avalon", "Doctors without Borders".
_NAME_CONNECTORS = lexicon.words("name_connectors")
# Small words that a headline in title case writes with a capital and a name does not ("Of").
_TITLE_CASE_WORDS = lexicon.words("title_minor_words") - {"de", "la", "le"}
# The tags of a word that is no name's first word: "Crossed the River", "Our Principles", "Just".
_NOT_NAME_TAGS = {"VERB", "AUX", "PRON", "ADV", "ADP", "DET", "SCONJ", "CCONJ", "PART", "INTJ", "NUM"}
# The rules by which the tagger's label alone makes a body.
_TAGGER_RULES = ("actor.tagger-organization", "actor.the-single-name-body")
# Heads of a body's name, written alone: "Parliament", "the Court", "the House" (the last word of a
# seat's body in title_seat_bodies.tsv: "the House of Representatives").
_BARE_HEADS = BODY_WORDS | set(ORG_HEADS) | {kind.split()[-1] for kinds in lexicon.table("title_seat_bodies").values()
                                               for kind in kinds.split(", ")}


def unsupported_bodies(entities: list[Entity], gaz, texts: list[str] = ()) -> list[Entity]:
    """The organisations among ``entities`` that only the tagger's label makes one and that are no body:
    one word after "the" with no sign of a body, or a name with a sign against it (an adjective, a
    feeling, an operation, a word of a person's name) and none for it; an acronym that ``texts`` (the
    article's paragraphs) give in brackets after a law's name ("the Clean Rivers Act (CRA)"). A name a
    person's role holds ("Globex spokesman") is a body's, unless it is itself a title and what the
    title is held of ("Premier of Northvale"), which is never a body, whatever rule found it."""
    roles = " ".join(e.role for e in entities if e.kind == "person" and e.role).lower()
    person_words = {w for e in entities if e.kind == "person" and " " in e.name
                    for w in e.name.split() if w.istitle() and len(w) > 2}
    return [e for e in entities if _title(e) or _only_a_modifier(e) or _held_of_title(e)
            or (_unsupported(e, gaz, person_words) or _law_acronym(e, texts))
            and not re.search(r"(?<!\w)" + re.escape(e.name.lower()) + r"(?!\w)", roles)]


def _held_of_title(ent: Entity) -> bool:
    """A bare head that only the tagger took for a body and that the article writes only as what a
    title is held of ("Tom Reyes MP (Member of Parliament)", "the Speaker of the House, Ana Lind"):
    the words name the office, and no body of the story acts or speaks there."""
    if ent.kind != "organization" or " " in ent.name or ent.aliases or ent.name.lower() not in _BARE_HEADS \
            or not ent.mentions or any(m.strong or m.retyped or m.sent is None or not m.rule.startswith(_TAGGER_RULES)
                                       for m in ent.mentions):
        return False
    for m in ent.mentions:
        doc = m.sent.doc
        k = m.start - 1 - (m.start > m.sent.start and doc[m.start - 1].lower_ == "the")
        if k - 1 < m.sent.start or doc[k].lower_ != "of" or not singular_role(doc[k - 1].text):
            return False
    return True


def _only_a_modifier(ent: Entity) -> bool:
    """An institution named by its owner and a common noun that the article writes only as the
    modifier of another noun ("Velmar government bonds", "a Velmar cabinet meeting", "the Velmar
    government budget"): those words name something of the body's, and the body itself
    neither acts nor speaks. People of the body ("a Velmar government spokesman", "Velmar government
    troops") act for it; a noun of what a body does ("Velmar government support") or one that does it
    ("a Velmar government newsletter warned") has the body act. A head written with a capital ("the Velmar
    Navy's ships") is the body's own name, listed as any name is."""
    if ent.kind != "organization" or all(m.paragraph is None for m in ent.mentions) \
            or any(m.rule != "actor.owner-and-head" for m in ent.mentions):
        return False  # (a headline's words parse too loosely to tell: "Velmar police report thefts")
    for m in ent.mentions:
        head = m.sent.doc[m.end - 1]  # the common noun, last: "government"
        noun = head.head
        if not head.text.islower() or head.dep_ not in ("compound", "nmod") or noun.i < m.end \
                or noun.pos_ != "NOUN" or noun.dep_ in ("ROOT", "amod") or _of_people(noun) or _an_act(noun) \
                or noun.i == m.end and noun.lower_ in BODY_WORDS \
                or noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _SUBJECT_VERBS:
            # "the Velmar Navy": a name; "the police force"; "a government newsletter warned"; a verb taken
            # for a noun: "party withdraws bid"
            return False
    return True


def _of_people(noun) -> bool:
    """``government officials``, ``government troops``, ``army scout Ana Lind``: people of the body, who act for it."""
    return is_role_word(noun.text) or noun.lemma_.lower() in _PERSON_NOUNS or noun.lower_ in _GROUP_NOUNS \
        or noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].ent_type_ == "PERSON"


def _an_act(noun) -> bool:
    """``government support``, ``a government investigation``: a noun of what a body does."""
    lemma = noun.lemma_.lower()
    return lemma in _SUBJECT_VERBS or lemma.endswith("ation") and lemma[:-5] + "ate" in _SUBJECT_VERBS


def _unsupported(ent: Entity, gaz, person_words: set[str]) -> bool:
    if ent.kind != "organization" or not ent.mentions or ent.aliases:
        return False
    if any(m.strong or not m.rule.startswith(_TAGGER_RULES) or m.retyped for m in ent.mentions):
        return False
    words = ent.name.split()
    if not_a_name(words):
        return True  # "Rubio 68 percent", "Globex-style", "Globex Accused Of Fraud"
    if all(m.paragraph is None for m in ent.mentions) and not _named_as_body(ent.name, gaz):
        return True  # a run of the headline's words: the paragraphs name the story's bodies
    if ent.name.isupper() and all(_in_capitals(m.sent) for m in ent.mentions):
        return True  # "DOZENS KILLED IN ATTACK": in a line written in capitals, capitals tell nothing
    of_person = len(words) == 1 and (ent.name in person_words
                                     or ent.name[-1:] == "s" and ent.name[:-1] in person_words)
    text = _law_named(words)
    against = words[0].lower() in _NOT_BODY_NAMES or of_person or text or _ordinary_word(ent) \
        or any(named_as_thing(m) for m in ent.mentions)
    if not against and not all(m.rule == "actor.the-single-name-body" for m in ent.mentions):
        return False
    if of_person or text or words[0].lower() in _NOT_BODY_NAMES:
        return True  # "Donald", "the Lindts", "Operation Granite Shield", "Anger", "the Tidal Act": whatever it does
    if any(named_as_thing(m) for m in ent.mentions):
        # "the KorvelStream pipeline", "the drug TX4": the article says what it is, and capitals inside
        # a thing's name are no sign of a body; a word of a body or an acronym of letters still is
        # Named as the thing itself ("Vanta, the comet", "the drug TX4"), not as its maker's ("the Globex jet"),
        # it is a body only where it speaks or has staff: a drug "shows promise", a probe "serves".
        itself = any(named_as_thing(m, itself=True) for m in ent.mentions)
        return not _named_as_body(ent.name, gaz, capitals=False) \
            and not any(_acts_as_body(m, speaking=itself) for m in ent.mentions)
    return not _named_as_body(ent.name, gaz) and not any(_acts_as_body(m) for m in ent.mentions)


def _law_named(words: list[str]) -> bool:
    """Whether the name is a law's or an agreement's: its head, the last word or the first before a small
    word ("the Harbour Fishing Treaty", "the Convention on Tidal Rights", "the Reform Bill"), is a text's,
    and no word of bodies stands in it ("the Law and Order Party" is a body)."""
    return law_name(words) or len(words) > 2 and words[1].lower() in _NAME_CONNECTORS and law_name(words[:1]) \
        and not any(w.lower().strip(".,'") in BODY_WORDS for w in words)


def _title(ent: Entity) -> bool:
    """A title and what it is held of, which the tagger took for a body: "Premier of Northvale",
    "Sheriff of Dane County", "Member of Parliament". A body's own word first ("Bank of Avalon",
    "Office of the Ombudsman") makes it a body's name."""
    words = ent.name.split()
    return ent.kind == "organization" and len(words) >= 3 and words[1] == "of" \
        and singular_role(words[0]) and words[0].lower() not in BODY_WORDS


def _law_acronym(ent: Entity, texts: list[str]) -> bool:
    """An acronym only the tagger made a body that the article spells out as a law's, an agreement's or
    a thing's name: "the Clean Rivers Act (CRA)" makes "CRA" no body, nor "Gross Regional Product (GRP)" "GRP",
    nor a common noun in lower case whose initials it is, "harbour traffic control (HTC)" "HTC"."""
    if ent.kind != "organization" or not ent.name.isupper() or ent.aliases \
            or any(m.strong or not m.rule.startswith(_TAGGER_RULES) for m in ent.mentions):
        return False
    bracketed = f"({ent.name})"
    for text in texts:
        k = text.find(bracketed)
        while k >= 0:
            before = text[max(0, k - 120):k].split()[-8:]
            if law_name(before) or thing_name(before) or common_noun_spelt(before, ent.name):
                return True
            k = text.find(bracketed, k + 1)
    return False


def not_a_name(words: list[str]) -> bool:
    """Whether the words are no name at all: a word in lower case that is neither a connector nor
    followed by a body's head ("Globex news agency", "the Velmar security council"), or a connector last ("Rubio 68 percent", "Velmar at"); an adjective made with a hyphen
    ("Globex-backed", "pro-Velmar"); a small word written with a capital inside the name, as
    in a headline in title case ("Globex Accused Of Fraud")."""
    if not words:
        return True
    for k, word in enumerate(words):
        low = word.lower()
        if k and word[:1].islower() and not any(w.lower().strip(".,'") in BODY_WORDS for w in words[k:]) \
                and (low not in _NAME_CONNECTORS or k == len(words) - 1):
            return True
        if k and word[:1].isupper() and low in _TITLE_CASE_WORDS:
            return True
    parts = words[-1].split("-")
    if len(parts) > 1 and parts[-1].isalpha() and parts[-1].islower() and len(parts[-1]) > 2:
        return True  # "Globex-backed", "Globex-style"
    parts = words[0].split("-")
    return len(parts) > 1 and parts[0].isalpha() and parts[0].islower() and parts[0] not in _NAME_CONNECTORS \
        and parts[1][:1].isupper()  # "pro-Velmar", "then-Senate"; not "al-Qaeda"


def named_as_thing(m: Mention, itself: bool = False) -> bool:
    """Whether the article says what the name is, and it is a kind of thing no body is: a noun of
    that kind in apposition ("Vanta, the comet", "the comet Vanta") or after the name as its head
    ("the Vanta scale", "the Vanta expedition"). With ``itself``, only a noun that says what the
    name itself is, in apposition or before it, not one of a thing the name's owner may have made."""
    doc = m.sent.doc
    root = next((t for t in doc[m.start:m.end] if not m.start <= t.head.i < m.end), None)
    if root is None:
        return False
    head = root.head
    if itself:
        return root.dep_ == "appos" and _thing_kind(head) \
            or any(c.dep_ in ("appos", "compound", "nmod") and c.i < m.start and _thing_kind(c) for c in root.children)
    while root.dep_ in ("compound", "nmod") and head.i >= m.end and head.dep_ in ("compound", "nmod") \
            and head.head.i > head.i and head.text.islower():
        head = head.head  # "the Korvel gas pipeline": the noun the words before it modify
    if root.dep_ in ("compound", "nmod", "appos") and head.i >= m.end and _thing_kind(head):
        return True
    if root.dep_ == "appos" and head.i < m.start and _thing_kind(head):
        return True
    return any(c.dep_ in ("appos", "compound", "nmod") and not m.start <= c.i < m.end and _thing_kind(c)
               for c in root.children)


def _thing_kind(tok) -> bool:
    return tok.pos_ == "NOUN" and tok.text.islower() and tok.lemma_.lower() in _THING_KINDS


def _in_capitals(sent) -> bool:
    """Whether most words of the sentence are written in capitals, as a banner or a shout is."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 1]
    return len(words) >= 2 and sum(w.isupper() for w in words) >= 0.6 * len(words)


def _ordinary_word(ent: Entity) -> bool:
    """A word of the language the tagger took for a name: its first word tagged a verb, a pronoun,
    an adverb or a number somewhere, or a single word tagged a common noun or an adjective everywhere."""
    tags = [m.sent.doc[m.start].pos_ for m in ent.mentions]
    return any(t in _NOT_NAME_TAGS for t in tags) \
        or " " not in ent.name and all(t in ("NOUN", "ADJ") for t in tags)


def _named_as_body(name: str, gaz, capitals: bool = True) -> bool:
    if compound_name(name, gaz):
        return True  # "Lashkar-e-Watan": a proper name of three hyphenated parts
    words = name.replace("-", " ").split()
    if any(w.lower().strip(".,'") in BODY_WORDS for w in words):
        return True
    if not capitals:
        # beside a thing's noun only an acronym of letters is a body's ("the CBS television program");
        # capitals inside a word or among digits make a thing's name as well ("KorvelStream", "TX4")
        return any(w.isalpha() and w.isupper() and len(w) > 1 for w in words)
    # an acronym or a name with capitals inside ("NATO", "U.N.", "MSNBC", "YouTube")
    return any(sum(ch.isupper() for ch in w) >= 2 for w in words)


def _acts_as_body(m: Mention, speaking: bool = False) -> bool:
    """Whether the mention does what a body does; with ``speaking``, only what a thing never does:
    speak, have staff, be a source ("Globex said", "a Globex spokesman", "according to Globex")."""
    doc = m.sent.doc
    root = next((t for t in doc[m.start:m.end] if not m.start <= t.head.i < m.end), None)
    if root is None:
        return False
    while root.dep_ == "appos":
        root = root.head
    if m.end - m.start == 1 and root.pos_ == "ADJ":
        return False  # "Islamophobic", "Digital": an adjective is no body
    if m.start >= 2 and doc[m.start - 1].text == "(" and m.end < len(doc) and doc[m.end].text == ")" \
            and doc[m.start - 2].is_upper and doc[m.start - 2].i == m.sent.start:
        return True  # "HAVENPORT (Globex) -": the agency of a dateline
    head = root.head
    if speaking:
        return root.dep_ == "nsubj" and head.lemma_.lower() in _SPEECH_VERBS \
            or root.dep_ in ("compound", "nmod") and is_role_word(head.text) \
            or root.dep_ == "pobj" and (head.lower_ == "to" and head.head.lower_ == "according"
                                        or head.lower_ in ("for", "at", "of", "from") and is_role_word(head.head.text))
    if root.dep_ == "poss" or m.end < len(doc) and doc[m.end].text in ("'s", "\u2019s", "'"):
        return True  # "Globex's chief"
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _SUBJECT_VERBS:
        return True  # "Globex said", "Globex sought a buyer"
    if root.dep_ == "pobj" and head.dep_ == "agent":
        return True  # "was sued by Globex"
    if root.dep_ in ("compound", "nmod") and (is_role_word(head.text) or head.lower_ in _GROUP_NOUNS
                                              or head.lower_ in BODY_WORDS or head.lower_ in _PRODUCTS):
        return True  # "Globex analysts", "a Globex spokesman", "the Northvale state government", "a Globex poll"
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        members = [root.head] if root.dep_ == "conj" else []
        members += [c for c in root.children if c.dep_ == "conj"]
        if any(t.ent_type_ == "ORG" and not m.start <= t.i < m.end for t in members):
            return True  # "ties to Globex and Initech": listed with another body
    if root.dep_ in ("dobj", "dative") and head.lemma_.lower() in _OBJECT_VERBS:
        return True  # "told Globex", "joined Globex"
    if root.dep_ == "pobj":
        governor = head.head
        if head.lower_ == "to" and governor.lower_ == "according":
            return True  # "according to Globex"
        if head.lower_ in ("for", "at", "of", "from", "with") and is_role_word(governor.text):
            return True  # "a spokesman for Globex", "an analyst at Globex", "chairman of Globex"
        if head.lower_ in ("to", "with") and governor.lower_ in _TIE_WORDS:
            return True  # "ties to Globex", "linked with Globex"
        if head.lower_ in ("for", "at", "with") and governor.ent_type_ == "PERSON":
            return True  # "Ana Lind at Globex"
        if head.lower_ in ("for", "at") and governor.lemma_.lower() == "work":
            return True  # "works for Globex"
    return False

