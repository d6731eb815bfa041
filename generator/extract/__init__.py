"""Extraction: spaCy components over the article, and the explainer they add up to.

The components (:mod:`generator.extract.pipeline`) answer one question each about the
article (who is in it, who said what, which agreements are in play, what history explains it)
and write the answers onto its Doc; actors come first, into one register that the others
resolve names against. :func:`extract` runs them and reads the Doc into an ``Explainer``.
"""
from __future__ import annotations

from generator.model import Explainer
from generator.nlp import ParsedArticle


def extract(parsed: ParsedArticle, *, slug: str) -> Explainer:
    """Run every extraction component over one parsed article."""
    from generator.extract.pipeline import article_doc, run_extractors

    doc = run_extractors(article_doc(parsed))
    article = parsed.article
    register = doc._.register
    return Explainer(
        source=article.source,
        slug=slug,
        title=article.title,
        lead=_lead(article.paragraphs),
        paragraphs=[p.text for p in article.paragraphs],
        summary=doc._.summary or [],
        relations=doc._.relations or [],
        background=doc._.background or [],
        actors=register.actors if register is not None else [],
        quotes=doc._.quotes or [],
        statements=doc._.statements or [],
        agreements=doc._.agreements or [],
        timeline=doc._.timeline or [],
        failed=dict(doc._.failed),
    )


def _lead(paragraphs) -> str:
    """The first paragraph that is more than a dateline (``Friday, August 21, 2015``)."""
    return next((p.text for p in paragraphs if len(p.text.split()) >= 6), paragraphs[0].text)
