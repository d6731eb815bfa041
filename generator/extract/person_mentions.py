"""A person's mention from a name and the words before it: the titles, ranks and honorifics that
open the name are taken off it (a portfolio kept as a role), and what is left must read as a
person's name. :func:`in_title` finds the title a name after "of" or "for" continues.
"""
from __future__ import annotations

from generator import lexicon
from generator.extract.names import (GIVEN_NAMES, ORG_WORDS, PARTY_ADJECTIVES, PARTY_MEMBERS, SMALL,
                                     SURNAME_PARTICLES, Mention, clean_span, skip_stance, surface)
from generator.extract.provenance import rule
from generator.extract.role_bodies import affiliation, affiliation_aside, owner_country
from generator.extract.role_phrases import party_member, role_words
from generator.extract.roles import HONORIFICS, TITLE_MODIFIERS, is_role_word, rank

# Nouns of a minister's portfolio: "Minister for Defence", "Secretary of Energy and Mines".
_PORTFOLIO_WORDS = lexicon.words("portfolios") | lexicon.words("ministry_portfolio_words") | TITLE_MODIFIERS
# Portfolios, which follow a title as a body would: "Secretary of State", "Minister of Foreign Affairs".
_PORTFOLIOS = lexicon.words("portfolios") | lexicon.words("ministry_portfolio_words") - {"and"}
# Titles whose "of" or "for" always takes a portfolio: "Minister for Coastal and Rural Roads".
_PORTFOLIO_HOLDERS = lexicon.words("portfolio_holder_titles")
# Last words of a portfolio's name after any title: "Director of Tribal Affairs".
_PORTFOLIO_ENDS = lexicon.words("portfolio_name_ends")
# Craft, whose names are neither people nor bodies: "Space Shuttle Discovery".
CRAFT_WORDS = lexicon.words("craft_words")
# First words of an operation's or an exercise's name: "Operation Granite Shield" is no one.
_OPERATION_WORDS = lexicon.words("operation_words")
# First words of a region's name: "North Arvelia" is no one's name.
_COMPASS_WORDS = lexicon.words("compass_words")
# Nouns that are a title only when they open a person's name: "Justice Ada Varn".
_NAME_TITLES = lexicon.words("name_title_nouns")
# Words by which one addresses a dignitary ("His Excellency Ana Lind"): they open no one's name.
_FORMS_OF_ADDRESS = lexicon.words("forms_of_address")
# A party's adjective and its member's noun ("Liberal", "Democrat"): before a given name they say
# which party the person belongs to ("Democrat Ana Lind"), they are no part of the name.
PARTY_WORDS = frozenset(PARTY_ADJECTIVES) | frozenset(p[:-1] for p in PARTY_MEMBERS
                                                if p.endswith("s") and not p.endswith("ies"))


def in_title(doc, start: int, sent) -> int | None:
    """Where the title a name continues opens, when the name follows "of" or "for" inside a title
    (``Minister of | Education``, ``Secretary of State for | Energy``, ``Chancellor of the |
    Exchequer``); else None."""
    at = start - 2 if start - 3 >= sent.start and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of" \
        and doc[start - 3].text[:1].isupper() else start - 1  # "of the": a capitalised title before it
    if at - 1 >= sent.start and doc[at].lower_ in ("and", "&") and doc[start].text[:1].isupper():
        at = _portfolio_list(doc, at, sent)  # "Minister of Mines and | Energy ...", "of Trade, Industry, and | ..."
    if at is None or at - 1 < sent.start or doc[at].lower_ not in ("of", "for"):
        return None
    if doc[at].lower_ == "for" and (not doc[at - 1].text[:1].isupper() or doc[at + 1].pos_ != "PROPN"):
        return None  # "a spokesman for Hamas": the body the person speaks for, not a title's portfolio;
        # "Fit to Be President for This Time": a headline's words
    k = at - 1
    while k >= max(sent.start, start - 8):
        tok = doc[k]
        if is_role_word(tok.text):
            return k  # "Minister of", "secretary of State for"
        if not (tok.text[:1].isupper() or tok.lower_ in ("of", "for", "and")):
            return None
        k -= 1
    return None


def portfolio_in_title(doc, start: int, sent, words) -> bool:
    """Whether the name ``words`` at ``start`` is a portfolio that a title's "of" or "for" takes: one that
    opens with a portfolio's word ("Secretary of State for Energy"), that ends in one of affairs
    ("Director of Tribal Affairs"), or any after a title that takes nothing else ("Minister for Coastal
    and Rural Roads"). The caller keeps a name that holds a body's word."""
    title = in_title(doc, start, sent)
    return title is not None and (words[0].lower() in _PORTFOLIOS or words[-1].lower() in _PORTFOLIO_ENDS
                                  or doc[title].lower_ in _PORTFOLIO_HOLDERS)


def _portfolio_list(doc, at: int, sent) -> int | None:
    """Where the "of" or "for" stands that opens a list of portfolios ending in "and" at ``at``
    ("Minister of Trade, Industry, and | ..."): back over capitalised words and commas, none a role
    noun; None if there is none."""
    k = at - 1
    while k > sent.start and at - k < 8 and (doc[k].text == "," or doc[k].text[:1].isupper()
                                             and not is_role_word(doc[k].text)):
        k -= 1
    return k if k < at - 1 and doc[k].lower_ in ("of", "for") and doc[k + 1].text[:1].isupper() else None


def _title_with_name_noun(doc, at: int, sent) -> list[str]:
    """The title a name-opening title noun at ``at`` ends, with the capitalised ranks, modifiers and
    body before it: "Chief Justice", "Supreme Court Justice", plain "Justice"."""
    k = at
    while k - 1 >= sent.start and doc[k - 1].text[:1].isupper() and not doc[k - 1].is_sent_start \
            and (is_role_word(doc[k - 1].text) or rank(doc[k - 1].text) or doc[k - 1].lower_ in TITLE_MODIFIERS
                 or doc[k - 1].ent_type_ == "ORG"):
        k -= 1
    if k - 1 >= sent.start and doc[k - 1].is_sent_start and doc[k - 1].text[:1].isupper() \
            and (is_role_word(doc[k - 1].text) or rank(doc[k - 1].text) or doc[k - 1].ent_type_ == "ORG"):
        k -= 1  # the title may open the sentence: "Chief Justice X said"
    return [t.text for t in doc[k:at + 1]]


def _portfolio_run(doc, start: int, sent) -> int | None:
    """Where the title opens when a name's first word ends a portfolio that began before it
    (``Director of Government | Affairs Ana Lind``): a word that may stand in a title, after one
    or two capitalised words, no place's nor person's, that follow "of" or "for"; else None."""
    if doc[start].lower_ not in TITLE_MODIFIERS:
        return None
    k = start
    while k - 1 > sent.start and start - k < 2 and doc[k - 1].text[:1].isupper() \
            and doc[k - 1].ent_type_ not in ("GPE", "PERSON", "NORP") and not is_role_word(doc[k - 1].text):
        k -= 1
    return in_title(doc, k, sent) if k < start else None


def _title_inside(doc, start: int, end: int) -> int:
    """Where the tagger's person's name opens after capitalised words it left out that end in a role
    noun ("Technical Officer | Ana Lind"); ``start`` if none."""
    k = start
    while k < end and doc[k].ent_type_ != "PERSON" and doc[k].text[:1].isupper():
        k += 1
    if start < k < end - 1 and doc[k].ent_type_ == "PERSON" and is_role_word(doc[k - 1].text):
        return k
    return start


def _past_address_and_party(doc, start: int, end: int) -> int:
    """Past a form of address ("Excellency Ana Lind") or a party's word before a given name ("Liberal
    Tom Reyes", "Democrat Ana Lind") that the tagger ran into the name."""
    while end - start >= 2 and doc[start + 1].text[:1].isupper() \
            and (doc[start].lower_ in _FORMS_OF_ADDRESS
                 or doc[start].text in PARTY_WORDS and doc[start + 1].lower_ in GIVEN_NAMES and end - start >= 3):
        start += 1
    return start


def _name_at_end(doc, start: int, end: int) -> int:
    """Where a name opens that ends a run of capitalised words after a title's "of" or "for" when the
    tagger named no one in it: after the words of a portfolio ("Minister for Defence | Tomas Vidal
    Reyes"); and of what is left, if more than three words, its last two, or three when the first of
    them is a particle ("Tomas | La Reyes") or follows a given name ("Ana | Maria Lind"), since a
    portfolio may be worded past its nouns ("Commissioner for Water Rights | Ana Lind")."""
    first = start
    while first < end - 2 and (doc[first].lower_ in _PORTFOLIO_WORDS or doc[first].lower_ in ("and", "of")):
        first += 1
    if end - first <= 3:
        return first
    k = end - 2
    if doc[k].lower_ in SURNAME_PARTICLES or doc[k - 1].lower_ in GIVEN_NAMES:
        k -= 1
    return k


def person_mention(doc, start, end, text, paragraph, sent, *, strong, gaz, rule_id: str, role=None) -> Mention | None:
    """A person's name found by the rule ``rule_id``, titles stripped (a portfolio kept as a role), or None if
    nothing of a name is left."""
    title: list[str] = []
    opening = in_title(doc, start, sent) if start - 1 < sent.start or not doc[start - 1].text[:1].isupper() \
        else _portfolio_run(doc, start, sent)
    if end - start >= 3 and opening is not None and doc[opening].text[:1].isupper() and doc[start].text.istitle():
        # "Minister of Education X Y", "Secretary of State for Energy X Y": the portfolio is no name
        first = start + 1
        while first < end - 1 and not doc[first].ent_type_ and doc[first].text.istitle() \
                and any(t.ent_type_ == "PERSON" for t in doc[first + 1:end]):
            first += 1  # "Director of National | Intelligence Ana Lind": the tagger's name is the person's
        if first < end - 2 and not any(t.ent_type_ == "PERSON" for t in doc[start:end]):
            first = _name_at_end(doc, start, end)  # "Envoy for Water Rights | Ana Lind", no name tagged
        while first < end - 1 and doc[first].ent_type_ != "PERSON" and doc[first].lower_ not in GIVEN_NAMES \
                and doc[first + 1].lower_ in GIVEN_NAMES and doc[first + 1].text.istitle():
            first += 1  # "of Trade and | Rural Affairs Ana Lind", run by the tagger into one body's name
        title = [t.text for t in doc[opening:first]]
        start = first
    portfolio = bool(title)
    named_title: list[str] = []
    while start < end and (doc[start].lower_.rstrip(".") in HONORIFICS or doc[start].lower_ in HONORIFICS
                           or is_role_word(doc[start].text) or rank(doc[start].text)
                           or doc[start].lower_ in TITLE_MODIFIERS and start + 2 < end
                           and (is_role_word(doc[start + 1].text) or doc[start + 1].lower_ in _NAME_TITLES)
                           # "Deputy Finance | Minister X", "Special Agent X"
                           or (title and doc[start].lower_ in ("first", "class", "general"))
                           or doc[start].lower_ in _NAME_TITLES and start + 1 < end and doc[start + 1].text[:1].isupper()
                           or doc[start].text == "."):
        if doc[start].lower_.rstrip(".") not in HONORIFICS and doc[start].text != ".":
            title.append(doc[start].text)
        if doc[start].lower_ in _NAME_TITLES:
            named_title = _title_with_name_noun(doc, start, sent)
        strong = True
        start += 1
    start = _past_address_and_party(doc, start, end)
    inner = _title_inside(doc, start, end)
    if inner > start:  # "Chief | Technical Officer Ana Lind": the rest of the title, before the tagger's name
        title.extend(t.text for t in doc[start:inner])
        start, strong = inner, True
    start, end = clean_span(doc, start, end)
    start = skip_stance(doc, start, end, gaz)
    name = surface(doc, start, end, text)
    if name.endswith(".") and len(name.split()[-1]) > 2 and " " in name:
        name = name[:-1]  # the full stop of the sentence, not of an initial: "by Kemal To."
    words = name.split()
    if len(words) >= 2 and all(is_role_word(w) or w.lower() in TITLE_MODIFIERS for w in words) \
            or len(words) == 1 and words[0].lower() in _NAME_TITLES:
        return None  # a title with no name after it: "the former Foreign Secretary", "the Chief Justice's"
    if any(w.lower() in CRAFT_WORDS for w in words) or any(ch.isdigit() for ch in name) \
            or words and words[0].lower() in _OPERATION_WORDS:
        return None  # a craft, a weapon, an operation, or a code with figures in it: "STS-7", "XR5 Pro"
    if not words or any(w.lower() in SMALL - {"al", "el", "de", "da", "e", "ul"}
                        and not (w[:1].isupper() and w.lower() in SURNAME_PARTICLES) for w in words) \
            or not all(w[:1].isupper() or w.lower() in lexicon.words("name_particles")
                            or w[:1] in "-'" or w[:2] in ("al", "el") for w in words):
        return None
    if any(w.lower() in ORG_WORDS for w in words) and len(words) > 1:
        return Mention("organization", name, paragraph=paragraph, sent=sent, start=start, end=end,
                       rule=rule("actor.org-head-word"))
    if len(words) > 1 and words[0].lower() in _COMPASS_WORDS:
        return Mention("place", name, paragraph=paragraph, sent=sent, start=start, end=end,
                       rule=rule("actor.compass-place"))  # "North Arvelia": a region, no one's name
    if not strong and len(words) == 1:
        known = gaz.country(name)
        rule_known = "actor.gazetteer-country"
        if known is None:
            known, rule_known = gaz.demonym(name), "actor.gazetteer-demonym"
        if known is not None:
            return Mention("country", known.name, paragraph=paragraph, sent=sent, start=start, end=end,
                           strong=True, written=name, rule=rule(rule_known))
    if role is None:
        role = role_words(doc, start, end, sent)
    if not role:
        member = party_member(doc, start, end, sent)
        role = [member] if member else role
    for belongs, rule_id_of in ((affiliation(doc, end, sent), "role.body-after-name"),
                                (affiliation_aside(doc, end, sent), "role.body-after-comma"),
                                (owner_country(doc, start, sent), "role.owner-country")):
        if belongs:
            role = (role or []) + [(rule(rule_id_of), belongs)]
    if portfolio:  # titles inside the name are found again before it by role_words
        role = (role or []) + [(rule("role.title-of-body-before-name"), title)]
    if named_title:
        role = [r for r in role or [] if not set(r[1]) <= set(named_title)] + \
            [(rule("role.title-noun-before-name"), named_title)]
    return Mention("person", name, paragraph=paragraph, sent=sent, start=start, end=end, strong=strong, role=role,
                   rule=rule(rule_id))
