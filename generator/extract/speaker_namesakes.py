"""A surname alone that two people of the article share: which of them it is, by what the article shows.

``Lind said``, where the article names both ``Ana Lind`` and ``Tom Lind``, is decided by the
evidence around it, in this order:

* a title before the surname: an honorific of one gender (``Mrs Lind``) where the article shows that
  one of them alone is of it, or a title the article gives one of them alone (``Senator Lind``);
* the gender that words of the surname's own sentence show, outside quotations, where the sentence
  names no other person: a personal pronoun (``Lind said she would ...``), a gendered noun before the
  surname or in apposition to it, where one of them alone is of it;
* the one of them the article has named in full so far, while the others are yet to be named;
* the one of them in subject position in the last paragraph (this one or the two before) where one
  of them is, where no other of them is a subject there (``Ana Lind, whose son Tom Lind ..., said
  ... ¶ "...," Lind said``: Ana Lind); both there, neither;
* the one of them the paragraph has named in full before it, where no other of them is;
* the one the article called by the surname alone (in the headline or in its text) before it named
  the others (``Ana Lind ... Lind ... her son, Tom Lind, ... Lind``): a writer who has used the
  surname for one person goes on calling the others by their full names.

Where none of that decides, the surname is neither's, and :func:`decide` says so
(:data:`UNDECIDED`): a wrong guess would give one person's words to the other. It runs only for a
proper name that is one word of a shared surname, so its checks are per mention, not per token.
"""
from __future__ import annotations

import re

from generator import lexicon
from generator.extract.genders import NOUN_GENDER
from generator.extract.provenance import rule
from generator.extract.register import fold
from generator.extract.speech import ROLE_NOUNS, SUBJECTS, Who, in_any
from generator.model import Actor

_HONORIFIC_GENDER = lexicon.table("honorific_gender")
_PRONOUN_GENDER = lexicon.table("pronoun_gender")
_GIVEN_LISTS = lexicon.words("given_names") | frozenset(lexicon.table("given_name_gender"))

UNDECIDED = "undecided"
"""What :func:`decide` gives for a shared surname the evidence does not settle."""


def namesake_of(ctx, text: str, tok, para: int, quotes) -> Who | None:
    """A surname alone that two people of the article share: the one of them the evidence around
    it shows, else no one (with the people it may be, for a pronoun after it); ``None`` for any
    other name."""
    people = namesakes(ctx, tok)
    if not people:
        return None
    actor = decide(ctx, text, tok, para, quotes, people)
    if actor is UNDECIDED:
        return Who(None, note=f"“{tok.text}” is the surname of {len(people)} people of the article, "
                              "and nothing near it says which", rules=[rule("speaker.none-unresolved")],
                   namesakes=tuple(people))
    return Who(actor.name, actor, actor.role, rules=[rule("speaker.namesake")])


def namesakes(lookup, tok) -> list[Actor]:
    """The people of the register that the one-word proper name at ``tok`` (titles before it left
    out) is the surname of, when there are two or more: each named in full with a given name or an
    initial before that surname. Empty for any other word."""
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" or not tok.text[:1].isupper():
        return []
    word = fold(tok.text)
    people = lookup.index.surnames.get(word)
    if not people or len(people) < 2 or len(lookup.name_run(tok)) != 1:
        return []
    if word not in lookup.namesakes:
        found = [a for a in people if a.type == "person" and _full(lookup, a.name, word, tok.vocab)]
        lookup.namesakes[word] = found if len(found) >= 2 else []
    return lookup.namesakes[word]


def _full(lookup, name: str, word: str, vocab) -> bool:
    """A name of two words or more that ends with the surname and opens with a given name or an
    initial: not a word the tagger ran into the surname (``Team Lind``, ``Though Lind``), one the
    language writes in lower case, as the article itself does somewhere."""
    words = fold(name).split()
    if len(words) < 2 or words[-1] != word:
        return False
    first, written = words[0], name.split()[0]
    if len(first) == 1 or written.endswith("."):
        return True  # an initial
    if written.isupper() or vocab[first].is_stop:
        return False  # "AG Lind", "Though Lind"
    if first in _GIVEN_LISTS:
        return True
    article = " ".join(lookup.texts.values())
    return re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", article) is None


def decide(ctx, text: str, tok, para: int, quotes, people: list[Actor]):
    """The one of ``people`` that the shared surname at ``tok`` is; :data:`UNDECIDED` when the
    evidence does not settle it. A gender the honorific or the sentence shows rules out those of the
    other gender before anything else is weighed."""
    honorific, by_title = _title(ctx, tok, people)
    if by_title is not None:
        return by_title
    for gender in (honorific, _sentence_gender(tok, quotes)):
        if gender is not None:
            if of_gender(ctx, people, gender) is not None:
                return of_gender(ctx, people, gender)
            people = [a for a in people if ctx.gender.get(a.name, gender) == gender]
    choice = _by_order(ctx, text, tok, para, people)
    return choice if choice in people else UNDECIDED


def _by_order(ctx, text: str, tok, para: int, people: list[Actor]):
    """Which of ``people`` the article's order of naming and of subjects shows the surname to be."""
    firsts = sorted((f, a.name, a) for a in people for f in [_first_full(ctx, a)] if f is not None)
    if not firsts:
        return UNDECIDED
    if len(firsts) == 1 or (para, tok.idx) < firsts[1][0]:
        return firsts[0][2] if firsts[0][0] < (para, tok.idx) else UNDECIDED
    subjects = [m for m in ctx._before(para, tok.idx, 2) if m.subject and not m.reported and m.who.actor in people]
    if subjects:  # the last paragraph where one of them was a subject
        last = {m.who.actor.id: m.who.actor for m in subjects if m.para == subjects[-1].para}
        return next(iter(last.values())) if len(last) == 1 else UNDECIDED
    here = _named_in_full(ctx, text, tok, people)
    if len(here) == 1:
        return here[0]
    if _called_alone(ctx, fold(tok.text), firsts[0][0], firsts[1][0]):
        return firsts[0][2]
    return UNDECIDED


def _title(ctx, tok, people: list[Actor]) -> tuple[str | None, Actor | None]:
    """The gender of an honorific before the surname (``Mrs Lind``), and the one of them a title
    before it fits (``Senator Lind``: the one the article gives that title)."""
    titles = [t for t in tok.doc[tok.left_edge.i:tok.i] if t.dep_ == "compound" and t.head == tok or t.i == tok.i - 1]
    for t in titles:
        word = t.lower_.rstrip(".")
        if word in _HONORIFIC_GENDER:
            return _HONORIFIC_GENDER[word], None
    words = {t.lower_.rstrip(".") for t in titles if t.lower_ in ROLE_NOUNS or t.lemma_.lower() in ROLE_NOUNS}
    if not words:
        return None, None
    fit = [a for a in people if words & set(fold(" ".join([a.role or "", *_titles(ctx, a)])).split())]
    return None, fit[0] if len(fit) == 1 else None


def of_gender(ctx, people: list[Actor], gender: str) -> Actor | None:
    """The one of ``people`` the article does not show to be of the other gender, where the
    article shows that one's own to be ``gender`` or the others' to be the other."""
    fit = [a for a in people if ctx.gender.get(a.name, gender) == gender]
    return fit[0] if len(fit) == 1 and (fit[0].name in ctx.gender or len(people) > 1) else None


def _titles(ctx, actor: Actor) -> list[str]:
    return [t for _, _, t, a in ctx.roles if a is actor]


def _sentence_gender(tok, quotes) -> str | None:
    """The gender the surname's own sentence shows for it, when it names no other person: its
    subject pronouns and possessives, gendered nouns before the name or in apposition to it."""
    found = set()
    for t in tok.sent:
        if t.i == tok.i or in_any(t, quotes):
            continue
        if t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and fold(t.text) != fold(tok.text):
            return None  # another person: the pronoun may be theirs
        if t.pos_ == "PRON" and t.lower_ in _PRONOUN_GENDER and (t.dep_ in SUBJECTS or t.dep_ == "poss"):
            found.add(_PRONOUN_GENDER[t.lower_])
    nouns = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"]
    nouns += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    found |= {NOUN_GENDER[n.lemma_.lower()] for n in nouns if n.lemma_.lower() in NOUN_GENDER}
    return next(iter(found)) if len(found) == 1 else None


def _named_in_full(ctx, text: str, tok, people: list[Actor]) -> list[Actor]:
    """Those of ``people`` the paragraph names in full before ``tok``."""
    word = fold(tok.text)
    found = []
    for t in tok.doc[:tok.i]:
        if t.pos_ != "PROPN" or fold(t.text) != word or t.dep_ == "compound" and t.head.pos_ == "PROPN":
            continue
        if len(ctx.name_run(t)) < 2:
            continue
        who = ctx.name_phrase(text, t)
        if who is not None and who.actor in people and who.actor not in found:
            found.append(who.actor)
    return found


def _first_full(ctx, actor: Actor) -> tuple[int, int] | None:
    """(paragraph, character offset) where the article first names ``actor`` in full (two words or
    more, not ``Lind's``) outside the headline: as the speaker resolver read it so far, or as the
    actors mark it."""
    found = [ctx.first_full[actor.id]] if actor.id in ctx.first_full else []
    for m in ctx.index.mentions:
        if m.actor_id == actor.id and m.end - m.start >= 2 and m.paragraph >= 0 \
                and len(fold(ctx.texts.get(m.paragraph, "")[m.start_char:m.end_char]).split()) >= 2:
            found.append((m.paragraph, m.start_char))
            break
    return min(found, default=None)


def _called_alone(ctx, word: str, start: tuple[int, int], until: tuple[int, int]) -> bool:
    """The article wrote the surname alone, outside a longer name, between two places (the first
    full names of two people who share it); asked once an article."""
    key = (word, start, until)
    if key not in ctx.called_alone:
        ctx.called_alone[key] = _in_headline(ctx, word) or any(
            start < (p, t.idx) < until and t.pos_ == "PROPN" and fold(t.text) == word
            and not (t.dep_ == "compound" and t.head.pos_ == "PROPN") and len(ctx.name_run(t)) == 1
            for p in range(max(start[0], 0), until[0] + 1) if p in ctx._docs for t in ctx._docs[p])
    return ctx.called_alone[key]


def _in_headline(ctx, word: str) -> bool:
    """The headline writes the surname alone (``Lind Wins Again``), with no given name before it."""
    words = fold(ctx.headline).split()
    return any(w == word and (i == 0 or words[i - 1] not in _GIVEN_LISTS) for i, w in enumerate(words))
