"""Near misses of round 51's rules on whose words a post carries and what day an act gives
(review rv51a), on pages written here in the manner of local news, courts, sport and
parliament reports.

* A post's words go to the one next named by honorific and surname only on a body's own page
  (a briefing, a read-out, a statement), never in a news story, and never to one set off with
  a clause of their own, nor to one of the other gender than the "she" the post went on with.
* A day inside the noun phrase of an act is the act's only where the speaker judges the act
  ("condemned the killing on ... of"), not where the speaker hosts or addresses it, nor where
  the words were said at it ("At the opening on Monday of ...").
* A fronted clause that ends on a post before a name running into an irregular verb ("...
  with the prime minister, X said") sets off no post of X's.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2024, 3, 5)  # a Tuesday


def _said(tmp_path: Path, text: str) -> list[tuple[str | None, str, str]]:
    return [
        (s["speaker"], s["said_on"], s["text"])
        for s in ingested_statements(tmp_path, text, PUBLISHED)
    ]


def _of(said: list[tuple[str | None, str, str]], words: str) -> tuple[str | None, str]:
    found = [(who, day) for who, day, text in said if words in text]
    assert found, (words, said)
    return found[0]


NEWS_NEWCOMER = [
    # a newcomer set off with a relative clause (news)
    (
        "Library to cut opening hours\n\n"
        "The culture secretary announced on Monday that branch libraries would shut on "
        "Wednesdays. She said councils could no longer meet the cost.\n\n"
        "Dr. Okafor, who has run the reading scheme since 2015, said: \u201cChildren will "
        "pay the price.\u201d",
        "councils could no longer meet the cost",
        "Okafor",
    ),
    # a newcomer set off with an appositive (news)
    (
        "Bridge repairs delayed\n\n"
        "The transport minister said the repairs would take another year. He blamed a "
        "shortage of steel.\n\n"
        "Mr. Lindgren, a ferry operator on the north bank, said trade had halved.",
        "a shortage of steel",
        "Lindgren",
    ),
    # one of the other gender than the "she" the post went on with (a news page)
    (
        "Hospital ward to close\n\n"
        "The health secretary told MPs on Monday that the ward would close in June. She "
        "said the move would keep patients safe.\n\n"
        "\u201cNobody asked the nurses,\u201d Mr. Quinlan said.",
        "the move would keep patients safe",
        "Quinlan",
    ),
    # a court report: the judge is no one the defendant named next is
    (
        "Fraud trial\n\n"
        "The judge told the jury the paperwork left little doubt. He said the trial had "
        "taken four years to reach court.\n\n"
        "\u201cI never signed those forms,\u201d Mr Devereux told the court.",
        "the trial had taken four years",
        "Devereux",
    ),
    # a sports page: the chairman and the coach named after him by a relative clause
    (
        "Club parts ways with coach\n\n"
        "The chairman said the board had acted after a run of defeats. He said talks with "
        "candidates had begun.\n\n"
        "Mr Ferreira, who took over in 2022, said he was hurt by the decision.",
        "talks with candidates had begun",
        "Ferreira",
    ),
]


@pytest.mark.parametrize("text, words, other", NEWS_NEWCOMER)
def test_post_words_stay_the_posts_in_a_news_story(
    tmp_path: Path, text: str, words: str, other: str
) -> None:
    who, _ = _of(_said(tmp_path, text), words)
    assert who is not None and other not in who


def test_she_told_apart_from_a_mr_on_a_briefing_page(tmp_path: Path) -> None:
    # on a body's own page too, a "she" the post went on with is no "Mr."
    text = (
        "Daily Press Briefing by the Office of the Spokesperson\n\n"
        "This morning, the Deputy Secretary-General opened the forum on rural schools. She "
        "said that one child in five still walks an hour to class.\n\n"
        "\u201cWe will not wait,\u201d Mr. Abara added.\n"
    )
    who, _ = _of(_said(tmp_path, text), "one child in five")
    assert "Abara" not in (who or "")


def test_appositive_newcomer_on_a_briefing_page(tmp_path: Path) -> None:
    text = (
        "Noon Briefing Highlights\n\n"
        "The High Commissioner visited the camps in the north. He said that the rations "
        "had been cut by half.\n\n"
        "Mr. Moreau, a farmer from the valley, said the harvest had failed.\n"
    )
    who, _ = _of(_said(tmp_path, text), "the rations had been cut")
    assert "Moreau" not in (who or "")


DAY_OF_THE_OCCASION = [
    # the act hosted: the speaker's day
    (
        "Anniversary\n\n"
        "The prime minister hosted the reception on Friday of the alliance's founding. She "
        "told guests the alliance had never been stronger.",
        "the alliance had never been stronger",
        "2024-03-01",
    ),
    # the act addressed: the words said at it
    (
        "Assembly opens\n\n"
        "The president addressed the opening on Monday of the new assembly, saying reform "
        "could not wait.",
        "reform could not wait",
        "2024-03-04",
    ),
    # the act told: the words said at it
    (
        "Congress\n\n"
        "The party leader told the gathering on Monday of the youth wing that elections "
        "would be won on housing.",
        "elections would be won on housing",
        "2024-03-04",
    ),
    # the act the words were said at, set before the subject with a capital "At"
    (
        "Session begins\n\n"
        "At the opening on Monday of the autumn session, the speaker spoke of a busy year. "
        "He said the house must sit longer.",
        "the house must sit longer",
        "2024-03-04",
    ),
]


@pytest.mark.parametrize("text, words, day", DAY_OF_THE_OCCASION)
def test_an_act_not_judged_keeps_the_speakers_day(
    tmp_path: Path, text: str, words: str, day: str
) -> None:
    assert _of(_said(tmp_path, text), words)[1] == day


def test_an_act_judged_still_gives_the_act_its_day(tmp_path: Path) -> None:
    text = (
        "Attack on convoy\n\n"
        "The foreign ministry denounced the shelling on Sunday night of a food convoy near "
        "the border. It called for an inquiry."
    )
    assert _of(_said(tmp_path, text), "denounced the shelling")[1] != "2024-03-03"


FRONTED_POST_IRREGULAR_VERB = [
    (
        "Summit\n\n"
        "Chancellor Petra Haas hosted the talks on Thursday. After a lunch with the "
        "chancellor, Marek Nowak said the two countries were close.\n\n"
        "The chancellor said the talks had been frank.",
        "Marek Nowak",
        "Petra Haas",
    ),
    (
        "Trade\n\n"
        "President Lucia Ortiz received the delegation in the capital. In a letter to the "
        "president, Tomas Weber wrote that the tariffs would go.\n\n"
        "The president said the letter was welcome.",
        "Tomas Weber",
        "Lucia Ortiz",
    ),
]


@pytest.mark.parametrize("text, other, holder", FRONTED_POST_IRREGULAR_VERB)
def test_post_before_a_name_running_into_an_irregular_verb_is_not_the_names(
    tmp_path: Path, text: str, other: str, holder: str
) -> None:
    said = _said(tmp_path, text)
    assert not any(other in (w or "") and "talks had been frank" in t for w, _, t in said)
    assert not any(other in (w or "") and "letter was welcome" in t for w, _, t in said)
