"""Speech cues and the noun phrases that name a speaker, found through the parse.

A speaker is found through the dependency parse: the subject of a speech verb, the agent of a
passive, the subject of the verb a participle hangs on, the object of ``quoted X as saying``,
the noun a participle modifies. :func:`subject_and_rule` says which of these it was, as a rule
id (:mod:`generator.extract.provenance`). Cues that are fixed phrases (``according to X``)
are token patterns kept as data (:func:`cue_phrases`). Resolving the phrase to an actor is the
job of :mod:`generator.extract.speakers`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from generator import lexicon
from generator.extract.clause_subjects import (conjoined, in_any, named_before_clause,
                                                owner_of_noun_before_participle, passive_verb)
from generator.extract.provenance import merged, rule
from generator.model import Actor

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

# Verbs that report speech or writing (lemmas).
CUE_VERBS = lexicon.having("speech_verbs", "cue")
# Verbs that report speech only as an aside set against quoted words ('"...," she continued'):
# "the talks continued" reports nothing.
ASIDE_VERBS = lexicon.having("speech_verbs", "aside")
# Cues that only report speech when the verb has an explicit quotation or clause: kept for
# quotations, left out of reported statements.
STATEMENT_VERBS = lexicon.having("speech_verbs", "statement")
# Verbs by which a body puts out a document: "a statement released by X" (not "a letter seen by X").
ISSUE_VERBS = lexicon.words("issue_verbs")
# Verbs that name a title, not a speaker: ``a report entitled "..."``.
NAMING_VERBS = lexicon.words("naming_verbs")
# Nouns whose quoted words are slogans or titles, not speech.
SLOGAN_NOUNS = lexicon.words("slogan_nouns")
DOCUMENT_NOUNS = lexicon.words("document_nouns")
BODY_NOUNS = lexicon.words("body_nouns")
# Nouns that can name a speaker: the offices and roles actor extraction knows (roles.ROLE_NOUNS),
# and nouns that describe a person ("a woman", "his brother").
ROLE_NOUNS = lexicon.words("role_nouns") | lexicon.words("person_nouns")
PERSON_PRONOUNS = frozenset(lexicon.table("pronoun_gender"))
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
NOUNS = ("NOUN", "PROPN", "PRON", "NUM")


@dataclass
class Who:
    """A resolved speaker: an actor, or a name or description as the article writes it."""

    name: str | None
    actor: Actor | None = None
    role: str | None = None
    note: str | None = None
    kind: str = "person"
    """``person``, ``body`` (an organisation, country or group) or ``unknown``."""
    body: Actor | None = None
    """The body an unnamed speaker speaks for (``a spokesman for the ministry``)."""
    rules: list[str] = field(default_factory=list)
    """Ids of the rules that resolved it (or left it unresolved): ``speaker.*``."""
    namesakes: tuple = ()
    """The people a surname alone may be, where two of the article share it and nothing near it
    says which (:mod:`generator.extract.speaker_namesakes`): a pronoun of one gender after it is the
    one of them of that gender, else no one."""

    @property
    def id(self) -> str | None:
        return self.actor.id if self.actor else None


def tagged(who: Who | None, *rule_ids: str, keep: bool = True) -> Who | None:
    """A copy of ``who`` whose rules start with ``rule_ids`` (each checked against the
    catalogue), followed by its own unless ``keep`` is false. ``None`` stays ``None``."""
    if who is None:
        return None
    return replace(who, rules=merged([rule(r) for r in rule_ids], who.rules if keep else ()))


def unknown(note: str, rule_id: str) -> Who:
    """No speaker, with the reason a reader sees and the rule that declined to name one."""
    return Who(None, note=note, rules=[rule(rule_id)])


def phrase_tokens(head: "Token") -> list["Token"]:
    """The noun phrase of ``head``: its modifiers, and prepositional phrases after it, but not
    appositions, relative clauses, anything after a comma, or the document its words are put out
    in (``the organisers in their statement``: the organisers). Read once, kept with the Doc."""
    doc, known = head.doc, head.doc.user_data.setdefault("generator.phrase_tokens", {})
    if head.i not in known:
        known[head.i] = tuple(t.i for t in _phrase_tokens(head))
    return [doc[i] for i in known[head.i]]


def _phrase_tokens(head: "Token") -> list["Token"]:
    keep = [head]
    for child in head.children:
        if child.i < head.i and child.dep_ in ("det", "compound", "amod", "poss", "nmod", "nummod",
                                                "case", "quantmod", "advmod", "predet"):
            keep.extend(child.subtree)
        elif child.i > head.i and child.dep_ == "prep" and not (
                child.lower_ == "in" and any(c.dep_ == "pobj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in child.children)):
            sub = []  # the phrase up to a comma or a clause; read no further than one word too many
            for t in child.subtree:
                if t.text in ",;:()" or t.dep_ in ("relcl", "acl", "appos") or len(sub) > 8:
                    break
                sub.append(t)
            if 2 <= len(sub) <= 8 and sub[-1].pos_ in ("NOUN", "PROPN", "NUM"):
                keep.extend(sub)
    keep = sorted(set(keep), key=lambda t: t.i)
    # one stretch of text: what follows the head only as far as it runs on without a gap
    out = [t for t in keep if t.i <= head.i]
    for t in keep:
        if t.i > head.i and t.i == out[-1].i + 1:
            out.append(t)
    return out


def phrase_text(text: str, tokens: list["Token"]) -> str:
    if not tokens:
        return ""
    a, b = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return text[a:b].strip(" ,;:")


def subject_of(verb: "Token", outside: list[tuple[int, int]]) -> "Token | None":
    """The token naming who performs a speech verb (see :func:`subject_and_rule`)."""
    return subject_and_rule(verb, outside)[0]


def subject_and_rule(verb: "Token", outside: list[tuple[int, int]]) -> "tuple[Token | None, str | None]":
    """The token naming who performs a speech verb, with the rule that found it: its subject,
    the agent of a passive, the subject of the verb a participle or conjunct depends on, or the
    noun a participle modifies. Verbs inside quotations are passed over: their subjects are the
    speaker's words."""
    v = verb
    if verb.lemma_.lower() in lexicon.having("speech_verbs", "quoting"):
        objects = [c for c in verb.children if c.dep_ == "dobj" and not in_any(c, outside) and _named_or_role(c)]
        if objects:
            return objects[0], "speaker.quoting-object"  # "the agency quoted X (as saying)"
    for _ in range(8):
        quoted = in_any(v, outside)
        subjects = [c for c in v.children if c.dep_ in SUBJECTS and not in_any(c, outside)]
        subjects = subjects or _compound_subject(v, outside)
        agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not quoted and v == verb:
            swallowed = subject_in_fronted_phrase(v, outside)
            if swallowed is not None:
                return swallowed, "speaker.subject-in-fronted-phrase"
        if not quoted and subjects:
            s = named_of_two(subjects)
            if s.dep_ == "nsubjpass" and agents and v != verb:
                # "X was joined by Y and joked", "X was interviewed by Y, saying": X
                return s, "speaker.subject-of-governing-verb"
            if s.dep_ == "nsubjpass" and agents:
                return agents[0], "speaker.passive-agent"
            if s.dep_ == "nsubjpass" and v.lemma_.lower() in lexicon.having("speech_verbs", "quoted-as") \
                    and (v != verb or _as_saying(v)):
                # "X was quoted as saying": the one quoted, in the passive, also where the parse hangs
                # the words on "quoted" itself ("...," X was quoted as saying in the weekly paper)
                return s, "speaker.quoting-object"
            quoted_as = [c for c in v.children if c.dep_ == "dobj" and not in_any(c, outside) and _named_or_role(c)]
            if v != verb and v.lemma_.lower() in lexicon.having("speech_verbs", "quoting") and quoted_as \
                    and not conjoined(verb, v):
                return quoted_as[0], "speaker.quoting-object"  # "the agency quoted X as saying"
            if s.dep_ == "nsubjpass" and v != verb and conjoined(verb, v, only=True) \
                    and not passive_verb(verb):
                # "X was surprised by the vote and said"; not "X was placed on alert and told to ...",
                # where X is told, by someone else
                return s, "speaker.subject-of-governing-verb"
            if s.dep_ == "nsubjpass":
                return None, None
            if v != verb:
                return s, "speaker.subject-of-governing-verb"
            named = named_before_clause(v, s)
            if named is not None:
                return named, "speaker.subject-of-cue"
            owner = owner_of_noun_before_participle(v, s)
            if owner is not None and not in_any(owner, outside):
                return owner, "speaker.subject-of-governing-verb"
            return s, "speaker.inverted" if s.i > v.i else "speaker.subject-of-cue"
        if not quoted and agents:
            return agents[0], "speaker.passive-agent"
        if not quoted and v == verb:
            # '"...", said KCNA': the parse may take the speaker after the verb as its object
            after = [c for c in v.children if c.i > v.i and c.dep_ in ("dobj", "attr", "npadvmod", "dative", "oprd")
                     and c.pos_ in NOUNS and c.ent_type_ not in ("DATE", "TIME") and not in_any(c, outside)]
            k = v.i - 1
            while k >= 0 and v.doc[k].is_punct and not in_any(v.doc[k], outside):
                k -= 1
            # the verb comes right after the quotation; "told Y" names who heard, not who spoke
            quote_before = k >= 0 and in_any(v.doc[k], outside) and v.lemma_.lower() != "tell"
            if after and quote_before:
                return after[0], "speaker.inverted"
            if quote_before and not after:
                name = _name_after(v, outside)
                if name is not None:
                    return name, "speaker.inverted"  # '"...," said X Y, a ...' with X Y hung on a later verb
        if not quoted and v.dep_ == "acl" and v.head.pos_ in NOUNS:
            if v.tag_ != "VBG" and v.head.dep_ == "pobj":
                # "a group called ...": the noun is what is spoken of; a finite verb taken for a
                # participle ("X speaking to the panel called ...") has lost its subject
                return None, None
            return v.head, "speaker.noun-with-participle"
        if not quoted and v.dep_ == "amod" and v.head.i > v.i and v.head.pos_ in NOUNS:
            return v.head, "speaker.inverted"  # '"...", added KCNA' parsed as an adjective on the name
        if v.head == v:
            return None, None
        if quoted or v.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "relcl", "pobj", "prep", "ccomp"):
            if v.dep_ == "ccomp" and not quoted and not is_cue(v.head):
                return None, None
            v = v.head
            # a participle hung on the reported clause: climb to the verb that reports it
            while v.dep_ == "ccomp" and is_cue(v.head) and v != verb and not is_cue(v):
                v = v.head
            continue
        return None, None
    return None, None


def subject_in_fronted_phrase(verb: "Token", outside: list[tuple[int, int]]) -> "Token | None":
    """The speaker the parse hung on a phrase set before a speech verb that has no subject of its
    own (``Speaking to the radio, the head of the union, Name Surname, said``, ``In a letter to the
    board, its chairman said``, ``Echoing others, Name, a local farmer, told ...``): the phrase
    set off by a comma, in apposition inside the fronted phrase, that ends right before the verb.
    Of several such, the widest (the description with the name it is apposed to)."""
    if any(c.dep_ in SUBJECTS and c.pos_ not in ("VERB", "AUX") for c in verb.children):
        return None  # a participle taken for the subject ("Echoing X, Name told") is no subject
    doc = verb.doc
    k = verb.i - 1
    if k >= 0 and doc[k].text == "," and not in_any(doc[k], outside):
        k -= 1
    fronted = [c for c in verb.lefts if c.dep_ in ("prep", "advcl", "csubj", "npadvmod")
               and k <= c.right_edge.i < verb.i]
    if not fronted:
        return None
    for t in fronted[0].subtree:
        if (t.dep_ == "appos" or t.dep_ == "conj" and t.ent_type_ == "PERSON") and k <= t.right_edge.i < verb.i \
                and not in_any(t, outside) and t.ent_type_ not in ("DATE", "TIME") and doc[t.left_edge.i - 1].text == "," \
                and (t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "")
                     or t.pos_ == "NOUN" and t.lemma_.lower() in ROLE_NOUNS):
            return t
    return None


def is_subject_in_fronted_phrase(tok: "Token", outside: list[tuple[int, int]]) -> bool:
    """Whether ``tok`` is the subject of a verb that the parse hung, as an apposition, on a
    phrase set before that verb (:func:`subject_in_fronted_phrase`): not a title of the name
    it hangs on, and in subject position."""
    if tok.dep_ not in ("appos", "conj"):
        return False
    x = tok
    while x.head != x and not (x.head.pos_ in ("VERB", "AUX") and x.dep_ in ("prep", "advcl", "csubj", "npadvmod")
                               and x.i < x.head.i):
        x = x.head
    return x.head != x and subject_in_fronted_phrase(x.head, outside) == tok


def participle_before(subject: "Token") -> "tuple[int, int] | None":
    """The characters of a participle clause that opens the sentence of ``subject`` and ends
    right before it, with a comma (``Speaking to Name Surname, he said``, ``Asked about the
    plan by Name, she said``): the clause has no subject of its own, so it is about ``subject``,
    and no one named inside it is whom ``subject`` stands for. ``None`` when there is none."""
    sent = subject.sent
    k = subject.i - 1
    if k <= sent.start or subject.doc[k].text != ",":
        return None
    clause = subject.doc[sent.start]
    if clause.tag_ not in ("VBG", "VBN") or any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in clause.children):
        return None  # "Having X in charge": a clause with a subject of its own
    if not all(t == clause or t.is_punct or clause.is_ancestor(t) for t in subject.doc[sent.start:k]):
        return None
    return clause.idx, subject.doc[k].idx


def _compound_subject(verb: "Token", outside: list[tuple[int, int]]) -> "list[Token]":
    """A name or pronoun the parse hung on a verb as a compound (``"...," X notes.``, the
    verb read as a noun the name modifies): the verb's subject. Only right before the verb,
    where nothing else can stand as a subject."""
    if verb.pos_ != "VERB":
        return []
    return [c for c in verb.lefts if c.dep_ == "compound" and c.i == verb.i - 1 and c.pos_ in ("PROPN", "PRON")
            and not in_any(c, outside)]


def _name_after(verb: "Token", outside: list[tuple[int, int]]) -> "Token | None":
    """The proper name right after a speech verb that follows a quotation and has no subject
    of its own (``"...," said X Y, a ...``), where the parse hung the name on a later verb:
    the last word of that run of proper names, when a comma or the sentence's end closes it."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].pos_ == "PROPN" and not in_any(doc[k], outside):
        k += 1
    if k == verb.i + 1 or k < len(doc) and doc[k].text not in (",", ".", ";") or doc[k - 1].ent_type_ in (
            "DATE", "TIME"):
        return None  # "said X's lawyer": the name is not the whole phrase
    return doc[k - 1]


def inside_noun_phrase(tok) -> bool:
    """A name that hangs on a noun (``the will of Y``, ``Y's plan``, ``the senator, Y``), not
    on a verb as what it acts on."""
    if tok.dep_ in ("poss", "appos"):
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN")


def in_fronted_phrase(tok) -> bool:
    """A name in a clause set before the subject of its sentence's main verb (``Asked about Y, X
    said``, ``Standing beside Y, X ...``): the circumstances, not who acts in the sentence. Not a
    phrase (``For Y, X was ...``), which may give whose view the sentence tells."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "advcl" and node.head.dep_ == "ROOT":
            subjects = [c for c in node.head.children if c.dep_ in SUBJECTS]
            return bool(subjects) and node.right_edge.i < subjects[0].left_edge.i
        node = node.head
    return False


def _named_or_role(tok: "Token") -> bool:
    """A phrase that can name whom a verb quotes: a name, a title, a pronoun for a person."""
    return tok.pos_ == "PROPN" or tok.lemma_.lower() in ROLE_NOUNS or tok.lower_ in PERSON_PRONOUNS


def is_cue(token: "Token") -> bool:
    """A verb that reports speech or writing, also where the tagger took it for a plural noun
    (``The ministry notes, "..."``: a root ``notes`` with a subject of its own)."""
    if token.pos_ in ("VERB", "AUX"):
        lemma = token.lemma_.lower()
        return lemma in CUE_VERBS or lemma in ASIDE_VERBS and _beside_quote(token)
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" and token.lower_.endswith("s") \
        and token.lower_[:-1] in CUE_VERBS and any(c.dep_ == "nsubj" for c in token.children)


_MARKS = frozenset(('"', "\u201c", "\u201d", "''", "``"))


def _beside_quote(verb: "Token") -> bool:
    """An aside verb with nothing of its own to carry on (no object, no infinitive), set right
    against quotation marks: ``"...," she continued``, ``he continued: "..."``, ``he points out,
    "..."``; a particle or a phrase of where or how may come with it (``she continued in the
    statement``, ``he spoke on the radio, "..."``)."""
    if any(c.dep_ in ("dobj", "xcomp", "acomp", "attr") and not c.is_punct for c in verb.children):
        return False
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    preps = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.i > verb.i]  # "she went on", "points out"
    first = min([verb, *[t for s in subjects for t in s.subtree]], key=lambda t: t.i)
    last = max([verb, *[t for s in subjects + preps if s.i > verb.i for t in s.subtree]], key=lambda t: t.i)
    before = [doc[k].text for k in range(max(0, first.i - 2), first.i)]
    after = [doc[k].text for k in range(last.i + 1, min(len(doc), last.i + 3))]
    # the comma may stand outside the marks ('"...", she continued')
    return bool(before) and (before[-1] in _MARKS or before[-1] in ",:" and len(before) > 1 and before[-2] in _MARKS) \
        or bool(after) and (after[0] in _MARKS or after[0] in ",:" and len(after) > 1 and after[1] in _MARKS)


def cue_phrases(doc) -> list[tuple[str, "Token", "Token"]]:
    """``(rule id, cue, speaker)`` for each fixed cue phrase of the paragraph (``according to
    X``, ``in the words of X``: ``generator/data/patterns/speech_cues.jsonl``), in order; the
    speaker is the head of the phrase that names who spoke. Found once per parse."""
    found = doc.user_data.get("speech_cues")
    if found is None:
        from generator.extract.patterns import load, run

        # one rule may have several patterns: each is told apart by its number of nodes
        nodes = {(e["id"], len(e["pattern"])): [n["RIGHT_ID"] for n in e["pattern"]] for e in load("speech_cues")}
        found = []
        for match_id, ids in run("speech_cues", doc):
            rule_id = doc.vocab.strings[match_id]
            names = nodes[(rule_id, len(ids))]
            speaker = ids[names.index("speaker")]
            # the cue is the phrase's first word: "according", or "in" of "in the words of"
            found.append((rule_id, min(i for i in ids if i != speaker), speaker))
        found = doc.user_data["speech_cues"] = sorted(set(found), key=lambda m: (m[1], m[2]))
    return [(rule_id, doc[cue], doc[speaker]) for rule_id, cue, speaker in found]


def described(who: Who | None) -> bool:
    """A speaker kept only as the article describes it with a noun for neither a person nor a
    body (``a message``, ``records``, ``a formula``), or a document no one is said to have issued."""
    if who is None or who.actor is not None or not who.rules:
        return False
    return who.rules[0] == "speaker.document-as-written" or (
        who.rules[0] == "speaker.description-as-written" and who.kind == "unknown")


def in_reported_clause(tok) -> bool:
    """``tok`` hangs, through its clause, from a speech verb's complement ("she added that X ...")."""
    return clause_under(tok) == "reported"


def clause_under(tok) -> str | None:
    """What the clause ``tok`` stands in hangs from: ``reported`` for a speech verb's complement
    ("she added that X ..."), ``complement`` for any other verb's ("she hopes X will ...", "he
    tried to hold X to account"), ``None`` for the sentence's own clause."""
    node = tok.head
    found = None
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.pos_ in ("VERB", "AUX"):
            if node.head.lemma_.lower() in CUE_VERBS:
                return "reported"
            found = "complement"
        node = node.head
    return found


def in_describing_clause(tok) -> bool:
    """``tok`` is the subject of a relative clause or of a clause that modifies a noun (``a deal
    under which X resigned``): it describes something in another clause, which is what the
    sentence is about."""
    node = tok.head
    while node.head.i != node.i:
        if node.dep_ in ("relcl", "acl"):
            return True
        node = node.head
    return False


def plural_speakers_before(tok, quotes):
    """``The researchers say ... . They call for ...``: the plural subject of a speech verb
    in the sentence just before, when no other plural noun is its subject since."""
    sent = tok.sent
    if sent.start == 0:
        return None
    root = tok.doc[sent.start - 1].sent.root
    if not is_cue(root):
        return None
    subj = subject_of(root, quotes)
    if subj is None or subj.tag_ != "NNS" or subj.pos_ != "NOUN":
        return None
    if any(t.tag_ == "NNS" and t.dep_ in SUBJECTS and t.head.dep_ == "ROOT" for t in tok.doc[subj.i + 1:tok.i]):
        return None
    return subj


_RELATIVE_WORDS = lexicon.words("relative_pronouns")


def source_aside(verb: "Token") -> bool:
    """A speech verb in an aside that tells where the words of another verb were reported or
    what someone made of them, not who said them: ``X said, as reported by Y, "..."`` (a
    clause opened by *as* with no subject of its own) and ``X spoke - which Y called rare -
    "..."`` (a clause opened by a relative pronoun, however the parse hangs it)."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if verb.dep_ == "advcl" and "as" in marks and not any(c.dep_ == "nsubj" for c in verb.children):
        return True  # "as reported by Y", "as quoted in Y"; "as the crowd yelled" tells what someone said
    first = min(verb.subtree, key=lambda t: t.i)
    return first.lower_ in _RELATIVE_WORDS and first.lower_ != "that" and first.head == verb \
        and first.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")


def named_of_two(subjects: list["Token"]) -> "Token":
    """Of two subjects the parse gives one verb, the name set after the first and a comma
    (``A member of the board, Name Surname said``): the first describes the one the name names.
    A place set after a place inside a phrase before the subject (``Speaking in Hollis, New
    Hampshire, Name said``, parsed as two subjects) says where, and is no subject."""
    if len(subjects) > 1:
        subjects = [s for s in subjects if not _place_after_place(s)] or subjects
    if len(subjects) == 2 and subjects[0].pos_ in ("NOUN", "NUM") and subjects[1].pos_ == "PROPN" \
            and subjects[0].i < subjects[1].i:
        left = subjects[1].left_edge
        if left.i > 0 and left.doc[left.i - 1].text == "," and left.doc[left.i - 1].head in (subjects[0], subjects[1],
                                                                                          subjects[0].head):
            return subjects[1]
    return subjects[0]


def _place_after_place(tok: "Token") -> bool:
    """A place right after a place that a preposition governs and a comma: ``New Hampshire`` in
    ``in Hollis, New Hampshire``."""
    left = tok.left_edge
    doc = tok.doc
    if tok.ent_type_ not in ("GPE", "LOC") or left.i < 2 or doc[left.i - 1].text != ",":
        return False
    before = doc[left.i - 2]
    return before.ent_type_ in ("GPE", "LOC") and (before.dep_ == "pobj" or before.head.dep_ == "pobj")


def _as_saying(verb: "Token") -> bool:
    """``quoted as saying``: the verb has ``as`` with a speech verb after it."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(is_cue(g) for g in c.children) for c in verb.children)
