"""Two kinds of briefing page. A briefing whose title makes it one named briefer's own
("Spokesperson X's Regular Press Conference on ...") and whose only labels are the
reporters' questions: the paragraph under each question is the titled briefer's answer,
as it is a body's under a title naming the body. And an embassy's page filed under its
spokesperson's remarks that tells, in the third person and with no "we", what a named
person (the ambassador) said: a report of his words, not the spokesperson's own voice.
Pages written here, in the manner of foreign ministries' and embassies' sites."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2023, 3, 8)


def _said(tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s["speaker"], s["text"], s["said_on"])
        for s in ingested_statements(tmp_path, text, PUBLISHED)
    ]


TITLED_BRIEFINGS = [
    (
        "Spokesperson Mao Ning's Regular Press Conference on March 7, 2023\n\n"
        "Question: Several countries have announced new export controls on chips. How does "
        "China view this?\n\n"
        "China firmly opposes the abuse of export control measures. Such moves run against "
        "the principles of the market economy.\n\n"
        "Question: Is there any update on the visit of the French President?\n\n"
        "We welcome President Macron to visit China and will release information in due "
        "course.\n",
        "Mao Ning",
        "2023-03-07",
    ),
    (
        "Deputy Spokesperson Tran Van Minh's Weekly Press Briefing, 6 March 2023\n\n"
        "Q. What is the ministry's response to reports of a foreign vessel in the exclusive "
        "economic zone?\n\n"
        "Viet Nam's consistent position is that all activities in its waters must respect "
        "its sovereign rights under the 1982 UN Convention on the Law of the Sea.\n\n"
        "Q. How many citizens have been brought home from the conflict zone?\n\n"
        "So far more than six hundred citizens have returned safely, and the embassy "
        "continues to assist those who remain.\n",
        "Tran Van Minh",
        "2023-03-06",
    ),
    (
        "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on March 7, "
        "2023\n\n"
        "Q: The summit will open this week. Reports say the leaders will discuss China. "
        "What is your comment?\n\n"
        "The days when global decisions were dictated by a small group of countries are "
        "long gone. Countries, big or small, are equals.\n\n"
        "Q: According to reports, new trials of 5G will exclude Chinese companies. What is "
        "your response?\n\n"
        "We hope the relevant country will provide an open, fair and non-discriminatory "
        "business environment for Chinese companies.\n",
        "Zhao Lijian",
        "2023-03-07",
    ),
]


def test_a_named_briefers_own_briefing_answers_its_bare_questions(tmp_path: Path) -> None:
    for text, briefer, day in TITLED_BRIEFINGS:
        got = _said(tmp_path, text)
        assert len(got) == 2, got
        assert all(who == briefer and on == day for who, _, on in got), got
        assert not any(words.endswith("?") for _, words, _ in got), got


def test_a_joint_conference_leaves_bare_answers_unattributed(tmp_path: Path) -> None:
    # near miss: a title naming two ministers makes no one the briefer of the unlabelled
    # answers; either may have given them
    text = (
        "Joint Press Conference by Foreign Minister Anna Berg and Foreign Minister Pedro "
        "Alves\n\n"
        "Q: Will the two countries sign a new energy agreement this year?\n\n"
        "We are working on it and expect to conclude the negotiations by the autumn.\n\n"
        "Q: What about the visa regime?\n\n"
        "Both sides agreed to simplify procedures for students and researchers.\n"
    )
    assert _said(tmp_path, text) == []


REPORTED_PAGES = [
    (
        "Embassy Spokesperson's Remarks on the Ambassador's Interview with the Daily News\n\n"
        "2023-03-06\n\n"
        "Recently, Ambassador Chen Xiaodong gave an interview to the Daily News. The "
        "Ambassador pointed out that the so-called democracy versus authoritarianism "
        "narrative is a false proposition. He emphasized that every country has the right "
        "to choose its own development path.\n",
        "Chen Xiaodong",
        "the so-called democracy",
    ),
    (
        "Embassy Spokesperson's Comments on the Ambassador's Meeting with Business Leaders\n\n"
        "2023-03-06\n\n"
        "Not long ago, Ambassador Wu Ken met business leaders in Frankfurt. Ambassador Wu "
        "noted that German firms remained welcome in China, and stressed that the market "
        "would keep opening wider.\n",
        "Wu Ken",
        "German firms remained",
    ),
    (
        "Embassy Spokesperson's Statement on the Ambassador's Television Interview\n\n"
        "2023-03-06\n\n"
        "Recently, Ambassador Liu Xiaoming appeared on the Newsnight programme. Ambassador "
        "Liu said that the pandemic should not be politicised.\n",
        "Liu Xiaoming",
        "the pandemic should",
    ),
]


def test_a_spokespersons_page_reporting_the_ambassador_is_his(tmp_path: Path) -> None:
    for text, ambassador, words in REPORTED_PAGES:
        got = _said(tmp_path, text)
        assert got, text
        assert all(who == ambassador for who, _, _ in got), got
        assert any(said.startswith(words) for _, said, _ in got), got


def test_a_spokespersons_own_answer_stays_the_ministrys(tmp_path: Path) -> None:
    # near miss: a question naming what others said ("The G7 foreign ministers said that
    # ...?") over the spokesperson's answer: the page is still the spokesperson's own
    text = (
        "Foreign Ministry Spokesperson's Remarks on the G7 Statement\n\n"
        "Q: The G7 foreign ministers said that China should respect human rights in the "
        "region. What is China's comment?\n\n"
        "A: The G7 statement grossly interferes in China's internal affairs. China firmly "
        "opposes it.\n"
    )
    got = _said(tmp_path, text)
    assert [who for who, _, _ in got] == ["Foreign Ministry"], got
