"""Briefing pages as other sites republish them: indented paragraphs, labels without
punctuation, headers that say who held the briefing in a sentence.

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

# A mirror of a ministry's page that indents some paragraphs, labels included


INDENTED = """\
Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024

Xinhua News Agency: The foreign ministers of China and Cambodia met yesterday. Could you \
tell us more about the meeting?

  Mao Ning: The two ministers had an in-depth exchange of views on ties between the two \
countries and on regional affairs.

Reuters: Does China plan to send an envoy to the talks in Geneva next week?

  Mao Ning: I have no information to offer on that at the moment. China will keep playing a \
constructive role in the search for a political settlement.
"""


def test_an_indented_label_still_opens_a_turn() -> None:
    found = extract(INDENTED, published=datetime.date(2024, 3, 4))
    assert [(s.speaker, s.said_on, s.kind) for s in found] == [
        ("Mao Ning", "2024-03-04", "direct"),
        ("Mao Ning", "2024-03-04", "direct"),
    ]
    assert found[0].text.startswith("The two ministers had")
    assert found[1].text.startswith("I have no information")
