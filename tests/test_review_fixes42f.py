"""rv42f's findings on int42 (248bc24c), with near misses.

F1: a bare title ("the minister", "the foreign ministry spokesman") the story names no one for
is one speaker for dating within a paragraph only: two holders of the title told in two
paragraphs ("Italy's interior minister ... The minister said ... \\n\\n Spain's interior
minister ... The minister said ...", the spokesman in Seoul, then in Tokyo) are not placed at
one occasion. Near miss: "On Tuesday, the foreign ministry spokesman held a briefing ... \\n\\n
The foreign ministry spokesman said ...": the paragraph after a narrative sentence, opening
on the post's words, is still placed there.

F2: a statement told in an "in which" clause ("had put out a statement on Sunday in which it
denounced ...") is carried on only by the document going on ("the statement added", a
quotation with no verb of its own); the speaker's own attribution after it ("he said", "the
ministry said", "X added") is back at the story's occasion, and a statement told as an old
one ("had issued", "recalled a post he published") is no occasion for "he wrote" either.

Sentences written here in the manner of wire copy."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 10, 16)  # a Wednesday

TWO_MINISTERS = (
    "ROME, Oct 16 (Reuters) - European governments argued on Wednesday over how to handle "
    "the rise in migrant arrivals.\n\n"
    "Italy's interior minister flew to Tunis on Monday for talks with the Tunisian "
    "government. The minister said Rome would fund two new coastguard vessels.\n\n"
    "Spain's interior minister, speaking in Madrid, struck a different tone. The minister "
    "said Europe needed legal routes for workers.\n\n"
    '"Walls have never stopped anyone," the minister said.\n'
)

TWO_SPOKESMEN = (
    "SEOUL, Oct 16 (Yonhap) -- South Korea and Japan exchanged protests over a textbook this "
    "week.\n\n"
    "On Monday, the foreign ministry spokesman held a regular briefing in Seoul. The foreign "
    "ministry spokesman said the textbook distorted history.\n\n"
    "In Tokyo, the foreign ministry spokesman said the government had approved the book "
    "after a lawful review.\n\n"
    "The foreign ministry spokesman added that Japan would explain its position to Seoul.\n"
)

# near miss: the post's words open the paragraph after the narrative sentence placing it
BRIEFING_THEN_WORDS = (
    "SEOUL, Oct 16 (Yonhap) -- The two Koreas traded accusations this week.\n\n"
    "On Monday, the foreign ministry spokesman held a regular briefing in Seoul.\n\n"
    "The foreign ministry spokesman said the balloons launched from the north were a "
    "provocation.\n"
)

HAD_PUT_OUT = (
    "KYIV, Oct 16 (Reuters) - Ukrainian Foreign Minister Andrii Sybiha said on Wednesday "
    "that Kyiv would not accept a frozen conflict.\n\n"
    "Sybiha had put out a statement on Sunday in which he denounced the strikes on the "
    "power grid.\n\n"
    '"We need more air defence now," he said.\n'
)

RECALLED = (
    "MOSCOW, Oct 16 (Reuters) - Former Russian President Dmitry Medvedev on Wednesday "
    "derided Western talk of long-range missiles for Ukraine.\n\n"
    "Medvedev recalled a post he published on September 2 in which he warned that such strikes "
    "would mean war with NATO.\n\n"
    '"Nobody in the West has listened," he wrote on Telegram.\n\n'
    '"They will regret it," Medvedev added.\n'
)

# the document goes on ("the statement added"), then the body's own words of the day
STATEMENT_THEN_OWN = (
    "AMMAN, Oct 16 (Reuters) - Jordan's foreign ministry on Wednesday urged an immediate "
    "halt to the fighting in Lebanon.\n\n"
    "The ministry had issued a statement on October 6 in which it condemned the strikes on "
    "Beirut's southern suburbs.\n\n"
    '"The Kingdom stands with Lebanon and its people," the statement added.\n\n'
    "The ministry said Amman was in contact with all parties.\n"
)


def test_f1_two_holders_of_a_title_in_two_paragraphs() -> None:
    assert_statements(
        TWO_MINISTERS,
        PUBLISHED,
        [
            ("The minister", "Rome would fund two new coastguard", "2024-10-14"),
            ("The minister", "Europe needed legal routes", "2024-10-16"),
            ("The minister", "Walls have never stopped anyone", "2024-10-16"),
        ],
    )


def test_f1_the_same_title_in_two_capitals() -> None:
    assert_statements(
        TWO_SPOKESMEN,
        PUBLISHED,
        [
            ("The foreign ministry spokesman", "the textbook distorted history", "2024-10-14"),
            ("The foreign ministry spokesman", "the government had approved", "2024-10-16"),
            ("The foreign ministry spokesman", "Japan would explain", "2024-10-16"),
        ],
    )


def test_f1_near_miss_the_post_s_words_open_the_next_paragraph() -> None:
    assert_statements(
        BRIEFING_THEN_WORDS,
        PUBLISHED,
        [("The foreign ministry spokesman", "the balloons launched", "2024-10-14")],
    )


def test_f2_he_said_after_a_statement_put_out_before() -> None:
    assert_statements(
        HAD_PUT_OUT,
        PUBLISHED,
        [
            ("Andrii Sybiha", "Kyiv would not accept", "2024-10-16"),
            ("Andrii Sybiha", "denounced the strikes", "2024-10-13"),
            ("Andrii Sybiha", "We need more air defence now", "2024-10-16"),
        ],
    )


def test_f2_a_recalled_post_is_no_occasion_for_the_words_after() -> None:
    assert_statements(
        RECALLED,
        PUBLISHED,
        [
            ("Dmitry Medvedev", "such strikes would mean war", "2024-09-02"),
            ("Dmitry Medvedev", "Nobody in the West has listened", "2024-10-16"),
            ("Dmitry Medvedev", "They will regret it", "2024-10-16"),
        ],
    )


def test_f2_the_statement_goes_on_then_the_body_speaks_anew() -> None:
    # near miss: "the statement added" is the document's words, on its day
    assert_statements(
        STATEMENT_THEN_OWN,
        PUBLISHED,
        [
            ("Jordanian Foreign Ministry", "urged an immediate halt", "2024-10-16"),
            ("Jordanian Foreign Ministry", "condemned the strikes", "2024-10-06"),
            ("Jordanian Foreign Ministry", "The Kingdom stands with Lebanon", "2024-10-06"),
            ("Jordanian Foreign Ministry", "Amman was in contact", "2024-10-16"),
        ],
    )
