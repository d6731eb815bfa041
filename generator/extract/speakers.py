"""Who a speaker phrase refers to: resolving it against the article's actors.

A name or surname (accents and one-letter typos forgiven), a pronoun (the person or body last
in subject position), a role (``the minister``: the one person the article gives that title), a
body described by its common noun (``the embassy``: the one named earlier), a document (``the
statement``: whoever issued it). What cannot be resolved with confidence is kept as written
(unnamed sources, groups) or left without a speaker, with the reason. Every :class:`Who` it
returns names the ``speaker.*`` rule that resolved it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator import lexicon
from generator.extract.genders import Genders
from generator.extract.provenance import rule
from generator.extract.register import distance_one, fold
from generator.extract.speaker_names import TITLE_WORDS, NameLookup
from generator.extract.speech import (BODY_NOUNS, DOCUMENT_NOUNS, ISSUE_VERBS, NOUNS, PERSON_PRONOUNS,
                                      ROLE_NOUNS, SUBJECTS, Who, clause_under, described, in_any,
                                      cue_phrases, in_describing_clause, inside_noun_phrase, is_cue, name_after_noun,
                                      phrase_text, phrase_tokens, plural_speakers_before, subject_of, tagged,
                                      unknown)
from generator.model import Actor

# Modifiers a role may have that make it another role: "vice president" is not "president".
_ROLE_QUALIFIERS = lexicon.words("role_qualifiers")
_GENDER = lexicon.table("pronoun_gender")
_BODY_PRONOUNS = lexicon.words("body_pronouns")
_RELATIVE = lexicon.words("relative_pronouns")
_INDEFINITE = lexicon.words("indefinite_determiners")


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


@dataclass
class Resolver(NameLookup):
    """Resolves speaker phrases to actors, with the article's earlier mentions as context."""

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
    _reading_document: bool = False

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

    # -- the article's mentions, in order --------------------------------------------------
    def scan(self, para_index: int, text: str, doc, quotes: list[tuple[int, int]]) -> None:
        """Record who is mentioned where in one paragraph (outside quotations), the titles
        given to people and the documents bodies issue. The source a phrase such as "according to X"
        names is in subject position, as a speaker is."""
        self._docs[para_index] = doc
        sources = {source.i for rule_id, _, source in cue_phrases(doc) if rule_id == "speaker.according-to"}
        for tok in doc:
            if tok.pos_ not in NOUNS or in_any(tok, quotes):
                continue
            if tok.dep_ in ("compound", "poss") and tok.head.pos_ == "PROPN" and tok.pos_ == "PROPN":
                continue
            subject = tok.dep_ in SUBJECTS
            if tok.pos_ == "PRON":
                if subject and tok.lower_ in PERSON_PRONOUNS:
                    who = self.last_person(para_index, tok.idx, pronoun=tok.lower_, sentence=tok.sent.start_char)
                    if who:
                        self._mention(Mention(para_index, tok.idx, who, True, tok.sent.start_char,
                                              minor=in_describing_clause(tok)))
                        if not self._genders.voted(who.name) and self._alone(who, para_index, tok.idx):
                            self.gender.setdefault(who.name, _GENDER[tok.lower_])
                continue
            subject = (subject or tok.i in sources) and not in_any(tok.head, quotes)
            who = self.name_phrase(text, tok)
            if who and who.actor is not None:
                self._mention(self._placed(para_index, tok, who, subject))
                if who.actor.type == "person":
                    self._titles(para_index, text, tok, who.actor)
            elif subject and any(c.isalnum() for c in tok.text):
                who = self.resolve(text, tok, quotes, para_index=para_index)
                if who is not None and who.name and (who.actor is not None or tok.pos_ == "PROPN" or who.kind == "body"):
                    self._mention(self._placed(para_index, tok, who, True))
                elif tok.pos_ == "NOUN" and tok.lemma_.lower() in ROLE_NOUNS and tok.tag_ == "NN":
                    self.unnamed.append((para_index, tok.idx))
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in ROLE_NOUNS:
                # "the minister of X, Name Surname": the title on the left of an apposition
                for ap in tok.children:
                    if ap.dep_ in ("appos", "conj") and ap.pos_ == "PROPN":
                        person = self.name_phrase(text, ap)
                        if person and person.actor and person.actor.type == "person":
                            self.roles.append((para_index, tok.idx, phrase_text(text, phrase_tokens(tok)), person.actor))
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in DOCUMENT_NOUNS:
                # "an email news digest": the document is the phrase the noun modifies
                phrase = tok
                while phrase.dep_ == "compound" and phrase.head.pos_ == "NOUN" and phrase.head != phrase:
                    phrase = phrase.head
                issuer = self._issuer_from_context(text, phrase, quotes, para_index)
                if issuer or any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in phrase.children):
                    # a new document with no issuer given: "the email" after it is this one
                    self.issuers.append((para_index, tok.idx, tok.lemma_.lower(), issuer))
                self.documents.append((para_index, tok.idx, phrase, text, quotes))

    @staticmethod
    def _placed(para_index: int, tok, who: Who, subject: bool) -> Mention:
        """The mention of ``who`` by ``tok``, with the clause it stands in."""
        under = clause_under(tok)
        speaks = subject and is_cue(tok.head)
        # "X hopes to ..., Name told reporters", '"We propose ...," the report said', parsed with the
        # speech verb under the other verb: a speech verb with no "that" before it is the sentence's
        # own report, not a complement
        aside = speaks and not any(c.dep_ == "mark" for c in tok.head.children)
        return Mention(para_index, tok.idx, who, subject, tok.sent.start_char,
                       reported=under == "reported" and not aside, minor=in_describing_clause(tok),
                       complement=under == "complement" and not aside, nested=inside_noun_phrase(tok),
                       speaks=speaks)

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

    def _titles(self, para_index: int, text: str, tok, person: Actor) -> None:
        lefts = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "poss")]
        span = sorted({t for c in lefts for t in c.subtree}, key=lambda t: t.i)
        names = set(fold(" ".join([person.name, *person.aliases])).split())
        while span and fold(span[-1].text) in names:
            span.pop()
        if any(t.lower_ in ROLE_NOUNS or t.lemma_.lower() in ROLE_NOUNS for t in span):
            self.roles.append((para_index, tok.idx, phrase_text(text, span), person))
        for ap in tok.children:
            if ap.dep_ == "appos" and ap.pos_ == "NOUN":
                self.roles.append((para_index, tok.idx, phrase_text(text, phrase_tokens(ap)), person))
        if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
            self.roles.append((para_index, tok.idx, phrase_text(text, phrase_tokens(tok.head)), person))

    def _issuer_from_context(self, text: str, tok, quotes, para: int) -> Who | None:
        """``X released a statement``, ``X said in a statement``, ``In a statement, X said``,
        ``a statement released by X``, ``X's statement``."""
        for c in tok.children:
            if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME"):  # not "Monday's notice"
                return self.resolve(text, c, quotes, para_index=para)
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.resolve(text, p, quotes, para_index=para)
            if c.dep_ == "acl" and c.lemma_.lower() in ISSUE_VERBS:
                for a in c.children:
                    if a.dep_ == "agent":
                        for p in a.children:
                            if p.dep_ == "pobj":
                                return self.resolve(text, p, quotes, para_index=para)
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        if tok.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "AUX") and (
                head.lemma_.lower() in ISSUE_VERBS or is_cue(head)):  # not "X heard a message"
            subj = subject_of(head, quotes)
            if subj is not None and subj != tok and subj.lemma_.lower() not in DOCUMENT_NOUNS:
                return self.resolve(text, subj, quotes, para_index=para)
        return None

    # -- lookups ---------------------------------------------------------------------------
    def last_person(self, para: int, offset: int, *, window: int = 2, pronoun: str | None = None,
                    sentence: int = -1, speaking: bool = False) -> Who | None:
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
        speaking)."""
        want = _GENDER.get(pronoun or "")
        before = [m for m in self._before(para, offset, window)
                  if m.who.kind == "person" and not (want and self.gender.get(m.who.name, want) != want)]
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
            rivals = [m for m in before if m.who.name != last.who.name and m.who.actor is not None and not m.subject
                      and (since <= (m.para, m.offset) < (last.para, last.offset) and not (goes_on and m.nested)
                           or sentence >= 0 and (m.para, m.offset) >= (para, sentence))]
            if rivals:
                return None  # "For X, Y was ... He said", "X's brother asked him, he said": either could be meant
            return last.who
        same = [m for m in before if m.para == para]
        if not same or any(p == para and same[-1].offset < o < offset for p, o in self.unnamed):
            return None  # "In a talk with X, the actor said ... he said": he may be the one not named
        return same[-1].who

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

    def last_body(self, para: int, offset: int) -> Who | None:
        """The body that "it" or "they" stands for: the last body that was the subject of the
        article's own clause; a place does not speak, and a name inside a clause that reports
        another's words is not what the narrative goes on about."""
        before = [m for m in self._before(para, offset, 1) if m.who.kind == "body" and m.subject
                  and not m.reported and not (m.who.actor is not None and m.who.actor.type == "place")]
        return before[-1].who if before else None

    def last_document(self, para: int, offset: int) -> Who | None:
        """The document that "it" stands for: the last one named in this or the previous
        paragraph, when no body has been the subject of a clause since (``The letter was sent by
        X. "...," it read.``): whoever the article says issued it; nobody when it says no one."""
        docs = [d for d in self.documents if (d[0], d[1]) < (para, offset) and d[0] >= para - 1]
        if not docs or self._reading_document:
            return None  # an issuer named by "it" in turn ("it filed a plan") is not read through another document
        at, tok, text, quotes = docs[-1][:2], docs[-1][2], docs[-1][3], docs[-1][4]
        if any((m.para, m.offset) > at for m in self._before(para, offset, 1) if m.who.kind == "body" and m.subject):
            return None
        self._reading_document = True
        try:
            who = self._document(text, tok, quotes, at[0], phrase_text(text, phrase_tokens(tok)))
        finally:
            self._reading_document = False
        return who if "speaker.document-issuer" in who.rules else None

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

    def earlier_body(self, para: int, offset: int, noun: str) -> Who | None:
        """``the embassy``: the body named earlier with that noun (``the U.S. Embassy in X``)."""
        for m in reversed(self._before(para, offset, 10)):
            if m.who.kind == "body" and m.who.name and noun in fold(m.who.name).split():
                return m.who
        return None

    # -- the main entry --------------------------------------------------------------------
    def resolve(self, text: str, tok, quotes: list[tuple[int, int]], *, para_index: int | None) -> Who | None:
        """Who the phrase headed by ``tok`` refers to."""
        para = para_index if para_index is not None else 10 ** 6
        lower = tok.lower_
        if lower in _RELATIVE and tok.head.dep_ == "relcl":
            ante = tok.head.head
            # "campaigners in Sydney, who ...": the relative clause is about the people, not the place
            if ante.dep_ == "pobj" and ante.head.dep_ == "prep" and ante.head.head.pos_ == "NOUN" and (
                    ante.ent_type_ in ("GPE", "LOC", "FAC") or ante.pos_ == "PROPN" and ante.ent_type_ != "PERSON"):
                ante = ante.head.head
            who = self.resolve(text, ante, quotes, para_index=para_index)
            if described(who) and not (ante.pos_ == "NOUN" and ante.lemma_.lower() in DOCUMENT_NOUNS):
                return unknown(f"“{tok.text}” stands for a description, not for a speaker the article names",
                               "speaker.none-described")  # "an adviser who said", "a message that read"
            return tagged(who, "speaker.relative-pronoun")
        if tok.pos_ == "PRON" or lower in PERSON_PRONOUNS | _BODY_PRONOUNS:
            if lower in PERSON_PRONOUNS:
                who = self.last_person(para, tok.idx, pronoun=lower, sentence=tok.sent.start_char,
                                       speaking=tok.dep_ in SUBJECTS and is_cue(tok.head))
                named = {w for w in fold(who.name).split()} if who else set()
                if who and any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and fold(t.text) not in named
                               and not in_any(t, quotes) for t in tok.sent if t.i < tok.i):
                    who = None  # "X's brother asked him, but he said": X, whom the actors may lack
                if who:
                    return tagged(who, "speaker.pronoun", keep=False)
                who = self._sentence_subject(text, tok, quotes, lower)
                if who:
                    return tagged(who, "speaker.pronoun-sentence-subject", keep=False)
                return unknown(f"“{tok.text}” could not be tied to a person named nearby", "speaker.none-pronoun")
            if lower == "it" and tok.dep_ in SUBJECTS:
                who = self.last_document(para, tok.idx)
                if who is not None and who.name:
                    return tagged(who, "speaker.document-pronoun")
            if lower in _BODY_PRONOUNS:
                who = self.last_body(para, tok.idx)
                if who:
                    return tagged(who, "speaker.body-pronoun", keep=False)
                group = plural_speakers_before(tok, quotes) if lower == "they" else None
                if group is not None:
                    return tagged(self.resolve(text, group, quotes, para_index=para_index), "speaker.they-group")
                return unknown(f"“{tok.text}” could not be tied to a body named nearby", "speaker.none-body-pronoun")
            return None
        lemma = tok.lemma_.lower()
        name = name_after_noun(tok, quotes)
        if name is not None:  # "the charity Harbour Aid": the name, not its class
            return tagged(self.resolve(text, name, quotes, para_index=para_index), "speaker.name-after-noun")
        words = phrase_tokens(tok)
        written = phrase_text(text, words)
        if tok.pos_ == "NOUN" and lemma in DOCUMENT_NOUNS:
            return self._document(text, tok, quotes, para, written)
        role_word = lemma in ROLE_NOUNS or tok.lower_ in ROLE_NOUNS
        title_only = role_word and all(t.lower_ in ROLE_NOUNS or t.pos_ != "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")
                                       for t in self.name_run(tok))
        if tok.pos_ == "PROPN" and not title_only:
            named = self.name_phrase(text, tok)
            if named is not None:
                return named
            if role_word:
                # a title the tagger took for a name ("Party Leader and former Minister, Name
                # Surname, said"): the person named in apposition, not the title
                person = self.apposed_person(text, tok, quotes)
                if person is not None:
                    return tagged(person, "speaker.apposition")
            run = phrase_text(text, self.name_run(tok))
            kind = "body" if tok.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC") else "person"
            if tok.tag_ == "NNPS" and tok.ent_type_ != "PERSON":
                kind = "body"  # a plural name ("the Liberals", "the Greens") is a group, never one person
            if any(t.lower_.rstrip(".") in TITLE_WORDS or t.lower_ in ROLE_NOUNS for t in tok.lefts):
                kind = "person"  # "Ms X", "Foreign Minister X"
            if len(run.split()) == 1:
                # a surname alone: the full name used for it earlier, when the actors lack it
                fuller = [m.who for m in self._before(para, tok.idx, 20) if m.who.name
                          and m.who.kind == "person" and fold(m.who.name).split()[-1:] == [fold(run)]]
                if fuller:
                    return tagged(fuller[-1], "speaker.surname-earlier-name", keep=False)
            return Who(run or written, kind=kind, rules=[rule("speaker.name-as-written")])
        if tok.pos_ == "NOUN" and tok.is_title:
            named = self.name_phrase(text, tok)  # a surname the tagger took for a common noun
            if named is not None and named.kind == "person":
                return named
        det = [c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet")]
        indefinite = bool(set(det) & _INDEFINITE) or lemma in ("one", "some") or tok.pos_ == "NUM"
        if role_word or tok.pos_ in ("NOUN", "PROPN") and lemma not in BODY_NOUNS:
            # a person named in apposition: "the spokesman, Name Surname"
            person = self.apposed_person(text, tok, quotes)
            if person is not None:
                return tagged(person, "speaker.apposition")
        if role_word and not indefinite and tok.tag_ not in ("NNS", "NNPS"):  # "the lawyers" are not one person
            holder = self.role_holder(para, tok.idx, written)
            if holder is not None:
                return Who(holder.name, holder, holder.role or written, rules=[rule("speaker.role-holder")])
        if lemma in BODY_NOUNS or tok.pos_ == "PROPN":
            named = self.name_phrase(text, tok)
            if named is not None:
                return named
            if not indefinite and not any(t.pos_ == "PROPN" for t in words if t != tok):
                body = self.earlier_body(para, tok.idx, lemma)
                if body is not None:
                    return tagged(body, "speaker.earlier-body", keep=False)
        kind = "body" if lemma in BODY_NOUNS else "person" if role_word else "unknown"
        if tok.pos_ in ("NOUN", "NUM", "PROPN") and written:
            body = None if kind == "body" else self.index.find(written, types=("organization", "country", "group"))
            how = "speaker.spokesperson-for-body" if body is not None else "speaker.description-as-written"
            return Who(written, kind=kind, body=body, rules=[rule(how)])
        return None

    def _sentence_subject(self, text: str, tok, quotes, pronoun: str) -> Who | None:
        """The one person in subject position earlier in the pronoun's own sentence (``X said
        she would ..., adding, "..."``; ``X argued that ...: "...," he said``), when every other
        person named there before the pronoun is named inside a noun phrase (``the will of
        Y``), not as what a verb acts on (``X asked Y``, where the pronoun may be Y's). A person
        the article shows to be of the other gender is no one's antecedent here."""
        want = _GENDER.get(pronoun)
        subjects: dict[str, Who] = {}
        for t in tok.sent:
            if t.i >= tok.i:
                break
            if t.pos_ != "PROPN" or in_any(t, quotes) or t.dep_ == "compound" and t.head.pos_ == "PROPN":
                continue
            who = self.name_phrase(text, t)
            if who is None or who.actor is None or who.actor.type != "person":
                if t.ent_type_ == "PERSON" and not inside_noun_phrase(t):
                    return None  # a person the actors lack, where the pronoun may be theirs
                continue
            if t.dep_ in SUBJECTS:
                subjects[who.name] = who
            elif not inside_noun_phrase(t):
                return None
        if len(subjects) != 1:
            return None
        (name, who), = subjects.items()
        if want and self.gender.get(name, want) != want:
            return None
        return who

    def _document(self, text: str, tok, quotes, para: int, written: str) -> Who:
        noun = tok.lemma_.lower()
        direct = self._issuer_from_context(text, tok, quotes, para)  # "X's email", "X released a statement which said"
        if direct and direct.name:
            return tagged(direct, "speaker.document-issuer")
        who = self.issuer(para, tok.idx, noun)
        if who and who.name:
            return tagged(who, "speaker.document-issuer")
        described = [t for c in tok.children if c.dep_ == "acl" and c.i > tok.i and not is_cue(c)
                     and (c.lemma_.lower() in ISSUE_VERBS or not any(a.dep_ == "agent" for a in c.children))
                     for t in c.subtree]
        if described and len(described) <= 8 and not any(t.text in ",;:" for t in described):
            written = phrase_text(text, sorted(set(phrase_tokens(tok) + described), key=lambda t: t.i))
        # "a UN report", "the statement": a document is a source in its own right, named as written
        return Who(written, kind="body", rules=[rule("speaker.document-as-written")])
