"""Titles and roles of people: the words that name an office, and their readable form.

``Turkish foreign minister``, ``Azerbaijan's president`` and ``the president of Venezuela``
become "Foreign Minister of Turkey", "President of Azerbaijan" and "President of Venezuela";
a role the rules cannot put in that form (``a spokesperson for the Russian Foreign Ministry``)
is kept as the article words it, without its article.

The second half finds where an article writes a role: a title before the name, an appositive
after or before it, or an object complement (``made X president``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator import lexicon
from generator.gazetteer import Gazetteer

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

# Nouns that name an office, a rank or the part someone plays in a story.
ROLE_NOUNS = lexicon.words("role_nouns")
# Words that may stand inside a title before its noun: "prime minister", "foreign secretary".
TITLE_MODIFIERS = lexicon.words("title_modifiers")
# Honorifics are not part of a name nor a role.
HONORIFICS = lexicon.words("honorifics")
# Military and police ranks, with their abbreviations spelled out.
RANKS = lexicon.table("ranks")
_THE_COUNTRIES = ("United ", "Democratic Republic", "Republic of", "Central African", "Czech Republic",
                  "Dominican Republic")
_ARTICLES = lexicon.words("articles")
# Portfolios named by a noun, which read "Secretary of Defense" as well as "Defense Secretary".
_PORTFOLIOS = lexicon.words("portfolios")
_TRAILING = lexicon.words("role_trailing_words")
_LOWER = lexicon.words("role_lower_words")
# Prepositions that may join a title to its body: "the Speaker of the Parliament, X".
_OF_WORDS = lexicon.words("role_prepositions")


def is_role_word(word: str) -> bool:
    w = word.lower().strip(".")
    return w in ROLE_NOUNS or (w.endswith("s") and (w[:-1] in ROLE_NOUNS or w[:-3] + "y" in ROLE_NOUNS)) \
        or w.endswith("ies") and w[:-3] + "y" in ROLE_NOUNS


def rank(word: str) -> str | None:
    return RANKS.get(word.lower().strip("."))


# Role nouns that are also everyday adjectives: a title only when written as one ("General X").
_ADJECTIVE_ROLES = lexicon.words("adjective_roles")


def title_word(tok) -> bool:
    """Whether a token can stand as a title before a name: not the adjective in "a major Dunmore donation"."""
    return not (tok.lower_ in _ADJECTIVE_ROLES and tok.text.islower() and tok.i > 0
                and tok.doc[tok.i - 1].pos_ in ("DET", "ADJ", "NUM", "PRON"))


def _rank_title(tok) -> bool:
    """A rank written as a title: "Major X", "Maj. X"; not "a major X program"."""
    return bool(rank(tok.text)) and (tok.text[:1].isupper() or tok.text.endswith("."))


def country_article(name: str) -> str:
    """"the United States", "the Netherlands", plain "Turkey"."""
    if name.startswith(_THE_COUNTRIES) or (name.endswith("s") and not name.endswith("ss")
                                            and name.split()[-1] in lexicon.words("plural_country_words")):
        return f"the {name}"
    return name


def normalise_role(words: list[str], gaz: Gazetteer) -> tuple[str, str | None] | None:
    """A readable role from the words of a title or appositive, and the country it names.

    ``["Turkish", "foreign", "minister"]`` -> ("Foreign Minister of Turkey", "Turkey").
    """
    words = _rejoin(words)
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    while words and (words[-1] in (",", "-", "--") or words[-1].lower() in _TRAILING):
        words = words[:-1]
    if not words:
        return None
    country = None
    region = None
    core: list[str] = []
    rest = False
    # Plain words before the last role noun belong to the title: "disaster management minister".
    last_role = max((k for k, w in enumerate(words) if is_role_word(w)), default=-1)
    i = 0
    while i < len(words):
        w = words[i]
        lw = w.lower()
        hit = None
        # Longest country or demonym starting here (up to four words).
        for n in range(min(4, len(words) - i), 0, -1):
            chunk = re.sub(r"'s?$", "", " ".join(words[i:i + n]))
            hit = gaz.country(chunk) or gaz.demonym(chunk)
            if hit is not None and (n > 1 or chunk[:1].isupper()):
                break
            hit = None
        if hit is not None:
            if country is not None and country != hit.name:
                rest = True
            country = hit.name
            i += n
            continue
        if w.endswith("'s") and i == 0 and gaz.place(w[:-2]) is not None and region is None:
            region = w[:-2]  # "Assam's chief minister"
            i += 1
            continue
        if lw in ("of", "the") and core:
            core.append(lw)
            i += 1
            continue
        r = rank(w)
        if is_role_word(w) or lw in TITLE_MODIFIERS or r:
            core.append(r if r and w.endswith(".") or r and lw in RANKS and lw not in ROLE_NOUNS else w)
        elif w.isalpha() and w.islower() and i < last_role and not rest:
            core.append(w)
        else:
            rest = True
        i += 1
    while core and core[-1] in ("of", "the"):
        core.pop()
    if not core:
        return None
    if len(core) == 2 and core[0].lower() in _PORTFOLIOS and core[1].lower() in ("secretary", "minister"):
        core = [core[1], "of", core[0]]  # "Defense Secretary" is the Secretary of Defense
    if not rest and (country or region) and any(w.lower() in ROLE_NOUNS or rank(w) for w in core):
        title = " ".join(_cap(w) for w in core)
        return f"{title} of {region or country_article(country)}", country
    if not rest and not country:
        return " ".join(_cap(w) for w in core), None
    text = " ".join(_expand(w) for w in words)
    text = text.replace(" 's", "'s").replace(" ,", ",")
    if text[:3].lower() in ("al-", "el-"):
        return text, country  # "al-Qaeda in Iraq lieutenant" keeps the name's own spelling
    return text[:1].upper() + text[1:], country


def _rejoin(words: list[str]) -> list[str]:
    """Put back together what the tokenizer split: ``co - ordinator``, ``Maj .``."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("'s", "'", "\u2019s", "\u2019") and out:
            out[-1] += "'s" if w != "'" else "'"
            i += 1
            continue
        if w == "-" and out and i + 1 < len(words):
            out[-1] = f"{out[-1]}-{words[i + 1]}"
            i += 2
            continue
        if w == "." and out and rank(out[-1]) and not out[-1].endswith("."):
            out[-1] += "."
        else:
            out.append(w)
        i += 1
    return out


def _expand(word: str) -> str:
    r = rank(word)
    return r if r and (word.endswith(".") or word.lower() != r.lower()) else word


def _cap(word: str) -> str:
    r = rank(word)
    if r and (word.endswith(".") or word.lower() in ("pfc", "spc")):
        return r
    if word.lower() == "pm":
        return "Prime Minister"
    if word.lower() in _LOWER:
        return word.lower()
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


# --- where a role is written: titles and appositives ------------------------------------------

def role_words(doc: "Doc", start: int, end: int, sent: "Span") -> list[list[str]] | None:
    """Each title or appositive that gives a role to the name at [start, end), as words; None if none."""
    found = []
    # Ranks, even where the tagger ended a sentence at their full stop: "Brig. Gen. X", "Spc. X".
    i = start - 1
    ranks = []
    while i >= 0 and (_rank_title(doc[i]) or doc[i].text == "." and i - 1 >= 0 and rank(doc[i - 1].text)) \
            and not (i >= 1 and doc[i - 1].text == "-"):
        if doc[i].text != ".":
            ranks.insert(0, doc[i].text)
        i -= 1
    if ranks:
        found.append(ranks)
    if start == sent.start and start > 0 and (rank(doc[start - 1].text)
                                              or doc[start - 1].text == "." and start > 1 and rank(doc[start - 2].text)):
        sent = doc[start - 1].sent  # the tagger ended the sentence at "Maj."
    title = _title_of(doc, start, sent) or _title_before(doc, start, sent, end)
    before = start - len(title) if title else start
    if not title:
        title = _title_of_list(doc, end, sent) or _title_of_examples(doc, end, sent) or _credit(doc, start, end)
    made = None
    if end < sent.end and singular_role(doc[end].text) and doc[end].text[:1].islower() \
            and (doc[end].head if doc[end - 1].head.i == end else doc[end - 1].head).lemma_ \
            in lexicon.words("appointing_verbs"):
        made = [doc[end].text]  # "made X president", "appointed X ambassador"
    employer = None
    owned = start
    if doc[end - 1].dep_ == "conj" and not (start > sent.start and doc[start - 1].text in ("'s", "\u2019s")):
        owned = _list_start(doc, end, sent)  # "the Alliance's A and B": B is the Alliance's too
    if not title and owned - 2 >= sent.start and doc[owned - 1].text in ("'s", "\u2019s") \
            and doc[owned - 2].ent_type_ == "ORG":
        k = owned - 2
        while k - 1 >= sent.start and doc[k - 1].ent_type_ == "ORG" and doc[k].ent_iob_ != "B":
            k -= 1
        employer = [t.text for t in doc[k:owned - 1] if t.lower_ != "the"]  # "the Herald's Tom Reyes"
    # The office someone is made holds over the title they had: "made incumbent candidate X president".
    for words in (made, title, _appositive_after(doc, end, sent), _appositive_before(doc, before, end, sent),
                  employer):
        if words:
            found.append(words)
    return found or None


def owner_country(doc: "Doc", start: int, sent: "Span") -> list[str] | None:
    """The place written as a person's owner: ``Chile's Ana Rojas`` (for a name already known as a person's)."""
    if start - 2 >= sent.start and doc[start - 1].text in ("'s", "\u2019s") and doc[start - 2].ent_type_ == "GPE":
        k = start - 2
        while k - 1 >= sent.start and doc[k - 1].ent_type_ == "GPE" and doc[k].ent_iob_ != "B":
            k -= 1
        return [t.text for t in doc[k:start - 1] if t.lower_ != "the"]
    return None


def affiliation(doc: "Doc", end: int, sent: "Span") -> list[str] | None:
    """The body a person is written as belonging to: ``X of the Green Party``, ``X from NASA``."""
    k = end
    if k + 1 >= sent.end or doc[k].lower_ not in ("of", "from"):
        return None
    k += 1
    if doc[k].lower_ == "the" and k + 1 < sent.end:
        k += 1
    j = k
    while j < sent.end and doc[j].ent_type_ == "ORG" and (j == k or doc[j].ent_iob_ == "I"):
        j += 1
    if j == k and doc[k].text.isupper() and doc[k].is_alpha and 2 <= len(doc[k].text) <= 6 \
            and doc[k].ent_type_ != "NORP":
        j = k + 1  # an acronym the tagger left untyped or took for a place: "X of the ABC"
    if j == k:
        # a name the tagger left untyped, closed by a pause: "X of the Green Democrats, Y of ..."
        while j < sent.end and j - k < 4 and doc[j].pos_ == "PROPN" and doc[j].text.istitle() \
                and doc[j].ent_type_ not in ("PERSON", "GPE", "LOC", "DATE"):
            j += 1
        if j == k or j - k == 1 and doc[k].ent_type_ == "NORP" or j < sent.end and not (doc[j].text in (",", ".", ";", ")") or doc[j].lower_ == "and"
                                           or doc[j].pos_ in ("VERB", "AUX")):
            j = k
    if j == k or j - k > 8 or not doc[k].text[:1].isupper():
        return None
    words = [t.text for t in doc[k:j]]
    while words and words[-1] in ("'s", "\u2019s", ",", "."):
        words.pop()
    return words or None


def _title_of(doc: "Doc", start: int, sent: "Span") -> list[str] | None:
    """``Secretary of State X``, ``President of the Opposition Bharatiya Janata Party X``, ``Ambassador to Chile X``."""
    i = start - 1
    k = i
    while k > sent.start and doc[k].text[:1].isupper() and not is_role_word(doc[k].text) and k > start - 7:
        k -= 1
    if k < i and k - 1 >= sent.start and doc[k].lower_ in ("of", "the", "to"):
        if doc[k].lower_ == "the" and k - 1 >= sent.start and doc[k - 1].lower_ in ("of", "to"):
            k -= 1
        if doc[k].lower_ in ("of", "to") and k - 1 >= sent.start and is_role_word(doc[k - 1].text) \
                and doc[k - 1].text[:1].isupper():
            j = k - 1
            while j - 1 >= sent.start and (doc[j - 1].lower_ in TITLE_MODIFIERS or doc[j - 1].text[:1].isupper()
                                           and doc[j - 1].pos_ in ("PROPN", "ADJ")) and not doc[j - 1].is_sent_start:
                j -= 1
            return [t.text for t in doc[j:start]]
    return None


def _name_start(doc: "Doc", k: int, sent: "Span") -> int:
    """The first token of the capitalised proper name that ends at token ``k``."""
    while k - 1 >= sent.start and doc[k - 1].text[:1].isupper() and doc[k - 1].pos_ == "PROPN":
        k -= 1
    return k


def _list_start(doc: "Doc", end: int, sent: "Span") -> int:
    """Where the name starts that heads the list the name ending at ``end`` is in: the first name, or the
    nearest one before it with an owner of its own (``A's B, C's D and E``: E goes with D)."""
    tok = doc[end - 1]
    seen = 0
    k = tok.i
    while tok.dep_ == "conj" and tok.head is not tok and tok.head.i < tok.i and seen < 8:
        tok = tok.head
        seen += 1
        k = _name_start(doc, tok.i, sent)
        if k - 1 >= sent.start and doc[k - 1].text in ("'s", "\u2019s"):
            break
    return k


def _list_head(doc: "Doc", end: int, sent: "Span") -> tuple[int, int]:
    """Where the first name of the list that the name ending at ``end`` is in starts, and how
    many names stand before it in the list (0 when it is not in a list)."""
    tok = doc[end - 1]
    seen = 0
    while tok.dep_ == "conj" and tok.head is not tok and tok.head.i < tok.i and seen < 8:
        tok = tok.head
        seen += 1
    return _name_start(doc, tok.i, sent), seen


def _title_of_list(doc: "Doc", end: int, sent: "Span") -> list[str] | None:
    """``photographers A, B and C``: the plural title before a list gives each name in it its role."""
    k, seen = _list_head(doc, end, sent)
    if not seen:
        return None
    if k - 1 < sent.start:
        return None
    word = doc[k - 1].text
    if is_role_word(word) and not singular_role(word) and word.islower():
        return [_singular(word)]
    return None


# Words that open a list of examples of what a plural noun names: "photographers such as A and B".
_EXAMPLE_WORDS = lexicon.words("example_words")


def _title_of_examples(doc: "Doc", end: int, sent: "Span") -> list[str] | None:
    """``photographers who used it, such as A, B and C``: the plural role noun a list of examples follows
    gives each name in the list its role; it must stand a few words before, with no stop between."""
    k = _list_head(doc, end, sent)[0] - 1
    if k >= sent.start and doc[k].lower_ == "as" and k - 1 >= sent.start and doc[k - 1].lower_ == "such":
        k -= 1
    elif not (k >= sent.start and doc[k].lower_ in _EXAMPLE_WORDS):
        return None
    if k - 1 >= sent.start and doc[k - 1].text == ",":
        k -= 1
    for i in range(k - 1, max(sent.start, k - 8) - 1, -1):
        word = doc[i].text
        if word in (";", ":", "(", ")") or doc[i].pos_ == "PROPN":
            return None
        if word.islower() and is_role_word(word) and not singular_role(word):
            return [_singular(word)]
    return None


# Words that open a picture's credit line: "Image: A B.", "Photo: Agency A B".
_CREDIT_WORDS = lexicon.words("credit_words")


def _credit(doc: "Doc", start: int, end: int) -> list[str] | None:
    """``Image: A B.``: the full name a picture is credited to, alone at the end of its line, is its
    photographer (a single word is more often a user name); a body named between the colon and the name is
    kept (``Photo: Agency A B.``)."""
    if end - start < 2:
        return None
    if end < len(doc) and doc[end].text not in (".", ";", ")", "/") and "\n" not in doc[end].text:
        return None
    k = start - 1
    while k >= 0 and start - k <= 3 and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN":
        k -= 1
    if k - 1 < 0 or doc[k].text != ":" or doc[k - 1].lower_ not in _CREDIT_WORDS:
        return None
    return [t.text for t in doc[k + 1:start]] + ["photographer"]


def _title_before(doc: "Doc", start: int, sent: "Span", end: int | None = None) -> list[str] | None:
    """``Turkish foreign minister X``, ``US Army Colonel X``; ``photographers X, Y and Z`` when X starts a list."""
    i = start - 1
    if i - 1 >= sent.start and doc[i].text == "." and rank(doc[i - 1].text):
        i -= 1
    plural = i >= sent.start and doc[i].text.islower() and is_role_word(doc[i].text) \
        and not singular_role(word_at(doc, i)) and end is not None and end < sent.end \
        and doc[end].text in (",", "and")  # "photographers A, B and C"
    if i >= sent.start and not title_word(doc[i]):
        return None  # "a major Dunmore donation"
    if i >= sent.start and (singular_role(word_at(doc, i)) or rank(doc[i].text) or plural) \
            and not doc[i].text[:1] in ",;":
        j = i
        while j - 1 >= sent.start:
            prev = doc[j - 1]
            if prev.lower_ in ("in", "of") and j - 2 >= sent.start and doc[j - 2].text[:1].isupper() \
                    and doc[j].text[:1].isupper() and doc[j - 2].pos_ == "PROPN":
                j -= 1  # "al-Qaeda in Iraq leader": a name with a preposition inside
                continue
            if prev.lower_ == "and" and j - 2 >= sent.start and is_role_word(doc[j - 2].text) \
                    and doc[j - 2].text.islower():
                j -= 1  # "academic and professor X"
                continue
            if prev.pos_ in ("DET", "ADP", "VERB", "AUX", "PUNCT", "CCONJ", "PRON", "SCONJ", "NUM") \
                    and prev.text not in ("'s", "\u2019s", "-") and not rank(prev.text):
                break
            if prev.text[:1].islower() and prev.pos_ not in ("ADJ", "NOUN", "PROPN", "PART"):
                break
            j -= 1
        words = [t.text for t in doc[j:i + 1]]
        if plural:
            words[-1] = _singular(words[-1])
        return words
    return None


def _appositive_after(doc: "Doc", end: int, sent: "Span") -> list[str] | None:
    """``X, Azerbaijan's president,``, ``X, a spokesperson for the Russian Foreign Ministry,``."""
    if end + 1 < sent.end and doc[end].text == ",":
        k = end + 1
        if k + 2 < sent.end and doc[k].like_num and doc[k + 1].text == ",":
            k += 2  # "X, 42, a farmer from ..."
        if k + 2 < sent.end and doc[k].lower_ == "who" and doc[k + 1].lemma_ == "be":
            k += 2  # "X, who is the spokesperson for ..."
        first = doc[k]
        if first.lower_ in ("a", "an", "the", "one") or first.tag_ in ("PRP$",) or is_role_word(first.text) \
                or first.lower_ in TITLE_MODIFIERS \
                or (k + 1 < sent.end and doc[k + 1].text in ("'s", "\u2019s")) or first.pos_ == "ADJ" \
                or first.pos_ == "PROPN" and first.text[:1].isupper():  # "X, Peru coach,"
            words = []
            while k < sent.end and doc[k].text not in (",", ";", ".", "(", ")", "\"", "\u201c", "\u201d") \
                    and doc[k].pos_ not in ("VERB", "AUX") and doc[k].lower_ not in ("who", "which", "that"):
                words.append(doc[k].text)
                k += 1
                if k + 3 < sent.end and doc[k].lower_ == "who" and doc[k + 1].lemma_ == "be" \
                        and doc[k + 2].lower_ in _ARTICLES and singular_role(doc[k + 3].text):
                    words.append(",")  # "a taxi driver who was an eyewitness of ..."
                    k += 3
            several = words[:2] == ["one", "of"]
            if several:
                words = words[2:]  # "one of the survivors" is a survivor
                words = [_singular(w) if is_role_word(w) and not singular_role(w) else w for w in words]
            head = []
            for w in words:  # the role noun must head the phrase: not "a supporter of President X"
                if w.lower() in ("of", "for", "to", "in", "at", "with", "on", "from"):
                    break
                head.append(w)
            if k < sent.end and doc[k].pos_ in ("VERB", "AUX") and doc[end - 1].dep_ == "pobj":
                return None  # "according to X, a detective ... was told": the subject of what follows
            if head and any(is_role_word(w) if several else singular_role(w) for w in head[:6]) and len(words) <= 14:
                return words
    return None


def _appositive_before(doc: "Doc", start: int, end: int, sent: "Span") -> list[str] | None:
    """``The Vice Speaker of the Georgian Parliament, X,``."""
    if start - 2 >= sent.start and doc[start - 1].text == ",":
        k = start - 2
        words = []
        while k >= sent.start and doc[k].text not in (",", ";", "\"", "\u201c", "\u201d", ":") \
                and doc[k].pos_ not in ("VERB", "AUX"):
            words.insert(0, doc[k].text)
            if doc[k].lower_ in _ARTICLES and not (k - 1 >= sent.start and (
                    doc[k - 1].lower_ in _OF_WORDS
                    or doc[k - 1].lower_ == "to" and k - 2 >= sent.start and is_role_word(doc[k - 2].text))):
                break
            k -= 1
        after = doc[end] if end < sent.end else None
        closes = after is None or after.text in (",", ".", ";") or after.pos_ in ("VERB", "AUX")
        boundary = k < sent.start or doc[k].text in (",", ";", ":")
        opens = words and (words[0].lower() in _ARTICLES
                           or boundary and ("'s" in words or is_role_word(_rejoin(words)[0])))  # "Co-founder of X, Y"
        if not opens:
            # "in the words of the Crown prosecutor, X": the phrase starts at its last article
            last = max((n for n, w in enumerate(words) if w.lower() in _ARTICLES), default=0)
            if last and any(is_role_word(w) for w in _rejoin(words[last:])):
                words, opens = words[last:], True
        if opens and closes and any(is_role_word(w) for w in _rejoin(words)) and len(words) <= 14:
            return words
    return None


def _singular(word: str) -> str:
    if word.lower().endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.lower().endswith("s") else word


def singular_role(word: str) -> bool:
    return word.lower().strip(".") in ROLE_NOUNS


def word_at(doc: "Doc", i: int) -> str:
    """The word ending at token i, hyphenated parts joined: ``co-ordinator``."""
    j = i
    while j - 2 >= 0 and doc[j - 1].text == "-" and doc[j - 1].whitespace_ == "" and doc[j - 2].whitespace_ == "":
        j -= 2
    return doc[j:i + 1].text
