"""The words first, their speaker named in the next sentence, as Russian-outlet and Asian
wire English writes it: "This was stated by X on Monday.", "The statement was made by X.",
"Such an opinion was voiced by X.", "The chief diplomat said this ...". The sentences
before the pointer are the words of the one it names; a day after the agent's name is the
day, no part of the name; a name set off by commas in the words ("The Minister, X, will
visit ...") makes them no caption; a proof before a participle ("evidence affirming")
tells no one's words. Sentences written here, in the manner of such outlets."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2024, 3, 7)  # a Thursday


def _said(tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s["speaker"], s["text"], s["said_on"])
        for s in ingested_statements(tmp_path, text, PUBLISHED)
    ]


# "This was <verb> by X on DAY": the day closes the agent's phrase
AGENT_THEN_DAY = [
    (
        "Moscow will not take part in talks on these terms. This was announced by Deputy "
        "Foreign Minister Andrei Rudenko on Tuesday.\n",
        "Andrei Rudenko",
        "2024-03-05",
    ),
    (
        "Minsk is ready for a dialogue with its neighbours. This was emphasized by President "
        "of Belarus Viktor Sholom on March 6 at a meeting with ambassadors.\n",
        "Viktor Sholom",
        "2024-03-06",
    ),
    (
        "The grain corridor must be restored without delay. This was stated by Foreign "
        "Minister Darius Kvedaras on March 4 in Vilnius.\n",
        "Darius Kvedaras",
        "2024-03-04",
    ),
    (
        "Yerevan expects the border talks to resume in April. That was stated by Deputy "
        "Foreign Minister Armen Tadevosyan Wednesday.\n",
        "Armen Tadevosyan",
        "2024-03-06",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "day"), AGENT_THEN_DAY)
def test_day_after_the_agent_closes_the_name(tmp_path, text, speaker, day):
    said = _said(tmp_path, text)
    assert len(said) == 1
    assert said[0][0] == speaker and said[0][2] == day
    assert said[0][1].split()[0] in ("Moscow", "Minsk", "The", "Yerevan")


# "<determiner> <words-noun> was <verb> by X": the passive of words given
NOUN_MADE_BY = [
    (
        "Russia will respond to any deployment of missiles in Europe. The statement was made "
        "by Deputy Foreign Minister Andrei Rudenko.\n",
        "Andrei Rudenko",
    ),
    (
        "The sanctions will only hurt the European economies. Such an opinion was expressed "
        "by Kremlin spokesman Pavel Orlov in an interview with a news agency.\n",
        "Pavel Orlov",
    ),
    (
        "Hanoi has full historical grounds for its claims to the islands. This view was voiced "
        "by Foreign Ministry spokesperson Nguyen Thu Lan at a regular press briefing.\n",
        "Nguyen Thu Lan",
    ),
    (
        "The talks on the new treaty will begin in Geneva. This announcement was made by "
        "Foreign Minister Tomas Berger of Switzerland.\n",
        "Tomas Berger",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NOUN_MADE_BY)
def test_words_made_by_the_agent(tmp_path, text, speaker):
    said = _said(tmp_path, text)
    assert [s for s, _, _ in said] == [speaker]
    assert said[0][1].startswith(text.split(".")[0][:20])


def test_a_similar_statement_is_not_the_words_before(tmp_path):
    # near miss: "A similar opinion was voiced by X": X said something like them, the words
    # before are no one's named here
    text = (
        "The sanctions will only hurt the European economies. A similar opinion was voiced by "
        "Kremlin spokesman Pavel Orlov.\n"
    )
    assert _said(tmp_path, text) == []


def test_a_name_set_off_in_the_words_is_no_caption(tmp_path):
    text = (
        "Italy's Minister of Foreign Affairs, Paolo Ferrante, will visit Kyiv next week.\n\n"
        "The minister said this in an interview with a radio station on "
        "Wednesday, a correspondent reports.\n"
    )
    said = _said(tmp_path, text)
    assert [(s, d) for s, _, d in said] == [("Paolo Ferrante", "2024-03-06")]
    assert "will visit Kyiv" in said[0][1]


def test_a_caption_is_still_no_words(tmp_path):
    # near miss: a caption line with only a name and a post tells nothing back
    text = (
        "Foreign Ministry spokesperson Nguyen Thu Lan\n\n"
        "She said this at a regular press briefing on Wednesday.\n"
    )
    assert _said(tmp_path, text) == []


@pytest.mark.parametrize(
    "lead",
    [
        "Vietnam has historical evidence affirming its sovereignty over the two archipelagos.",
        "Manila holds documents and facts confirming that the shoal lies in its waters.",
        "Beijing has solid grounds stating that the reef has always belonged to China.",
    ],
)
def test_a_proof_before_a_participle_tells_no_words(tmp_path, lead):
    text = f"{lead} The statement was made by spokesperson Pham Quoc Viet at a briefing.\n"
    said = _said(tmp_path, text)
    assert [s for s, _, _ in said] == ["Pham Quoc Viet"]
    assert said[0][1].startswith(lead.split()[0])


@pytest.mark.parametrize(
    "pointer",
    [
        "Spokesperson of the Foreign Ministry Lilit Harutyunyan told the aforesaid to a news site.",
        "Foreign Ministry spokesperson Lilit Harutyunyan said the above to journalists.",
        "Lilit Harutyunyan, the ministry's spokesperson, told this to a news site.",
    ],
)
def test_first_person_words_without_marks_then_their_speaker(tmp_path, pointer):
    # "We have many times denied ...": the verb of saying is the speaker's own, inside words
    # given without quotation marks; the pointer in the next paragraph names whose they are
    text = (
        "YEREVAN. - We have many times denied these rumours. Now the same story is being "
        f"spread again with new invented details that are not true.\n\n{pointer}\n"
    )
    said = _said(tmp_path, text)
    assert [s for s, _, _ in said] == ["Lilit Harutyunyan"]
    assert said[0][1].startswith("We have many times denied")


def test_another_s_verb_of_saying_still_tells_no_words_back(tmp_path):
    # near miss: "The ministry has denied ...": a report of a body's words, no pointer's
    text = (
        "The ministry has denied these rumours many times in the past.\n\n"
        "Spokesperson Lilit Harutyunyan told the aforesaid to a news site.\n"
    )
    assert [t for _, t, _ in _said(tmp_path, text)] != [
        "The ministry has denied these rumours many times in the past"
    ]
