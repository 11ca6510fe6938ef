"""An interviewer's question opening with an auxiliary ("Will Modi visit Kyiv?", "Can Ankara
broker a deal?", "Does Macron want ...?") asks about the person; the auxiliary is no given
name, so the person named in the story is not recorded as "Will Modi". Text written here, in
the manner of a broadcaster's interview page."""

import datetime

import pytest

from tracker.extract import extract


@pytest.mark.parametrize(
    "question",
    ["Will Modi travel to Kyiv this year?", "Does Modi plan a trip to Kyiv?", "Would Modi go?"],
)
def test_an_auxiliary_opening_a_question_is_no_given_name(question: str) -> None:
    text = (
        "'We talk to both sides': an interview with India's envoy\n\n"
        "Last week Prime Minister Modi said in Vienna that this was not an era of war.\n\n"
        f"{question}\n\n"
        "Ambassador Harsh Shringla: Nothing is ruled out. We will decide when the time is right.\n"
    )
    found = extract(text, published=datetime.date(2024, 7, 12))
    speakers = [s.speaker for s in found]
    assert not any(name and name.split()[0] in ("Will", "Does", "Would") for name in speakers)
    assert any(name and name.endswith("Modi") for name in speakers)


def test_a_given_name_will_in_a_statement_stays() -> None:
    # near miss: a man named Will, in a sentence that asks nothing
    text = "Talks resume\n\nCongressman Will Hurd said the talks should resume in March.\n"
    found = extract(text, published=datetime.date(2019, 2, 1))
    assert [s.speaker for s in found] == ["Will Hurd"]
