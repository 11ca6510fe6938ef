"""'Referred to Kim as a "Rocket Man"': a name given in quotation marks after its article is
the speaker's words, as 'referred to Xi as "a dictator"' is; "referred to him as a host"
with nothing quoted tells no words. Stories written here, in the manner of VOA's copy; each
expected statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2018, 1, 1)

REFERRED_AS_A_QUOTED = (
    "Kim marks the new year\n\n"
    "The war of words went on in President Donald Trump's speech to the United Nations in "
    'September, when the president referred to Kim as a "Little Rocket Man" on a mission.\n'
)
# near miss: the name given is not quoted
REFERRED_AS_UNQUOTED = (
    "Kim marks the new year\n\n"
    "At the dinner in September, President Donald Trump referred to Kim as a host of sorts.\n"
)


def test_referred_as_a_quoted() -> None:
    assert_statements(
        REFERRED_AS_A_QUOTED,
        PUBLISHED,
        [("Donald Trump", 'Kim as a "Little Rocket Man"', "2017-09")],
    )


def test_referred_as_unquoted() -> None:
    assert_statements(REFERRED_AS_UNQUOTED, PUBLISHED, [])


REFERRED_AS_THE_QUOTED = (
    "Kim marks the new year\n\n"
    'In September, President Donald Trump referred to the North\'s leader as the "Rocket Man" '
    "in a post.\n"
)


def test_referred_as_the_quoted() -> None:
    assert_statements(
        REFERRED_AS_THE_QUOTED,
        PUBLISHED,
        [("Donald Trump", 'the North\'s leader as the "Rocket Man"', "2017-09")],
    )
