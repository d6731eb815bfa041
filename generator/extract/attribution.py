"""Who spoke a quotation: its speech cue and speaker, found through the parse.

The speech verb the quoted words depend on, or that depends on them (``"...," he said``);
``according to X``; ``in the words of X``; a byline (``"..." -X``, ``From X: "..."``); the
clause before a colon (``X welcomed the deal: "..."``); a speech verb just after the quotation
or the main one before it. A quotation with no cue of its own takes its speaker from the
quotation or sentence before it (:mod:`generator.extract.continuation`). Every
:class:`Attribution` names the ``speaker.*`` rules that decided it (or declined to decide).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.provenance import rule
from generator.extract.clause_subjects import clause_before_participle, thing_noun
from generator.extract.quotefinding import MENTIONED, Found, quoted_tokens, sentence_bounds, tokens_between
from generator.extract.speaker_context import PRONOUN_GENDER
from generator.extract.speakers import Resolver, names_thing
from generator.extract.speaker_phrases import after_according_to, apposed_name, past_split_prefix
from generator.extract.speech import (NAMING_VERBS, SLOGAN_NOUNS, Who, described, in_any, is_cue,
                                      cue_phrases, named_of_two, source_aside, subject_and_rule, subject_of,
                                      unknown)
from generator.nlp import ParsedParagraph

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


@dataclass
class Attribution:
    who: Who | None
    cue: str | None
    found_cue: bool
    rules: list[str] = field(default_factory=list)
    """The ``speaker.*`` rules that found the cue and speaker, then those that resolved it."""


# -- attribution -----------------------------------------------------------------------------

_DATELINE = re.compile(r"\s*[A-Z][A-Z.'\- ]*[A-Z.](?:,(?: [A-Z][A-Za-z.]*)+)*\s*(?:\([^()]{1,40}\))?\s*(?:—|–|--?)\s")


def dateline(subj: "Token") -> bool:
    """``LONDON (Agency) - Name said``, ``RIVERTON, Freedonia - Mayor Name on Friday said``: a
    place in capitals that opens a paragraph before a dash is where the report was filed, not
    who spoke, though the parse may make it the subject."""
    if not subj.text.isupper():
        return False  # before reading the whole paragraph's text
    m = _DATELINE.match(subj.doc.text)
    return m is not None and subj.idx < m.end()


def attribute(f: Found, quotes: list[tuple[int, int]], resolver: Resolver) -> Attribution | None:
    """The speech cue of a quotation and its speaker; ``None`` for titles and slogans."""
    para = f.para
    inside = quoted_tokens(f)
    if not inside:
        return Attribution(None, None, False)
    own = (f.span.start, f.span.end)
    heads = [t for t in inside if not (f.start <= t.head.idx < f.end) or t.head == t]
    cue, how = None, None
    # the verb the quotation depends on
    for h in heads:
        x = h.head if h.head != h else None
        steps = 0
        while x is not None and steps < 8:
            steps += 1
            lemma = x.lemma_.lower()
            if not in_any(x, quotes):
                if lemma in NAMING_VERBS or (lemma == "know" and any(c.lower_ == "as" for c in x.children)):
                    return None
                if x.pos_ == "NOUN" and _slogan(x):
                    return None
                if any(c.dep_ in ("nsubj", "nsubjpass") and _slogan(c) for c in x.children):
                    return None  # "banners reading ..."
                if is_cue(x):
                    cue, how = x, "speaker.cue-governs-quote"
                    break
            x = x.head if x.head != x else None
        if cue is not None:
            break
    # a speech verb that depends on the quotation: '"...," he said' parsed the other way round
    if cue is None:
        for t in inside:
            for c in t.children:
                if not in_any(c, quotes) and c.dep_ in _HANGING and is_cue(c):
                    cue, how = c, "speaker.cue-hangs-on-quote"
                    break
            if cue is not None:
                break
    bounds = next(((a, b) for a, b in sentence_bounds(para) if a <= f.start < b), (0, len(para.text)))
    sent = list(tokens_between(para.doc, bounds[0], bounds[1]))
    phrases = [(r, c, o) for r, c, o in cue_phrases(para.doc) if sent and sent[0].i <= c.i <= sent[-1].i
               and not in_any(c, quotes)]
    if cue is None:
        # a phrase that names the source: "according to X", "in the words of X"
        for rule_id, at, obj in phrases:
            cue_text = " ".join(t.lower_ for t in para.doc[at.i:obj.left_edge.i] if not t.is_punct)
            return said(resolver.resolve(para.text, obj, quotes, para_index=para.index), cue_text, rule_id)
    if MENTIONED.search(para.text[:f.span.start]):
        return None  # 'adding the words "and Islands"': words mentioned, not said
    lead_in = [t for t in tokens_between(para.doc, f.span.start - 30, f.span.start) if not in_any(t, quotes)][-3:]
    if any(_slogan(t) for t in lead_in):
        return None  # "signs reading: ...", "with banners: ..."
    if cue is None:
        byline = _byline(f, bounds, quotes)
        if byline is not None:
            return said(resolver.resolve(para.text, byline[1], quotes, para_index=para.index), byline[0],
                         "speaker.byline")
        label = _name_label(f, bounds, quotes)
        if label is not None:
            return said(resolver.resolve(para.text, label, quotes, para_index=para.index), ":", "speaker.name-label")
    if cue is None:
        cue, how = _colon_clause(f, quotes)
    if cue is None:
        # a speech verb right after the quotation, or the main one before it, in the same sentence
        nxt_quote = min([a for a, _ in quotes if a >= f.span.end] or [10 ** 9])
        after = [t for t in sent if f.end <= t.idx < nxt_quote and not in_any(t, quotes)][:6]
        cue, how = next((t for t in after if is_cue(t)), None), "speaker.cue-after-quote"
        if cue is None:
            prev_quote = max([b for _, b in quotes if b <= f.span.start] or [-1])
            before = [t for t in sent if prev_quote <= t.idx < f.span.start and not in_any(t, quotes)]
            cue = next((t for t in reversed(before) if is_cue(t) and t.dep_ in ("ROOT", "conj", "advcl", "parataxis")
                        and not _time_clause(t, f.span.start)), None)
            how = "speaker.cue-before-quote"
    if cue is None and f.text.rstrip()[-1:] in ("?", "!"):
        cue, how = _cue_after_question(f), "speaker.cue-after-question"
    if cue is None and f.text.rstrip()[-1:] == "." and f.span.closed and not f.para.text[bounds[0]:f.span.start].strip():
        cue, how = _cue_sentence_after(f), "speaker.cue-sentence-after"
    if cue is None:
        return Attribution(None, None, False)
    near = _nearest_cue(cue, f, sent, quotes)
    if near is None:
        return said(unknown("two speech verbs with different speakers could report these words",
                             "speaker.none-two-cues"), cue.text, how)
    hows = [how] if near is cue else [how, "speaker.nearer-cue"]
    cue = near
    subj, found_by = subject_and_rule(cue, quotes)
    if cue.tag_ == "VBG" and _participle_unplaced(cue, subj, found_by):
        trailing = clause_before_participle(cue, quotes)
        if trailing:
            subj, found_by = named_of_two(trailing), "speaker.participle-after-clause"
    if subj is None:
        according = next((o for r, _, o in phrases if r == "speaker.according-to"), None)
        if according is not None:
            return said(resolver.resolve(para.text, according, quotes, para_index=para.index),
                         "according to", "speaker.according-to")
    if subj is None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        subj, found_by = _previous_subject(para, cue, quotes), "speaker.previous-sentence-subject"
    if subj is None or in_any(subj, [own]):
        return said(unknown(f"“{cue.text}” has no subject that names a speaker", "speaker.none-no-subject"),
                     cue.text, *hows)
    if dateline(subj) and _place_or_nothing(resolver.name_phrase(para.text, subj)):
        # the parse that took the dateline for the subject has lost the sentence's own
        return said(unknown("the words taken for the speaker are the dateline", "speaker.none-dateline"),
                     cue.text, *hows)
    cited = after_according_to(subj, quotes)
    if cited is not None:
        subj, found_by = cited, "speaker.name-in-apposition"  # "according to Z, the prosecutor, Name, said"
    named = apposed_name(subj, quotes)
    if named is not None:
        subj, found_by = named, "speaker.name-in-apposition"
    whole = past_split_prefix(subj, quotes)
    if whole is not None:  # "co-host Name said", cut at the hyphen: the name, not "co"
        subj = whole
        hows.append("speaker.split-prefix")
    who = resolver.resolve(para.text, subj, quotes, para_index=para.index)
    if subj.pos_ == "PRON" and who is not None and who.actor is not None and resolver.named_in(para.text, inside, who.actor):
        who = resolver.resolve_other(para.text, subj, quotes, para.index, who)  # '"... Lind's lies," he said': not Lind
    if found_by == "speaker.subject-of-governing-verb" and names_thing(subj) and who is not None and who.actor is None:
        # "he expected a vaccine to start trials, stating ...": the verb the participle hangs on is not its own
        who = unknown(f"“{who.name}” names a thing, not a speaker", "speaker.none-unresolved")
    if found_by == "speaker.noun-with-participle" and described(who):
        who = unknown("the words are given to a thing or a person described, not to a speaker the article names",
                      "speaker.none-described")  # "a message stating", "a formula called"
    return said(who, cue.text, *hows, found_by)


def _participle_unplaced(cue, subj, found_by: str | None) -> bool:
    """Whether the parse gave a speech participle no one who could speak: no subject, a thing
    it took the participle to modify or for the subject of the verb it hangs on (``the
    actions``, ``a possible vaccine``), or the object of a preposition taken for its subject (``tribute to
    her saying``)."""
    if subj is None or found_by == "speaker.noun-with-participle":
        return True
    if found_by == "speaker.subject-of-governing-verb":
        return thing_noun(subj)
    return found_by == "speaker.subject-of-cue" and subj.i < cue.i and cue.dep_ == "pobj" and subj.pos_ == "PRON"


def _place_or_nothing(who: Who | None) -> bool:
    """Words the article's actors know as no body that speaks: a place, a country, nothing."""
    return who is None or who.actor is None or who.actor.type in ("place", "country")


_HANGING = ("parataxis", "ccomp", "advcl", "conj", "dep", "appos")
"""How the parse hangs a speech verb on the quoted words ('"...," X barked' as an apposition)."""
_NAME_LINKS = frozenset(("of", "the", "for", "and", "de", "van", "von", "al"))


_QUOTE_MARKS = set("\"“”«»")
_TITLE_WORDS = lexicon.words("title_abbreviations")
"""Double quotation marks only: an apostrophe (O'Neill, O’Brien) belongs in names."""


def said(who: Who | None, cue: str | None, *rule_ids: str) -> Attribution:
    """A quotation with a cue: its speaker (or none, with the reason) and the rules that found it.

    Words taken for a speaker that hold quotation marks, or open with a speech verb, are a
    misreading of the sentence (a quoted phrase, "tweeted X"), not a name: no one is named."""
    return Attribution(named_or_none(who), cue, True, [rule(r) for r in rule_ids])


def named_or_none(who: Who | None) -> Who | None:
    """``who``, unless the words taken for its name are no name: then no one, with the reason."""
    if who is not None and who.name and (_QUOTE_MARKS & set(who.name) or is_cue_word(who.name.split()[0])
                                         or who.name.split()[-1].lower().rstrip(".") in _TITLE_WORDS):
        # a sentence cut after "Capt." took the name away: a title is left, not a name
        return unknown("the words that would name the speaker are not a name", "speaker.none-unresolved")
    return who


def is_cue_word(word: str) -> bool:
    """A speech verb as written, in lower case (``tweeted``, ``said``): no name opens with one."""
    return word.islower() and word.rstrip(",:") in _CUE_FORMS


_CUE_FORMS = {form for lemma in lexicon.having("speech_verbs", "cue")
              for form in (lemma, lemma + "s", lemma + "ed", lemma + "d", lemma + "ing")} | lexicon.words("speech_verb_irregular_forms")

# What people do and signs do not: a "poster" who writes or admits is someone posting online.
_WRITER_VERBS = lexicon.having("speech_verbs", "writer")


def _slogan(tok) -> bool:
    """A noun for a sign or a title (``banners``, ``a poster``), unless it is the subject of
    a verb only a person performs (``one poster wrote``, ``a poster admitted ..., writing``)."""
    if tok.lemma_.lower() not in SLOGAN_NOUNS:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head
        if verb.lemma_.lower() in _WRITER_VERBS or any(c.dep_ == "advcl" and c.lemma_.lower() in _WRITER_VERBS
                                                      for c in verb.children):
            return False
    return True


def _time_clause(verb, quote_start: int) -> bool:
    """A speech verb in a clause that sets the time or reason of another (``before X announced
    it, Z had a message``, ``after X said``): it reports what that clause tells, not the words after it.
    ``As X said`` and ``as if to say`` do report them, and so does one that holds the quoted
    words itself (``after X answered by saying "...", Y left``)."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if verb.dep_ != "advcl" or not marks or "as" in marks:
        return False
    clause = list(verb.subtree)
    inside = clause[0].idx <= quote_start and (quote_start <= clause[-1].idx or verb.head.idx > quote_start)
    return not inside  # a clause put first runs on to the main verb after it


def _nearest_cue(cue, f: Found, sent, quotes):
    """Of two speech verbs before a quotation, the one nearer to it when it has a speaker of
    its own and nothing but a few words stand between it and the quotation: in ``X reported
    that all they saw was a notice stating, "..."`` the notice, not X. A relative clause
    (``X said the plan, which Y described as late, was "..."``) does not report the words.
    ``None`` when another verb stands between the nearer one and the quotation (``X said, with
    Y reporting no one will be "..."``): either could report them."""
    if cue.idx >= f.span.start:
        return cue
    between = [t for t in sent if cue.i < t.i and t.idx < f.span.start and is_cue(t) and not in_any(t, quotes)
               and t.dep_ not in ("amod", "compound", "relcl") and not source_aside(t)]
    if not between:
        return cue
    near = between[-1]
    subj, first = subject_of(near, quotes), subject_of(cue, quotes)
    if subj is None or subj == first:
        return cue
    if first is not None and subj.lower_ == first.lower_ and subj.lower_ in PRONOUN_GENDER:
        return near  # "she said the fund ..., and the rest, she says, is "...": one person, twice
    if any(t.pos_ in ("VERB", "AUX") for t in sent if near.i < t.i and t.idx < f.span.start and not in_any(t, quotes)):
        return None
    return near


def _sentence_after(f: Found) -> tuple[list, str]:
    """The words of the sentence that starts right after the quotation (none when other words
    follow it in its own sentence), and that sentence's text."""
    tail = next(((a, b) for a, b in sentence_bounds(f.para) if a >= f.span.end
                 and not f.para.text[f.span.end:a].strip()), None)
    if tail is None:
        return [], ""
    return [t for t in tokens_between(f.para.doc, tail[0], tail[1]) if not t.is_punct], f.para.text[tail[0]:tail[1]]


def _cue_after_question(f: Found):
    """``"Why now?" Khan asked.``: a question or exclamation ends its sentence at the mark, and
    the sentence right after it opens with the speech verb and its speaker (``Khan asked of the
    plan, as the vote ...``), a verb that reports no words of its own (not ``Khan said the plan
    was late``); past eight words, a speaker named, not a pronoun."""
    words, _ = _sentence_after(f)
    cue = next((t for t in words[:4] if is_cue(t) and t.dep_ == "ROOT"
                and not any(c.dep_ == "ccomp" for c in t.children)), None)
    if cue is not None and len(words) > 8 and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in cue.children):
        return None  # a pronoun in a long sentence may already belong to what that sentence goes on about
    return cue


_OBJECT_ONLY = ("nsubj", "dobj", "dative", "prep", "advmod", "npadvmod", "punct", "aux", "neg")
"""What a sentence that is nothing but a speech verb may hold beside it: its speaker, the one
spoken to, a phrase of where, when or how (``Name told bankers at a lunch on Friday.``)."""


def _cue_sentence_after(f: Found):
    """``"The ferry will run." Okafor said.``: a quotation that stands as a sentence and ends with
    a full stop, then a short sentence that is nothing but a speech verb, its speaker and a phrase of
    where or to whom. A verb with words of its own (``Okafor said the plan was late``), with a
    thing said (``Okafor said nothing``), or a longer sentence reports something else."""
    words, text = _sentence_after(f)
    if not words or len(words) > 8 or text.rstrip()[-1:] != ".":
        return None
    cue = next((t for t in words[:4] if is_cue(t) and t.dep_ == "ROOT"), None)
    if cue is None or any(c.dep_ not in _OBJECT_ONLY or (c.dep_ == "dobj" and c.pos_ not in ("NOUN", "PROPN"))
                          for c in cue.children):
        return None
    return cue


def _previous_subject(para: ParsedParagraph, cue, quotes):
    """``... in a statement. and said that ...``: a clause the parser cut off from its
    subject takes the subject of the sentence before."""
    sent = cue.sent
    if cue.i - sent.start > 2 or sent.start == 0:
        return None
    prev = para.doc[sent.start - 1].sent
    root = prev.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    return subject_of(root, quotes)


def _byline(f: Found, bounds: tuple[int, int], quotes):
    """``"..." -Commissioner X`` (a dash after a quotation that ends a sentence, then nothing but
    a name and its titles) and ``From X: "..."``: the cue and the head of the name. A dash after
    quoted words that goes on in lower case (``"..." - a tax on ...``) is the article's aside."""
    text = f.para.text
    tail = text[f.span.end:]
    stripped = tail.lstrip()
    if stripped[:1] in ("-", "\u2013", "\u2014") and f.span.closed and f.text.rstrip()[-1:] in ".!?":
        start = f.span.end + len(tail) - len(stripped) + 1
        end = next((start + k for k, c in enumerate(text[start:]) if c in ",.;(\n"), len(text))
        words = [t for t in tokens_between(f.para.doc, start, end) if not t.is_punct]
        names = [t for t in words if t.pos_ == "PROPN"]
        if names and all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS for t in words):
            return stripped[0], names[-1]
    before = text[bounds[0]:f.span.start].rstrip()
    if before.endswith(":") and before.lower().startswith("from "):
        start = next((t for t in f.para.doc if t.idx == bounds[0]), None)
        name = next((c for c in start.children if c.dep_ == "pobj"), None) if start is not None else None
        if name is None:
            heads = [t for t in f.para.doc if bounds[0] + 5 <= t.idx < bounds[0] + len(before) - 1
                     and t.pos_ in ("PROPN", "NOUN") and not in_any(t, quotes)]
            name = heads[-1] if heads else None
        if name is not None:
            return "from", name
    return None


_LABEL_LINKS = _NAME_LINKS | {"to"}


def _name_label(f: Found, bounds: tuple[int, int], quotes):
    """``Deputy Secretary to the Board Name Surname: "..."``: nothing but a name and its titles
    between the end of the sentence (or quotation) before and a colon, as an exchange of letters or
    a transcript sets out who wrote or said what; the head of the name. Words with a verb among
    them (``Asked Name: "..."``) or that are no name (``Update:``, a place) label nothing."""
    text = f.para.text
    start = max([bounds[0], *(b for _, b in quotes if b <= f.span.start)])
    if not text[start:f.span.start].strip():
        earlier = [a for a, b in sentence_bounds(f.para) if b <= f.span.start and a >= start]
        start = earlier[-1] if earlier else start  # the parse gave the name a sentence of its own
    before = text[start:f.span.start].rstrip()
    if not before.endswith(":"):
        return None
    words = [t for t in tokens_between(f.para.doc, start, start + len(before) - 1)
             if not t.is_punct and not t.is_space]
    if not words or len(words) > 16 or not words[-1].pos_ == "PROPN" or words[-1].ent_type_ in ("GPE", "LOC", "DATE"):
        return None
    if any(t.pos_ in ("VERB", "AUX") or not (t.text[:1].isupper() or t.lower_ in _LABEL_LINKS) or in_any(t, quotes)
           for t in words):
        return None
    return words[-1]


def _colon_clause(f: Found, quotes) -> tuple:
    """``X welcomed the deal: "..."``: the main verb of the clause before the colon, and the rule
    that found it; ``(None, None)`` when there is none."""
    text = f.para.text
    before = text[:f.span.start].rstrip()
    if not before.endswith(":"):
        return None, None
    colon = next((t for t in f.para.doc if t.idx == len(before) - 1), None)
    if colon is None or colon.i == 0:
        return None, None
    x = colon.doc[colon.i - 1]
    for _ in range(10):
        if x.pos_ in ("VERB", "AUX") and not in_any(x, quotes):
            reporting = _reporting_verb(x, quotes)
            return reporting, "speaker.colon-clause" if reporting is x else "speaker.colon-clause-reported"
        if x.head == x:
            return None, None
        x = x.head
    return None, None


def _reporting_verb(verb, quotes):
    """The verb of the clause before a colon, or the one that reports that clause when it is a
    complement and speaks of no words itself (``X claimed the mayor was absent: "..."``, ``X
    seemed sure the deal would hold: "..."``: X's words, not the mayor's or the deal's); a
    complement whose verb reports speech keeps its own speaker (``X said the mayor told him:
    "..."``)."""
    x = verb
    while x.dep_ == "ccomp" and not is_cue(x):
        up = x.head.head if x.head.pos_ == "ADJ" and x.head.dep_ in ("acomp", "oprd") else x.head
        if up.pos_ not in ("VERB", "AUX") or in_any(up, quotes):
            break
        x = up
    return x
