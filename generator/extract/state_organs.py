"""A country that takes part through one of its organs: its name opens the name of the state's
army, legislature, ministry or government ("the US Army", "United States Senate", "the U.S. federal
government"), though the article may never name the country alone; so does its people's adjective
("the Velmarian government", "the Arvelian Navy": rule ``actor.demonym-owning-state-organ``). A body the country only names
("US Geological Survey") is no organ of this kind: the heads of organs are a lexicon
(``state_organ_heads``).
"""
from __future__ import annotations

from generator import lexicon
from generator.extract.names import Mention
from generator.extract.provenance import rule
from generator.gazetteer import Gazetteer

_STATE_ORGANS = lexicon.words("state_organ_heads")


def owners_of_state_organs(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """One country's mention for each mention of a body whose name opens with the country's and goes on
    with the head of a state's organ (rule ``actor.country-owning-state-organ``)."""
    out = []
    for m in mentions:
        if m.kind != "organization" or m.sent is None:
            continue
        doc = m.sent.doc
        start = m.start + 1 if doc[m.start].lower_ == "the" else m.start
        for k in range(min(start + 3, m.end - 1), start, -1):
            written = doc[start:k].text
            country, rule_id = gaz.country(written), "actor.country-owning-state-organ"
            if country is None:
                country, rule_id = gaz.demonym(written), "actor.demonym-owning-state-organ"
            if country is None or doc[k - 1].tag_ == "NNPS":
                continue  # "Afghans": a people, no owner of an organ
            rest = [t.lower_ for t in doc[k:m.end] if not (t.text.islower() and t.pos_ == "ADJ")]
            if rest and (rest[0] in _STATE_ORGANS or " ".join(rest[:2]) in _STATE_ORGANS):
                out.append(Mention("country", country.name, paragraph=m.paragraph, sent=m.sent, start=start, end=k,
                                   strong=True, written=written, rule=rule(rule_id)))
            break
    return out
