"""The clause around a word of relation: the subject its verb's clause has, and the verbs and
nouns joined to it by "and".

A verb pattern of ``generator/data/patterns/relations.jsonl`` that leaves out the end that is its
clause's subject (``"clause": "subject"``, or ``"object"`` for a passive) finds that end here, the
same way for every verb, as

* the verb's own subject (``Freedonia backs Ruritania``, ``Ruritania is backed by Freedonia``);
* the noun a relative clause hangs from, when the relative pronoun is the subject
  (``Freedonia, which backs Ruritania``: rule ``relation.subject-relative``);
* the noun a participle hangs from (``a militia backing Ruritania``, ``a militia backed by
  Freedonia``: rule ``relation.subject-participle``);
* the subject of the verb it is coordinated with, when it has none of its own (``Freedonia
  met the envoys and backed Ruritania``: rule ``relation.subject-coordinated``).

A parse that gives one verb two subjects, or a share of people as one, is recognised here so that
no relation is read from it.
"""
from __future__ import annotations

from generator import lexicon


def first_conjunct(token):
    """The first of the verbs joined by "and" that ``token`` is one of (``met`` in "met X and backed Y")."""
    while token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        token = token.head
    return token


def clause_subject(verb, *, passive: bool = False) -> tuple[object, str | None] | None:
    """(the token, the rule) for the subject of the verb's clause: its own subject, the noun a
    relative clause or participle hangs from, or the subject of the verb it is coordinated with;
    ``None`` when the clause has none. A participle stands for its noun when its form fits the
    voice (``backing`` for an active pattern, ``backed`` for a passive). For a noun that says
    what someone is (``a supporter of Y``), the one it says it of: the noun it is in apposition
    to (``X, a supporter of Y``) or the subject of "be" (``X is a supporter of Y``)."""
    if verb.pos_ in ("NOUN", "PROPN"):
        return _described(verb)
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")]
    if own:
        subject = own[0]
        if subject.dep_ != ("nsubjpass" if passive else "nsubj"):
            return None  # the pattern's voice is not the clause's
        if subject.lower_ in lexicon.words("relative_pronouns"):
            return (verb.head, "relation.subject-relative") if verb.dep_ == "relcl" else None
        return subject, None
    if verb.dep_ == "acl" and verb.tag_ == ("VBN" if passive else "VBG") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head, "relation.subject-participle"
    first = first_conjunct(verb)
    if first is not verb and _joined_alone(verb):
        found = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(found) == 1 and found[0].lower_ not in lexicon.words("relative_pronouns"):
            return found[0], "relation.subject-coordinated"
    return None


def relative_pronoun(verb) -> str:
    return next((c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), "")


def _joined_alone(verb) -> bool:
    """The verb is joined to the one before it by a conjunction with nothing between but its own
    words (``met Y and then backed Z``): a noun between that the parse hung elsewhere would be a
    subject of its own that the parse missed (``X lost, but the senator backed Z``)."""
    cc = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    if not cc:
        return False
    own = {t.i for t in verb.subtree}
    return all(i in own for i in range(cc[-1].i + 1, verb.i))


def _described(noun) -> tuple[object, str | None] | None:
    """The one a describing noun is said of, through apposition or "be", and through "and" from
    an earlier noun (``X, a senator and a supporter of Y``)."""
    shape = None
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun, shape = noun.head, "relation.subject-coordinated"
    if noun.dep_ == "appos":
        return noun.head, shape
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        found = clause_subject(noun.head)
        return (found[0], found[1] or shape) if found is not None else None
    return None


def misparsed_subjects(verb) -> bool:
    """Two subjects for one verb, or a share of people among its subjects ("5 percent prefer X
    and 1 percent back Y", parsed with X as a subject of "back"): the parse has gone wrong."""
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(heads) > 1 or any(share(t) for h in heads for t in conjuncts(h))


def conjuncts(token) -> list:
    """The token and every token joined to it by "and", however deep the chain the parse makes."""
    out, todo = [], [token]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj"]
    return out


def share(token) -> bool:
    """A share or count of people (``5 percent``, ``two thirds``, ``1,000``): no actor of its own."""
    return token.like_num or token.pos_ == "NUM" or any(c.dep_ == "nummod" for c in token.children)
