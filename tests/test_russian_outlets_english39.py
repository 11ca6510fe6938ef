"""Russian outlets writing in English (round thirty-nine, read set r39a): a participle or
comparison that sets the words beside earlier ones ("Reiterating his previous statements
about ...", "Echoing her earlier remarks") does not date the words now said by those earlier
ones; a relaying report's day ("X told Ekho Moskvy Radio, Interfax reported Thursday") bounds
the words that go on in the next sentence too ("He also called ..."); a site's appeal to its
readers below the story ("A Message from The Moscow Times:", "Dear readers, ... please
support us") is the site's own words, no one's statement. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2021, 4, 28)
FRIDAY = datetime.date(2014, 9, 19)

RESTATED = (
    "Peskov on the new register\n\n"
    "At his daily conference call on Wednesday, April 28, Kremlin spokesman Dmitry Peskov "
    "took questions about the new register of media outlets. Reiterating his previous "
    "statements about the ministry's \u201clawful step,\u201d Peskov said that the Kremlin "
    "sees no reason to intervene. He also said that readers would hardly notice the change."
)
ECHOED = (
    "Zakharova on the visas\n\n"
    "Speaking at a briefing on Wednesday, April 28, Foreign Ministry spokeswoman Maria "
    "Zakharova was asked about the delayed visas. Echoing her earlier remarks on the subject, "
    "Zakharova said that Moscow expects Washington to keep its promises."
)
PREVIOUS_OCCASION = (
    "Peskov on the new register\n\n"
    "In his previous statements on the matter, Kremlin spokesman Dmitry Peskov said that the "
    "Kremlin sees no reason to intervene."
)
RELAYED = (
    "Kremlin brushes off report\n\n"
    '"We do not intend to react to every such publication," Kremlin spokesman Dmitry Peskov '
    "told Govorit Moskva radio, RIA Novosti reported Thursday. He also called the magazine's "
    'article "a crude fabrication."'
)
RELAYED_THEN_DAY = (
    "Kremlin brushes off report\n\n"
    '"We do not intend to react to every such publication," Kremlin spokesman Dmitry Peskov '
    "told Govorit Moskva radio, RIA Novosti reported Thursday. On Friday, he also said the "
    "magazine's article was a crude fabrication."
)
APPEAL = (
    "Kremlin brushes off report\n\n"
    '"We do not intend to react to every such publication," Kremlin spokesman Dmitry Peskov '
    "told reporters on Thursday.\n"
    "A Message from The Moscow Times:\n"
    "Dear readers,\n"
    "Our newsroom has been declared an \u201cundesirable\u201d organization. This comes after "
    "our earlier designation as a \u201cforeign agent.\u201d Prosecutor General Igor Krasnov "
    "claimed that our reporting \u201cundermines the state.\u201d We disagree.\n"
    "If you can, please support us monthly. Every contribution counts.\n"
    "Remind me later."
)
QUOTED_LETTER = (
    "Editor writes to readers\n\n"
    "The newspaper's editor, Dmitry Muratov, published a letter on Thursday.\n"
    "Dear readers,\n"
    "Muratov said that the paper would keep publishing from abroad."
)


def test_restating_participle_leaves_the_words_at_the_briefing() -> None:
    assert_statements(
        RESTATED,
        DAY,
        [
            ("Dmitry Peskov", "the Kremlin sees no reason", "2021-04-28"),
            ("Dmitry Peskov", "readers would hardly notice", "2021-04-28"),
        ],
    )


def test_echoing_earlier_remarks_leaves_the_words_at_the_briefing() -> None:
    assert_statements(ECHOED, DAY, [("Maria Zakharova", "Moscow expects Washington", "2021-04-28")])


def test_words_in_a_previous_statement_are_still_earlier() -> None:
    # near miss: the previous statement is the words' own occasion
    assert_statements(
        PREVIOUS_OCCASION, DAY, [("Dmitry Peskov", "the Kremlin sees no reason", "../2021-04-28")]
    )


def test_relayed_words_go_on_in_the_next_sentence() -> None:
    assert_statements(
        RELAYED,
        FRIDAY,
        [
            ("Dmitry Peskov", "We do not intend", "../2014-09-18"),
            ("Dmitry Peskov", "the magazine's article", "../2014-09-18"),
        ],
    )


def test_relayed_words_then_a_day_of_their_own() -> None:
    # near miss: the next sentence names its own day
    assert_statements(
        RELAYED_THEN_DAY,
        FRIDAY,
        [
            ("Dmitry Peskov", "We do not intend", "../2014-09-18"),
            ("Dmitry Peskov", "the magazine's article", "2014-09-19"),
        ],
    )


def test_sites_appeal_to_its_readers_is_no_statement() -> None:
    assert_statements(APPEAL, FRIDAY, [("Dmitry Peskov", "We do not intend", "2014-09-18")])


def test_dear_readers_without_an_appeal_keeps_its_statements() -> None:
    # near miss: "Dear readers," opens no appeal for support
    assert_statements(
        QUOTED_LETTER, FRIDAY, [("Dmitry Muratov", "the paper would keep", "2014-09-18")]
    )


TRANSCRIPT = (
    "Blinken: 'Useful' Talks With Lavrov in Geneva\n\n"
    "Secretary of State Antony Blinken said that Washington and Moscow had agreed to keep "
    "talking. \u201cWe have had a frank and substantive exchange on security guarantees,\u201d "
    "the State Department transcript said. He said that much work remains to be done."
)
TRANSCRIPT_NO_ONE_BEFORE = (
    "Talks in Geneva\n\n"
    "The two delegations met for four hours behind closed doors. \u201cWe expect progress on "
    "the prisoner exchange,\u201d the Kremlin transcript said."
)


def test_transcript_gives_the_words_of_the_one_who_just_spoke() -> None:
    assert_statements(
        TRANSCRIPT,
        datetime.date(2022, 1, 21),
        [
            ("Antony Blinken", "Washington and Moscow", "2022-01-21"),
            ("Antony Blinken", "We have had a frank", "2022-01-21"),
            ("Antony Blinken", "much work remains", "2022-01-21"),
        ],
    )


def test_transcript_with_no_one_speaking_before_is_its_body() -> None:
    # near miss: no person spoke in the sentence before, so the body that posted it
    assert_statements(
        TRANSCRIPT_NO_ONE_BEFORE,
        datetime.date(2022, 1, 21),
        [("Kremlin", "We expect progress", "2022-01-21")],
    )


ANSWERED = (
    "Kremlin and the report\n\n"
    "Earlier this week, the Financial Times quoted Sergei Lavrov as saying that Moscow was "
    "ready to resume talks. Kremlin spokesman Dmitry Peskov dismissed the report as a "
    "distortion."
)
ANSWERED_ON_A_DAY = (
    "Kremlin and the report\n\n"
    "On Monday, Bloomberg reported that Moscow had offered to mediate. Kremlin spokesman "
    "Dmitry Peskov dismissed the report as fiction on Tuesday."
)


def test_answer_to_a_report_of_earlier_days_is_on_or_before_the_article() -> None:
    assert_statements(
        ANSWERED,
        FRIDAY,
        [
            ("Sergei Lavrov", "Moscow was ready", "2014-09-15/2014-09-18"),
            ("Dmitry Peskov", "the report as a distortion", "../2014-09-19"),
        ],
    )


def test_answer_with_a_day_of_its_own_keeps_it() -> None:
    # near miss: the answer names its day
    assert_statements(
        ANSWERED_ON_A_DAY, FRIDAY, [("Dmitry Peskov", "the report as fiction", "2014-09-16")]
    )


GERUND_NOUN = (
    "Lawyers go to court\n\n"
    "The lawsuit followed the newspaper's earlier unjust labeling as a \u201cforeign "
    "agent.\u201d"
)
GERUND_NOUN_AFTER = (
    "Lawyers go to court\n\nThis comes after his recent public branding as a \u201ctraitor.\u201d"
)


def test_gerund_with_adjectives_before_and_as_after_is_no_verb_of_saying() -> None:
    assert_statements(GERUND_NOUN, FRIDAY, [])
    assert_statements(GERUND_NOUN_AFTER, FRIDAY, [])


def test_participle_describing_with_as_after_still_tells_the_words() -> None:
    # near miss: a participle with its object before "as" says what the speaker called it
    assert_statements(
        "Kremlin comments\n\nThe Kremlin on Friday dismissed the story, with its spokesman "
        "Dmitry Peskov describing the report as \u201ca hoax.\u201d",
        FRIDAY,
        [("Kremlin", "the story", "2014-09-19"), ("Dmitry Peskov", "the report as", "2014-09-19")],
    )


RELAY_SET_OFF = (
    "Ryabkov on dialogue\n\n"
    "Deputy Foreign Minister Sergey Ryabkov told Izvestia, RIA Novosti reported Wednesday, "
    "that Moscow was open to dialogue. He also stressed that the next step was Washington's."
)
TOLD_ON_A_DAY = (
    "Ryabkov on dialogue\n\n"
    "Deputy Foreign Minister Sergey Ryabkov told Izvestia on Wednesday that Moscow was open "
    "to dialogue."
)


def test_relaying_report_set_off_before_the_words_bounds_them() -> None:
    assert_statements(
        RELAY_SET_OFF,
        datetime.date(2024, 3, 14),
        [
            ("Sergey Ryabkov", "Moscow was open", "../2024-03-13"),
            ("Sergey Ryabkov", "the next step", "../2024-03-13"),
        ],
    )


def test_told_on_a_day_before_the_words_is_that_day() -> None:
    # near miss: no report relays the words, the day is their occasion
    assert_statements(
        TOLD_ON_A_DAY,
        datetime.date(2024, 3, 14),
        [("Sergey Ryabkov", "Moscow was open", "2024-03-13")],
    )
