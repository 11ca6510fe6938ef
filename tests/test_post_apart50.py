"""Probes of round 50 (Latin American and Asian agency copy): a post on a social network
("In a post on X, she said ...", "he wrote on Telegram", "tweeted") is an occasion of its
own: when the story tells nothing of that post before, the gathering or the day told
above (a forum "on Tuesday", the speaker's words at it) does not date it, and it is left
to the page's day as any undated words are. And "X spoke on Wednesday at a news
conference" places the words told before it at that day, as "X spoke at a news
conference" does. Stories written here in the manner of national news agencies."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 11, 27)  # a Wednesday
DAY = "2024-11-27"
TUESDAY = "2024-11-26"

_POST_AFTER_A_FORUM = (
    "MEXICO CITY, Nov 27 (Notimex) - Economy Minister Marcelo Ruiz Ebrard has said Mexico "
    "will answer any new tariff with measures of its own.\n\n"
    "Ruiz Ebrard made the remarks on Tuesday at a meeting with exporters in Monterrey.\n\n"
    '"We are partners, and partners talk before they act," he said.\n\n'
    "In a post on X, Ruiz Ebrard said the two governments would meet again in January.\n"
)

_WROTE_ON_TELEGRAM = (
    "TASHKENT, Nov 27 (UzA) - Foreign Minister Bakhtiyor Olimovich Saidov spoke on Tuesday "
    "to reporters after talks with his Afghan counterpart.\n\n"
    '"The railway project is our common priority," Saidov said.\n\n'
    "Saidov wrote on Telegram that the first trains could run within three years.\n"
)

_TWEETED = (
    "MANILA, Nov 27 (PNA) - Foreign Affairs Secretary Teresa Lazaro Cruz on Tuesday met "
    "the Japanese ambassador in Pasay City.\n\n"
    "Cruz said the two countries would sign the defense pact early next year.\n\n"
    "Cruz also tweeted that the Philippines valued Japan's support for maritime security.\n"
)

# (the post told before, its day with it: the words take that day)
_POST_TOLD_BEFORE = (
    "MEXICO CITY, Nov 27 (Notimex) - Economy Minister Marcelo Ruiz Ebrard posted a message "
    "on X on Tuesday after his meeting with exporters.\n\n"
    "In the post, Ruiz Ebrard said the two governments would meet again in January.\n"
)

_SPOKE_ON_A_DAY_AT = (
    "BOGOTA, Nov 27 (EFE) - Colombian Foreign Minister Luis Andres Murillo has said Bogota "
    "will not recognise the results until the tally sheets are published.\n\n"
    "Murillo spoke on Tuesday at a news conference at the San Carlos Palace.\n"
)


def test_a_post_on_x_is_not_dated_by_the_forum_told_before() -> None:
    assert_statements(
        _POST_AFTER_A_FORUM,
        PUBLISHED,
        [
            ("Marcelo Ruiz Ebrard", "Mexico will answer any new tariff", TUESDAY),
            ("Marcelo Ruiz Ebrard", "We are partners", TUESDAY),
            ("Marcelo Ruiz Ebrard", "the two governments would meet again", DAY),
        ],
    )


def test_words_written_on_telegram_are_not_the_briefings() -> None:
    assert_statements(
        _WROTE_ON_TELEGRAM,
        PUBLISHED,
        [
            ("Bakhtiyor Olimovich Saidov", "The railway project is our common priority", TUESDAY),
            ("Bakhtiyor Olimovich Saidov", "the first trains could run", DAY),
        ],
    )


def test_a_tweet_is_not_the_meetings() -> None:
    assert_statements(
        _TWEETED,
        PUBLISHED,
        [
            ("Teresa Lazaro Cruz", "the two countries would sign", TUESDAY),
            ("Teresa Lazaro Cruz", "the Philippines valued Japan", DAY),
        ],
    )


def test_a_post_told_before_keeps_its_day() -> None:
    assert_statements(
        _POST_TOLD_BEFORE,
        PUBLISHED,
        [("Marcelo Ruiz Ebrard", "the two governments would meet again", TUESDAY)],
    )


def test_spoke_on_a_day_at_a_news_conference_dates_the_lead() -> None:
    assert_statements(
        _SPOKE_ON_A_DAY_AT,
        PUBLISHED,
        [("Luis Andres Murillo", "Bogota will not recognise the results", TUESDAY)],
    )


# (the network named two paragraphs up, the speaker's words there dated: that post goes on)
_NETWORK_TOLD_ABOVE = (
    "HAVANA, Nov 27 (PL) - Foreign Minister Ernesto Diaz Valdes on Tuesday denounced the new "
    "sanctions announced by Washington.\n\n"
    "On Telegram, Diaz Valdes stated that the measures would hurt ordinary families.\n\n"
    "The sanctions are an act of economic war, said the minister.\n\n"
    "Cuba will not give up its sovereignty, Diaz Valdes tweeted.\n"
)


def test_a_post_on_a_network_told_above_keeps_the_day_told_there() -> None:
    assert_statements(
        _NETWORK_TOLD_ABOVE,
        PUBLISHED,
        [
            ("Ernesto Diaz Valdes", "denounced the new sanctions", TUESDAY),
            ("Ernesto Diaz Valdes", "the measures would hurt", TUESDAY),
            ("Ernesto Diaz Valdes", "The sanctions are an act", TUESDAY),
            ("Ernesto Diaz Valdes", "Cuba will not give up", TUESDAY),
        ],
    )
