"""A question put, not words told: "ERR asked about the probability that the embassy will
stay empty" (the question's topic, whatever clause hangs on its noun), and "journalist X
asked the minister whether he would ..." (a journalist's question). ANNOTATION.md records
neither. An official's request ("asked Washington to stop ...") stays a statement, and
so does a minister's own "asked whether" (a question in a debate may be a statement of
theirs). Sentences written here in the manner of ERR News and The Moscow Times."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 1, 23)

ASKED_ABOUT = (
    "Reinsalu: Estonia keeps the principle of parity\n\n"
    "ERR asked about the likelihood that the Estonian embassy in Moscow will be left "
    "without an ambassador. \u201cEstonia follows the Vienna Convention in full,\u201d "
    "Foreign Minister Urmas Reinsalu said.\n"
)
JOURNALIST_ASKED = (
    "Medvedev keeps silent\n\n"
    "At the annual press meeting on Thursday, journalist and former editor-in-chief of The Moscow "
    "Times, Mikhail Fishman, asked Prime Minister Dmitry Medvedev whether he would comment "
    "on the investigation.\n\n"
    "\u201cI have nothing to say about it,\u201d Medvedev said.\n"
)
# near misses: a request, and a minister's own question
ASKED_TO = (
    "Reinsalu: Estonia keeps the principle of parity\n\n"
    "Foreign Minister Urmas Reinsalu asked EU countries to cut the size of their missions "
    "in Moscow.\n"
)
MINISTER_ASKED_WHETHER = (
    "Reinsalu: Estonia keeps the principle of parity\n\n"
    "Foreign Minister Urmas Reinsalu asked whether Moscow was ready to respect the Vienna "
    "Convention at all.\n"
)


def _statements(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


def test_question_about_a_topic_is_no_statement() -> None:
    got = _statements(ASKED_ABOUT)
    assert [s for s, _ in got] == ["Urmas Reinsalu"], got


def test_journalists_question_whether_is_no_statement() -> None:
    got = _statements(JOURNALIST_ASKED)
    assert [t[:15] for _, t in got] == ["I have nothing "], got


def test_request_stays_a_statement() -> None:
    got = _statements(ASKED_TO)
    assert got and got[0][0] == "Urmas Reinsalu", got


def test_ministers_own_question_stays() -> None:
    got = _statements(MINISTER_ASKED_WHETHER)
    assert got and got[0][0] == "Urmas Reinsalu", got
