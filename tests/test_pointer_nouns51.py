"""The passive pointer back at words ("The statement was made by X.", "Such an opinion was
voiced by X."): its noun is one of words given (a statement, a remark, an opinion, a
position), never an event's notice or a finding (a weather warning, an observatory's
observation, a poll's forecast, an inquiry's conclusion), whose issuer spoke none of the
sentences before; "announcement" points back only after "This" or "Such" ("The
announcement was made by the club" tells who announced a deed). "The statement was made by
X" after background sentences, X given a statement earlier in the article, is that
statement's, not the background's. Sentences written here, in the manner of wire, weather
desk and Russian-outlet English copy."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2024, 3, 7)  # a Thursday


def _said(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    page = f"Headline of the story\n\n{text}"  # the first paragraph a headline, no body
    return [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, page, PUBLISHED)]


# an event's notice or a finding, its issuer no speaker of the sentences before
NOT_WORDS = [
    "Freezing rain glazed the motorways of the north-east overnight, and several flights were "
    "cancelled. The warning was issued by the national weather service on Wednesday.\n",
    "Two tornadoes touched down near the border town late on Tuesday. This warning was issued "
    "by the Environment Agency an hour earlier.\n",
    "A small asteroid passed between the Earth and the Moon on Monday. The observation was "
    "made by the Royal Observatory Greenwich on Friday.\n",
    "Inflation fell to 3 per cent in January, the lowest level in two years. The forecast was "
    "made by the Bank of England in November.\n",
    "The fire at the depot was started by a faulty cable. The conclusion was made by the "
    "state fire inspectorate after a two-week inquiry.\n",
    "The club has signed the Brazilian winger on a four-year contract. The announcement was "
    "made by Aston Villa on its website on Tuesday.\n",
]


@pytest.mark.parametrize("text", NOT_WORDS)
def test_an_events_notice_or_a_finding_points_back_at_no_words(tmp_path, text):
    assert _said(tmp_path, text) == []


# nouns of words keep pointing back ("This announcement", "Such an announcement", "the
# position", "the remark")
WORDS = [
    (
        "Kyiv will not accept any freeze of the front line. This announcement was made by "
        "presidential adviser Oleh Marchuk on Tuesday.\n",
        "Oleh Marchuk",
    ),
    (
        "The embassy will stay open for the whole of the crisis. Such an announcement was made "
        "by Ambassador Greta Lindqvist at a briefing in Stockholm.\n",
        "Greta Lindqvist",
    ),
    (
        "Sanctions against the bank must stay in place until the debt is repaid. The position "
        "was expressed by Finance Minister Karel Dvorak in parliament.\n",
        "Karel Dvorak",
    ),
    (
        "Nobody in the region wants a new arms race. The remark was made by Deputy Foreign "
        "Minister Ilya Gromov in an interview with a news agency.\n",
        "Ilya Gromov",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), WORDS)
def test_nouns_of_words_still_point_back(tmp_path, text, speaker):
    said = _said(tmp_path, text)
    assert [s for s, _ in said] == [speaker]
    assert said[0][1].startswith(text.split()[0])


# "The statement was made by X" after background, X given a statement already: the one
# the article gave him, not the background
ALREADY_SPOKEN = [
    "Foreign Minister Pavel Orlov said on Monday that Moscow was ready to resume talks.\n\n"
    "The two sides last met in Geneva in 2021. Trade between them has halved since. The "
    "statement was made by Orlov at a news conference in Moscow.\n",
    "\u201cWe see no reason to extend the deal,\u201d Energy Minister Sofia Almeida told "
    "reporters in Lisbon.\n\nThe agreement expires in May. It covers about a third of the "
    "country's gas imports. The statement was delivered by Almeida after a cabinet meeting.\n",
    "The Foreign Ministry warned on Tuesday that the envoy could be expelled.\n\nThe envoy "
    "arrived in the capital in 2019. His predecessor served for six years. The statement was "
    "issued by the Foreign Ministry late in the evening.\n",
]


@pytest.mark.parametrize("text", ALREADY_SPOKEN)
def test_the_statement_already_given_is_not_the_background(tmp_path, text):
    said = _said(tmp_path, text)
    assert len(said) == 1, said
    background = text.split("\n\n")[1].split(".")[0]
    assert all(background not in t for _, t in said)


def test_this_statement_still_points_back_though_the_speaker_spoke_before(tmp_path):
    # near miss: "This statement" points at the sentences just before, whoever spoke earlier
    text = (
        "Foreign Minister Pavel Orlov said on Monday that Moscow was ready to resume talks.\n\n"
        "Moscow will not accept new conditions from Washington. Any talks must start without "
        "them. This statement was made by Orlov at a news conference later that day.\n"
    )
    said = _said(tmp_path, text)
    assert [s for s, _ in said] == ["Pavel Orlov", "Pavel Orlov"]
    assert said[1][1].startswith("Moscow will not accept")
