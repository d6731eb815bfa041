"""Who a speaker phrase refers to: resolving it against the article's actors.

A name or surname (accents and one-letter typos forgiven), a pronoun (the person or body last
in subject position, of the pronoun's gender as far as the article shows it, or an unnamed
newcomer since: ``a spokesman for X``), a role (``the minister``: the one person the article gives that title), a
body described by its common noun (``the embassy``: the one named earlier), a document (``the
statement``: whoever issued it, by :mod:`generator.extract.speaker_documents`). What cannot be resolved with confidence is kept as written
(unnamed sources, groups) or left without a speaker, with the reason. Every :class:`Who` it
returns names the ``speaker.*`` rule that resolved it. The article's earlier mentions it reads
are kept by :mod:`generator.extract.speaker_context`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from generator import lexicon
from generator.extract.provenance import rule
from generator.extract.register import fold
from generator.extract.speaker_context import PRONOUN_GENDER, Mention, SpeakerContext
from generator.extract.speaker_documents import DocumentSources
from generator.extract.speaker_names import TITLE_WORDS
from generator.extract.speaker_namesakes import namesake_of
from generator.extract.speaker_phrases import name_after_noun, names_within, verb_lost
from generator.extract.speech import (BODY_NOUNS, DOCUMENT_NOUNS, NOUNS, PERSON_PRONOUNS, ROLE_NOUNS, SUBJECTS,
                                      Who, clause_under, described, in_any, cue_phrases, in_describing_clause,
                                      inside_noun_phrase, is_cue, is_subject_in_fronted_phrase, participle_before,
                                      phrase_text, phrase_tokens, plural_speakers_before, tagged, unknown)
from generator.model import Actor
from generator.nlp import token_values

_BODY_PRONOUNS = lexicon.words("body_pronouns")
_RELATIVE = lexicon.words("relative_pronouns")
_INDEFINITE = lexicon.words("indefinite_determiners")
# Nouns of a government named after its leader: "the Lind administration" names the body, not Lind.
_LEADER_HEADS = lexicon.words("leader_body_heads")
# Nouns that class a body ("the news agency X", "X, a broadcaster"): "the agency" after it is X.
_NEWS_OUTLETS = lexicon.words("news_outlet_nouns")
_BODY_KINDS = (lexicon.words("org_kinds") | BODY_NOUNS | _NEWS_OUTLETS) - ROLE_NOUNS - DOCUMENT_NOUNS
# Nouns of a time or a thing ("days before the vote", "a possible vaccine"): no one who speaks.
_TIME_NOUNS = lexicon.words("time_units") - ROLE_NOUNS
_THING_NOUNS = lexicon.words("thing_kinds") - ROLE_NOUNS - _BODY_KINDS - _NEWS_OUTLETS
_PLACES = ("place", "country")
_OUTLET = "news outlet"  # the kind every news outlet has besides its own noun


@dataclass
class Resolver(DocumentSources, SpeakerContext):
    """Resolves speaker phrases to actors, with the article's earlier mentions as context;
    documents' issuers through :class:`~generator.extract.speaker_documents.DocumentSources`."""

    def resolve_other(self, text: str, tok, quotes, para_index: int, named: Who) -> Who:
        """A pronoun that speaks words naming ``named``, whom it was tied to: one seldom names
        oneself in one's own words, so the pronoun is the person of the register it would stand for
        without them, unless that person is last a subject only in words another's verb reports;
        else still ``named``."""
        self.excluded = {named.name}
        try:
            who = self.resolve(text, tok, quotes, para_index=para_index)
        finally:
            self.excluded = set()
        if who is None or who.actor is None or who.actor is named.actor:
            return named
        last = [m for m in self._before(para_index, tok.idx, 2) if m.who.name == who.name and m.subject]
        if last and (last[-1].reported or last[-1].complement):
            return named  # "X suggested Y was ...: '... loving X ...'": Y only stands in what X said
        return who

    # -- the article's mentions, in order --------------------------------------------------
    def scan(self, para_index: int, text: str, doc, quotes: list[tuple[int, int]]) -> None:
        """Record who is mentioned where in one paragraph (outside quotations), the titles
        given to people and the documents bodies issue. The source a phrase such as "according to X"
        names is in subject position, as a speaker is."""
        self._docs[para_index] = doc
        sources = {source.i for rule_id, _, source in cue_phrases(doc) if rule_id == "speaker.according-to"}
        for i, pos in enumerate(token_values(doc, "pos")):
            if pos not in NOUNS:
                continue
            tok = doc[i]
            if in_any(tok, quotes):
                continue
            if tok.dep_ in ("compound", "poss") and tok.head.pos_ == "PROPN" and tok.pos_ == "PROPN":
                continue
            if tok.dep_ == "compound" and tok.head.lower_ in _LEADER_HEADS:
                continue  # "the Lind administration's deal": the body is named, not Lind
            # "Speaking to X, Name said", parsed with Name in apposition to X: Name is the subject
            subject = tok.dep_ in SUBJECTS or is_subject_in_fronted_phrase(tok, quotes) or verb_lost(tok)
            if tok.pos_ == "PRON":
                if subject and tok.lower_ in PERSON_PRONOUNS:
                    who = self.last_person(para_index, tok.idx, pronoun=tok.lower_, sentence=tok.sent.start_char,
                                           framing=participle_before(tok))
                    if who:
                        self._mention(Mention(para_index, tok.idx, who, True, tok.sent.start_char,
                                              minor=in_describing_clause(tok)))
                        if not self._genders.voted(who.name):
                            if self._alone(who, para_index, tok.idx):
                                self.gender.setdefault(who.name, PRONOUN_GENDER[tok.lower_])
                            if self._sure_tie(tok, who, quotes, para_index):
                                self.chained.setdefault(who.name, []).append((para_index, tok.idx, PRONOUN_GENDER[tok.lower_]))
                continue
            subject = (subject or tok.i in sources) and not in_any(tok.head, quotes)
            who = namesake_of(self, text, tok, para_index, quotes) if pos == "PROPN" else None
            if who is not None and not subject:
                continue  # a surname two people share, named in passing: no antecedent for a pronoun
            who = who or self.name_phrase(text, tok)
            if who and who.actor is not None:
                self._mention(self._placed(para_index, tok, who, subject))
                if who.actor.type == "person":
                    self._titles(para_index, text, tok, who.actor, quotes)
                    if pos == "PROPN" and len(self.name_run(tok)) >= 2:  # named in full
                        self.first_full.setdefault(who.actor.id, (para_index, tok.idx))
            elif who and who.namesakes:  # a surname two people share, not known to be either's
                self._mention(self._placed(para_index, tok, replace(who, name=""), True))
            elif subject and any(c.isalnum() for c in tok.text):
                who = self.resolve(text, tok, quotes, para_index=para_index)
                if who is not None and who.name and (who.actor is not None or tok.pos_ == "PROPN" or who.kind == "body"):
                    self._mention(self._placed(para_index, tok, who, True))
                elif tok.pos_ == "NOUN" and tok.lemma_.lower() in ROLE_NOUNS and tok.tag_ == "NN":
                    self.unnamed.append((para_index, tok.idx))
                    if tok.dep_ == "nsubj" and clause_under(tok) is None and not in_describing_clause(tok) \
                            and self._newcomer(tok, who):
                        self.unnamed_subjects.append((para_index, tok.idx, tok.sent.start_char,
                                                      who if who is not None and who.name else None, is_cue(tok.head)))
            if tok.pos_ == "PROPN" and tok.dep_ != "compound" and who is not None and who.kind == "body" and who.name \
                    and not (who.actor.type in _PLACES if who.actor else tok.ent_type_ in ("GPE", "LOC", "FAC")):
                self.kinds.extend((para_index, tok.idx, noun, who, words)
                                  for noun, words in self._kind_nouns(tok, quotes))
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in ROLE_NOUNS:
                # "the minister of X, Name Surname": the title on the left of an apposition
                for ap in tok.children:
                    if ap.dep_ in ("appos", "conj") and ap.pos_ == "PROPN" and not is_subject_in_fronted_phrase(ap, quotes):
                        person = self.name_phrase(text, ap)
                        if person and person.actor and person.actor.type == "person":
                            self.roles.append((para_index, tok.idx, phrase_text(text, phrase_tokens(tok)), person.actor))
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in DOCUMENT_NOUNS:
                # "an email news digest": the document is the phrase the noun modifies
                phrase = tok
                while phrase.dep_ == "compound" and phrase.head.pos_ == "NOUN" and phrase.head != phrase:
                    phrase = phrase.head
                issuer = self._issuer_from_context(text, phrase, quotes, para_index) \
                    or self._speaker_before(phrase, para_index)
                if issuer or any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in phrase.children):
                    # a new document with no issuer given: "the email" after it is this one
                    self.issuers.append((para_index, tok.idx, tok.lemma_.lower(), issuer))
                self.documents.append((para_index, tok.idx, phrase, text, quotes))

    def _sure_tie(self, tok, who: Who, quotes, para: int) -> bool:
        """A pronoun tied to ``who`` that may show their gender to the pronouns after it: one
        whose sentence or the sentence before names ``who`` and no other person; not in a clause
        set before its sentence's main one (``When she ..., X``: someone named only after it), nor
        after another person named in its sentence or a name that is its subject (``Y has said,
        telling reporters he ...``), whom the pronoun may stand for."""
        if tok.head != tok.sent.root and tok.i < tok.sent.root.i:
            return False
        start = tok.sent.start_char
        near = self._by_para.get(para - 1, []) + self._by_para.get(para, [])
        last = next((m for m in reversed(near) if m.who.name == who.name and (m.para, m.offset) < (para, tok.idx)), None)
        if last is None or not ((last.para, last.sentence) == (para, start) or self._next_sentence(last, para, start)):
            return False
        if any(m.who.kind == "person" and m.who.name != who.name for m in near
               if (m.para, m.sentence) == (last.para, last.sentence) or (m.para, m.sentence) == (para, start)
               and m.offset < tok.idx):
            return False  # "... X adopted it. She has called for ...": another is named there too
        named = set(fold(who.name).split())
        if any(c.dep_ in SUBJECTS and (c.pos_ == "PROPN" or c.ent_type_) and fold(c.text) not in named
               for c in tok.sent.root.children):
            return False  # "Y has hailed the vote, telling reporters he ...": Y, whether or not the actors have Y
        return not any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and fold(t.text) not in named
                       and not in_any(t, quotes) for t in tok.sent if t.i < tok.i)

    def _kind_nouns(self, tok, quotes) -> set[tuple[str, frozenset[str]]]:
        """The kind of body the name headed by ``tok`` is introduced as: the noun right before the
        name (``the news network X``) or the head of a description in apposition to it, set off by
        punctuation (``X, a news agency based in Y,``), each with the words that modify it. A place
        is no body of a kind."""
        nouns = []
        first = self.name_run(tok)[0]
        before = tok.doc[first.i - 1] if first.i > 0 else None
        if before is not None and before.pos_ == "NOUN" and before.tag_ == "NN" and not in_any(before, quotes):
            nouns.append(before)
        doc = tok.doc
        nouns += [c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN"
                  and not in_any(c, quotes) and any(d.dep_ == "det" for d in c.children)
                  and (c.right_edge.i + 1 == len(doc) or doc[c.right_edge.i + 1].is_punct)]  # set off: "X, a Y, said"
        kinds = {(n.lemma_.lower(), _modifiers(n)) for n in nouns if n.lemma_.lower() in _BODY_KINDS}
        return kinds | {(_OUTLET, _modifiers(n)) for n in nouns if _news_outlet(n)}

    def _outlet(self, para: int, tok) -> Who | None:
        """``the news agency``, ``the channel``: the one news outlet the article introduced as such."""
        if tok.tag_ != "NN" or not _news_outlet(tok):
            return None
        return self.body_of_kind(para, tok.idx, _OUTLET, _modifiers(tok) - {"news"} - _NEWS_OUTLETS)

    @staticmethod
    def _newcomer(tok, who: Who | None) -> bool:
        """A description that brings a new person into the story: an indefinite one (``a
        witness``, ``a spokesman for X``) or a body's own (``the ministry's spokesman``), not one that
        may name again someone named before (``the candidate``)."""
        det = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod")}
        if det & _INDEFINITE:
            return True
        return who is not None and who.body is not None and any(c.dep_ == "poss" for c in tok.children)

    def _titles(self, para_index: int, text: str, tok, person: Actor, quotes) -> None:
        lefts = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "poss")]
        span = sorted({t for c in lefts for t in c.subtree}, key=lambda t: t.i)
        names = set(fold(" ".join([person.name, *person.aliases])).split())
        while span and fold(span[-1].text) in names:
            span.pop()
        if any(t.lower_ in ROLE_NOUNS or t.lemma_.lower() in ROLE_NOUNS for t in span):
            self.roles.append((para_index, tok.idx, phrase_text(text, span), person))
        # "Speaking to the reporter, Name said", parsed as the reporter with Name in apposition: no title
        for ap in tok.children:
            if ap.dep_ == "appos" and ap.pos_ == "NOUN" and not is_subject_in_fronted_phrase(ap, quotes):
                self.roles.append((para_index, tok.idx, phrase_text(text, phrase_tokens(ap)), person))
        if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and not is_subject_in_fronted_phrase(tok, quotes):
            self.roles.append((para_index, tok.idx, phrase_text(text, phrase_tokens(tok.head)), person))

    # -- the main entry --------------------------------------------------------------------
    def resolve(self, text: str, tok, quotes: list[tuple[int, int]], *, para_index: int | None) -> Who | None:
        """Who the phrase headed by ``tok`` refers to."""
        para = para_index if para_index is not None else 10 ** 6
        lower = tok.lower_
        if lower in _RELATIVE and tok.head.dep_ == "relcl":
            ante = tok.head.head
            # "campaigners in Sydney, who ...": the relative clause is about the people, not the place
            if ante.dep_ == "pobj" and ante.head.dep_ == "prep" and ante.head.head.pos_ == "NOUN" and (
                    ante.ent_type_ in ("GPE", "LOC", "FAC") or ante.pos_ == "PROPN" and ante.ent_type_ != "PERSON"
                    and not self._person_named(text, ante)):
                ante = ante.head.head
            who = self.resolve(text, ante, quotes, para_index=para_index)
            if described(who) and not (ante.pos_ == "NOUN" and ante.lemma_.lower() in DOCUMENT_NOUNS):
                return unknown(f"“{tok.text}” stands for a description, not for a speaker the article names",
                               "speaker.none-described")  # "an adviser who said", "a message that read"
            return tagged(who, "speaker.relative-pronoun")
        if tok.pos_ == "PRON" or lower in PERSON_PRONOUNS | _BODY_PRONOUNS:
            if lower in PERSON_PRONOUNS:
                # "Speaking to Y, he said": no one named in the participle clause is "he"
                framing = participle_before(tok) if tok.dep_ in SUBJECTS else None
                who = self.last_person(para, tok.idx, pronoun=lower, sentence=tok.sent.start_char,
                                       speaking=tok.dep_ in SUBJECTS and is_cue(tok.head), framing=framing)
                named = {w for w in fold(who.name).split()} if who else set()
                if who and any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and fold(t.text) not in named
                               and not in_any(t, quotes) and not (framing and framing[0] <= t.idx < framing[1])
                               for t in tok.sent if t.i < tok.i):
                    who = None  # "X's brother asked him, but he said": X, whom the actors may lack
                if who and tok.dep_ in SUBJECTS and names_within(tok, named, quotes):
                    who = None  # "he said of X", "she told X": a name its own verb governs is not the pronoun
                if who:
                    return who if who.actor is None and who.body is not None else tagged(who, "speaker.pronoun", keep=False)
                who = self._sentence_subject(text, tok, quotes, lower)
                if who:
                    return tagged(who, "speaker.pronoun-sentence-subject", keep=False)
                return unknown(f"“{tok.text}” could not be tied to a person named nearby", "speaker.none-pronoun")
            if lower == "it" and tok.dep_ in SUBJECTS:
                who = self.last_document(para, tok.idx)
                if who is not None and who.name:
                    return tagged(who, "speaker.document-pronoun")
            if lower in _BODY_PRONOUNS:
                who = self.last_body(para, tok.idx, plural=lower == "they")
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
            person = namesake_of(self, text, tok, para, quotes) or self.person_of_body(text, tok)
            if person is not None:
                return person
            named = self.name_phrase(text, tok)
            if named is not None:
                return named
            if role_word:
                # a title the tagger took for a name ("Party Leader and former Minister, Name
                # Surname, said"): the person named in apposition, not the title
                person = self.apposed_person(text, tok, quotes)
                if person is not None:
                    return tagged(person, "speaker.apposition")
            if tok.ent_type_ in ("DATE", "TIME"):  # "his account on Tuesday, which read": a day says nothing
                return unknown(f"“{tok.text}” names a day or a time, not a speaker", "speaker.none-unresolved")
            run = phrase_text(text, self.name_run(tok))
            kind = "body" if tok.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC") else "person"
            if tok.tag_ == "NNPS" and tok.ent_type_ != "PERSON" or tok.lower_ in BODY_NOUNS:
                kind = "body"  # a plural name ("the Liberals") or one a body noun heads ("the Quay Board") is no person
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
        if tok.pos_ == "NOUN" and not role_word and lemma in _TIME_NOUNS:
            return unknown(f"“{written}” names a time, not a speaker", "speaker.none-unresolved")  # "days before"
        det = [c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet")]
        indefinite = bool(set(det) & _INDEFINITE) or lemma in ("one", "some") or tok.pos_ == "NUM"
        if role_word or tok.pos_ in ("NOUN", "PROPN") and lemma not in BODY_NOUNS:
            # a person named in apposition: "the spokesman, Name Surname"
            person = self.apposed_person(text, tok, quotes)
            if person is None and (role_word or tok.pos_ == "NOUN"):
                person = self.name_after_title(text, tok, quotes)
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
                body = self.earlier_body(para, tok.idx, lemma, _modifiers(tok)) or self._outlet(para, tok)
                if body is not None:
                    return tagged(body, "speaker.earlier-body", keep=False)
        elif tok.tag_ == "NN" and not indefinite and not any(t.pos_ == "PROPN" for t in words):
            body = None
            if lemma in _BODY_KINDS or _news_outlet(tok):
                body = self.body_of_kind(para, tok.idx, lemma, _modifiers(tok)) or self._outlet(para, tok)
            if body is None and "the" in det and not role_word:  # "the centre": the one body named earlier that the noun heads
                body = self.body_by_head(para, tok.idx, lemma, _modifiers(tok))
            if body is not None:
                return tagged(body, "speaker.earlier-body", keep=False)
        kind = "body" if lemma in BODY_NOUNS else "person" if role_word else "unknown"
        if tok.pos_ in ("NOUN", "NUM", "PROPN") and written:
            body = None if kind == "body" else self.index.find(written, types=("organization", "country", "group"))
            how = "speaker.spokesperson-for-body" if body is not None else "speaker.description-as-written"
            return Who(written, kind=kind, body=body, rules=[rule(how)])
        return None

    def _person_named(self, text: str, tok) -> bool:
        """Whether the proper name ending at ``tok`` is a person of the register."""
        return self.index.find(phrase_text(text, self.name_run(tok)), types=("person",)) is not None

    def _sentence_subject(self, text: str, tok, quotes, pronoun: str) -> Who | None:
        """The one person in subject position earlier in the pronoun's own sentence (``X said
        she would ..., adding, "..."``; ``X argued that ...: "...," he said``), when every other
        person named there before the pronoun is named inside a noun phrase (``the will of
        Y``), not as what a verb acts on (``X asked Y``, where the pronoun may be Y's). A person
        the article shows to be of the other gender is no one's antecedent here."""
        want = PRONOUN_GENDER.get(pronoun)
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
            if who.name in self.excluded:
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


def names_thing(tok) -> bool:
    """A common noun of a kind of thing (``a possible vaccine``), no one who speaks."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _THING_NOUNS


def _news_outlet(noun) -> bool:
    """A noun that classes a body as a news outlet: ``network``, ``channel``, any noun after
    ``news`` (``news agency``, ``news service``)."""
    return noun.lemma_.lower() in _NEWS_OUTLETS or any(
        c.dep_ == "compound" and c.lower_ == "news" for c in noun.children)


def _modifiers(noun) -> frozenset[str]:
    """The words that modify a noun before it: ``{"news"}`` in ``the news agency``."""
    return frozenset(t.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree)
