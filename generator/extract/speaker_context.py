"""What the article has said so far about who is where, for resolving speaker phrases.

Every mention of a person or body outside quotations, with the clause it stands in (a subject,
in a clause another's speech verb reports, in a describing clause, hanging on a noun); the
titles the article gives people; the documents it names and who issued them; the unnamed
newcomers in subject position (``a witness``); the genders the pronouns tied so far gave people.
The lookups over them: the person or body last in subject position (for a pronoun), the one
person given a title, the issuer of a document, the body named earlier with a common noun.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator import lexicon
from generator.extract.genders import NOUN_GENDER, Genders
from generator.extract.register import distance_one, fold
from generator.extract.provenance import rule
from generator.extract.speaker_names import NameLookup
from generator.extract.speaker_namesakes import of_gender
from generator.extract.speech import (BODY_NOUNS, DOCUMENT_NOUNS, Who, clause_under, in_describing_clause,
                                      in_fronted_phrase, inside_noun_phrase, is_cue, tagged)
from generator.model import Actor

# Modifiers a role may have that make it another role: "vice president" is not "president".
_ROLE_QUALIFIERS = lexicon.words("role_qualifiers")
PRONOUN_GENDER = lexicon.table("pronoun_gender")
"""The gender each personal pronoun names."""
_VARIANTS = lexicon.table("spelling_variants")
# Words after which a body's name goes on with what the body is of or for ("Centre for X"): its
# head is the word before them.
_NAME_LINKS = frozenset({"of", "for", "on", "in", "to", "at", "and", "&"})
_NOT_BODIES = ("person", "place", "country")


def _spelt(word: str) -> str:
    """One spelling of a word English writes two ways (``centre``, ``center``)."""
    return _VARIANTS.get(word, word)


def name_head(name: str) -> str:
    """The noun that heads a body's name: ``center`` of ``the Harbour Research Center`` and of
    ``Centre for Coastal Studies``, in one spelling."""
    words = []
    for w in fold(name).split():
        if w in _NAME_LINKS and words:
            break
        words.append(w)
    return _spelt(words[-1]) if words else ""


def _body_named(who: Who) -> bool:
    """A name a body noun ends (``the harbour board``, ``Quay Committee``) names a body, whatever
    the tagger made of it: never the antecedent of "he" or "she"."""
    words = fold(who.name).split()
    return bool(words) and words[-1] in BODY_NOUNS and (who.actor is None or who.actor.type != "person")


def _named(who: Who) -> bool:
    """A person or body of the register, or a surname two of its people share (either may be meant)."""
    return who.actor is not None or bool(who.namesakes)


@dataclass
class Mention:
    """A place where the article names someone, outside quotations."""

    para: int
    offset: int
    who: Who
    subject: bool
    sentence: int = -1
    """Offset where the mention's sentence starts."""
    reported: bool = False
    """The mention stands in a clause someone else's speech verb reports ("she said that X had ...")."""
    minor: bool = False
    """A subject of a clause that only describes something in another (``a deal under which X
    resigned``, ``the talks X led``): not what the sentence is about."""
    complement: bool = False
    """A subject of the complement of a verb that reports no speech (``X hopes Y will ...``): the
    sentence is about the verb's own subject."""
    nested: bool = False
    """The name hangs on a noun (``Y's plan``, ``talks with Y``), not on a verb."""
    speaks: bool = False
    """The subject of a speech verb (``X said``)."""
    fronted: bool = False
    """The name stands in a clause set before its sentence's subject (``Asked about Y, X said``)."""
    document: bool = False
    """One document taken for whoever put it out (``the report said``, ``according to X's
    letter``): ``it`` may go on with it, ``they`` may not."""


@dataclass
class SpeakerContext(NameLookup):
    """The article's mentions, titles and documents up to a point, and the lookups over them."""

    mentions: list[Mention] = field(default_factory=list)
    roles: list[tuple[int, int, str, Actor]] = field(default_factory=list)
    """(paragraph, offset, title as written, person) for every title the article gives someone."""
    issuers: list[tuple[int, int, str, Who | None]] = field(default_factory=list)
    """(paragraph, offset, document noun, issuer) for ``X said in a statement`` and the like;
    no issuer for a new document the article gives none (``an email said``)."""
    documents: list[tuple] = field(default_factory=list)
    """(paragraph, offset, head token, paragraph text, quotations) for every document the
    article names outside quotations, in order."""
    unnamed: list[tuple[int, int]] = field(default_factory=list)
    """(paragraph, offset) of each subject that is a person the article does not name (``the actor``)."""
    unnamed_subjects: list[tuple[int, int, int, Who | None, bool]] = field(default_factory=list)
    """(paragraph, offset, sentence start, description, speaks) of each of those that is the
    subject of its sentence's own clause: the description as resolved (with the body it speaks
    for, if any), and whether its verb reports speech."""

    kinds: list[tuple[int, int, str, Who, frozenset[str]]] = field(default_factory=list)
    """(paragraph, offset, noun, body, words modifying the noun) for every body the article
    introduces by its kind (``the news network X``, ``X, a news agency``): ``the network`` or
    ``the agency`` after it is that body."""

    excluded: set[str] = field(default_factory=set)
    """Names a pronoun cannot stand for here (people the words it speaks name)."""

    first_full: dict[str, tuple[int, int]] = field(default_factory=dict)
    """(paragraph, offset) where the article first names each person in full, by actor id."""

    called_alone: dict[tuple, bool] = field(default_factory=dict)
    """Whether the article wrote a shared surname alone between two places, by surname and places
    (:mod:`generator.extract.speaker_namesakes`)."""

    chained: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    """(paragraph, offset, gender) of each pronoun the article's subjects have been tied to, by
    name, for the people the evidence of :mod:`generator.extract.genders` says nothing about."""

    def __post_init__(self):
        self.actors = self.index.actors
        self._by_para: dict[int, list[Mention]] = {}
        self._docs: dict[int, object] = {}
        self._genders = Genders()
        self._genders.given_names(a.name for a in self.actors if a.type == "person")
        self.gender = self._genders.known

    def _mention(self, m: Mention) -> None:
        self.mentions.append(m)
        self._by_para.setdefault(m.para, []).append(m)

    def _before(self, para: int, offset: int, window: int | None = None) -> list[Mention]:
        """Mentions before a position, in order; with ``window``, only in the last paragraphs."""
        if window is None:
            return [m for m in self.mentions if (m.para, m.offset) < (para, offset)]
        out = []
        for p in range(para - window, para + 1):
            out.extend(m for m in self._by_para.get(p, []) if (m.para, m.offset) < (para, offset))
        return out

    @staticmethod
    def _placed(para_index: int, tok, who: Who, subject: bool) -> Mention:
        """The mention of ``who`` by ``tok``, with the clause it stands in."""
        under = clause_under(tok)
        speaks = subject and is_cue(tok.head)
        # "X hopes to ..., Name told reporters", '"We propose ...," the report said', parsed with the
        # speech verb under the other verb: a speech verb with no "that" before it is the sentence's
        # own report, not a complement; one with "to" before it never is ("X expects Y to announce")
        aside = speaks and not any(c.dep_ == "mark" or c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children)
        return Mention(para_index, tok.idx, who, subject, tok.sent.start_char,
                       reported=under == "reported" and not aside, minor=in_describing_clause(tok),
                       complement=under == "complement" and not aside, nested=inside_noun_phrase(tok),
                       speaks=speaks, fronted=not subject and in_fronted_phrase(tok),
                       document=tok.tag_ == "NN" and tok.lemma_.lower() in DOCUMENT_NOUNS)

    def learn_gender(self, text: str, doc, quotes: list[tuple[int, int]]) -> None:
        """Count the evidence of the gender of the people one paragraph names
        (:mod:`generator.extract.genders`). Call on every paragraph before :meth:`scan`: a
        pronoun is never its own evidence, so one wrong guess cannot feed the next."""
        self._genders.learn(text, doc, quotes, self.name_phrase)

    def _alone(self, who: Who, para: int, offset: int) -> bool:
        """``who`` is the only person named in the last two paragraphs before a position: a
        pronoun there can stand for no one else, and shows their gender."""
        others = {m.who.name for m in self._before(para, offset, 2) if m.who.kind == "person"} - {who.name}
        return not others

    # -- lookups ---------------------------------------------------------------------------
    def last_person(self, para: int, offset: int, *, window: int = 2, pronoun: str | None = None,
                    sentence: int = -1, speaking: bool = False,
                    framing: tuple[int, int] | None = None) -> Who | None:
        """The person last mentioned before a position: in subject position if any in the
        last ``window`` paragraphs, else any mention in the same paragraph, unless a person the
        article does not name ("the actor") has been a subject since. With a pronoun, people the
        article shows to be of the other gender are passed over; "according to X" puts
        X in subject position, and a subject of a describing clause, of one another's speech
        verb reports (``X said Y had ...``) or of the complement of another verb (``X hopes Y
        will ...``) yields to its sentence's. Nobody when another person
        is named in that subject's sentence before it, or in the pronoun's own sentence (which
        starts at ``sentence``) before the pronoun; a pronoun ``speaking`` (the subject of a
        speech verb) in the sentence right after one whose subject spoke too passes over a name
        that only hangs on a noun there (``After talks with Y, X said ... . "...," he said``: X goes on
        speaking), and any pronoun ``speaking`` passes over a name in a clause set before that
        subject in its sentence when no one else is named after it (``Asked about Y, X said ... .
        "...," he said``). Nobody either when the subject stood in an earlier paragraph and the
        pronoun's own names another person, not as part of a noun phrase, and neither that subject
        nor anyone unnamed. A name in ``framing``, the characters of a participle clause that opens
        the pronoun's sentence (``Speaking to Y, he said``), is no rival: the clause is the pronoun's own."""
        want = PRONOUN_GENDER.get(pronoun or "")
        before = [m for m in self._before(para, offset, window)
                  if not (framing and m.para == para and framing[0] <= m.offset < framing[1])]
        before = [m for m in before if m.who.kind == "person" and not _body_named(m.who) and m.who.name not in self.excluded
                  and not (want and self._gender_of(m.who.name, want, para, offset) != want)]
        subjects = [m for m in before if m.subject]
        if subjects:
            last = subjects[-1]
            main = [m for m in subjects if not (m.minor or m.reported or m.complement) and m.para == last.para
                    and m.sentence == last.sentence]
            if (last.minor or last.reported or last.complement) and main and main[-1].who.name != last.who.name:
                last = main[-1]  # "X agreed to a deal under which Y resigned. ... he said": X
            since = (last.para, last.sentence if last.sentence >= 0 else last.offset)
            if sentence >= 0:
                since = min(since, (para, sentence))
            goes_on = speaking and last.speaks and self._next_sentence(last, para, sentence)
            # a clause set before the subject names only the circumstances, when no one else is named since
            framed = speaking and not any(m.who.name != last.who.name for m in before
                                          if (m.para, m.offset) > (last.para, last.offset))
            rivals = [m for m in before if m.who.name != last.who.name and _named(m.who) and not m.subject
                      and (since <= (m.para, m.offset) < (last.para, last.offset) and not (goes_on and m.nested)
                           and not (framed and m.fronted and (m.para, m.sentence) == (last.para, last.sentence))
                           or sentence >= 0 and (m.para, m.offset) >= (para, sentence))]
            here = [m for m in before if m.para == para] if sentence >= 0 and last.para < para else []
            if here and not any(m.who.name == last.who.name for m in here) \
                    and not any(p == para and o < offset for p, o in self.unnamed):
                # a new paragraph that names someone else, and neither the subject of an earlier one
                # nor anyone unnamed, is about the one it names: "X said ... . ¶ The union wrote to Y
                # ... . '...,' he said"
                rivals += [m for m in here if _named(m.who) and not m.nested]
            if rivals:
                return None  # "For X, Y was ... He said", "X's brother asked him, he said": either could be meant
            unnamed = self._unnamed_since((last.para, last.offset), para, offset, want)
            return self._settled(last.who, want) if unnamed is False else unnamed
        unnamed = self._unnamed_since((para, -1), para, offset, want)
        if unnamed is not False:
            return unnamed
        same = [m for m in before if m.para == para]
        if not same or any(p == para and same[-1].offset < o < offset for p, o in self.unnamed):
            return None  # "In a talk with X, the actor said ... he said": he may be the one not named
        return self._settled(same[-1].who, want)

    def _settled(self, who: Who, want: str | None) -> Who | None:
        """A surname two people share that nothing near it settled (``Lind``, of ``Ana Lind`` and
        ``Tom Lind``): the one of them of the pronoun's gender, else no one."""
        if not who.namesakes:
            return who
        actor = of_gender(self, list(who.namesakes), want) if want else None
        return Who(actor.name, actor, actor.role, rules=[rule("speaker.namesake")]) if actor else None

    def _gender_of(self, name: str, default: str, para: int, offset: int) -> str:
        """The gender the evidence shows, else the one every pronoun tied to the name before a
        position had (``X ... she contacted the police ... He said``: not X), else ``default``."""
        if name in self.gender:
            return self.gender[name]
        chained = {g for p, o, g in self.chained.get(name, ()) if (p, o) < (para, offset)}
        return next(iter(chained)) if len(chained) == 1 else default

    def _unnamed_since(self, after: tuple[int, int], para: int, offset: int, want: str | None) -> Who | None | bool:
        """A person the article does not name who has been the subject of a sentence since
        ``after`` (and before the pronoun), in its paragraph or the one before: the pronoun is
        theirs. The member of a body (``A spokeswoman for the ministry confirmed ... . "...," she
        said``) is that description, with its body; anyone else unnamed who spoke (``A witness
        told reporters ...``) leaves the pronoun without a speaker, as does a noun of the other
        gender, unless that sentence names someone the pronoun may stand for (``A reporter asked
        X ... . He replied``). ``False`` when there is no one."""
        after = max(after, (para - 1, -1))
        since = [u for u in self.unnamed_subjects if after < (u[0], u[1]) < (para, offset)]
        if not since:
            return False
        at, _, sentence, who, speaks = since[-1]
        gender = NOUN_GENDER.get(fold(who.name).split()[-1]) if who is not None and who.name else None
        if want and gender and gender != want:
            return None
        if who is not None and who.body is not None:
            return tagged(who, "speaker.pronoun-unnamed-member", keep=False)
        if any(m.sentence == sentence and m.who.kind == "person" for m in self._by_para.get(at, [])):
            return False
        return None if speaks else False

    def _next_sentence(self, m: Mention, para: int, sentence: int) -> bool:
        """The sentence that starts at ``sentence`` in paragraph ``para`` comes right after the
        sentence of mention ``m``, in its paragraph or first in the next one."""
        starts = [s.start_char for s in self._docs[m.para].sents] if m.para in self._docs else []
        if m.sentence not in starts or sentence < 0:
            return False
        k = starts.index(m.sentence) + 1
        if para == m.para:
            return k < len(starts) and starts[k] == sentence
        return para == m.para + 1 and k == len(starts) and para in self._docs \
            and sentence == next(iter(self._docs[para].sents)).start_char

    def last_body(self, para: int, offset: int, *, plural: bool = False) -> Who | None:
        """The body that "it" or "they" stands for: the last body that was the subject of the
        article's own clause; a place does not speak, and a name inside a clause that reports
        another's words is not what the narrative goes on about. A ``plural`` pronoun never
        stands for one document (``According to X's report, ... . They said``)."""
        before = [m for m in self._before(para, offset, 1) if m.who.kind == "body" and m.subject
                  and not m.reported and not (m.who.actor is not None and m.who.actor.type == "place")
                  and not (plural and m.document)]
        return before[-1].who if before else None

    def role_holder(self, para: int, offset: int, title: str) -> Actor | None:
        """The person the article has given this title before this point."""
        words = [w for w in fold(title).split() if w not in ("the", "a", "an", "its", "his", "her", "their", "of")]
        lead = re.split(r" (?:of|for|to|in|at|on|from|with) ", f" {fold(title)} ", maxsplit=1)[0].split()
        if not words or not lead:
            return None
        head = lead[-1]
        quals = set(words) & _ROLE_QUALIFIERS
        found = {}
        candidates = [(p, o, t, a) for p, o, t, a in self.roles if (p, o) < (para, offset)]
        candidates += [(-1, -1, a.role, a) for a in self.index.actors if a.type == "person" and a.role]
        for p, o, t, a in candidates:
            tw = fold(t).split()
            lead = re.split(r" (?:of|for|to|in|at|on|from|with) ", f" {fold(t)} ", maxsplit=1)[0].split()
            if not lead or lead[-1] != head or (set(tw) & _ROLE_QUALIFIERS) != quals:
                continue
            if not all(w in tw or any(distance_one(w, x) for x in tw) for w in words):
                continue
            found[a.id] = a
        if not found:
            return None
        if len(found) == 1:
            return next(iter(found.values()))
        return None

    def issuer(self, para: int, offset: int, noun: str) -> Who | None:
        before = [w for p, o, n, w in self.issuers if (p, o) < (para, offset) and n == noun and p >= para - 3]
        return before[-1] if before else None  # None also where the last such document has no issuer

    def earlier_body(self, para: int, offset: int, noun: str, words: frozenset[str] = frozenset()) -> Who | None:
        """``the embassy``: the body named earlier with that noun (``the U.S. Embassy in X``)."""
        noun = _spelt(noun)
        for m in reversed(self._before(para, offset, 10)):
            if m.who.kind == "body" and m.who.name and noun in map(_spelt, fold(m.who.name).split()):
                return m.who
        return self.body_of_kind(para, offset, noun, words)

    def body_by_head(self, para: int, offset: int, noun: str, words: frozenset[str] = frozenset()) -> Who | None:
        """``the centre``, ``the research institute``: the one body of the register named in the
        last ten paragraphs whose name this noun heads (``the Harbour Research Center``,
        ``Institute for Tidal Studies``, either spelling) and has every word that modifies the
        noun here (``the other centre`` is none); the one in this paragraph and the two before
        it, if two were named further back; nobody when two such bodies are that near."""
        noun = _spelt(noun)
        words = {_spelt(w) for w in words}
        for window in (2, 10):
            found = {m.who.actor.id: m.who for m in self._before(para, offset, window)
                     if m.who.kind == "body" and m.who.actor is not None and m.who.actor.type not in _NOT_BODIES
                     and name_head(m.who.actor.name) == noun
                     and words <= set(map(_spelt, fold(m.who.actor.name).split()))}
            if found:
                return next(iter(found.values())) if len(found) == 1 else None
        return None

    def body_of_kind(self, para: int, offset: int, noun: str, words: frozenset[str] = frozenset()) -> Who | None:
        """``the agency``: the one body the article introduced before as of that kind (``X, a news
        agency``, ``the news agency X``), with every word that modifies the noun here (``the
        opposition party`` is not ``the ruling party X``); nobody when it introduced two."""
        found = {fold(w.name): w for p, o, n, w, intro in self.kinds
                 if n == noun and (p, o) < (para, offset) and words <= intro}
        return next(iter(found.values())) if len(found) == 1 else None
