"""One home for each sentence on an explainer page.

The extractors draw every section from the article's own sentences, so the same sentence can
qualify as background, as what an actor did, as a dated event, as an agreement's status and as
a quotation. A reader should meet it once. Before the page is rendered, its sections claim the
passages they show, in the order the page shows them: the first section to show a passage is
its home, and a later section that would show words already on the page gets a reference to
that home instead (a few opening words and the ¶ link), or leaves the item out where a
reference would say nothing new.

Passages are placed by where they stand in their paragraph, so a clause and the sentence that
holds it are the same words: whichever comes first on the page claims them.

One section is given its passages before the page order is followed: a sentence that holds a
quotation belongs to Quotes, which shows the quoted words in it, under their speaker. Only the
lead comes before it.

A section added to the page claims its passages in :func:`page_view`, at its place in the
page's order; the sections after it then refer to it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from generator.model import Agreement, BackgroundItem, Explainer, Quote, Relation, Statement, SummaryPoint, TimelineEvent

T = TypeVar("T")

OVERLAP = 30
"""Characters two passages must share to count as the same words (or all of the shorter one)."""


@dataclass(frozen=True)
class Home:
    """Where a passage is shown in full: the section's heading anchor and title."""

    anchor: str
    title: str


@dataclass(frozen=True)
class Shown(Generic[T]):
    """An item of a section, with the home of its words when that is another section."""

    item: T
    home: Home | None = None

    @property
    def full(self) -> bool:
        """Whether this section shows the item's words (it is their home)."""
        return self.home is None


def _normal(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Claims:
    """The passages shown so far on a page, by paragraph and character span."""

    paragraphs: list[str]
    spans: dict[int, list[tuple[int, int, Home]]] = field(default_factory=dict)
    loose: list[tuple[str, Home]] = field(default_factory=list)
    """Passages not found in their paragraph (a correction may have changed them): by their text."""

    def _span(self, paragraph: int, text: str) -> tuple[int, int] | None:
        if not 0 <= paragraph < len(self.paragraphs) or not text:
            return None
        start = self.paragraphs[paragraph].find(text)
        return (start, start + len(text)) if start >= 0 else None

    def home_of(self, paragraph: int, text: str) -> Home | None:
        """The section that already shows these words, if one does."""
        text = _normal(text or "")
        span = self._span(paragraph, text)
        if span is None:
            folded = text.casefold()
            return next((home for other, home in self.loose if folded in other or other in folded), None)
        start, end = span
        for lo, hi, home in self.spans.get(paragraph, ()):
            shared = min(end, hi) - max(start, lo)
            if shared > 0 and shared >= min(OVERLAP, end - start, hi - lo):
                return home
        return None

    def claim(self, home: Home, paragraph: int, text: str) -> Home | None:
        """Claim a passage for ``home``; returns the earlier home when its words are already
        shown (and claims nothing), ``None`` when they are now this section's."""
        earlier = self.home_of(paragraph, text)
        if earlier is not None:
            return earlier
        text = _normal(text or "")
        span = self._span(paragraph, text)
        if span is None:
            self.loose.append((text.casefold(), home))
        else:
            self.spans.setdefault(paragraph, []).append((*span, home))
        return None

    def shown(self, home: Home, item: T, paragraph: int, text: str) -> Shown[T]:
        """The item as ``home`` shows it: in full, or referring to the earlier home of its
        words (:data:`HERE` when that is the same section)."""
        earlier = self.claim(home, paragraph, text)
        return Shown(item, HERE if earlier == home else earlier)


# -- the page -----------------------------------------------------------------------------

HERE = Home("", "")
"""The home of words an earlier item of the same section shows."""
LEAD = Home("", "the lead")
SUMMARY = Home("what-you-need-to-know", "What you need to know")
RELATIONS = Home("who-stands-where", "Who stands where")
BACKGROUND = Home("background", "Background")
DOINGS = Home("what-they-did-and-said", "What they did and said")
TIMELINE = Home("timeline", "Timeline")
AGREEMENTS = Home("treaties-and-agreements", "Treaties and agreements")
QUOTES = Home("quotes", "Quotes")
STATEMENTS = Home("reported-statements", "Reported statements")


@dataclass
class AgreementView:
    agreement: Agreement
    status_text: Shown[BackgroundItem] | None
    passages: dict[str, list[Shown[BackgroundItem]]]
    """``covers``, ``excludes``, ``obligations`` and ``conditions``, each claimed."""
    summary: list[Shown[BackgroundItem]]
    """The article's other sentences about it."""


@dataclass
class PageView:
    """What each section of one explainer page shows, after the sections have claimed their
    passages in page order."""

    background: list[Shown[BackgroundItem]]
    summary: list[SummaryPoint]
    """The points of "What you need to know" that say something the page has not said yet."""
    relations: dict[int, Shown[Relation]]
    """By ``id()`` of the relation: its evidence in full, or where the page shows those words."""
    doings: dict[str, list[Shown[BackgroundItem]]]
    """Each actor's "what they did and said", by actor id."""
    timeline: list[Shown[TimelineEvent]]
    agreements: list[AgreementView]
    quotes: dict[int, Shown[Quote]]
    """By ``id()`` of the quote: each quotation, claimed by the sentence it is shown in."""
    statements: dict[int, Shown[Statement]]
    """By ``id()`` of the statement."""

    @property
    def doings_shown(self) -> set[str]:
        """Actors with something in "what they did and said" that no other section shows."""
        return {actor for actor, items in self.doings.items() if any(s.full for s in items)}

    @property
    def doings_told(self) -> int:
        """How many sentences "what they did and said" shows in full."""
        return sum(s.full for items in self.doings.values() for s in items)

    def relation(self, relation: Relation) -> Shown[Relation]:
        return self.relations.get(id(relation)) or Shown(relation)

    def quote(self, quote: Quote) -> Shown[Quote]:
        return self.quotes.get(id(quote)) or Shown(quote)

    def statement(self, statement: Statement) -> Shown[Statement]:
        return self.statements.get(id(statement)) or Shown(statement)


def _inside_another(items: list[BackgroundItem], claims: Claims) -> set[int]:
    """Items of one section whose words stand inside a longer item of the same section (an
    appositive inside the sentence that holds it): the longer one says it all."""
    spans = [(i, item.paragraph, claims._span(item.paragraph, _normal(item.text))) for i, item in enumerate(items)]
    inside = set()
    for i, paragraph, span in spans:
        for j, other_paragraph, other in spans:
            if i != j and span and other and paragraph == other_paragraph and other[0] <= span[0] \
                    and span[1] <= other[1] and other[1] - other[0] > span[1] - span[0]:
                inside.add(i)
    return inside


def _quote_passage(quote: Quote) -> str:
    """The words a quotation is shown with: a partial quote inside its sentence."""
    if quote.kind == "partial" and quote.sentence and quote.text in quote.sentence:
        return quote.sentence
    return quote.text


def _agreement(a: Agreement, claims: Claims) -> AgreementView:
    first = a.paragraphs[0] if a.paragraphs else 0
    status = claims.shown(AGREEMENTS, a.status_text, a.status_text.paragraph, a.status_text.text) \
        if a.status_text else None
    passages = {key: [claims.shown(AGREEMENTS, item, item.paragraph, item.text) for item in getattr(a, key)]
                for key in ("covers", "excludes", "obligations", "conditions")}
    summary = []
    for sentence in a.summary:
        if a.status_text and sentence == a.status_text.text:
            continue
        paragraph = next((p for p in a.paragraphs if 0 <= p < len(claims.paragraphs) and sentence in claims.paragraphs[p]),
                         first)
        summary.append(claims.shown(AGREEMENTS, BackgroundItem(sentence, paragraph), paragraph, sentence))
    return AgreementView(a, status, passages, summary)


def page_view(explainer: Explainer, timeline: list[TimelineEvent] | None = None, *, lead_paragraph: int = 0) -> PageView:
    """Each section's items in page order, each claimed by the first section that shows it.

    ``timeline`` is the order the page shows the events in (the explainer's by default)."""
    claims = Claims(list(explainer.paragraphs))
    claims.claim(LEAD, lead_paragraph, explainer.lead)
    quotes = {id(q): claims.shown(QUOTES, q, q.paragraph, _quote_passage(q)) for q in explainer.quotes}
    summary = [point for point in explainer.summary
               if claims.shown(SUMMARY, point, point.paragraph, point.text).full]
    relations = {id(r): claims.shown(RELATIONS, r, r.paragraph, r.evidence) for r in explainer.relations}

    order = {"history": 0, "context": 1, "figure": 2}  # as the Background section shows them
    visible = sorted(explainer.background, key=lambda item: order.get(item.kind, 1))
    inside = _inside_another(visible, claims)
    background = [claims.shown(BACKGROUND, item, item.paragraph, item.text)
                  for i, item in enumerate(visible) if i not in inside]

    doings = {}
    for actor in explainer.actors:
        if actor.summary and not actor.hidden:
            doings[actor.id] = [claims.shown(DOINGS, item, item.paragraph, item.text) for item in actor.summary]

    events = [claims.shown(TIMELINE, ev, ev.paragraph, ev.text)
              for ev in (explainer.timeline if timeline is None else timeline)]
    agreements = [_agreement(a, claims) for a in explainer.agreements]
    # Several partial quotes of one sentence are shown together, in the first one's place.
    quotes = {key: Shown(shown.item) if shown.home == HERE else shown for key, shown in quotes.items()}
    statements = {id(st): claims.shown(STATEMENTS, st, st.paragraph, st.text) for st in explainer.statements}
    return PageView(background, summary, relations, doings, events, agreements, quotes, statements)
