"""Who stands where: the relations between actors that the article states.

A relation is ``subject kind object`` (``backs``, ``allied``, ``fights``, ``mediates``,
``supplies``, ``condemns``, ``welcomes``), found by the dependency patterns of
``generator/data/patterns/relations.jsonl``: each names the nodes that are its two ends
(``subject``, ``object``, and ``other`` for the second side a mediator stands between). Both ends
resolve through the register to actors (countries, organisations, people, groups):

* the actor the actor extractor marked at that token, which takes in a demonym it read as a
  country (``Ruritanian`` in "Ruritanian drones");
* else the actor named beside a noun that stands for it (``the Ruritanian government``,
  ``Freedonia's army``: lexicon ``relation_standin_nouns``);
* for an ``object_owner`` pattern, the owner of the thing named (``welcomed Freedonia's decision``).

Each end also takes the actors joined to it by "and" ("backed by Ruritania and Freedonia").

Only what the text states is kept: a negated verb (``did not back``), a modal or a condition
(``could back``, ``if X attacks``: lexicon ``relation_hedge_words``), a question, or a verb
under another verb (``threatened to attack``) yields nothing. A relation inside quoted words or
reported speech is the speaker's claim: it carries the speaker's id in ``claimed_by`` (rule
``relation.claimed``), and is dropped when the speaker is not known.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from generator import lexicon
from generator.extract import patterns
from generator.extract.provenance import merged, rule
from generator.extract.register import Register
from generator.extract.speech import CUE_VERBS
from generator.model import Quote, Relation, Statement
from generator.nlp import ParsedArticle, ParsedParagraph

if not Token.has_extension("standin"):
    Token.set_extension("standin", default=False)
"""True on a name that an end of a relation resolved through the noun it stands beside."""

PATTERNS = "relations"
KINDS = ("backs", "allied", "fights", "mediates", "supplies", "condemns", "welcomes")
SIDES = ("country", "organization", "person", "group")
"""The actor types a relation may join: places are where things happen, not sides."""
MAX_EVIDENCE_TOKENS = 30
"""Evidence longer than this is not a short statement of a relation: the match is too loose."""


@lru_cache(maxsize=1)
def _entries() -> dict[str, dict]:
    return {entry["id"]: entry for entry in patterns.load(PATTERNS)}


def _hedged(token) -> bool:
    """The verb or noun is negated, hedged by a modal or a condition, or asked about."""
    hedges = lexicon.words("relation_hedge_words")
    head = token
    for _ in range(2):  # the word itself and, for a noun, the verb it hangs from
        for child in head.children:
            if child.dep_ == "neg" or child.dep_ in ("aux", "mark") and child.lower_ in hedges:
                return True
        if head.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos") or head.head is head:
            break
        head = head.head if head.dep_ != "pobj" else head.head.head
    return token.sent.text.rstrip().endswith("?")


def _under_other_verb(token) -> bool:
    """``threatened to attack``, ``a plan to arm``: the relation is wanted, not stated."""
    return token.dep_ in ("xcomp", "advcl") or \
        token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _speech_ancestor(token):
    """The speech verb the token's clause is reported under, if any (``said X backs Y``)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in CUE_VERBS:
            return ancestor
    return None


class _Ends:
    """Resolves the nodes of a match to actors through the register."""

    def __init__(self, register: Register, paragraph: int):
        self.register = register
        self.paragraph = paragraph
        self.standins = lexicon.words("relation_standin_nouns")

    def actor(self, token, *, owner: bool = False):
        """(the token that names it, the actor) at a token, or named beside a noun that stands
        for it (or owns it, with ``owner``); ``None`` when there is none."""
        actor = self.register.at(self.paragraph, token.i)
        named, via = token, False
        if actor is None and (token.lemma_.lower() in self.standins or token.lower_ in self.standins or owner):
            for child in token.children:
                if child.dep_ in ("poss", "amod", "compound"):
                    actor, named = self.register.at(self.paragraph, child.i), child
                    if actor is not None:
                        via = True
                        break
        named._.standin = via
        return (named, actor) if actor is not None and actor.type in SIDES else None

    def all(self, token, *, owner: bool = False) -> list[tuple[object, object]]:
        """(token, actor) for the token and each token joined to it by "and". Of possessors joined
        by "and", only the one that carries the "'s" owns the noun, unless none does."""
        joined = [token, *(c for c in token.children if c.dep_ == "conj")]
        if token.dep_ in ("nsubj", "nsubjpass") and any(_share(t) for t in _conjuncts(token)):
            return []  # "5 percent back X and 1 percent Y": a share of people, parsed as if joined to a name
        if token.dep_ == "poss":
            marked = [t for t in joined if _has_case(t)]
            joined = marked[:1] if marked else joined
        out = []
        for t in joined:
            hit = self.actor(t, owner=owner)
            if hit is not None and all(a.id != hit[1].id for _, a in out):
                out.append(hit)
        if not out and token.dep_ == "pobj":
            stray = _stray_conjunct(token)
            hit = self.actor(stray) if stray is not None else None
            if hit is not None:
                out.append(hit)
        return out


def misparsed_subjects(verb) -> bool:
    """Two subjects for one verb, or a share of people among its subjects ("5 percent prefer X
    and 1 percent back Y", parsed with X as a subject of "back"): the parse has gone wrong."""
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(heads) > 1 or any(_share(t) for h in heads for t in _conjuncts(h))


def _conjuncts(token) -> list:
    """The token and every token joined to it by "and", however deep the chain the parse makes."""
    out, todo = [], [token]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj"]
    return out


def _share(token) -> bool:
    """A share or count of people (``5 percent``, ``two thirds``, ``1,000``): no actor of its own."""
    return token.like_num or token.pos_ == "NUM" or any(c.dep_ == "nummod" for c in token.children)


def _has_case(token) -> bool:
    return any(c.dep_ == "case" for c in token.children)


def _stray_conjunct(token):
    """In "a pact with A and B's army" the parser often reads "A and B's" as one possessor of
    "army"; the possessor without the "'s" (A) is then the word the preposition governs."""
    for child in token.children:
        if child.dep_ == "poss" and not _has_case(child) \
                and any(c.dep_ == "conj" and _has_case(c) for c in child.children):
            return child
    return None


def _claims(paragraph: ParsedParagraph, quotes: list[Quote], statements: list[Statement]) -> list[tuple[int, int, str | None]]:
    """(start, end, speaker id) of each stretch of the paragraph that is someone's speech."""
    out = []
    for q in quotes:
        if q.paragraph != paragraph.index:
            continue
        first = q.text.split("\n\n", 1)[0]
        at = paragraph.text.find(first)
        if at >= 0:
            out.append((at, at + len(first), q.speaker_id))
    for s in statements:
        if s.paragraph == paragraph.index:
            at = paragraph.text.find(s.text)
            if at >= 0:
                out.append((at, at + len(s.text), s.speaker_id))
    return out


def _inside_marks(text: str, at: int) -> bool:
    """An odd number of double quotation marks before ``at`` in the paragraph."""
    return sum(text[:at].count(m) for m in "\"\u201c\u201d") % 2 == 1


def paragraph_relations(paragraph: ParsedParagraph, register: Register, quotes: list[Quote] = (),
                        statements: list[Statement] = ()) -> list[Relation]:
    """The relations one paragraph states, in order of the words that state them."""
    doc = paragraph.doc
    entries = _entries()
    ends = _Ends(register, paragraph.index)
    claims = None
    out: list[Relation] = []
    for match_id, tokens in sorted(patterns.run(PATTERNS, doc), key=lambda m: (min(m[1]), m[0])):
        rule_id = doc.vocab.strings[match_id]
        entry = entries[rule_id]
        nodes = {node["RIGHT_ID"]: doc[i] for node, i in zip(entry["pattern"], tokens)}
        anchor = nodes["verb"]
        if _hedged(anchor) or _under_other_verb(anchor):
            continue
        if misparsed_subjects(anchor):
            continue
        subjects = ends.all(nodes["subject"])
        objects = ends.all(nodes["object"], owner=bool(entry.get("object_owner")))
        if "other" in nodes:
            objects += [x for x in ends.all(nodes["other"]) if all(x[1].id != a.id for _, a in objects)]
        if not subjects or not objects:
            continue
        if claims is None:
            claims = _claims(paragraph, quotes, statements)
        at = anchor.idx
        claimed = [speaker for start, end, speaker in claims if start <= at < end]
        if claimed:
            if claimed[0] is None:
                continue
            claimed_by = claimed[0]
        elif _inside_marks(paragraph.text, at) or _speech_ancestor(anchor) is not None:
            continue  # someone's words whose speaker is not known: no one's statement
        else:
            claimed_by = None
        for s_token, subject in subjects:
            for o_token, obj in objects:
                if subject.id == obj.id or claimed_by in (subject.id, obj.id) and entry["kind"] in ("condemns", "welcomes"):
                    continue
                if entry["kind"] == "fights" and subject.type == obj.type == "person":
                    continue  # one person "attacking" another does it in words, not arms
                span = [i for name, i in zip(nodes, tokens) if name not in ("subject", "object", "other")]
                span += [s_token.i, o_token.i, *(t.head.i for t in (s_token, o_token) if t._.standin)]
                first, last = min(span), max(span)
                if last - first + 1 > MAX_EVIDENCE_TOKENS:
                    continue
                evidence = paragraph.text[doc[first].idx:doc[last].idx + len(doc[last].text)]
                out.append(Relation(subject=subject.id, kind=entry["kind"], object=obj.id, paragraph=paragraph.index,
                                    evidence=evidence, claimed_by=claimed_by,
                                    rules=merged([rule(rule_id)], [rule("relation.claimed")] if claimed_by else [])))
    return out


def extract_relations(parsed: ParsedArticle, register: Register, quotes: list[Quote] = (),
                      statements: list[Statement] = ()) -> list[Relation]:
    """Every relation the article states, each (subject, kind, object, speaker) once, at its first
    statement; a relation the narrative states is kept over the same relation as someone's claim."""
    found: list[Relation] = []
    for paragraph in parsed.paragraphs:
        found.extend(paragraph_relations(paragraph, register, quotes, statements))
    symmetric = {"allied", "fights"}
    stated = {(r.subject, r.kind, r.object) for r in found if r.claimed_by is None}
    stated |= {(o, k, s) for s, k, o in stated if k in symmetric}
    out: list[Relation] = []
    seen: dict[tuple, Relation] = {}
    for r in found:
        key = (r.subject, r.kind, r.object, r.claimed_by)
        if r.kind in symmetric:
            key = (*sorted((r.subject, r.object)), r.kind, r.claimed_by)
        if r.claimed_by is not None and (r.subject, r.kind, r.object) in stated:
            continue
        if key in seen:
            seen[key].rules = merged(seen[key].rules, r.rules)
            continue
        seen[key] = r
        out.append(r)
    return out
