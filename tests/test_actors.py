"""Actors: people merged with their roles, countries, organisations and places, on sentences written
for these tests."""
from __future__ import annotations

import re

import pytest

from generator.extract.actors import find_actors
from generator.extract.roles import normalise_role
from generator import gazetteer


@pytest.fixture(scope="module")
def actors_of(parse_text):
    def run(body: str, headline: str = "Talks resume as tension grows") -> list:
        return find_actors(parse_text(f"{headline}\n\n{body}\n"))[0]
    return run


def by_type(actors, kind):
    return {a.name: a for a in actors if a.type == kind}


# --- people ---------------------------------------------------------------------------------------

def test_mentions_of_one_person_merge_onto_the_full_name(actors_of):
    actors = actors_of(
        "Prime Minister Daniel Okonkwo arrived in Paris on Monday.\n\n"
        "Mr Okonkwo said the talks would continue. Okonkwo's aides were less sure.")
    people = by_type(actors, "person")
    assert list(people) == ["Daniel Okonkwo"]
    person = people["Daniel Okonkwo"]
    assert {"Okonkwo", "Mr Okonkwo"} <= set(person.aliases)
    assert person.mentions == 3 and person.paragraphs == [0, 1]


def test_a_misspelt_surname_merges_onto_the_full_name(actors_of):
    actors = actors_of(
        "Foreign minister Tomasz Wieczorkowski met his counterpart on Friday.\n\n"
        "Mr Wieczorkowsky told reporters that the meeting had gone well.")
    people = by_type(actors, "person")
    assert list(people) == ["Tomasz Wieczorkowski"]
    assert "Mr Wieczorkowsky" in people["Tomasz Wieczorkowski"].aliases


def test_a_full_name_without_its_middle_name_or_initial_is_the_same_person(actors_of):
    people = by_type(actors_of(
        "Senator John R. Hollis spoke first. Later, John Hollis left the room.\n\n"
        "Mary Ann Hollis and Mary Beth Hollis stayed.\n\n"
        "Paul K. B. Hollis and Paul B. Hollis, his son, came late."),
        "person")
    assert set(people) == {"John R. Hollis", "Mary Ann Hollis", "Mary Beth Hollis",
                           "Paul K. B. Hollis", "Paul B. Hollis"}
    assert "John Hollis" in people["John R. Hollis"].aliases


@pytest.mark.parametrize("body, name, role", [
    ("Turkish foreign minister Ahmet Demirkaya flew to Baku on Sunday.", "Ahmet Demirkaya",
     "Foreign Minister of Turkey"),
    ("On Sunday, Rustam Valiyev, Azerbaijan's president, rejected the offer.", "Rustam Valiyev",
     "President of Azerbaijan"),
    ("Hernan Quiroga, the president of Venezuela, said he supports the plan.", "Hernan Quiroga",
     "President of Venezuela"),
    ("Russian President Oleg Varlamov met the delegation in Moscow.", "Oleg Varlamov", "President of Russia"),
    ("The talks were led by US Secretary of State Margaret Ellery.", "Margaret Ellery",
     "Secretary of State of the US"),
    ("The deal made incumbent candidate Peter Nganga president and his rival prime minister.", "Peter Nganga",
     "President"),
    ("The visit was cut short, President of Chile Ana Lindqvist told reporters.", "Ana Lindqvist",
     "President of Chile"),
    ("Prime Minister of Chile Ana Lindqvist said the talks would resume.", "Ana Lindqvist",
     "Prime Minister of Chile"),
])
def test_roles_from_titles_and_appositives_in_readable_form(actors_of, body, name, role):
    people = by_type(actors_of(body), "person")
    assert people[name].role == role


@pytest.mark.parametrize("body, name, role", [
    ("After the final, Rolando Ibarra, Peru coach, praised his players.", "Rolando Ibarra", "Coach of Peru"),
    ("The gallery shows portraits by photographer Lena Varga.", "Lena Varga", "Photographer"),
    ("She was sent on to a company lawyer, Dorian Pike.", "Dorian Pike", "Company Lawyer"),
    ("Nadia Orlov, Riverside Museum curator of prints, opened the show.", "Nadia Orlov",
     "Riverside Museum curator of prints"),
    ("The display included designers Ivo Marsh, Tilda Crane and Omar Vell.", "Tilda Crane", "Designer"),
    ("The display included designers Ivo Marsh, Tilda Crane and Omar Vell.", "Ivo Marsh", "Designer"),
])
def test_roles_in_less_formal_writing(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role


@pytest.mark.parametrize("body, name, role", [
    ("According to Peruvian Ambassador to the United States Hernan Vidal, the team did well.", "Hernan Vidal",
     "Peruvian Ambassador to the United States"),
    ("Minister of Education Paola Rinaldi said a reflection is needed.", "Paola Rinaldi", "Minister of Education"),
    ("In the words of the Crown prosecutor, Mark Telford, it was a sad case.", "Mark Telford", "Crown prosecutor"),
    ("Emil Varga, 19, a member of the club all his life, was arrested.", "Emil Varga",
     "Member of the club all his life"),
])
def test_titles_with_to_or_a_portfolio_and_appositives_after_an_age(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role


@pytest.mark.parametrize("body, name, role", [
    ("Pia Holm, the State Department Spokesperson, said the talks would go on.", "Pia Holm",
     "State Department Spokesperson"),
    ("Speaking on Monday, Chile's Foreign Minister, Ramon Ortiz said the talks would go on.", "Ramon Ortiz",
     "Foreign Minister of Chile"),
    ("Co-founder of the firm, Oskar Lindgren, met the students.", "Oskar Lindgren", "Co-founder of the firm"),
    ("Fighting began again, general Idris Kamara said.", "Idris Kamara", "General"),
])
def test_appositives_that_open_a_sentence_or_name_a_department(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role


@pytest.mark.parametrize("body, name", [
    ("According to Okafor, a detective for the city police was handed the files.", "Okafor"),
    ("The college received a major Dunmore donation last year.", "Dunmore"),
])
def test_words_beside_a_name_that_are_not_its_role(actors_of, body, name):
    person = by_type(actors_of(body), "person").get(name)
    assert person is None or person.role is None


def test_names_listed_after_a_body_s_possessive_all_belong_to_it(actors_of):
    people = by_type(actors_of("The seats went to the UDP's Ben Holt and Leo Marsh."), "person")
    assert people["Ben Holt"].role == people["Leo Marsh"].role == "UDP"


def test_a_country_written_as_a_person_s_owner_is_their_role_but_makes_no_person(actors_of):
    actors = actors_of("In the second half, Chile's Pedro Alvarez missed a penalty. "
                       "Peru's Soviet-era jets flew over the stadium.")
    people = by_type(actors, "person")
    assert people["Pedro Alvarez"].role == "Chile"
    assert "Soviet-era" not in people


def test_a_name_in_a_list_goes_with_the_nearest_owner_before_it(actors_of):
    people = by_type(actors_of("The candidates elected were the UDP's Ben Holt, the NPR's Sam Wu and Leo Marsh."),
                     "person")
    assert (people["Ben Holt"].role, people["Sam Wu"].role, people["Leo Marsh"].role) == ("UDP", "NPR", "NPR")


def test_a_plural_noun_before_a_single_name_gives_no_role(actors_of):
    people = by_type(actors_of("Nobody knew which soldiers Halvorsen was speaking about, the army said."), "person")
    assert people["Halvorsen"].role is None


@pytest.mark.parametrize("body, name, role", [
    ("The seat went to Wendell Okafor of the Green Alliance Party.", "Wendell Okafor", "Green Alliance Party"),
    ("Pro-reform campaigner Sanna Lind of the Civic Forum Party lost her seat.", "Sanna Lind", "Pro-reform campaigner"),
])
def test_the_body_a_person_is_of_is_a_role_when_no_title_is_given(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role


def test_the_body_after_a_person_s_name_is_a_body_and_their_role(actors_of):
    actors = actors_of("Two veterans, Lee Wan of the Labour Party and Frederick Yu of UDPR, were defeated. "
                       "Gary Pan of the Neo Greens resigned. Tom Lane of Springfield Road was there.")
    people, orgs = by_type(actors, "person"), by_type(actors, "organization")
    assert people["Frederick Yu"].role == "UDPR" and people["Gary Pan"].role == "Neo Greens"
    assert {"UDPR", "Neo Greens", "Labour Party"} <= set(orgs)
    assert people["Tom Lane"].role is None


def test_a_stance_prefix_is_not_part_of_a_name(actors_of):
    actors = actors_of("Pan-democrat Rhys Calloway of the Harbour Party won the seat.")
    assert "Rhys Calloway" in by_type(actors, "person")
    assert not any(a.name.lower().startswith("pan-") for a in actors)


@pytest.mark.parametrize("body, name", [
    ("Fans cheered striker Paulo Brandt Image: Club photographer.", "Paulo Brandt"),
    ("The seat was won by Kemal To.", "Kemal To"),
    ("Crowds came to see the city mayor Lo Wai-bin open the fair.", "Lo Wai-bin"),
])
def test_names_end_where_the_name_ends(actors_of, body, name):
    assert name in by_type(actors_of(body), "person")


def test_the_place_of_an_office_does_not_make_its_holder_a_place(actors_of):
    people = by_type(actors_of("Also the governor of the Umbria region, Dario Festa, has reacted."), "person")
    assert people["Dario Festa"].role == "Governor of the Umbria region"


@pytest.mark.parametrize("body, name, kind", [
    ("The letter was found on Elmsworth Road by a passerby.", "Elmsworth Road", "place"),
    ("The story ran in the Leeds Star on Monday.", "Leeds Star", "organization"),
    ("He was taken to Mary Weller Hospital in the city.", "Mary Weller Hospital", "place"),
    ("Documents seen by the paper name accounting firm Baxter Quill as the auditor.", "Baxter Quill", "organization"),
])
def test_what_the_last_word_or_the_body_after_a_name_tells(actors_of, body, name, kind):
    assert name in by_type(actors_of(body), kind)


def test_letters_after_a_name_handles_and_time_zones_are_not_bodies(actors_of):
    actors = actors_of("Speaking for the family, Tom Harlow, QC, said the page was back at 15:11 GMT. "
                       "The mayor wrote from her @CityHall account.")
    assert not {"QC", "GMT", "@CityHall"} & {a.name for a in actors}


@pytest.mark.parametrize("body, org", [
    ("Omar Haddad, editor at large at the Kuwait Gazette, said it could have been worse.", "Kuwait Gazette"),
    ("She joined the Harbor Org when she was fourteen.", "Harbor Org"),
])
def test_papers_named_after_a_country_and_bodies_called_org(actors_of, body, org):
    assert org in by_type(actors_of(body), "organization")


def test_a_party_named_by_its_members_is_listed_as_the_party(actors_of):
    orgs = by_type(actors_of(
        "Democrats on the budget panel walked out on Tuesday, while Republicans said they would vote again.\n\n"
        "In Eastwick, the Liberal Democrats and the Greens stayed out of the row."), "organization")
    assert {"Democrats", "Republicans", "Liberal Democrats", "Greens"} <= set(orgs)
    assert "Democrats" not in orgs["Liberal Democrats"].aliases  # another party


def test_a_party_s_members_in_a_chamber_are_the_party(actors_of):
    orgs = by_type(actors_of(
        "Republicans blocked the bill on Monday. Republican Senators said they would not change their minds."),
        "organization")
    assert [name for name in orgs if "Republican" in name] == ["Republicans"]


@pytest.mark.parametrize("body, thing, acronym", [
    ("The Harbour Borrowing Requirement (HBR) fell in March, the Treasury said. The HBR may rise again.",
     "Harbour Borrowing Requirement", "HBR"),
    ("The Northstar Launch Vehicle (NLV) will carry the probe, the Harbour Authority said.",
     "Northstar Launch Vehicle", "NLV"),
    ("The Harbour Authority said the Common Fisheries Policy would stay.", "Common Fisheries Policy", None),
    ("The Harbour Authority opposes the Union's Common Fisheries Policy, its chairman said.",
     "Common Fisheries Policy", None),
])
def test_a_tax_a_measure_or_a_craft_named_in_capitals_is_no_body(actors_of, body, thing, acronym):
    orgs = by_type(actors_of(body), "organization")
    assert thing not in orgs and acronym not in orgs
    assert thing not in by_type(actors_of(body), "person")
    assert {"Treasury", "Harbour Authority"} & set(orgs)  # the bodies beside them stay


def test_a_lower_case_adjective_before_a_body_s_name_is_no_part_of_it(actors_of):
    orgs = by_type(actors_of("Her new book traces the reform to earlier Harbour Party trends and to the unions."),
                   "organization")
    assert "Harbour Party" in orgs and not any(name.startswith("earlier") for name in orgs)


def test_party_members_in_lower_case_are_no_party(actors_of):
    orgs = by_type(actors_of("Both conservatives and liberals in the town praised the new library."), "organization")
    assert not {"Conservatives", "Liberals", "conservatives", "liberals"} & set(orgs)


@pytest.mark.parametrize("body, name", [
    ("The Harbour Comics Festival took place this weekend.", "Harbour Comics Festival"),
    ("The Northern Arena Chess Championship ran all weekend.", "Northern Arena Chess Championship"),
    ("The Coastal Nutrition Study found that most children lacked iron.", "Coastal Nutrition Study"),
])
def test_events_and_studies_are_not_bodies(actors_of, body, name):
    assert name not in by_type(actors_of(body), "organization")


@pytest.mark.parametrize("body", [
    "Mara Ilves converted to Islam after years of study.",
    "Mara Ilves spoke against Islamophobia and Antisemitism at the rally.",
    "Mara Ilves said Homeopathy could not cure the infection.",
    "Mara Ilves said the Trotskyists had joined the Localists in the march.",
])
def test_faiths_and_beliefs_are_neither_bodies_nor_people(actors_of, body):
    actors = actors_of(body)
    assert [a.name for a in actors if a.type in ("organization", "person")] == ["Mara Ilves"]


def test_codes_of_models_and_versions_are_neither_bodies_nor_people(actors_of):
    actors = actors_of("Users were told to stop using NV7 and move to NV9, the Helix Corporation said. "
                       "The G20 met and Channel 4 reported it.")
    assert sorted(a.name for a in actors if a.type in ("organization", "person")) == \
        ["Channel 4", "G20", "Helix Corporation"]


@pytest.mark.parametrize("body, kept", [
    ("The poster shows Marilyn in a red dress.", False),
    ("Fans lined up to meet Cassandra at the booth.", False),
    ("Fans lined up to meet Cassandra at the booth. Cassandra said hello to them.", True),
])
def test_a_single_word_in_passing_is_no_person(actors_of, body, kept):
    names = set(by_type(actors_of(body), "person"))
    assert bool(names & {"Marilyn", "Cassandra"}) == kept


def test_a_title_alone_is_no_person(actors_of):
    body = "Speeches came from Tom Reyes — sometime Home Secretary, author of note, and farmer — and others."
    assert "Home Secretary" not in by_type(actors_of(body), "person")


def test_a_body_that_owns_a_thing_named_after_someone_is_no_one_s_employer(actors_of):
    people = by_type(actors_of("The Kestrel Space Agency's Carter Vale telescope was repaired in May."), "person")
    assert all(p.role is None for p in people.values())


def test_a_kind_of_body_that_may_be_a_person_s_trade_leaves_the_name_a_person_s(actors_of):
    assert "Tom Reyes" in by_type(actors_of("The award went to manufacturer Tom Reyes on Friday."), "person")


def test_named_craft_are_neither_people_nor_bodies(actors_of):
    actors = actors_of("Space Shuttle Meridian lifted off on Tuesday. The Space Shuttle Program ends this year.")
    assert not any("Shuttle" in a.name for a in actors)


@pytest.mark.parametrize("body, org", [
    ("The Joint Council for the Welfare of Seafarers criticised the plan.",
     "Joint Council for the Welfare of Seafarers"),
    ("The study was published in the Northern Journal of Medicine this week.", "Northern Journal of Medicine"),
])
def test_a_body_keeps_the_rest_of_its_name(actors_of, body, org):
    assert org in by_type(actors_of(body), "organization")


def test_a_body_named_by_its_head_alone_folds_onto_its_full_name(actors_of):
    orgs = by_type(actors_of("The Church of Unification Science denied the claim. The Church said she left freely."),
                   "organization")
    assert list(orgs) == ["Church of Unification Science"] and "Church" in orgs["Church of Unification Science"].aliases


@pytest.mark.parametrize("body, names", [
    ("The museum shows work by Ansel Brook, Chuck Marlow, Walker Dunn, Robert Haskell, and Helmut Krenz.",
     {"Ansel Brook", "Walker Dunn", "Helmut Krenz"}),
    ("Guests included Mark Pell, Hudson Gray, Eva Stone and Tom Reilly.", {"Eva Stone", "Hudson Gray"}),
    ("The side started well, with attempts from Tomas Brenner, Luka Pavic, Ivo Horvat, and Marko Zic early on.",
     {"Tomas Brenner", "Ivo Horvat"}),
])
def test_a_name_listed_among_people_is_a_person(actors_of, body, names):
    assert names <= set(by_type(actors_of(body), "person"))


def test_role_of_a_spokesperson_keeps_the_body_they_speak_for(actors_of):
    people = by_type(actors_of(
        '"There is no basis for this," Pavel Sorokin, a spokesperson for the Russian Foreign Ministry, said.'),
        "person")
    assert people["Pavel Sorokin"].role == "Spokesperson for the Russian Foreign Ministry"


def test_ranks_are_spelled_out(actors_of):
    people = by_type(actors_of("Brig. Gen. Harold Whitcombe told reporters the base was secure."), "person")
    assert people["Harold Whitcombe"].role == "Brigadier General"


@pytest.mark.parametrize("body, not_people", [
    ("Yerevan rejected the claim on Monday, and Moscow said nothing.", {"Yerevan", "Moscow"}),
    ("Azerbaijani troops advanced while Armenians fled the town.", {"Azerbaijani", "Armenians"}),
    ("The attack was claimed by the Taliban, officials said.", {"Taliban"}),
])
def test_places_and_demonyms_are_never_people(actors_of, body, not_people):
    people = by_type(actors_of(body), "person")
    assert not (set(people) & not_people)


def test_a_name_in_a_list_of_towns_is_a_place(actors_of):
    actors = actors_of("Floods cut off the villages of Varnel, Oskbury, and Lindmoor for three days.")
    assert "Lindmoor" not in by_type(actors, "person")


# --- countries ------------------------------------------------------------------------------------

def test_countries_from_names_official_names_and_demonyms(actors_of):
    actors = actors_of(
        "The Russian Federation said it would send observers.\n\n"
        "Azerbaijan has bought Turkish drones.")
    countries = by_type(actors, "country")
    assert {"Russia", "Azerbaijan", "Turkey"} <= set(countries)
    assert "Russian Federation" in countries["Russia"].aliases
    assert "Turkish" in countries["Turkey"].aliases


@pytest.mark.parametrize("body, countries", [
    ("Her brother spoke on French television about the Thai cuisine he cooks for the Chinese New Year.", set()),
    ("The lanterns show the animals of the Korean zodiac cycle.", set()),
    ("Lena Ruiz, a teacher of Vietnamese descent, met Chinese troops and Thai officials.", {"China", "Thailand"}),
])
def test_a_demonym_naming_a_people_s_culture_does_not_involve_the_country(actors_of, body, countries):
    assert set(by_type(actors_of(body), "country")) == countries


@pytest.mark.parametrize("body, countries", [
    ("Brazil said the weather station it built near Kourou, in French Guiana, opened on Tuesday.", {"Brazil"}),
    ("Tanzania sent doctors to Mayotte after the storm.", {"Tanzania"}),
    ("A ferry sailed from Martinique to Guadeloupe as Canada sent two ships.", {"Canada"}),
])
def test_an_overseas_department_is_a_place_not_a_state_and_its_name_no_demonym(actors_of, body, countries):
    """An overseas department is by law a part of its state, as a province is: a place of the story."""
    assert set(by_type(actors_of(body), "country")) == countries


@pytest.mark.parametrize("body, countries", [
    ("Fiji warned that the swell would reach Lord Howe Island and Norfolk Island by dusk.", {"Fiji"}),
    ("Indonesia said the boat had been bound for Christmas Island when it sank.", {"Indonesia"}),
    ("Chile sent a research ship to Antarctica on Monday.", {"Chile"}),
])
def test_a_territory_with_no_government_of_its_own_or_a_continent_is_no_state(actors_of, body, countries):
    """An external territory that its state governs, or a continent no state holds, is a place of the
    story, not a state that takes part in it."""
    assert set(by_type(actors_of(body), "country")) == countries


def test_an_integral_part_of_a_state_is_a_region_of_that_state():
    gaz = gazetteer.load()
    assert gaz.country("French Guiana") is None and gaz.country("Reunion") is None
    assert gaz.place("French Guiana").country_iso2 == "FR"
    assert gaz.country("Bermuda") is not None  # a territory with its own government stays listed


def test_a_brit_is_one_of_the_people_of_the_united_kingdom(actors_of):
    actors = actors_of("A Brit and two Canadians won the sailing race off Halden on Sunday.")
    assert {"Canada", "United Kingdom"} <= set(by_type(actors, "country"))
    assert "Brit" not in by_type(actors, "organization")


def test_a_capital_acting_for_its_government_involves_the_country(actors_of):
    actors = actors_of("Moscow has sought to remain neutral during the conflict.")
    assert "Russia" in by_type(actors, "country")
    moscow = by_type(actors, "place")["Moscow"]
    assert moscow.country == "Russia" and moscow.lat is not None and moscow.lon is not None


def test_a_capital_as_a_location_is_only_a_place(actors_of):
    actors = actors_of("The delegates met in Ankara on Friday.")
    assert "Turkey" not in by_type(actors, "country")
    assert by_type(actors, "place")["Ankara"].country == "Turkey"


# --- organisations --------------------------------------------------------------------------------

def test_possessive_ministry_is_named_after_its_country(actors_of):
    actors = actors_of(
        "Armenia's foreign ministry said in a statement that talks had begun.\n\n"
        "The Armenian foreign ministry later confirmed the date.")
    orgs = by_type(actors, "organization")
    assert "Armenian foreign ministry" in orgs
    assert orgs["Armenian foreign ministry"].mentions == 2
    assert orgs["Armenian foreign ministry"].country == "Armenia"


@pytest.mark.parametrize("body, name", [
    ("The Afghan government blamed the insurgents for the attack.", "Afghan government"),
    ("The government of Saudi Arabia declined to comment.", "Saudi Arabian government"),
    ("The Nigerian military said the strike was a mistake.", "Nigerian military"),
])
def test_governments_and_armed_forces_with_an_owner_are_organisations(actors_of, body, name):
    assert name in by_type(actors_of(body), "organization")


def test_an_acronym_merges_with_its_long_form(actors_of):
    actors = actors_of(
        "The Students Democratic Front of Ruritania (SDFR) called a strike.\n\n"
        "The SDFR said the strike would last a week.")
    orgs = by_type(actors, "organization")
    assert list(orgs) == ["Students Democratic Front of Ruritania"]
    assert "SDFR" in orgs["Students Democratic Front of Ruritania"].aliases


def test_generic_groups_are_not_organisations(actors_of):
    actors = actors_of("Troops and officials gathered as the government met. The military said nothing.")
    assert by_type(actors, "organization") == {}


def test_a_disputed_region_is_a_place_not_an_organisation(actors_of):
    actors = actors_of("Fighting continued in Nagorno-Karabakh on Tuesday, and shells fell near Stepanakert.")
    assert "Nagorno-Karabakh" not in by_type(actors, "organization")
    assert "Nagorno-Karabakh" in by_type(actors, "place")


@pytest.mark.parametrize("body, name", [
    ("The Vask Tyre and Paint Centre on Mill Road was closed by police on Monday.", "Vask Tyre and Paint Centre"),
    ("Ana Lind worked as a clerk at the Corvale Department of Veterans Affairs Regional Office for ten years.",
     "Corvale Department of Veterans Affairs Regional Office"),
])
def test_a_bodys_name_cut_after_its_and_or_of_is_listed_whole(actors_of, body, name):
    assert list(by_type(actors_of(body), "organization")) == [name]


def test_two_bodies_joined_by_and_stay_two(actors_of):
    orgs = by_type(actors_of("The Centre for Soil Studies and the Centre for Water Studies asked for a review."),
                   "organization")
    assert set(orgs) == {"Centre for Soil Studies", "Centre for Water Studies"}


def test_a_name_before_a_noun_of_a_stretch_of_land_is_a_place(actors_of):
    actors = actors_of("Loggers cleared more of the Varuna rainforest last year, and smoke from the fires "
                       "reached the coast.")
    assert "Varuna" not in by_type(actors, "organization")
    assert "Varuna" in by_type(actors, "place")


# --- places and the actor record ------------------------------------------------------------------

def test_cities_carry_their_country_and_coordinates(actors_of):
    place = by_type(actors_of("Protesters marched through Peshawar on Saturday."), "place")["Peshawar"]
    assert place.country == "Pakistan" and 33 < place.lat < 35 and 71 < place.lon < 72


def test_actors_are_ordered_by_salience_with_stable_ids(actors_of):
    actors = actors_of(
        "Kenya said on Monday that talks would resume.\n\n"
        "President Samuel Kiprono said Kenya wanted peace. Uganda did not reply.\n\n"
        "Mr Kiprono repeated that Kenya was ready.",
        headline="Kenya calls for talks")
    assert actors[0].name == "Kenya"
    ids = [a.id for a in actors]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z]+-[a-z0-9-]+", i) for i in ids)
    assert "person-samuel-kiprono" in ids


def test_main_actors_get_what_they_did_and_said_from_the_article(actors_of):
    body = ("President Samuel Kiprono said on Monday that the talks would resume.\n\n"
            "Mr Kiprono also ordered the army back to its barracks.")
    actors = actors_of(body)
    person = by_type(actors, "person")["Samuel Kiprono"]
    assert [item.paragraph for item in person.summary] == [0, 1]
    assert all(item.text in body for item in person.summary)


def test_normalise_role_without_a_country_keeps_the_title():
    assert normalise_role(["the", "Prime", "minister"], gazetteer.load()) == ("Prime Minister", None)


@pytest.mark.parametrize("body, org", [
    ("The UN condemned the attack on Tuesday.", "UN"),
    ("According to Bloomberg, exports fell sharply.", "Bloomberg"),
])
def test_acronyms_and_sources_are_organisations(actors_of, body, org):
    actors = actors_of(body)
    assert org in by_type(actors, "organization") and org not in by_type(actors, "place")


def test_landmarks_are_places_not_organisations(actors_of):
    actors = actors_of("Protesters gathered near Parliament Hill and later at Trafalgar Square.")
    assert not ({"Parliament Hill", "Trafalgar Square"} & set(by_type(actors, "organization")))


def test_a_shortened_name_folds_onto_the_full_name(actors_of):
    actors = actors_of(
        "Lina Haddad, vice chairman of the Kenyan National Commission on Human Rights, spoke on Monday.\n\n"
        '"The Kenya National Commission did have these allegations," she said.')
    orgs = by_type(actors, "organization")
    assert list(orgs) == ["Kenyan National Commission on Human Rights"]
    assert by_type(actors, "person")["Lina Haddad"].role == \
        "Vice chairman of the Kenyan National Commission on Human Rights"


def test_portfolio_words_before_a_title_are_not_organisations(actors_of):
    actors = actors_of("Railway Minister Arjun Mehra visited the station on Tuesday.")
    assert by_type(actors, "organization") == {}
    assert by_type(actors, "person")["Arjun Mehra"].role == "Railway Minister"


def test_the_long_form_an_acronym_spells_is_one_organisation(actors_of):
    actors = actors_of("The National Union of Mineworkers and Allied Trades (NUMAT) called a strike on Monday.")
    orgs = by_type(actors, "organization")
    assert list(orgs) == ["National Union of Mineworkers and Allied Trades"]
    assert orgs["National Union of Mineworkers and Allied Trades"].aliases == ["NUMAT"]


def test_a_place_unknown_to_the_gazetteer_takes_the_country_named_after_it(actors_of):
    actors = actors_of("The plane landed at Kpalime Airfield, Togo, on Friday.")
    assert by_type(actors, "place")["Kpalime Airfield"].country == "Togo"


def test_spellings_of_one_organisation_merge(actors_of):
    actors = actors_of("The attack bore the marks of al-Qaeda.\n\nOfficials said al Qaeda and al-Qaida cells were active.")
    orgs = by_type(actors, "organization")
    assert len(orgs) == 1 and next(iter(orgs.values())).mentions == 3


def test_a_misspelt_country_name_is_still_the_country(actors_of):
    actors = actors_of("Fighting resumed in the north of Ivory Cost on Sunday.")
    assert by_type(actors, "country")["Ivory Coast"].aliases == ["Ivory Cost"]


def test_a_name_used_as_a_modifier_is_still_the_body(actors_of):
    actors = actors_of("The European Union-brokered ceasefire held. The European Union said it was pleased.")
    assert "European Union" in by_type(actors, "organization")
    assert "European Union-brokered" not in by_type(actors, "organization")


def test_a_surname_that_is_also_a_town_abroad_stays_the_person(actors_of):
    actors = actors_of("President Barack Obama spoke on Monday.\n\nObama said the deal was fair.")
    assert by_type(actors, "person")["Barack Obama"].mentions == 2
    assert "Obama" not in by_type(actors, "place")


def test_a_lone_capitalised_modifier_is_not_a_person(actors_of):
    actors = actors_of("The package includes sales of Patriot anti-missile systems to Kuwait.")
    assert "Patriot" not in by_type(actors, "person")


@pytest.mark.parametrize("body, names, role", [
    ("The show brings together musicians who worked in the valley, such as Ines Varga, Tomas Heller and "
     "Ruth Obi.", ("Ines Varga", "Tomas Heller", "Ruth Obi"), "Musician"),
    ("Several senators, including Carla Dunn and Piet Moller, voted against the bill.",
     ("Carla Dunn", "Piet Moller"), "Senator"),
    ("Guests included Carla Dunn and Piet Moller.", ("Carla Dunn", "Piet Moller"), None),
])
def test_names_given_as_examples_after_a_plural_role_take_it(actors_of, body, names, role):
    people = by_type(actors_of(body), "person")
    assert [people[n].role for n in names] == [role] * len(names)


@pytest.mark.parametrize("body, name, role", [
    ("The ferry leaves the harbour at dawn. Image: Oskar Lindqvist.", "Oskar Lindqvist", "Photographer"),
    ("Crowds gathered outside the hall.\n\nPhoto: Mara Ilves", "Mara Ilves", "Photographer"),
    ("Oskar Lindqvist sailed the ferry out of the harbour at dawn.", "Oskar Lindqvist", None),
])
def test_the_name_a_picture_is_credited_to_is_its_photographer(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role


def test_a_single_word_a_picture_is_credited_to_is_no_person(actors_of):
    actors = actors_of("The ferry leaves the harbour at dawn. Image: Seabird77.")
    assert not by_type(actors, "person")


def test_one_of_several_takes_the_singular_role(actors_of):
    people = by_type(actors_of("Lena Marsh, one of the survivors of the crash, described the scene."), "person")
    assert people["Lena Marsh"].role == "Survivor of the crash"


def test_a_party_named_before_its_leader_is_part_of_the_role(actors_of):
    actors = actors_of('"This is wrong," Greens Leader Tom Avery said on Monday.')
    assert by_type(actors, "person")["Tom Avery"].role == "Greens Leader"


def test_page_shows_what_the_main_actors_did_and_said(explain):
    from generator.render import render_explainer

    e = explain("Talks resume\n\nPresident Samuel Kiprono said on Monday that the talks would resume.\n\n"
                "Mr Kiprono also ordered the army back to its barracks.\n")
    page = render_explainer(e)
    section = page.split("### What they did and said", 1)[1].split("\n## ", 1)[0]
    assert "**Samuel Kiprono** (President)" in section
    assert "Mr Kiprono also ordered the army back to its barracks." in section


def test_a_deputy_is_described_through_the_person_they_serve(actors_of):
    people = by_type(actors_of(
        "Viktor Lanskoy, the speaker of the regional parliament, said the vote would go ahead.\n\n"
        '"We are ready," Ilya Borodin, one of Lanskoy\'s deputies, said.'), "person")
    assert people["Ilya Borodin"].role == "Deputy of Viktor Lanskoy, Speaker of the regional parliament"


def test_an_employer_named_before_a_reporter_is_the_role(actors_of):
    people = by_type(actors_of("VOA's Martin Hale reports from the capital."), "person")
    assert people["Martin Hale"].role == "VOA"


def test_a_portfolio_title_reads_secretary_of(actors_of):
    people = by_type(actors_of("The plan was announced by Defense Secretary Paul Hendry in August."), "person")
    assert people["Paul Hendry"].role == "Secretary of Defense"


def test_a_name_after_the_kind_of_body_it_is_is_an_organisation(actors_of):
    actors = actors_of("Russian state energy company Gazprom said it would cut supplies.")
    assert "Gazprom" in by_type(actors, "organization")


def test_bodies_listed_together_stay_apart(actors_of):
    actors = actors_of("The bill funds the Department of Homeland Security and the Internal Revenue Service (IRS).")
    assert {"Department of Homeland Security", "Internal Revenue Service"} <= set(by_type(actors, "organization"))


@pytest.mark.parametrize("body, name, role", [
    ("Bangladesh's disaster management minister, Anwar Kabir, said roads were closed.", "Anwar Kabir",
     "Disaster Management Minister of Bangladesh"),
    ("Assam's chief minister Ranjit Bora visited the relief camps.", "Ranjit Bora", "Chief Minister of Assam"),
])
def test_titles_with_plain_words_and_regions(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role


@pytest.mark.parametrize("body, name, role", [
    ("Globex Corporation CEO Dana Whitlow resigned on Friday.", "Dana Whitlow", "CEO of Globex Corporation"),
    ("Dana Whitlow, the Globex Corporation's chief executive, resigned on Friday.", "Dana Whitlow",
     "Chief Executive of the Globex Corporation"),
    ("The Congress party chief Lena Marsh visited the camp.", "Lena Marsh", "Chief of the Congress party"),
    ("Former Ohio governor Tom Reyes spoke at the rally on Monday.", "Tom Reyes", "Former Governor of Ohio"),
    ("Ohio Gov. Martin Kessel said the plan would fail.", "Martin Kessel", "Governor of Ohio"),
    ("Sen. Ana Lindqvist of Vermont voted against the bill.", "Ana Lindqvist", "Senator of Vermont"),
    ("Ontario premier Dan Ferris said no to the pipeline.", "Dan Ferris", "Premier of Ontario"),
    ("Rhode Island Gov. Gina Marsh spoke on Monday.", "Gina Marsh", "Governor of Rhode Island"),
    ("Sen. Ana Lindqvist (D-Vt.) voted against the bill.", "Ana Lindqvist", "Senator of Vermont"),
    ("Rep. Tom Reyes (R-Texas) voted for the bill.", "Tom Reyes", "Representative of Texas"),
    ("Senate Minority Leader Tom Reyes (D-Nev.) blocked the vote.", "Tom Reyes", "Minority Leader of the Senate"),
])
def test_a_title_written_after_its_owner_names_the_office_of_that_owner(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role


@pytest.mark.parametrize("body, name, role", [
    ("Washington lawyer Tilda Crane filed the suit on Monday.", "Tilda Crane", "Washington lawyer"),
    ("Republican presidential candidate Tom Reyes spoke in Iowa.", "Tom Reyes", "Republican presidential candidate"),
    ("Gov. Martin Kessel (R) said no to the plan.", "Martin Kessel", "Governor"),
    ("Ana Lind, the Globex Corporation's head of its design division, left.", "Ana Lind",
     "Globex Corporation's head of its design division"),
])
def test_words_before_a_title_that_own_no_office_leave_it_as_written(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role


def test_a_title_with_its_owner_elsewhere_wins_over_the_bare_title(actors_of):
    people = by_type(actors_of("Sen. Ana Lindqvist spoke first.\n\n"
                               "Ana Lindqvist, a Vermont senator, then left the room."), "person")
    assert people["Ana Lindqvist"].role == "Senator of Vermont"


def test_a_bare_title_stays_bare_when_the_article_names_no_owner(actors_of):
    people = by_type(actors_of("Prime minister Ana Lind asked for help at the weekend.\n\n"
                               "Ms Lind wrote to the Freedonian president on Saturday."), "person")
    assert people["Ana Lind"].role == "Prime Minister"


@pytest.mark.parametrize("body, name, role", [
    ("Ana Lindqvist, the mother of Tomas Berg, said she was proud.", "Ana Lindqvist", "Mother of Tomas Berg"),
    ("Tomas Berg's father, Erik Berg, did not comment on Monday.", "Erik Berg", "Father of Tomas Berg"),
    ("Senator Tomas Berg met voters. Ana Lind, the wife of Tomas Berg, spoke after him.", "Ana Lind",
     "Wife of Tomas Berg, Senator"),
])
def test_a_tie_to_a_person_the_article_names_is_a_role(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role


def test_a_tie_to_someone_unnamed_is_no_role(actors_of):
    people = by_type(actors_of("Tomas Berg, the son of a farmer, grew up near the coast."), "person")
    assert people["Tomas Berg"].role is None


@pytest.mark.parametrize("body, name, role", [
    ("Ana Lind is the mayor of Delmar. She opened the bridge on Monday.", "Ana Lind", "Mayor of Delmar"),
    ("Rick Vell is the Labour mayor of Pellham.", "Rick Vell", "Labour mayor of Pellham"),
    ("Nora Pike is former treasurer of the Harbour Guild of Kent County (Del.), a sailing club.",
     "Nora Pike", "Former treasurer of the Harbour Guild of Kent County"),
    ("Lena Marsh, a pastor at the Elm Street Church, led the prayer.", "Lena Marsh",
     "Pastor at the Elm Street Church"),
])
def test_a_role_said_of_a_person_in_a_sentence_of_its_own(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role


@pytest.mark.parametrize("body", [
    "Tom Reyes is a bad mayor, his rivals say.",
    '"Tom Reyes is a liar and a poor mayor," Ana Lind said.',
    "Tom Reyes is not the mayor of Delmar.",
    "Tom Reyes is a man who never gives up.",
])
def test_an_opinion_a_denial_or_a_quotation_gives_no_role(actors_of, body):
    assert by_type(actors_of(body), "person")["Tom Reyes"].role is None


@pytest.mark.parametrize("body, name, role", [
    ("Ian Volk, who chairs the budget committee, opposed the plan.", "Ian Volk", "Chair of the budget committee"),
    ("Ian Volk, who heads the port authority, opposed the plan.", "Ian Volk", "Head of the port authority"),
    ("Ian Volk, who headed the port authority, opposed the plan.", "Ian Volk",
     "Former head of the port authority"),
    ("Rosa Diaz, who founded the tenants' union, spoke first.", "Rosa Diaz", "Founder of the tenants' union"),
    ("Ken Ash, who runs the bank's trading desk, lost his bonus.", "Ken Ash", "Head of the bank's trading desk"),
    ("Lou Baird, who commanded the navy's northern fleet and later wrote a memoir, died on Sunday.", "Lou Baird",
     "Former commander of the navy's northern fleet"),
])
def test_a_relative_clause_whose_verb_holds_an_office_gives_that_office(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role


@pytest.mark.parametrize("body", [
    "Ian Volk, who chairs meetings with a firm hand, opposed the plan.",
    "Ian Volk, who heads home each night at six, opposed the plan.",
    "Ian Volk, who does not chair the budget committee, opposed the plan.",
    "Ian Volk, who leads in the polls, opposed the plan.",
    "Ian Volk, who leads Tom Ash by a single goal, opposed the plan.",
    "Ian Volk, who runs the risk of a fine, opposed the plan.",
])
def test_a_relative_clause_without_a_held_body_gives_no_role(actors_of, body):
    assert by_type(actors_of(body), "person")["Ian Volk"].role is None


@pytest.mark.parametrize("body, name, role", [
    ("Dan Ortiz, another senior adviser to the mayor, declined to comment.", "Dan Ortiz",
     "Senior Adviser to the Mayor"),
    ("Marta Quell, a Labour pollster who once ran a bakery, called the result a surprise.", "Marta Quell",
     "Labour Pollster"),
    ("Seasoned pollster Ruth Adler called the numbers soft.", "Ruth Adler", "Seasoned pollster"),
    ("Ada Kray, a harbour pilot still sailing for the port, said little.", "Ada Kray", "Harbour Pilot"),
    ("Sam Reed, 41, a hospital employee and father of two, said he would vote.", "Sam Reed", "Hospital Employee"),
    ("The bridge was praised by left-wing talk show host Gil Moran.", "Gil Moran", "Left-wing talk show host"),
    ("The mayor's former chief of staff Omar Haddad wrote the report.", "Omar Haddad",
     "Mayor's former chief of staff"),
    ("Nora Finch, the front-runner in the race, spoke first.", "Nora Finch", "Front-runner in the race"),
])
def test_descriptions_of_the_part_someone_plays_are_roles(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role


def test_a_plural_abbreviated_rank_before_names_with_party_and_state_gives_each_the_title(actors_of):
    people = by_type(actors_of("Sens. Ana Lind (D-Vt.), Tom Reyes (R-Tex.) and Paula Gray (D-Ore.) "
                               "signed the letter."), "person")
    assert {name: p.role for name, p in people.items()} == {
        "Ana Lind": "Senator of Vermont", "Tom Reyes": "Senator of Texas", "Paula Gray": "Senator of Oregon"}


def test_an_office_is_shown_before_the_part_someone_plays(actors_of):
    people = by_type(actors_of("Mayor Lars Eck, a supporter of the new stadium, cut the ribbon."), "person")
    assert people["Lars Eck"].role == "Mayor"


def test_a_description_that_is_no_role_stays_out_after_and(actors_of):
    people = by_type(actors_of("Sam Reed, a night nurse and one of many who queued at dawn, said "
                               "the bakery had run out."), "person")
    assert people["Sam Reed"].role == "Night Nurse"


@pytest.mark.parametrize("body, name, role", [
    ('"The bridge opens in June," announced Lind\'s press secretary, Rosa Pell, on the radio.',
     "Rosa Pell", "Press Secretary of Lind"),
    ("The bishop toured the school with his private secretary, Jake Moss, on Friday.", "Jake Moss",
     "Private Secretary"),
    ("Three guests - Gov. Ray Tolson of Iowa, the singer Lu Park and Ada Lind - cut the cake.", "Ray Tolson",
     "Governor of Iowa"),
    ("Governors Ted Vance and Mara Cole opened the fair.", "Ted Vance", "Governor"),
    ("Governors Ted Vance and Mara Cole opened the fair.", "Mara Cole", "Governor"),
])
def test_roles_written_after_a_verb_a_dash_or_as_a_capitalised_plural(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role


@pytest.mark.parametrize("body, name", [
    ("Dora Wren, 63, of Bath, Maine, won the pie contest.", "Dora Wren"),
    ("Anna Holt, 19, who lives in Leeds, found the kitten.", "Anna Holt"),
    ("The guests - her Denver organiser, Ned Fox, and Al Brum - cut the cake.", "Ned Fox"),
])
def test_an_age_a_home_town_or_an_owner_left_to_a_pronoun_gives_no_role(actors_of, body, name):
    assert by_type(actors_of(body), "person")[name].role is None


def test_a_dateline_is_not_part_of_a_name(actors_of):
    actors = actors_of("DHAKA - Floods have killed at least 40 people, officials said on Saturday.")
    assert not [a for a in actors if "Floods" in a.name]
    assert by_type(actors, "place")["DHAKA"].country == "Bangladesh"


# --- rule ids ---------------------------------------------------------------------------------------

def rules_of(actors, name):
    return next(a.rules for a in actors if a.name == name)


def test_every_actor_and_mention_names_catalogued_rules(parse_text):
    from generator.extract.provenance import catalogue

    actors, mentions = find_actors(parse_text(
        "Lind and Varga meet in Ankara\n\n"
        "Turkish foreign minister Ana Lind met Mr Imre Varga, the Speaker of the Brovnian parliament, "
        "in Ankara on Monday. Inspectors of the International Atomic Energy Agency (IAEA) are due "
        "in Brovnia next week, Chile's foreign ministry added.\n\n"
        "Lind said the IAEA had not been told. \"We will wait,\" Varga said.\n"))
    known = catalogue()
    assert actors and mentions
    for actor in actors:
        assert actor.rules, actor.name
        assert all(r in known for r in actor.rules), actor.rules
        assert len(set(actor.rules)) == len(actor.rules)
    assert all(m.rule in known and m.rule.startswith("actor.") for m in mentions)


@pytest.mark.parametrize("body, name, expected", [
    ("Turkish foreign minister Ana Lind flew to Baku on Sunday. Ms Lind said she was hopeful.", "Ana Lind",
     {"actor.title-before-name", "role.title-before-name", "merge.surname"}),
    ("On Sunday Mr Tomas Brevik arrived. Mr Brevik said he was tired.", "Tomas Brevik",
     {"actor.honorific-before-name", "merge.surname"}),
    ("On Sunday, Rustam Valiyev, Azerbaijan's president, rejected the offer.", "Rustam Valiyev",
     {"role.appositive-after"}),
    ("Armenia's foreign ministry said the talks had failed. The Armenian Foreign Ministry later agreed.",
     "Armenian foreign ministry", {"actor.owner-and-head", "merge.owner-and-head"}),
    ("The International Atomic Energy Agency sent inspectors. The IAEA said the site was safe.",
     "International Atomic Energy Agency", {"merge.acronym"}),
    ("Turkey closed the border on Friday.", "Turkey", {"actor.gazetteer-country"}),
])
def test_actors_name_the_rules_that_found_typed_and_merged_them(actors_of, body, name, expected):
    assert expected <= set(rules_of(actors_of(body), name))


def test_the_rule_of_each_mention_is_the_span_id_on_the_doc(nlp):
    doc = nlp("Foreign Minister Ana Lind met Mr Tomas Brevik in Oslo. Later Ms Lind said she was hopeful.")
    spans = {span.text: span.id_ for span in doc.spans["actors"]}
    assert spans["Ana Lind"] == "actor.title-before-name"
    assert spans["Tomas Brevik"] == "actor.honorific-before-name"
    assert all(span.id_ for span in doc.spans["actors"])
    register = doc._.register
    lind = register.at(0, next(s.start for s in doc.spans["actors"] if s.text == "Lind"))
    assert lind is not None and lind.name == "Ana Lind"


@pytest.mark.parametrize("body, name", [
    ("Shares rose after Fury swept through Delmont over the weekend.", "Fury"),
    ("The Helix Corporation said Operation Granite Shield had ended in the spring.", "Operation Granite Shield"),
])
def test_a_name_the_tagger_alone_took_for_a_body_needs_a_sign_of_one(actors_of, body, name):
    assert name not in by_type(actors_of(body), "organization")


@pytest.mark.parametrize("headline, body, name", [
    ("Talks resume as tension grows", "Polls showed Velmar 68 percent ahead of his rival, the Tarrow Institute said.",
     "Velmar 68 percent"),
    ("Talks resume as tension grows", "Voters backed the ISIS-condoned plan, said Ana Lind.", "ISIS-condoned"),
    ("Talks resume as tension grows", "Halfway through the count, Ana Lind said the result was clear.", "Halfway"),
    ("Harbor Board Accused Of Covering Up Leak To Protect Mayor",
     "Residents in Delmont said the leak had gone on for weeks, Ana Lind said.", "Harbor Board"),
    ("DOZENS KILLED IN HARBOUR ATTACK, SAYS ANA LIND", "Dozens were killed in the attack on Monday, Ana Lind said.",
     "ATTACK"),
])
def test_pieces_of_sentences_and_headlines_are_no_bodies(actors_of, headline, body, name):
    orgs = by_type(actors_of(body, headline), "organization")
    assert not any(name in org for org in orgs)


@pytest.mark.parametrize("body, kept, not_kept", [
    ("Secretary of State for Energy Tom Hadley said the plant would close.", {"Tom Hadley"},
     {"Energy Tom Hadley", "State"}),
    ("The Secretary of State for Energy said the plant would close, Ana Lind reported.", {"Ana Lind"},
     {"State for Energy"}),
    ("Secretary of Defense Leon Marsh told reporters the troops would stay.", {"Leon Marsh"}, {"Defense"}),
])
def test_a_portfolio_inside_a_title_is_neither_a_body_nor_part_of_a_name(actors_of, body, kept, not_kept):
    names = {a.name for a in actors_of(body) if a.type in ("person", "organization")}
    assert kept <= names and not names & not_kept


@pytest.mark.parametrize("body, thing", [
    ("Investigators said the flight log recorder (FLR) and the cabin noise monitor (CNM) were found on Monday. "
     "The FLR was sent to Paris.", "FLR"),
    ("The failure of the Harbour Traffic Warning System (HTWS) left the ferry blind, the Velmar Port Authority said.",
     "Harbour Traffic Warning System"),
    ("The craft reached Medium Polar Orbit (MPO) on Tuesday, Velmar Space Agency said.", "Medium Polar Orbit"),
])
def test_the_short_form_of_a_thing_is_no_body(actors_of, body, thing):
    assert thing not in by_type(actors_of(body), "organization")


@pytest.mark.parametrize("body, portfolio", [
    ("The Velmar Minister for Ports and Regional Development, Tom Hadley, said four ports would close.",
     "Ports and Regional Development"),
    ("Ana Lind, the union's Director of Tribal Affairs, said the fund would grow.", "Tribal Affairs"),
])
def test_a_ministers_portfolio_or_one_of_affairs_is_no_body(actors_of, body, portfolio):
    assert not any(portfolio in org for org in by_type(actors_of(body), "organization"))


def test_a_company_named_after_a_title_and_of_is_kept_though_a_portfolio_word_ends_it(actors_of):
    # a guard: "Energy" ends portfolios too, but a chief executive's "of" takes a body
    assert "Vask Energy" in by_type(actors_of("Ana Lind, the chief executive of Vask Energy, said the mine would "
                                              "reopen."), "organization")


@pytest.mark.parametrize("body, org", [
    ("Ali Baraka, the leader of Hezbollah, said the talks had failed.", "Hezbollah"),
    ("A spokesman for Hamas said the talks had failed.", "Hamas"),
])
def test_a_body_after_a_title_and_of_or_for_stays_a_body(actors_of, body, org):
    assert org in by_type(actors_of(body), "organization")


def test_a_full_name_the_tagger_took_for_a_body_is_the_person_its_surname_names(actors_of):
    actors = actors_of("Shares of Nadia Rahman fell on Monday. Rahman said the losses were small.")
    assert "Nadia Rahman" not in by_type(actors, "organization")
    person = by_type(actors, "person")["Nadia Rahman"]
    assert person.mentions == 2 and "actor.full-name-of-a-surname" in person.rules


@pytest.mark.parametrize("body, name", [
    ("Ana Lind said Operation Desert Lantern had begun.", "Desert Lantern"),
    ("Ana Lind received the Merriman Prize at the Press Club Dinner on Friday.", "Press Club Dinner"),
    ("Police blocked roads in the West Bank, Ana Lind said.", "West Bank"),
    ("South Arvelia wants to join North Arvelia-Tamsk, the envoy said. Troops entered North Arvelia-Tamsk on "
     "Monday.", "North Arvelia-Tamsk"),
])
def test_operations_events_and_regions_are_neither_bodies_nor_people(actors_of, body, name):
    assert not any(name in a.name for a in actors_of(body) if a.type in ("person", "organization"))


def test_a_legislator_s_party_and_seat_in_brackets_is_no_body(actors_of):
    actors = actors_of("Sen. Ana Lind (R-Fla.) said the bill would pass, and Rep. Tom Reyes (D-N.Y.) agreed.")
    assert not by_type(actors, "organization")
    assert {"Ana Lind", "Tom Reyes"} <= set(by_type(actors, "person"))


@pytest.mark.parametrize("words, expected", [
    ("Velmar 68 percent", True), ("Lind at", True), ("Globex-style", True), ("pro-Velmar", True),
    ("Globex Accused Of Fraud", True), ("Globex news agency", False), ("Bank of Avalon", False),
    ("al-Qaeda", False), ("Doctors without Borders", False), ("Lashkar-e-Watan", False),
])
def test_what_is_no_name_at_all(words, expected):
    from generator.extract.body_evidence import not_a_name
    assert not_a_name(words.split()) == expected


@pytest.mark.parametrize("body, name", [
    ("Ana Lind, a spokeswoman for Brightwell, said the tests had gone well.", "Brightwell"),
    ("The Taliban sought to stop people from voting in the north.", "Taliban"),
    ("Marlow Energy said in a statement that it would appeal.", "Marlow Energy"),
])
def test_a_name_acting_as_a_body_stays_one(actors_of, body, name):
    assert name in by_type(actors_of(body), "organization")


@pytest.mark.parametrize("body, name, role", [
    ("Lisbon opened a new tram line on Monday. The city's mayor, Rui Tavares, cut the ribbon.", "Rui Tavares",
     "Mayor of Lisbon"),
    ("Shares of Globex Corporation fell on Tuesday, said Dana Whitlow, the company's chief executive.",
     "Dana Whitlow", "Chief Executive of Globex Corporation"),
    ("Floods hit Moldova in March. The country's president, Ion Cebotari, toured the villages.", "Ion Cebotari",
     "President of Moldova"),
    ("The country's president, Ion Cebotari, toured the flooded villages.", "Ion Cebotari", "President"),
])
def test_a_role_with_a_stand_in_owner_names_the_actor_it_stands_for(actors_of, body, name, role):
    assert by_type(actors_of(body), "person")[name].role == role



def test_a_run_of_capitals_in_a_title_case_headline_is_no_name(explain):
    e = explain("Lena Voss Calls Tomas Berg ‘A Disgrace’ Over Harbour Plan\n\n"
                "Mayor Lena Voss said on Monday that the harbour plan of Tomas Berg would cost the town dearly.\n\n"
                "\"We cannot pay for it,\" Voss told reporters. Berg did not reply.\n")
    people = sorted(a.name for a in e.actors if a.type == "person")
    assert people == ["Lena Voss", "Tomas Berg"]
    assert e.quotes[0].speaker == "Lena Voss"


def test_a_run_of_capitals_cited_in_a_paragraph_is_cut_to_the_name_it_opens_with(parse_text):
    from generator.extract.actors import _without_headline_runs
    from generator.extract.names import Mention

    parsed = parse_text("Harbour plan goes to a vote\n\n"
                        "Lena Voss said on Monday that the plan would pass.\n\n"
                        "Her office mailed a note headed \"Lena Voss Takes On Harbour Board Over Ferry Fees\" on Tuesday.\n")

    def mention(paragraph, words):
        doc = parsed.paragraphs[paragraph - 1].doc
        start = next(t.i for t in doc if t.text == "Lena")
        return Mention("person", " ".join(t.text for t in doc[start:start + words]), paragraph, doc[start].sent,
                       start, start + words)

    # the tagger may take the cited headline's run of capitals for one name
    kept = _without_headline_runs([mention(1, 2), mention(2, 6)], parsed)
    assert [m.name for m in kept] == ["Lena Voss", "Lena Voss"]
    assert kept[1].retyped == "actor.title-run-name"


def test_a_headline_in_title_case_with_small_words_in_lower_case_names_no_run(explain):
    e = explain("Lena Voss Takes on the Harbour Board over Ferry Fees\n\n"
                "Mayor Lena Voss said on Monday that the ferry fees would fall.\n\n"
                "\"The board has had its way for too long,\" Voss said.\n")
    assert [a.name for a in e.actors if a.type == "person"] == ["Lena Voss"]


@pytest.mark.parametrize("body, countries", [
    ("The US Department of Justice is investigating Orvik Motors, the carmaker said.", {"United States"}),
    ("Before he opened a bakery, Tom Reyes trained recruits for the US Army.", {"United States"}),
    ("Readings from the US Geological Survey showed a strong tremor near the coast of Chile.", {"Chile"}),
])
def test_a_country_takes_part_through_an_organ_its_name_opens(actors_of, body, countries):
    """A state's army, ministry or legislature acts for it, though the story never names the country
    alone; a body the country merely names (a survey, an institute) does not."""
    assert set(by_type(actors_of(body), "country")) == countries


@pytest.mark.parametrize("body, countries", [
    ("Calls for the ouster of the Norwegian government grew on Monday after Tom Reyes resigned.", {"Norway"}),
    ("Tom Reyes, a former officer of the Kenyan Army, said the border was quiet.", {"Kenya"}),
])
def test_a_country_takes_part_through_an_organ_its_people_s_adjective_opens(actors_of, body, countries):
    assert set(by_type(actors_of(body), "country")) == countries
