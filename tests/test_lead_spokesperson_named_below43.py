"""The lead's unnamed spokesperson, named paragraphs below: "A Chinese Foreign Ministry
spokesman has slammed ..." opens a wire story, a paragraph of background follows, and only
then '"...," spokesman Hong Lei said Friday'. The lead's words were given to the ministry
(and dated "on or before" by the perfect); they are the spokesman's, said on the day the body
gives. A spokesperson named next within a sentence or two was already taken; one named three
or four paragraphs below was not.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

DAY = datetime.date(2013, 2, 1)  # a Friday

STORY = (
    "China rejects remarks on maritime dispute\n\n"
    "BEIJING, Feb. 1 (Xinhua) -- A Chinese Foreign Ministry spokesman has criticized "
    '"groundless" remarks by a former Japanese defense official on the East China Sea, '
    "urging Tokyo to face up to history.\n\n"
    "In an interview with a Japanese newspaper earlier this week, the former official "
    "recalled a visit to Beijing in 2011, during which he met scholars and retired "
    "diplomats from both countries and toured several research institutes in the capital.\n\n"
    "Several other newspapers in Tokyo and Osaka also carried the interview on their front "
    "pages.\n\n"
    '"These remarks are groundless and irresponsible," spokesman Hong Lei said Friday.\n\n'
    "The spokesman said that China's position on the issue is clear and consistent.\n"
)


def test_lead_spokesman_is_the_one_named_below() -> None:
    assert_statements(
        STORY,
        DAY,
        [
            ("Hong Lei", 'criticized "groundless" remarks', "2013-02-01"),
            ("Hong Lei", "These remarks are groundless", "2013-02-01"),
            ("Hong Lei", "China's position on the issue", "2013-02-01"),
        ],
    )


def test_spokesman_of_another_body_below_is_not_the_one() -> None:
    # near miss: the spokesperson named below speaks for another body; the lead's stays
    # the ministry's
    text = STORY.replace(
        "spokesman Hong Lei said Friday",
        "Japanese Defense Ministry spokesman Taro Kono said Friday",
    ).replace("The spokesman said that China's", "The Japanese spokesman said that China's")
    got = [s.speaker for s in extract(text, published=DAY)]
    assert got[0] == "Chinese Foreign Ministry", got
