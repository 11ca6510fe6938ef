"""A post the story names no one for is placed at its occasion as a name would be.

* "We put out a statement yesterday in which the Secretary-General praised ... The
  Secretary-General also urged ...": in a briefing's turn, the post is named in the clause of
  the statement's day; both sentences were said that day, not on the briefing's.
* "On Monday, the foreign ministry spokesman held a press conference ... The foreign ministry
  spokesman said ...": the post the subject of the occasion's sentence, as "On Monday, Wang
  Wenbin held ... Wang said" is.
* "... spoke to you this morning, a few hours after he addressed the Council last night. He
  told you ...": the day of a time clause with a subject of its own is the deed's it goes
  back to, not the speaking's.

Near misses: another post at the occasion ("On Monday, the foreign minister held ...") does
not place the spokesman there; a briefing's own words stay on its day.

Pages written here, in the manner of the UN's noon briefings and of wire copy."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 3, 15)  # a Wednesday

HEAD = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today\u2019s noon briefing by St\u00e9phane "
    "Dujarric, Spokesman for the Secretary-General.\n\n"
)

STATEMENT_YESTERDAY = HEAD + (
    "Good afternoon.  The Secretary-General is travelling back to New York from Doha and will "
    "be in the office tomorrow.\n\n"
    "**Sudan\n\n"
    "We put out a statement yesterday in which the Secretary-General praised the parties in "
    "Sudan for the signing of the framework agreement on the transition.  The "
    "Secretary-General also urged all the signatories to implement its provisions without "
    "delay, which is an important step towards our shared goal of a civilian government.\n\n"
    "\n"
    "Turning to Haiti, a new cholera treatment centre opened in Port-au-Prince today, with "
    "beds for two hundred patients.  "
)

OCCASION = (
    "BEIJING, March 15 (Xinhua) -- The talks on the river dam have made progress.\n\n"
    "On Monday, SUBJECT held a press conference in Beijing on the outcome of the talks.\n\n"
    "The foreign ministry spokesman said that the two sides had agreed to meet again in April "
    'and called the talks "frank and useful".\n'
)

THIS_MORNING = HEAD + (
    "Spokesman: Good afternoon. As you will have seen, the Secretary-General spoke to you "
    "this morning, only a few hours after he addressed the Security Council last night. He "
    "told you that he is deeply worried by the fighting in the north of the country.\n\n"
    "Question: Has he spoken to the President today?\n\n"
    "Spokesman: Not yet. He has been in contact with a number of leaders.\n"
)


def _said(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=PUBLISHED)]


def test_the_post_s_statement_of_yesterday_in_a_briefing() -> None:
    got = _said(STATEMENT_YESTERDAY)
    post = [g for g in got if g[0] == "the Secretary-General"]
    assert len(post) == 2, got
    assert post[0][1].startswith("praised the parties in Sudan"), got
    assert post[1][1].startswith("urged all the signatories"), got
    assert [g[2] for g in post] == ["2023-03-14", "2023-03-14"], got
    # near miss: the briefer's own words stay on the briefing's day
    briefer = [g for g in got if g[0] == "St\u00e9phane Dujarric"]
    assert briefer and all(g[2] == "2023-03-15" for g in briefer), got


def test_the_post_the_subject_of_the_occasion_s_sentence() -> None:
    got = _said(OCCASION.replace("SUBJECT", "the foreign ministry spokesman"))
    assert [(g[0], g[2]) for g in got] == [("The foreign ministry spokesman", "2023-03-13")], got


def test_another_post_at_the_occasion_places_no_one_else() -> None:
    got = _said(OCCASION.replace("SUBJECT", "the foreign minister"))
    assert [(g[0], g[2]) for g in got] == [("The foreign ministry spokesman", "2023-03-15")], got


def test_a_time_clause_s_day_is_the_deed_s() -> None:
    got = _said(THIS_MORNING)
    post = [g for g in got if g[0] == "the Secretary-General"]
    assert len(post) == 1 and post[0][1].startswith("he is deeply worried"), got
    assert post[0][2] == "2023-03-15", got
