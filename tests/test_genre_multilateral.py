"""Pages of multilateral bodies and of meetings with many speakers, each layout as a whole.

The UN's meetings coverage and its briefing notes, a delegation's statement to the OSCE's
Permanent Council, an agency head's statement to a board, the EU Council's press releases
and conclusions, a stakeout's remarks on UN Web TV: whose words each page holds, and on
which day. Pages written here, in the manner of those bodies; each expected statement is
checked for its speaker, its first words and its day."""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract

_AS_DELIVERED = (
    "PC.DEL/415/25\n10 April 2025\n\nENGLISH only\n\nUnited States Mission to the OSCE\n\n"
    "On the Situation in Georgia\n\n"
    "As delivered by Chargé d'Affaires Nicole Brady\nto the Permanent Council, Vienna\n"
    "April 10, 2025\n\n"
    "Thank you, Madam Chair.\n\n"
    "The United States is concerned by the pressure on civil society in Georgia. We urge the "
    "authorities to release those detained for peaceful protest.\n\n"
    "Thank you, Madam Chair.\n"
)

_BRIEFING_NOTE = """OHCHR
Press briefing notes

Myanmar: attacks on civilians after the earthquake

Spokesperson for the UN High Commissioner for Human Rights: Jeremy Laurence
Location: Geneva
Date: 4 April 2025

We are appalled that air strikes have continued in areas struck by last week's earthquake.

The military must halt all attacks and let aid reach those in need.

ENDS
"""

_BOARD_STATEMENT = """International Atomic Energy Agency

IAEA Director General's Introductory Statement to the Board of Governors

3 March 2025
Vienna, Austria

Rafael Mariano Grossi, Director General

(As prepared for delivery)

Good morning. The Agency's work in Ukraine continues under difficult conditions.
"""

_DELEGATION = """PC.DEL/702/25
5 June 2025

Original: ENGLISH

Statement by the Delegation of Ukraine
at the 1524th meeting of the OSCE Permanent Council

Madam Chairperson,

Last week the Russian Federation again struck residential buildings in Kharkiv and Odesa.
"""

_EU_AT_THE_OSCE = """OSCE Permanent Council No. 1519
Vienna, 30 April 2025

EU Statement on the humanitarian situation in Ukraine

Madam Chair,

The European Union is gravely concerned by the growing number of civilian casualties.
"""

_STAKEOUT = (
    "UN Web TV\nSecurity Council Media Stakeout\n\n"
    "14 Jan 2025 - Remarks to the media by H.E. Mr. Qusay Al-Dahhak, Permanent Representative "
    "of the Syrian Arab Republic, following the Security Council consultations on Syria.\n\n"
    "Ambassador Al-Dahhak: Syria wants good relations with all its neighbours, and the "
    "sanctions must be lifted.\n"
)


@pytest.mark.parametrize(
    ("page", "published", "want"),
    [
        pytest.param(
            _AS_DELIVERED,
            datetime.date(2025, 4, 10),
            [("Nicole Brady", "The United States is concerned", "2025-04-10")],
            id="mission-page-as-delivered-by",
        ),
        pytest.param(
            _BRIEFING_NOTE,
            datetime.date(2025, 4, 4),
            [("Jeremy Laurence", "We are appalled that air strikes", "2025-04-04")],
            id="briefing-note-spokesperson-field",
        ),
        pytest.param(
            _BOARD_STATEMENT,
            datetime.date(2025, 3, 3),
            [("Rafael Mariano Grossi", "Good morning. The Agency's work", "2025-03-03")],
            id="post-s-introductory-statement-name-below",
        ),
        pytest.param(
            _DELEGATION,
            datetime.date(2025, 6, 5),
            [("Delegation of Ukraine", "Last week the Russian Federation", "2025-06-05")],
            id="statement-by-the-delegation-of-a-state",
        ),
        pytest.param(
            _EU_AT_THE_OSCE,
            datetime.date(2025, 4, 30),
            [("European Union", "The European Union is gravely concerned", "2025-04-30")],
            id="eu-statement-at-the-permanent-council",
        ),
        pytest.param(
            _STAKEOUT,
            datetime.date(2025, 1, 14),
            [("Qusay Al-Dahhak", "Syria wants good relations", "2025-01-14")],
            id="web-tv-remarks-to-the-media",
        ),
    ],
)
def test_a_delegation_s_or_agency_s_page_gives_its_speaker(page, published, want) -> None:
    assert_statements(page, published, want)


def test_a_connector_before_a_participle_opening_is_no_speaker() -> None:
    # "Separately, speaking to UN News on Sunday, X, a ..., said": the connector and the
    # participle open the sentence; the name set off after them speaks
    page = (
        "UN News\n\n"
        "Sudan: aid convoys reach Darfur\n\n"
        "12 May 2025 Humanitarian Aid\n\n"
        "Separately, speaking to UN News on Sunday, Leni Kinzli, a spokesperson for the "
        'World Food Programme, said: "Every truck that gets through saves lives."\n'
    )
    assert_statements(
        page,
        datetime.date(2025, 5, 12),
        [("Leni Kinzli", "Every truck that gets through", "2025-05-11")],
    )


def test_a_day_in_the_words_said_at_a_meeting_does_not_date_the_meeting() -> None:
    # the next speaker "told the Council": the meeting's day is the page's, not the month
    # the first speaker's words mention
    page = (
        "SC/16052\n"
        "4 April 2025\n\n"
        "Opening the meeting, Khaled Khiari, Assistant Secretary-General for the Middle East, "
        "said the truce talks had broken down in January.\n\n"
        "Riyad Mansour, Permanent Observer of the State of Palestine, told the Council that "
        "the blockade had to end.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 4, 4),
        [
            ("Khaled Khiari", "the truce talks had broken down", "2025-04-04"),
            ("Riyad Mansour", "the blockade had to end", "2025-04-04"),
        ],
    )


def test_the_text_of_conclusions_is_no_speaker() -> None:
    # "The text of the conclusions reads as follows:" introduces the Council's points
    page = (
        "Council of the EU\n"
        "Press release\n"
        "14 April 2025 16:40\n\n"
        "Syria: Council adopts conclusions\n\n"
        "The Council today approved conclusions on Syria. The text of the conclusions reads "
        "as follows:\n\n"
        "1. The Council welcomes the steps taken towards an inclusive transition.\n"
    )
    speakers = {s.speaker for s in extract(page, published=datetime.date(2025, 4, 14))}
    assert not [s for s in speakers if s and s.startswith("The text")]


def test_names_set_in_capitals_are_written_as_names() -> None:
    # the Human Rights Council's summaries set each speaker's name in capitals
    page = (
        "Human Rights Council\n"
        "Fifty-eighth session\n"
        "20 March 2025\n\n"
        "MORRIS TIDBALL-BINZ, Special Rapporteur on extrajudicial executions, said the "
        "killings had gone unpunished.\n\n"
        "FEDERICO VILLEGAS (Argentina) said his delegation supported the mandate.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 3, 20),
        [
            ("Morris Tidball-Binz", "the killings had gone unpunished", "2025-03-20"),
            ("Federico Villegas", "his delegation supported the mandate", "2025-03-20"),
        ],
    )


def test_the_note_on_who_chaired_a_briefing_is_no_one_s_words() -> None:
    page = (
        "UNITED NATIONS\n"
        "Information Service Geneva\n\n"
        "Press Briefing by the United Nations Information Service\n\n"
        "11 April 2025\n\n"
        "Rolando Gómez, Chief of the Press and External Relations Section at the United "
        "Nations Information Service in Geneva, chaired the briefing, which was attended by "
        "spokespersons of UNICEF and the World Health Organization.\n\n"
        "Sudan\n\n"
        "James Elder, for UNICEF, said some 50,000 children had fled the camp in a week.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 4, 11),
        [("James Elder", "some 50,000 children had fled", "2025-04-11")],
    )


def test_a_quote_over_its_speaker_s_name_and_post_is_theirs() -> None:
    # the EU Council's press releases set a quote above a line with the name and the post
    page = (
        "Council of the EU\n"
        "Press release\n"
        "16 June 2025 12:05\n\n"
        "Council adopts sanctions on those undermining stability in Moldova\n\n"
        "The Council today listed nine more persons.\n\n"
        '"We will not let anyone buy an election in Europe."\n'
        "Kaja Kallas, High Representative for Foreign Affairs and Security Policy\n\n"
        "The listed persons are subject to an asset freeze.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 6, 16),
        [("Kaja Kallas", "We will not let anyone buy", "2025-06-16")],
    )


def test_a_clause_opening_after_the_day_with_a_name_is_the_words() -> None:
    # summit coverage: "said on Friday the United States had been told that ...": past the
    # day a clause opens with a name and its verb; its "that" is the clause's own
    page = (
        "JOHANNESBURG, Nov 22 (Reuters) - Leaders at the Group of 20 summit adopted a "
        "declaration on Saturday.\n\n"
        "Presidential spokesperson Vincent Magwenya said on Friday the United States had been "
        "informed that the text would not be reopened.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 11, 22),
        [("Vincent Magwenya", "the United States had been informed", "2025-11-21")],
    )


def test_a_deputy_chief_economist_is_a_post_not_a_magazine() -> None:
    # a World Bank release: "X, Deputy Chief Economist, said": the name speaks, its post after
    page = (
        "WASHINGTON, January 14, 2025 — Growth in developing economies will hold at 4 percent, "
        "the World Bank said in its latest report.\n\n"
        "Ayhan Kose, Deputy Chief Economist, said the outlook for the poorest countries had "
        "darkened.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 1, 14),
        [
            ("World Bank", "Growth in developing economies", "2025-01-14"),
            ("Ayhan Kose", "the outlook for the poorest", "2025-01-14"),
        ],
    )


def test_a_post_over_a_body_s_bracketed_initials_names_the_one_who_holds_it() -> None:
    # "The Director-General of the Organisation ... (OPCW), Ambassador X, told ..." after an
    # agency's dateline and dash: "The Director-General added" is X again
    page = (
        "THE HAGUE, Netherlands—8 July 2025—The Director-General of the Organisation for the "
        "Prohibition of Chemical Weapons (OPCW), Ambassador Fernando Arias, told the Executive "
        "Council today that inspectors had found new sites in Syria.\n\n"
        "The Director-General added that the Secretariat would need more funds.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 7, 8),
        [
            ("Fernando Arias", "inspectors had found new sites", "2025-07-08"),
            ("Fernando Arias", "the Secretariat would need", "2025-07-08"),
        ],
    )


def test_the_states_spoken_for_between_dashes_are_no_speaker() -> None:
    # "X (Guyana), speaking for the A3+ — Algeria, ... — said": X; and "Explaining her
    # country's position, Y said": the position named is no part of Y's words
    page = (
        "SC/16101\n"
        "18 June 2025\n\n"
        "Carolyn Rodrigues-Birkett (Guyana), speaking for the A3+ — Algeria, Sierra Leone, "
        "Somalia and Guyana — said the A3+ rejected any partition of Sudan.\n\n"
        "Explaining her country's position, Dorothy Shea (United States) said sanctions would "
        "follow.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 6, 18),
        [
            ("Carolyn Rodrigues-Birkett", "the A3+ rejected any partition", "2025-06-18"),
            ("Dorothy Shea", "sanctions would follow", "2025-06-18"),
        ],
    )


def test_a_refugee_agency_s_briefing_note_is_its_spokesperson_s() -> None:
    page = (
        "UNHCR\nThe UN Refugee Agency\n\nBriefing notes\n\n"
        "Rohingya refugees: funding cuts threaten food rations\n\n"
        "This is a summary of what was said by UNHCR spokesperson Babar Baloch – to whom "
        "quoted text may be attributed – at today's press briefing at the Palais des Nations "
        "in Geneva.\n\n"
        "7 March 2025\n\n"
        "UNHCR warns that food rations in the camps of Cox's Bazar may be halved next month.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 3, 7),
        [("Babar Baloch", "UNHCR warns that food rations", "2025-03-07")],
    )


def test_a_speaker_key_s_initials_label_the_turns_below_it() -> None:
    # WHO's transcripts: the key gives each speaker's initials once; each turn then opens
    # with them, with no colon; a reporter left out of the key asks (the host's welcome is
    # procedural, no statement)
    page = (
        "WHO press conference\n\n"
        "15 July 2025\n\n"
        "Speaker key:\n"
        "CL Christian Lindmeier\n"
        "TAG Dr Tedros Adhanom Ghebreyesus\n\n"
        "CL Good afternoon and welcome to this press conference.\n\n"
        "TAG Thank you, Christian. Cholera cases have risen in 31 countries this year.\n\n"
        "JS Thank you. How many deaths has WHO recorded?\n\n"
        "TAG More than 3,000, and the real number is certainly higher.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 7, 15),
        [
            ("Tedros Adhanom Ghebreyesus", "Thank you, Christian. Cholera", "2025-07-15"),
            ("Tedros Adhanom Ghebreyesus", "More than 3,000", "2025-07-15"),
        ],
    )


def test_a_portuguese_name_with_do_is_one_name() -> None:
    # UN News on a conference Brazil presides: "André Corrêa do Lago", the particle "do"
    # between his names (not the auxiliary)
    page = (
        "UN News\n\n"
        "COP30 opens in Belém\n\n"
        "10 November 2025 Climate and Environment\n\n"
        "The President of COP30, André Corrêa do Lago, told delegates on Monday that the "
        "conference must be one of implementation.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 11, 10),
        [("André Corrêa do Lago", "the conference must be one of implementation", "2025-11-10")],
    )


def test_a_bare_title_label_is_the_one_an_earlier_label_gave_it_to() -> None:
    # the EEAS's press conference transcripts: "HR/VP Kaja Kallas:" first, then "HR/VP:"
    page = (
        "EEAS\n\n"
        "Press conference by High Representative/Vice-President Kaja Kallas after the Foreign "
        "Affairs Council\n\n"
        "Brussels, 15 July 2025\n\n"
        "HR/VP Kaja Kallas: Good afternoon. Ministers discussed Ukraine and the Middle East "
        "today.\n\n"
        "Q. Will there be sanctions on settlers?\n\n"
        "HR/VP: There is no unanimity yet, but the proposal is on the table.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 7, 15),
        [
            ("Kaja Kallas", "Good afternoon. Ministers discussed", "2025-07-15"),
            ("Kaja Kallas", "There is no unanimity yet", "2025-07-15"),
        ],
    )


def test_a_count_s_only_after_said_is_part_of_the_words() -> None:
    # a Geneva briefing: "said only 90 trucks had been allowed in": the count's "only" is
    # what was said, not an adverb of the saying ("said only that ..." stays one)
    page = (
        "GENEVA, May 23 (Reuters) - Jens Laerke, a spokesperson for the U.N. humanitarian "
        "office, said only 90 trucks had been allowed into Gaza since Monday.\n\n"
        "He said only that talks on more crossings were continuing.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 5, 23),
        [
            ("Jens Laerke", "only 90 trucks had been allowed", "2025-05-23"),
            ("Jens Laerke", "talks on more crossings", "2025-05-23"),
        ],
    )
