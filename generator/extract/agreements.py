"""Treaties, pacts, ceasefires and other agreements the article mentions."""
from __future__ import annotations

import re

from generator.model import Actor, Agreement
from generator.nlp import ParsedArticle

_NOUNS = r"(treaty|pact|accord|protocol|convention|charter|memorandum|ceasefire|cease-fire|truce|deal|agreement|resolution)"
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def extract_agreements(parsed: ParsedArticle, actors: list[Actor]) -> list[Agreement]:
    """One agreement per distinct noun phrase headed by an agreement word."""
    out: dict[str, Agreement] = {}
    for para in parsed.paragraphs:
        for sent in para.doc.sents:
            for chunk in sent.noun_chunks:
                if not re.fullmatch(_NOUNS + "s?", chunk.root.lower_):
                    continue
                name = para.text[chunk.start_char:chunk.end_char]
                name = re.sub(r"^(the|a|an|this|that|its|their)\s+", "", name, flags=re.I)
                if chunk.root.lower_ in {name.lower()} and out:
                    key = next(iter(out))
                else:
                    key = name.lower()
                year = _YEAR.search(name)
                agreement = out.setdefault(key, Agreement(name=name, year=int(year.group()) if year else None, type=chunk.root.lemma_))
                s_text = para.text[sent.start_char:sent.end_char]
                if s_text not in agreement.summary:
                    agreement.summary.append(s_text)
                if para.index not in agreement.paragraphs:
                    agreement.paragraphs.append(para.index)
    return list(out.values())
