"""France's foreign ministry page: the spokesperson's statement, then an extract of the briefing.

diplomatie.gouv.fr sets its site's name ("France Diplomacy - Ministry for Europe and Foreign
Affairs") over a title of topic, kind and day ("Mali - Attack in Bamako - Statement by the
Spokesperson (17 Sept. 2024)"), the statement's paragraphs in the ministry's voice, and then
"Extract from the press briefing - Q&A" with its "Q -" and "A -" turns. The ministry, which
the unnamed spokesperson speaks for, says all of it: the statement was lost, and the answers
went to a person the statement named.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract.transcript_labels import Line
from tracker.extract.transcript_paragraphs import is_heading

MINISTRY = "Ministry for Europe and Foreign Affairs"
DAY = datetime.date(2024, 9, 17)
HEAD = (
    "France Diplomacy - Ministry for Europe and Foreign Affairs\n\n"
    "Mali - Attack in Bamako - Statement by the Spokesperson (17 Sept. 2024)\n\n"
    "France condemns the terrorist attack carried out this morning against a gendarmerie "
    "school and the airport in Bamako.\n\n"
    "France expresses its condolences to the families of the victims. The Minister, "
    "Jean-Noel Barrot, will travel to the region in the coming weeks.\n"
)


def test_the_statement_page_alone_is_the_ministry_s() -> None:
    assert_statements(
        HEAD,
        DAY,
        [(MINISTRY, "France condemns the terrorist attack", "2024-09-17")],
    )


def test_the_answers_of_the_briefing_below_are_the_ministry_s_too() -> None:
    text = HEAD + (
        "\nExtract from the press briefing - Q&A (17 Sept. 2024)\n\n"
        "Q - Are French nationals among the victims?\n\n"
        "A - To our knowledge, no French national was hurt. Our embassy in Bamako remains "
        "in contact with the community and is following the situation hour by hour.\n"
    )
    assert_statements(
        text,
        DAY,
        [
            (MINISTRY, "France condemns the terrorist attack", "2024-09-17"),
            (MINISTRY, "To our knowledge, no French national", "2024-09-17"),
        ],
    )


def test_the_extract_line_is_a_heading() -> None:
    line = "Extract from the press briefing - Q&A (17 Sept. 2024)"
    assert is_heading(Line(0, len(line), line))
