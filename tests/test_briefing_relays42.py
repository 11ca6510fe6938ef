"""Statements a spokesperson relays inside a briefing's turn are the words of the one relayed,
dated as the relay dates them; the spokesperson's own words around them stay one turn.

* A briefing's transcript with no labels, its header naming the briefer ("near-verbatim
  transcript of today's noon briefing by X"), is the briefer's opening read out whole: its
  headings, its "Turning to ..." and the news it relays are parts of one turn, as the gold of
  the UN's noon briefings reads them (a press conference's transcript still splits by topic).
* "And in a statement we had issued earlier in the morning, the Secretary-General also
  welcomed ...": a conjunction before the clause of the occasion; the post's words.
* 'The Secretary-General stressed that "we must ..."': a post alone is never the briefer, and
  the "we" quoted is the post-holder's (not "The Secretary-General said so, and we ...").
* "The Secretary-General welcomed X, ... our shared goal" after a relayed sentence: the relay
  goes on, the "our" the post-holder's.
* "The Deputy Secretary-General is in Nairobi ... She said she was encouraged ...": the post a
  sentence of the paragraph opened on, taken up by "she".

Pages written here, in the manner of the UN's near-verbatim noon briefing transcripts."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 3, 15)

HEAD = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today\u2019s noon briefing by St\u00e9phane "
    "Dujarric, Spokesman for the Secretary-General.\n\n"
)

TOPICS = HEAD + (
    "Good afternoon. I will start with some travel news: the Secretary-General will leave "
    "for Doha later today to attend the conference on the least developed countries.\n\n"
    "**Ethiopia\n\n"
    "Our humanitarian colleagues have reached more than one million people in Tigray since "
    "the start of the year, and another convoy of fifty trucks left Mekelle this morning.\n\n"
    "Turning to Haiti, a new cholera treatment centre opened in Port-au-Prince today, with "
    "beds for two hundred patients and support from three UN agencies.\n"
)

# near miss: a press conference's transcript, no briefing's: its topics still split
PRESS_CONFERENCE = TOPICS.replace("noon briefing", "press conference")

STATEMENT_EARLIER = HEAD + (
    "Good afternoon. The Secretary-General is in Geneva today, where he opened the session "
    "of the Human Rights Council and met the High Commissioner.\n\n"
    "And in a statement we had issued earlier in the morning, the Secretary-General also "
    "welcomed the agreement between the two parties on the exchange of prisoners.  It is "
    "important that the exchange goes ahead without delay.\n"
)
# near miss: the briefer welcomed it himself
WE_WELCOMED = STATEMENT_EARLIER.replace(
    "the Secretary-General also welcomed", "we also welcomed"
).replace("It is important", "We think it is important")

QUOTED_WE = HEAD + (
    "Good afternoon. The Secretary-General spoke this morning at the opening of the water "
    "conference here at Headquarters, and he is now meeting delegations.\n\n"
    "In his remarks at the conference, where he was joined by the President of the General "
    "Assembly, the Secretary-General set out three ways to protect water supplies.  The "
    "Secretary-General stressed that \u201cwe must act together on water.  No country can "
    "manage its rivers alone.\u201d\n"
)

GOES_ON = HEAD + (
    "Good afternoon. The Secretary-General is back in New York after his trip.\n\n"
    "We issued a statement yesterday in which the Secretary-General congratulated the "
    "States that signed the treaty on the high seas.  The Secretary-General welcomed the "
    "commitment to ratify it soon, which is an important step towards our shared goal of "
    "healthy oceans.\n"
)

SHE_SAID = HEAD + (
    "Good afternoon. The Secretary-General is in Doha today.\n\n"
    "**Deputy Secretary-General\n\n"
    "The Deputy Secretary-General is in Nairobi, where she is attending the regional forum "
    "on climate finance.  She met the President this morning.  She said she was encouraged "
    "by the commitments made at the forum and called for faster support to the countries "
    "hit by drought.\n"
)


def _statements(text: str) -> list[tuple[str | None, str, str, str | None]]:
    got = extract(text, published=PUBLISHED)
    return [(s.speaker, s.kind, s.text, s.said_on) for s in got]


def test_a_noon_briefing_s_opening_is_one_turn() -> None:
    got = _statements(TOPICS)
    assert [g[0] for g in got] == ["St\u00e9phane Dujarric"], got
    assert got[0][2].startswith("Good afternoon. I will start"), got
    assert got[0][2].rstrip().endswith("support from three UN agencies."), got


def test_a_press_conference_still_splits_by_topic() -> None:
    got = _statements(PRESS_CONFERENCE)
    assert [g[0] for g in got] == ["St\u00e9phane Dujarric"] * 3, got
    assert got[2][2].startswith("Turning to Haiti"), got


def test_a_statement_we_had_issued_earlier() -> None:
    got = _statements(STATEMENT_EARLIER)
    assert [g[0] for g in got] == ["St\u00e9phane Dujarric", "the Secretary-General"], got
    assert "the agreement between the two parties" in got[1][2], got
    assert got[1][3] == "2023-03-15", got


def test_we_welcomed_stays_the_spokesman_s() -> None:
    got = _statements(WE_WELCOMED)
    assert [g[0] for g in got] == ["St\u00e9phane Dujarric"], got


def test_a_post_s_quoted_we_is_his() -> None:
    got = _statements(QUOTED_WE)
    said = [g for g in got if g[2].startswith("we must act together on water")]
    assert len(said) == 1 and said[0][0] != "St\u00e9phane Dujarric", got
    assert said[0][3] == "2023-03-15", got


def test_the_relay_goes_on_in_the_post_s_words() -> None:
    got = _statements(GOES_ON)
    said = [g for g in got if g[0] != "St\u00e9phane Dujarric"]
    assert len(said) == 2, got
    assert "the States that signed the treaty" in said[0][2], got
    assert "the commitment to ratify it soon" in said[1][2], got


def test_she_said_after_a_post() -> None:
    got = _statements(SHE_SAID)
    said = [g for g in got if g[2].startswith("she was encouraged by the commitments")]
    assert len(said) == 1, got
    # (the page never names the Deputy Secretary-General: "she" is no one it can name, not
    # the spokesman, nor the Secretary-General of the paragraph above; since round 51 the
    # post itself, which "She met ..." passes on, as the corpus gives an unnamed post)
    assert said[0][0] == "The Deputy Secretary-General", got
    assert [g[0] for g in got].count("St\u00e9phane Dujarric") == 1, got
