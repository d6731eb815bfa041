"""The words around a role phrase beside a name: whether its role noun heads it, what stands
before its owner, where it opens and closes. Read by generator.extract.role_phrases."""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.role_clauses import ROLE_COMPLEMENTS
from generator.extract.roles import TITLE_MODIFIERS, rank, rejoin, singular_role

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

# Prepositions that may join a title to its body: "the Speaker of the Parliament, X".
_OF_WORDS = lexicon.words("role_prepositions")
_TENURE = lexicon.words("tenure_words")


def owner_at(doc: "Doc", i: int, end: int) -> bool:
    """Whether a name and its "'s" open at ``i``, before ``end``: "Halvard's" of "allied with Halvard's
    leader, X" (what stands before the owner is no part of the role)."""
    j = i
    while j < end and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += 1
    return i < j < end and doc[j].text in ("'s", "\u2019s")


def after_tenure(words: list[str]) -> str:
    """The first word of a role phrase past the words that say when its office is held: "Minister"
    of "former Foreign Minister of Peru" ("Foreign" is the title's own word, read as its noun's)."""
    n = 0
    while n < len(words) - 1 and words[n].lower() in _TENURE:
        n += 1
    if n and words[n].lower() in TITLE_MODIFIERS:
        n += next((m for m, w in enumerate(words[n:]) if not w.lower() in TITLE_MODIFIERS), 0)
    return words[min(n, len(words) - 1)]


def plain_after_pronoun(doc: "Doc", k: int, words: list[str]) -> bool:
    """Whether a role phrase is a possessive pronoun and a plain title ("his campaign manager"); not
    one with a name in it ("her Leeds organiser", whose place would be read as the office's owner)."""
    return k < len(doc) and doc[k].tag_ == "PRP$" and len(words) > 1 and all(w.islower() for w in words[1:])


def compound_title(doc: "Doc", k: int, words: list[str]) -> bool:
    """Whether a role phrase with no article, the tokens from ``k``, is a title with the words of its
    body or its kind before it: "Halvard spokesperson", "clinic representative", "Reyes' lawyer"; each
    word before the role noun a name's (in capitals), a plain noun in lower case or an owner's "'", no
    more than four of them; not "supporters on Monday", nor a name of a list ("Scott Farmer")."""
    joined = rejoin(words)
    if not 2 <= len(joined) <= 5 or not singular_role(joined[-1]):
        return False
    last = k + len(words) - 1
    while last > k and doc[last - 1].text == "-" and not doc[last - 1].whitespace_:
        last -= 2  # the role noun's own hyphenated words: "co-founder"
    if k > 0 and doc[k - 1].dep_ in ("amod", "compound", "poss", "case", "nummod"):
        return False  # "the party's leading reform candidate": the phrase opens before the title's words
    if doc[k + len(words) - 1].ent_type_ == "PERSON":
        return False  # "Kim Wellman, Scott Farmer, ...": a list of names, one of them a role noun's
    for tok in doc[k:last]:
        joined_word = tok.text == "-" and not tok.whitespace_ and tok.i > k and not doc[tok.i - 1].whitespace_ \
            or doc[tok.i + 1].text == "-" and not tok.whitespace_ and not doc[tok.i + 1].whitespace_ \
            or tok.i > k and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_  # "al-Shabaab"
        owner = tok.tag_ == "POS" and tok.i == last - 1
        if not (tok.text[:1].isupper() or joined_word or owner or tok.pos_ == "NOUN" and tok.text.isalpha()
                and tok.text.islower()):
            return False
    return True


def headed_by_role(words: list[str], names: bool = False) -> bool:
    """Whether a role phrase without an article ends its head in a role noun: "Globex's deputy
    manager", "Chair of the board"; not "By Globex's PAC". With ``names``, a preposition between two
    words in capitals is read as a part of a body's name: "a Department of State spokesperson"."""
    head = []
    joined = rejoin(words)
    for n, w in enumerate(joined):
        if (w.lower() in _OF_WORDS or w.lower() in ROLE_COMPLEMENTS) and not (
                names and 0 < n < len(joined) - 1 and joined[n - 1][:1].isupper() and joined[n + 1][:1].isupper()):
            break
        head.append(w)
    return bool(head) and (singular_role(head[-1]) or bool(rank(head[-1])))


def spaced_dash(tok) -> bool:
    """A dash between spaces, which opens or closes an aside: "the guests - the bishop's secretary, X, and ..."."""
    return tok.text in ("-", "--", "\u2013", "\u2014") and bool(tok.whitespace_) and tok.i > 0 \
        and bool(tok.doc[tok.i - 1].whitespace_)
