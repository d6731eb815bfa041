"""Roles that name their office: the words around a title that belong to it (its holder's tenure,
two portfolios, the body after the name, its charge after "for", the country a demonym names when
the title is an office of a state) and those that do not (a date, "current", the demonym before an
occupation), and the clauses that say a role, on sentences written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.actors import find_actors


TITLES = [
    # "acting", which the tagger may read as a verb, stays with the title
    pytest.param("Tomas Vireo, the acting foreign minister of Portugal, arrived in Madrid on Sunday.", "Tomas Vireo",
                 "Acting Foreign Minister of Portugal", id="tenure-in-appositive"),
    pytest.param("The plan was criticised on Monday by acting mayor Tom Reyes.", "Tom Reyes", "Acting Mayor",
                 id="tenure-in-title"),
    # "current" and "incumbent" say nothing of which office: the role is the office
    pytest.param("The bill was signed by the current president of Chile, Marta Quispe, on Friday.", "Marta Quispe",
                 "President of Chile", id="current"),
    pytest.param("Incumbent governor Dale Renner said the vote would be close.", "Dale Renner", "Governor",
                 id="incumbent"),
    # a title in lower case runs on to the name through the place or body it serves
    pytest.param("The French ambassador to Brazil John Carter arrived on Friday.", "John Carter",
                 "French ambassador to Brazil", id="lower-case-title-with-its-place-before-a-name"),
    pytest.param("The envoy to the United States John Carter arrived on Friday.", "John Carter",
                 "Envoy to the United States", id="lower-case-title-with-the-place-before-a-name"),
    pytest.param("Last month Peruvian Foreign Minister Rosa Quilla visited Lima and Quito.", "Rosa Quilla",
                 "Foreign Minister of Peru", id="date-before-title"),
    pytest.param("\"The ice is thinning fast,\" said study co-author Tom Reyes on Friday.", "Tom Reyes",
                 "Study Co-Author", id="hyphenated-title-after-a-speech-verb"),
    pytest.param("Voters backed lawyer Ana Lind for mayor and engineer Tom Reyes for treasurer.", "Tom Reyes",
                 "Engineer", id="title-after-and"),
    pytest.param("WHO spokesperson Lena Marsh said the figures were provisional.", "Lena Marsh",
                 "Spokesperson for WHO", id="acronym-tagged-as-pronoun"),
    pytest.param("The tariff cut was defended by Kenyan trade and industry minister Ana Wanjiru on Tuesday.", "Ana Wanjiru",
                 "Trade and Industry Minister of Kenya", id="two-portfolios"),
    pytest.param("The ceasefire has held for a week, according to EU Special Representative for Libya Thomas Becker.",
                 "Thomas Becker", "EU Special Representative for Libya", id="charge-after-for"),
    pytest.param("The outgoing Deputy Prime Minister of Norway, Karl Haugen yesterday confirmed his plans to stand down.",
                 "Karl Haugen", "Outgoing Deputy Prime Minister of Norway", id="title-before-a-name-and-a-date"),
    pytest.param("The amendment was tabled by Labour MP Ana Lind.", "Ana Lind", "Labour Member of Parliament",
                 id="initials-in-title"),
    pytest.param("The motion was tabled by Tom Reyes, a Green MEP, on Monday.", "Tom Reyes",
                 "Green Member of the European Parliament", id="initials-in-appositive"),
    pytest.param("The match turned when Australian batsman Dale Renner hit a six off Kenyan bowler Peter Otieno.",
                 "Dale Renner", "Australian batsman", id="an-occupation-keeps-its-demonym"),
    pytest.param("The bill was attacked on Monday by Chilean politician Ana Lind.", "Ana Lind", "Chilean politician",
                 id="a-politician-is-a-role"),
    pytest.param("\"We lost power at six,\" said Ines Kalder, a chef at the inn.", "Ines Kalder", "Chef at the inn",
                 id="an-occupation-with-where-it-is-held"),
    # a participle before the role noun is part of the title
    pytest.param("Late on Friday, Judge Ines Kalder, the presiding officer of the Coastal Appeals Board which hears "
                 "fishing disputes, closed the hearing.", "Ines Kalder",
                 "Presiding officer of the Coastal Appeals Board", id="participle-in-appositive"),
    pytest.param("He did not apply for bail, as Delmar's Central Local Court jurist Tom Reyes adjourned the case.",
                 "Tom Reyes", "Delmar's Central Local Court jurist", id="court-jurist"),
    pytest.param("Aides said Governor Ines Kalder's administration would cut the fuel tax next year.", "Ines Kalder",
                 "Governor", id="title-of-the-leader-of-an-administration"),
    # a possessive pronoun does not say whose office it is on the page
    pytest.param("Globex opened in 2001. Ana Lind, its chief executive, said sales were up.", "Ana Lind",
                 "Chief Executive", id="pronoun-owner-in-appositive"),
    pytest.param("The film was directed by Luis Ferro, a Chilean television director, and opens on Friday.",
                 "Luis Ferro", "Chilean television director", id="occupation-in-apposition"),
    pytest.param("The talks were opened by Turkish foreign minister Ana Lind in Ankara.", "Ana Lind",
                 "Foreign Minister of Turkey", id="an-office-of-a-state-names-its-country"),
    pytest.param("The talks were led by Japanese finance ministry deputy director-general Ken Aoki.", "Ken Aoki",
                 "Finance Ministry Deputy Director-General of Japan", id="a-civil-service-office-of-a-state"),
    pytest.param("\"Rates will rise,\" said Dale Renner, currency adviser at Delmar Bank here.", "Dale Renner",
                 "Currency adviser at Delmar Bank", id="here-ends-no-role"),
    pytest.param("The team was picked by Ana Lind, the Swedish captain, on Monday.", "Ana Lind", "Captain of Sweden",
                 id="the-head-of-a-national-side"),
    # a demonym before a noun that may only say whose side someone is on keeps the article's words:
    # an opposition leader leads no state, a negotiator may speak for a people
    pytest.param("The boycott was called by Chilean opposition leader Tomas Vireo on Monday.", "Tomas Vireo",
                 "Chilean opposition leader", id="a-leader-is-no-office-of-the-state"),
    pytest.param("Chilean negotiator Marta Quispe left the room on Friday.", "Marta Quispe", "Chilean negotiator",
                 id="a-negotiator-keeps-its-demonym"),
    pytest.param("A Danish official, Erik Lund, confirmed the figures.", "Erik Lund", "Danish official",
                 id="an-official-keeps-its-demonym"),
    pytest.param("The vote was delayed by Peruvian representative Rosa Quilla.", "Rosa Quilla",
                 "Peruvian representative", id="a-representative-keeps-its-demonym"),
    # a title of two words neither of which is a role noun alone
    pytest.param("The gala was opened by First Lady Marta Quispe on Saturday.", "Marta Quispe", "First Lady",
                 id="first-lady"),
    # a title's modifier joined to its noun by a hyphen
    pytest.param("The trade pact was signed by vice-premier Tomas Vireo in Lima.", "Tomas Vireo", "Vice-Premier",
                 id="hyphenated-vice-title"),
    # when the title was held, joined to it by a hyphen, before the name and after it
    pytest.param("The fund was praised by ex-president Marta Quispe on Friday.", "Marta Quispe", "Ex-President",
                 id="ex-before-a-title"),
    pytest.param("The slogan was first used in a speech by Tomas Vireo, then-Chilean ambassador to Peru.",
                 "Tomas Vireo", "Then-Chilean ambassador to Peru", id="then-opens-an-appositive"),
    # an honorific between the title and the name
    pytest.param("The bank's profits rose, said chairman Sir Peter Walden on Tuesday.", "Peter Walden", "Chairman",
                 id="title-before-an-honorific"),
    pytest.param("Foreign Secretary Lord Carrow arrived in Cairo on Monday.", "Carrow", "Foreign Secretary",
                 id="title-before-a-peer"),
    # occupations and offices that are role nouns like any other
    pytest.param("The palace said Emperor Takeshi would speak on Monday.", "Takeshi", "Emperor", id="emperor"),
    pytest.param("The ward is represented by alderman Dale Renner, who backs the plan.", "Dale Renner", "Alderman",
                 id="alderman"),
    pytest.param("The poster was drawn by cartoonist Lena Marsh for the fair.", "Lena Marsh", "Cartoonist",
                 id="cartoonist"),
    # a kin noun before a title says whose relative, not which office
    pytest.param("The governor arrived with his wife Senator Dana Pruitt on Friday.", "Dana Pruitt", "Senator",
                 id="kin-noun-before-a-title"),
    # a title's modifier that the tagger ran into the name is the title's
    pytest.param("The bill was backed by Deputy Prime Minister Tomas Vireo on Friday.", "Tomas Vireo",
                 "Deputy Prime Minister", id="title-modifier-run-into-a-name"),
    pytest.param("Deputy Finance Minister Tomas Vireo opened the trade fair.", "Tomas Vireo",
                 "Deputy Finance Minister", id="title-modifiers-run-into-a-name"),
    # a title whose body follows "of the", run into the name by the tagger
    pytest.param("Chancellor of the Exchequer Dana Pruitt visited a school in Leeds.", "Dana Pruitt",
                 "Chancellor of the Exchequer", id="title-of-the-body-run-into-a-name"),
    pytest.param("The Minister of the Interior Tomas Vireo resigned on Monday.", "Tomas Vireo",
                 "Minister of the Interior", id="portfolio-after-of-the-run-into-a-name"),
    # "one" or "another" before a role noun and a comma is no part of the role
    pytest.param("One nurse, Ana Lind, said the ward was full.", "Ana Lind", "Nurse", id="one-before-a-role-noun"),
    pytest.param("Another lawyer, Tom Reyes, called the ruling unfair.", "Tom Reyes", "Lawyer",
                 id="another-before-a-role-noun"),
    # the positions of a team's players are roles
    pytest.param("The late kick was blocked by linebacker Dale Renner.", "Dale Renner", "Linebacker",
                 id="a-player-s-position"),
    pytest.param("The pass found running back Lee Ostrow, who scored.", "Lee Ostrow", "Running Back",
                 id="a-position-of-two-words-with-no-role-noun"),
    # a plain word before the owner's name says what the holder did, not which office
    pytest.param("A free kick curled past a helpless Athletic goalkeeper Piet Smit.", "Piet Smit",
                 "Athletic goalkeeper", id="a-word-on-the-moment-before-the-owner"),
    pytest.param("Both times Danish sailor Oskar Lund finished second.", "Oskar Lund",
                 "Danish sailor", id="a-noun-of-the-clause-before-a-demonym"),
    # an appositive opened by an adverb of time: the role as written, or held before
    pytest.param("The motion was backed by Jo Berg, also a Green MSP, on Tuesday.", "Jo Berg",
                 "Green Member of the Scottish Parliament", id="appositive-after-also"),
    pytest.param("Karl Mott, formerly the mayor of Delmar, left the party.", "Karl Mott", "Former mayor of Delmar",
                 id="appositive-after-formerly"),
    pytest.param("Ana Lind, herself a nurse, spoke at the rally.", "Ana Lind", "Nurse",
                 id="appositive-after-a-reflexive-pronoun"),
    pytest.param("The fund is run by Tom Reyes, formerly the treasurer of Delmar-based Globex Bank.", "Tom Reyes",
                 "Former treasurer of Delmar-based Globex Bank", id="appositive-after-with-a-hyphened-verb"),
    # a country's initials stay as the article writes them
    pytest.param("UK Foreign Secretary Tom Reyes met the press in Leeds.", "Tom Reyes", "Foreign Secretary of the UK",
                 id="initials-of-a-country"),
    pytest.param("The letter was signed by former U.S. President Ed Quist.", "Ed Quist",
                 "Former President of the U.S.", id="initials-of-a-country-with-full-stops"),
    pytest.param("The talks were opened by Turkish foreign minister Ana Lind and British Home Secretary Joan Kett.",
                 "Joan Kett", "Home Secretary of the United Kingdom", id="a-demonym-names-the-country-in-full"),
    # a rank between a title and the name is the name's own, no word of the title; a title that ends
    # in a word of rank stays whole
    pytest.param("Military governor Colonel Tomas Vireo said the curfew would end on Monday.", "Tomas Vireo",
                 "Military Governor", id="a-rank-after-the-title"),
    pytest.param("Army Chief of Staff Major Dale Renner took charge of the capital.", "Dale Renner",
                 "Army Chief of Staff", id="a-rank-after-a-title-of-several-words"),
    pytest.param("Attorney General Dale Renner said the charges would stand.", "Dale Renner", "Attorney General",
                 id="a-title-that-ends-in-a-rank-word"),
    # when and to whom it was said is no part of a role written after the name
    pytest.param("\"The tanks are gone,\" said Tom Reyes, Chile's defence minister during a briefing yesterday.",
                 "Tom Reyes", "Minister of Defence of Chile", id="appositive-after-then-when-it-was-said"),
    pytest.param("Natalie Orme, another Today anchor, is taking over the show.", "Natalie Orme", "Today anchor",
                 id="appositive-after-with-a-capitalised-today"),
]


@pytest.mark.parametrize("body, name, role", TITLES)
def test_a_title_keeps_the_words_of_its_office_and_no_others(role_of, body, name, role):
    assert role_of(body, name) == role


def test_a_role_noun_before_and_does_not_join_a_second_title_to_the_first(role_of):
    body = "The panel heard from retired FBI agent and fraud specialist Dana Pruitt on Monday."
    assert "of FBI" not in (role_of(body, "Dana Pruitt") or "")


BODIES = [
    pytest.param("\"It is too early to say,\" said Professor Ana Lind of Delmar University.", "Ana Lind",
                 "Professor at Delmar University", id="title-and-body"),
    pytest.param("The findings were published by Director Tom Reyes of the Halvard Institute on Friday.", "Tom Reyes",
                 "Director of the Halvard Institute", id="title-and-body-after-the"),
    pytest.param("Senator Tom Reyes of Vermont voted against the bill on Tuesday.", "Tom Reyes",
                 "Senator of Vermont", id="a-place-is-no-body"),
    pytest.param("The inquiry will go on, according to Mira Hollis of the UK's Serious Fraud Office.", "Mira Hollis",
                 "UK's Serious Fraud Office", id="body-a-place-owns"),
    pytest.param("Asked about the visit, Austrian Chancellor Ana Lind's spokesman, Tom Reyes, declined to comment. "
                 "Lind arrived in Vienna on Monday.", "Tom Reyes", "Spokesman for Ana Lind, Chancellor of Austria",
                 id="owner-after-own-title"),
    pytest.param("Lea Moreau, fiancée of reporter Paul Ostrand, has started a petition for his release.",
                 "Lea Moreau", "Fiancée of reporter Paul Ostrand", id="kin-of-a-titled-name"),
    pytest.param("Lind finished second. Tom Reyes, treasurer of Ana Lind's mayoral bid, blamed the rain.",
                 "Tom Reyes", "Treasurer of Ana Lind's mayoral bid", id="owner-inside-a-longer-role"),
    pytest.param("\"The orbit is stable,\" said Halvard astronomer Dale Renner.", "Dale Renner", "Astronomer at Halvard",
                 id="a-scientist-works-at-a-body"),
    pytest.param("Tom Reyes is a student of Ana Lind. Lind teaches in Prague.", "Tom Reyes", "Student of Ana Lind",
                 id="a-person-served-takes-of"),
    pytest.param("\"A fine debut,\" said Mira Hollis, music critic for the Delmar Courier.", "Mira Hollis",
                 "Music critic for the Delmar Courier", id="appositive-without-article-opening-with-a-noun"),
    pytest.param("Ana Lind, a member of the Green party, told reporters she would vote against it.", "Ana Lind",
                 "Member of the Green party", id="a-body-word-last-in-the-role"),
    # a stand-in owner names the body called by its noun, not the body named last
    pytest.param("The Delmar Bank raised its lending rate in May. Two weeks later the Acme Corporation sold its "
                 "steel mills. The bank's governor, Tom Reyes, said rates would hold.", "Tom Reyes",
                 "Governor of Delmar Bank", id="stand-in-owner-names-the-body-of-its-noun"),
    pytest.param("Officials said George Hallam, of the Northern Ferry Operators Association, had warned them.",
                 "George Hallam", "Northern Ferry Operators Association", id="of-the-body-between-commas"),
    pytest.param("Tom Reyes, from the Halvard Institute, says that the figures are wrong.", "Tom Reyes",
                 "Halvard Institute", id="from-the-body-between-commas"),
    pytest.param("Tom Reyes, of Boston, said he would appeal the ruling.", "Tom Reyes", None,
                 id="a-town-between-commas-is-no-body"),
    # a title the tagger reads as the first word of the name still takes the body after the name
    pytest.param("Sergeant Jo Hartley of the Delmar Police said the road was closed.", "Jo Hartley",
                 "Sergeant of the Delmar Police", id="rank-read-into-the-name-and-body"),
    pytest.param("Archbishop Tomas Vireo from the Delmar Methodist Church welcomed the vote.", "Tomas Vireo",
                 "Archbishop of the Delmar Methodist Church", id="title-read-into-the-name-and-body-after-from"),
    # a participle after the role noun that says whom it serves belongs to the role; what the clause
    # goes on to say, and a participle that says what the person does, do not
    pytest.param("\"We will appeal,\" said Ana Lind, a lawyer representing the Kovac family.", "Ana Lind",
                 "Lawyer representing the Kovac family", id="lawyer-representing"),
    pytest.param("Tom Reyes, the judge overseeing the inquiry, adjourned the hearing.", "Tom Reyes",
                 "Judge overseeing the inquiry", id="judge-overseeing"),
    pytest.param("Dale Renner, a Delmar lawyer representing Globex in its long dispute with Acme over a mine, "
                 "said he would file on Monday.", "Dale Renner", "Delmar lawyer representing Globex",
                 id="participle-without-the-rest-of-its-clause"),
    pytest.param("Tom Reyes, the only candidate wearing a scarf, spoke last.", "Tom Reyes", "Only Candidate",
                 id="a-participle-of-what-someone-does"),
    pytest.param("Tom Reyes, a Delmar senator leading the race, spoke first.", "Tom Reyes", "Senator of Delmar",
                 id="a-participle-of-where-someone-stands"),
]


@pytest.mark.parametrize("body, name, role", BODIES)
def test_a_role_names_the_body_or_person_it_serves(role_of, body, name, role):
    assert role_of(body, name) == role


PARTIES = [
    pytest.param("Democrat Dana Pruitt of Vermont said on Monday that the bill would not pass.", "Dana Pruitt",
                 "Democrat of Vermont",
                 id="party-before-the-name-and-place-after"),
    pytest.param("The motion was backed by Vermont Democrat Mark Hollis on Tuesday.", "Mark Hollis",
                 "Democrat of Vermont",
                 id="place-and-party-before-the-name"),
    pytest.param("The council rejected a plan put forward by Conservative Tom Reyes.", "Tom Reyes", "Conservative",
                 id="party-alone"),
    pytest.param("Tom Reyes, a Democrat on the budget committee, said the figures were wrong.", "Tom Reyes",
                 "Democrat on the budget committee", id="party-in-apposition"),
    # a title beside the name is the role; a label inside someone's words is not the article's
    pytest.param("Republican Senator Tom Reyes voted against it.", "Tom Reyes", "Republican Senator",
                 id="title-after-the-party"),
    pytest.param("Democrat Dana Pruitt won the primary. Senator Pruitt thanked her staff.", "Dana Pruitt", "Senator",
                 id="a-title-written-later-over-the-party"),
    pytest.param("\"Communist Dale Renner should resign,\" a protester shouted. Dale Renner left early.", "Dale Renner",
                 None, id="inside-a-quotation"),
]


@pytest.mark.parametrize("body, name, role", PARTIES)
def test_a_party_written_beside_a_name_is_its_role(role_of, body, name, role):
    assert role_of(body, name) == role


def test_a_party_before_a_word_does_not_make_it_a_person(parse_text):
    actors = find_actors(parse_text("Liberal Prize-winner backs rival\n\nThe singer said she would vote in May.\n"))[0]
    assert not [a for a in actors if a.type == "person"]


CLAUSES = [
    pytest.param("Dara Kell, who served as mayor of Delmar for a decade, died on Sunday.", "Dara Kell",
                 "Former mayor of Delmar", id="served-as"),
    pytest.param("The report was written by Ivo Marr, who succeeded her as treasurer, and two aides.", "Ivo Marr",
                 "Treasurer", id="succeeded-as"),
    pytest.param("Tom Reyes, who works as a nurse in the city, said the ward was full.", "Tom Reyes", "Nurse",
                 id="works-as-without-where"),
    pytest.param("Reyes cut the ribbon. Ana Lind, who served as Tom Reyes's press secretary, stood aside.",
                 "Ana Lind", "Former Press Secretary of Tom Reyes", id="served-as-with-owner"),
    pytest.param("Vice President Dara Kell, who served as a senator from Delmar for years, spoke first.", "Dara Kell",
                 "Vice President", id="title-beside-the-name-first"),
    pytest.param("The talks stalled, said officials close to Maria Gonzalez who is the treasurer of the Delmar Trust.",
                 "Maria Gonzalez", "Treasurer of the Delmar Trust", id="relative-without-comma"),
    pytest.param("Ana Lind, who served as a witness in the trial, left the court.", "Ana Lind", None,
                 id="a-part-is-no-office"),
]


@pytest.mark.parametrize("body, name, role", CLAUSES)
def test_a_relative_clause_says_the_role_served(role_of, body, name, role):
    assert role_of(body, name) == role


APPOINTMENTS = [
    pytest.param("Maria Delgado was elected mayor of Delmar last year.", "Maria Delgado", "Mayor of Delmar",
                 id="passive-with-its-complement"),
    pytest.param("Robert Hanley has been named president of the Globex unit, the company said.", "Robert Hanley",
                 "President of the Globex unit", id="perfect-passive"),
    pytest.param("Maria Delgado was sworn in as president of Chile on Monday.", "Maria Delgado", "President of Chile",
                 id="sworn-in-as"),
    pytest.param("Maria Delgado became president of Chile in 2010.", "Maria Delgado", "President of Chile",
                 id="became"),
    # what is yet to be, or not, is no office held
    pytest.param("Robert Hanley will become president next year.", "Robert Hanley", None, id="modal"),
    # a surname two people in the story bear
    pytest.param("Elijah Hanley was born in Baltimore. His parents, Robert Hanley and Ruth Hanley, were farmers. "
                 "After the election, Hanley became the chair of the budget committee.", "Ruth Hanley", None,
                 id="shared-surname"),
]


@pytest.mark.parametrize("body, name, role", APPOINTMENTS)
def test_a_verb_of_appointing_or_becoming_gives_its_subject_the_office(role_of, body, name, role):
    assert role_of(body, name) == role


SERVING_AND_NAMING = [
    pytest.param("For nine years, Dana Pruitt served as the chief chemist for Globex Paints.", "Dana Pruitt",
                 "Former chief chemist for Globex Paints", id="served-as-in-a-main-clause"),
    pytest.param("Dana Pruitt serves as treasurer of the Delmar Trust.", "Dana Pruitt", "Treasurer of the Delmar Trust",
                 id="serves-as-in-a-main-clause"),
    pytest.param("Dana Pruitt will serve as treasurer of the Delmar Trust.", "Dana Pruitt", None, id="will-serve-as"),
    pytest.param("Dana Pruitt served as a witness in the trial.", "Dana Pruitt", None, id="served-as-a-part"),
    pytest.param("The letters were signed by Ivo Marr and Dana Pruitt, who is now serving as interim principal of "
                 "Delmar College.", "Dana Pruitt", "Interim principal of Delmar College", id="who-is-serving-as"),
    # the object of a verb of taking over held the office named after "as"
    pytest.param("The trustees asked Ana Lind to succeed Tom Reyes as the chief librarian of Delmar University.",
                 "Tom Reyes", "Chief librarian of Delmar University", id="to-succeed-x-as"),
    pytest.param("Ana Lind replaced Tom Reyes as coach of the Delmar Rovers last year.", "Tom Reyes",
                 "Former coach of the Delmar Rovers", id="replaced-x-as"),
    pytest.param("Ana Lind did not replace Tom Reyes as coach.", "Tom Reyes", None, id="did-not-replace"),
    # a role noun named by a participle is the role of the name after it, not of the name before
    pytest.param("The inquiry heard from a nurse named Ana Lind, a customs officer named Tom Reyes, and Ivo Marr.",
                 "Ana Lind", "Nurse", id="named-not-the-next-role"),
    pytest.param("The inquiry heard from a nurse named Ana Lind, a customs officer named Tom Reyes, and Ivo Marr.",
                 "Tom Reyes", "Customs Officer", id="named-after-a-role"),
    pytest.param("Police arrested a man named Tom Reyes near Delmar.", "Tom Reyes", None, id="named-after-no-role"),
    pytest.param("Delmar voted on a ban on Tom Reyes; a councillor called Tom Reyes \"the king of noise.\"", "Tom Reyes",
                 None, id="called-with-its-own-complement"),
    pytest.param("Tom Reyes, who serves as his own editor, printed the first issue at home.", "Tom Reyes", None,
                 id="as-his-own"),
    # a role phrase before the name may open with when its office was held
    pytest.param("Former coach of the Delmar Rovers, Tom Reyes, said the club was in trouble.", "Tom Reyes",
                 "Former coach of the Delmar Rovers", id="former-title-before-the-name"),
    pytest.param("In the former capital of Delmar, Tom Reyes opened a shop.", "Tom Reyes", None,
                 id="former-place-before-the-name"),
    pytest.param("The mayor of Delmar, Democrat Ana Lind, said the bridge would open.", "Ana Lind", "Mayor of Delmar",
                 id="party-word-between-the-role-and-the-name"),
    pytest.param("Danish photojournalist Ana Lind died in the city.", "Ana Lind", "Danish photojournalist",
                 id="photojournalist"),
    pytest.param("Globex whistleblower Tom Reyes left the country.", "Tom Reyes", "Globex whistleblower",
                 id="whistleblower"),
]


@pytest.mark.parametrize("body, name, role", SERVING_AND_NAMING)
def test_a_verb_of_serving_taking_over_or_naming_gives_the_office(role_of, body, name, role):
    assert role_of(body, name) == role


def test_a_possessive_role_with_its_own_complement_is_not_turned_round(role_of):
    body = ("Judge Tom Reyes, President Ana Lind's nominee for the high court, spoke on Monday. "
            "Lind praised him.")
    assert "court of" not in (role_of(body, "Tom Reyes") or "").lower()


LISTS_AND_BODIES = [
    pytest.param("The court heard two Globex engineers, Ana Lind and Tom Reyes, on Tuesday.", "Tom Reyes",
                 "Globex engineer", id="list-in-apposition-to-a-plural-title"),
    pytest.param("The council met the Peruvian and Chilean ministers, Ana Lind and Tom Reyes, in Lima.", "Ana Lind",
                 None, id="titles-of-two-countries-say-not-whose-is-whose"),
    pytest.param("Last Tuesday Senators Ana Lind of Ohio and Dara Kell of Utah opposed the bill.", "Dara Kell",
                 "Senator of Utah", id="plural-title-after-a-date"),
    pytest.param("The Halvard Institute, led by Ana Lind, released the study on Monday.", "Ana Lind",
                 "Leader of the Halvard Institute", id="body-led-by"),
    pytest.param("The Halvard Institute is headed by Director Tom Reyes.", "Tom Reyes",
                 "Director of the Halvard Institute", id="body-headed-by-a-title"),
    pytest.param("The Chilean delegation, led by Foreign Minister Ana Lind, arrived in Delmar.", "Ana Lind",
                 "Foreign Minister", id="a-delegation-led-is-no-office"),
    pytest.param("Chilean Finance Minister Ana Lind flew in on Monday.\n\nThe Chilean team, led by Lind, met "
                 "the lenders.", "Ana Lind", "Minister of Finance of Chile", id="a-title-naming-its-owner-wins"),
    pytest.param("A rescue team led by Tom Reyes reached the village on Monday.", "Tom Reyes", None,
                 id="a-body-without-a-name-gives-no-office"),
    pytest.param("\"The ice is thinning,\" said Ana Lind of the Harvard\u2013Delmar Center for Ocean Studies.", "Ana Lind",
                 "Harvard\u2013Delmar Center for Ocean Studies", id="body-name-with-a-dash"),
    pytest.param("The survey was led by Maria Kalder of the Orlen School of Earth and Ocean Studies at Velmar "
                 "College with help from two museums.", "Maria Kalder",
                 "Orlen School of Earth and Ocean Studies", id="body-name-with-and-after-of"),
    pytest.param("The loan terms were agreed by Maria Kalder of the Ostra Bank of Commerce and Paul Tolle of "
                 "Northwind.", "Maria Kalder", "Ostra Bank of Commerce", id="and-before-the-next-name-ends-the-body"),
    pytest.param("Ines Kalder of the Commission on Mine Safety said the shafts were never inspected.", "Ines Kalder",
                 "Commission on Mine Safety", id="body-name-with-on"),
    pytest.param("Welcoming the ruling, Chair of Northvale Dock Workers Federation Ana Lind said the strike was over.",
                 "Ana Lind", "Chair of Northvale Dock Workers Federation", id="plural-role-noun-inside-the-body"),
    pytest.param("Tom Reyes, a Northvale Independent Press Standards Commission researcher, said the report was late.",
                 "Tom Reyes", "Researcher at the Northvale Independent Press Standards Commission",
                 id="role-noun-after-a-long-body-name"),
    # a role beside the full name wins over one beside the surname alone, which may be another person's
    pytest.param("Rep. Dana Pruitt tabled the motion on Tuesday. Later, Senator Pruitt spoke against the budget.",
                 "Dana Pruitt", "Representative", id="full-name-role-over-surname-role"),
]


@pytest.mark.parametrize("body, name, role", LISTS_AND_BODIES)
def test_a_list_or_a_body_gives_each_name_its_own_office(role_of, body, name, role):
    assert role_of(body, name) == role


def test_a_title_stops_at_a_word_that_belongs_before_it(nlp):
    # the headline 'Delmar mayor Kell sacks housing adviser Reyes', with "sacks" read as a name in
    # apposition to "mayor"
    from spacy.tokens import Doc

    from generator.extract.role_phrases import role_words
    words = ["Delmar", "mayor", "Kell", "sacks", "housing", "adviser", "Reyes"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 3, 1, 5, 1, 5],
              deps=["compound", "ROOT", "compound", "appos", "compound", "appos", "appos"],
              pos=["PROPN", "NOUN", "PROPN", "PROPN", "NOUN", "NOUN", "PROPN"])
    found = role_words(doc, 6, 7, doc[0:7])
    assert found and ["housing", "adviser"] in [w for _, w in found]
    # a title's first word read as the head of the phrase ("beside Peru's health and labour minister
    # Ana Lind", "minister" hung on "health") still belongs to it
    words = ["beside", "Peru", "'s", "health", "and", "labour", "minister", "Ana", "Lind"]
    doc = Doc(nlp.vocab, words=words, heads=[0, 3, 1, 0, 3, 6, 3, 8, 3],
              deps=["ROOT", "poss", "case", "pobj", "cc", "amod", "conj", "compound", "appos"],
              pos=["ADP", "PROPN", "PART", "ADJ", "CCONJ", "ADJ", "NOUN", "PROPN", "PROPN"],
              tags=["IN", "NNP", "POS", "JJ", "CC", "JJ", "NN", "NNP", "NNP"])
    found = role_words(doc, 7, 9, doc[0:9])
    assert found and any("health" in w for _, w in found)


COUNTERPARTS = [
    pytest.param("Chilean Foreign Minister Ana Lind met her Peruvian counterpart, Tom Reyes, in Lima on Monday.",
                 "Tom Reyes", "Foreign Minister of Peru", id="counterpart"),
    pytest.param("The talks in Lima brought together Chilean Foreign Minister Ana Lind and her Peruvian and Bolivian "
                 "counterparts, Tom Reyes and Dara Kell, respectively.", "Dara Kell", "Foreign Minister of Bolivia",
                 id="respectively"),
    pytest.param("Chilean Foreign Minister Ana Lind and her Peruvian and Bolivian counterparts, Tom Reyes and Dara "
                 "Kell, met in Lima.", "Dara Kell", None, id="whose-country-is-not-said"),
    pytest.param("Chilean Foreign Minister Ana Lind met her counterpart Tom Reyes on Monday.", "Tom Reyes", None,
                 id="no-country"),
    pytest.param("Globex chief executive Ana Lind met her Acme counterpart Tom Reyes on Monday.", "Tom Reyes", None,
                 id="a-title-that-names-no-country"),
    pytest.param("Argentine Finance Minister Ana Lind will see her Uruguayan counterpart Tom Reyes, Trade Minister "
                 "Dara Kell and central bank chief Mira Hollis in Montevideo.", "Tom Reyes",
                 "Minister of Finance of Uruguay", id="first-of-a-list-of-titled-names"),
    pytest.param("Argentine minister of agriculture, Ana Lind, flew to Lima to see her Peruvian counterpart, Tom Reyes.",
                 "Tom Reyes", "Minister of Agriculture of Peru", id="holder-titled-before-a-comma"),
]


@pytest.mark.parametrize("body, name, role", COUNTERPARTS)
def test_a_counterpart_holds_the_same_title_over_the_country_named(role_of, body, name, role):
    assert role_of(body, name) == role


def test_a_title_that_a_verb_takes_is_not_the_role_of_the_name_opening_the_next_clause(parse_text):
    text = ("Norland chooses a new chancellor, Reyes reported to be furious\n\nMembers of the Norland assembly "
            "voted on Friday for Ana Lind, who promised lower taxes. Tom Reyes did not attend the vote.\n")
    people = {a.name: a for a in find_actors(parse_text(text))[0] if a.type == "person"}
    assert people["Tom Reyes"].role is None


def test_a_role_said_with_a_copula_stops_at_the_comma_after_its_body(nlp):
    # "Reyes was a teacher of the Harbor School, 5 km south", with the comma read as part of the
    # phrase after "of"
    from spacy.tokens import Doc

    from generator.extract.role_clauses import copula
    words = ["Reyes", "was", "a", "teacher", "of", "the", "Harbor", "School", ",", "5", "km", "south"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 3, 1, 3, 7, 7, 4, 7, 10, 3, 10],
              deps=["nsubj", "ROOT", "det", "attr", "prep", "det", "compound", "pobj", "punct", "nummod", "appos",
                    "advmod"],
              pos=["PROPN", "AUX", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "NUM", "NOUN", "ADV"],
              lemmas=["Reyes", "be", "a", "teacher", "of", "the", "Harbor", "School", ",", "5", "km", "south"])
    found = copula(doc, 0, 1, doc[0:12])
    assert found and found[1] == ["teacher", "of", "the", "Harbor", "School"]


STORY_STATE = [
    # the article names one country, and its body by that country: a head of state's bare title is its office
    pytest.param("The Chilean Senate voted on Tuesday to raise the pension age in Chile. President Marta Quispe said "
                 "she would sign the bill within a week.", "Marta Quispe", "President of Chile", id="title-before-name"),
    pytest.param("The Chilean Senate voted on Tuesday to raise the pension age in Chile. Marta Quispe, the president, "
                 "said she would sign the bill within a week.", "Marta Quispe", "President of Chile", id="appositive"),
    pytest.param("The Chilean Senate voted on Tuesday to raise the pension age in Chile. Former President Tomas Vireo "
                 "said the bill was unfair.", "Tomas Vireo", "Former President of Chile", id="tenure-kept"),
    # a second country in the story: whose president is unsure
    pytest.param("The Chilean Senate voted on Tuesday to raise the pension age in Chile. President Marta Quispe said "
                 "she would sign the bill, which Peru opposes.", "Marta Quispe", "President", id="two-countries"),
    # the one country named is not the one whose body the article names
    pytest.param("The Chilean Senate voted on Tuesday to raise the pension age, which Peru watched closely. Many in "
                 "Peru cheered. President Marta Quispe has until Friday to veto it.", "Marta Quispe", "President",
                 id="body-of-another-country"),
    # a title in lower case before the name is no office held: "a would-be president"
    pytest.param("The Chilean Senate voted on Tuesday to raise the pension age in Chile. The bill pleased a would-be "
                 "president Marta Quispe.", "Marta Quispe", "President", id="lower-case-title"),
    # two presidents: which one is the state's is unsure
    pytest.param("The Chilean Senate voted on Tuesday to raise the pension age in Chile. President Marta Quispe said "
                 "she would sign the bill. President Tomas Vireo of the senate objected.", "Marta Quispe", "President",
                 id="two-presidents"),
]


@pytest.mark.parametrize("body, name, role", STORY_STATE)
def test_a_bare_head_of_state_title_names_the_one_state_of_the_story(role_of, body, name, role):
    assert role_of(body, name) == role


def test_the_next_name_of_a_list_with_its_own_title_is_no_role(role_of):
    body = ("The torch was carried by speed skater Tomas Velde, skier Marco Diaz, cyclist Ana Lind, boxer "
            "Dana Pruitt and Lena Marsh.")
    assert role_of(body, "Tomas Velde") == "Speed Skater"
    assert role_of(body, "Ana Lind") == "Cyclist"
    assert role_of(body, "Marco Diaz") == "Skier"


def test_a_demonym_spelled_another_way_names_the_office_of_its_state(role_of):
    assert role_of("\"The matter is closed,\" said Ecuadorian president Marta Quispe on Friday.",
                   "Marta Quispe") == "President of Ecuador"


def test_a_title_and_a_name_that_owns_the_role_stay_the_role(role_of):
    assert role_of("Ana Lind, Republican nominee Tom Reyes's wife, sent a recipe to the magazine.",
                   "Ana Lind") == "Wife of Republican nominee Tom Reyes"


def test_each_minister_of_a_list_keeps_the_portfolio_before_the_name(role_of):
    body = ("The delegation included the Minister of Trade, Industry and Tourism Ana Lind, the Minister of Health "
            "Tomas Reyes, the Minister of Mines and Energy Dana Pruitt and others.")
    assert role_of(body, "Ana Lind") == "Minister of Trade, Industry and Tourism"
    assert role_of(body, "Tomas Reyes") == "Minister of Health"
    assert role_of(body, "Dana Pruitt") == "Minister of Mines and Energy"


def test_a_title_of_a_body_the_tagger_names_whole_is_the_role_of_the_name_after_it(role_of):
    assert role_of("The report was praised on Monday by the head of the Marlow Centre for Coastal Studies "
                   "Tomas Vireo, who called it overdue.", "Tomas Vireo") == "Head of the Marlow Centre for Coastal Studies"
    assert role_of("The board included the President of Delmar Savings and Loan Bank (DSLB) Tom Reyes and two "
                   "others.", "Tom Reyes") == "President of Delmar Savings and Loan Bank"


def test_the_government_a_name_owns_is_the_one_it_heads_unless_another_role_is_written(role_of):
    assert role_of("Thousands fled the country under Tomas Vireo's military government.",
                   "Tomas Vireo") == "Head of the Military Government"
    assert role_of("The bank lent money to the government of Ana Lind in 2004.", "Ana Lind") == "Head of the Government"
    assert role_of("Critics of Tom Reyes's big government marched on Monday.", "Tom Reyes") is None
    assert role_of("Prime Minister Ana Lind said on Monday that Ana Lind's government would fall.",
                   "Ana Lind") == "Prime Minister"


def test_a_title_that_names_the_person_it_serves_stays_with_its_holder(role_of):
    body = "Ana Lind, Chief of Staff of Senator Tom Reyes, spoke first. Tom Reyes left in 2001."
    assert role_of(body, "Tom Reyes") == "Senator"
    assert role_of(body, "Ana Lind") == "Chief of Staff of Senator Tom Reyes"
    assert role_of("Ana Lind, a former Globex director under President Tom Reyes, spoke first. Tom Reyes left in "
                   "2001.", "Ana Lind") == "Former Globex director under President Tom Reyes"


OCCUPATIONS_AND_PARTS = [
    # nouns of an occupation or of the part someone plays, before a name and after it
    pytest.param("\"The roof shook,\" said night guard Tom Reyes.", "Tom Reyes", "Night Guard",
                 id="guard-before-a-name"),
    pytest.param("Ana Lind, a former county supervisor, said the plan was unfair.", "Ana Lind",
                 "Former County Supervisor", id="supervisor-in-an-appositive"),
    pytest.param("\"We saw the flash first,\" attendee Dana Pruitt wrote on her blog.", "Dana Pruitt", "Attendee",
                 id="attendee-before-a-name"),
    pytest.param("Tomas Vireo, a business traveller from Oslo, saw the fire.", "Tomas Vireo",
                 "Business traveller from Oslo", id="traveller-in-an-appositive"),
    pytest.param("The prize went to philanthropist Ines Kalder on Monday.", "Ines Kalder", "Philanthropist",
                 id="philanthropist-before-a-name"),
]


@pytest.mark.parametrize("body, name, role", OCCUPATIONS_AND_PARTS)
def test_an_occupation_or_a_part_played_is_a_role(role_of, body, name, role):
    assert role_of(body, name) == role


@pytest.mark.parametrize("body, word", [
    ("The envoy met officers of the Royal Engineer Corps on Tuesday.", "Corps"),
    ("The envoy met officers of the Northern Frontier Guard Corps on Tuesday.", "Corps"),
    ("The envoy met members of the Northern Pilot Club on Tuesday.", "Club"),
])
def test_a_capitalised_role_noun_inside_a_body_name_makes_no_person(actors_of, body, word):
    assert word not in actors_of(body)


APPOSITIVES_BEFORE = [
    # a preposition before the owner's "'s" is no part of the role
    pytest.param("The rebels have allied themselves with Halvard's leader, Tom Reyes.", "Tom Reyes",
                 "Leader of Halvard", id="owner-after-a-preposition"),
    pytest.param("The charges were dropped along with Velmar's mayor, Ana Lind.", "Ana Lind", "Mayor of Velmar",
                 id="owner-after-two-prepositions"),
    # an honorific between the comma and the name
    pytest.param("The director of the clinic, Dr Ines Kalder, said forty people were treated.", "Ines Kalder",
                 "Director of the clinic", id="honorific-after-the-comma"),
    # "of" inside a body's name does not end the head of the phrase
    pytest.param("After the vote, a Delmar Department of State spokesperson, Ana Lind, said the town was disappointed.",
                 "Ana Lind", "Delmar Department of State spokesperson", id="of-inside-a-body-name"),
]


@pytest.mark.parametrize("body, name, role", APPOSITIVES_BEFORE)
def test_an_appositive_before_a_name_is_its_role(role_of, body, name, role):
    assert role_of(body, name) == role


def test_an_appositive_whose_role_noun_does_not_head_it_is_no_role(role_of):
    # the nominee is the role of the name; the fitness of one is not
    for body, name in (("The debate has turned on the fitness of the party's nominee, Tom Reyes, to lead the country.",
                        "Tom Reyes"),
                       ("The debate has turned on the fitness of the party's nominee, Mr. Reyes, to lead the country.",
                        "Reyes")):
        assert role_of(body, name) is None


def test_a_plural_role_noun_before_a_list_of_bodies_makes_no_person(actors_of):
    for noun in ("doctors", "engineers"):
        actors = actors_of(f"In Delmar, a team of {noun} from Customs and Excise Enforcement, Harbour Security "
                           "Investigations, the Coast Watch and the Narcotics Bureau met on Monday.")
        assert actors.get("Harbour Security Investigations") != "person"


SEAT_BODIES = [
    pytest.param("The Supreme Court struck down the law on Monday. In the ruling, Justice Ana Lind wrote that the "
                 "statute was void.", "Ana Lind", "Justice of the Supreme Court", id="justice-of-the-one-court"),
    pytest.param("The House of Representatives passed the bill. Speaker Tom Reyes said the vote was close.",
                 "Tom Reyes", "Speaker of the House of Representatives", id="speaker-of-the-one-house"),
    pytest.param("The Supreme Court struck down the law on Monday. Chief Justice Ana Lind wrote that the statute was "
                 "void.", "Ana Lind", "Chief Justice of the Supreme Court", id="a-title-modifier-stays"),
    # two bodies of the kind: which one is unsure
    pytest.param("Delegates of the House of Lords visited the House of Representatives. Speaker Tom Reyes said "
                 "the vote was close.",
                 "Tom Reyes", "Speaker", id="two-houses"),
    # bodies of another kind
    pytest.param("The White House Office of Policy said so. Speaker Tom Reyes said the vote was close.",
                 "Tom Reyes", "Speaker", id="no-house-of-a-parliament"),
    pytest.param("The Delmar District Court ruled on Monday. Justice Ana Lind wrote that the ruling was wrong.",
                 "Ana Lind", "Justice", id="no-supreme-court"),
]


@pytest.mark.parametrize("body, name, role", SEAT_BODIES)
def test_a_bare_title_of_a_seat_names_the_one_body_of_its_kind(role_of, body, name, role):
    assert role_of(body, name) == role


def test_a_role_phrase_after_a_preposition_before_a_new_clause_is_not_the_next_name_s(role_of):
    for body, name in (("A day before the students met with the former mayor, Tom Reyes held a dinner for donors.",
                        "Tom Reyes"),
                       ("A day before the students met with the former mayor, Mr. Reyes held a dinner for donors.",
                        "Reyes")):
        assert role_of(body, name) is None


def test_a_role_phrase_after_a_preposition_in_the_same_clause_stays_the_next_name_s(role_of):
    assert role_of("The hoax was a tactic developed by the group's founder, Tom Reyes called \"fair-play\".",
                   "Tom Reyes") == "Founder"
