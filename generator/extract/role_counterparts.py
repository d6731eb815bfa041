"""A counterpart's office: ``Chilean Foreign Minister Ana Lind met her Peruvian counterpart, Tom
Reyes,`` makes Tom Reyes the Foreign Minister of Peru. The counterpart holds the title of the person
the possessive pronoun before it stands for, over the country its adjective names; with several
(``her Peruvian and Bolivian counterparts, A and B, respectively``) each name takes the country in
its place. Read by :mod:`generator.extract.role_phrases`, which reads the holder's title.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.role_lists import list_position

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

# Nouns that name someone who holds the same office elsewhere: "her Peruvian counterpart".
_COUNTERPART_NOUNS = lexicon.words("counterpart_nouns")
# Kinds of name that say whose country an office is: "Peruvian", "Peru".
_COUNTRY_LABELS = ("NORP", "GPE")


def counterpart(doc: "Doc", start: int, end: int, sent: "Span") -> tuple[int, int, str] | None:
    """Where the name of the person whose counterpart the name at [start, end) is starts and ends,
    and the word naming the counterpart's country; None when the name is no counterpart, or when
    the country, the holder or (for several) which country is whose is not plain."""
    if doc[end - 1].dep_ != "conj" and not any(doc[k].lemma_.lower() in _COUNTERPART_NOUNS
                                                for k in (start - 1, start - 2) if k >= sent.start):
        return None  # neither after "counterpart" nor in a list after it: most names
    head, position, size = list_position(doc, end, sent)
    k = head - 1
    if k >= sent.start and doc[k].text == ",":
        k -= 1
    if k < sent.start or doc[k].lemma_.lower() not in _COUNTERPART_NOUNS:
        return None
    plural = doc[k].lower_ != doc[k].lemma_.lower()
    if plural and (size == 1 or not _respectively(doc, end, sent)):
        return None  # "their counterparts, A and B": which country is whose is not said
    if not plural and position > 0:
        return None  # "her Peruvian counterpart A and B": only A is the counterpart
    countries: list[str] = []
    i = k - 1
    while i >= sent.start and (doc[i].ent_type_ in _COUNTRY_LABELS and doc[i].text[:1].isupper()
                               or doc[i].text == "," or doc[i].lower_ == "and") and len(countries) <= 8:
        if doc[i].ent_type_ in _COUNTRY_LABELS:
            if doc[i].ent_iob_ != "B":
                return None  # a country of several words: "South African"
            countries.insert(0, doc[i].text)
        i -= 1
    if i < sent.start or doc[i].tag_ != "PRP$" or doc[i].lower_ == "its" or len(countries) != (size if plural else 1):
        return None
    holder = next((e for e in reversed(sent.ents) if e.label_ == "PERSON" and e.end <= i), None)
    if holder is None or any(e.label_ == "PERSON" and holder.end <= e.start < i for e in sent.ents):
        return None
    return holder.start, holder.end, countries[position if plural else 0]


def _respectively(doc: "Doc", end: int, sent: "Span") -> bool:
    """Whether "respectively" closes the list the name ending at ``end`` is in."""
    return any(t.lower_ == "respectively" for t in doc[end:min(sent.end, end + 12)])
