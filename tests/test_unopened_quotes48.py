"""Quotation marks a wire story or an agency's copy left broken: a closing mark no opening
one paired ('... across the country. We will sanction any hoarder," he said.': the words
are the sentence the mark ends), and a quotation opened and never closed whose attribution
stands inside it ('"Today's talks mark a new start, Kishida told reporters. We will ...':
the reporter's words are no one's quotation). Articles written here in the manner of
Nigerian, Ghanaian and Japanese agency copy."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.quotes import find_quotes

NAN = (
    "Minister vows action on fuel prices\n\n"
    "ABUJA, Oct 3 (NAN) - The Minister of State for Petroleum Resources, Heineken "
    "Lokpobiri, has said the federal government will not allow marketers to exploit "
    "Nigerians.\n\n"
    "Lokpobiri, who spoke on Tuesday in Abuja, said the ministry was monitoring pump prices "
    'across the country. We will sanction any marketer found hoarding products," he said.\n\n'
    "He added that new refineries would come on stream before the end of the year.\n"
)

GNA = (
    "Finance minister defends IMF deal\n\n"
    "ACCRA, May 18 (GNA) - Finance Minister Ken Ofori-Atta on Thursday defended the "
    "government's programme with the International Monetary Fund.\n\n"
    "Speaking in Parliament, the minister said the programme would restore confidence in the "
    "economy. The board's approval is a vote of confidence in our reform agenda,\" he said. "
    '"We are on course."\n\n'
    "He said inflation had begun to slow.\n"
)

KYODO = (
    "Japan, South Korea agree to resume shuttle diplomacy\n\n"
    "TOKYO, March 16 (Kyodo) - Japanese Prime Minister Fumio Kishida and South Korean "
    "President Yoon Suk Yeol agreed on Thursday to resume regular visits between their "
    "leaders.\n\n"
    "\"Today's meeting marks a new start for our relations, Kishida told a joint news "
    "conference. We will work together to address the threat from North Korea.\n\n"
    "Yoon said the two countries should not be bound by the past.\n"
)


def _said(text: str, published: datetime.date) -> dict[str, str]:
    """Who said each statement of ``text``, by its first four words."""
    return {
        " ".join(s.text.split()[:4]): s.speaker or "" for s in extract(text, published=published)
    }


def test_a_closing_mark_with_no_opening_one_closes_its_sentence() -> None:
    said = _said(NAN, datetime.date(2023, 10, 3))
    assert said["We will sanction any"] == "Heineken Lokpobiri"
    # the reporter's sentence before it stays the reporter's report of what he said
    assert said["the ministry was monitoring"] == "Heineken Lokpobiri"


def test_the_unopened_quotation_is_the_sentence_the_mark_ends() -> None:
    quoted = [GNA[q.start : q.end] for q in find_quotes(GNA)]
    assert quoted[0] == "The board's approval is a vote of confidence in our reform agenda"
    assert quoted[1] == "We are on course."
    assert _said(GNA, datetime.date(2023, 5, 18))["The board's approval is"] == "Ken Ofori-Atta"


def test_paired_marks_and_a_scare_quote_are_read_as_before() -> None:
    text = (
        'The minister called the plan "reckless," and said the talks would go on. '
        '"We are ready," he said.\n'
    )
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["reckless", "We are ready"]


def test_an_attribution_inside_a_quotation_never_closed_is_the_reporters() -> None:
    quoted = [KYODO[q.start : q.end] for q in find_quotes(KYODO)]
    assert "Today's meeting marks a new start for our relations" in quoted
    assert all("told a joint news conference" not in q for q in quoted)
    said = _said(KYODO, datetime.date(2023, 3, 16))
    assert said["Today's meeting marks a"] == "Fumio Kishida"


def test_a_quotation_carried_to_the_next_paragraph_keeps_its_words() -> None:
    text = (
        '"We will not give up, the president said. Our people deserve peace.\n\n'
        '"And we will get it," he told the crowd.\n'
    )
    quoted = [text[q.start : q.end] for q in find_quotes(text)]
    assert quoted[0].startswith("We will not give up, the president said")


def test_a_stray_mark_after_the_reporters_words_opens_no_quotation() -> None:
    # a quotation closed, then the attribution, then a mark left from a pasted block
    text = '"I will not take questions today," Jensen said."\n'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["I will not take questions today"]
    # a sentence in the third person no reader can tell from the reporter's
    text = (
        "Gallery owners said the move will draw visitors from the museum across the "
        'street." http://example.com/gallery\n'
    )
    assert all("Gallery" not in text[q.start : q.end] for q in find_quotes(text))


def test_the_reporters_own_first_person_opens_no_quotation() -> None:
    # a newspaper's idioms in the first person ("our request for comment", "told us") and
    # a Roman numeral ("World War I") are the reporter's words, not a speaker's
    for text in (
        "The mayor's office did not respond to our request for comment on Friday.\"\n",
        'Aides to the governor told us the vote would be delayed," according to a memo.\n',
        'Officials said the World War I cemetery will reopen in May." http://example.com/x\n',
    ):
        assert all(text[:12] not in text[q.start : q.end] for q in find_quotes(text)), text
    # the speaker's own first person still is
    text = 'The talks ended at noon. We will meet again in June," the envoy said.\n'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["We will meet again in June"]


def test_a_speakers_own_telling_inside_an_open_quotation_stays_hers() -> None:
    # "she told me" is the speaker recounting, not the reporter's attribution
    text = '"When I reached the minister, she told me. We will have the money by Friday.\n'
    assert [text[q.start : q.end] for q in find_quotes(text)] == [
        "When I reached the minister, she told me. We will have the money by Friday."
    ]
