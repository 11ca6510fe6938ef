"""English news copy (round 50), what is taken as a statement: a broadcaster named by its
station, or a paper by its own language's word for news, reports and does not speak; a
participle with "of" straight after a verb that needs its object ("accused of") is a
passive, no one accusing; an adverb in "-ly" before a participle is no one's name; and a
question put aloud ("wondered") is a
statement. Stories written here in the manner of wire, regional and Gulf outlets."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 4, 12)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


def _speakers(text: str) -> list[str]:
    return [speaker for speaker, _ in _said(text)]


@pytest.mark.parametrize(
    "report",
    [
        "The news station added that the two sides had met twice in Ulaanbaatar.",
        "The television station added that the envoy had been recalled.",
        "The radio station said the talks were held behind closed doors.",
        "The broadcasting station claimed the summit would take place in May.",
    ],
)
def test_a_station_reports_and_does_not_speak(report: str) -> None:
    text = (
        "SEOUL, April 12 - Foreign Ministry spokesman Lim Soo-suk said on Wednesday that "
        "Seoul had no knowledge of any secret talks.\n\n" + report + "\n"
    )
    assert _speakers(text) == ["Lim Soo-suk"]


@pytest.mark.parametrize(
    "report",
    [
        "Helsingin Sanomat revealed last week that the minister had been warned in advance.",
        "The Frankfurter Allgemeine Zeitung reported that Berlin would send more troops.",
        "Dagens Nyheter wrote on Monday that the government was divided over the bid.",
    ],
)
def test_a_paper_named_by_its_languages_word_for_news_does_not_speak(report: str) -> None:
    text = (
        "HELSINKI, April 12 - Foreign Minister Pekka Virtanen said on Wednesday that Finland "
        "would not wait for its neighbour.\n\n" + report + "\n"
    )
    assert _speakers(text) == ["Pekka Virtanen"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Brussels froze the accounts of entities accused of breaching the embargo.",
        "Ottawa listed 14 individuals and entities accused of backing the junta.",
        "The entities accused of fraud were fined.",
        "The minister, accused of leaking the report, resigned.",
    ],
)
def test_a_participle_with_of_straight_after_is_a_passive(sentence: str) -> None:
    text = (
        "WASHINGTON, April 12 - Secretary of State Mark Lindqvist said on Wednesday that the "
        "measures would stay in place.\n\n" + sentence + "\n"
    )
    assert _speakers(text) == ["Mark Lindqvist"]


def test_an_active_accusation_still_speaks() -> None:
    text = (
        "TEHRAN, April 12 - Foreign Ministry spokesman Reza Nasseri accused Washington of "
        "hypocrisy on Wednesday, saying the sanctions would change nothing.\n"
    )
    assert "Reza Nasseri" in _speakers(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Variously described as a research post and a listening station, the site has "
        "drawn protests.",
        "Repeatedly described as a lifeline, the corridor closed in March.",
        "Frequently described as a model, the programme was expanded to three more regions.",
    ],
)
def test_an_adverb_before_a_participle_names_no_one(sentence: str) -> None:
    text = (
        "BUENOS AIRES, April 12 - Foreign Minister Lucia Ferreyra said on Wednesday that "
        "inspectors had found nothing unusual.\n\n" + sentence + "\n"
    )
    assert _speakers(text) == ["Lucia Ferreyra"]


def test_a_surname_in_ly_still_speaks() -> None:
    text = (
        "DUBLIN, April 12 - Foreign Minister Niamh Connolly said on Wednesday that Ireland "
        "would back the proposal.\n\nConnolly described the plan as a fair compromise.\n"
    )
    assert _speakers(text)[:1] == ["Niamh Connolly"]
    assert len(_speakers(text)) == 2


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("She wondered, \u201cWhy would anyone sign such a deal now?\u201d", "Why would"),
        ("Al-Sada wondered, \u201cWho gains from this delay?\u201d", "Who gains"),
        ("Al-Sada wondered aloud, \u201cIs this how partners behave?\u201d", "Is this how"),
    ],
)
def test_a_question_put_aloud_is_a_statement(sentence: str, start: str) -> None:
    text = (
        "DOHA, April 12 - Foreign Ministry spokeswoman Maryam Al-Sada told reporters on "
        "Wednesday that Qatar would not respond to the accusations.\n\n" + sentence + "\n"
    )
    said = _said(text)
    assert len(said) == 2, said
    assert said[1][0] == "Maryam Al-Sada"
    assert said[1][1].startswith(start), said


def test_wondering_about_a_thing_says_nothing() -> None:
    text = (
        "DOHA, April 12 - Foreign Ministry spokeswoman Maryam Al-Sada told reporters on "
        "Wednesday that Qatar would not respond to the accusations.\n\n"
        "Many residents wondered about the future of the talks.\n"
    )
    assert _speakers(text) == ["Maryam Al-Sada"]


@pytest.mark.parametrize(
    "sentence",
    [
        "She had wondered in 2019 that the talks might collapse.",
        "Al-Sada once wondered privately that the mediators were losing patience.",
        "Officials wondered on Tuesday that nobody had called.",
    ],
)
def test_wondering_that_tells_a_thought_not_words(sentence: str) -> None:
    text = (
        "DOHA, April 12 - Foreign Ministry spokeswoman Maryam Al-Sada told reporters on "
        "Wednesday that Qatar would not respond to the accusations.\n\n" + sentence + "\n"
    )
    assert _speakers(text) == ["Maryam Al-Sada"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a paper's word for news as a person's surname, after a title or a given name
        ("Governor Ruben Diario told reporters the dam would be repaired.", "Ruben Diario"),
        ("Deputy Minister Omar Akhbar said the border would stay shut.", "Omar Akhbar"),
        ("Ana Noticias, an economist at the central bank, said rates would hold.",
         "Ana Noticias"),
        # "station" alone is a police or a railway station's, whose people speak
        ("Officers at the police station said two men had been detained.",
         "Officers at the police station"),
    ],
)  # fmt: skip
def test_a_news_word_as_a_surname_or_a_station_of_people_speaks(
    sentence: str, speaker: str
) -> None:
    text = (
        "MANILA, April 12 - Interior Secretary Ramon Cruz said on Wednesday that the "
        "province would get more funds.\n\n" + sentence + "\n"
    )
    assert _speakers(text) == ["Ramon Cruz", speaker]
