"""Agreements: found where named, described or pledged; later references merged; cards filled
from the article's own sentences."""
import pytest

from generator.model import Actor


def country(name, *aliases):
    return Actor(id=f"country-{name.lower()}", name=name, type="country", aliases=list(aliases))


ACTORS = [country("Norway", "Norwegian"), country("Sweden", "Swedish"), country("Chile", "Chilean"),
          country("Peru", "Peruvian"), Actor(id="organization-un", name="United Nations", type="organization", aliases=["UN"])]


@pytest.fixture(scope="module")
def agreements_of(agreement_cards):
    return lambda *paragraphs, actors=ACTORS: agreement_cards(paragraphs, actors)


def test_a_described_pact_gets_its_year_parties_and_status(agreements_of):
    [pact] = agreements_of(
        "Norway asked Sweden for help on Monday under the terms of a 1998 mutual defence pact between the two countries.")
    assert pact.name == "1998 mutual defence pact"
    assert pact.year == 1998
    assert set(pact.parties) == {"Norway", "Sweden"}
    assert pact.status == "invoked"
    assert pact.status_text.paragraph == 0


def test_later_references_merge_onto_the_agreement(agreements_of):
    found = agreements_of(
        "Chile and Peru signed a fisheries accord in Lima on Tuesday.",
        "The fisheries accord covers anchovy stocks but does not include tuna.",
        "Under the accord, Peru will provide patrol boats if the stocks fall.",
    )
    assert len(found) == 1
    accord = found[0]
    assert accord.paragraphs == [0, 1, 2]
    assert set(accord.parties) == {"Chile", "Peru"}
    assert accord.status == "signed"
    assert accord.signed == "Tuesday, Lima"
    assert [c.text for c in accord.covers] == ["covers anchovy stocks"]
    assert [c.text for c in accord.excludes] == ["does not include tuna"]
    assert [o.text for o in accord.obligations] == ["Under the accord, Peru will provide patrol boats if the stocks fall"]


def test_a_joint_pledge_is_an_agreement(agreements_of):
    [pledge] = agreements_of("Late on Friday Norway and Sweden jointly pledged to stop fishing in the disputed waters.")
    assert pledge.type == "pledge"
    assert pledge.name == "Norway–Sweden pledge to stop fishing in the disputed waters"
    assert set(pledge.parties) == {"Norway", "Sweden"}
    assert pledge.status == "pledged"


def test_a_one_sided_vow_is_not(agreements_of):
    assert agreements_of("Norway vowed to recapture the islands by any means.") == []


def test_the_agreement_refers_to_the_one_just_named(agreements_of):
    found = agreements_of(
        "Chile and Peru have a 1990 border treaty.",
        "On Friday Chile and Peru pledged to withdraw troops from the frontier. The deal was their first since two truces broke down in the spring.",
    )
    # "two truces" are several earlier agreements, not one: no card of their own, and their
    # sentence stays on the card of the pledge it speaks of
    assert [a.type for a in found] == ["treaty", "pledge"]
    assert found[1].paragraphs == [1]
    assert found[0].paragraphs == [0]
    assert set(found[1].parties) == {"Chile", "Peru"}
    assert "The deal was their first since two truces broke down in the spring." in found[1].summary
    assert found[1].status == "pledged"  # the truces broke down, not the pledge


def test_different_amounts_are_different_agreements(agreements_of):
    found = agreements_of("Sweden announced a $20-billion arms package for Norway and a $30-billion arms package for Chile.")
    assert len(found) == 2
    assert found[0].parties == ["Norway"] and found[1].parties == ["Chile"]


def test_a_brokered_ceasefire_names_its_mediator(agreements_of):
    [ceasefire] = agreements_of("Troops remain in the valley in defiance of the UN-brokered ceasefire agreement.")
    assert ceasefire.type == "ceasefire"
    assert ceasefire.mediators == ["United Nations"]
    assert ceasefire.status == "violated"


def test_a_dated_joint_statement(agreements_of):
    [statement] = agreements_of(
        "Chile accused Peru of breaking its word.",
        "It urged Peru to act in the spirit of the joint statement reached between the two countries on March 3, 2011.",
    )
    assert statement.name == "2011 Peru–Chile joint statement"
    assert statement.aliases == ["joint statement"]
    assert statement.year == 2011
    assert statement.signed == "March 3, 2011"
    assert set(statement.parties) == {"Chile", "Peru"}


def test_a_joint_statement_with_no_party_or_year_is_no_card(agreements_of):
    assert agreements_of(
        "In a joint statement, the club's coach Tomas Brekke and its captain Ida Sund said the game would go ahead.") == []


@pytest.mark.parametrize("sentence", [
    "Analysts say a deal is unlikely this year.",
    "The minister spent a great deal of time in Oslo.",
    "She resigned of her own accord.",
    "The party convention opened in Santiago.",
    "Nurses followed the usual safety protocols.",
    "Parliament passed a new law on fishing.",
    "The two men were in agreement about the weather.",
    "Lawmakers may block the sale with a joint resolution.",
    "He issued a statement on Monday.",
    "There is broad agreement that the border should stay open.",
    "The United Nations called for an immediate ceasefire in the valley.",
    "The new rules apply to papers that don't deal with fishing quotas.",
    "Peace agreements rarely last in the region.",
    # one side's plan, or a plan put forward
    "Norway unveiled a plan to cut emissions by half.",
    "Sweden proposed a roadmap for new talks.",
    "The minister said Chile had a plan for the border.",
    "Peru adopted a plan to build more schools.",
    "The document was leaked to reporters on Tuesday.",
    # an agreement that may never be, a party's gathering
    "The candidate said he could negotiate a far better trade deal with Peru.",
    "The envoy travelled to Lima to broker an accord on water rights.",
    "Thousands attended the Green Party convention in Oslo.",
    "Delegates flew home after the Oslo convention ended.",
    "The senator spoke at his party's state convention.",
    "Thousands attended the Green Party Convention in Oslo.",
    # a contract, venture or deal with no named party that is an actor; a firm's name
    "She signed a contract last week.",
    "The film was a risky venture.",
    "Both parties hope to reach a deal with broad support.",
    "The fund is run by Lund Ventures, a firm in Oslo.",
    "Inspectors looked into the award of Foreign Office contracts.",
    "Activists fear the mayor will make a deal with Republican leaders.",
])
def test_words_in_passing_are_not_agreements(agreements_of, sentence):
    assert agreements_of(sentence) == []


def test_every_summary_sentence_stands_in_the_article(agreements_of):
    paragraphs = ["Chile and Peru signed a fisheries accord in Lima on Tuesday.",
                  "Critics said the accord came too late. Peru rejected the criticism."]
    article = " ".join(paragraphs)
    for agreement in agreements_of(*paragraphs):
        for sentence in agreement.summary:
            assert sentence in article


@pytest.mark.parametrize("sentence, name", [
    ("Both sides accused each other of breaching the Geneva Conventions.", "Geneva Conventions"),
    ("The council adopted Security Council Resolution 2254 in December.", "Security Council Resolution 2254"),
    ("Chile never ratified the border set by the Treaty of Ancon.", "Treaty of Ancon"),
    ("The minister said our deals with Norway and Chile were already paying off.", "deals with Norway and Chile"),
])
def test_named_agreements(agreements_of, sentence, name):
    assert [a.name for a in agreements_of(sentence)] == [name]


def test_a_condition_is_not_an_obligation_and_a_truce_is_not_a_deal(agreements_of):
    deal, truce = agreements_of(
        "Chile and Peru signed a trade deal on Monday.",
        "The deal will take effect once both parliaments ratify it.",
        "Separately, Norway and Sweden agreed to a truce mediated by the UN. The truce was broken within hours.",
    )
    assert [c.text for c in deal.conditions] == ["The deal will take effect once both parliaments ratify it."]
    assert deal.obligations == [] and deal.status == "signed"
    assert truce.status == "violated" and truce.mediators == ["United Nations"]
    assert truce.obligations == []


# -- rule ids: every card and term names the catalogued rules that produced it ----------------


def test_a_card_names_how_it_was_found_joined_and_read(agreements_of):
    [accord] = agreements_of(
        "Chile and Peru signed a fisheries accord in Lima on Tuesday.",
        "The accord covers anchovy stocks but does not include tuna.",
    )
    assert accord.rules[0] == "agreement.described-head"
    assert {"agreement.refers-back", "party.signing-subject", "status.verb",
            "agreement.signing-date-place"} <= set(accord.rules)
    assert [c.rules for c in accord.covers] == [["agreement.covers-verb"]]
    assert [c.rules for c in accord.excludes] == [["agreement.covers-verb"]]
    assert accord.status_text.rules == ["status.verb"]


@pytest.mark.parametrize("paragraphs, expected", [
    (["Late on Friday Norway and Sweden jointly pledged to stop fishing in the disputed waters."],
     {"agreement.joint-pledge", "status.verb", "party.signing-subject"}),
    (["Troops remain in the valley in defiance of the UN-brokered ceasefire agreement."],
     {"agreement.named-head", "party.mediator", "status.phrase"}),
    (["Sweden sent two frigates to Norway under the terms of a 1998 naval pact between the two countries."],
     {"agreement.described-head", "party.pair", "status.phrase"}),
    (["The minister said our deals with Norway and Chile were already paying off."],
     {"agreement.described-head", "party.with"}),
    (["A 2001 fishing pact between Chile and Peru expired on Monday."],
     {"agreement.described-head", "party.between"}),
    (["Chile will sign a border treaty with Peru next month."],
     {"agreement.described-head", "party.with", "status.verb"}),
])
def test_cards_carry_the_rules_of_their_construction(agreements_of, paragraphs, expected):
    [card] = agreements_of(*paragraphs)
    assert expected <= set(card.rules)


def test_every_rule_on_a_card_is_catalogued(agreements_of):
    from generator.extract.provenance import catalogue

    found = agreements_of(
        "Chile and Peru signed a trade deal on Monday.",
        "The deal will take effect once both parliaments ratify it.",
        "Separately, Norway and Sweden agreed to a truce mediated by the UN. The truce was broken within hours.",
    )
    for card in found:
        items = [card.status_text, *card.covers, *card.excludes, *card.obligations, *card.conditions]
        ids = card.rules + [r for item in items if item is not None for r in item.rules]
        assert card.rules and all(r in catalogue() for r in ids)
        assert all(r.split(".")[0] in ("agreement", "party", "status") for r in ids)
    assert found[0].conditions[0].rules == ["agreement.obligation-clause"]


def test_the_spans_on_the_doc_name_the_finding_rule():
    import generator.nlp

    doc = generator.nlp.load()("Chile and Peru signed the Treaty of Lima on Tuesday. The treaty ends a long dispute.")
    spans = list(doc.spans["agreements"])
    assert [s.text for s in spans] == ["Treaty of Lima", "treaty"]
    assert [doc.vocab.strings[s.id] for s in spans] == ["agreement.named-head", "agreement.bare-head"]


# -- clusters, names a reader would use, claims -----------------------------------------------------

def test_the_truce_joins_the_ceasefire_it_refers_to_and_the_card_takes_its_most_specific_name(agreements_of):
    found = agreements_of(
        "Chile and Peru agreed to a ceasefire on Monday.",
        "The Lima ceasefire agreement between Chile and Peru was signed by both foreign ministers.",
        "By Friday the truce was holding along the border.")
    assert len(found) == 1
    [card] = found
    assert card.name == "Lima ceasefire agreement"
    assert card.paragraphs == [0, 1, 2]
    assert set(card.parties) == {"Chile", "Peru"}


@pytest.mark.parametrize("paragraphs", [
    ("Officials said the agreement would be discussed again next week.",),
    ("Talks went on late into the night.", "Nobody would say what the deal contained."),
])
def test_a_bare_agreement_with_no_party_or_year_is_no_card(agreements_of, paragraphs):
    assert agreements_of(*paragraphs) == []


def test_a_bare_deal_its_parties_sign_is_a_card_named_after_them(agreements_of):
    [deal] = agreements_of("Norway and Sweden signed the deal in Oslo on Tuesday.")
    assert deal.name == "Norway\u2013Sweden deal"
    assert deal.status == "signed"


def test_a_pledge_is_named_by_its_noun_and_where_it_was_made(agreements_of):
    actors = ACTORS + [Actor(id="place-oslo", name="Oslo", type="place")]
    [pledge] = agreements_of(
        "Chile and Peru promised to reopen the border crossings after a meeting of their envoys in Oslo.",
        actors=actors)
    assert pledge.type == "pledge"
    assert pledge.name.startswith("Oslo promise to reopen the border crossings")
    assert set(pledge.parties) == {"Chile", "Peru"}
    assert pledge.status == "pledged"


def test_a_status_inside_a_quotation_is_the_speakers_claim(agreements_of):
    [pact] = agreements_of(
        "Norway and Sweden signed a 2009 fisheries pact in Oslo.",
        '"Sweden has violated the fisheries pact every week since," Norway said on Monday.')
    assert pact.status == "signed"
    assert not pact.status_claimed
    [pact] = agreements_of(
        'Norway said: "Sweden has violated the 2009 fisheries pact every week since."')
    assert pact.status == "violated"
    assert pact.status_claimed
    assert "status.quoted-claim" in pact.rules


def test_a_status_in_reported_speech_is_the_claim_of_who_reports_it(agreements_of):
    [truce] = agreements_of("Chile said on Monday that Peru had broken the 2012 border truce.")
    assert truce.status == "violated"
    assert truce.status_claimed and truce.status_by == "Chile"
    [truce] = agreements_of("Peru broke the 2012 border truce on Monday.")
    assert truce.status == "violated" and not truce.status_claimed


def test_a_claimed_status_reads_as_the_claim_on_the_page(explain):
    from generator.render import render_explainer

    e = explain("Truce in doubt\n\nChile said on Monday that Peru had broken the 2012 border truce.\n")
    page = render_explainer(e)
    assert "**violated**, according to Chile" in page


# -- what is not one agreement's card, and names that say which agreement ---------------------------

@pytest.mark.parametrize("paragraphs", [
    ("Officials praised the historic deal on Monday.",),
    ("The minister called it the first real accord in years.",),
    ("The senator's pledge to cut taxes won loud applause.",),
    ("The UN's old pledge to Chile was never kept.",),  # a body's pledge is its own policy
    ("Both sides want a peaceful resolution of the border dispute.",),
    ("The region has seen four short-lived truces since 2010.",),
    ("Governor Mary Deal spoke to reporters in Oslo.",),
    ("Deal",),
    ("Officials welcomed Tuesday's tentative accord.",),
])
def test_what_names_no_particular_agreement_is_no_card(agreements_of, paragraphs):
    assert agreements_of(*paragraphs) == []


@pytest.mark.parametrize("sentence, name", [
    ("Peru still honours the Lima accords, the minister said.", "Lima accords"),
    ("Critics in Peru attacked the much-praised Treaty of Lima on Monday.", "Treaty of Lima"),
    ("Chile said it would respect the first Lima accord.", "first Lima accord"),
    ("And the Treaty of Lima still stands, the minister said.", "Treaty of Lima"),
    ("Chile's envoy praised the Treaty of Lima at a dinner in Quito last week.", "Treaty of Lima"),
    ("Chile and Peru published the border treaty and its maps on Monday.", "border treaty"),
    ("Peru joined the General Agreement on Fishing Rights (GAFR) in 1990.", "General Agreement on Fishing Rights"),
])
def test_a_name_stops_where_the_agreement_does(agreements_of, sentence, name):
    [card] = agreements_of(sentence)
    assert card.name == name


# -- plans, commitments and texts that several parties make their own --------------------------------

def test_a_declaration_two_states_sign_is_an_agreement(agreements_of):
    [declaration] = agreements_of("Norway and Sweden signed a declaration on fishing rights in Oslo on Monday.")
    assert declaration.name == "Norway\u2013Sweden declaration"
    assert set(declaration.parties) == {"Norway", "Sweden"}
    assert declaration.status == "signed"


@pytest.mark.parametrize("sentence, name", [
    ("The leaders adopted an action plan on river pollution at the end of the summit.", "action plan on river pollution"),
    ("After four weeks of talks the review conference adopted a final document on nuclear testing.",
     "final document on nuclear testing"),
])
def test_a_plan_or_text_a_gathering_adopts_is_an_agreement(agreements_of, sentence, name):
    [card] = agreements_of(sentence)
    assert card.name == name
    assert card.status == "reached"


@pytest.mark.parametrize("sentence, name", [
    ("Norway and Sweden pledged support for the new coastguard in Oslo on Friday.",
     "Oslo pledge of support for the new coastguard"),
    ("Chile and Peru promised two patrol boats for the lake after the talks.", "Chile\u2013Peru promise of two patrol boats"),
])
def test_a_joint_promise_of_a_thing_is_named_with_its_noun(agreements_of, sentence, name):
    actors = ACTORS + [Actor(id="place-oslo", name="Oslo", type="place")]
    [card] = agreements_of(sentence, actors=actors)
    assert card.name == name
    assert card.status == "pledged"


# -- "it" joins no agreement: what it stands for is left to the reader -----------------------------

def test_it_that_may_stand_for_something_else_joins_nothing(agreements_of):
    [accord] = agreements_of("The coalition signed the Lima fisheries accord on Monday. It collapsed a week later.")
    assert accord.status == "signed"
    assert accord.paragraphs == [0]
    assert len(accord.summary) == 1
    assert agreements_of("It was ratified on Monday.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Delegates from forty states gathered to sign the Lima Declaration on Monday.", ["Lima Declaration"]),
    ("Sweden's Clean Water Plan has cost more than expected.", []),
])
def test_a_named_text_counts_when_its_name_says_where_it_was_made(agreements_of, sentence, expected):
    assert [a.name for a in agreements_of(sentence)] == expected


def test_an_agreement_to_be_signed_is_still_a_card(agreements_of):
    [treaty] = agreements_of("Chile and Peru are to sign a border treaty in Lima next week.")
    assert treaty.status == "to be signed"


def test_a_bare_accord_of_two_people_is_named_after_them(agreements_of):
    people = ACTORS + [Actor(id="person-ann-lund", name="Ann Lund", type="person", aliases=["Ann", "Lund"]),
                       Actor(id="person-per-berg", name="Per Berg", type="person", aliases=["Berg"])]
    [accord] = agreements_of("Ann Lund and Per Berg reached an accord on school funding late on Monday.", actors=people)
    assert accord.name.endswith("accord on school funding")
    later = "Lund spoke first, and Berg thanked her."
    [accord] = agreements_of("Ann Lund and Per Berg signed the accord late on Monday.", later, actors=people)
    assert accord.name == "Lund\u2013Berg accord"
    [deal] = agreements_of("Ann Lund and Per Berg signed a historic deal late on Monday.", later, actors=people)
    assert deal.name == "Lund\u2013Berg historic deal"
    [deal] = agreements_of("Chile and Peru signed a windfall fishing deal on Monday.")
    assert deal.name == "Chile\u2013Peru windfall fishing deal"


def test_a_person_is_shortened_only_to_the_name_the_article_calls_them_by(agreements_of):
    # a family name written first is the one the article goes on to use
    people = ACTORS + [Actor(id="person-wang-lei", name="Wang Lei", type="person", aliases=["Wang", "Lei"]),
                       Actor(id="person-per-berg", name="Per Berg", type="person", aliases=["Berg"])]
    [accord] = agreements_of("Wang Lei and Per Berg signed the accord late on Monday.",
                             "Wang spoke first, and Berg thanked him.", actors=people)
    assert accord.name == "Wang\u2013Berg accord"
    # a name the article never shortens stays whole
    [accord] = agreements_of("Wang Lei and Per Berg signed the accord late on Monday.", actors=people)
    assert accord.name == "Wang Lei\u2013Per Berg accord"


def test_work_that_goes_on_towards_an_agreement_is_a_card(agreements_of):
    [pact] = agreements_of("Chile and Peru began to negotiate a water-sharing pact last spring.")
    assert pact.status == "under negotiation"


def test_a_promise_the_leaders_make_together_is_an_agreement(agreements_of):
    [pledge] = agreements_of("At the close of the summit the leaders pledged to halve river pollution by 2030.")
    assert pledge.name.startswith("pledge to halve river pollution")
    assert pledge.status == "pledged"


def test_what_an_agreement_does_is_not_what_befell_it(agreements_of):
    [pact] = agreements_of("Chile and Peru signed a fisheries pact in May. The pact breaches Bolivian law, critics say.")
    assert pact.status == "signed"
    [pact] = agreements_of("Chile and Peru signed a fisheries pact in May. The pact collapsed within a year.")
    assert pact.status == "collapsed"


# -- agreements named by their parties, bodies and partners ----------------------------------------

def test_a_lone_agreement_noun_with_its_parties_is_a_card_named_with_them(agreements_of):
    [accord] = agreements_of(
        "Shipping in the strait is governed by an accord between Norway and Sweden, which both navies enforce.")
    assert accord.name == "accord between Norway and Sweden"
    assert set(accord.parties) == {"Norway", "Sweden"}


def test_two_contracts_with_different_partners_are_two_cards(agreements_of):
    cards = agreements_of("Under Norway's contract with Chile, the ferries are serviced in Oslo; a contract with Peru "
                          "covers the tugs.")
    assert [card.name for card in cards] == ["Norway's contract", "contract with Peru"]
    assert set(cards[0].parties) == {"Norway", "Chile"}


def test_a_joint_venture_with_a_partner_is_an_agreement(agreements_of):
    [venture] = agreements_of("The copper smelter near Arica is a joint venture with Peru.")
    assert venture.name == "joint venture"
    assert venture.parties == ["Peru"]


def test_a_deal_under_an_infinitive_counts_when_it_names_its_partner(agreements_of):
    [deal] = agreements_of("Chile failed to negotiate a fishing deal with Peru before the season opened.")
    assert set(deal.parties) == {"Chile", "Peru"}
    assert agreements_of("Chile failed to negotiate a better deal before the season opened.") == []
    assert agreements_of("Chile may still negotiate a fishing deal with Peru, officials said.") == []


def test_what_the_parties_agreed_to_do_is_no_mere_possibility(agreements_of):
    [venture] = agreements_of("Chile agreed to turn the ferry line into a joint venture with Peru.")
    assert venture.name == "joint venture" and venture.parties == ["Peru"]
    assert agreements_of("Chile may agree to turn the ferry line into a joint venture with Peru.") == []


def test_a_joint_venture_with_no_party_is_no_card(agreements_of):
    # a kind of business, not an agreement a reader can place
    assert agreements_of("The ferry line became a new joint venture in the spring.") == []
    assert agreements_of("Joint ventures in shipping grew fast last year.") == []


def test_the_party_of_the_leaders_named_after_with_is_their_country(agreements_of):
    [card] = agreements_of("Chile's fleet works under a pact with the leaders of Peru.")
    assert "Peru" in card.parties


def test_an_agreement_introduced_with_a_is_a_card_of_its_own(agreements_of):
    found = agreements_of(
        "Norway has never joined the Arctic Salmon Treaty.",
        "Last week Chile signed a salmon accord with Peru.")
    assert [card.name for card in found] == ["Arctic Salmon Treaty", "Peru–Chile salmon accord"]
    assert found[0].parties == []
    assert set(found[1].parties) == {"Chile", "Peru"}


def test_a_description_that_says_what_an_agreement_is_stays_on_its_card(agreements_of):
    found = agreements_of("Chile and Peru signed the Arctic Salmon Treaty, a pact on salmon quotas, in 1998.")
    assert len(found) == 1
    assert found[0].name == "Arctic Salmon Treaty"


def test_an_agreement_told_again_with_a_and_no_party_stays_on_its_card(agreements_of):
    found = agreements_of(
        "Boats returned to the bay under a Chile-Peru salmon deal.",
        "A new salmon deal in March has eased the quarrel over the bay.")
    assert len(found) == 1
    assert set(found[0].parties) == {"Chile", "Peru"}


def test_a_text_the_leaders_approve_is_a_card_though_no_party_is_named(agreements_of):
    [declaration] = agreements_of("The leaders at the summit approved a declaration on Friday.")
    assert declaration.name == "declaration"
    assert "agreement.described-head" in declaration.rules


@pytest.mark.parametrize("paragraphs", [
    ("The assembly met on Monday. Its chair asked the delegates to adopt the resolution by acclamation.",),
    ("The resolution was debated for two days.", "Chile voted against the resolution, and Peru abstained."),
])
def test_a_resolution_put_to_a_vote_is_a_card_and_a_state_that_votes_is_no_party(agreements_of, paragraphs):
    [resolution] = agreements_of(*paragraphs)
    assert resolution.name == "resolution"
    assert resolution.parties == []
    assert "agreement.voted-resolution" in resolution.rules


def test_the_states_whose_presidents_sign_are_its_parties(agreements_of):
    [accord] = agreements_of("The presidents of Chile and Peru signed an accord on fishing.")
    assert set(accord.parties) == {"Chile", "Peru"}


def test_a_state_named_in_a_clause_about_the_signer_is_no_party(agreements_of):
    [accord] = agreements_of("Chile, which had quarrelled with Peru for years, signed a fishing accord with Norway.")
    assert set(accord.parties) == {"Chile", "Norway"}


def test_a_state_that_answers_a_call_others_backed_is_the_one_party_of_its_promise(agreements_of):
    [pledge] = agreements_of("Sweden and Chile welcomed the plan; Norway studied the request and pledged to lend two ships.")
    assert pledge.parties == ["Norway"]
    assert "agreement.state-pledge" in pledge.rules


def test_a_resolution_number_is_not_its_year(agreements_of):
    found = agreements_of(
        "The Security Council adopted Resolution 1820 on Monday, calling on Norway to release the ships.")
    assert [card.year for card in found] == [None]
    assert "1820" in found[0].name
