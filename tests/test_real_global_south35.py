"""Constructions of South Asian and African English copy (Dawn, The Daily Star, Premium
Times, Daily Nation) that read wrong before: a participle whose own subject stands after
"with" ("..., with its spokesman, X, saying that ..."), a perfect split by a time phrase
("had earlier this month written to ... to say that"), the one written to before a
participle ("wrote to the commissioner, saying ..."), a noun set off after a clause and named
by someone ("..., an act the Foreign Office described as ..."), a quotation bearing out a
telling just reported in the pluperfect, a page stamp whose weekday and month are cut
short ("Tue Jun 11, 2024"), verbs of Indian and Pakistani copy ("averred", "rued that",
"rubbished", "apprised", "took a dig at", "was of the view that", "called upon", "sought to
know", "was categorical that") and views expressed at an
occasion ("expressed these views while addressing ..."), and Brazilian English's verbs
rendered from Portuguese ("defended that ...", "evaluated that ...", "reinforced that ..."),
and a noun's relative "that" with a modal next after a thing announced ("announced on
Tuesday the launch of a corridor that would ...").
Pages written here, in those outlets' manner; each expected statement is checked for its
speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

WITH_ITS_SPOKESMAN = (
    "Senators split over Sahel deployment\n\n"
    "By Musa Ibrahim\n\n"
    "ABUJA: The Peoples Democratic Party on Wednesday opposed the planned deployment of "
    "troops to the Sahel, with its national publicity secretary, Debo Ologunagba, saying "
    "at a news conference in Abuja that the National Assembly had not been consulted.\n\n"
    "The Northern Elders Forum also criticised the plan, with its director of publicity, "
    "Abdul-Azeez Suleiman, telling this newspaper on Thursday that border communities "
    "would bear the brunt of any war.\n"
)


def test_the_one_named_after_with_speaks_in_the_participle() -> None:
    assert_statements(
        WITH_ITS_SPOKESMAN,
        datetime.date(2024, 6, 7),
        [
            ("Debo Ologunagba", "the National Assembly had not", "2024-06-05"),
            ("Northern Elders Forum", "criticised the plan", "2024-06-06"),
            ("Abdul-Azeez Suleiman", "border communities would bear", "2024-06-06"),
        ],
    )


LETTERS = (
    "Aid agencies warn of cuts\n\n"
    "NAIROBI: The UN refugee agency had earlier this month written to the Kenyan "
    "government to say that food rations at Kakuma would be cut by a third.\n\n"
    "The Red Cross wrote to the county commissioner on Monday, saying that its clinics "
    "could not stay open beyond June.\n\n"
    "Governor Jeremiah Lomorukai had on Tuesday written to the Treasury to say that the "
    "county could not pay the nurses.\n"
)


def test_letters_written_to_someone_give_their_words() -> None:
    assert_statements(
        LETTERS,
        datetime.date(2024, 6, 12),
        [
            ("UN refugee agency", "food rations at Kakuma", "2024-06-01/2024-06-11"),
            ("Red Cross", "its clinics could not stay open", "2024-06-10"),
            ("Jeremiah Lomorukai", "the county could not pay", "2024-06-11"),
        ],
    )


NAMED_IN_APPOSITION = (
    "Kabul summons envoy over border firing\n\n"
    "ISLAMABAD: Afghan forces opened fire on a border post near Chaman on Tuesday, an act "
    'the Foreign Office described as a "grave and unprovoked provocation".\n'
)


def test_a_noun_set_off_and_named_gives_the_name_as_the_words() -> None:
    assert_statements(
        NAMED_IN_APPOSITION,
        datetime.date(2024, 6, 12),
        [("Foreign Office", 'a "grave and unprovoked provocation"', "2024-06-11")],
    )


PLUPERFECT_THEN_QUOTE = (
    "Dhaka wants UN talks on repatriation\n\n"
    "Diplomatic Correspondent\n"
    "Tue Jun 11, 2024 12:00 AM\n\n"
    "Foreign Secretary Masud Bin Momen yesterday told visiting UN officials that "
    "repatriation remained the only durable solution.\n\n"
    "On Sunday, Foreign Minister Hasan Mahmud had said at a seminar in the capital that "
    "Bangladesh could not shoulder the burden indefinitely.\n\n"
    '"The world cannot leave this to one country alone. Others must share the load," the '
    "minister said.\n"
)


def test_a_quote_after_a_pluperfect_telling_is_of_its_occasion() -> None:
    assert_statements(
        PLUPERFECT_THEN_QUOTE,
        datetime.date(2024, 6, 11),
        [
            ("Masud Bin Momen", "repatriation remained", "2024-06-10"),
            ("Hasan Mahmud", "Bangladesh could not shoulder", "2024-06-09"),
            ("Hasan Mahmud", "The world cannot leave this", "2024-06-09"),
        ],
    )


STAMPED_DAY = (
    "Hasina seeks Japanese support for Rohingya return\n\n"
    "Staff Correspondent\n"
    "Tue Jun 11, 2024 12:00 AM\n\n"
    "The prime minister yesterday urged Japan to press Myanmar to create conditions for the "
    "Rohingyas to go home.\n"
)


def test_a_stamped_weekday_and_month_are_no_name() -> None:
    assert_statements(
        STAMPED_DAY,
        datetime.date(2024, 6, 11),
        [("Hasina", "urged Japan to press Myanmar", "2024-06-10")],
    )


SOUTH_ASIAN_VERBS = (
    "Opposition questions Centre over border talks\n\n"
    "NEW DELHI: Congress general secretary Jairam Ramesh on Sunday averred that the "
    "government had failed to restore patrolling rights in Depsang.\n\n"
    "Former foreign secretary Kanwal Sibal rued that the latest round had produced no "
    "joint statement.\n\n"
    "The Ministry of External Affairs on Monday rubbished the reports that new buffer "
    "zones had been agreed.\n\n"
    "External Affairs Minister S Jaishankar on Monday apprised the consultative committee "
    "that disengagement at two friction points was complete.\n\n"
    "BJP spokesperson Sambit Patra took a dig at the Congress over its record in "
    "government.\n"
)


def test_verbs_of_saying_of_south_asian_copy() -> None:
    assert_statements(
        SOUTH_ASIAN_VERBS,
        datetime.date(2024, 5, 8),
        [
            ("Jairam Ramesh", "the government had failed", "2024-05-05"),
            ("Kanwal Sibal", "the latest round had produced", "2024-05-08"),
            ("Ministry of External Affairs", "the reports that new buffer", "2024-05-06"),
            ("S Jaishankar", "disengagement at two friction", "2024-05-06"),
            ("Sambit Patra", "took a dig at the Congress", "2024-05-08"),
        ],
    )


OF_THE_VIEW = (
    "Ministers upbeat on economy\n\n"
    "ISLAMABAD: Finance Minister Muhammad Aurangzeb on Monday was of the view that the "
    "current IMF programme would be the country's last if the reforms continued.\n\n"
    "State Bank Governor Jameel Ahmad was of the opinion that inflation would settle in "
    "single digits by June.\n\n"
    "Planning Minister Ahsan Iqbal said the next phase of the corridor would bring industry "
    "to the smaller provinces.\n\n"
    "The minister expressed these views while addressing a seminar at a think-tank in the "
    "capital on Tuesday.\n"
)


def test_a_view_held_and_views_expressed_at_an_occasion() -> None:
    assert_statements(
        OF_THE_VIEW,
        datetime.date(2024, 12, 25),
        [
            ("Muhammad Aurangzeb", "the current IMF programme", "2024-12-23"),
            ("Jameel Ahmad", "inflation would settle", "2024-12-25"),
            ("Ahsan Iqbal", "the next phase of the corridor", "2024-12-24"),
        ],
    )


BRAZILIAN_CALQUES = (
    "Brazil pushes for IMF quota review\n\n"
    "Published on 14/04/2025 - 18:20 By Ana Cristina Campos - Reporter - Agência Brasil - "
    "Brasília\n\n"
    "Finance Minister Fernando Haddad defended that the quota review at the IMF should give "
    "more weight to emerging economies.\n\n"
    "Foreign Minister Mauro Vieira evaluated that the meeting in Washington had been "
    "positive for the Global South.\n\n"
    "Planning Minister Simone Tebet reinforced that Brazil would keep its fiscal target.\n\n"
    "Central Bank president Gabriel Galípolo defended that decision in an interview.\n"
)


def test_verbs_rendered_word_for_word_from_portuguese() -> None:
    assert_statements(
        BRAZILIAN_CALQUES,
        datetime.date(2025, 4, 14),
        [
            ("Fernando Haddad", "the quota review at the IMF", "2025-04-14"),
            ("Mauro Vieira", "the meeting in Washington", "2025-04-14"),
            ("Simone Tebet", "Brazil would keep", "2025-04-14"),
        ],
    )


CALLED_UPON = (
    "PM seeks world's help on floods\n\n"
    "ISLAMABAD, Aug 28 (APP): Prime Minister Shehbaz Sharif on Wednesday called upon the "
    "international community to help the flood-hit districts of Sindh and Balochistan.\n\n"
    "Earlier, the Turkish ambassador called upon the prime minister at the PM House.\n"
)


def test_called_upon_to_act_is_a_call_but_a_courtesy_call_is_none() -> None:
    assert_statements(
        CALLED_UPON,
        datetime.date(2024, 8, 28),
        [("Shehbaz Sharif", "called upon the international community", "2024-08-28")],
    )


SOUGHT_TO_KNOW = (
    "Opposition questions defence pact\n\n"
    "COLOMBO: Opposition leader Sajith Premadasa on Monday sought to know why the defence "
    "agreement with India had not been tabled in Parliament.\n\n"
    "Public Security Minister Ananda Wijepala was categorical that no foreign troops would "
    "be stationed on the island.\n"
)


def test_sought_to_know_and_was_categorical_that() -> None:
    assert_statements(
        SOUGHT_TO_KNOW,
        datetime.date(2025, 4, 8),
        [
            ("Sajith Premadasa", "why the defence agreement", "2025-04-07"),
            ("Ananda Wijepala", "no foreign troops would", "2025-04-08"),
        ],
    )


RELATIVE_AFTER_A_THING_ANNOUNCED = (
    "Gulf corridor launched\n\n"
    "ISLAMABAD: The Ministry of Overseas Pakistanis announced on Tuesday in Islamabad the "
    "launch of a payments corridor that would let workers send money home at lower cost.\n"
)


def test_a_that_with_a_modal_after_a_noun_is_the_nouns_relative() -> None:
    assert_statements(
        RELATIVE_AFTER_A_THING_ANNOUNCED,
        datetime.date(2024, 2, 14),
        [("Ministry of Overseas Pakistanis", "the launch of a payments corridor", "2024-02-13")],
    )
