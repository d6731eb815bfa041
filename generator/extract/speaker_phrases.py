"""Speaker phrases the parse makes of a name and the words beside it: a description with a
name in apposition (``one of the unions, the Dockers Guild, said``), a common noun that classes
the name after it (``the charity Harbour Aid said``), a name in apposition to the source after
``according to``; the owner of the site a document is put out on; a title the parse made the
root of its sentence; who put out a document, by a relative clause or by the name it is given
under (``a Harbour Board statement``); the name a word cut at its hyphen opens (``co-host Name
said``). Which token of such a phrase names the speaker; resolving it is the job of
:mod:`generator.extract.speakers`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.register import fold
from generator.extract.speech import DOCUMENT_NOUNS, ISSUE_VERBS, ROLE_NOUNS, in_any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


def apposed_name(tok: "Token", outside: list[tuple[int, int]]) -> "Token | None":
    """The proper name a description of no one in particular has in apposition, set off by a
    comma: ``One of the unions, the Dockers Guild, said``, ``a group of residents, the Quay
    Alliance, wrote``; and the person a body's name runs on to through a title (``the Quay
    Trust chairman Name Surname said``, parsed as the body with the person in apposition).
    Titles (``the minister, Name``) and documents are resolved elsewhere."""
    if tok.pos_ == "PROPN":
        return next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and not in_any(c, outside)
                     and c.doc[c.left_edge.i - 1].text not in (",", "(", ";")
                     and any(t.dep_ == "compound" and t.pos_ == "NOUN" and t.lower_ in ROLE_NOUNS for t in c.lefts)),
                    None)
    if tok.pos_ not in ("NOUN", "NUM") or tok.lemma_.lower() in ROLE_NOUNS | DOCUMENT_NOUNS:
        return None
    for c in tok.rights:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and not in_any(c, outside) and c.ent_type_ not in ("DATE", "TIME"):
            left = c.left_edge
            if left.i > 0 and left.doc[left.i - 1].text == ",":
                return c
    return None


# Where a document is posted online: "a statement on the ministry's website" is the ministry's.
_POSTING_PLACES = lexicon.words("posting_place_nouns")
# Nouns before a name that are no class of it: a person's role ("the minister Name") or a document.
_NOT_CLASS_NOUNS = ROLE_NOUNS | DOCUMENT_NOUNS


def name_after_noun(tok: "Token", outside: list[tuple[int, int]]) -> "Token | None":
    """``the charity Harbour Aid said``: a common noun that classes the name right after it, parsed
    as two subjects of one verb (or the name as its apposition). The name, not the class, speaks."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.i + 1 >= len(doc) or tok.lemma_.lower() in _NOT_CLASS_NOUNS:
        return None
    name = doc[tok.i + 1]
    if name.pos_ != "PROPN" or not name.is_title or in_any(name, outside):
        return None
    while name.dep_ == "compound" and name.head.i > name.i and name.head.is_title and name.head.pos_ in ("PROPN", "NOUN"):
        name = name.head  # "Harbour Aid", its last word tagged a common noun
    if name.ent_type_ in ("DATE", "TIME", "GPE", "NORP", "LOC") or any(
            t.lower_ in ROLE_NOUNS for t in doc[tok.i + 1:name.i + 1]):
        return None
    if name.dep_ == tok.dep_ and name.head == tok.head or name.head == tok and name.dep_ == "appos":
        return name
    return None


def after_according_to(subj: "Token", outside: list[tuple[int, int]]) -> "Token | None":
    """``According to the agency X, the director, Name, said``, parsed with X as the subject of
    the speech verb and the speaker as its apposition: the apposition. The source the article
    cites is not the one whose words the verb reports."""
    k = subj.left_edge.i - 1
    doc = subj.doc
    while k > 0 and not doc[k].is_punct and doc[k].lower_ != "to":
        k -= 1
    if k < 1 or doc[k].lower_ != "to" or doc[k - 1].lower_ != "according":
        return None
    return next((c for c in subj.rights if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                 and not in_any(c, outside)), None)


def site_owner(tok, quotes):
    """The owner of the site a document is put out on: ``X's`` in ``a statement on X's
    website`` (or ``posted on``), ``X`` in ``on the website of X``; ``None`` when none is named."""
    steps = [tok] + [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in ISSUE_VERBS | {"post"}]
    for head in steps:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "on":
                continue
            for place in prep.children:
                if place.dep_ != "pobj" or place.lemma_.lower() not in _POSTING_PLACES or in_any(place, quotes):
                    continue
                for c in place.children:
                    if c.dep_ == "poss":
                        return c
                    if c.dep_ == "prep" and c.lower_ == "of":
                        return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


_RELATIVE = lexicon.words("relative_pronouns")


def relative_issuer(doc_noun, quotes):
    """The subject of a relative clause by which a document was put out: ``they`` in ``a
    statement they released``, ``the ministry`` in ``the report the ministry issued``; ``None``
    when there is none."""
    return next((s for c in doc_noun.children if c.dep_ == "relcl" and c.lemma_.lower() in ISSUE_VERBS
                 for s in c.children if s.dep_ == "nsubj" and s.lower_ not in _RELATIVE and not in_any(s, quotes)),
                None)


def issuer_named_with(doc_noun, quotes):
    """The name a document is put out under, right before the noun: a body's or a person's
    (``a Harbour Board statement``, ``the Okafor memo``); not a name before another noun (``a
    Name campaign memo``: the campaign's); ``None`` when there is none. Whether the name is a
    body or a person who may put one out is for the caller to say."""
    doc = doc_noun.doc
    for c in doc_noun.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON") and not in_any(c, quotes) \
                and all(t.pos_ == "PROPN" for t in doc[c.i + 1:doc_noun.i]):
            return c
    return None


def verb_lost(tok) -> bool:
    """``The mayor of X, Name, replied by ...``, parsed with the title as the sentence's root and
    its verb as a participle hanging on it: the title is the subject the parse lost."""
    return tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > tok.i
        and any(a.dep_ == "appos" and a.i < c.i for a in tok.children) for c in tok.children)


def names_within(pronoun, named: set[str], quotes) -> bool:
    """Whether the verb of which ``pronoun`` is the subject takes, as its own object or as the
    object of its own preposition, a name of the person it was tied to: a pronoun never stands for
    a name its own verb governs ("he said of X", "she told X", "he spoke about X")."""
    verb = pronoun.head
    return bool(named) and any(
        t.pos_ == "PROPN" and fold(t.text) in named and not in_any(t, quotes)
        and (t.head == verb and t.dep_ in ("dobj", "dative", "obj")
             or t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head == verb)
        for t in verb.subtree)


def past_split_prefix(tok: "Token", outside: list[tuple[int, int]]) -> "Token | None":
    """``co-host Name Surname said``, ``ex-mayor of X Name said``, where the tagger cut the word
    at its hyphen and the parse hung its pieces on the verb, side by side with the phrase the word
    opens: the prefix (``co``, ``ex``) is no speaker; the person named where that phrase ends is.
    ``None`` when ``tok`` is no such piece, or the phrase does not end in a person's name."""
    doc = tok.doc
    if not tok.is_lower or tok.whitespace_ or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" \
            or doc[tok.i + 1].whitespace_ or tok.head == tok:
        return None
    last = tok
    for c in sorted((c for c in tok.head.children if c.i > tok.i), key=lambda c: c.i):
        if c.left_edge.i != last.right_edge.i + 1 or c.is_punct and c.text != "-":
            break
        last = c
    end = doc[last.right_edge.i]
    if last == tok or end.pos_ != "PROPN" or end.ent_type_ != "PERSON" or in_any(end, outside):
        return None
    return end
