"""Whether a name taken for a person's is no one's name.

The tagger takes for a person's name any capitalised word or run of words that sits where a name
might: a word of the language opening a caption ("Photographs"), an acronym ("COVID"), the words
by which one addresses a monarch ("Her Majesty"), a thing named after someone ("the Kepler
telescope", "the Ada Lind capsule"), a word whose case the writer changed in brackets ("[W]e"),
a run holding an owner ("Lind's Presidency"). Such a name is no person's: a card for it would be a
visible error.

Capitals alone are no evidence of a person. A name no title, honorific, role or rule of its own
marks as a person's, that only the tagger's label makes one, is dropped when something speaks
against it:

* one word the article also writes in lower case, as a word of the language ("Lava ... the lava",
  "[W]e ... we"), or a run of such words ("Female Genital Mutilation");
* one word in capitals, in a sentence not written in capitals: an acronym, not a name;
* a word with a capital inside, after three small letters: two words run together ("Ana
  LindImage"); one such word alone is a brand, a body (:func:`retype_brands`: "SpaceX"), and one
  run on before a name is cut from it (:func:`trim_common_words`: "OrbisX Star Glider");
* a name that ends in, or whose every mention modifies, a noun of a craft or an instrument
  ("the Ada Lind space telescope"): the thing is named after a person, it is no person.

One word that only a role written beside it made a person's, that the tagger reads as no singular
proper noun (an adverb, an interjection, a plural) or that the article also writes in lower case,
is no name either ("Basically, the minister ...", "Muslims, the speaker said,").

Whatever rule found it, one word with an adjective's ending whose every mention modifies a role
noun after it ("the new Conservative leader") names the role's party, not its holder.

Nor does a pronoun or a preposition open anyone's name ("as a prime minister I can", "'Premier Under
Fire'"), unless it is a particle of names ("van", "de") or a given name. Nor does a country's demonym or
dotted short form open anyone's name ("Swiss Railway", "U.S. Dlrs"),
unless it is also a given name. And no one is named by forms of address alone ("Majesty", "Excellency"), nor
by a run with an owner's ``'s`` inside it, nor by a run that ends in the noun of a law, a plan, a
building, a place or an event ("the Tax Relief Act", "the Varna Palace", "Oradea City"), nor by such a
noun alone that is no given name ("the General Election", "an Executive Order"), whatever rule found it; nor by a role noun after words that only qualify it, with no given name before them
("Moldovan Premier", "Chief Technical Officer": a title the tagger ran together); nor by one word
that every mention writes straight after an article, or after an article and an adjective ("the
Monarch said", "the young Easterner": a noun the writer capitalised), or after a title that follows an
article ("the General Staff", "the Writers Guild": a body's name); nor by a name no given name opens
that nothing but a body written as its owner marks as a person's ("NBC's Meet the Press", "the Navy's
Fifth Fleet", "the Bank's Division of Lending": the body's show or unit; "the Herald's Tom Reyes" stays).

Before the names are merged, :func:`trim_common_words` cuts from a name the tagger alone found a
first word of the sentence it ran on from ("Former Ana Lind", "Though Reyes"), and a word that is no
given name before a full name the article writes alone ("Vermonter Tom Reyes" beside "Tom Reyes").
"""
from __future__ import annotations

import re

from generator import lexicon
from generator.extract.names import GIVEN_NAMES, Entity, Mention
from generator.extract.provenance import rule
from generator.extract.roles import TITLE_MODIFIERS, is_role_word
from generator.gazetteer import Gazetteer

# Words by which one addresses or speaks of a dignitary, never a name: "Her Majesty", "His Excellency".
_FORMS_OF_ADDRESS = lexicon.words("forms_of_address")
# Craft, instruments and vessels that are named after people: "the Ada Lind space telescope".
_THING_NOUNS = lexicon.words("craft_words") | lexicon.words("named_thing_nouns")
# Last words of a law's, a plan's, a building's or an event's name, never of a person's: "the Tax Relief Act".
_NOT_NAME_ENDS = lexicon.words("not_person_name_ends")
# Last words of a body's name that no one's name ends in: "Arvel United", "Orbis Holdings Plc".
_BODY_ENDS = lexicon.words("body_name_ends")
# Endings of a word that is an adjective rather than a name before a role noun ("Liberal leader").
_ADJECTIVE_ENDINGS = tuple(lexicon.words("adjective_endings"))
# Given names: a run that opens with one is a person's, whatever title ends it ("Ana Judge").
# Small words that open names: "van Dijk", "de Souza", "al-Amin".
_NAME_PARTICLES = lexicon.words("name_particles")
# The articles that go before a common noun, never straight before a person's one-word name.
_ARTICLES = lexicon.words("articles")
# The rule by which a role written beside a capitalised word makes it a person's name.
_ROLE_RULE = "actor.name-with-role"
_PARTY_ROLE = rule("role.party-member")
# The role a body written as a name's owner gives it: "the Herald's Tom Reyes".
_OWNER_ROLE = rule("role.employer-possessive")
_BODY_AFTER_ROLE = rule("role.body-after-name")
# The rule by which a title before it makes a word a person's name.
_TITLE_RULE = "actor.title-before-name"
# The rule by which a name before "administration" is its leader's.
_LEADER_RULE = "actor.leader-of-administration"
# The rules by which the tagger's label alone makes a person.
_TAGGER_RULES = ("actor.tagger-person",)
# A capital after three small letters inside a word: a brand ("SpaceX") or words run together
# ("LindImage"), not a name ("McCarthy", "DeSantis", "MacArthur" have fewer).
_INNER_CAPITAL = re.compile(r"[a-z]{3}[A-Z]")
# Two words run together: the second, of four letters or more, after three small letters ("LindImage";
# not "VandeHei").
_RUN_TOGETHER = re.compile(r"[a-z]{3}[A-Z][a-z]{3}")
# A brand's name: a capital that ends a word after three small letters ("OrbisX").
_BRAND = re.compile(r"[A-Z][A-Za-z]*[a-z]{3}[A-Z]")
# An owner's "'s" followed by more words: no name is written so ("Lind's Presidency").
_BROKEN = re.compile(r"['\u2019]s\s+\w")


def unsupported_people(entities: list[Entity], lower_words: set[str], gaz: Gazetteer) -> list[Entity]:
    """The people among ``entities`` whose name is no person's (see the module's docstring);
    ``lower_words`` are the words the article writes in lower case."""
    return [e for e in entities if e.kind == "person" and e.mentions and _no_person(e, lower_words, gaz)]


def _no_person(ent: Entity, lower_words: set[str], gaz: Gazetteer) -> bool:
    words = ent.name.split()
    if all(w.lower().strip(".") in _FORMS_OF_ADDRESS for w in words) or _BROKEN.search(ent.name):
        return True  # "Majesty", "Excellency"; "Lind's Presidency"
    if words[-1].lower() in _NOT_NAME_ENDS and (len(words) > 1 or words[0].lower() not in GIVEN_NAMES):
        return True  # "the Tax Relief Act", "Orbis's Deep Orbit Program", "the General Election", whatever
        # rule took it for a name
    if _title_alone(words, lower_words, gaz):
        return True  # "Moldovan Premier", "Chief Technical Officer": a title, no one's name
    if len(words) > 1 and _people_word(words[0], gaz):
        return True  # "Swiss Railway", "U.S. Dlrs": a demonym or a country's short form opens no one's name
    if all(_opens_with_function_word(m) for m in ent.mentions):
        return True  # "as a prime minister I can", "saw 'Premier Under Fire'": a pronoun or a preposition
    if len(words) == 1 and all(_after_article(m) for m in ent.mentions):
        return True  # "the Monarch", "the young Easterner": a noun the writer capitalised
    if len(words) == 1 and all(_title_after_article(m) for m in ent.mentions):
        return True  # "the General Staff", "the Writers Union": a body's name, no title and holder
    if len(words) == 1 and words[0].lower().endswith(_ADJECTIVE_ENDINGS) \
            and all(_modifies_role(m) for m in ent.mentions):
        return True  # "the Conservative leader", "Liberal senators": the role's party, not its holder
    if len(words) == 1 and all(m.rule == _ROLE_RULE and _no_proper_noun(m, lower_words) for m in ent.mentions):
        return True  # "Basically, the minister ...", "Muslims, the speaker said": a word before a role, no name
    if words[0].lower() not in GIVEN_NAMES and all(_owned_by_body_alone(m) for m in ent.mentions):
        return True  # "NBC's Meet the Press", "the Navy's Fifth Fleet": a body's show or unit, not "NBC's Ana Lind"
    if ent.role and _PARTY_ROLE not in ent.rules or not all(_tagger_only(m) for m in ent.mentions):
        return False  # a role tells a person; a party alone may be written before a word taken for a name
    if len(words) > 1 and all(w.lower() in lower_words for w in words):
        return True  # "Female Genital Mutilation ... female genital mutilation": words of the language
    if len(words) == 1:
        word = re.sub(r"[\[\]]", "", words[0])  # "[W]e": a word the writer changed the case of
        if word.lower() in lower_words:
            return True  # "Lava flowed ... the lava", "[W]e ... we": a word of the language
        if len(word) >= 2 and word.isupper() and word.isalpha() \
                and not any(_in_capitals(m) for m in ent.mentions):
            return True  # "COVID", "MLA": an acronym
    if len(words) > 1 and any(_RUN_TOGETHER.search(w) for w in words):
        return True  # "Ana LindImage"
    if len(words) > 1 and words[-1].lower() in _THING_NOUNS:
        return True  # "the Ada Lind Space Telescope"
    return all(_names_a_thing(m) for m in ent.mentions)


def _owned_by_body_alone(m: Mention) -> bool:
    """A mention that only the body written as its owner before it made a person's ("the Herald's
    Orbit", "the Bank's Division of Lending"): no title, no appositive, no label of the tagger's; a
    body after it ("of Lending") is no more a person's mark there."""
    return m.rule == _ROLE_RULE and bool(m.role) and any(r == _OWNER_ROLE for r, _ in m.role) \
        and all(r in (_OWNER_ROLE, _BODY_AFTER_ROLE) for r, _ in m.role)


def _people_word(word: str, gaz: Gazetteer) -> bool:
    """A country's demonym as the gazetteer spells it ("Georgian", "Swiss"), or its dotted short form
    ("U.S."); not a given name ("German" Gref), nor a clipped form a name may share ("Brit", "Sri")."""
    if word.lower() in GIVEN_NAMES:
        return False
    country = gaz.demonym(word)
    return country is not None and (country.demonym == word or "." in word and gaz.country(word) is not None)


def _title_alone(words: list[str], lower_words: set[str], gaz: Gazetteer) -> bool:
    """``Moldovan Premier``, ``Chief Technical Officer``: a role noun after words that qualify it (a
    demonym, a place, an adjective, a title's modifier or noun, a word of the language), none a given
    name; not "Ana Judge", "Tom King"."""
    if len(words) < 2 or not is_role_word(words[-1]) or words[0].lower() in GIVEN_NAMES:
        return False
    return all(_qualifier(w, lower_words, gaz) or gaz.place(w) for w in words[:-1])


def _qualifier(word: str, lower_words: set[str], gaz: Gazetteer) -> bool:
    """A word that qualifies a noun rather than names a person: one the article writes in lower case,
    an adjective, a title's modifier or noun, a country, a people."""
    low = word.lower()
    return low in lower_words or low.endswith(_ADJECTIVE_ENDINGS) or low in TITLE_MODIFIERS or is_role_word(word) \
        or gaz.country(word) is not None or gaz.demonym(word) is not None


def _opens_with_function_word(m: Mention) -> bool:
    """A mention whose first word the tagger reads as a pronoun or a preposition ("I", "Under") that is
    no particle of a name ("van", "de") nor a given name: no one's name opens so."""
    doc = m.sent.doc if m.sent is not None else None
    if doc is None or m.start >= len(doc):
        return False
    tok = doc[m.start]
    return tok.pos_ in ("PRON", "ADP") and tok.lower_ not in _NAME_PARTICLES and tok.lower_ not in GIVEN_NAMES


def _after_article(m: Mention) -> bool:
    """``the Monarch``, ``the young Easterner``: one word straight after an article, or after an
    article and one adjective in lower case with no figure nor hyphen in it (not "the 41-year-old X")."""
    doc = m.sent.doc if m.sent is not None else None
    if doc is None or m.end - m.start != 1 or m.start < 1 or m.rule == _LEADER_RULE:
        return False  # "the Lind administration": the article is the administration's
    before = doc[m.start - 1]
    if before.lower_ in _ARTICLES:
        return True
    return m.start >= 2 and doc[m.start - 2].lower_ in _ARTICLES and before.text.isalpha() and before.text.islower() \
        and before.pos_ in ("ADJ", "NUM")


def _title_after_article(m: Mention) -> bool:
    """``the General Staff``, ``the Writers Guild``: one word that a title found, the title written
    straight after an article; no one writes "the General Reyes"."""
    doc = m.sent.doc if m.sent is not None else None
    return doc is not None and m.rule == _TITLE_RULE and m.end - m.start == 1 and m.start >= 2 \
        and doc[m.start - 2].lower_ in _ARTICLES


def _no_proper_noun(m: Mention, lower_words: set[str]) -> bool:
    """One word the tagger reads as no singular proper noun (an adverb, an interjection, a plural), or
    one the article also writes in lower case."""
    tok = m.sent.doc[m.start]
    return m.end - m.start == 1 and (tok.tag_ != "NNP" or tok.lower_ in lower_words)


def _modifies_role(m: Mention) -> bool:
    """``the Conservative leader``: one word before the role noun it modifies."""
    tok = m.sent.doc[m.start]
    return tok.dep_ in ("compound", "amod", "nmod") and m.end <= tok.head.i <= m.end + 1 \
        and tok.head.text[:1].islower() and is_role_word(tok.head.text)


def retype_brands(entities: list[Entity]) -> None:
    """``SpaceX``: one word with a capital inside, after three small letters, that only the tagger's
    label makes a person's, is a brand's name, a body's. ``Arvel United``, ``Orbis Holdings Plc``: a name
    that ends in a word only a body's name ends in is a body's, whatever rule took it for a person's."""
    for ent in entities:
        if ent.kind != "person":
            continue
        if " " not in ent.name and _INNER_CAPITAL.search(ent.name) and not ent.role \
                and all(_tagger_only(m) for m in ent.mentions):
            ent.kind = "organization"
        elif " " in ent.name and ent.name.split()[-1].lower().strip(".") in _BODY_ENDS:
            ent.kind, ent.role, ent.country = "organization", None, None
            ent.rules.append(rule("actor.body-word-ends-name"))


def _tagger_only(m: Mention) -> bool:
    """Only the tagger's label, or a later retyping, made this mention a person's."""
    return not m.strong and (m.rule.startswith(_TAGGER_RULES) or m.retyped)


def _in_capitals(m: Mention) -> bool:
    letters = [ch for ch in m.sent.text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _names_a_thing(m: Mention) -> bool:
    """``the Ada Lind space telescope``: the name modifies a craft's or an instrument's noun after it."""
    doc = m.sent.doc
    last = doc[m.end - 1]
    head = last.head
    return last.dep_ in ("compound", "nmod", "amod") and m.end <= head.i <= m.end + 2 \
        and head.lower_ in _THING_NOUNS


def trim_common_words(mentions: list[Mention], lower_words: set[str]) -> None:
    """``Former Lind``, ``Though Reyes``: the tagger ran a name on from the word before it. A first word
    of a person's name that the tagger did not take for a proper noun, and that the article writes in
    lower case, is a word of the sentence, not of the name; unless the rest is words of the language
    too ("Female Genital Mutilation"). The tagger may take such a word for a proper noun when it
    opens a sentence or a headline ("Rival Ana Lind took the stage"): it is cut all the same when the
    rest is a full name the article writes as a person's elsewhere (rule ``actor.common-word-before-name``).
    A word that is no given name, run on before a full name that opens with one and that the article
    writes alone as a person's elsewhere ("Floridians Ana Lind", "Crooked Tom Reyes"), is cut too (rule
    ``actor.word-before-full-name``); not a given name ("Ana Maria Lind" beside "Maria Lind"). So is a
    brand's name run on before a name ("OrbisX Star Falcon": the brand stays a body). So is
    such a word before the given name alone of such a full name when it is an epithet: one cut so
    before the full name, or one the tagger reads as an adjective ("Crooked Tom" beside "Crooked Tom
    Reyes"); not a name of one's own ("Rahm Emanuel" beside "Emanuel Reyes")."""
    people = {m.name for m in mentions if m.kind == "person" and " " in m.name}
    given = {name.split()[0] for name in people if _opens_with_given_name(name)}
    epithets: set[str] = set()
    for m in mentions:
        if m.kind != "person" or m.strong or not m.rule.startswith(_TAGGER_RULES) or m.end - m.start < 2:
            continue
        first = m.sent.doc[m.start]
        words = m.name.split(" ", 1)
        if len(words) == 2 and first.text == words[0] and first.text.lower() in lower_words \
                and words[1][:1].isupper() and not all(w.lower() in lower_words for w in words[1].split()) \
                and (first.pos_ != "PROPN" or words[1] in people and " " in words[1]):
            if first.pos_ == "PROPN":
                m.retyped = rule("actor.common-word-before-name")
            m.name, m.start = words[1], m.start + 1
        elif len(words) == 2 and first.text == words[0] and _no_given_name(first) \
                and (words[1] in people and " " in words[1] and _opens_with_given_name(words[1])
                     or _BRAND.fullmatch(first.text)):
            m.retyped = rule("actor.word-before-full-name")
            m.name, m.start = words[1], m.start + 1
            epithets.add(first.lower_)
    for m in mentions:  # "Crooked Tom" beside "Crooked Tom Reyes" or "Tom Reyes": an epithet and a given name
        if m.kind != "person" or m.strong or not m.rule.startswith(_TAGGER_RULES) or m.end - m.start != 2:
            continue
        first = m.sent.doc[m.start]
        words = m.name.split()
        if len(words) == 2 and first.text == words[0] and words[1] in given and _no_given_name(first) \
                and (first.lower_ in epithets or first.tag_ == "JJ"):
            m.retyped = rule("actor.word-before-full-name")
            m.name, m.start = words[1], m.start + 1


def _no_given_name(tok) -> bool:
    """A word that opens no one's name: no given name, no particle of names, no initial nor short form."""
    return tok.lower_ not in GIVEN_NAMES and tok.lower_ not in _NAME_PARTICLES and not tok.text.endswith(".")


def _opens_with_given_name(name: str) -> bool:
    """Whether the first word of ``name`` is a given name ("Tom Reyes")."""
    return name.split()[0].lower() in GIVEN_NAMES
