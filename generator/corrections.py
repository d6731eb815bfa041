"""Hand corrections: a small YAML file next to a seed, applied on every build.

``<seed stem>.corrections.yml``::

    actors:
      "Anna Berglund":             # by canonical name or actor id
        role: Foreign Minister of Sweden
        name: Anna-Karin Berglund
      "Lakeside":
        hide: true
    quotes:
      - match: "We will not sign"   # the start of the quoted text
        speaker: Anna Berglund
      - match: "no deal"
        remove: true
"""
from __future__ import annotations

from pathlib import Path

from generator import errors
from generator.errors import ArticleError
from generator.model import Explainer


def load_corrections(path: Path) -> dict:
    if not path.is_file():
        return {}
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ArticleError(path.name, errors.BAD_CORRECTIONS.format(name=path.name, detail=str(getattr(exc, "problem", exc)))) from None
    if not isinstance(data, dict):
        raise ArticleError(path.name, errors.BAD_CORRECTIONS.format(name=path.name, detail="expected a mapping"))
    return data


def apply_corrections(explainer: Explainer, path: Path) -> Explainer:
    """Apply the corrections file at ``path`` (if any) to an explainer, in place."""
    data = load_corrections(path)
    if not data:
        return explainer
    actors = data.get("actors") or {}
    if not isinstance(actors, dict):
        raise ArticleError(path.name, errors.BAD_CORRECTIONS.format(name=path.name, detail="'actors' must be a mapping"))
    for key, fix in actors.items():
        fix = fix or {}
        if not isinstance(fix, dict):
            raise ArticleError(path.name, errors.BAD_CORRECTIONS.format(
                name=path.name, detail=f"the entry for actor {key!r} must be a mapping (role:, name:, type: or hide:)"))
        for actor in explainer.actors:
            if key in (actor.name, actor.id) or key in actor.aliases:
                old = actor.name
                if fix.get("hide"):
                    actor.hidden = True
                if fix.get("role") is not None:
                    actor.role = str(fix["role"])
                if fix.get("name"):
                    actor.name = str(fix["name"])
                    if old not in actor.aliases:
                        actor.aliases.append(old)
                if fix.get("type"):
                    actor.type = str(fix["type"])
                for q in explainer.quotes:
                    if q.speaker_id == actor.id:
                        q.speaker, q.role = actor.name, actor.role
    quotes = data.get("quotes") or []
    if not isinstance(quotes, list):
        raise ArticleError(path.name, errors.BAD_CORRECTIONS.format(name=path.name, detail="'quotes' must be a list"))
    for fix in quotes:
        if not isinstance(fix, dict) or not fix.get("match"):
            raise ArticleError(path.name, errors.BAD_CORRECTIONS.format(
                name=path.name, detail="each entry under 'quotes' needs a 'match:' with the quote's first words"))
        hits = [q for q in explainer.quotes if q.text.startswith(str(fix["match"]))]
        for q in hits:
            if fix.get("remove"):
                explainer.quotes.remove(q)
                continue
            if "speaker" in fix:
                speaker = fix["speaker"]
                actor = next((a for a in explainer.actors if speaker in (a.name, a.id)), None)
                q.speaker = actor.name if actor else (str(speaker) if speaker else None)
                q.speaker_id = actor.id if actor else None
                q.role = fix.get("role", actor.role if actor else None)
                q.note = None if speaker else "speaker removed by a correction"
                q.body_id = None
            elif "role" in fix:
                q.role = fix["role"]
    return explainer
