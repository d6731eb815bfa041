"""Extractors: pure functions of a parsed article.

Each module answers one question about the article (who is in it, who said what, which
agreements are in play, what history explains it) and returns model dataclasses. Actors
come first because the others resolve names against them.
"""
from __future__ import annotations

from generator.extract.actors import extract_actors
from generator.extract.agreements import extract_agreements
from generator.extract.background import extract_background, extract_timeline
from generator.extract.quotes import extract_quotes
from generator.model import Explainer
from generator.nlp import ParsedArticle


def extract(parsed: ParsedArticle, *, slug: str) -> Explainer:
    """Run every extractor over one parsed article."""
    article = parsed.article
    actors = extract_actors(parsed)
    quotes, statements = extract_quotes(parsed, actors)
    return Explainer(
        source=article.source,
        slug=slug,
        title=article.title,
        lead=_lead(article.paragraphs),
        paragraphs=[p.text for p in article.paragraphs],
        background=extract_background(parsed, actors),
        actors=actors,
        quotes=quotes,
        statements=statements,
        agreements=extract_agreements(parsed, actors),
        timeline=extract_timeline(parsed),
    )


def _lead(paragraphs) -> str:
    """The first paragraph that is more than a dateline (``Friday, August 21, 2015``)."""
    return next((p.text for p in paragraphs if len(p.text.split()) >= 6), paragraphs[0].text)
