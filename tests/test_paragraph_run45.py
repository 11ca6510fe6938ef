"""A paragraph of a speaker already named, whose last sentence closes on his attribution
("..., Zhao said at a routine press conference.", "..., he said."), reports him from its first
sentence: the sentences before it have no verb of saying of their own, and the statement runs
from the paragraph's start (Global Times and China Daily copy print a spokesman's remarks so).
Not when a sentence before it tells of the one who spoke ("He arrived ..."), is told in the
narrative past ("The talks were held ..."), or when the speaker is first named there. Stories
written here in the manner of those outlets."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2021, 6, 23)

HEAD = (
    "China urges Canberra to rethink ties\n\n"
    "To mend China-Australia ties, Canberra must take the first step, Chinese Foreign Ministry "
    "spokesperson Zhao Lijian said on Wednesday.\n\n"
)
SURNAME = HEAD + (
    "Since 2017, bilateral relations have run into serious trouble. The root cause is that "
    "Canberra has interfered in China's internal affairs and restricted normal exchanges, "
    "Zhao said at a routine press conference.\n"
)
PRONOUN = HEAD + (
    "Australia has kept blocking Chinese investment on security grounds without any evidence. "
    "This practice harms the interests of businesses on both sides, he said.\n"
)
# near misses: the reporter's scene before the words, and a speaker first named here
NARRATIVE = HEAD + (
    "The trade talks were held in Canberra in March without any result. The next round "
    "should start soon, Zhao said.\n"
)
ABOUT_HIM = HEAD + (
    "He spoke at length about trade barriers and investment reviews in Australia. The next "
    "round should start soon, Zhao said.\n"
)
FIRST_NAMED = (
    "China urges Canberra to rethink ties\n\n"
    "Australian barley exports to China have fallen sharply over the past three years. The "
    "next round of talks should start soon, Chinese Commerce Ministry spokesperson Shu "
    "Jueting said on Thursday.\n"
)


def _texts(page: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(page, published=PUBLISHED)]


def test_paragraph_closed_by_surname_runs_from_its_start() -> None:
    got = _texts(SURNAME)
    assert len(got) == 2, got
    assert got[1][0] == "Zhao Lijian", got
    assert got[1][1].startswith("Since 2017, bilateral relations"), got
    assert got[1][1].endswith("restricted normal exchanges"), got


def test_paragraph_closed_by_pronoun_runs_from_its_start() -> None:
    got = _texts(PRONOUN)
    assert len(got) == 2, got
    assert got[1][0] == "Zhao Lijian", got
    assert got[1][1].startswith("Australia has kept blocking"), got


def test_narrative_before_the_words_is_not_taken_in() -> None:
    for page in (NARRATIVE, ABOUT_HIM):
        got = _texts(page)
        assert got[-1] == ("Zhao Lijian", "The next round should start soon"), got


def test_speaker_first_named_in_the_paragraph_keeps_his_sentence() -> None:
    got = _texts(FIRST_NAMED)
    assert len(got) == 1, got
    assert got[0][1].startswith("The next round of talks should start soon"), got
