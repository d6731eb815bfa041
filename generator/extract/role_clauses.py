"""Roles said of a name in a clause: ``X is the mayor of Delmar`` (a copula in a sentence of its
own), ``X, who chairs the budget committee,`` (a relative clause whose verb holds an office) and
``X, who serves as treasurer,`` (a relative clause whose verb serves "as" a role), ``X was elected
mayor`` (a verb of appointing or becoming whose complement is a role) and ``the
Delmar Trust, led by X,`` (a body whose passive verb of office has the name for its agent).
Read by :mod:`generator.extract.role_phrases`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.provenance import rule
from generator.extract.roles import TITLE_MODIFIERS, Role, part_role, rank, singular_role

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

_ARTICLES = lexicon.words("articles")
_NEW_WORDS = lexicon.words("role_new_words")
# Marks that open or close a quotation: a role said inside one is someone's opinion.
QUOTE_MARKS = ("\"", "\u201c", "\u201d", "''", "``")
_OWNER_PREP = lexicon.table("role_owner_prepositions")
RELATIVE = lexicon.words("relative_pronouns")
# Prepositions that join a role noun to the body or place it serves: "the mayor of Y", "a lecturer at
# X" (not "in", which may only say where or when someone was: "president in 1985").
ROLE_COMPLEMENTS = {"of"} | set(_OWNER_PREP.values())


def copula(doc: "Doc", start: int, end: int, sent: "Span") -> Role | None:
    """``X is the mayor of Delmar``, ``X was a lecturer at the college``: a role said of the name in a
    sentence of its own, outside any quotation. Not an opinion: a role noun with a plain adjective
    before it ("a bad mayor") or none at all ("a man who ...") is no role."""
    head = doc[end - 1]
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children) \
            or any(t.text in QUOTE_MARKS for t in sent):
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > head.i), None)
    words = _complement_words(attr)
    return (rule("role.copula"), words) if words else None


def _complement_words(attr) -> list[str] | None:
    """The words of a role noun said of a subject and what belongs to it: "the mayor of Delmar",
    "a lecturer at the college"; None when it is no role noun, has a plain adjective before it
    ("a bad mayor": an opinion) or runs too long."""
    if attr is None or attr.pos_ != "NOUN" or not singular_role(attr.text):
        return None
    words = []
    for left in attr.lefts:
        if left.dep_ == "det" and left.lower_ in _ARTICLES or left.lower_ in _NEW_WORDS or left.tag_ == "PRP$":
            continue  # "the", "the new", "its": the office is the same without them
        if not (left.lower_ in TITLE_MODIFIERS or left.text[:1].isupper() or left.pos_ in ("NOUN", "PROPN")
                or left.dep_ == "compound"):
            return None  # "a bad mayor": an opinion
        words.extend(t.text for t in left.subtree)
    doc = attr.doc
    joined = attr.i + 2 < len(doc) and doc[attr.i + 1].text == "-" and not attr.whitespace_ \
        and not doc[attr.i + 1].whitespace_
    words.append(doc[attr.i:attr.i + 3].text if joined else attr.text)  # "secretary-general", split by the tokenizer
    for right in attr.rights:  # "of Delmar", "in history at the college"
        if joined and right.i <= attr.i + 2:
            continue
        tail = [t.text for t in right.subtree]
        cut = next((n for n, w in enumerate(tail) if w in ("(", ",", ";") or w.lower() in RELATIVE), len(tail))
        if right.dep_ != "prep" or right.lower_ not in ROLE_COMPLEMENTS or cut < 2 \
                or cut < len(tail) and any(w.lower() in ("and", "or") for w in tail[:cut]):
            break  # "chairman of the new company and Tom Reyes, ...": what "and" adds may be another clause's
        words.extend(tail[:cut])  # "of Orange County (Calif.)", "of the farm in Cabixi, 80 km away"
        if cut < len(tail):
            break
    if len(words) > 14:
        return None
    return words


# Verbs whose subject takes the office their complement names: "X became president".
_BECOMING_VERBS = lexicon.words("becoming_verbs")
_APPOINTING_VERBS = lexicon.words("appointing_verbs")


def appointed(doc: "Doc", start: int, end: int, sent: "Span") -> Role | None:
    """``X was elected mayor of Delmar``, ``X has been named president of the Globex unit``, ``X was
    sworn in as governor``, ``X became chairman``: the office a verb of appointing in the passive, or
    of becoming, gives its subject, outside any quotation. A negated or modal verb ("will become",
    "may be named") gives none."""
    head = doc[end - 1]
    verb = head.head
    lemma = verb.lemma_.lower()
    if not (head.dep_ == "nsubjpass" and verb.tag_ == "VBN" and lemma in _APPOINTING_VERBS
            or head.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and lemma in _BECOMING_VERBS) \
            or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children) \
            or any(t.text in QUOTE_MARKS for t in sent):
        return None
    attr = next((c for c in verb.children if c.dep_ in ("oprd", "attr") and c.i > head.i), None)
    if attr is None:  # "was sworn in as governor", "was appointed as the new envoy"
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > head.i), None)
        attr = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    words = _complement_words(attr)
    return (rule("role.appointed-as"), words) if words else None


def served_as(doc: "Doc", start: int, end: int, sent: "Span") -> Role | None:
    """``X served as mayor of Delmar`` -> "former mayor of Delmar"; ``X serves as the trust's treasurer``,
    ``X is serving as acting chief`` -> the office as written: the role a verb of serving gives its
    subject through "as", outside any quotation. A negated or modal verb, or one whose "as" says
    how rather than which office ("served as a witness"), gives none."""
    head = doc[end - 1]
    verb = head.head
    kind = _SERVING_VERBS.get(verb.lemma_.lower())
    if head.dep_ != "nsubj" or kind != "left" or verb.pos_ != "VERB" or not _held_now_or_before(verb) \
            or any(t.text in QUOTE_MARKS for t in sent):
        return None
    as_ = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i - verb.i <= 3), None)
    words = _complement_words(next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None)
    if not words or part_role(words):
        return None
    if verb.tag_ == "VBD":
        owner = next((n + 1 for n, w in enumerate(words) if w in ("'s", "\u2019s")), 0)
        words = words[:owner] + ["former"] + words[owner:]
    return rule("role.appointed-as"), words


def _held_now_or_before(verb) -> bool:
    """Whether a verb says a thing is or was so, not that it may be or is not: "serves", "served",
    "has served", "is serving"; not "will serve", "did not serve"."""
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return False
    if verb.tag_ in ("VBZ", "VBD", "VBP"):
        return True
    aux = [c for c in verb.children if c.dep_ == "aux"]
    return bool(aux) and (verb.tag_ == "VBN" and all(a.lemma_ == "have" for a in aux)
                          or verb.tag_ == "VBG" and all(a.lemma_ == "be" for a in aux))


def succeeded_as(doc: "Doc", start: int, end: int, sent: "Span") -> Role | None:
    """``Ana Lind succeeded Tom Reyes as treasurer``, ``to replace Tom Reyes as coach``: the office
    the object of a verb of taking over held, "former" when the verb says it is taken; outside any
    quotation, not negated."""
    head = doc[end - 1]
    verb = head.head
    if head.dep_ != "dobj" or _SERVING_VERBS.get(verb.lemma_.lower()) != "taken" or verb.pos_ != "VERB" \
            or any(c.dep_ == "neg" for c in verb.children) or any(t.text in QUOTE_MARKS for t in sent):
        return None
    as_ = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i == end), None)
    words = _complement_words(next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None)
    if not words or part_role(words):
        return None
    if verb.tag_ in _TENSE_PAST:
        owner = next((n + 1 for n, w in enumerate(words) if w in ("'s", "\u2019s")), 0)
        words = words[:owner] + ["former"] + words[owner:]
    return rule("role.relative-serving-as"), words


# Verbs that make their object the body or thing a person holds an office over, with the role noun
# they make ("who chairs the committee"); and verbs that make a person the founder of their object.
_OFFICE_VERBS = lexicon.table("office_verbs")
_FOUNDING_VERBS = lexicon.table("founding_verbs")
_TENSE_PAST = ("VBD", "VBN")
_BODY_NOUNS = lexicon.words("body_nouns") | lexicon.words("org_words") | lexicon.words("org_kinds") \
    | lexicon.words("held_nouns")


def office_clause(doc: "Doc", k: int, sent: "Span") -> Role | None:
    """``X, who chairs the budget committee,`` -> "chair of the budget committee"; ``X, who headed
    the agency,`` -> "former head of the agency"; ``X, who founded the group,`` -> "founder of the
    group". The verb's object must follow it, be a noun phrase of its own (not a pronoun) and
    close at a comma or the sentence's end; a negated or modal verb gives no role."""
    if k < sent.end and doc[k].pos_ == "ADV" and doc[k].lower_ not in ("not", "never"):
        k += 1  # "who now heads"
    prefix = ""
    if k + 2 < sent.end and doc[k + 1].text == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_:
        prefix = doc[k].lower_ + "-"  # "co-founded", split by the tokenizer
        k += 2
    if k >= sent.end:
        return None
    verb = doc[k]
    lemma = prefix + verb.lemma_.lower()
    noun = _OFFICE_VERBS.get(lemma) or _FOUNDING_VERBS.get(lemma)
    if noun is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBD", "VBP") + (("VBN",) if prefix else ()) \
            or any(c.dep_ in ("neg", "aux") for c in verb.children):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != k + 1 or obj.ent_type_ == "PERSON" or not (
            obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "GPE")
            or obj.pos_ == "NOUN" and (obj.lemma_.lower() in _BODY_NOUNS or obj.lower_ in _BODY_NOUNS)):
        return None  # a body, a place or a thing someone heads: not "who chairs meetings", "who leads the charge"
    j = k + 1
    while j < sent.end and j <= obj.right_edge.i and doc[j].text not in (",", ";", "(", ")") \
            and doc[j].lower_ not in RELATIVE and doc[j].lower_ != "as" and doc[j].text not in QUOTE_MARKS:
        j += 1
    if j < sent.end and doc[j].lower_ in ("at", "in", "of", "for"):  # "programming at the network"
        n = j + 1
        while n < sent.end and n - j <= 6 and doc[n].text not in (",", ";", ".") and doc[n].pos_ not in ("VERB", "AUX", "CCONJ") \
                and doc[n].ent_type_ != "DATE":
            n += 1
        j = n if n - j <= 6 and (n >= sent.end or doc[n].ent_type_ != "DATE") else j
    if not (j >= sent.end or doc[j].text in (",", ";", ".", "(", ")") or doc[j].pos_ == "CCONJ") or j - k - 1 > 9:
        return None
    former = ["former"] if lemma in _OFFICE_VERBS and verb.tag_ in _TENSE_PAST else []
    return rule("role.relative-office-verb"), former + [noun, _OWNER_PREP.get(noun, "of")] + [t.text for t in doc[k + 1:j]]


# Verbs whose "as" names the office their subject holds ("who serves as treasurer"); "former" when
# the past tense of the verb says the office is left ("who served as mayor"), not when it says it was
# taken ("who succeeded her as mayor").
_SERVING_VERBS = lexicon.table("serving_verbs")
_HEAD_TITLES = lexicon.words("head_titles")


def serving_clause(doc: "Doc", k: int, sent: "Span") -> Role | None:
    """``X, who serves as the group's treasurer,`` -> "the group's treasurer"; ``X, who served as
    mayor of Delmar,`` -> "former mayor of Delmar". The words after "as" must be headed by a role
    noun; a negated or modal verb gives no role."""
    if k < sent.end and doc[k].pos_ == "ADV" and doc[k].lower_ not in ("not", "never"):
        k += 1  # "who later served as"
    if k >= sent.end:
        return None
    verb = doc[k]
    kind = _SERVING_VERBS.get(verb.lemma_.lower())
    if kind is None or verb.pos_ != "VERB" or not _held_now_or_before(verb):
        return None  # "who is serving as" holds the office now; not "who will serve as"
    as_ = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    obj = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or not singular_role(obj.text) or as_.i - k > 4:
        return None
    words = []
    for t in doc[as_.i + 1:obj.right_edge.i + 1]:
        if t.text in (",", ";", "(", ")") or t.lower_ in RELATIVE or t.text in QUOTE_MARKS \
                or t.pos_ == "ADP" and t.lower_ not in ROLE_COMPLEMENTS:
            break  # not "in the city": where, not which office
        if words or t.lower_ not in _ARTICLES:
            words.append(t.text)
    if not words or len(words) > 12 or part_role(words) or "own" in words:
        return None  # "who serves as his own editor" holds no office
    if kind == "left" and verb.tag_ == "VBD":  # "former", after an owner's possessive: "Globex's former chief"
        owner = next((n + 1 for n, w in enumerate(words) if w in ("'s", "\u2019s")), 0)
        words = words[:owner] + ["former"] + words[owner:]
    return rule("role.relative-serving-as"), words


def led_by(doc: "Doc", before: int, sent: "Span", held: list[str]) -> Role | None:
    """``the Delmar Trust, led by X,`` -> "leader of the Delmar Trust"; ``the Halvard Institute is
    headed by Director X`` -> "Director of the Halvard Institute": a body whose passive verb of
    office has the name (and the title before it, at ``before``) for its agent. The body must be
    named, a single one, the tagger's organisation or a noun of a body ("the Delmar Trust", not
    "a delegation", "troops" nor "the Delmar issue"); a title before the
    name joins it only when the title is one that heads a body and the tagger knows the body for an
    organisation's name: a delegation led by a minister is not the minister's office, and a
    professor who chairs a trust keeps the title written."""
    if before - 2 < sent.start or doc[before - 1].lower_ != "by":
        return None
    verb = doc[before - 2]
    noun = _OFFICE_VERBS.get(verb.lemma_.lower())
    if noun not in _HEAD_TITLES or verb.tag_ not in ("VBN", "JJ") or any(c.dep_ == "neg" for c in verb.children):
        return None  # not "owned by", "represented by": an owner or an agent heads nothing
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        body = verb.head
    else:
        clause = verb.head if verb.dep_ == "acomp" else verb  # "is lead by", which the tagger reads as an adjective
        body = next((c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj") and c.i < verb.i), None)
    if body is None or body.tag_ not in ("NN", "NNP") or body.ent_type_ == "PERSON" \
            or any(c.dep_ == "neg" for c in body.head.children) \
            or not (body.ent_type_ == "ORG" or body.lower_ in _BODY_NOUNS or body.lemma_.lower() in _BODY_NOUNS):
        return None  # a body, not "the bond issue will be led by X"
    phrase = doc[body.left_edge.i:body.i + 1]
    words = [t.text for t in phrase]
    named = [t for t in phrase if t.text[:1].isupper() and not (t.i == sent.start and t.pos_ == "DET")]
    if not named or len(words) > 6 or any(t.pos_ in ("PUNCT", "PRON", "NUM") or t.pos_ == "DET" and t.i > phrase.start
                                          for t in phrase) \
            or phrase[0].pos_ == "DET" and phrase[0].lower_ != "the":
        return None  # "a delegation led by ...", "their team led by ..."
    if words[0] == "The":
        words[0] = "the"
    if held:
        if body.ent_type_ != "ORG" or (rank(held[-1]) or held[-1]).lower() not in _HEAD_TITLES:
            return None  # a delegation led by a minister is not the minister's office, nor a body led by a professor
        return rule("role.led-by"), held + ["of"] + words
    return rule("role.led-by"), [noun, "of"] + words


# Kinds of government written between its head's name and the noun: "X's military government".
_GOVERNMENT_KINDS = lexicon.words("government_kinds")


def government_of(doc: "Doc", start: int, end: int, sent: "Span") -> Role | None:
    """``Ana Lind's government``, ``Tom Reyes's military government``, ``the government of Ana Lind``:
    the government a name owns is the one it heads, outside quotation marks. Only the kinds of
    government in the lexicon may stand between ("Lind's interim government"), not a word of
    opinion ("Lind's big government")."""
    if sum(1 for t in doc[sent.start:start] if t.text in QUOTE_MARKS) % 2:
        return None  # someone's words, not the article's
    if end + 1 < sent.end and doc[end].tag_ == "POS":
        k, kinds = end + 1, []
        while k < sent.end and doc[k].lower_ in _GOVERNMENT_KINDS:
            kinds.append(doc[k].text)
            k += 1
        if k < sent.end and doc[k].lower_ == "government" and doc[k].dep_ != "compound" \
                and not (k + 1 < sent.end and doc[k + 1].pos_ in ("NOUN", "PROPN")):
            return rule("role.government-owner"), ["head", "of", "the"] + kinds + [doc[k].text]
        return None
    k = start - 1
    if k - 2 < sent.start or doc[k].lower_ != "of" or end < sent.end and doc[end].tag_ == "POS":
        return None
    j = k - 1
    if doc[j].lower_ != "government":
        return None
    kinds = []
    while j - 1 > sent.start and doc[j - 1].lower_ in _GOVERNMENT_KINDS:
        j -= 1
        kinds.insert(0, doc[j].text)
    if doc[j - 1].lower_ != "the":
        return None
    return rule("role.government-owner"), ["head", "of", "the"] + kinds + [doc[k - 1].text]
