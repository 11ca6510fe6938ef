"""Transcript layouts of official pages found by a yield scan of real briefings, press
conferences and press encounters: a head of state's label in capitals with the title "of"
the country, ...

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

# An archived presidential site's transcript of a news conference: the labels in capitals,
# the first one giving the title "of" the country before the name, the later ones the name.

SHOUTED_TITLE_OF = """\
Transcript of the Annual Press Conference

February 14, 2007

Round Hall, The Kremlin, Moscow

PRESIDENT OF RUSSIA VLADIMIR PUTIN: Good afternoon, colleagues. I am glad to see so many of you \
here again this winter.

Let me say a few words about the economy before we turn to your questions. Growth held up well \
over the year and investment rose faster than we had planned.

QUESTION: Mr President, will the pipeline to China be finished on schedule?

VLADIMIR PUTIN: The first section will be ready next year, and the rest depends on the price \
talks, which are going well.
"""


def test_a_title_of_a_country_in_a_shouted_label_is_no_part_of_the_name() -> None:
    found = extract(SHOUTED_TITLE_OF, published=datetime.date(2007, 2, 14))
    assert len(found) == 2
    assert {s.speaker for s in found} == {"Vladimir Putin"}
    assert not any(s.text.startswith("Mr President") for s in found)
