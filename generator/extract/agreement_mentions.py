"""Finding the places where an article mentions an agreement.

A mention is an agreement noun (``treaty``, ``accord``, ``ceasefire``, ``deal`` ...) with the words
that name or describe it (``the Treaty of Lima``, ``a 1998 mutual defence pact``), a plan or text
that several parties adopt (``the leaders adopted an action plan``), a joint venture or a contract
with a party (``Lund's contract with Berg``), or a joint promise told with a verb (``Chile and Peru
pledged to ...``). A lone noun with its parties is named with them (``an accord between Lund and Berg``). A
plural names several agreements, not one (``three earlier truces``), unless a name or its parties
make it one set (``the Geneva Conventions``, ``our deals with Norway and Chile``), or it is signed
as a set in its own clause (``Lund and Berg signed accords of cooperation on fishing``). Each mention
names the rule that found it (:mod:`generator.extract.provenance`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from generator import lexicon
from generator.extract.agreement_pledges import JOINT_MAKERS as _JOINT_MAKERS
from generator.extract.agreement_pledges import intention, joint_maker, promises
from generator.extract.agreement_sets import counted, one_set, short_complement_end, signed_in_clause
from generator.extract.agreement_transfers import counterparty_verbs, deal_end, transfer_verbs
from generator.extract.dates import is_point_in_time
from generator.extract.provenance import rule
from generator.nlp import ParsedArticle, ParsedParagraph, token_values

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from generator.extract.agreement_transfers import Transfer

# Head noun -> the family it belongs to. A later reference merges within its family.
_HEADS = lexicon.table("agreement_heads")
# Heads that only count with a qualifying word (``joint statement``, ``arms package``), those of
# them a capitalised name alone does not make one (``Berg Ventures``); heads that only count with a
# named party (``Lund's contract``).
_JOINT_ONLY = lexicon.words("agreement_joint_only")
_JOINT_UNNAMED = lexicon.words("agreement_joint_only_unnamed")
_PARTY_ONLY = lexicon.words("agreement_party_only_heads")
PARTY_ONLY_HEADS = _PARTY_ONLY | _JOINT_UNNAMED
"""Heads that are no agreement a reader can place without a party: ventures and contracts."""
JOINT_TEXTS = _JOINT_ONLY - _JOINT_UNNAMED
"""Texts that count only as joint ones (``a joint statement``), ventures aside."""
DEAL_NOUNS = lexicon.words("agreement_deal_nouns")
"""Nouns that only refer back to a deal told with a verb (``the purchase``), never a card of their own."""
# Every word :func:`head_word` may take as it is written (its lemmas are the heads themselves).
_HEAD_FORMS = {*_HEADS, *DEAL_NOUNS, *(h + "s" for h in _HEADS), "fire", "cease-fire", "ceasefires", "cease-fires"}
_PACKAGE_WORDS = lexicon.words("agreement_package_words")
_POLITICAL_EVENT = lexicon.words("agreement_political_event_words")
_GENERIC_DETS = lexicon.words("agreement_generic_determiners")
_NAMED_HEADS = lexicon.words("agreement_named_heads")
_GATHERING_HEADS = lexicon.words("agreement_gathering_heads")
# Plans, commitments and texts: agreements only when several parties make them their own.
_COMMITMENT_HEADS = lexicon.words("agreement_commitment_heads")
_ADOPTING = lexicon.words("agreement_adopting_verbs")
_TEXT_HEADS = lexicon.words("agreement_text_heads")
_VOTING = lexicon.words("agreement_voting_verbs")
_ROLE_NOUNS = lexicon.words("role_nouns")
# Words that say nothing of which agreement it is (``a historic deal``, ``the first accord``).
_EMPTY_MODIFIERS = lexicon.words("agreement_empty_modifiers")
# Named entities that may be an agreement's party.
_PARTY_ENTITIES = ("GPE", "NORP", "ORG", "PERSON")


@dataclass
class Mention:
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
    by_parties: bool = False
    """Named by its parties alone (``an accord with Lund``): no card where none of them is an actor."""
    rule: str = ""
    """The rule that found the mention (:mod:`generator.extract.provenance`)."""
    joined: str = ""
    """The rule that joined it to an earlier mention's agreement, if one did."""
    transfer: "Transfer | None" = None
    """The parts of a deal told with a verb of buying or selling, for such a mention."""
    adopted: bool = False
    """A plan or text that a gathering or several parties adopt or sign (``the leaders approved a
    declaration``): an agreement even where the article names none of them as an actor."""

    @property
    def text(self) -> str:
        doc = self.head.doc
        return self.para.text[doc[self.start].idx:doc[self.end - 1].idx + len(doc[self.end - 1])]

    @property
    def empty(self) -> bool:
        """Whether the mention says no more than ``the deal``: its other words only praise, count or
        order it (``a historic deal``, ``the first accord``), with no name, number or phrase."""
        if self.verb_based or self.end > self.head.i + 1 or self.head.text[:1].isupper():
            return False
        doc = self.head.doc
        return all(t.is_punct or t.tag_ in ("JJR", "JJS", "RBS", "RBR", "DT", "PDT", "RB", "POS") or t.lower_ in _EMPTY_MODIFIERS
                   or t.ent_type_ in ("ORDINAL", "DATE") and not t.like_num  # ``the first``, ``Friday's``
                   for t in doc[self.start:self.head.i])

    @property
    def sentence(self) -> str:
        return self.para.text[self.sent.start_char:self.sent.end_char].strip()


def find_mentions(parsed: ParsedArticle) -> Iterator[Mention]:
    """Every mention in article order; the verb-told pledges of the sentences without a noun
    mention; the deals told with a verb of buying or selling outside a noun mention (``their
    agreement over selling the mill to Berg`` is one)."""
    for para in parsed.paragraphs:
        lower, lemma = token_values(para.doc, "lower"), token_values(para.doc, "lemma")
        for sent in para.sents:
            found = []
            for i in range(sent.start, sent.end):  # a Token only for the words head_word may take
                if (lower[i] in _HEAD_FORMS or lemma[i].lower() in _HEADS) \
                        and (mention := _noun_mention(para, sent, para.doc[i])) is not None:
                    found.append(mention)
            deals = [m for m in _transfer_mentions(para, sent) if not any(n.start <= m.head.i < n.full_end for n in found)]
            # a deal agreed with a party, where the sentence names no other agreement; a joint
            # promise of the same verb of agreeing stands for it, but for a deal made together
            # (``Lund said it and Berg agreed to merge``), whose parties the deal reads better
            agreed = [m for m in _counterparty_mentions(para, sent, found)
                      if not any(n.start <= m.head.i < n.full_end for n in deals)]
            found = [n for n in found if not any(_told_in(n, m) for m in agreed)]
            if not found:
                found.extend(m for m in _verb_mentions(para, sent) if not any(d.start <= m.end - 1 < d.end for d in deals)
                             and not any(m.head == d.head.head and d.transfer.together for d in agreed))
                agreed = [d for d in agreed if not any(n.head == d.head.head for n in found)]
            deals += agreed
            yield from sorted(found + deals, key=lambda m: m.head.i)


def _transfer_mentions(para: ParsedParagraph, sent: "Span") -> Iterator[Mention]:
    for verb, deal in transfer_verbs(sent):
        end = deal_end(deal)
        yield Mention(para, sent, verb, verb.i, end, "formal", deal.noun, False, False, full_end=end,
                      verb_based=True, rule=rule("agreement.transfer-verb"), transfer=deal)


def _counterparty_mentions(para: ParsedParagraph, sent: "Span", found: list[Mention]) -> Iterator[Mention]:
    """Deals agreed with a party (:func:`~generator.extract.agreement_transfers.counterparty_verbs`)
    in a sentence whose agreement nouns, if any, only tell of that deal (:func:`_told_in`)."""
    for verb, deal in counterparty_verbs(sent):
        if not all(_told_in(n, verb) for n in found):
            continue
        end = max(deal_end(deal), verb.i + 1)
        yield Mention(para, sent, verb, verb.i, end, "formal", deal.noun, False, False, full_end=end,
                      verb_based=True, rule=rule("agreement.transfer-verb"), transfer=deal)


def _told_in(noun: Mention, deal: "Mention | Token") -> bool:
    """Whether an agreement noun is the deal a verb tells of, told again in the verb's own phrase:
    an indefinite noun with no name in it (``agreed to merge with Lund in a deal worth $2
    million``); not ``the deal``, which may be an earlier one."""
    verb = deal.head if isinstance(deal, Mention) else deal
    plain = noun.bare or noun.empty or not any(t.pos_ == "PROPN" for t in noun.head.doc[noun.start:noun.end])
    return plain and not noun.definite and not noun.verb_based \
        and verb.left_edge.i <= noun.head.i <= verb.right_edge.i and noun.head in verb.subtree


def head_word(token: "Token") -> str | None:
    word = token.lower_
    if word == "fire" and token.i >= 2 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ == "cease":
        return "ceasefire"
    if word in ("cease-fire", "ceasefires", "cease-fires"):
        return "ceasefire"
    if word in _HEADS or word in DEAL_NOUNS and token.pos_ == "NOUN":
        return word
    lemma = token.lemma_.lower()
    if lemma in _HEADS and token.tag_ in ("NNS", "NNPS"):
        return lemma
    if word.endswith("s") and word[:-1] in _HEADS and token.pos_ == "PROPN":
        return word[:-1]  # ``the Geneva Conventions``
    return None


def _noun_mention(para: ParsedParagraph, sent: "Span", token: "Token") -> Mention | None:
    word = head_word(token)
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
    # words before the agreement's own determiner or conjunction belong to the clause around it
    # (``And the Treaty of Lima``, ``backing a trade pact``)
    for child in token.lefts:
        if child.i > start and (child.dep_ in ("det", "predet", "cc") or child.pos_ == "CCONJ") \
                and not any(t.dep_ == "poss" or t.tag_ == "POS" for t in doc[start:child.i]):
            start = child.i
    while start < token.i and doc[start].pos_ == "CCONJ":
        start += 1
    det = doc[start] if start < token.i else None
    definite = False
    while start < token.i and (doc[start].dep_ in ("det", "predet") or doc[start].tag_ == "PRP$" or doc[start].is_punct):
        if doc[start].lower_ in ("the", "this", "that", "these", "those") or doc[start].tag_ == "PRP$":
            definite = True
        start += 1
    if start > 0 and doc[start - 1].text == "[" and any(t.text == "]" for t in doc[start:token.i]):
        start -= 1  # ``the [UN] Charter``: a word an editor put in brackets stays in them
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
    named = token.text[:1].isupper() or any(t.pos_ == "PROPN" for t in modifiers)
    for child in token.rights:
        if child.dep_ == "cc" or child.is_punct and child.text in ("-", "\u2013", "\u2014", "(", ";"):
            break  # ``the deal and its critics``: what follows is another thing
        if child.dep_ == "prep" and child.lower_ in ("of", "over", "on", "for", "to", "against", "in"):
            if child.lower_ == "in" and (named or not _where_or_when(child)):
                continue  # a name says which agreement; ``in`` then tells where it was talked of
            if child.lower_ == "on" and all(t.ent_type_ in ("DATE", "TIME") for t in list(child.subtree)[1:]):
                continue  # ``a ceasefire on Monday``: when, not what about
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "acl" and (child.tag_ == "VBG" or any(t.dep_ == "aux" and t.lower_ == "to" for t in child.lefts)):
            # ``a pact to end the war``, ``a resolution condemning the raid``: the verb and its
            # object, not the phrases that follow them
            told = [c for c in child.children if c.dep_ in ("dobj", "prt", "neg", "attr", "acomp")]
            if not any(c.dep_ == "dobj" for c in told):
                told += [c for c in child.children if c.dep_ == "prep"][:1]  # ``a resolution calling for talks``
            end = max(end, child.i + 1, *(c.right_edge.i + 1 for c in told))
        elif child.dep_ == "prep" and child.lower_ in ("between", "with", "among"):
            full_end = max(full_end, _phrase_end(child))
        elif child.dep_ in ("nummod", "appos", "npadvmod") and child.i == token.i + 1 and child.like_num:
            end = max(end, child.i + 1)  # ``Resolution 2254``
    if end - token.i > 14:
        end = short_complement_end(token)
    # ``the General Agreement on Fishing (GAF)``: the name ends where its bracket opens
    end = next((t.i for t in doc[token.i + 1:end] if t.text == "("), end)
    while end > token.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc",)):
        end -= 1
    full_end = max(full_end, end)
    bare = not modifiers and end == token.i + 1
    mention = Mention(para, sent, token, start, end, family, kind, definite, bare, full_end)
    if not _plausible(mention, word, determiners, modifiers, det):
        return None
    mention.rule = _finding_rule(mention, word, modifiers)
    mention.adopted = word in _COMMITMENT_HEADS and _adopted_by_makers(mention)
    if mention.adopted and mention.rule == rule("agreement.bare-head"):
        mention.rule = rule("agreement.described-head")  # a text the parties adopt or sign
    if token.tag_ in ("NNS", "NNPS") and end == token.i + 1 and full_end > end \
            and not any(t.like_num or t.pos_ == "NUM" or t.pos_ == "PROPN" for t in modifiers):
        mention.end = full_end  # plain "deals" is named by whom they are with: "deals with Norway and Chile"
        mention.rule = rule("agreement.described-head")
    elif bare and names_parties(mention):
        # ``an accord between Lund and Berg``: the parties say which agreement it is, and name it
        mention.end, mention.bare, mention.by_parties = full_end, False, True
        mention.rule = rule("agreement.head-with-parties")
    return mention


def _named_party(m: Mention, modifiers: list["Token"]) -> bool:
    """A party named with the noun: a possessive, a proper name before it, or a between/with
    phrase; for a plural, only the phrase (``contracts with Berg``, not ``Berg contracts`` handed
    out to many)."""
    token = m.head
    if token.tag_ in ("NNS", "NNPS"):
        return names_parties(m)
    return any(t.pos_ == "PROPN" for t in modifiers) or names_parties(m) or any(
        t.dep_ == "poss" and t.ent_type_ in _PARTY_ENTITIES for t in token.lefts)


def names_parties(m: Mention) -> bool:
    """Whether the mention's ``between``/``with``/``among`` phrase names a country, body, group or
    person."""
    doc = m.head.doc
    return any(t.ent_type_ in _PARTY_ENTITIES for prep in m.head.rights
               if prep.dep_ == "prep" and prep.lower_ in ("between", "with", "among")
               for t in doc[prep.i + 1:min(_phrase_end(prep), m.full_end)])


def _where_or_when(prep: "Token") -> bool:
    """Whether an ``in`` phrase names a place or a date (``a truce in Syria``, ``the pact in 1998``),
    not a length of time (``the first accord in years``)."""
    doc = prep.doc
    if any(t.ent_type_ == "GPE" for t in prep.subtree):
        return True
    dates = [t for t in prep.subtree if t.ent_type_ == "DATE"]
    return bool(dates) and is_point_in_time(doc[dates[0].i:dates[-1].i + 1].text)


def _phrase_end(prep: "Token") -> int:
    """Token index after a prepositional phrase, cut before a dash or bracket that opens an aside
    and before a clause that describes one of its nouns (``with Lund, which ...``)."""
    doc = prep.doc
    end = prep.right_edge.i + 1
    end = next((t.i for t in doc[prep.i + 1:end] if t.text in ("-", "\u2013", "\u2014", "(", ";")), end)
    end = min([end] + [c.left_edge.i for t in doc[prep.i + 1:end] for c in t.children
                       if c.dep_ in ("relcl", "acl") and c.i > prep.i])
    while end > prep.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    return end


def _finding_rule(m: Mention, word: str, modifiers: list["Token"]) -> str:
    """The rule a plausible noun mention was found by."""
    token = m.head
    if word in _JOINT_UNNAMED or word in _PARTY_ONLY:
        return rule("agreement.head-with-parties")  # a joint text is named or described like any other
    if word in ("resolution", "resolutions") and not m.bare:
        if not _named_resolution(m, modifiers) and (_voted_resolution(token) or _put_to_vote(token)):
            return rule("agreement.voted-resolution")
        return rule("agreement.numbered-resolution")
    if token.pos_ == "PROPN" or token.text[:1].isupper() or any(t.pos_ == "PROPN" for t in modifiers):
        return rule("agreement.named-head")
    if m.bare:
        return rule("agreement.bare-head")
    return rule("agreement.described-head")


def _plausible(m: Mention, word: str, determiners: set[str], modifiers: list["Token"], det: "Token | None") -> bool:
    """Rule out the uses of agreement words that are not agreements."""
    token = m.head
    lower_mods = {t.lower_ for t in modifiers}
    text = m.text.lower()
    plural = token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("s") and token.lemma_.lower() != token.lower_
    if determiners & _GENERIC_DETS and not (plural and determiners <= {"another"} and counted(token) and signed_in_clause(m)):
        return False  # ``any deal``, ``another accord``; not ``another four accords were signed``
    if token.ent_type_ == "PERSON":
        return False  # a surname that is an agreement word: ``Governor Nathan Deal``
    if any(c.dep_ == "acl" and any(t.dep_ == "aux" and t.lower_ == "to" for t in c.lefts) and intention(c)
           for c in token.rights):
        return False  # ``an agreement to meet again``: a promise only to meet or to try
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
    if word in DEAL_NOUNS:
        return m.bare and m.definite  # ``the purchase``: a reference, joined or dropped (agreements._attach)
    if word in _JOINT_UNNAMED:
        if token.tag_ in ("NNS", "NNPS"):
            return "joint" in lower_mods and names_parties(m)  # "joint ventures on Soviet territory": a kind of business
        return "joint" in lower_mods  # with no party at all, no card (agreements._unnamed)
    if word in _JOINT_ONLY:
        # a capital counts where it names the text, not where it only opens the sentence
        # (``Statements from both camps followed``)
        return "joint" in lower_mods or proper and token.text[:1].isupper() and not token.is_sent_start
    if word in _PARTY_ONLY:
        return _named_party(m, modifiers)
    if word in _COMMITMENT_HEADS:
        return _adopted(m, lower_mods)
    if word == "package":
        # the word right before says what is in it (``an arms package``, ``a military aid package``),
        # not one further off (``the Social Security reform package`` is a bill, not aid)
        return modifiers[-1:] != [] and modifiers[-1].lower_ in _PACKAGE_WORDS or m.bare and m.definite
    if word in _NAMED_HEADS:
        if lower_mods & _POLITICAL_EVENT or any(t.ent_type_ == "NORP" for t in modifiers):
            return False
        if token.lower_ in _GATHERING_HEADS and m.end == token.i + 1 and (
                not token.text[:1].isupper() or any(t.ent_type_ in ("ORG", "NORP", "EVENT") for t in modifiers)):
            # a gathering (``the Green Party convention``, ``the Labour Convention``), or ``the
            # convention`` named before
            return m.bare and m.definite
        return proper or "of understanding" in text or " on " in f" {text} " or m.bare and m.definite \
            or m.end > token.i + 1 and signed_in_clause(m)  # ``signed a protocol for building a port``
    named_set = token.text[:1].isupper() or any(t.pos_ == "PROPN" and t.dep_ == "compound" for t in modifiers) \
        and not any(t.like_num or t.pos_ == "NUM" for t in modifiers)
    if plural and not named_set:
        # several agreements (``peace agreements``, ``three earlier truces``) are no one agreement's
        # card, unless a name makes them one set (``the Oslo accords``) or they are named with
        # their parties (``our deals with Norway and Chile``)
        if not any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in doc[m.end:m.full_end]) and not one_set(m):
            return False
    if word in ("resolution", "resolutions"):
        # a body's resolution (``a UN resolution``, ``the assembly passed a resolution``), not the
        # settling of something (``a resolution of the dispute``)
        return _named_resolution(m, modifiers) or _put_to_vote(token) and not m.definite or m.bare and m.definite
    if plural:
        return proper or any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in doc[m.end:m.full_end]) or one_set(m)
    return True


def _named_resolution(m: Mention, modifiers: list["Token"]) -> bool:
    """A resolution named by its body or number: ``a UN resolution``, ``a resolution of the
    Security Council``, ``Resolution 2254``."""
    token = m.head
    return any(t.ent_type_ == "ORG" for t in modifiers) or any(
        c.dep_ == "prep" and c.lower_ in ("of", "by") and any(g.dep_ == "pobj" and g.ent_type_ == "ORG" for g in c.children)
        for c in token.rights) or any(t.like_num for t in token.doc[token.i:m.end])


def voted_on(token: "Token") -> bool:
    """Whether an agreement noun is what a verb of voting or adopting governs (``voted against the
    resolution``, ``to adopt the resolution by acclamation``): a text put to a vote."""
    verb = governing_verb(token)
    if verb is None or verb.lemma_.lower() not in _VOTING:
        return False
    if verb.lemma_.lower() == "vote":
        return True
    # one person does not pass or adopt a resolution: ``the mayor passed a resolution to the council``
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is None or subj.ent_type_ != "PERSON" and subj.lemma_.lower() not in _ROLE_NOUNS


def _put_to_vote(token: "Token") -> bool:
    """A resolution a verb of voting or adopting governs, not the settling of something (``the
    board passed a resolution``, ``voted on a resolution to close the port``; not ``voted for a
    peaceful resolution of the conflict``). Told with ``the`` and more words, it is one told of
    before, whose words after the noun may be the vote's (``voted against the resolution on free
    speech grounds``): no mention of its own."""
    return voted_on(token) and not any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in token.children)


def _voted_resolution(token: "Token") -> bool:
    """A resolution that a named body or an assembly passes, adopts or votes on (``the Senate
    passed a resolution``, ``the delegates voted on a resolution``)."""
    verb = governing_verb(token)
    if verb is None or verb.lemma_.lower() not in _VOTING:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.pos_ == "PROPN" and subj.ent_type_ not in ("PERSON", "GPE", "NORP")
                                 or subj.lower_ in _JOINT_MAKERS)


def _adopted(m: Mention, lower_mods: set[str]) -> bool:
    """Whether a plan, commitment or text is one that several parties made their own: a name of
    its own (``the Vienna Declaration``), ``joint``, parties listed after ``between``, or a verb of
    adopting or signing whose subject or agent is several parties or a gathering (``the leaders
    adopted an action plan``, ``a declaration signed by the two states``)."""
    token = m.head
    if token.text[:1].isupper() and token.pos_ == "PROPN" and token.lower_ in _TEXT_HEADS \
            and (m.start < token.i or m.end > token.i + 1):
        return True  # a text's name (``the Lima Declaration``), not a policy's (``the Clean Water Plan``)
    if token.lower_ in _TEXT_HEADS and token.i > m.start and token.doc[token.i - 1].ent_type_ == "GPE" \
            and token.doc[token.i - 1].dep_ == "compound":
        return True  # named by the city it was made in: ``the Lima declaration``
    if "joint" in lower_mods or m.full_end > m.end:
        return True
    return _adopted_by_makers(m)


def _adopted_by_makers(m: Mention) -> bool:
    """Whether a verb of adopting or signing has the mention as its object or subject, and
    several parties or a gathering as its subject or agent (``the leaders adopted an action
    plan``, ``the action plan adopted by the summit``)."""
    token = m.head
    verb = governing_verb(token)
    if verb is None or verb.lemma_.lower() not in _ADOPTING or token.dep_ not in ("dobj", "nsubjpass", "pobj"):
        if not (token.head.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in _ADOPTING):
            return False
        verb = token.head  # ``the action plan adopted by the summit``
    return joint_maker(verb, m.para.text)


def _verb_mentions(para: ParsedParagraph, sent: "Span") -> Iterator[Mention]:
    """Joint promises told with a verb (:func:`~generator.extract.agreement_pledges.promises`)."""
    for verb, end, rule_id in promises(para, sent):
        yield Mention(para, sent, verb, verb.i, end, "pledge", "pledge", False, False,
                      full_end=end, verb_based=True, rule=rule(rule_id))


def governing_verb(token: "Token") -> "Token | None":
    """The verb a noun depends on, climbing at most six steps up the parse."""
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

