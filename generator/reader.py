"""Seed file -> :class:`~generator.model.Article`.

A seed is plain text: optional YAML front matter between ``---`` lines, the headline on the
first line, then paragraphs separated by blank lines. The reader copes with what real files
look like (BOMs, Windows encodings, CR line endings, pasted HTML, comment-form boilerplate)
and raises :class:`~generator.errors.ArticleError` with a plain reason for what it cannot use.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata
from pathlib import Path

from generator import errors
from generator.errors import ArticleError
from generator.model import Article, Paragraph, Source

DEFAULT_MAX_MB = 10.0
MAX_PARAGRAPH = 3000
"""Characters; longer paragraphs are cut at sentence ends (see :func:`split_long`)."""
MAX_HEADLINE = 500

# Lines that start the comment form or sharing widgets a scraped page leaves at the end.
_BOILERPLATE = re.compile(
    r"^(leave a (reply|comment)|post a comment|\d*\s*comments?|add (a|your) comment|"
    r"your email address will not be published.*|share this( article| story)?:?|"
    r"related (articles|stories|posts):?|you (may|might) also like:?|"
    r"sign up for (our|the) newsletter.*|subscribe( now)?( to our newsletter)?\.?)$",
    re.IGNORECASE,
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(---|\.\.\.)[ \t]*(\n|\Z)", re.DOTALL)
_HTML_SIGNS = re.compile(r"<(!doctype html|html|head|body|p|div|article)[\s>]", re.IGNORECASE)
_HTTP_URL = re.compile(r"\Ahttps?://[^/?#\s]+", re.IGNORECASE)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_BINARY_SIGNS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u2028\u2029\ufeff]")


def read_article(path: Path, *, max_mb: float = DEFAULT_MAX_MB) -> Article:
    """Read one seed file. Raises ``ArticleError`` naming the file and the reason."""
    name = path.name
    try:
        if not path.is_file():
            raise ArticleError(name, errors.NOT_A_FILE)
        size = path.stat().st_size
        if size > max_mb * 1024 * 1024:
            raise ArticleError(name, errors.TOO_LARGE.format(size=f"{size / 1048576:.1f}", limit=f"{max_mb:g}"))
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(name, errors.UNREADABLE.format(detail=exc.strerror or exc)) from None
    return parse_article(data, name)


def parse_article(data: bytes, name: str) -> Article:
    """Turn a seed's bytes into an Article (the pure part of :func:`read_article`)."""
    if not data:
        raise ArticleError(name, errors.EMPTY)
    if b"\x00" in data[:65536] and not _looks_like_utf16(data):
        raise ArticleError(name, errors.BINARY)
    text = decode(data, name)
    head = text[:65536]
    if len(_BINARY_SIGNS.findall(head)) > max(16, 0.05 * len(head)):
        raise ArticleError(name, errors.BINARY)  # compressed or encoded data without NUL bytes
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    if not text.strip():
        raise ArticleError(name, errors.WHITESPACE_ONLY)

    meta, body = split_front_matter(text, name)
    if _HTML_SIGNS.search(body[:4096]):
        body = html_to_text(body)

    headline, paragraphs = split_paragraphs(body)
    title = _clean_value(meta.get("title")) or headline
    if not title:
        raise ArticleError(name, errors.WHITESPACE_ONLY)
    if not paragraphs:
        raise ArticleError(name, errors.NO_BODY)
    if len(title) > MAX_HEADLINE:
        raise ArticleError(name, errors.HEADLINE_TOO_LONG.format(length=len(title), limit=MAX_HEADLINE))

    tags = meta.get("tags") or ()
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    source = Source(
        file=name,
        sha256=hashlib.sha256(data).hexdigest(),
        title=title,
        date=_date_value(meta.get("date")),
        url=_url_value(meta.get("url") or meta.get("source")),
        author=_clean_value(meta.get("author")),
        publisher=_clean_value(meta.get("publisher")),
        licence=_clean_value(meta.get("licence") or meta.get("license")),
        tags=tuple(t for t in (_clean_value(t) for t in tags) if t),
    )
    return Article(
        source=source,
        paragraphs=tuple(Paragraph(i, p) for i, p in enumerate(paragraphs)),
        slug_hint=_clean_value(meta.get("slug")),
    )


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM, or UTF-16 with BOM), else Windows-1252, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError(name, errors.UNDECODABLE) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a bad copy and paste) keeps its good characters; a text
    # with no valid UTF-8 sequences at all is a legacy single-byte encoding.
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if valid:
        text = data.decode("utf-8-sig", errors="replace")
        if text.count("\ufffd") <= valid:
            return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _load_yaml(yaml, text: str):
    """``yaml.safe_load``, read by libyaml where PyYAML has it (several times faster than PyYAML's
    own reader, into the same values). A text with a tab, which libyaml takes in places where
    PyYAML refuses it, and one that libyaml refuses are read by PyYAML's own reader, whose answer
    (its value or its error) stands."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None and "\t" not in text:
        try:
            return yaml.load(text, Loader=loader)
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def split_front_matter(text: str, name: str) -> tuple[dict, str]:
    """YAML front matter (``---`` ... ``---``) and the rest of the text."""
    match = _FRONT_MATTER.match(text.lstrip("\n"))
    if not match:
        if re.match(r"---[ \t]*\n[^\n]*:", text.lstrip("\n")):
            raise ArticleError(name, errors.UNCLOSED_FRONT_MATTER)
        return {}, text
    import yaml

    try:
        meta = _load_yaml(yaml, match.group(1)) or {}
    except yaml.YAMLError as exc:
        detail = str(getattr(exc, "problem", None) or "syntax error")
        raise ArticleError(name, errors.BAD_FRONT_MATTER.format(detail=detail)) from None
    if not isinstance(meta, dict):
        raise ArticleError(name, errors.FRONT_MATTER_NOT_MAPPING)
    return {str(k).lower(): v for k, v in meta.items()}, text.lstrip("\n")[match.end():]


def split_paragraphs(body: str) -> tuple[str, list[str]]:
    """Headline (first non-empty line) and paragraphs, boilerplate at the end removed.

    Paragraphs are separated by blank lines; a text with no blank lines at all has one
    paragraph per line.
    """
    lines = body.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return "", []
    headline = " ".join(lines.pop(0).split())
    rest = "\n".join(lines).strip("\n")
    if not rest.strip():
        return headline, []
    if re.search(r"\n[ \t]*\n", rest):
        blocks = re.split(r"\n[ \t]*\n", rest)
    else:
        blocks = rest.split("\n")
    paragraphs = [" ".join(b.split()) for b in blocks]
    paragraphs = [piece for p in paragraphs if p for piece in split_long(p)]
    for i, p in enumerate(paragraphs):
        if _BOILERPLATE.match(p) and i > 0:
            paragraphs = paragraphs[:i]
            break
    return headline, paragraphs


def split_long(paragraph: str, limit: int = MAX_PARAGRAPH) -> list[str]:
    """A paragraph longer than ``limit`` characters, cut after sentence ends (else at spaces).

    No paragraph a person wrote comes near the limit; a whole file on one line (a pasted
    export, a scrape gone wrong) does, and the extractors' work grows with paragraph length.
    """
    out = []
    rest = paragraph
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind(end) for end in (". ", "? ", "! ", '." ', '?" ', '!" ')) + 1
        if cut <= limit // 2:
            cut = window.rfind(" ")
        if cut <= limit // 2:
            cut = limit
        out.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        out.append(rest)
    return out


def html_to_text(html: str) -> str:
    """The article text of an HTML page, as plain paragraphs (trafilatura)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
    title = ""
    try:
        meta = trafilatura.extract_metadata(html)
        title = (meta.title or "") if meta else ""
    except Exception:  # metadata is a nicety; the body is what matters
        title = ""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


def _looks_like_utf16(data: bytes) -> bool:
    return data.startswith((b"\xff\xfe", b"\xfe\xff"))


def _clean_value(value) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _url_value(value) -> str | None:
    """An http(s) address, or ``None``: no other scheme may become a link on a page."""
    text = _clean_value(value)
    if not text or not _HTTP_URL.match(text) or any(c in text for c in " <>\"'`"):
        return None
    return text


def _date_value(value) -> str | None:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return _clean_value(value)
