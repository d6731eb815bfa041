"""Rule ids: every extracted item names the rules that produced it.

Each rule (a construction of English the extractors recognise, a merge, a filter that keeps an
item) has an id such as ``speaker.subject-of-cue``, listed with a one-line description in
``generator/data/rules/<section>.tsv`` (``id<TAB>description``, one file per section). The code names a rule through :func:`rule`, which refuses an id
that is not in the catalogue, so the catalogue is the full list of what extraction can do; the
items in the JSON carry the ids in their ``rules`` field, and ``bench/rules.py`` counts them
over a corpus (how many items each rule made, in how many articles, how often rightly).

The id's first part says what it decides: ``actor`` (finding and typing a name), ``merge``
(two names for one actor), ``role``, ``quote`` (a quotation's span), ``speaker``, ``statement``,
``agreement``, ``party``, ``status``, ``background``, ``timeline``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parent.parent / "data" / "rules"


@lru_cache(maxsize=1)
def catalogue() -> dict[str, str]:
    """Every rule id with its description, file by file in name order, each in file order."""
    out: dict[str, str] = {}
    for path in sorted(CATALOGUE.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            rule_id, _, description = line.partition("\t")
            out[rule_id.strip()] = description.strip()
    return out


def rule(rule_id: str) -> str:
    """``rule_id``, checked against the catalogue (a ``KeyError`` names an unknown one)."""
    if rule_id not in catalogue():
        raise KeyError(f"rule {rule_id!r} is not in the catalogue ({CATALOGUE})")
    return rule_id


def merged(*groups) -> list[str]:
    """Rule ids from several items, each once, in first-seen order."""
    out: list[str] = []
    for group in groups:
        for rule_id in group or ():
            if rule_id and rule_id not in out:
                out.append(rule_id)
    return out
