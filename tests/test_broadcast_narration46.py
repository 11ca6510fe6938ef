"""A broadcast transcript's reporter narrates between sound bites ("NPR's X reports." then
"X: Secretary Y met ... Afterwards she told reporters that ..."): the words of officials
relayed in the reporter's turn are their statements, as in a news story, while a host's or
reporter's question is no one's. "She says" opening the reporter's turn right after an
official's sound bite is the official's, never the reporter's own (a turn's speaker is not
"she" in it). Public broadcasters mark their reporter "NAME, BYLINE:"; an audio player's
"Next Up:" over "0:00 0:00" is no one's turn. Sentences written here in the manner of a
public radio morning programme."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2013, 8, 8)
DAY = "2013-08-08"  # no time expression: the day of the broadcast

REPORT = (
    "Clinton Presses Beijing On Sanctions\n\n"
    "It's MORNING EDITION from NPR News. I'm David Greene.\n\n"
    "Secretary of State Hillary Clinton is in Beijing this week. NPR's Louisa Lim reports.\n\n"
    "LOUISA LIM: Secretary Clinton sat down with the Chinese premier for two hours. "
    "Afterwards she told reporters that Beijing had agreed to enforce the sanctions in full. "
    "She said she raised the fate of detained activists as well.\n\n"
    "Secretary HILLARY CLINTON: We have had a very candid conversation about the steps "
    "ahead of us.\n\n"
    "LIM: Clinton also saw the vice foreign minister. She says that the two sides will meet "
    "again in the autumn. Officials in Washington expect slow progress, but Clinton said the "
    "administration would not lift its own measures.\n\n"
    "Louisa Lim, NPR News, Beijing.\n"
)


def test_reporters_narration_relays_the_officials_words() -> None:
    assert_statements(
        REPORT,
        PUBLISHED,
        [
            ("Hillary Clinton", "Beijing had agreed to enforce the sanctions", DAY),
            ("Hillary Clinton", "she raised the fate of detained activists", DAY),
            ("Hillary Clinton", "We have had a very candid conversation", DAY),
            ("Hillary Clinton", "the two sides will meet again in the autumn", DAY),
            ("Hillary Clinton", "the administration would not lift its own", DAY),
        ],
    )


BYLINE = (
    "Play Live Radio\n"
    "Next Up:\n"
    "0:00 0:00\n"
    "Available On Air Stations\n\n"
    "Obama Calls Off Moscow Summit\n\n"
    "It's MORNING EDITION from NPR News. I'm Steve Inskeep. The president will not travel to "
    "Moscow next month. NPR's Tamara Keith reports.\n\n"
    "TAMARA KEITH, BYLINE: White House spokesperson Marie Harf says the president made the "
    "call after a long review. Aides agreed it was the right step.\n\n"
    "MARIE HARF: There simply was not enough on the table to justify a meeting of the two "
    "leaders at this time.\n\n"
    "KEITH: She says trade talks will go on at a lower level. Harf says the envoys meet in "
    "Geneva next week.\n"
)


def test_bylined_reporter_narrates_and_she_is_the_official() -> None:
    assert_statements(
        BYLINE,
        PUBLISHED,
        [
            ("Marie Harf", "the president made the call after a long", DAY),
            ("Marie Harf", "There simply was not enough on the table", DAY),
            ("Marie Harf", "trade talks will go on at a lower level", DAY),
            ("Marie Harf", "the envoys meet in Geneva next week", DAY),
        ],
    )


INTERVIEW = (
    "Minister On The Border Talks\n\n"
    "It's MORNING EDITION from NPR News. I'm Rachel Martin.\n\n"
    "RACHEL MARTIN, HOST: Your counterpart told reporters that the talks had stalled. "
    "Do you agree with him?\n\n"
    "Foreign Minister ANDREW GRANT: No. We are making steady progress, and I expect an "
    "agreement before the winter.\n"
)


def test_hosts_question_relaying_someone_is_no_statement() -> None:
    assert_statements(
        INTERVIEW,
        PUBLISHED,
        [("Andrew Grant", "No. We are making steady progress", DAY)],
    )


REQUEST = (
    "Press Conference by the Foreign Minister\n\n"
    "Reporter: The Government of Chile sent a letter requesting the return of the statue to "
    "the museum. Please explain your view of the letter.\n\n"
    "Minister Ito: We have received the letter and are studying it carefully.\n\n"
    "Reporter: Thank you.\n"
)


def test_question_put_as_a_request_stays_no_ones() -> None:
    assert_statements(
        REQUEST,
        PUBLISHED,
        [("Ito", "We have received the letter and are studying", DAY)],
    )
