"""Who is in the story: people, countries, organisations and places.

The small spaCy pipeline finds names but often types them wrongly (capitals as people,
demonyms as people, people as organisations) and misses surname-only mentions. The work is
split by job:

1. :mod:`generator.extract.actor_candidates` finds the names of each sentence, each by a rule
   (the tagger's entities typed by :mod:`generator.extract.actor_types`, titles and honorifics,
   bodies by their words, institutions with an owner from :mod:`generator.extract.owned_bodies`);
   the gazetteer comes first: a country, demonym, capital, city or region is never a person;
2. :mod:`generator.extract.actor_merges` gives one name one type across the article and merges
   surnames, ``Mr X``, near-misspellings, acronyms and short forms onto one actor;
3. here, each person gets the best of the roles written beside their mentions
   (:mod:`generator.extract.role_phrases`, made readable by :mod:`generator.extract.roles`), and
   the actors come out ordered by salience (headline, lead, mentions), the main ones with the
   article's sentences in which they act or speak (``Actor.summary``).

Every mention names the rule that found it, and every actor lists (``Actor.rules``) the rules of
its mentions, of the merges applied to it and of its role (:mod:`generator.extract.provenance`).
"""
from __future__ import annotations

import re
from collections import Counter

from slugify import slugify

from generator import gazetteer
from generator.extract.actor_candidates import sentence_mentions
from generator.extract.actor_merges import group, make_consistent
from generator.extract.body_evidence import unsupported_bodies
from generator.extract.person_evidence import retype_brands, trim_common_words, unsupported_people
from generator.extract.names import PLACE_NAME_WORDS, Entity, Mention, acts_in
from generator import lexicon
from generator.extract.provenance import merged, rule
from generator.extract.region_names import read_regions
from generator.extract.state_organs import owners_of_state_organs
from generator.extract.register import HEADLINE, ActorMention
from generator.extract.role_states import seat_titles, state_titles
from generator.extract.roles import (TITLE_MODIFIERS, country_article, is_role_word, normalise_role, part_role, rank,
                                     rejoin)
from generator.gazetteer import Gazetteer, fold
from generator.model import Actor, BackgroundItem
from generator.nlp import ParsedArticle


def find_actors(parsed: ParsedArticle) -> tuple[list[Actor], list[ActorMention]]:
    """Named actors of the article, merged by name, typed consistently, ordered by salience;
    and every place where the article names each of them."""
    gaz = gazetteer.load()
    units = [(None, parsed.headline.sents, parsed.article.title)]
    units += [(p.index, p.sents, p.text) for p in parsed.paragraphs]
    mentions: list[Mention] = []
    for index, sents, text in units:
        for sent in sents:
            mentions.extend(sentence_mentions(sent, text, index, gaz))
    mentions = _without_headline_runs(mentions, parsed)
    read_regions(mentions, gaz)
    lower_words = _lower_words(parsed)
    trim_common_words(mentions, lower_words)
    make_consistent(mentions, gaz, lower_words)
    mentions += owners_of_state_organs(mentions, gaz)
    entities = group(mentions, gaz)
    for ent in entities:
        if ent.kind == "person":
            ent.role, ent.country, role_rule = _best_role(ent, gaz, entities)
            if role_rule:
                ent.rules.append(role_rule)
    _resolve_possessors([e for e in entities if e.kind == "person"])
    state_titles(entities, gaz)
    retype_brands(entities)
    texts = [p.text for p in parsed.paragraphs]
    dropped = {id(e) for e in unsupported_bodies(entities, gaz, texts) + unsupported_people(entities, lower_words, gaz)}
    entities = [e for e in entities if id(e) not in dropped and not _passing_word(e)]
    seat_titles(entities)
    pairs = _to_actors(entities, gaz)
    _add_summaries(pairs, parsed)
    return [actor for _, actor in pairs], _places(pairs)


_MINOR_WORDS = lexicon.words("title_minor_words")
RUN_WINDOW = 8
"""Words of a paragraph read from a name on, to tell a title-case run (a cited headline) from a sentence."""


def _title_case(text: str) -> bool:
    """Capitalised as a headline is, the small words aside ("Senator Asks for Recount in Delmar")."""
    words = [w for w in text.split() if w[:1].isalpha() and w.lower() not in _MINOR_WORDS]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _in_title_run(m: Mention) -> bool:
    """A name in a paragraph that opens a run of capitalised words, as a headline cited in a
    sentence does (``a mail headed "Sen. Dale Vik Defends Farm Bill As Vote Nears"``)."""
    words = [t.text for t in m.sent.doc[m.start:m.sent.end] if t.text[:1].isalpha()][:RUN_WINDOW]
    return len(words) >= 6 and _title_case(" ".join(words))


def _without_headline_runs(mentions: list[Mention], parsed: ParsedArticle) -> list[Mention]:
    """In a headline in title case ("Senator Asks Judge To Recuse Himself"), the tagger takes runs
    of capitalised words for names. A person's name of three words or more from such a headline
    that the article's paragraphs never write is such a run, not a name: the paragraphs name the
    people themselves. The same holds of a title-case run inside a paragraph (a headline cited in
    a sentence): a name there that runs on past a person's name the article writes elsewhere is
    cut to that name (rule ``actor.title-run-name``)."""
    headline = _title_case(parsed.article.title)
    runs = {id(m) for m in mentions if m.paragraph is not None and m.kind == "person"
            and len(m.name.split()) >= 3 and _in_title_run(m)}
    if not headline and not runs:
        return mentions
    body = " ".join(p.text for p in parsed.paragraphs)
    named = sorted({m.name for m in mentions if m.paragraph is not None and m.kind == "person" and id(m) not in runs},
                   key=lambda n: -len(n.split()))
    out = []
    for m in mentions:
        from_headline = headline and m.paragraph is None and m.kind == "person" and len(m.name.split()) >= 3 \
            and m.name not in body
        if from_headline or id(m) in runs:
            # the run may open with a name the paragraphs write: "Obama Just Let ..." names Obama
            words = m.name.split()
            start = next((n for n in named if words[:len(n.split())] == n.split()), None)
            if start is None and from_headline:
                continue
            if start is not None and start != m.name:
                m.name, m.end = start, m.start + len(start.split())
                if m.paragraph is not None:
                    m.retyped = rule("actor.title-run-name")
        out.append(m)
    return out


def _places(pairs: list[tuple[Entity, Actor]]) -> list[ActorMention]:
    """Where the article names each actor: paragraph, tokens and characters of every mention. The
    leader an administration is named after is not named where the administration is: in "the Lind
    administration pledged ...", the body acts and speaks, not its leader."""
    out = []
    for ent, actor in pairs:
        for m in ent.mentions:
            if m.sent is None or m.rule == "actor.leader-of-administration":
                continue
            doc = m.sent.doc
            out.append(ActorMention(paragraph=HEADLINE if m.paragraph is None else m.paragraph, start=m.start,
                                    end=m.end, start_char=doc[m.start].idx,
                                    end_char=doc[m.end - 1].idx + len(doc[m.end - 1]), actor_id=actor.id,
                                    rule=m.rule))
    return out


def _passing_word(ent: Entity) -> bool:
    """A single capitalised word the tagger alone took for a person, once, with no role (a party before it
    is none: "Liberal Oscar-winner") and no part in the story's action: a product, a character, a credit
    line ("Image: Jdoe"), rather than someone in it."""
    return ent.kind == "person" and " " not in ent.name and len(ent.mentions) == 1 \
        and (not ent.role or rule("role.party-member") in ent.rules) and not ent.aliases \
        and not ent.mentions[0].strong and not acts_in(ent.mentions[0])


def _resolve_possessors(people: list[Entity]) -> None:
    """"Varga's deputy" -> "Deputy of Imre Varga, Speaker of the regional parliament"."""
    for ent in people:
        match = re.fullmatch(r"(.+?)['\u2019]s ([\w\- ]+)", ent.role or "")
        written = re.fullmatch(r"([\w\- ]+?) of ([\w\-. ]+)", ent.role or "")  # "Deputy of Varga"
        if match:
            owner, noun = fold(match.group(1)), match.group(2)
        elif written:
            owner, noun = fold(written.group(2)), written.group(1)
        else:
            continue
        if re.search(r" (for|to|at|in|on|with) | of the ", noun):
            continue  # "X's nominee for the court" is not the "nominee for the court of X"
        # the owner's name may follow their own title, all capitalised: "Chancellor Ana Lind's spokesman"
        written_as = match.group(1).split() if match else []
        owners = [owner] + [fold(" ".join(written_as[k:])) for k in range(1, len(written_as))
                            if all(w[:1].isupper() for w in written_as[:k])]
        boss = next((p for o in owners for p in people if p is not ent and p.mentions and
                     (o == fold(p.name) or o in {fold(a) for a in p.aliases})), None)
        if boss is not None:
            prep = lexicon.table("role_owner_prepositions").get(noun.split()[-1].lower(), "of")
            prep = prep if prep in ("for", "to") else "of"  # a person is served: "aide to X", not "student at X"
            role = f"{noun[:1].upper()}{noun[1:]} {prep} {boss.name}"
            ent.role = f"{role}, {boss.role}" if boss.role and "'s " not in boss.role else role
            ent.rules.append(rule("role.owner-of-possessor"))


# "the city's mayor": a noun standing for a body or place named earlier, with the kinds it stands for.
_PLACEHOLDERS = {noun: set(kinds.split()) for noun, kinds in lexicon.table("role_placeholder_owners").items()}
_ARTICLES = lexicon.words("articles") | {"its", "their"}


def _placeholder_role(words: list[str], m: Mention, entities: list[Entity],
                      gaz: Gazetteer) -> tuple[str, str | None] | None:
    """A role written with a stand-in owner (``the company's chief executive``), named after the
    nearest actor of that kind before it ("Chief Executive of Globex"), one whose name holds the
    stand-in's noun first ("the bank's governor": the Delmar Bank, not a firm named since), or the
    office alone when the article names none; None when the role has no stand-in owner."""
    words = rejoin(words)
    k = next((k for k, w in enumerate(words) if re.sub(r"['\u2019]s?$", "", w.lower()) in _PLACEHOLDERS
              and w[-2:] in ("'s", "\u2019s", "s'") and all(x.lower() in _ARTICLES for x in words[:k])), None)
    if k is None or k == len(words) - 1:
        return None
    kinds = _PLACEHOLDERS[re.sub(r"['\u2019]s?$", "", words[k].lower())]
    norm = normalise_role(words[k + 1:], gaz)
    if norm is None:
        return None
    role, country = norm
    if country is not None:
        return role, country
    here = (-1 if m.paragraph is None else m.paragraph, m.start)
    noun = re.sub(r"['\u2019]s?$", "", words[k].lower())
    owner, at = None, None
    for other in entities:
        if other.kind not in kinds:
            continue
        named = noun in {w.lower() for w in other.name.split()}  # "the bank's": a body called a bank first
        for om in other.mentions:
            there = (named, -1 if om.paragraph is None else om.paragraph, om.start)
            if there[1:] < here and (at is None or there > at):
                owner, at = other, there
    if owner is None:
        return role, None
    if owner.kind == "country":
        return f"{role} of {country_article(owner.name)}", owner.name
    return f"{role} of {owner.name}", None


# A role that names whom it serves: "Chief of Globex", "Adviser to X", "Professor at Y", "Globex's chief"
# (not "with", which as often joins a role to the people it meets as to the body it serves).
_EDGE_MARKS = "\"'\u2018\u2019\u201c\u201d.,;:!?()[]{}\u2014\u2013-*"
_OWNED = re.compile(r" (of|for|to|at) |['\u2019]s ")
# Roles said in passing, which give way to any other role the article writes beside the person.
_FALLBACK_RULES = (rule("role.relative-serving-as"), rule("role.party-member"), rule("role.government-owner"))
# Roles read from a body the person leads, which give way to a role written beside the person that
# names its owner too; a country in the body's name is the body's, not the person's office.
_LED_BODY_RULES = (rule("role.led-by"),)
# Roles said of a clause's subject, which a surname alone gives only when no one else in the article bears it.
_SUBJECT_RULES = (rule("role.appointed-as"),)


_SPELLED_OUT = {full: short.upper() for short, full in lexicon.table("role_abbreviations").items()}


def _initials(role: str) -> str:
    """A role with the titles spelled out from initials written as initials again: "Member of Parliament"
    names no owner."""
    for full, short in _SPELLED_OUT.items():
        role = role.replace(full, short)
    return role


def _lower_words(parsed: ParsedArticle) -> set[str]:
    """The words the paragraphs write in lower case, outside lines written all in lower case: read
    from the text, not token by token, since every article passes here."""
    out: set[str] = set()
    for p in parsed.paragraphs:
        for sent in p.sents:
            line = p.parsed_span_text(sent)
            if any(ch.isupper() for ch in line):
                out.update(w for w in (x.strip(_EDGE_MARKS) for x in line.split()) if w.isalpha() and w.islower())
    return out


def _title_noun(word: str) -> str:
    """A role word as its title, ranks spelled out: "Rep." and "representative" are one."""
    return (rank(word) or word).lower()


# Small words that may stand inside a body's name written alone as a role: "the Council on Foreign Relations".
_EMPLOYER_JOINS = ("of", "and", "for", "&", "'s", "\u2019s", "on", "the", "-")
# Roles written beside a name between commas, which may be the title of the next name of a list.
_APPOSITIVE_RULES = (rule("role.appositive-after"), rule("role.appositive-before"))


def _titles_another(words: list[str], ent: Entity, entities: list[Entity]) -> bool:
    """Whether a role phrase beside a name is a title written in capitals and the full name of
    another person of the article ("the Minister of Trade Tom Reyes", "the Finance Minister Tom
    Reyes"): the title is that person's, the phrase the next item of a list, not an appositive.
    Not a title that names whom it serves ("Chief of Staff to Senator Tom Reyes", "director under
    President Tom Reyes")."""
    written = rejoin(words)
    for other in entities:
        if other is ent or other.kind != "person" or len(other.name.split()) < 2:
            continue
        name = other.name.split()
        n = len(name)
        if any(is_role_word(w) or rank(w) or w.lower() in TITLE_MODIFIERS for w in (name[0], name[-1])):
            continue  # a title the tagger took for a person's name: "Assistant Managing Editor"
        for k in range(1, len(written) - n + 1):
            if written[k:k + n] != name or not written[k - 1][:1].isupper() \
                    or not all(w[:1].isupper() or w.lower() in _TITLE_JOINS for w in written[:k]):
                continue
            t = k
            while t > 0 and written[t - 1][:1].isupper() and (is_role_word(written[t - 1]) or rank(written[t - 1])
                                                              or t < k and written[t - 1].lower() in TITLE_MODIFIERS):
                t -= 1  # the other's own title: "Finance Minister", "Senator"; not the portfolio in "of Finance"
            if t == k or t == 0 or written[t - 1].lower() in ("the", "a", "an"):
                return True
    return False


# Small words that may stand inside a title written in capitals: "the Minister of Mines and Energy".
_TITLE_JOINS = frozenset({"the", "a", "an", "of", "for", "and", "&", ","})


def _best_role(ent: Entity, gaz: Gazetteer, entities: list[Entity]) -> tuple[str | None, str | None, str | None]:
    """The best of the roles written beside a person's mentions: a title over a rank alone, one that
    names a country, not too long, the earliest; with its country and the rule that found it. A role
    written beside the surname alone that shares no role noun with one written beside the full name
    is set aside: it may be someone else's ("Rep. Ana Lind", then "Senator Lind")."""
    best = None
    docs = list({id(om.sent.doc): om.sent.doc for other in entities for om in other.mentions if om.sent is not None}.values())
    whole = [m for m in ent.mentions if m.role and len(m.name.split()) > 1] if len(ent.name.split()) > 1 else []
    held = {_title_noun(w) for m in whole for _, words in m.role for w in rejoin(words) if is_role_word(w) or rank(w)}
    for m in ent.mentions:
        if held and len(m.name.split()) == 1 \
                and not any(_title_noun(w) in held for _, words in m.role or () for w in rejoin(words)):
            continue
        shared = len(m.name.split()) == 1 and any(
            other is not ent and other.kind == "person" and m.name in other.name.split()[1:] for other in entities)
        for rule_id, words in m.role or ():
            if shared and rule_id in _SUBJECT_RULES:
                continue  # "Lind became chair", with two Linds in the story: whose office is unsure
            if rule_id in _APPOSITIVE_RULES and _titles_another(words, ent, entities):
                continue  # "X, the Minister of Trade Tom Reyes, ...": the next name of a list, with its title
            norm = _placeholder_role(words, m, entities, gaz)
            if norm is not None:
                rule_id = rule("role.placeholder-owner")
            else:
                norm = normalise_role(words, gaz, docs)
            if norm is None and words and words[0][:1].isupper() \
                    and all(w[:1].isupper() or w in _EMPLOYER_JOINS for w in words):
                # an employer alone: "the Herald's Tom Reyes", "X of the Y Party"; a country: "Chile's Ana Rojas"
                land = gaz.country(" ".join(words))
                if land is None and (gaz.place(" ".join(words)) is not None or words[-1].lower() in PLACE_NAME_WORDS):
                    continue  # "Moscow's X", "X of Elm Road": a place is no one's role
                norm = (land.name, land.name) if land else (" ".join(rejoin(words)), None)  # "the UK's X Agency"
            if norm is None:
                continue
            role, country = norm
            if rule_id in _LED_BODY_RULES:
                country = None
            only_rank = not any(is_role_word(w) and not rank(w) for w in words)
            owned = country is not None or _OWNED.search(_initials(role)) is not None
            score = (not only_rank, not part_role(words), rule_id not in _FALLBACK_RULES, owned,
                     rule_id not in _LED_BODY_RULES, country is not None,
                     len(role.split()) <= 10,
                     -(m.paragraph or 0))
            if best is None or score > best[0]:
                best = (score, role, country, rule_id)
    return (best[1], best[2], best[3]) if best else (None, None, None)


def _to_actors(entities: list[Entity], gaz: Gazetteer) -> list[tuple[Entity, Actor]]:
    """Each entity with the actor it becomes, the most salient first."""
    entities = sorted(entities, key=lambda e: (-e.salience(), e.first))
    used: Counter[str] = Counter()
    actors = []
    for ent in entities:
        if ent.kind == "person":
            _person_aliases(ent, entities)
        base = f"{ent.kind}-{slugify(ent.name) or 'unnamed'}"
        used[base] += 1
        ident = base if used[base] == 1 else f"{base}-{used[base]}"
        aliases = sorted(a for a in ent.aliases if a != ent.name)
        rules = merged([m.rule for m in ent.mentions], [m.retyped for m in ent.mentions], ent.rules)
        actors.append((ent, Actor(id=ident, name=ent.name, type=ent.kind, role=ent.role, aliases=aliases,
                                  mentions=len(ent.mentions), paragraphs=ent.paragraphs, country=ent.country,
                                  lat=ent.lat, lon=ent.lon, rules=rules)))
    return actors


def _person_aliases(ent: Entity, entities: list[Entity]) -> None:
    """The surname alone, when no one else in the article shares it."""
    words = ent.name.split()
    if len(words) < 2:
        return
    surname = words[-1]
    if "-" in surname:
        return
    others = [e for e in entities if e is not ent and e.kind == "person" and fold(e.name.split()[-1]) == fold(surname)]
    if not others:
        ent.aliases.add(surname)


_SUMMARY_ACTORS = 6
_SUMMARY_SENTENCES = 3


def _add_summaries(pairs: list[tuple[Entity, Actor]], parsed: ParsedArticle) -> None:
    """For the main actors: the article's sentences in which they act or speak."""
    texts = {p.index: p.text for p in parsed.paragraphs}
    chosen = 0
    for ent, actor in pairs:
        if chosen >= _SUMMARY_ACTORS:
            break
        if ent.kind not in ("person", "organization") or len(ent.mentions) < 2 and ent.kind != "person":
            continue
        items: list[BackgroundItem] = []
        seen = set()
        for m in sorted(ent.mentions, key=lambda m: (m.paragraph is None, m.paragraph or 0, m.start)):
            if m.paragraph is None or m.sent is None:
                continue
            key = (m.paragraph, m.sent.start)
            if key in seen or not acts_in(m):
                continue
            seen.add(key)
            sentence = texts[m.paragraph][m.sent.start_char:m.sent.end_char].strip()
            if 20 <= len(sentence) <= 400:
                items.append(BackgroundItem(sentence, m.paragraph, "context"))
            if len(items) >= _SUMMARY_SENTENCES:
                break
        if items:
            actor.summary = items
            chosen += 1
