"""Finding the names in a sentence: each construction that marks a name, in the order they claim
tokens (a token one of them took is not looked at again).

1. the long form an acronym in brackets spells (``the Students Islamic Movement (SIM)``);
2. institutions with an owner (:mod:`generator.extract.owned_bodies`);
3. names after an honorific or a title (``Mr Hollis``, ``Foreign Minister Ana Lind``), and after a
   noun of kinship (``her son Tomas``, ``Lind's widow, Mara``);
4. the tagger's entities, typed by :func:`generator.extract.actor_types.classify`; one it ran on
   from the place or body of a title to the holder's name is cut in two (``director of the Arvel
   Trust Tom Reyes``);
5. acronyms the tagger missed before a group noun (``ADF troops``);
6. capitalised names the tagger missed: bodies by their words, by the person they follow
   (``X of the Green Democrats``) or by a noun of their kind (``energy company Gazprom``);
   people by a role written beside them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.actor_types import classify
from generator.extract.body_cues import kind_beside_name, published_in, reporting_source, titled_source
from generator.extract.person_mentions import person_mention
from generator.extract.names import (BODY_WORDS, GIVEN_NAMES, ORG_WORDS, PRESS_WORDS, Mention, acronym_after,
                                     compound_name, extend_hyphens, extend_name, extend_org, known_place_or_org,
                                     name_chain, org_tail, surface, thing_name)
from generator.extract.owned_bodies import owned_organisations
from generator.extract.patterns import matches
from generator.extract.provenance import rule
from generator.extract.role_bodies import affiliation
from generator.extract.role_phrases import role_words
from generator.extract.roles import HONORIFICS, TITLE_MODIFIERS, is_role_word, rank, singular_role, title_word, word_at
from generator.gazetteer import Gazetteer
from generator.nlp import token_values

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
           "NORP": "group"}
# Common nouns that name the kind of body whose name follows: "energy company Gazprom".
_ORG_KINDS = lexicon.words("org_kinds")
_GROUP_NOUNS = lexicon.words("group_nouns")
# Nouns of kinship whose name after them is a person's ("her son Tomas"), less those that also tie
# one body to another ("its parent Alvex", "sister company").
_KIN_BEFORE_NAMES = lexicon.words("kin_nouns") - lexicon.words("kin_nouns_of_bodies")
_PRONOUN_GENDER = lexicon.table("gender_pronouns")
_GIVEN_GENDER = lexicon.table("given_name_gender")


class _Sentence:
    """One sentence being read: its mentions so far and the tokens they took."""

    def __init__(self, sent: "Span", text: str, paragraph: int | None, gaz: Gazetteer):
        self.sent, self.doc, self.text, self.paragraph, self.gaz = sent, sent.doc, text, paragraph, gaz
        self.out: list[Mention] = []
        self.taken = [False] * (sent.end - sent.start)

    def free(self, start: int, end: int) -> bool:
        sent = self.sent
        return not any(self.taken[i - sent.start] for i in range(max(start, sent.start), min(end, sent.end)))

    def take(self, start: int, end: int) -> None:
        for i in range(max(start, self.sent.start), min(end, self.sent.end)):
            self.taken[i - self.sent.start] = True

    def add(self, mention: Mention, start: int | None = None, end: int | None = None) -> None:
        self.out.append(mention)
        self.take(mention.start if start is None else start, mention.end if end is None else end)

    def body(self, start: int, end: int, rule_id: str) -> None:
        """An organisation's name at [start, end), found by ``rule_id``."""
        self.add(Mention("organization", surface(self.doc, start, end, self.text), paragraph=self.paragraph,
                         sent=self.sent, start=start, end=end, strong=True, rule=rule(rule_id)))


def sentence_mentions(sent: "Span", text: str, paragraph: int | None, gaz: Gazetteer) -> list[Mention]:
    """Every name in one sentence, typed, with the rule that found it."""
    s = _Sentence(sent, text, paragraph, gaz)
    _long_forms_before_acronyms(s)
    for org in owned_organisations(sent, text, paragraph, gaz):
        s.add(org)
    _titled_names(s)
    _tagged_names(s)
    _acronyms_before_group_nouns(s)
    _untagged_names(s)
    return s.out


def _long_forms_before_acronyms(s: _Sentence) -> None:
    """``the Students Islamic Movement of India (SIMI)``: the long form the acronym spells."""
    doc, sent = s.doc, s.sent
    for rule_id, i, _ in matches("actor_acronyms", sent):
        word = doc[i + 1].text.replace(".", "")
        if i == sent.start or not (2 <= len(word) <= 8 and word.isalpha() and sum(c.isupper() for c in word) >= 2):
            continue
        for start in range(max(sent.start, i - 12), i):
            if doc[start].text[:1].isupper() and doc[start].lower_ not in lexicon.words("articles") \
                    and acronym_after(doc, start, i, sent.end) \
                    and not s.gaz.country(doc[start:i].text):
                s.body(start, i, rule_id)
                break


@lru_cache(maxsize=65536)
def _titles(word: str) -> bool:
    """Whether a word in lower case is an honorific, a role noun or a rank: asked of every token, so
    answered once per word."""
    return word.rstrip(".") in HONORIFICS or word in HONORIFICS or is_role_word(word) or bool(rank(word))


def _titled_names(s: _Sentence) -> None:
    """Names after an honorific or a title: ``Mr Hollis``, ``Foreign Minister Rana Tariq Baig``; and,
    in the same pass, after a noun of kinship (:func:`_kin_name`)."""
    doc, sent = s.doc, s.sent
    lowers, starts = token_values(doc, "lower"), token_values(doc, "idx")
    for i in range(sent.start, sent.end - 1):
        word = lowers[i]
        if word in _KIN_BEFORE_NAMES:
            _kin_name(s, i)
            continue
        if not _titles(word) and s.text[starts[i] - 1:starts[i]] != "-":
            continue  # no title, nor the end of a hyphenated one (what word_at reads)
        tok = doc[i]
        honorific = word.rstrip(".") in HONORIFICS or word in HONORIFICS
        if (honorific or is_role_word(word_at(doc, i)) or rank(word)) and title_word(tok):
            end = name_chain(doc, i + 1, len(doc))  # the tagger may end a sentence inside a name
            end = min(end, sent.end) if end > sent.end and doc[sent.end - 1].is_punct else end
            if end > i + 1 and s.free(i + 1, min(end, sent.end)) and not known_place_or_org(doc[i + 1:end].text, s.gaz) \
                    and not all(t.lower_ in BODY_WORDS for t in doc[i + 1:end]):  # "Revolutionary Guard Corps"
                m = person_mention(doc, i + 1, end, s.text, s.paragraph, sent, strong=True, gaz=s.gaz,
                                   rule_id="actor.honorific-before-name" if honorific else "actor.title-before-name")
                if m is not None:
                    s.add(m, i + 1, end)


def _kin_name(s: _Sentence, i: int) -> None:
    """The name after the noun of kinship at ``i``, with a person's possessor or none: ``her son
    Tomas``, ``Lind's widow, Mara``, ``leaves behind grandson Tomas``; the tagger often types such a
    lone given name as a place or a body, or misses it."""
    doc, sent = s.doc, s.sent
    if i == sent.start or doc[i].text[:1].isupper():
        return
    prev = doc[i - 1]
    if prev.lower_ in ("its", "the", "a", "an") or prev.tag_ == "POS" and (
            i - 2 < sent.start or doc[i - 2].ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC")):
        return  # "its parent", "the Lind son", "Alvex's sister": not one person's kin
    first = i + 2 if doc[i + 1].text == "," else i + 1
    if first >= sent.end or not doc[first].text[:1].isupper():
        return
    end = name_chain(doc, first, sent.end)
    if not first < end <= first + 4 or not s.free(first, end) \
            or known_place_or_org(doc[first:end].text, s.gaz) or s.gaz.country(doc[first:end].text):
        return
    role = role_words(doc, first, end, sent) or _kin_owner(doc, i, sent)
    m = person_mention(doc, first, end, s.text, s.paragraph, sent, strong=True, gaz=s.gaz,
                       rule_id="actor.kin-before-name", role=role)
    if m is not None and m.kind == "person":
        s.add(m, first, end)


def _kin_owner(doc, i: int, sent: "Span") -> list | None:
    """Whose kin the name after the noun of kinship at ``i`` is, as a role: the person an owner's
    ``'s`` names (``Lind's widow``), or the one a possessive pronoun stands for: the nearest person
    the tagger names before it in the sentence, or else in the sentence before, whose given name is
    not of the pronoun's other gender and who is no kin named so himself (``Ana Lind thanked her son
    Tomas and her daughter Ines``). None when no one fits, or when the nearest is one word that is no
    given name of the pronoun's gender."""
    prev = doc[i - 1]
    if prev.tag_ == "POS":
        k = i - 2
        if doc[k].pos_ != "PROPN" or not doc[k].text[:1].isupper():
            return None  # "the boy's aunt": whose kin is not named
        while k - 1 >= sent.start and doc[k - 1].ent_type_ == "PERSON" and doc[k].ent_iob_ == "I":
            k -= 1
        return [(rule("role.kin-before-name"), [t.text for t in doc[k:i - 1]] + ["'s", doc[i].text])]
    gender = _PRONOUN_GENDER.get(prev.lower_) if prev.tag_ == "PRP$" else None
    if gender is None:
        return None
    before = [e for e in sent.ents if e.end <= i - 1][::-1]
    if sent.start > 0:
        before += list(doc[sent.start - 1].sent.ents)[::-1]  # then the sentence before
    for ent in before:
        known = _GIVEN_GENDER.get(ent[0].lower_)
        if ent.label_ != "PERSON" or known not in (None, gender) \
                or doc[max(ent.start - 1, 0)].lower_ in _KIN_BEFORE_NAMES:  # "her son X, her daughter Y"
            continue
        if known is None and len(ent) == 1:
            return None  # a lone word of no known gender: too unsure a person to tie the kin to
        return [(rule("role.kin-before-name"), [t.text for t in ent] + ["'s", doc[i].text])]
    return None


def _tagged_names(s: _Sentence) -> None:
    """The tagger's entities, widened over the name words it left out, then typed."""
    doc, sent = s.doc, s.sent
    for ent in sent.ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = extend_hyphens(doc, ent.start, ent.end)
        start = max(start, sent.start)
        end = min(end, sent.end)
        if label == "person":
            start, end = extend_name(doc, start, end, sent)
        split = _place_then_name(s, start, end) if label == "organization" else None
        body = _body_then_name(s, start, end) if split is None and label in ("organization", "person") else None
        if split is not None or body is not None:
            # "President of Chile Ana Lind", "director of the Arvel Trust Tom Reyes" tagged as one name:
            # the place or body of the office, then its holder
            opening, split = start, split if split is not None else body
            kind = "place" if body is None or s.gaz.is_place(doc[start:split].text) else "organization"
            place = classify(doc, start, split, kind, s.text, s.paragraph, sent, s.gaz)
            start, label = split, "person"
            if place is not None and (kind == "place" or doc[opening:split].text.isupper()
                                      or known_place_or_org(doc[opening:split].text, s.gaz)):
                s.out.extend(place if isinstance(place, list) else [place])  # not a portfolio: "of Economic Affairs"
            if body is not None and s.free(start, end):
                m = person_mention(doc, start, end, s.text, s.paragraph, sent, strong=True, gaz=s.gaz,
                                   rule_id="actor.name-after-body-of-title",
                                   role=_title_of_body(doc, opening, start, sent))
                if m is not None:
                    s.add(m)
                continue
        if label == "organization":
            end = extend_org(doc, start, end, sent.end)
        if not s.free(start, end):
            continue
        m = classify(doc, start, end, label, s.text, s.paragraph, sent, s.gaz)
        if m is not None:
            s.out.extend(m if isinstance(m, list) else [m])  # a capital gives its place and its country
            s.take(start, end)


def _place_then_name(s: _Sentence, start: int, end: int) -> int | None:
    """Where the name begins in a name the tagger ran on from the country of the title before it
    ("President of Chile Ana Lind", "the leader of France Tom Reyes"): the country is written
    after "<title> of", and two or three capitalised words follow it. None when it is not so."""
    doc = s.doc
    if start - 2 < s.sent.start or doc[start - 1].lower_ != "of" or not is_role_word(doc[start - 2].text):
        return None
    for k in range(end - 2, start, -1):
        rest = doc[k:end]
        if s.gaz.country(doc[start:k].text) and 2 <= len(rest) <= 3 \
                and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in rest):
            return k
    return None


def _body_then_name(s: _Sentence, start: int, end: int) -> int | None:
    """Where the name begins in a name the tagger ran on from the body of the title before it
    ("director of the Arvel Trust Tom Reyes", "spokesman for Norvik Ana Lind"): the body is written
    after "<title> of" or "<title> for", and a given name and one more capitalised word end the run.
    None when it is not so."""
    doc = s.doc
    at = start - 2 if start - 2 >= s.sent.start and doc[start - 1].lower_ == "the" else start - 1
    k = end - 2
    if at - 1 < s.sent.start or doc[at].lower_ not in ("of", "for") or not is_role_word(doc[at - 1].text) \
            or k - start < 1 or doc[k].lower_ not in GIVEN_NAMES or doc[end - 1].lower_ in ORG_WORDS \
            or doc[end - 1].tag_ == "NNPS" or re.fullmatch(r"[A-Z]\.?", doc[k - 1].text) \
            or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in doc[k:end]):
        return None  # not "manager of J Donovan Productions": an initial before, a plural after
    return k


def _title_of_body(doc, body: int, name: int, sent: "Span") -> list:
    """The title that the body's name at [``body``, ``name``) completes, as a role: "director of the
    Arvel Trust"."""
    j = body - 2 if doc[body - 1].lower_ == "the" else body - 1  # "of" or "for"
    while j - 1 >= sent.start and (is_role_word(doc[j - 1].text) or doc[j - 1].lower_ in TITLE_MODIFIERS
                                   or rank(doc[j - 1].text)):
        j -= 1
    return [(rule("role.title-of-body-before-name"), [t.text for t in doc[j:name]])]


def _acronyms_before_group_nouns(s: _Sentence) -> None:
    """Acronyms the tagger missed, before the people they stand for: ``ADF troops``."""
    doc, sent = s.doc, s.sent
    texts, ent_types = token_values(doc, "orth"), token_values(doc, "ent_type")
    for i in range(sent.start, sent.end - 1):
        t = texts[i]
        if 2 <= len(t) <= 6 and t.isalpha() and t.isupper() and not ent_types[i] and s.free(i, i + 1) \
                and (doc[i + 1].lower_ in _GROUP_NOUNS or singular_role(doc[i + 1].text)) \
                and not s.gaz.country(t) and not rank(t) and not is_role_word(t):
            s.add(Mention("organization", t, paragraph=s.paragraph, sent=sent, start=i, end=i + 1,
                          rule=rule("actor.acronym-before-group-noun")))


def _untagged_names(s: _Sentence) -> None:
    """Capitalised names that the tagger missed, each tried by the constructions below in turn."""
    doc, sent = s.doc, s.sent
    i = sent.start
    particles = lexicon.words("name_particles")
    texts = token_values(doc, "orth")
    while i < sent.end:
        first = texts[i]
        if not first[:1].isupper() and first.lower() not in particles:
            i += 1  # no name starts here (what name_chain would say, at a fraction of the cost)
            continue
        end = name_chain(doc, i, sent.end)
        initial = next((k for k in range(i + 1, end - 1) if re.fullmatch(r"[A-Z]\.?", doc[k].text)), None)
        if initial is not None and not re.fullmatch(r"[A-Z]\.?", doc[initial - 1].text):
            end = initial  # "the Opposition R K Menon": the name starts at its initials
        if not (end > i and s.free(i, end) and (i > sent.start or end - i > 1)):
            i += 1
            continue
        if thing_name(doc[i:end].text.split()):
            i = end  # "the Common Fisheries Policy": a thing's name, neither a body's nor a person's
            continue
        for construction in (_body_by_its_words, _body_of_person, _body_by_cue_beside, _body_after_kind_noun,
                             _person_with_role):
            taken = construction(s, i, end)
            if taken:
                end = taken
                break
        i = end


def _body_by_its_words(s: _Sentence, i: int, end: int) -> int | None:
    """``Human Rights Watch``, ``Hizb-ul-Mujahideen (HM)``, ``Lashkar-e-Watan``: a body by its last
    word, by the acronym after it or by its hyphenated form. Each construction returns where the name
    it took ends, or None."""
    doc, words = s.doc, s.doc[i:end].text.split()
    by_word = len(words) > 1 and words[-1].lower() in ORG_WORDS
    by_acronym = not by_word and acronym_after(doc, i, end, s.sent.end)
    if not (by_word or by_acronym or len(words) == 1 and compound_name(words[0], s.gaz)) \
            or known_place_or_org(words[0], s.gaz) and words[-1].lower() not in PRESS_WORDS:
        return None
    if words[-1].lower() in ORG_WORDS and s.free(i, org_tail(doc, end, s.sent.end)):
        end = org_tail(doc, end, s.sent.end)
    s.body(i, end, "actor.org-head-word" if by_word else "actor.long-form-before-acronym" if by_acronym
           else "actor.hyphenated-name")
    return end


def _body_of_person(s: _Sentence, i: int, end: int) -> int | None:
    """``X of the Green Democrats``: the body a person is written as belonging to."""
    doc, sent = s.doc, s.sent
    of = i - 2 if i - 2 >= sent.start and doc[i - 1].lower_ == "the" else i - 1
    if of - 1 >= sent.start and doc[of].lower_ in ("of", "from") \
            and any(m.kind == "person" and m.end == of for m in s.out) \
            and affiliation(doc, of, sent) == [t.text for t in doc[i:end]] \
            and not s.gaz.is_place(doc[i:end].text):
        s.body(i, end, "actor.body-of-person")
        return end
    return None


def _body_by_cue_beside(s: _Sentence, i: int, end: int) -> int | None:
    """``told The Vela``, ``The Vela reported``, ``published in Vela Letters``, ``Vela magazine``, ``Vela, an
    online journal``: a body that the words beside it name as a source, as what published a text, or as a
    kind of body (a leading "The" is no word of the name)."""
    doc = s.doc
    start = i + 1 if doc[i].text == "The" and end - i > 1 else i
    while start < end - 1 and start == s.sent.start and doc[start].pos_ in ("SCONJ", "ADV", "ADP", "CCONJ", "DET"):
        start += 1  # "As Vask24 reported ...": a sentence's first word is no word of the name
    rule_id = "actor.titled-source" if titled_source(doc, start, end, s.sent) \
        else published_in(doc, start, end, s.sent, s.gaz) or kind_beside_name(doc, start, end, s.sent, s.gaz) \
        or ("actor.reporting-name" if reporting_source(doc, start, end, s.sent, s.gaz) else None)
    if rule_id is None:
        return None
    s.body(start, end, rule_id)
    return end


def _body_after_kind_noun(s: _Sentence, i: int, end: int) -> int | None:
    """``energy company Gazprom``, ``the militant group Hamas``, ``news agency Yonhap``."""
    if i - 1 >= s.sent.start and s.doc[i - 1].lower_ in _ORG_KINDS and not s.gaz.is_place(s.doc[i:end].text):
        s.body(i, end, "actor.kind-noun-before-name")
        return end
    return None


def _person_with_role(s: _Sentence, i: int, end: int) -> int | None:
    """A person by a title or an appositive written beside the name; ``Minister of Education X Y``."""
    doc, sent = s.doc, s.sent
    name = _body_then_name(s, i, end)
    if name is not None and not known_place_or_org(doc[name:end].text, s.gaz):
        # "Envoy for Coastal Affairs Ana Lind": the title's "for" phrase ends at the given name
        m = person_mention(doc, name, end, s.text, s.paragraph, sent, strong=True, gaz=s.gaz,
                           rule_id="actor.name-after-body-of-title", role=_title_of_body(doc, i, name, sent))
        if m is not None:
            s.add(m, i, end)
        return None
    role = role_words(doc, i, end, sent)
    if not role and end - i >= 3 and i - 2 >= sent.start and doc[i - 1].lower_ in ("of", "for") \
            and is_role_word(doc[i - 2].text) and doc[i - 2].text[:1].isupper():
        role = True  # "Minister of Education X Y"
    if role and len(doc[i:end].text) > 2 and not known_place_or_org(doc[i:end].text, s.gaz):
        # the roles are found again for the name without its article and titles
        m = person_mention(doc, i, end, s.text, s.paragraph, sent, strong=True, gaz=s.gaz,
                           rule_id="actor.name-with-role")
        if m is not None:
            s.add(m, i, end)
    return None
