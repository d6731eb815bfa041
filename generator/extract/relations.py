"""Who stands where: the relations between actors that the article states.

A relation is ``subject kind object`` (``backs``, ``allied``, ``fights``, ``condemns``,
``welcomes``), found by the dependency patterns of ``generator/data/patterns/relations.jsonl``:
each names the nodes that are its two ends (``subject``, ``object``). A pattern stays only while
it fires in several articles of the measuring corpora; the page's other kinds (``mediates``,
``supplies``) have none that did, and neither had a verb of attack or a noun of fighting owned
by one side ("X's war with Y"), which news of politics uses of words more than of arms. A verb pattern leaves out the end
that is its clause's subject (``"clause": "subject"``, or ``"object"`` for a passive): that end is
found the same way for every verb, by :mod:`generator.extract.relation_clauses`.

Both ends resolve through the register to actors (countries, organisations, people, groups):

* the actor the actor extractor marked at that token, which takes in a demonym it read as a
  country (``Ruritanian`` in "Ruritanian drones"), but not a bare plural one, which names some of
  its people (``Ruritanians backing Y``);
* else the actor named beside a noun that stands for it (``the Ruritanian government``,
  ``Freedonia's army``: lexicon ``relation_standin_nouns``);
* for an ``object_owner`` pattern, the owner of the thing named (``welcomed Freedonia's decision``).

A relational noun (``support``, ``pact``: lexicon ``relation_nouns``, with the kind of
each) takes both ends itself: its owner (``Freedonia's support``, ``Freedonian support``) and
the object of a preposition; which end the owner is, the preposition says (lexicon
``relation_noun_prepositions``): ``Freedonia's support for Ruritania`` and ``Ruritania's backing
from Freedonia`` both state that Freedonia backs Ruritania (rule ``relation.noun-arguments``).

A noun of fighting takes its two sides as the objects of "between", joined by "and" (``fighting
between Freedonia and Ruritania``, ``clashes between Freedonia's troops and Ruritania``: lexicon
``relation_fight_nouns``, rule ``relation.fights-between``); "fights" is said of both sides at once.
A fight told as history states none now: one dated by a year or an ordinal (``the 1990 war``,
``the second war``), set in the past (``a previous conflict``: lexicon ``relation_past_modifiers``),
ended (``the war ended``, ``an end to the war``: lexicon ``relation_ending_verbs``), or told in a
sentence whose main verb is in the past perfect. People do not fight in this sense: a "battle"
between two politicians is no ``fights`` relation.

Each end also takes the actors joined to it by "and" ("backed by Ruritania and Freedonia").

Only what the text states is kept: a negated verb (``did not back``) or noun (``no support``:
lexicon ``relation_negating_words``), a modal or a condition (``could back``, ``if X backs``:
lexicon ``relation_hedge_words``), a noun of an act that is expected or past (``possible
support``, ``a former backer``: lexicon ``relation_hedge_modifiers``), a question, or a verb
under another verb (``vowed to back``) yields nothing, and neither does a verb coordinated with
one of those (``would meet the envoys and back Ruritania``). A pact binds states and bodies, not
people: a person's "alliance" with another is no ``allied`` relation.

A relation inside quoted words or reported speech is the speaker's claim: it carries the
speaker's id in ``claimed_by`` (rule ``relation.claimed``), and is dropped when the speaker is
not known, as is one set in a clause that says whose view it is (``X's backing of Y, many
think, is ...``). Words that describe the speaker (``said Vik, a backer of Ruritania``) are the
article's own.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from generator import lexicon
from generator.extract import patterns
from generator.extract.provenance import merged, rule
from generator.extract.register import Register
from generator.extract.relation_clauses import (clause_subject, conjuncts, first_conjunct, misparsed_subjects,
                                                relative_pronoun, share)
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



def _expected(token) -> bool:
    """A noun of an act that is expected, not done, or no longer so: "X's possible support for Y",
    "a former backer of Y"."""
    return token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in lexicon.words("relation_hedge_modifiers")
                                        for c in token.children)


def _denied(token) -> bool:
    """A noun of relation that is denied by its determiner or preposition: "no Freedonian support
    for Y", "without Freedonia's backing" (lexicon ``relation_negating_words``)."""
    negating = lexicon.words("relation_negating_words")
    return token.pos_ == "NOUN" and (any(c.dep_ == "det" and c.lower_ in negating for c in token.children)
                                     or token.dep_ == "pobj" and token.head.lower_ in negating)


def _hedged(token) -> bool:
    """The verb or noun is negated, hedged by a modal or a condition, or asked about; for a verb
    joined to another by "and", the hedge may stand before the first (``would meet X and back Y``)."""
    hedges = lexicon.words("relation_hedge_words")
    if _expected(token) or _denied(token):
        return True
    first = first_conjunct(token)
    if first is not token and any(c.dep_ in ("aux", "mark") and c.lower_ in hedges for c in first.children):
        return True
    head = token
    for _ in range(2):  # the word itself and, for a noun, the verb it hangs from
        for child in head.children:
            if child.dep_ == "neg" or child.dep_ in ("aux", "mark") and child.lower_ in hedges:
                return True
        if head.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos"):
            break
        head = head.head if head.dep_ != "pobj" else head.head.head
    return token.sent.text.rstrip().endswith("?")


def _historical(token) -> bool:
    """A noun of fighting told as history, which states no fight going on now: dated by a year or
    an ordinal ("the 1990 war", "the war of 1990", "the second war"), set in the past by a word
    before it ("a previous conflict": lexicon ``relation_past_modifiers``), the subject of a verb
    that ends it ("the war ended in a truce": lexicon ``relation_ending_verbs``), or in a sentence
    whose main verb is in the past perfect ("X had fought Y")."""
    if _dated(token, ordinal=True) or _dated(token.sent.root):
        return True
    if any(c.dep_ == "amod" and c.lower_ in lexicon.words("relation_past_modifiers") for c in token.children):
        return True
    ending = lexicon.words("relation_ending_verbs")
    if token.dep_ in ("nsubj", "dobj") and token.head.lemma_.lower() in ending \
            or token.dep_ == "pobj" and token.head.head.lemma_.lower() in ending:
        return True  # "the war ended", "ended the war", "an end to the war"
    root = token.sent.root
    return root.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children)


def _dated(token, *, ordinal: bool = False) -> bool:
    """A year, a decade (or, with ``ordinal``, an ordinal) among the word's own modifiers or the
    objects of its prepositions other than those that name the sides: "the 1990 war", "fought in
    the 1990s", "the second war"."""
    near = [c for c in token.children if c.dep_ != "prep" or c.lower_ not in ("between", "with", "against")]
    near += [g for c in near if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(ordinal and t.ent_type_ == "ORDINAL" or t.ent_type_ == "DATE" and any(
        w.shape_ == "dddd" or w.text[:4].isdigit() and w.text.endswith("s") for w in t.subtree) for t in near)


def _under_other_verb(token) -> bool:
    """``threatened to attack``, ``a plan to arm``, ``a reason for X to back Y``: an infinitive
    or a verb under another verb, where the relation is wanted, not stated."""
    token = first_conjunct(token)
    return token.dep_ in ("xcomp", "advcl") or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)



def _noun_arguments(nodes: dict, entry: dict) -> str | None:
    """For a relational noun, its kind (table ``entry["kinds"]``), with its owner and the object
    of its preposition put in ``nodes`` as subject and object in the order the preposition gives
    (table ``entry["ends"]``: the owner of "support for" is the backer, of "backing from" the
    backed); ``None`` when the preposition does not fit the noun's kind ("a pact for")."""
    kind = lexicon.table(entry["kinds"]).get(nodes["verb"].lemma_.lower())
    end, _, kinds = lexicon.table(entry["ends"]).get(nodes["prep"].lower_, "").partition(" ")
    if kind is None or kind not in kinds.split():
        return None
    owner, other = nodes.pop("owner"), nodes.pop("other")
    nodes["subject"], nodes["object"] = (owner, other) if end == "subject" else (other, owner)
    return kind





def _describes_speaker(token) -> bool:
    """The word is in the subject of a speech verb (``said Vik, a backer of Y``): the article
    describes the speaker; the words are not the speaker's."""
    child = token
    for ancestor in token.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in CUE_VERBS:
            return child.dep_ in ("nsubj", "nsubjpass")
        child = ancestor
    return False


def _speech_ancestor(token):
    """The speech verb the token's clause is reported under, if any (``said X backs Y``). Words
    that describe the speaker (``said Vik, a backer of Y``) are not what was said, and neither is
    a verb joined to a speech verb by "and" (``recalled its envoy and condemned Y``)."""
    child = token
    for ancestor in token.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in CUE_VERBS \
                and child.dep_ not in ("nsubj", "nsubjpass", "conj"):
            return ancestor
        child = ancestor
    return None


def _parenthetical_view(token) -> bool:
    """The clause that states the relation carries a clause of its own set off in it, with its own
    subject (``Freedonia's backing of Y, many think, is ...``, ``X, officials say, backs Y``): the
    statement is that subject's view, not the article's."""
    head = token
    for _ in range(2):  # the word itself and, for a noun, the verb it hangs from
        if any(c.dep_ == "parataxis" and c.pos_ == "VERB" and any(g.dep_ == "nsubj" for g in c.children)
               for c in head.children):
            return True
        if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
            break
        head = head.head
    return False


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
        if actor is not None and actor.type == "country" and _some_people(named):
            return None
        return (named, actor) if actor is not None and actor.type in SIDES else None

    def whole(self, token, pronoun: str) -> bool:
        """The noun a relative clause hangs from is the one it is about: not the object of a
        preposition inside a larger noun phrase (``an adviser to the Freedonian government, who
        ...`` may be about either noun), unless the pronoun fits only the inner one ("who" a
        person, "which" anything else) or the phrase names the same actor (``Foundation for Peace``)."""
        if token.dep_ != "pobj" or token.head.head.pos_ not in ("NOUN", "PROPN"):
            return True
        actor = self.register.at(self.paragraph, token.i)
        if actor is None:
            return False
        outer = self.register.at(self.paragraph, token.head.head.i)
        if outer is not None and outer.id == actor.id:
            return True
        return (pronoun in ("who", "whom")) == (actor.type == "person") and pronoun in ("who", "whom", "which")

    def all(self, token, *, owner: bool = False) -> list[tuple[object, object]]:
        """(token, actor) for the token and each token joined to it by "and". Of possessors joined
        by "and", only the one that carries the "'s" owns the noun, unless none does."""
        joined = [token, *(c for c in token.children if c.dep_ == "conj" and token.pos_ != "PRON")]
        # "X backed it and Y opposed it", parsed with Y joined to "it": a pronoun is no end, nor what is joined to it
        if token.dep_ in ("nsubj", "nsubjpass") and any(share(t) for t in conjuncts(token)):
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


def _some_people(token) -> bool:
    """A bare plural (``Freedonians backing Y``) names some of a country's people, not the country;
    with "the" (``the Freedonians``) it names the nation."""
    return token.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "det" for c in token.children)





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
        kind = entry.get("kind")
        if "kinds" in entry:
            kind = _noun_arguments(nodes, entry)
            if kind is None:
                continue
        anchor = nodes["verb"]
        if _hedged(anchor) or _under_other_verb(anchor) or \
                any(_expected(t) for name, t in nodes.items() if name not in ("subject", "object")):
            continue
        if misparsed_subjects(anchor) or kind == "fights" and _historical(anchor):
            continue
        shape = []
        if "clause" in entry:  # the end that is the verb's clause subject
            found = clause_subject(anchor, passive=bool(entry.get("passive")))
            if found is None:
                continue
            if found[1] == "relation.subject-relative" and not ends.whole(found[0], relative_pronoun(anchor)):
                continue
            nodes[entry["clause"]] = found[0]
            shape = [rule(found[1])] if found[1] else []
        subjects = ends.all(nodes["subject"])
        objects = ends.all(nodes["object"], owner=bool(entry.get("object_owner")))
        if not subjects or not objects:
            continue
        if claims is None:
            claims = _claims(paragraph, quotes, statements)
        at = anchor.idx
        claimed = [] if _describes_speaker(anchor) else [speaker for start, end, speaker in claims if start <= at < end]
        if claimed:
            if claimed[0] is None:
                continue
            claimed_by = claimed[0]
        elif _inside_marks(paragraph.text, at) or _speech_ancestor(anchor) is not None \
                or _parenthetical_view(anchor):
            continue  # someone's words or view whose speaker is not known: no one's statement
        else:
            claimed_by = None
        for s_token, subject in subjects:
            for o_token, obj in objects:
                if subject.id == obj.id or claimed_by in (subject.id, obj.id) and kind in ("condemns", "welcomes"):
                    continue
                if kind in ("allied", "fights") and "person" in (subject.type, obj.type):
                    continue  # a person's "ally" stands by them, and a person's "war" is a figure of speech
                span = [t.i for name, t in nodes.items() if name not in ("subject", "object")]
                span += [s_token.i, o_token.i, *(t.head.i for t in (s_token, o_token) if t._.standin)]
                first, last = min(span), max(span)
                if last - first + 1 > MAX_EVIDENCE_TOKENS:
                    continue
                evidence = paragraph.text[doc[first].idx:doc[last].idx + len(doc[last].text)]
                out.append(Relation(subject=subject.id, kind=kind, object=obj.id, paragraph=paragraph.index,
                                    evidence=evidence, claimed_by=claimed_by,
                                    rules=merged([rule(rule_id)], shape,
                                                 [rule("relation.claimed")] if claimed_by else [])))
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
