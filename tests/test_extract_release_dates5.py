"""Dating statements in press releases, statements pages and wire copy: "on or before the
publication day" (``../DATE``) for words the text says came earlier ("earlier",
"previously", "has said", "lately"), and the day itself where the text fixes it (issue 8,
fifth round). Each test is in new words written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

WEDNESDAY = datetime.date(2024, 6, 12)


def run(text: str, published: datetime.date | None = WEDNESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def by_start(found: list[ProposedStatement], words: str) -> ProposedStatement:
    return next(s for s in found if s.text.startswith(words))


def test_earlier_words_between_a_lead_and_its_dated_retelling_keep_their_own_time() -> None:
    # a release's lead in the perfect is told again with "today" below; the minister's words
    # in between that the text itself places earlier ("in a note issued earlier", "has long
    # argued", "recently") are not of today's occasion
    text = (
        "News release\n\n"
        "Trade Minister Anna Brightwell has urged partners to reopen the grain corridor.\n\n"
        'In a note issued earlier, the minister said: "Every week of delay costs lives."\n\n'
        "Brightwell has long argued that food must never be used as a weapon.\n\n"
        "Recently, the minister told the committee that the insurance costs were the main "
        "obstacle.\n\n"
        'Today the minister said: "The corridor must reopen before the harvest."'
    )
    found = run(text)
    assert by_start(found, "Every week of delay").said_on == "../2024-06-12"
    assert by_start(found, "food must never").said_on == "../2024-06-12"
    assert by_start(found, "the insurance costs").said_on == "../2024-06-12"
    assert by_start(found, "The corridor must reopen").said_on == "2024-06-12"


def test_today_opening_the_sentence_is_no_part_of_the_speaker() -> None:
    # "Today the Fisheries Minister said": the time word before the subject, no name
    text = (
        "Statement\n\n"
        "Fisheries Minister Tomas Arrigan has welcomed the quota agreement.\n\n"
        'Today the Fisheries Minister said: "Our fleets finally have certainty."\n\n'
        'This morning the Fisheries Minister told reporters: "The deal protects stocks."'
    )
    found = run(text)
    first = by_start(found, "Our fleets finally")
    assert first.speaker == "Tomas Arrigan"
    assert first.said_on == "2024-06-12"
    assert by_start(found, "The deal protects").said_on == "2024-06-12"


def test_lately_and_in_recent_weeks_place_words_before_the_publication_day() -> None:
    text = (
        "GENEVA, June 12 - The Swiss mediator, Ambassador Lea Marchetti, said on Wednesday "
        "that both delegations had accepted the agenda.\n\n"
        "Lately, Marchetti has told diplomats that a prisoner exchange could come first.\n\n"
        "In recent weeks, the envoy warned donors that the relief budget was nearly spent."
    )
    found = run(text)
    assert by_start(found, "both delegations").said_on == "2024-06-12"
    assert by_start(found, "a prisoner exchange").said_on == "../2024-06-12"
    assert by_start(found, "the relief budget").said_on == "../2024-06-12"


def test_a_lead_in_the_perfect_with_its_own_day_was_said_that_day() -> None:
    # "has urged ..., in a statement on Wednesday": the perfect sums up the news, the day
    # in the attribution fixes when
    text = (
        "OSLO, June 12 (Reuters) - Norway's foreign minister has called on both sides to let aid "
        "convoys through, in a statement on Wednesday.\n\n"
        "Espen Barth Eide has also said the ministry would double its funding."
    )
    found = run(text)
    assert by_start(found, "called on both sides").said_on == "2024-06-12"


def test_a_previous_statement_was_given_on_or_before_the_publication_day() -> None:
    text = (
        "News release\n\n"
        "In a previous statement, Trade Minister Anna Brightwell said the quotas would be "
        "reviewed.\n\n"
        "In a prior interview, Brightwell told the broadcaster that exporters needed time."
    )
    found = run(text)
    assert by_start(found, "the quotas would be").said_on == "../2024-06-12"
    assert by_start(found, "exporters needed time").said_on == "../2024-06-12"


def test_a_described_speaker_placed_at_a_day_in_the_narrative_speaks_that_day() -> None:
    # "Speaking to reporters on Tuesday, the Russian diplomat turned to ...": the story puts
    # the minister, described, at Tuesday's occasion; the lead in the perfect and the quote
    # after it are from there
    text = (
        "Moscow open to talks with any Western leader ready for dialogue - Lavrov\n\n"
        "Russia will talk to anyone in Europe who is willing to listen, Foreign Minister "
        "Sergey Lavrov has said.\n\n"
        "Lavrov is in Geneva for the disarmament conference. Speaking to reporters on "
        "Tuesday, the Russian diplomat turned to the debate in the European Parliament.\n\n"
        '"We do not slam doors, it is others who do that," he said.'
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-06-11", "2024-06-11"]
