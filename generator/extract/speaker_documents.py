"""Documents as sources: who put out the statement, report or letter a quotation is given to.

A document speaks for whoever the article says issued it (``X said in a statement``, ``X's
letter``, ``a statement released by X``, ``the presidential decree``), for the subject who spoke
in the sentence right before a statement first named (``X confirmed ... . The statement said``),
and ``it`` may stand for the document last named (``The letter was sent by X. "...," it read.``).
A document the article ties to no one is kept as written: a source in its own right. The
methods here are part of :class:`generator.extract.speakers.Resolver`.
"""
from __future__ import annotations

from generator import lexicon
from generator.extract.provenance import rule
from generator.extract.speaker_phrases import issuer_named_with, relative_issuer, site_owner
from generator.extract.speech import (DOCUMENT_NOUNS, ISSUE_VERBS, Who, is_cue, phrase_text, phrase_tokens,
                                      subject_of, tagged)

_STATEMENT_NOUNS = lexicon.words("statement_nouns")
# "the presidential decree": the document of the one person the article gives that office.
_OFFICE_ADJECTIVES = lexicon.table("office_adjectives")


class DocumentSources:
    """Who issued the documents an article names; mixed into the resolver, whose mentions,
    issuers and documents it reads."""

    _reading_document: bool = False

    def _speaker_before(self, tok, para: int) -> Who | None:
        """``X confirmed on Monday that ... . The statement said``: a statement the article names
        for the first time, with ``the``, right after a sentence whose subject is a speech verb's,
        is what that speaker put out (a subject in the clause it reports is not); nobody when that
        sentence has another subject of its own."""
        noun = tok.lemma_.lower()
        if noun not in _STATEMENT_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if any(d[2].lemma_.lower() == noun and (d[0], d[1]) < (para, tok.idx) for d in self.documents):
            return None  # a statement named before is that one
        subjects = [m for m in self._before(para, tok.idx, 1)
                    if m.subject and not (m.reported or m.minor or m.complement)]
        if not subjects:
            return None
        last = subjects[-1]
        if not last.speaks or last.who.actor is None \
                or not self._next_sentence(last, para, tok.sent.start_char):
            return None
        if any(m.who.name != last.who.name for m in subjects if (m.para, m.sentence) == (last.para, last.sentence)):
            return None
        return last.who

    def _issuer_from_context(self, text: str, tok, quotes, para: int) -> Who | None:
        """``X released a statement``, ``X said in a statement``, ``In a statement, X said``,
        ``a statement released by X``, ``X's statement``, ``an X statement``, ``a statement (posted)
        on X's website``, ``on the website of X``."""
        for c in tok.children:
            if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME"):  # not "Monday's notice"
                return self.resolve(text, c, quotes, para_index=para)
        owner = site_owner(tok, quotes)
        owner = self.resolve(text, owner, quotes, para_index=para) if owner is not None else None
        if owner is not None and owner.actor is not None:  # a site of someone unnamed leaves the document as written
            return owner
        for c in tok.children:
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
        subj = relative_issuer(tok, quotes)  # "a statement they released"
        if subj is not None:
            return self.resolve(text, subj, quotes, para_index=para)
        named = issuer_named_with(tok, quotes)  # "a Harbour Board statement"
        if named is not None:
            who = self.resolve(text, named, quotes, para_index=para)
            if who is not None and who.actor is not None and who.actor.type in ("person", "organization"):
                return who
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            if head.lower_ == "in" and head.head.dep_ == "dobj" and head.head.pos_ == "NOUN":
                head = head.head  # "X denied the claims in a statement", parsed with the statement on the claims
            head = head.head
        if tok.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "AUX") and (
                head.lemma_.lower() in ISSUE_VERBS or is_cue(head)):  # not "X heard a message"
            subj = subject_of(head, quotes)
            if subj is not None and subj != tok and subj.lemma_.lower() not in DOCUMENT_NOUNS:
                return self.resolve(text, subj, quotes, para_index=para)
        return None

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

    def _document(self, text: str, tok, quotes, para: int, written: str) -> Who:
        noun = tok.lemma_.lower()
        direct = self._issuer_from_context(text, tok, quotes, para)  # "X's email", "X released a statement which said"
        if direct and direct.name:
            return tagged(direct, "speaker.document-issuer")
        who = self.issuer(para, tok.idx, noun) or self._speaker_before(tok, para)
        if who and who.name:
            return tagged(who, "speaker.document-issuer")
        office = next((_OFFICE_ADJECTIVES[c.lower_] for c in tok.children
                       if c.dep_ == "amod" and c.lower_ in _OFFICE_ADJECTIVES), None)
        holder = self.role_holder(para, tok.idx, office) if office else None
        if holder is not None:  # "the presidential decree": the president's
            return Who(holder.name, holder, holder.role or office, rules=[rule("speaker.document-issuer")])
        described = [t for c in tok.children if c.dep_ == "acl" and c.i > tok.i and not is_cue(c)
                     and (c.lemma_.lower() in ISSUE_VERBS or not any(a.dep_ == "agent" for a in c.children))
                     for t in c.subtree]
        if described and len(described) <= 8 and not any(t.text in ",;:" for t in described):
            written = phrase_text(text, sorted(set(phrase_tokens(tok) + described), key=lambda t: t.i))
        # "a UN report", "the statement": a document is a source in its own right, named as written
        return Who(written, kind="body", rules=[rule("speaker.document-as-written")])
