"""Official pages and transcripts (round 47).

* A speech set line by line on a page that parts its paragraphs by blank lines: a line
  under a single break ("... next year. / I also expect that ...") goes on with its
  paragraph, no item of its own, though its words ("X also ...") would open one under a
  blank line.
* A noon briefing's opening: "As expected, the Secretary-General arrived ..." (an aside put
  before the subject) opens on the post all the same, so "He expressed ..." below relays the
  post-holder's words; "As we mark X, Mr. [First] Last said that ..." relays the named
  one's words though the clause put before the subject holds the briefer's "we".

Pages written here, in the manner of a press conference's transcript and of the UN's
near-verbatim noon briefing transcripts."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2024, 5, 7)

SPEECH = (
    "Opening press conference\n\n"
    "by Secretary General Helga Marstrand ahead of the meeting of Defence Ministers\n\n"
    "Good morning.\n\n"
    "Defence Ministers will meet in Oslo tomorrow to prepare for the Summit in July.\n\n"
    "First, air defence.\n\n"
    "Ministers will agree on a common plan to buy more interceptors, \n"
    "And to produce them closer to home.\n\n"
    "Second, support for our partners.\n\n"
    "I expect Ministers to agree on a lasting framework for training. \n"
    "I also expect that Ministers will share the costs fairly, \n"
    "And keep the funding steady over the next years.\n"
)
# near miss: the same line under a blank line opens an item of its own
SPEECH_PARAGRAPH = SPEECH.replace("training. \nI also expect", "training. \n\nI also expect")

BRIEFING = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today\u2019s noon briefing by Stefan "
    "Holmqvist, Spokesman for the Secretary-General.\n\n"
    "Good afternoon.  I will be joined shortly by the head of the UN Children\u2019s Fund, "
    "who will brief you on the vaccination campaign in the Sahel.\n\n"
    "**Secretary-General\u2019s Travel\n\n"
    "As expected, the Secretary-General arrived in Geneva this morning.  He met the "
    "President of the Swiss Confederation a short while ago.  He expressed his thanks for "
    "Switzerland\u2019s long support for the humanitarian work of the United Nations.\n\n"
    "As we mark the seventy-fifth anniversary of the Geneva Conventions, Mr. [Rui] Moreira "
    "said that he counts on all States to respect the rules of war without exception.\n\n"
    "Following this, the Secretary-General visited the headquarters of the International "
    "Committee of the Red Cross.\n"
)


def _statements(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


def test_a_line_under_a_single_break_goes_on_with_its_paragraph() -> None:
    got = _statements(SPEECH)
    assert not [g for g in got if g[1].startswith("I also expect that")], got
    assert [g for g in got if "I also expect that" in g[1]], got


def test_the_same_line_under_a_blank_line_opens_an_item() -> None:
    got = _statements(SPEECH_PARAGRAPH)
    assert [g for g in got if g[1].startswith("I also expect that")], got


def test_an_aside_before_the_post_lets_he_relay_its_words() -> None:
    got = _statements(BRIEFING)
    thanks = [g for g in got if g[1].startswith("expressed his thanks for Switzerland")]
    assert len(thanks) == 1, got
    # (the spokesman never says them: not his turn's words)
    assert thanks[0][0] != "Stefan Holmqvist", got


def test_a_clause_of_the_briefer_before_a_named_subject_relays_the_named() -> None:
    got = _statements(BRIEFING)
    counts = [g for g in got if g[1].startswith("he counts on all States")]
    assert [g[0] for g in counts] == ["Rui Moreira"], got
    assert [g[0] for g in got].count("Stefan Holmqvist") == 1, got


LECTURE = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today\u2019s noon briefing by Stefan "
    "Holmqvist, Spokesman for the Secretary-General.\n\n"
    "Good afternoon.\n\n"
    "The Secretary-General is now on his way back from Norway.  At a press conference "
    "this morning, the Secretary-General said that the talks had been frank and useful.  "
    "Over the weekend, the Secretary-General held talks at the estate of former "
    "Secretary-General Erik Lindqvist, in western Norway.  He expressed his thanks to the "
    "Norwegian Government for hosting them, saying the place was fitting.  "
    "The Secretary-General also gave the Erik Lindqvist\u2019s lecture in Bergen "
    "yesterday evening, during which he described the former Secretary-General as his "
    "model of courage for all who work with refugees.\n"
)


def test_a_name_titling_a_lecture_takes_up_no_he() -> None:
    got = _statements(LECTURE)
    described = [g for g in got if g[1].startswith("the former Secretary-General as his model")]
    assert len(described) == 1, got
    # a post as its sentence wrote it (the speaker of a post-led sentence keeps its capital)
    assert described[0][0].lower() == "the secretary-general", got
