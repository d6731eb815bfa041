"""What an agreement says: its obligations, conditions, and what it covers and leaves out.

Each is a passage of the article (a sentence or a clause of one) that names its rule
(:mod:`generator.extract.provenance`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.agreement_mentions import Mention, head_word
from generator.extract.agreement_reading import Draft
from generator.extract.provenance import rule
from generator.extract.register import Register
from generator.model import Agreement, BackgroundItem
from generator.nlp import ParsedArticle, ParsedParagraph

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

_OBLIGATION = re.compile(r"\b(" + "|".join(map(re.escape, lexicon.table("obligation_phrases"))) + r")\b", re.I)
_STRONG_OBLIGATION = re.compile(r"\b(" + "|".join(map(re.escape, sorted(lexicon.having("obligation_phrases", "strong"))))
                                + r")\b", re.I)
_CONDITION = re.compile(r"\b(take|takes|took) effect\b|\b(enter|enters|entered|come|comes|came) into force\b|"
                        r"\bsubject to (ratification|approval)\b|\b(once|until|unless|after|when|if)\b[^.;]*\bratif(y|ies|ied)\b|"
                        r"\b(must|needs? to|has to|have to) be (ratified|approved)\b|\brequires? (ratification|approval)\b", re.I)
_COVER_VERBS = lexicon.words("agreement_cover_verbs")
_EXCLUDE_VERBS = lexicon.words("agreement_exclude_verbs")


def read_terms(agreement: Agreement, draft: Draft, parsed: ParsedArticle, index: Register) -> None:
    """Obligations, conditions, what it covers and what it leaves out."""
    seen: set[str] = set()
    mention_sents = {(m.para.index, m.sent.start_char) for m in draft.mentions}
    for m in draft.mentions:
        key = (m.para.index, m.sent.start_char)
        if key in seen:
            continue
        seen.add(key)
        _covers(agreement, m)
        if _CONDITION.search(m.sentence):
            _add(agreement.conditions, BackgroundItem(m.sentence, m.para.index, "context",
                                                      rules=[rule("agreement.obligation-clause")]))
        if _OBLIGATION.search(m.sentence) and not m.verb_based and not _CONDITION.search(m.sentence):
            text = _obligation_clause(m.para, m.sent, m.head)
            if text:
                _add(agreement.obligations, BackgroundItem(text, m.para.index, "context",
                                                           rules=[rule("agreement.obligation-clause")]))
    # the sentences right after the agreement is first described often spell out its terms
    first = next((m for m in draft.mentions if not m.bare), draft.first)
    paras = {p.index: p for p in parsed.paragraphs}
    start = first.para.index
    parties = set(draft.parties)
    for offset in range(0, 3):
        para = paras.get(start + offset)
        if para is None:
            break
        found = False
        for sent in para.sents:
            if offset == 0 and sent.start_char <= first.sent.start_char:
                continue
            if (para.index, sent.start_char) in mention_sents:
                found = True
                continue
            text = para.text[sent.start_char:sent.end_char].strip()
            if _quoted_words(sent.text) >= 6 or not _STRONG_OBLIGATION.search(text):
                continue
            subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
            if subj is None:
                continue
            subject = para.text[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge)]
            bare_subject = re.sub(r"^(the|its|their)\s+", "", subject, flags=re.I)
            if _mentions_family(sent):
                continue  # another agreement's sentence
            if subj.pos_ != "PRON" and not (set(index.names(subject)) & parties) and bare_subject not in first.sentence:
                continue
            _add(agreement.obligations, BackgroundItem(text, para.index, "context",
                                                   rules=[rule("agreement.obligation-following")]))
            found = True
        if offset > 0 and not found:
            break


def _quoted_words(text: str) -> int:
    """How many words of a sentence stand inside quotation marks (of the normalised text)."""
    return sum(len(q.split()) for q in re.findall(r'"([^"]*)"', text + ('"' if text.count('"') % 2 else "")))


def _mentions_family(sent: "Span") -> bool:
    return any(head_word(t) for t in sent)


def _covers(agreement: Agreement, m: Mention) -> None:
    if m.head.dep_ not in ("nsubj", "nsubjpass"):
        return
    verb = m.head.head
    # ``the accord covers ...``, ``... and excludes ...``, ``four accords were signed covering ...``
    for v in [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                       or c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG"]:
        lemma = v.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in v.children)
        if lemma in _COVER_VERBS or lemma in _EXCLUDE_VERBS:
            text = _verb_phrase(m.para, v)
            if lemma in _EXCLUDE_VERBS or negated:
                _add(agreement.excludes, BackgroundItem(text, m.para.index, "context", rules=[rule("agreement.covers-verb")]))
            else:
                _add(agreement.covers, BackgroundItem(text, m.para.index, "context", rules=[rule("agreement.covers-verb")]))


def _verb_phrase(para: ParsedParagraph, verb: "Token") -> str:
    """The verb with its auxiliaries and objects, without the clauses joined to it."""
    doc = verb.doc
    lo = min([verb.i] + [c.i for c in verb.lefts if c.dep_ in ("aux", "neg", "auxpass", "advmod")])
    hi = verb.i
    for c in verb.rights:
        if c.dep_ in ("conj", "cc") or c.is_punct:
            break
        hi = max(hi, c.right_edge.i)
    return para.text[doc[lo].idx:doc[hi].idx + len(doc[hi])]


def _obligation_clause(para: ParsedParagraph, sent: "Span", head: "Token") -> str | None:
    """The clause that holds a promise made under the agreement (``In accordance with the
    treaty, Russia will provide ... if ...``), trimmed from its sentence."""
    doc = sent.doc
    for verb in head.ancestors:
        if verb.dep_ in ("relcl", "acl"):
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "must") for c in verb.children)
        if verb.lemma_ == "be" or not (modal or verb.lower_ in ("agreed", "undertook")):
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i == head.i or subject in head.ancestors:
            return None  # ``the treaty would expire``: said of the agreement, not promised under it
        link = head if head.head.i == verb.i else next(a for a in head.ancestors if a.head.i == verb.i)
        if link.dep_ != "prep" or link.lower_ == "to":
            return None  # ``agreed to a ceasefire``, ``will sign the treaty``: the agreement itself
        lo, hi = verb.left_edge.i, verb.right_edge.i
        while lo < hi and (doc[lo].is_punct or doc[lo].is_quote):
            lo += 1
        while hi > lo and (doc[hi].is_punct or doc[hi].is_quote):
            hi -= 1
        return para.text[doc[lo].idx:doc[hi].idx + len(doc[hi])] if hi - lo >= 4 else None
    return None


def _add(items: list[BackgroundItem], item: BackgroundItem) -> None:
    if all(item.text != other.text for other in items):
        items.append(item)

