"""Treaties, pacts, ceasefires and other agreements the article mentions.

An agreement is found where the article names it (``the Treaty of Kars``), describes it
(``a 1997 mutual defence pact between the two countries``) or tells of a joint promise
(``Armenia and Azerbaijan pledged to cease shelling``). Later references (``the treaty``,
``the deal``) are folded onto the agreement they refer to. Every field of the card comes
from the article's own words: the sentence that gives a status, an obligation, what the
agreement covers, each linked to its paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from generator import lexicon
from generator.extract.dates import is_point_in_time
from generator.extract.register import Register
from generator.model import Agreement, BackgroundItem
from generator.nlp import ParsedArticle, ParsedParagraph

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

# Head noun -> the family it belongs to. A later reference merges within its family.
_HEADS = lexicon.table("agreement_heads")
# Heads that only count with a qualifying word (``joint statement``, ``arms package``).
_JOINT_ONLY = lexicon.words("agreement_joint_only")
_PACKAGE_WORDS = lexicon.words("agreement_package_words")
_POLITICAL_EVENT = lexicon.words("agreement_political_event_words")
_GENERIC_DETS = lexicon.words("agreement_generic_determiners")
_PROPOSAL_WORDS = lexicon.words("agreement_proposal_words")
_IGNORED_MODIFIERS = lexicon.words("agreement_ignored_modifiers")
_PAIR = re.compile(r"\b(the two|both) (?:\w+ )?(" + "|".join(lexicon.table("pair_nouns")) + r")\b", re.I)
_COUNTRY_PAIR = lexicon.having("pair_nouns", "country")
_BROKERED = re.compile(r"((?:[A-Z][\w.]*\s+)*[A-Z][\w.]*)\s*-\s*(?:brokered|mediated|sponsored)\b")

# Verb lemma -> the status it gives the agreement it governs.
_STATUS_VERBS = lexicon.table("agreement_status_verbs")
_WISHING = lexicon.words("agreement_wishing_verbs")
_SIGNING = lexicon.words("agreement_signing_verbs")
_STATUS_PHRASES = [
    (re.compile(r"\bunder the terms of\b|\bin accordance with\b|\bin the spirit of\b", re.I), "invoked"),
    (re.compile(r"\bin (defiance|violation|breach) of\b", re.I), "violated"),
    (re.compile(r"\bbr(oke|eaks?|oken) down\b|\bfell apart\b", re.I), "collapsed"),
    (re.compile(r"\b(scheduled|due|expected|set) to be signed\b|\bwill be signed\b", re.I), "to be signed"),
]
# The strongest status wins when several sentences give one.
_STATUS_RANK = list(lexicon.entries("agreement_status_rank"))

_OBLIGATION = re.compile(r"\b(" + "|".join(map(re.escape, lexicon.table("obligation_phrases"))) + r")\b", re.I)
_STRONG_OBLIGATION = re.compile(r"\b(" + "|".join(map(re.escape, sorted(lexicon.having("obligation_phrases", "strong"))))
                                + r")\b", re.I)
_CONDITION = re.compile(r"\b(take|takes|took) effect\b|\b(enter|enters|entered|come|comes|came) into force\b|"
                        r"\bsubject to (ratification|approval)\b|\b(once|until|unless|after|when|if)\b[^.;]*\bratif(y|ies|ied)\b|"
                        r"\b(must|needs? to|has to|have to) be (ratified|approved)\b|\brequires? (ratification|approval)\b", re.I)
_COVER_VERBS = lexicon.words("agreement_cover_verbs")
_EXCLUDE_VERBS = lexicon.words("agreement_exclude_verbs")


@dataclass
class _Mention:
    """One place where the article refers to an agreement."""

    para: ParsedParagraph
    sent: "Span"
    head: "Token"
    start: int
    """Token index where the name starts (determiner excluded)."""
    end: int
    """Token index after the name."""
    family: str
    kind: str
    definite: bool
    bare: bool
    """Only a determiner and the head noun: ``the treaty``, ``this agreement``."""
    full_end: int = 0
    """Token index after the mention with its ``between``/``with`` phrases."""
    verb_based: bool = False
    rule: str = ""
    """The rule that found the mention (:mod:`generator.extract.provenance`)."""

    @property
    def text(self) -> str:
        doc = self.head.doc
        return self.para.text[doc[self.start].idx:doc[self.end - 1].idx + len(doc[self.end - 1])]

    @property
    def sentence(self) -> str:
        return self.para.text[self.sent.start_char:self.sent.end_char].strip()


@dataclass
class _Draft:
    mentions: list[_Mention] = field(default_factory=list)
    statuses: list[tuple[str, BackgroundItem]] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    mediators: list[str] = field(default_factory=list)
    signed: str | None = None

    @property
    def first(self) -> _Mention:
        return self.mentions[0]

    @property
    def family(self) -> str:
        return self.first.family


AgreementMention = tuple[int, int, int, int, str]
"""Where the article refers to an agreement: paragraph, first and end token, the number of the
card it belongs to, and the rule that found it."""


def extract_agreements(parsed: ParsedArticle, index: Register) -> tuple[list[Agreement], list[AgreementMention]]:
    """Every agreement the article mentions, one card each, later references merged; and every
    mention with the card it belongs to. Parties and mediators are the register's actors."""
    drafts: list[_Draft] = []
    last: list[tuple[_Draft, _Mention]] = []
    for mention in _mentions(parsed):
        draft = _attach(mention, drafts, last)
        if draft is None:
            if not _specific(mention):
                continue
            draft = _Draft()
            drafts.append(draft)
        draft.mentions.append(mention)
        last.append((draft, mention))
    cards = [_card(draft, parsed, index) for draft in drafts]
    places = [(m.para.index, m.start, m.end, number, m.rule) for number, draft in enumerate(drafts) for m in draft.mentions]
    return cards, places


# -- finding mentions ---------------------------------------------------------------------


def _mentions(parsed: ParsedArticle) -> Iterator[_Mention]:
    for para in parsed.paragraphs:
        for sent in para.doc.sents:
            found = []
            for token in sent:
                mention = _noun_mention(para, sent, token)
                if mention is not None:
                    found.append(mention)
            if not found:
                found.extend(_verb_mentions(para, sent))
            yield from found


def _head_word(token: "Token") -> str | None:
    word = token.lower_
    if word == "fire" and token.i >= 2 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ == "cease":
        return "ceasefire"
    if word in ("cease-fire", "ceasefires", "cease-fires"):
        return "ceasefire"
    if word in _HEADS:
        return word
    lemma = token.lemma_.lower()
    if lemma in _HEADS and token.tag_ in ("NNS", "NNPS"):
        return lemma
    if word.endswith("s") and word[:-1] in _HEADS and token.pos_ == "PROPN":
        return word[:-1]  # ``the Geneva Conventions``
    return None


def _noun_mention(para: ParsedParagraph, sent: "Span", token: "Token") -> _Mention | None:
    word = _head_word(token)
    if word is None or token.pos_ not in ("NOUN", "PROPN"):
        return None
    if token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i:
        return None  # ``treaty obligations``: the agreement word only modifies another noun
    doc = token.doc
    start = token.i
    if word == "ceasefire" and token.lower_ == "fire":
        start -= 2
    for child in token.lefts:
        if child.dep_ in ("punct",) and child.i < start - 1:
            continue
        start = min(start, child.left_edge.i)
    det = doc[start] if start < token.i else None
    definite = False
    while start < token.i and (doc[start].dep_ in ("det", "predet") or doc[start].tag_ == "PRP$" or doc[start].is_punct):
        if doc[start].lower_ in ("the", "this", "that", "these", "those") or doc[start].tag_ == "PRP$":
            definite = True
        start += 1
    determiners = {t.lower_ for t in token.lefts if t.dep_ in ("det", "predet")}
    modifiers = [t for t in doc[start:token.i] if not t.is_punct]
    family = _HEADS.get(word, "formal")
    compounds = {t.lower_ for t in modifiers}
    if compounds & {"ceasefire", "truce", "armistice", "cease"} or word == "ceasefire":
        family, kind = "ceasefire", "ceasefire"
    else:
        kind = "treaty" if word in ("treaty", "treaties") else word.rstrip("s") if word.endswith("s") and word != "ceasefire" else word
    if word in _JOINT_ONLY:
        kind = "joint " + word
    end = token.i + 1
    full_end = end
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "over", "on", "for", "to", "against", "in"):
            if child.lower_ == "in" and not any(t.ent_type_ in ("GPE", "DATE") for t in child.subtree):
                continue
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "acl" and any(t.dep_ == "aux" and t.lower_ == "to" for t in child.lefts):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "prep" and child.lower_ in ("between", "with", "among"):
            full_end = max(full_end, child.right_edge.i + 1)
        elif child.dep_ in ("nummod", "appos", "npadvmod") and child.i == token.i + 1 and child.like_num:
            end = max(end, child.i + 1)  # ``Resolution 2254``
    if end - token.i > 14:
        end = token.i + 1
    while end > token.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc",)):
        end -= 1
    full_end = max(full_end, end)
    bare = not modifiers and end == token.i + 1
    mention = _Mention(para, sent, token, start, end, family, kind, definite, bare, full_end)
    if not _plausible(mention, word, determiners, modifiers, det):
        return None
    if token.tag_ in ("NNS", "NNPS") and end == token.i + 1 and full_end > end \
            and not any(t.like_num or t.pos_ == "NUM" or t.pos_ == "PROPN" for t in modifiers):
        mention.end = full_end  # plain "deals" is named by whom they are with: "deals with Norway and Chile"
    return mention


def _plausible(m: _Mention, word: str, determiners: set[str], modifiers: list["Token"], det: "Token | None") -> bool:
    """Rule out the uses of agreement words that are not agreements."""
    token = m.head
    lower_mods = {t.lower_ for t in modifiers}
    text = m.text.lower()
    if determiners & _GENERIC_DETS:
        return False
    if word == "accord" and ("own" in lower_mods or token.head.lower_ in ("in", "of") and not determiners):
        return False
    if word == "deal" and lower_mods & {"great", "good", "big", "whole"}:
        return False
    doc = token.doc
    if word == "deal" and not determiners and not any(t.dep_ == "poss" for t in token.lefts) \
            and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "with":
        return False  # the verb mistaken for the noun: "documents that don`t deal with it"
    if not determiners and not modifiers and token.tag_ == "NN" and token.pos_ != "PROPN" and m.end == token.i + 1 \
            and not any(t.dep_ == "poss" for t in token.lefts):
        return False  # mass use: ``reached agreement``, ``in agreement``
    if not determiners and token.tag_ == "NN" and modifiers and all(t.pos_ in ("ADJ", "ADV") for t in modifiers) \
            and not any(t.dep_ == "poss" for t in token.lefts):
        return False  # ``there is broad agreement``
    proper = token.pos_ == "PROPN" or token.text[:1].isupper() or any(t.pos_ == "PROPN" for t in modifiers)
    if word in _JOINT_ONLY:
        return "joint" in lower_mods or (proper and token.text[:1].isupper())
    if word == "package":
        return bool(lower_mods & _PACKAGE_WORDS) or m.bare and m.definite
    if word in lexicon.words("agreement_named_heads"):
        if lower_mods & _POLITICAL_EVENT or any(t.ent_type_ == "NORP" for t in modifiers):
            return False
        return proper or "of understanding" in text or " on " in f" {text} " or m.bare and m.definite
    if word in ("resolution", "resolutions"):
        ents = {t.ent_type_ for t in m.sent.doc[m.start:m.full_end]}
        return "ORG" in ents or any(t.like_num for t in m.sent.doc[token.i:m.end]) or m.bare and m.definite
    if token.tag_ in ("NNS", "NNPS"):
        # plurals are generic (``peace agreements``) unless counted, named, or made with named parties
        # (``our deals with Norway and Chile``)
        parties = any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in doc[m.end:m.full_end])
        return any(t.like_num or t.pos_ == "NUM" for t in modifiers) or proper or parties
    return True


def _verb_mentions(para: ParsedParagraph, sent: "Span") -> Iterator[_Mention]:
    """Joint promises told with a verb: ``X and Y pledged to ...``."""
    for token in sent:
        if token.lemma_.lower() not in lexicon.words("agreement_promise_verbs") or token.pos_ != "VERB":
            continue
        comp = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if comp is None and token.lemma_.lower() == "commit":
            comp = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        subj = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if comp is None:
            continue
        if subj is None:
            # the parser lost the subject: ``On Friday X and Y pledged ...``
            before = para.text[sent.start_char:token.idx]
            joint = re.search(r"\b[A-Z][\w-]+(?: [A-Z][\w-]+)* and [A-Z]", before) or _PAIR.search(before)
        else:
            subject = para.text[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge)]
            joint = any(c.dep_ == "conj" for c in subj.children) or _PAIR.search(subject) or \
                subj.lower_ in ("both", "sides", "parties")
        if not joint:
            continue
        end = comp.i + 1
        for t in comp.subtree:
            if t.dep_ in ("acl", "relcl", "advcl") and t.i > comp.i:
                break
            end = max(end, t.i + 1)
        while end > comp.i + 1 and sent.doc[end - 1].is_punct:
            end -= 1
        yield _Mention(para, sent, token, token.i, end, "pledge", "pledge", False, False,
                       full_end=end, verb_based=True)


# -- merging ------------------------------------------------------------------------------


def _content(mention: _Mention) -> set[str]:
    doc = mention.head.doc
    return {t.lower_ for t in doc[mention.start:mention.end]
            if t.i != mention.head.i and not t.is_punct and not t.is_stop and t.lower_ not in _IGNORED_MODIFIERS}


def _numbers(mention: _Mention) -> set[str]:
    doc = mention.head.doc
    return {t.text for t in doc[mention.start:mention.end] if t.text.isdigit()}


def _attach(mention: _Mention, drafts: list[_Draft], last: list[tuple[_Draft, _Mention]]) -> _Draft | None:
    """The agreement an earlier mention already stands for, or None for a new one."""
    if not drafts or mention.verb_based:
        return None
    if mention.bare:
        if not mention.definite and mention.head.tag_ not in ("NNP",):
            return None
        # a bare reference: the agreement named just before, or the one most talked about
        for draft, prev in reversed(last):
            same_para = prev.para.index == mention.para.index
            if same_para or prev.para.index == mention.para.index - 1 and prev.sent.end_char >= len(prev.para.text) - 1:
                generic = mention.head.lower_ in lexicon.words("agreement_generic_heads")
                if draft.family == mention.family or generic and draft.family not in ("resolution",):
                    return draft
            break
        same_family = [d for d in drafts if d.family == mention.family]
        generic = mention.head.lower_ in lexicon.words("agreement_generic_heads")
        pool = same_family or generic and [d for d in drafts if d.family not in ("resolution", "package")]
        return max(pool, key=lambda d: (len(d.mentions), -drafts.index(d))) if pool else None
    words, numbers = _content(mention), _numbers(mention)
    best, best_overlap = None, 0
    for draft in drafts:
        if draft.family != mention.family:
            continue
        their_words = set().union(*(_content(m) for m in draft.mentions))
        their_numbers = set().union(*(_numbers(m) for m in draft.mentions))
        if numbers and their_numbers and not numbers & their_numbers:
            continue
        overlap = len(words & their_words)
        if overlap > best_overlap or overlap == best_overlap and overlap and best is not None:
            best, best_overlap = draft, overlap
    return best


def _specific(mention: _Mention) -> bool:
    """Whether a first mention is a particular agreement and not a word in passing."""
    if mention.verb_based or mention.definite or mention.head.pos_ == "PROPN":
        return True
    head = mention.head
    wished = head.head if head.dep_ == "dobj" else head.head.head if head.dep_ == "pobj" and head.head.lower_ == "for" else None
    if wished is not None and wished.pos_ == "VERB" and wished.lemma_.lower() in _WISHING:
        return False  # ``called for a ceasefire``, ``hope for a peace deal``: not (yet) an agreement
    if not mention.bare:
        return True
    verb = _governing_verb(mention.head)
    return verb is not None and verb.lemma_.lower() in _STATUS_VERBS


# -- the card -----------------------------------------------------------------------------


def _card(draft: _Draft, parsed: ParsedArticle, index: Register) -> Agreement:
    first = next((m for m in draft.mentions if not m.bare), draft.first)
    name = first.text
    aliases = _unique(m.text for m in draft.mentions if not m.bare and m.text != name)
    summary: list[str] = []
    paragraphs: list[int] = []
    for m in draft.mentions:
        if m.sentence not in summary:
            summary.append(m.sentence)
        if m.para.index not in paragraphs:
            paragraphs.append(m.para.index)
    agreement = Agreement(name=name, type=first.kind, aliases=aliases, summary=summary, paragraphs=sorted(paragraphs))
    for m in draft.mentions:
        _read_mention(m, draft, index, parsed)
    agreement.parties = draft.parties
    agreement.mediators = [mediator for mediator in draft.mediators if mediator not in draft.parties]
    agreement.signed = draft.signed
    agreement.year = _year(draft)
    if draft.statuses:
        status, item = min(draft.statuses, key=lambda s: _STATUS_RANK.index(s[0]))
        agreement.status, agreement.status_text = status, item
    _clauses(agreement, draft, parsed, index)
    return agreement


def _year(draft: _Draft) -> int | None:
    for text in [m.text for m in draft.mentions] + [draft.signed or ""]:
        found = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", text)
        if found:
            return int(found.group())
    return None


def _governing_verb(token: "Token") -> "Token | None":
    node = token
    for _ in range(6):
        if node.dep_ == "ROOT" and node.pos_ not in ("VERB", "AUX"):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ == "ROOT":
            return node if node.pos_ in ("VERB", "AUX") else None
    return None


def _read_mention(m: _Mention, draft: _Draft, index: Register, parsed: ParsedArticle) -> None:
    """Status, parties, mediators and signing date that this one mention gives."""
    doc = m.head.doc
    item = BackgroundItem(m.sentence, m.para.index, "history")
    status, verb = _status(m)
    if status:
        draft.statuses.append((status, item))
    mediators = _mediators(m, index)
    draft.mediators += [x for x in mediators if x not in draft.mediators]
    # parties
    full = m.para.text[doc[m.start].idx:doc[m.full_end - 1].idx + len(doc[m.full_end - 1])]
    pair_texts = [full]
    parties: list[str] = []
    for t in doc[m.start:m.full_end]:
        if t.dep_ == "poss" and t.head.i == m.head.i:
            parties += index.names(m.para.text[t.left_edge.idx:t.idx + len(t)], {"country", "organization", "place", "group"})
    joining = ("between", "with", "among", "for") if m.family in ("package", "formal") and m.kind in ("package", "deal") \
        else ("between", "with", "among")
    for prep in (c for c in m.head.rights if c.dep_ == "prep" and c.lower_ in joining):
        parties += _listed_actors(m, prep, index)
    for acl in (c for c in m.head.rights if c.dep_ in ("acl", "relcl")):
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ in ("between", "among")):
            parties += _listed_actors(m, prep, index)
            pair_texts.append(m.para.text[prep.idx:prep.right_edge.idx + len(prep.right_edge)])
    if verb is not None and status in ("signed", "reached", "pledged", "under negotiation", "ratified") or m.verb_based:
        verb = m.head if m.verb_based else verb
        holder = verb
        while holder is not None and not any(c.dep_ in ("nsubj",) for c in holder.children) and holder.dep_ in ("xcomp", "conj"):
            holder = holder.head
        subj = next((c for c in holder.children if c.dep_ == "nsubj"), None) if holder is not None else None
        if subj is not None and subj.i < m.head.i or m.verb_based:
            lo = m.sent.start if holder is not None and holder.dep_ == "ROOT" or subj is None else subj.left_edge.i
            span_text = m.para.text[doc[lo].idx:verb.idx]
            parties += _subject_actors(span_text, index)
            pair_texts.append(span_text)
    governing = verb if verb is not None else _governing_verb(m.head)
    if governing is not None and not parties:
        # ``led the two sides to an agreement``
        for c in governing.children:
            if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i != m.head.i:
                pair_texts.append(m.para.text[c.left_edge.idx:c.right_edge.idx + len(c.right_edge)])
    for text in pair_texts:
        if _PAIR.search(text):
            parties += _pair(m, index, text, parsed, exclude=set(draft.mediators))
            break
    for party in parties:
        if party not in draft.parties:
            draft.parties.append(party)
    # signing date and place
    if draft.signed is None and verb is not None and status in ("signed", "reached", "pledged", "ratified"):
        draft.signed = _when_where(m, verb)
    for acl in (c for c in m.head.rights if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _SIGNING):
        if draft.signed is None and not any(c.lower_ in ("will", "to") for c in acl.lefts):
            draft.signed = _when_where(m, acl)


def _mediators(m: _Mention, index: Register) -> list[str]:
    """Who brokered it: ``EU-brokered``, ``mediated by X``, ``X, flown in to mediate, led ...``."""
    out = []
    for found in _BROKERED.finditer(m.sentence):
        out.append(index.resolve(found.group(1)))
    for t in m.sent:
        if t.lemma_.lower() in ("mediate", "broker") and t.pos_ == "VERB" and not _BROKERED.search(m.sentence):
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            if agent is not None and list(agent.children):
                pobj = list(agent.children)[0]
                out.append(index.resolve(m.para.text[pobj.left_edge.idx:pobj.idx + len(pobj)]))
                continue
            node = t
            for _ in range(4):
                subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    if subj.pos_ == "PROPN":
                        out.append(index.resolve(m.para.text[subj.left_edge.idx:subj.idx + len(subj)]))
                    break
                if node.dep_ == "ROOT":
                    break
                node = node.head
    return _unique(out)


def _listed_actors(m: _Mention, prep: "Token", index: Register) -> list[str]:
    """Actors named right after ``between``/``with``, up to a possessive or a new phrase."""
    doc = m.head.doc
    names: list[str] = []
    i = prep.i + 1
    stop = prep.right_edge.i + 1
    run_start = i
    while i < stop:
        t = doc[i]
        if t.tag_ == "POS":
            break
        if not (t.pos_ in ("PROPN", "CCONJ", "DET", "NUM", "ADJ") or t.text in (",", "-") or t.lower_ in ("countries", "sides", "nations")):
            break
        i += 1
    stretch = m.para.text[doc[run_start].idx:doc[i - 1].idx + len(doc[i - 1])] if i > run_start else ""
    if doc[i].tag_ == "POS" if i < len(doc) else False:
        # ``with Armenia and Azerbaijan's backing``: the last name belongs to what follows
        cut = doc[i - 1]
        stretch = m.para.text[doc[run_start].idx:cut.idx]
    names += index.names(stretch, {"country", "organization", "group", "person"})
    return names


def _subject_actors(text: str, index: Register) -> list[str]:
    """Actors in a subject, leaving out the places it is set in (``in Geneva``)."""
    out = []
    for offset, actor in index.find_all(text, {"country", "organization", "place", "group", "person"}):
        before = [w for w in text[:offset].rstrip().split() if w.lower() not in lexicon.words("articles")]
        if before and before[-1].lower() in ("in", "at", "from", "of", "to", "near"):
            continue
        if actor.type == "place" and actor.lat is not None:
            continue  # a city the subject is set in, not a party
        out.append(actor.name)
    return _unique(out)


def _pair(m: _Mention, index: Register, where: str, parsed: ParsedArticle,
          exclude: set[str] = frozenset()) -> list[str]:
    """Resolve ``the two countries``/``both sides`` to the two actors the context names."""
    phrase = _PAIR.search(where)
    types = {"country"} if phrase and phrase.group(2).lower() in _COUNTRY_PAIR else {"country", "person", "organization"}
    sent_text = m.sentence
    sent_start = m.sent.start_char
    offset = m.para.text.find(phrase.group(0), sent_start) - sent_start if phrase else len(sent_text)
    found = [n for n in index.names(sent_text[:max(offset, 0)], types) if n not in exclude]
    if len(found) < 2:
        found = _unique(found + [n for n in index.names(sent_text, types) if n not in exclude])
    if len(found) < 2:
        # earlier sentences, nearest first
        for text in _earlier_sentences(m, parsed):
            for name in index.names(text, types):
                if name not in found and name not in exclude:
                    found.append(name)
            if len(found) >= 2:
                break
    return found[:2] if len(found) >= 2 else []


def _earlier_sentences(m: _Mention, parsed: ParsedArticle) -> Iterator[str]:
    """The sentences before the mention's, nearest first, back to the article's start."""
    for para in reversed([p for p in parsed.paragraphs if p.index <= m.para.index]):
        sents = [s for s in para.doc.sents if para.index < m.para.index or s.end_char <= m.sent.start_char]
        for s in reversed(sents):
            yield para.text[s.start_char:s.end_char]


def _status(m: _Mention) -> tuple[str | None, "Token | None"]:
    """The agreement's status as this sentence tells it, and the verb that tells it."""
    doc = m.head.doc
    if m.verb_based:
        return "pledged", m.head
    sentence = m.sentence
    # phrases that govern the mention directly: ``under the terms of a pact``
    left = m.para.text[m.sent.start_char:doc[m.start].idx]
    for pattern, status in _STATUS_PHRASES:
        if status in ("invoked", "violated"):
            window = left[-40:]
            if pattern.search(window):
                return status, _governing_verb(m.head)
        elif pattern.search(sentence):
            return status, None
    for t in doc[m.start:m.head.i]:
        if t.lower_ in _PROPOSAL_WORDS:
            return "proposed", None
    # the verb the mention depends on, or a verb that depends on the mention
    candidates = []
    verb = _governing_verb(m.head)
    if verb is not None:
        candidates.append(verb)
        candidates += [c for c in verb.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB"]
    candidates += [c for c in m.head.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    for v in candidates:
        lemma = v.lemma_.lower()
        if lemma == "sign" and any(c.lower_ in ("will", "to") for c in v.lefts):
            return "to be signed", v
        if lemma == "break" and not any(c.lower_ == "down" for c in v.children) and m.head.dep_ not in ("dobj", "nsubjpass"):
            continue
        if lemma == "work" and not any(c.lower_ == "on" for c in v.children):
            continue
        if lemma in _STATUS_VERBS:
            return _STATUS_VERBS[lemma], v
    return None, None


def _when_where(m: _Mention, verb: "Token") -> str | None:
    doc = m.head.doc
    mention_tokens = set(range(m.start, m.end))
    dates, places = [], []
    for ent in m.sent.ents:
        if any(t.i in mention_tokens for t in ent):
            continue
        if not any(t.i == verb.i or verb in t.ancestors for t in ent):
            continue
        text = m.para.text[ent.start_char:ent.end_char]
        if ent.label_ == "DATE" and is_point_in_time(text):
            dates.append(text)
        elif ent.label_ == "GPE" and ent.start > 0 and doc[ent.start - 1].lower_ in ("in", "at"):
            places.append(text)
    parts = dates[:1] + places[:1]
    return ", ".join(parts) if parts else None


# -- what it says -------------------------------------------------------------------------


def _clauses(agreement: Agreement, draft: _Draft, parsed: ParsedArticle, index: Register) -> None:
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
            _add(agreement.conditions, BackgroundItem(m.sentence, m.para.index, "context"))
        if _OBLIGATION.search(m.sentence) and not m.verb_based and not _CONDITION.search(m.sentence):
            text = _obligation_clause(m.para, m.sent, m.head)
            if text:
                _add(agreement.obligations, BackgroundItem(text, m.para.index, "context"))
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
        for sent in para.doc.sents:
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
            _add(agreement.obligations, BackgroundItem(text, para.index, "context"))
            found = True
        if offset > 0 and not found:
            break


def _quoted_words(text: str) -> int:
    """How many words of a sentence stand inside quotation marks (of the normalised text)."""
    return sum(len(q.split()) for q in re.findall(r'"([^"]*)"', text + ('"' if text.count('"') % 2 else "")))


def _mentions_family(sent: "Span") -> bool:
    return any(_head_word(t) for t in sent)


def _covers(agreement: Agreement, m: _Mention) -> None:
    if m.head.dep_ not in ("nsubj", "nsubjpass"):
        return
    verb = m.head.head
    for v in [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]:
        lemma = v.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in v.children)
        if lemma in _COVER_VERBS or lemma in _EXCLUDE_VERBS:
            text = _verb_phrase(m.para, v)
            item = BackgroundItem(text, m.para.index, "context")
            if lemma in _EXCLUDE_VERBS or negated:
                _add(agreement.excludes, item)
            else:
                _add(agreement.covers, item)


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


def _unique(values) -> list:
    out = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out
