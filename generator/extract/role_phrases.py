"""Where an article writes a person's role: a title before the name, an appositive after or before
it, a plural title before a list of names, an object complement (``made X president``), an
employer or a body the person is written as belonging to (with the title before the name, if
any: ``Director X of the Y Institute``), a picture's credit line.

:func:`role_words` gives each role it finds as ``(rule id, words)``; :func:`generator.extract.roles.normalise_role`
turns the words into a readable role. Titles before a name are read in
:mod:`generator.extract.role_titles`, roles given to a list of names in :mod:`generator.extract.role_lists`,
roles said in a clause in :mod:`generator.extract.role_clauses`, the body or place a person belongs to in
:mod:`generator.extract.role_bodies`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.provenance import rule
from generator.extract.role_bodies import affiliation, employer, place_after
from generator.extract.role_clauses import (QUOTE_MARKS, ROLE_COMPLEMENTS, appointed, copula, government_of, led_by,
                                           office_clause, served_as, serving_clause, succeeded_as)
from generator.extract.role_counterparts import counterpart
from generator.extract.role_heads import (after_tenure, compound_title, headed_by_role, owner_at,
                                         plain_after_pronoun, spaced_dash)
from generator.extract.role_lists import (plural_rank_before_list, singular, title_of_examples, title_of_list,
                                          title_over_appositive_list)
from generator.extract.role_titles import ranks_before, title_before, title_of, title_of_tagged_body
from generator.extract.roles import (HONORIFICS, KIN_NOUNS, OFFICE_NOUNS, PARTY_NOUNS, TENURE_PREFIXES,
                                     TITLE_MODIFIERS, Role, is_role_word, part_role, rank, rejoin, singular_role,
                                     tenure_word)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

_ARTICLES = lexicon.words("articles")
# Prepositions that may join a title to its body: "the Speaker of the Parliament, X".
_OF_WORDS = lexicon.words("role_prepositions")
# Words after a party's member that say where or in what body: "a Democrat on the committee", "from Ohio".
_PARTY_JOINS = ("on", "from", "of", "in", "for")
# Given names, titles among them ("Don", "Dean"): a title the tagger reads into a person's name may be a first name.
_GIVEN_WORDS = lexicon.words("given_names")


def role_words(doc: "Doc", start: int, end: int, sent: "Span") -> list[Role] | None:
    """Each title or appositive that gives a role to the name at [start, end), as ``(rule id, words)``;
    None if none. The office someone is made holds over the title they had."""
    found: list[Role] = []
    lead = start
    while lead - 1 > sent.start and start - lead < 2 and doc[lead - 1].lower_ in HONORIFICS:
        lead -= 1  # "Judge Lord X", "chairman Sir X": the title stands before the honorific
    ranks = ranks_before(doc, lead) or (ranks_before(doc, start) if lead < start else [])
    if ranks:
        found.append((rule("role.rank-before-name"), ranks))
    if start == sent.start and start > 0 and (rank(doc[start - 1].text)
                                              or doc[start - 1].text == "." and start > 1 and rank(doc[start - 2].text)):
        sent = doc[start - 1].sent  # the tagger ended the sentence at "Maj."
    honoured = lead  # where the name starts with its honorific: "The head of the clinic, Dr X,"
    title = lead < start and (title_of(doc, lead, sent) or title_before(doc, lead, sent, end)) or None
    if title is None:
        lead = start  # "First Lady X": the honorific is the title's own last word
        title = title_of(doc, start, sent) or title_before(doc, start, sent, end) \
            or title_of_tagged_body(doc, start, sent)
    before = lead - len(title[1]) if title else start
    if title and title[0] == rule("role.title-of-tagged-body-before-name") and doc[lead - 1].text == ")":
        before -= 3  # the body's initials in brackets, left out of the role
    if not title:
        title = title_of_list(doc, end, sent) or plural_rank_before_list(doc, start, sent) \
            or title_of_examples(doc, end, sent) or title_over_appositive_list(doc, end, sent) or _credit(doc, start, end)
    held_here = title[1] if title and title[0] == rule("role.title-before-name") else []
    led = led_by(doc, before, sent, held_here) if held_here or doc[end - 1].ent_type_ == "PERSON" else None
    for found_role in (_object_complement(doc, end, sent), title, led, _named_role(doc, start, end, sent),
                       _appositive_after(doc, end, sent),
                       _appositive_before(doc, before if title else honoured, end, sent),
                       None if title else employer(doc, start, end, sent), government_of(doc, start, end, sent)):
        if found_role:
            found.append(found_role)
    mate = counterpart(doc, start, end, sent)
    if mate:
        held_there = _holder_title(doc, sent, *mate)
        if held_there:
            found.append((rule("role.counterpart"), held_there))
    if not found or all(r[0] == rule("role.rank-before-name") for r in found):
        said = copula(doc, start, end, sent) or appointed(doc, start, end, sent) or served_as(doc, start, end, sent) \
            or succeeded_as(doc, start, end, sent)
        if said:
            found.append(said)
    held = ranks or (title[1] if title and title[0] in (rule("role.title-before-name"),
                                                         rule("role.plural-title-before-list")) else [])
    if held and all(_title_part(w) for w in rejoin(held)):
        place = place_after(doc, end, sent)
        if place and _office(held):
            found.append((rule("role.title-with-place-after-name"), held + ["of"] + place))
        elif not place:
            body = _body_after(doc, start, end, sent, held)
            if body:
                found.append((rule("role.title-with-body-after-name"), body))
    return found or None


def party_member(doc: "Doc", start: int, end: int, sent: "Span") -> Role | None:
    """The party a name is written as a member of, outside quotation marks: ``Democrat Ana Lind of Vermont``
    and ``Vermont Democrat Ana Lind`` are a Democrat of Vermont, ``Tory Tom Reyes`` a Tory, ``Ana Lind, a
    Democrat on the budget committee,`` a Democrat on the budget committee. Asked only when nothing else
    beside the name gives a role, and no sign by itself that the words are a person's name."""
    if sum(1 for t in doc[:start] if t.text in QUOTE_MARKS) % 2:
        return None  # a label inside someone's words is theirs, not the article's
    i = start - 1
    if i >= sent.start and doc[i].text in PARTY_NOUNS:
        k = i
        while k - 1 >= sent.start and doc[k - 1].ent_type_ == "GPE" and doc[k - 1].text[:1].isupper():
            k -= 1  # "Vermont Democrat"
        place = [t.text for t in doc[k:i]] or place_after(doc, end, sent)
        return rule("role.party-member"), [doc[i].text] + (["of"] + place if place else [])
    k = end + 1
    if not (k + 1 < sent.end and doc[end].text == "," and doc[k].lower_ in ("a", "an")
            and doc[k + 1].text in PARTY_NOUNS):
        return None
    words = [doc[k + 1].text]
    j = k + 2
    if j < sent.end and doc[j].lower_ in _PARTY_JOINS:
        while j < sent.end and doc[j].text not in (",", ";", ".", "(", ")") and doc[j].text not in QUOTE_MARKS \
                and doc[j].pos_ not in ("VERB", "AUX", "CCONJ") and doc[j].lower_ not in ("who", "which", "that"):
            words.append(doc[j].text)
            j += 1
    if j < sent.end and doc[j].text not in (",", ";", ".", ")") or len(words) > 10:
        return None  # "X, a Democrat and former mayor, ...": what follows is more than the party
    return rule("role.party-member"), words


# Participles that put a name to the role noun before them: "a chemist named Ana Lind".
_NAMING_PARTICIPLES = lexicon.words("role_naming_participles")


def _named_role(doc: "Doc", start: int, end: int, sent: "Span") -> Role | None:
    """``a chemist named Ana Lind``, ``a retired harbour pilot called Tom Reyes``: the role noun that a
    participle of naming joins to the name, with the words before it in its phrase."""
    if start - 2 < sent.start:
        return None
    verb, noun = doc[start - 1], doc[start - 2]
    if verb.lower_ not in _NAMING_PARTICIPLES or verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.head.i != noun.i \
            or doc[end - 1].head.i != verb.i or noun.pos_ != "NOUN" or not singular_role(noun.text):
        return None
    after = doc[end] if end < sent.end else None
    if doc[noun.left_edge.i].lower_ not in ("a", "an") or after is not None and (
            after.text in QUOTE_MARKS or after.pos_ not in ("PUNCT", "ADP", "CCONJ", "VERB", "AUX")):
        return None  # not "one lawmaker called X 'a fraud'": a verb of calling with its own complement
    words = [t.text for t in doc[noun.left_edge.i + 1:noun.i + 1]]
    if not words or len(words) > 8 or any(w in (",", ";", "(", ")") or w in QUOTE_MARKS for w in words):
        return None
    return rule("role.named-after-role"), words


def _holder_title(doc: "Doc", sent: "Span", start: int, end: int, country: str) -> list[str] | None:
    """The title of the name at [start, end), written before or beside it, with its country put in
    the place of ``country``: the office of that name's counterpart. None unless the title names a
    country, which the counterpart's takes the place of ("Chilean foreign minister")."""
    title = title_of(doc, start, sent) or title_before(doc, start, sent, end) or _appositive_after(doc, end, sent) \
        or _appositive_before(doc, start, end, sent)
    if not title or title[0] not in (rule("role.title-before-name"), rule("role.title-of-body-before-name"),
                                     rule("role.appositive-after"), rule("role.appositive-before")):
        return None
    places = {t.text for t in sent if t.ent_type_ in ("NORP", "GPE")}
    words = [w for w in rejoin(title[1]) if w.lower() not in _ARTICLES]
    rest = [w for w in words if w not in places and w.removesuffix("'s").removesuffix("\u2019s") not in places]
    if len(rest) == len(words) or not any(is_role_word(w) for w in rest):
        return None
    return [country] + rest


def _body_after(doc: "Doc", start: int, end: int, sent: "Span", held: list[str]) -> list[str] | None:
    """A title before a name and the body written after it: ``Director Ana Lind of the Globex
    Institute`` is the Director of the Globex Institute; ``Professor Tom Reyes of Delmar University``
    a Professor at Delmar University (the preposition the title takes before its body)."""
    body = affiliation(doc, end, sent)
    if not body or part_role(held) or doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].lower_ in _GIVEN_WORDS \
            or all(t.ent_type_ in ("GPE", "LOC", "NORP") for t in doc[end + 1:end + 3] if t.lower_ != "the"):
        return None  # "Senator X of Vermont" names a place, read as one; "Don X" may be a first name
    noun = rejoin(held)[-1].lower()
    prep = _OWNER_PREPOSITIONS.get(noun, "of") if is_role_word(noun) else "of"
    the = ["the"] if doc[end + 1].lower_ == "the" else []
    return held + [prep] + the + body


def _title_part(word: str) -> bool:
    """A word of a title itself, not of its owner ("Senate") nor a comment on it ("upstart")."""
    return is_role_word(word) or bool(rank(word)) or word.lower() in TITLE_MODIFIERS


def _office(words: list[str]) -> bool:
    """Whether a title's last word names an office held over a place: "Gov.", "senator", "mayor"."""
    last = rejoin(words)[-1]
    return (rank(last) or last).lower() in OFFICE_NOUNS


_OWNER_PREPOSITIONS = lexicon.table("role_owner_prepositions")
_APPOINTING_VERBS = lexicon.words("appointing_verbs")


def _object_complement(doc: "Doc", end: int, sent: "Span") -> Role | None:
    """``made X president``, ``appointed X ambassador``: the office a verb of appointing gives."""
    if end < sent.end and singular_role(doc[end].text) and doc[end].text[:1].islower() \
            and (doc[end].head if doc[end - 1].head.i == end else doc[end - 1].head).lemma_ in _APPOINTING_VERBS:
        return rule("role.object-complement"), [doc[end].text]
    return None


# Words that open a picture's credit line: "Image: A B.", "Photo: Agency A B".
_CREDIT_WORDS = lexicon.words("credit_words")


def _credit(doc: "Doc", start: int, end: int) -> Role | None:
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
    return rule("role.credit-line"), [t.text for t in doc[k + 1:start]] + ["photographer"]


def _appositive_after(doc: "Doc", end: int, sent: "Span") -> Role | None:
    """``X, Chile's finance minister,``, ``X, an adviser to the Peruvian Trade Ministry,``, ``X who is
    the treasurer``."""
    if end + 1 < sent.end and (doc[end].text == "," or doc[end].lower_ == "who" and doc[end - 1].ent_type_ == "PERSON"):
        # "X who is the treasurer": without a comma, only after a name the tagger knows for a person's
        k = end + 1 if doc[end].text == "," else end
        if k + 2 < sent.end and doc[k].like_num and doc[k + 1].text == ",":
            k += 2  # "X, 42, a farmer from ..."
        if k + 3 < sent.end and doc[k].lower_ == "who" and doc[k + 1].lemma_ == "be" \
                and "VBG" in (doc[k + 2].tag_, doc[k + 3].tag_ if doc[k + 2].pos_ == "ADV" else ""):
            return serving_clause(doc, k + 2, sent)  # "X, who is now serving as treasurer"
        if k + 2 < sent.end and doc[k].lower_ == "who" and doc[k + 1].lemma_ == "be":
            k += 2  # "X, who is the treasurer of ..."
        elif doc[k].lower_ == "who":
            return office_clause(doc, k + 1, sent) or serving_clause(doc, k + 1, sent)
        held = None
        if k + 2 < sent.end and doc[k].lower_ in _ASIDE_ADVERBS \
                and (doc[k + 1].lower_ in _DETERMINERS or doc[k + 1].tag_ == "PRP$"):
            held = _ASIDE_ADVERBS[doc[k].lower_]
            k += 1  # "X, also a Green MP,", "X, formerly the mayor of Delmar,"
        first = doc[k]
        if _titled_name(doc, k, sent):
            return None  # "X, Economy Minister Y and ...": the next name of a list, with its own title
        if first.lower_ in _OPENERS or first.tag_ in ("PRP$",) or is_role_word(first.text) \
                or first.lower_ in KIN_NOUNS \
                or first.lower_ in TITLE_MODIFIERS \
                or first.lower_ in TENURE_PREFIXES and k + 1 < sent.end and doc[k + 1].text == "-" \
                or (k + 1 < sent.end and doc[k + 1].text in ("'s", "\u2019s")) or first.pos_ == "ADJ" \
                or first.pos_ == "PROPN" and first.text[:1].isupper() \
                or first.pos_ == "NOUN" and first.text.islower() and k + 1 < sent.end \
                and singular_role(doc[k + 1].text):  # "X, Peru coach,", "X, film critic for the Herald"
            words = []
            serving = None  # where a participle that says whom the role serves stands
            while k < sent.end and doc[k].text not in (",", ";", ".", "(", ")", "\"", "\u201c", "\u201d") \
                    and (doc[k].pos_ not in ("VERB", "AUX") or tenure_word(doc[k])
                         or doc[k].dep_ == "amod" and k < doc[k].head.i < sent.end  # "the commanding officer"
                         or doc[k - 1].text == "-" and not doc[k - 1].whitespace_
                         or serving is None and _serving_participle(doc[k])) \
                    and doc[k].lower_ not in ("who", "which", "that") \
                    and not _told_of_verb(doc[k], first.i, end):  # "of Delmar-based Globex"
                if doc[k].pos_ == "VERB" and serving is None and _serving_participle(doc[k]):
                    serving = len(words)
                    words.extend(_served(doc[k], sent))
                    k += len(words) - serving
                    break  # what the clause goes on to say is no part of the role
                words.append(doc[k].text)
                k += 1
                if k + 3 < sent.end and doc[k].lower_ == "who" and doc[k + 1].lemma_ == "be" \
                        and doc[k + 2].lower_ in _ARTICLES and singular_role(doc[k + 3].text):
                    words.append(",")  # "a nurse who was a witness to ..."
                    k += 3
            if k + 1 < sent.end and doc[k].lower_ in _NAMING_PARTICIPLES and doc[k + 1].ent_type_ == "PERSON":
                return None  # "X, a judge named Y": the phrase is Y's, the next name of a list
            if words and words[0].lower() in _DETERMINERS and words[0].lower() not in _ARTICLES:
                words = words[1:]  # "another adviser" is an adviser
            if len(words) > 1 and first.tag_ == "PRP$" and words[0] == first.text:
                words = words[1:]  # "his chief of staff": whose is told by the sentence, not by the role
            several = words[:2] == ["one", "of"]
            if several:
                words = words[2:]  # "one of the survivors" is a survivor
                words = [singular(w) if is_role_word(w) and not singular_role(w) else w for w in words]
            head = []
            for n, w in enumerate(words):  # the role noun must head the phrase: not "a supporter of President X"
                if w.lower() in ("of", "for", "to", "in", "at", "with", "on", "from") and not (
                        0 < n < len(words) - 1 and words[n - 1][:1].isupper() and words[n + 1][:1].isupper()):
                    break  # not inside a body's name: "the Bureau of Parks and Fisheries chief"
                head.append(w)
            if k < sent.end and doc[k].pos_ in ("VERB", "AUX") and doc[end - 1].dep_ == "pobj":
                return None  # "according to X, a detective ... was told": the subject of what follows
            stop = k
            while words and k < sent.end and doc[stop].pos_ == "VERB" and k - 1 > end and doc[k - 1].pos_ == "ADV" \
                    and doc[k - 1].text == words[-1]:
                words.pop()  # "a pilot still flying for ...", not "two decades ago"
                k -= 1
            words = _before_other_description(words)
            # the words as written and as rejoined: "front - runner", "the campaign 's 48 - year - old director"
            # the role noun opens the phrase or ends its head, after a body's long name: "a Delmar Harbour
            # Workers Union organiser"
            if head and any(is_role_word(w) if several else singular_role(w) for w in head[:6] + rejoin(head)[:6]
                            + rejoin(head)[-1:]) \
                    and len(words) <= 14:
                if held == "former" and not any(w.lower() in _TENURE for w in words):
                    n = 1 if words[0].lower() in _ARTICLES else 0
                    words = words[:n] + ["former"] + words[n:]  # "formerly the mayor": the former mayor
                if serving is not None and serving < len(words) - 1:
                    return rule("role.appositive-participle"), words
                return rule("role.appositive-after"), words[:serving]
            if serving is not None and len(words) > 14 and len(words[:serving]) <= 14:
                return rule("role.appositive-after"), words[:serving]  # whom it serves runs too long
            if not several and _kin(words):
                return rule("role.kin-appositive"), words
    return None


def _told_of_verb(tok, start: int, name_end: int) -> bool:
    """A word after the role phrase opened at ``start`` that tells when it was said, or belongs to the
    verb before the name that ends at ``name_end``: no part of the role ("X, the city's mayor during a
    visit today", "X, chief inspector of the police to reporters")."""
    return tok.i > start and (tok.text in _OCCASION_WORDS or tok.dep_ in ("prep", "npadvmod") and tok.head.i < name_end
                              and tok.head.pos_ in ("VERB", "AUX"))


# Words that open what tells when something was said or done, never a part of a role: "during", "today".
_OCCASION_WORDS = lexicon.words("role_occasion_words")


# Verbs whose participle after a role noun says whom the role serves: "a lawyer representing the family".
_SERVING_PARTICIPLES = lexicon.words("role_participles")


def _serving_participle(tok) -> bool:
    """A participle that belongs to the role noun just before it and says whom or what it serves:
    "representing" in "a lawyer representing the family"; not "wearing" in "a candidate wearing a mask"."""
    return tok.tag_ == "VBG" and tok.lemma_ in _SERVING_PARTICIPLES and tok.i > 0 and tok.head.i == tok.i - 1 \
        and singular_role(tok.doc[tok.i - 1].text)


def _served(verb, sent: "Span") -> list[str]:
    """A serving participle and its object, without what else the clause goes on to say:
    "representing Globex" of "representing Globex in its dispute with Acme"; the participle alone
    when it has no object."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    last = obj.right_edge.i if obj is not None else verb.i
    words = []
    for tok in verb.doc[verb.i:min(last + 1, sent.end)]:
        if tok.text in (",", ";", "(", ")", "\"", "\u201c", "\u201d"):
            break
        words.append(tok.text)
    return words


def _titled_name(doc: "Doc", k: int, sent: "Span") -> bool:
    """Whether a title and a person's name start at ``k``: "Economy Minister Ana Lind", "figure skater Tom
    Reyes" (the next name of a list, each with its own title); not when the name owns what follows it
    ("Economy Minister Ana Lind's husband": a role tied to her)."""
    j = k
    while j < sent.end and j - k < 6 and doc[j].ent_type_ != "PERSON":
        if not (doc[j].text[:1].isupper() and (_title_part(doc[j].text) or doc[j].pos_ in ("PROPN", "ADJ"))
                or doc[j].text.islower() and (_title_part(doc[j].text) or doc[j].pos_ in ("NOUN", "ADJ"))):
            return False
        j += 1
    if not (j > k and j < sent.end and doc[j].ent_type_ == "PERSON" and any(_title_part(t.text) for t in doc[k:j])):
        return False
    owner = ("'s", "\u2019s", "'", "\u2019")
    while j < sent.end and doc[j].ent_type_ == "PERSON" and doc[j].text not in owner:
        j += 1
    return not (j < sent.end and doc[j].text in owner)


# Determiners that open a role phrase after a name; only the articles stay part of its words.
_DETERMINERS = lexicon.words("role_determiners")
# What may open a role phrase beside a name: a determiner, or "one" ("One witness, X, said").
_OPENERS = _DETERMINERS | {"one"}
# Words that may open an appositive before its determiner, with when the role is held ("now", "former").
_ASIDE_ADVERBS = lexicon.table("role_aside_adverbs")
_TENURE = lexicon.words("tenure_words")
def _before_other_description(words: list[str]) -> list[str]:
    """A role phrase without what "and" adds to it when that is no role: "a ferry pilot and one of
    many who ..." -> "a ferry pilot"; "a nurse and father of two" -> "a nurse"."""
    if "and" not in words:
        return words
    cut = words.index("and")
    after = words[cut + 1:]
    if not after or after[0][:1].isupper() or any(singular_role(w) for w in rejoin(after)) \
            or any(w.lower() in _OF_WORDS or w.lower() in ROLE_COMPLEMENTS for w in words[:cut]):
        return words  # "secretary of housing and urban development": "and" inside the owner
    return words[:cut]


def _kin(words: list[str]) -> bool:
    """``the mother of Ana Lind``, ``Ana Lind's mother``: a tie to a person named with it."""
    words = [w for w in rejoin(words) if w.lower() not in _ARTICLES]
    if not 2 <= len(words) <= 6:
        return False
    if words[0].lower() in KIN_NOUNS:
        named = words[2:]
        while len(named) > 1 and named[0].islower() and singular_role(named[0]):
            named = named[1:]  # "the widow of singer Ana Lind"
        return len(words) >= 3 and words[1] == "of" and all(w[:1].isupper() for w in named)
    return words[-1].lower() in KIN_NOUNS and words[-2].endswith(("'s", "\u2019s")) \
        and all(w[:1].isupper() for w in words[:-1])


def _appositive_before(doc: "Doc", start: int, end: int, sent: "Span") -> Role | None:
    """``The Vice Speaker of the Georgian Parliament, X,``; ``The mayor of Delmar, Democrat X,`` (a word
    of a party or people before the name says no more than its holder's side)."""
    if start - 3 >= sent.start and doc[start - 1].ent_type_ == "NORP" and doc[start - 1].text[:1].isupper() \
            and doc[start - 2].text == ",":
        start -= 1
    if start - 2 >= sent.start and doc[start - 1].text == ",":
        k = start - 2
        words = []
        while k >= sent.start and doc[k].text not in (",", ";", "\"", "\u201c", "\u201d", ":") \
                and doc[k].pos_ not in ("VERB", "AUX") and not spaced_dash(doc[k]):
            words.insert(0, doc[k].text)
            if doc[k].tag_ == "PRP$":
                k -= 1
                break  # "his secretary": nothing before the pronoun is part of the phrase
            if doc[k].lower_ in _ARTICLES and not (k - 1 >= sent.start and (
                    doc[k - 1].lower_ in _OF_WORDS
                    or doc[k - 1].lower_ == "to" and k - 2 >= sent.start and is_role_word(doc[k - 2].text))):
                break
            k -= 1
        after = doc[end] if end < sent.end else None
        while after is not None and after.i + 1 < sent.end and after.i - end < 2 \
                and (after.pos_ == "ADV" or after.ent_type_ in ("DATE", "TIME") and after.pos_ == "NOUN"):
            after = doc[after.i + 1]  # "The mayor of Delmar, Ana Lind, today said", "..., Ana Lind, also said"
        closes = after is None or after.text in (",", ".", ";") or after.pos_ in ("VERB", "AUX")
        o = k - 1 if words and k >= sent.start and doc[k].lower_ in _ARTICLES else k  # the word before the phrase
        if o >= sent.start and after is not None and after.pos_ in ("VERB", "AUX") and (
                doc[o].pos_ == "VERB" or doc[o].pos_ == "ADP" and doc[o].head.dep_ == "advcl"
                and doc[o].head.head.i == after.i):
            closes = False  # "Delmar elects new mayor, Lind said to be pleased", "After he met with the mayor, Lind
            # said ...": a verb's object, or a preposition's in a clause that leads to the next one, then that clause
        boundary = k < sent.start or doc[k].text in (",", ";", ":") or doc[k].text in QUOTE_MARKS \
            or doc[k].pos_ in ("VERB", "AUX") or spaced_dash(doc[k]) \
            or doc[k].pos_ in ("ADP", "CCONJ") and doc[k + 1].tag_ == "PRP$"  # "said Globex's chief executive, X,", "with his aide, X,"
        while len(words) > 1 and (doc[k + 1].pos_ in ("SCONJ", "CCONJ", "ADV")
                                  or doc[k + 1].pos_ == "ADP" and (doc[k + 2].tag_ == "PRP$" or owner_at(doc, k + 2, end)
                                                                   or doc[k + 2].pos_ == "ADP" and owner_at(doc, k + 3, end))) \
                or len(words) > 1 \
                and doc[k + 1].pos_ in ("DET", "PRON") and doc[k + 1].lower_ not in _ARTICLES and doc[k + 1].tag_ != "PRP$":
            words = words[1:]  # "that Globex's manager, X, ..."
            k += 1
            boundary = True
        if boundary and len(words) > 1 and words[0].lower() in _OPENERS and words[0].lower() not in _ARTICLES \
                and singular_role(words[-1]):
            words = words[1:]  # "One witness, X,", "Another adviser, X,": the role is the noun's
            k += 1
        opens = words and (words[0].lower() in _ARTICLES or boundary and plain_after_pronoun(doc, k + 1, words)
                           or boundary and (any(w in ("'s", "\u2019s") for w in words)
                                            or is_role_word(after_tenure(rejoin(words)))  # "Co-founder of X, Y"
                                            or doc[k + 1].ent_type_ in ("NORP", "GPE") and doc[k + 1].text[:1].isupper()
                                            and headed_by_role(words)  # "Chilean minister of mines, X"
                                            or compound_title(doc, k + 1, words)))  # "Halvard spokesperson, X"
        if not opens:
            # "in the words of the chief inspector, X": the phrase starts at its last article
            last = max((n for n, w in enumerate(words) if w.lower() in _ARTICLES), default=0)
            if last and any(is_role_word(w) for w in rejoin(words[last:])):
                words, opens = words[last:], True
        if opens and not (words[0].lower() in _ARTICLES or headed_by_role(words) or _kin(words)):
            opens = False  # "By Globex's PAC, X", "supporters on Monday, X"
        if opens and words[0].lower() in _ARTICLES and any(w.lower() in _OF_WORDS for w in words) \
                and not (headed_by_role(words) or headed_by_role(words, names=True) or _kin(words)):
            opens = False  # "the fitness of the party's nominee, X": the role noun is not the phrase's head
        if opens and closes and any(singular_role(w) or words[0].lower() == "one" and is_role_word(w)
                                    for w in rejoin(words)) and len(words) <= 14:
            # a plural role noun names others than the one person after it: not "a task force of agents
            # from Globex, X Y": the name is the next of a list
            if plain_after_pronoun(doc, k + 1, words):
                words = words[1:]  # "her chief aide": whose is told by the sentence, not the role
            return rule("role.appositive-before"), words
        if opens and closes and _kin(words):
            return rule("role.kin-appositive"), words
    return None
