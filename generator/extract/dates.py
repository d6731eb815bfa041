"""Date expressions as articles write them: which name a point in time, and what date they mean.

``is_point_in_time`` tells an event's date (``on Saturday``, ``in 1994``, ``five weeks ago``)
from a length of time (``five weeks``, ``the last three days``). ``resolve`` turns an
expression into an ISO date (``1994``, ``2020-08``, ``2020-10-31``): absolute dates always,
relative ones only against the article's own date.
"""
from __future__ import annotations

import datetime as _dt
import re

from generator import lexicon

_MONTHS = lexicon.entries("months")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)}
_WEEKDAYS = lexicon.entries("weekdays")
# A month's name, in full or cut to its first three letters ("sep" and "sept" both stand for September).
_MONTH = r"(" + "|".join(f"{m[:3]}(?:{m[3:]})?" if m[3:] else m for m in _MONTHS) + r"|sept)\.?"
_WEEKDAY = r"(" + "|".join(_WEEKDAYS) + r")"
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_MONTH_NAME = re.compile(r"\b(" + "|".join(f"{m[:3].title()}(?:{m[3:]})?" if m[3:] else m.title() for m in _MONTHS)
                         + r"|Sept)\b")
_POINT = re.compile(
    rf"\b{_WEEKDAY}\b|\b(1[5-9]\d\d|20\d\d)s?\b|\b({'|'.join(lexicon.entries('relative_days'))})\b|\bago\b|"
    rf"\b({'|'.join(lexicon.entries('period_deictics'))})\s+({'|'.join(lexicon.entries('period_words'))})\b|\bthe weekend\b",
    re.I,
)
_NUMBER_WORDS = {k: None if v == "none" else int(v) for k, v in lexicon.table("number_words").items()}


def is_point_in_time(text: str) -> bool:
    """Whether a date expression names a moment (an event's date) and not a length of time."""
    text = text.strip()
    if not _POINT.search(text) and not _MONTH_NAME.search(text):
        return False  # month names count when capitalised: ``a march`` is not ``March``
    if re.search(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few)[- ](day|week|month|year)s?\b", text, re.I) \
            and not re.search(r"\bago\b", text, re.I):
        return False  # ``three-day``, ``the last 12 years``
    if re.search(r"^(the\s+)?(last|past|next|coming)\s+(\w+\s+)?(days|weeks|months|years|decades)\b", text, re.I):
        return False
    return True


def resolve(text: str, base: str | None) -> str | None:
    """The ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) an expression stands for, or None.

    ``base`` is the article's date (ISO); without it only expressions that carry a year resolve.
    """
    expr = " ".join(text.split()).strip(" ,.")
    lower = expr.lower()
    base_date = _parse_base(base)
    year = _YEAR.search(expr)
    month = re.search(rf"\b{_MONTH}\b", lower)
    day = re.search(r"\b([0-3]?\d)(st|nd|rd|th)?\b", re.sub(_YEAR.pattern, "", lower))
    if year and not re.search(r"\d{4}s\b", lower):
        if month and day and int(day.group(1)) >= 1:
            iso = _absolute(expr)
            if iso:
                return iso
        if month:
            return f"{year.group()}-{_MONTH_ABBR[month.group(1)[:3]]:02d}"
        return year.group()
    if base_date is None:
        return None
    if re.fullmatch(r"(on |at |over |during )?(the )?weekend", lower):
        saturday = base_date - _dt.timedelta(days=(base_date.weekday() - 5) % 7)
        return saturday.isoformat()
    if month and day and not re.search(r"\b(last|this|next)\s", lower):
        # ``September 2``: the nearest such day to the article's date
        try:
            candidate = _dt.date(base_date.year, _MONTH_ABBR[month.group(1)[:3]], int(day.group(1)))
        except ValueError:
            return None
        if (candidate - base_date).days > 183:
            candidate = candidate.replace(year=candidate.year - 1)
        elif (base_date - candidate).days > 183:
            candidate = candidate.replace(year=candidate.year + 1)
        return candidate.isoformat()
    if month and not day or month and re.search(r"\b(last|this|next)\s", lower):
        number = _MONTH_ABBR[month.group(1)[:3]]
        y = base_date.year
        if re.search(r"\blast\b", lower) and number >= base_date.month or not re.search(r"\b(next|this)\b", lower) and number > base_date.month:
            y -= 1
        if re.search(r"\bnext\b", lower) and number <= base_date.month:
            y += 1
        return f"{y}-{number:02d}"
    if re.search(r"\b(last|this|next)\s+year\b", lower):
        shift = {"last": -1, "this": 0, "next": 1}[re.search(r"\b(last|this|next)\s+year", lower).group(1)]
        return str(base_date.year + shift)
    if re.search(r"\b(last|this|earlier this|later this)\s+month\b", lower):
        first = base_date.replace(day=1)
        if "last" in lower:
            first = (first - _dt.timedelta(days=1)).replace(day=1)
        return first.isoformat()[:7]
    if re.search(r"\b(earlier|later|this|last|next)\s+week\b", lower) and not re.search(_WEEKDAY, lower):
        return None
    return _relative(expr, base_date)


def _parse_base(base: str | None) -> _dt.date | None:
    if not base:
        return None
    try:
        return _dt.date.fromisoformat(str(base)[:10])
    except ValueError:
        return None


_WRITTEN_DATE = re.compile(
    rf"(?:(?:on|the)\s+)?(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?|"
    rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}),?\s+(?P<y>1[5-9]\d\d|20\d\d)", re.I)


def _absolute(expr: str) -> str | None:
    """``March 5, 2019``, ``Friday, 5 March 2019``: read directly, the common forms of news; any
    other form through dateparser, which costs far more per call."""
    written = _WRITTEN_DATE.fullmatch(expr)
    if written is not None:
        month = next(m for m in written.groups()[1:] if m and m.lower()[:3] in _MONTH_ABBR)
        try:
            return _dt.date(int(written["y"]), _MONTH_ABBR[month.lower()[:3]],
                            int(written["d1"] or written["d2"])).isoformat()
        except ValueError:
            return None  # "February 30, 2019" names no day
    import dateparser

    when = dateparser.parse(expr, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return when.date().isoformat() if when else None


def _relative(expr: str, base: _dt.date) -> str | None:
    import dateparser

    lower = expr.lower()
    cleaned = re.sub(r"^(on|in|at|by|from|since|until|till|during|over|late|early|earlier|later)\s+", "", lower)
    cleaned = re.sub(r"\b(late|early)\s+", "", cleaned)
    cleaned = re.sub(r"\b(morning|afternoon|evening|night)\b", "", cleaned).strip() or cleaned
    if cleaned in ("this", "today", "tonight", "this morning", ""):
        return base.isoformat()
    weekday = re.search(_WEEKDAY, cleaned)
    if weekday:
        # news speaks of the days just gone: the latest such weekday up to the article's date
        delta = (base.weekday() - _WEEKDAYS.index(weekday.group(1))) % 7
        if re.search(r"\bnext\b", cleaned):
            delta = -((_WEEKDAYS.index(weekday.group(1)) - base.weekday()) % 7 or 7)
        elif re.search(r"\blast\b", cleaned):
            delta = delta or 7
        return (base - _dt.timedelta(days=delta)).isoformat()
    words = cleaned.split()
    if words and words[0] in _NUMBER_WORDS and _NUMBER_WORDS[words[0]] is None:
        return None  # ``several weeks ago``: no date to give
    settings = {"RELATIVE_BASE": _dt.datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past"}
    when = dateparser.parse(cleaned, languages=["en"], settings=settings)
    if when is None:
        return None
    if re.search(r"\b(years?|decades?)\b", cleaned) and not re.search(r"\b(months?|weeks?|days?)\b", cleaned):
        return str(when.year)
    if re.search(r"\bmonths?\b", cleaned) and not re.search(r"\b(weeks?|days?)\b", cleaned):
        return when.date().isoformat()[:7]
    return when.date().isoformat()
