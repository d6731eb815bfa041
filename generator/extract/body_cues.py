"""Bodies that the words beside a name say are bodies, whatever the tagger typed the name: a source
cited with its capital "The" (``according to The Vela``, ``told The Vela``, ``The Vela reported``), what a
text was published in (``published in Vela Letters``), a publication's noun beside the name (``Vela
magazine``, ``the journal Vela``) and an appositive headed by a noun of a kind of body (``Vela, an
online journal``, ``Korvan, the armed group``), the doer of a verb of reporting news (``Vask24
reported``) and a name headed by the noun of a body that also has a site (``Orvik Shipyard``). Each function returns whether, or by which rule, the name at [``start``, ``end``) of a
sentence is so named; :mod:`generator.extract.actor_types` and
:mod:`generator.extract.actor_candidates` read them for tagged and untagged names.
"""
from __future__ import annotations

from generator import lexicon
from generator.extract.names import GIVEN_NAMES
from generator.extract.roles import is_role_word
from generator.gazetteer import Gazetteer

# Nouns of a publication ("Vela magazine", "the journal Vela") and verbs of one that publishes ("The Vela
# reported"): the name beside them is a body that publishes.
_PUBLICATION_NOUNS = lexicon.words("publication_nouns")
_SOURCE_VERBS = lexicon.words("source_verbs")
_PUBLISHING_VERBS = lexicon.words("publishing_verbs")
_ARTICLES = lexicon.words("articles")
# Words before "group" that make it a people's, not a body: "X, an ethnic group".
_PEOPLE_GROUP_WORDS = lexicon.words("people_group_words")
# Nouns of a kind of body, less those that also describe a person ("a film maker").
_ORG_KINDS = lexicon.words("org_kinds") - lexicon.words("org_kinds_of_people")
# Verbs of a body that reports news ("Vask24 reported ...").
_REPORTING_VERBS = lexicon.words("reporting_verbs")
# Nouns that head a body's name that is also a site's: "the Vask Institution", "Centre for Harbour Studies".
_INSTITUTION_HEADS = lexicon.words("institution_heads")


def titled_source(doc, start: int, end: int, sent) -> bool:
    """Whether the name at [``start``, ``end``) follows a capital "The" and is cited as a source: after
    "according to" or a verb of telling ("told The Vela"), or the doer of a verb of publishing ("The Vela
    reported"). No person's name takes "The", and no title of a person is such a source."""
    the = start - 1
    if the < sent.start or doc[the].text != "The" or is_role_word(doc[end - 1].text):
        return False
    if the > sent.start and (doc[the - 1].lemma_.lower() == "tell" or the - 2 >= sent.start
                             and doc[the - 2].lower_ == "according" and doc[the - 1].lower_ == "to"):
        return True
    last = doc[end - 1]
    return last.dep_ == "nsubj" and last.head.lemma_.lower() in _SOURCE_VERBS


def published_in(doc, start: int, end: int, sent, gaz: Gazetteer) -> str | None:
    """``published in Vela Letters``, ``was published on Monday in the Vela Review``: what a text is
    published in, when no place has that name ("published in Leeds"), is a body that publishes."""
    k = start - 2 if start - 2 >= sent.start and doc[start - 1].lower_ == "the" else start - 1
    if k < sent.start or doc[k].lower_ != "in" or doc[k].head.lemma_.lower() not in _PUBLISHING_VERBS \
            or gaz.is_place(doc[start:end].text) or gaz.country(doc[start:end].text) is not None:
        return None
    return "actor.published-in"


def kind_beside_name(doc, start: int, end: int, sent, gaz: Gazetteer, person: bool = False) -> str | None:
    """The rule by which the noun of a kind of body beside a name makes it a body's, or None: a noun of a
    publication right after the name ("Vela magazine") or before it ("the journal Vela", "the weekly newspaper
    the Vela Echo"), or the head of an appositive ("Vela, an online journal", "Vela, a company that ...",
    "Vela, the armed group"). Not a country's or a people's name, nor a town's written as where a paper
    comes from ("the Harlow newspaper", "Harlow newspaper The Echo"); not a word that describes a paper ("a
    Catholic newspaper") nor an owner of several ("the Lind magazines"); not a name cut at "and" ("the Post
    and Echo newspaper"); not the holder of a title
    ("Vela magazine editor Ana Lind"); not the noun of a compound ("Ana Lind, a party official") nor a
    people's group ("X, an ethnic group"); and not beside a name that opens with a given name and that
    the tagger took for a person's."""
    name = doc[start:end].text
    if gaz.country(name) is not None or gaz.demonym(name) is not None or person and doc[start].lower_ in GIVEN_NAMES:
        return None
    before = doc[start - 1] if start > sent.start else None
    nxt = doc[end] if end < sent.end else None
    if nxt is not None and nxt.lower_ in _PUBLICATION_NOUNS and nxt.tag_ == "NN" \
            and doc[end - 1].pos_ == "PROPN" and (before is None or before.lower_ not in ("and", "&", "of", "a", "an")) \
            and not (gaz.is_place(name) and (before is not None and before.pos_ in ("DET", "PRON")
                                             or end + 1 < sent.end and doc[end + 1].text[:1].isupper())):
        return "actor.publication-noun-beside-name"
    cut = nxt is not None and nxt.lower_ in ("and", "&", "of") and end + 1 < sent.end and doc[end + 1].text[:1].isupper()
    k = start - 2 if before is not None and before.lower_ == "the" else start - 1
    if k >= sent.start and doc[k].lower_ in _PUBLICATION_NOUNS and doc[k].pos_ == "NOUN" and not cut \
            and not (k > sent.start and doc[k - 1].text[:1].isupper()) and not gaz.is_place(name):
        return "actor.publication-noun-beside-name"
    if end + 2 >= sent.end or doc[end].text != "," or doc[end + 1].lower_ not in _ARTICLES or gaz.is_place(name):
        return None
    for k in range(end + 2, min(end + 8, sent.end)):
        tok = doc[k]
        if tok.lower_ in _PUBLICATION_NOUNS or tok.lower_ in _ORG_KINDS:
            after = doc[k + 1] if k + 1 < sent.end else None
            if after is not None and (after.text == "-" or after.pos_ in ("NOUN", "PROPN", "PART")) \
                    or doc[k - 1].lower_ in _PEOPLE_GROUP_WORDS:
                return None
            return "actor.kind-noun-in-apposition"
        hyphened = tok.text == "-" or k + 1 < sent.end and doc[k + 1].text == "-" and not tok.whitespace_
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "ADV", "NUM") and not hyphened:
            return None  # "Ana Lind, a member of the party": the appositive's head is no kind of body
    return None


def reporting_source(doc, start: int, end: int, sent, gaz: Gazetteer) -> bool:
    """``Vask24 reported the mayor was in surgery``, ``news agency Orvik reports ...``: a name that is the
    doer of a verb of reporting news, written before it, is a news outlet's, unless it holds a sign of a
    person's (the tagger's label, unless figures show it is none; a given name; a role noun), is a
    country's or a people's, or opens or ends with a word that is no noun ("As", "He", "A" in "A reported
    5,000 people"). A name a gazetteer knows as a place's is the outlet's only after the noun of a kind
    of body ("news agency Orvik"): a place that reports speaks for its government."""
    last = doc[end - 1]
    verb = last.head
    if last.dep_ != "nsubj" or verb.i < end or verb.lemma_.lower() not in _REPORTING_VERBS \
            or any(t.dep_ == "auxpass" for t in verb.children):
        return False
    name = doc[start:end].text
    if doc[start].pos_ not in ("PROPN", "NOUN", "NUM", "X") or last.pos_ not in ("PROPN", "NOUN", "NUM", "X") \
            or any(t.ent_type_ == "PERSON" for t in doc[start:end]) and not any(ch.isdigit() for ch in name) \
            or doc[start].lower_ in GIVEN_NAMES \
            or is_role_word(last.text) or gaz.country(name) is not None or gaz.demonym(name) is not None:
        return False
    if gaz.is_place(name):
        return start > sent.start and doc[start - 1].lower_ in _ORG_KINDS
    return True


def institution_head(words) -> bool:
    """Whether a name of two words or more is headed by the noun of a body that also has a site: its last
    word ("Delmar Space Center", "Orvik Shipyard") or, when "of" or "for" follows the first word, that
    word ("University of Arvel", "Centre for Harbour Studies")."""
    if len(words) < 2:
        return False
    if words[-1].lower() in _INSTITUTION_HEADS and words[-1][:1].isupper():
        return True
    return len(words) > 2 and words[1] in ("of", "for") and words[0].lower() in _INSTITUTION_HEADS
