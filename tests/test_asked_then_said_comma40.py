"""'When asked if ..., the spokesperson said,' closing its paragraph, and the answer in
quotation marks opening the next one: the question is the reporter's, none of the speaker's
words; the quotation below is the answer. Sentences written here in the manner of The Hindu."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2014, 8, 14)

ASKED_COMMA = (
    "India hits back at Pakistan\n\n"
    "External Affairs Ministry spokesperson Syed Akbaruddin rejected the criticism, calling "
    'it "baseless."\n\n'
    "When asked if talks between Foreign Secretary Sujatha Singh and her counterpart Aizaz "
    "Ahmed Chaudhury, set for August 25, would be called off, the spokesperson said,\n\n"
    "\u201cWe have received no request to change the schedule. The talks remain on track.\u201d\n"
)
# near miss: the asked clause opens the sentence, the answer follows the verb in it
ASKED_INLINE = (
    "India hits back at Pakistan\n\n"
    "External Affairs Ministry spokesperson Syed Akbaruddin rejected the criticism.\n\n"
    "When asked if the talks would be called off, the spokesperson said the schedule was "
    "unchanged.\n"
)


def _statements(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


def test_question_is_no_words_and_the_answer_below_is() -> None:
    got = _statements(ASKED_COMMA)
    assert not any(t.startswith("When asked") for _, t in got), got
    answer = [g for g in got if g[1].startswith("We have received no request")]
    assert answer and answer[0][0] == "Syed Akbaruddin", got


def test_answer_in_the_same_sentence() -> None:
    got = _statements(ASKED_INLINE)
    assert any(t.startswith("the schedule was unchanged") for _, t in got), got
    assert not any(t.startswith("When asked") for _, t in got), got
