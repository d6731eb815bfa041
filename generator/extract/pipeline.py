"""Extraction as spaCy components over one Doc of the whole article.

The statistical pipeline (tagger, parser, NER) parses the headline and each paragraph
(:mod:`generator.nlp`); :func:`article_doc` joins those parses into one ``Doc``, and the
extractors below run over it in order, each a registered component (``@Language.factory``)
that :func:`generator.nlp.load` adds after ``ner``:

=====================  =======================================================================
component              reads -> writes
=====================  =======================================================================
explainer_actors       the parse -> ``doc.spans["actors"]`` (label: type, ``kb_id_``: actor id,
                       ``id_``: rule id, ``span._.role``), ``doc._.register``
explainer_quotes       the parse, the register -> ``doc.spans["quotes"]`` (``kb_id_``: speaker
                       id), ``doc._.quotes``, ``doc._.statements``
explainer_agreements   the parse, the register, ``doc._.quotes`` -> ``doc.spans["agreements"]``,
                       ``doc._.agreements``
explainer_background   the parse, the register -> ``doc._.background``, ``doc._.timeline``
explainer_relations    the parse, the register, quotes, statements -> ``doc.spans["relations"]``
                       (label: kind, ``kb_id_``: subject id, ``id_``: rule id), ``doc._.relations``
explainer_summary      the parse, the register, agreements, background, relations ->
                       ``doc._.summary``
=====================  =======================================================================

``doc.spans["paragraphs"]`` holds one span per paragraph (label ``headline`` or the paragraph
number). Run on a plain ``nlp("...")`` Doc, the components take the whole text as one paragraph.

A component that raises leaves its section empty and names it in ``doc._.failed``; the others
still run (:class:`Extractor`).
"""
from __future__ import annotations

import numpy
from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.api import get_current_ops

from generator.extract.actors import find_actors
from generator.extract.agreements import extract_agreements
from generator.extract.background import extract_background, extract_timeline
from generator.extract.quotes import extract_quotes
from generator.extract.register import HEADLINE, Register
from generator.extract.relations import extract_relations
from generator.extract.summary import extract_summary
from generator.model import Article, Paragraph, Source
from generator.nlp import ParsedArticle, ParsedParagraph, texts

for _name in ("parsed", "register", "quotes", "statements", "agreements", "background", "timeline", "relations", "summary",
              "failed"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Span.has_extension("role"):
    Span.set_extension("role", default=None)


# -- the article Doc ---------------------------------------------------------------------------

def article_doc(parsed: ParsedArticle) -> Doc:
    """One Doc of the headline and every paragraph, with a span per paragraph."""
    parts = [parsed.headline, *(p.doc for p in parsed.paragraphs)]
    doc = joined(parts) if len(parts) > 1 else parsed.headline
    spans, offset = [], 0
    for label, part in zip(["headline", *(str(p.index) for p in parsed.paragraphs)], parts):
        spans.append(Span(doc, offset, offset + len(part), label=label))
        offset += len(part)
    doc.spans["paragraphs"] = spans
    doc._.parsed = parsed
    doc._.failed = {}
    return doc


def joined(parts: list[Doc]) -> Doc:
    """``Doc.from_docs(parts, ensure_whitespace=True)``: the same words, spaces, annotation and
    tensor, read from each part as arrays rather than token by token (spaCy's own join reads every
    token three times in Python, which costs more than the rest of building the Doc). Parts with
    spans or user data of their own go to spaCy's join, which carries them over."""
    if any(part.spans or part.user_data for part in parts):
        return Doc.from_docs(parts, ensure_whitespace=True)
    attrs = [*Doc._get_array_attrs(), *([] if SPACY in Doc._get_array_attrs() else [SPACY])]
    space = attrs.index(SPACY)
    arrays = [part.to_array([*attrs, ORTH]) for part in parts]
    for part, array in zip(parts[:-1], arrays[:-1]):
        if len(part) and not part[-1].is_space:
            array[-1, space] = 1  # a space between one part and the next
    array = numpy.concatenate(arrays)
    doc = Doc(parts[0].vocab, words=texts(parts[0].vocab, array[:, -1].tolist()),
              spaces=array[:, space].astype(bool).tolist())
    doc.from_array(attrs, array[:, :-1])
    if any(len(part) for part in parts):
        ops = get_current_ops()
        doc.tensor = ops.xp.vstack([ops.asarray(part.tensor) for part in parts if len(part)])
    return doc


def parsed_of(doc: Doc) -> ParsedArticle:
    """The per-paragraph parses the Doc was joined from; a plain Doc is one paragraph."""
    if doc._.parsed is None:
        source = Source(file="", sha256="", title="")
        article = Article(source=source, paragraphs=(Paragraph(0, doc.text),))
        doc._.parsed = ParsedArticle(article, Doc(doc.vocab), [ParsedParagraph(0, doc.text, doc)])
        doc.spans["paragraphs"] = [Span(doc, 0, len(doc), label="0")]
        doc._.failed = {}
    return doc._.parsed


def _offsets(doc: Doc) -> dict[int, tuple[int, int]]:
    """Paragraph number -> (first token, first character) of that paragraph in ``doc``."""
    out = {}
    for span in doc.spans["paragraphs"]:
        key = HEADLINE if span.label_ == "headline" else int(span.label_)
        out[key] = (span.start, span.start_char)
    return out


def _token_span(doc: Doc, offsets, paragraph: int, start: int, end: int, **attrs) -> Span:
    """The span of ``doc`` over tokens ``start:end`` of one paragraph's own parse."""
    token0, _ = offsets.get(paragraph, (0, 0))
    return Span(doc, token0 + start, token0 + end, **attrs)


def _char_span(doc: Doc, offsets, paragraph: int, start: int, end: int, **attrs) -> Span | None:
    """The span of ``doc`` over characters ``start:end`` of one paragraph's text."""
    _, char0 = offsets.get(paragraph, (0, 0))
    return doc.char_span(char0 + start, char0 + end, alignment_mode="expand", **attrs)


def _text_spans(doc: Doc, parsed: ParsedArticle, items) -> list[Span]:
    """A span of ``doc`` for each (paragraph, text, label, kb_id, span_id) whose text is found
    in that paragraph, over its first occurrence."""
    offsets = _offsets(doc)
    texts = {p.index: p.text for p in parsed.paragraphs}
    spans = []
    for paragraph, text, label, kb_id, span_id in items:
        at = texts.get(paragraph, "").find(text)
        span = _char_span(doc, offsets, paragraph, at, at + len(text), label=label, kb_id=kb_id,
                          span_id=span_id) if at >= 0 else None
        if span is not None:
            spans.append(span)
    return spans


def _register(doc: Doc) -> Register:
    if doc._.register is None:
        doc._.register = Register([])
    return doc._.register


# -- the components ----------------------------------------------------------------------------

class Extractor:
    """A component that fills one section. If it raises, the section stays empty and
    ``doc._.failed`` names it with the error; the Doc goes on to the next component."""

    section = ""

    def __call__(self, doc: Doc) -> Doc:
        parsed_of(doc)
        try:
            self.run(doc)
        except Exception as exc:  # one section's bug must not cost the page
            doc._.failed[self.section] = f"{type(exc).__name__}: {exc}"
        return doc

    def run(self, doc: Doc) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ActorsComponent(Extractor):
    """People, countries, organisations and places, merged into one register of actors."""

    section = "actors"

    def run(self, doc: Doc) -> None:
        parsed = parsed_of(doc)
        actors, mentions = find_actors(parsed)
        register = doc._.register = Register(actors, mentions)
        offsets = _offsets(doc)
        spans = []
        for m in register.mentions:
            actor = register.by_id[m.actor_id]
            span = _token_span(doc, offsets, m.paragraph, m.start, m.end, label=actor.type, kb_id=actor.id,
                               span_id=m.rule)
            span._.role = actor.role
            spans.append(span)
        doc.spans["actors"] = spans


class QuotesComponent(Extractor):
    """Quotations and reported speech, each with its speaker from the register or a reason."""

    section = "quotes"

    def run(self, doc: Doc) -> None:
        parsed = parsed_of(doc)
        quotes, statements = extract_quotes(parsed, _register(doc))
        doc._.quotes, doc._.statements = quotes, statements
        doc.spans["quotes"] = _text_spans(doc, parsed, [
            (q.paragraph, q.text.split("\n\n", 1)[0], q.kind, q.speaker_id or "", q.rules[0] if q.rules else "")
            for q in quotes])


class AgreementsComponent(Extractor):
    """Treaties, deals and pledges: one card per agreement, with parties from the register."""

    section = "agreements"

    def run(self, doc: Doc) -> None:
        parsed = parsed_of(doc)
        agreements, mentions = extract_agreements(parsed, _register(doc), doc._.quotes or [])
        doc._.agreements = agreements
        offsets = _offsets(doc)
        spans = []
        for paragraph, start, end, card, rule in mentions:
            spans.append(_token_span(doc, offsets, paragraph, start, end, label="agreement", kb_id=str(card),
                                     span_id=rule))
        doc.spans["agreements"] = spans


class BackgroundComponent(Extractor):
    """History, definitions and figures; the dated events of the timeline."""

    section = "background"

    def run(self, doc: Doc) -> None:
        parsed = parsed_of(doc)
        doc._.background = extract_background(parsed, _register(doc).actors)
        doc._.timeline = extract_timeline(parsed)


class RelationsComponent(Extractor):
    """Who stands where: the relations between actors that the article states."""

    section = "relations"

    def run(self, doc: Doc) -> None:
        parsed = parsed_of(doc)
        relations = extract_relations(parsed, _register(doc), doc._.quotes or [], doc._.statements or [])
        doc._.relations = relations
        doc.spans["relations"] = _text_spans(doc, parsed, [
            (r.paragraph, r.evidence, r.kind, r.subject, r.rules[0]) for r in relations])


class SummaryComponent(Extractor):
    """What you need to know: three to five sentences of the article, chosen for salience."""

    section = "summary"

    def run(self, doc: Doc) -> None:
        parsed = parsed_of(doc)
        starts = {key: char0 for key, (_, char0) in _offsets(doc).items()}
        paragraphs = {span.start: (HEADLINE if span.label_ == "headline" else int(span.label_))
                      for span in doc.spans["paragraphs"]}
        agreements = set()
        for span in doc.spans.get("agreements", []):
            first = max(start for start in paragraphs if start <= span.start)
            agreements.add((paragraphs[first], span.start_char - starts[paragraphs[first]]))
        figures = [b for b in doc._.background or [] if b.kind == "figure"]
        doc._.summary = extract_summary(parsed, _register(doc).actors, agreements=agreements, figures=figures,
                                        relations=doc._.relations or [])


COMPONENTS = {
    "explainer_actors": ActorsComponent,
    "explainer_quotes": QuotesComponent,
    "explainer_agreements": AgreementsComponent,
    "explainer_background": BackgroundComponent,
    "explainer_relations": RelationsComponent,
    "explainer_summary": SummaryComponent,
}
"""The extraction components by their registered names, in the order they run."""

EXTRACTORS = tuple(COMPONENTS)


def _factory(cls: type[Extractor]):
    def make(nlp: Language, name: str) -> Extractor:
        return cls()

    return make


for _name, _cls in COMPONENTS.items():
    if not Language.has_factory(_name):
        Language.factory(_name, func=_factory(_cls))


def add_to(nlp: Language) -> Language:
    """Add the extraction components after ``ner`` (or at the end of a pipeline without one)."""
    previous = "ner" if "ner" in nlp.pipe_names else None
    for name in EXTRACTORS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, after=previous) if previous else nlp.add_pipe(name)
        previous = name
    return nlp


def run_extractors(doc: Doc) -> Doc:
    """Run every extraction component over ``doc``, in order."""
    for cls in COMPONENTS.values():
        doc = cls()(doc)
    return doc
