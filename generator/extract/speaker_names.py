"""Which actor a phrase names: the register looked up by the words of a name.

A proper name (titles before it left out), the actor whose name ends a run of names, a
surname the tagger took for a common noun, a person named in apposition to a description
(``the spokesman, Name Surname``) or right after a title, as a second subject; whether quoted
words name an actor; a run of the title-case headline taken for a name is named
as the paragraph writes it. :class:`NameLookup` depends on the register alone, so each token is
looked up once; :class:`generator.extract.speaker_context.SpeakerContext` builds on it with the
article's mentions in order, and :class:`generator.extract.speakers.Resolver` on that.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from generator import lexicon
from generator.extract.provenance import rule
from generator.extract.register import Register, distance_one, fold
from generator.extract.speaker_namesakes import namesakes
from generator.extract.speech import BODY_NOUNS, DOCUMENT_NOUNS, ROLE_NOUNS, Who, in_any, phrase_text, phrase_tokens
from generator.model import Actor

TITLE_WORDS = lexicon.words("title_abbreviations")
# Words that address a person or stand before a name and are never one ("Honourable", "Her Excellency").
_ADDRESS_WORDS = TITLE_WORDS | lexicon.words("honorifics") | lexicon.words("forms_of_address")
# Nouns that name a kind of body ("the broadcaster X", "the firm X"): a body's name after one is the body's.
_BODY_KINDS = lexicon.words("org_kinds")
_TITLE_PARTS = frozenset(w for t in lexicon.words("speaker_titles") | lexicon.words("title_modifiers")
                         for w in t.replace(".", " ").split())


@dataclass
class NameLookup:
    """The article's actors, looked up by the phrases that name them."""

    index: Register
    """The article's actors, by place and by name."""
    headline: str = ""
    """The article's headline: a run of its words taken for a name is no speaker's name."""
    texts: dict = field(default_factory=dict, repr=False)
    """The article's paragraphs by number: where a word the tagger ran into a shared surname is
    looked for in lower case, and where each name is written in full."""
    _named: dict = field(default_factory=dict, repr=False)
    namesakes: dict = field(default_factory=dict, repr=False)
    """The people who share each surname, by surname (:func:`generator.extract.speaker_namesakes.namesakes`)."""

    def name_run(self, tok) -> list:
        """The proper name ending at ``tok``, titles before it left out (``President X Y``)."""
        run = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        run = [t for c in run for t in c.subtree if t.pos_ in ("PROPN", "PUNCT") or t.dep_ == "compound"]
        run = sorted(set(run + [tok]), key=lambda t: t.i)
        while len(run) > 1 and (run[0].lower_.rstrip(".") in TITLE_WORDS or run[0].lower_ in ROLE_NOUNS
                                or run[0].pos_ == "PUNCT"):
            run.pop(0)
        return run

    def ending_actor(self, run: str) -> Actor | None:
        """The actor whose name ends a run of names (``Harbour Commissioner Name Surname``), not
        one named at its start (``Eastport`` in ``Eastport Morning Gazette``)."""
        actor = self.index.find(run)
        key = fold(run)
        if actor is not None and any(key == fold(n) or key.endswith(" " + fold(n))
                                     for n in [actor.name, *actor.aliases] if fold(n)):
            return actor
        return None

    def name_phrase(self, text: str, tok) -> Who | None:
        """An actor named by the phrase of ``tok`` (its own words, not its appositions); it depends
        on the register alone, so each token is looked up once."""
        key = (id(tok.doc), tok.i, len(text))
        if key not in self._named:
            self._named[key] = self._name_phrase(text, tok)
        return self._named[key]

    def _name_phrase(self, text: str, tok) -> Who | None:
        words = phrase_tokens(tok)
        full = phrase_text(text, words)
        head = text[tok.idx:tok.idx + len(tok)]
        if tok.pos_ == "PROPN" and namesakes(self, tok):
            return None  # "Lind" beside "Ana Lind" and "Tom Lind": which is for the speaker resolver to say
        if tok.pos_ == "PROPN":
            run = phrase_text(text, self.name_run(tok))
            actor = self.index.find(full, head=head) or self.index.find(run, head=head) or self.ending_actor(run)
            if actor is None and tok.dep_ != "compound":
                actor = self.index.person_by_surname(head)
        else:
            actor = self.index.find(full, types=("organization", "country", "group"), head=head)
            if actor is None and tok.is_title and tok.dep_ in ("nsubj", "nsubjpass", "appos", "pobj", "dobj"):
                actor = self.index.find(head, types=("person",))
                if actor is None:
                    actor = self.index.person_by_surname(head)
        if actor is None or actor.type == "person" and tok.pos_ == "PROPN" and self.other_given_name(tok, actor):
            return None
        kind = "person" if actor.type == "person" else "body"
        if self.headline_words(actor.name, tok.vocab):
            # "Name Surname Defends Plan" taken whole from a title-case headline: name the speaker
            # as the paragraph does (the fuller form of a surname where the actor has one)
            written = phrase_text(text, self.name_run(tok)) if tok.pos_ == "PROPN" else head
            last = fold(written).split()[-1:]
            fuller = [a for a in actor.aliases if len(a.split()) >= 2 and fold(a).split()[-1:] == last
                      and not self.headline_words(a, tok.vocab)]
            name = max(fuller, key=len) if fuller and len(written.split()) == 1 else written
            return Who(name, kind=kind, rules=[rule("speaker.name")])
        return Who(actor.name, actor, actor.role, kind=kind, rules=[rule("speaker.name")])

    @staticmethod
    def other_given_name(tok, actor: Actor) -> bool:
        """``Ana Lind`` is not the register's ``Maria Lind``: the name word right before the
        surname, initials passed over, is none of the person's own names, so the phrase names a
        namesake (a brother, a wife) whom the register lacks. A title before the surname
        (``Colonel``, ``Prime Minister``, ``Sen.``) gives no name to compare."""
        names = [fold(n).replace("-", " ").split() for n in [actor.name, *actor.aliases]]
        own = {w for n in names for w in n}
        if fold(tok.text) not in own or max(map(len, names)) < 2:
            return False
        for t in reversed(tok.doc[tok.sent.start:tok.i]):
            word = fold(t.text)
            if t.pos_ != "PROPN" or not t.is_title or t.ent_type_ in ("NORP", "GPE", "ORG", "LOC", "FAC"):
                return False
            if "." in t.text:
                if len(word.replace(" ", "")) <= 2:
                    continue  # an initial: "John F.", "G.K."
                return False  # an abbreviated title: "Sen.", "Gov."
            if word in TITLE_WORDS or word in _TITLE_PARTS or t.lower_ in ROLE_NOUNS:
                return False
            return not all(any(part == w or len(w) >= 5 and distance_one(part, w) for w in own)
                           for part in word.replace("-", " ").split())  # "Mir-Hossein": both parts
        return False

    def headline_words(self, name: str, vocab) -> bool:
        """A name that is a run of headline words with more than a name in it: four words or
        more, or three with a word no name has (``is``, ``to``, ``with``)."""
        words = fold(name).split()
        if len(words) < 3 or f" {' '.join(words)} " not in f" {fold(self.headline)} ":
            return False
        return len(words) >= 4 or any(vocab[w].is_stop for w in words)

    def body_then_person(self, text: str, tok) -> bool:
        """``the chief of the Harbour Authority Name Surname``: a run of names that ends with
        a person's full name after the name of a body."""
        who = self.name_phrase(text, tok)
        if who is None or who.kind != "person":
            return False
        run = self.name_run(tok)
        n = len(fold(who.name).split())
        return n >= 2 and len(run) > n and [fold(t.text) for t in run[-n:]] == fold(who.name).split()

    def apposed_person(self, text: str, tok, quotes) -> Who | None:
        for t in tok.subtree:
            if t != tok and t.dep_ == "appos" and hyphen_tail(t) and not in_any(t, quotes):
                # "a resident, Name Sur-name": the tagger split the name at its hyphen
                actor = self.index.find(phrase_text(text, self.name_run(t)), types=("person",))
                if actor is not None:
                    return Who(actor.name, actor, actor.role, kind="person", rules=[rule("speaker.name")])
            if t == tok or t.pos_ != "PROPN" or t.dep_ in ("poss", "compound", "punct") or in_any(t, quotes):
                continue
            path = []
            x = t
            while x != tok and x.head != x:
                path.append(x)
                x = x.head
            if any(p.dep_ in ("relcl", "acl", "poss") for p in path):
                continue
            if all(w.lower_.rstrip(".") in _ADDRESS_WORDS for w in t.subtree if w.pos_ == "PROPN"):
                continue  # "the minister, Honourable , said" with the name missing: a form of address, no name
            first = self.name_run(t)[0]
            if first.i > 0 and first.doc[first.i - 1].text == "(":
                continue  # the expansion of an acronym in brackets names the body, not the speaker
            if any(p.dep_ == "prep" for p in path) and (first.i == 0 or first.doc[first.i - 1].text != ","):
                if not self.body_then_person(text, t):
                    continue  # "a spokesman for Name": not Name
            who = self.name_phrase(text, t)
            if who and who.kind == "person":
                return who
            if who is not None and who.kind == "body" and t.dep_ == "appos" and tok.lemma_.lower() in _BODY_KINDS \
                    and t.ent_type_ != "PERSON":
                return who  # "television broadcaster X": the body, not a person it was taken for
            direct = t.dep_ == "appos" and tok.lemma_.lower() not in BODY_NOUNS | DOCUMENT_NOUNS
            if who is not None and (t.ent_type_ == "PERSON" or direct and who.actor and who.actor.type != "country"):
                return Who(who.name, who.actor, who.role, kind="person", rules=who.rules)  # a name taken for a body
            if who is None and (t.ent_type_ == "PERSON" or t.dep_ == "appos" and t.ent_type_ in ("", "ORG")):
                return Who(phrase_text(text, self.name_run(t)), kind="person", rules=[rule("speaker.name-as-written")])
        return None

    def named_in(self, text: str, tokens, actor: Actor) -> bool:
        """Whether ``tokens`` (quoted words) name ``actor`` (``"... Lind's lies," he said``)."""
        return any(t.pos_ == "PROPN" and (who := self.name_phrase(text, t)) is not None and who.actor is actor
                   for t in tokens)

    def person_of_body(self, text: str, tok) -> Who | None:
        """``Inspector Name Surname of the Harbour Police said``, parsed as one name headed by the
        body with the person's name hanging on it: the person of the register named before
        ``of``, not the body."""
        for c in tok.lefts:
            if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and any(
                    p.dep_ == "prep" and p.lower_ == "of" and p.i > c.i for p in c.children):
                who = self.name_phrase(text, c)
                if who is not None and who.actor is not None and who.actor.type == "person":
                    return who
        return None

    def name_after_title(self, text: str, tok, quotes) -> Who | None:
        """``Chief Executive of the Trust Dr Name Surname said``: a title whose phrase runs straight
        on into the name of a person of the register (or into the titles that open the name's own
        phrase), parsed as two subjects of one verb: that person."""
        doc = tok.doc
        k = tok.right_edge.i + 1
        if k >= len(doc) or in_any(doc[k], quotes):
            return None
        if doc[k].pos_ == "PROPN":
            head = doc[k]
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
        else:  # "Adviser at X and former minister Name Surname": the name's own phrase opens with titles
            head = next((s for s in tok.head.children if s.dep_ == tok.dep_ and s.i > tok.i
                         and s.pos_ == "PROPN" and s.left_edge.i == k), None)
            if head is None:
                return None
        if head.dep_ != tok.dep_ or head.head != tok.head or head == tok:
            return None
        who = self.name_phrase(text, head)
        return who if who is not None and who.actor is not None and who.actor.type == "person" else None


def hyphen_tail(tok) -> bool:
    """The part after the hyphen of a name the tagger took for a common noun (``In-seok``)."""
    doc = tok.doc
    return (tok.pos_ != "PROPN" and tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_
            and not doc[tok.i - 1].whitespace_ and doc[tok.i - 2].pos_ == "PROPN")
