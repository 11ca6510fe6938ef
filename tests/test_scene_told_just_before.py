"""The gathering the sentence before tells of is the scene of the words told right after.

"The two leaders' joint appearance at the base on Friday produced no agreement. Putin,
speaking first at a brief news conference, said ..." was dated by the lead's Saturday (the
last sentence naming Putin with a day): the sentence just before, in the words' paragraph,
opens on the gathering and gives its day, though it names the speaker only among "the two
leaders". Articles written here, in the manner of Politico.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

SUNDAY = datetime.date(2024, 9, 29)
LEAD = (
    "Erdogan backs Baku after Ankara talks\n\n"
    "Turkish President Recep Tayyip Erdogan on Sunday threw his weight behind a peace deal, "
    "saying after his talks with Ilham Aliyev that a treaty could be signed within months.\n\n"
)


@pytest.mark.parametrize(
    "scene",
    [
        "The two presidents' joint appearance in Ankara on Saturday ended without a signed text.",
        "Their meeting at the presidential complex on Saturday lasted three hours.",
        "The talks in Ankara on Saturday produced a joint declaration but no treaty.",
    ],
)
def test_the_scene_before_the_words(scene: str) -> None:
    text = (
        LEAD
        + scene
        + ' Aliyev, speaking after his host, said the region was "closer to peace than ever."\n'
    )
    assert_statements(
        text,
        SUNDAY,
        [
            ("Recep Tayyip Erdogan", "a treaty could be signed", "2024-09-29"),
            ("Ilham Aliyev", "the region was", "2024-09-28"),
        ],
    )


def test_a_scene_in_another_paragraph_does_not_date_the_words() -> None:
    # (passes on the starting code too: the lead's day, the speaker named there, stands)
    text = (
        LEAD
        + "The talks in Ankara on Saturday produced a joint declaration.\n\n"
        + 'Aliyev said the region was "closer to peace than ever."\n'
    )
    assert_statements(
        text,
        SUNDAY,
        [
            ("Recep Tayyip Erdogan", "a treaty could be signed", "2024-09-29"),
            ("Ilham Aliyev", "the region was", "2024-09-29"),
        ],
    )
