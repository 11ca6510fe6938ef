"""Regressions of round 36's English changes that a review confirmed, each against the
behaviour of the round's starting code.

- "BERLIN, Friday -": the weekday kept out of the words still dates the lead.
- "X and his counterpart at a news conference said": "counterpart" is no "taking part".
- "Earlier on Sunday, X said ..., while Y said ...": a day opening the sentence after
  "Earlier", "Also", "Later" covers both clauses, as after "On".
- "As the council prepared to vote on Tuesday, X said": a day gone by, not one ahead.
- "..., said the U.S. official.": an abbreviation's dot does not end the source's words.

Articles written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.model import ProposedStatement


def _by(found: list[ProposedStatement], words: str) -> ProposedStatement:
    return next(s for s in found if words in s.text)


def test_a_weekday_in_the_dateline_dates_the_lead_it_opens() -> None:
    text = (
        "Germany ready to lead air defence coalition\n\n"
        "BERLIN, Friday - German Defence Minister Boris Pistorius said the new Patriot "
        "batteries would reach Ukraine before winter.\n\n"
        "He gave no figure for the cost.\n"
    )
    found = extract(text, published=datetime.date(2025, 6, 2))
    said = _by(found, "Patriot batteries would reach")
    assert said.said_on == "2025-05-30"
    assert not said.text.startswith("Friday")


def test_a_weekday_dateline_before_the_words_stays_out_of_them() -> None:
    text = (
        "Madrid backs Kyiv plan\n\n"
        "MADRID, Tuesday - The plan deserves Europe's full support, Spanish Foreign "
        "Minister Jose Manuel Albares said.\n"
    )
    found = extract(text, published=datetime.date(2025, 6, 5))
    said = _by(found, "deserves Europe's full support")
    assert said.text.startswith("The plan")
    assert said.said_on == "2025-06-03"


def test_a_counterpart_at_a_news_conference_is_part_of_a_joint_subject() -> None:
    text = (
        "Wang meets Fidan in Beijing\n\n"
        "Wang Yi hosted Hakan Fidan in Beijing. Wang and his Turkish counterpart at a "
        "joint press conference on Tuesday said the two sides would expand trade.\n"
    )
    found = extract(text, published=datetime.date(2025, 6, 5))
    assert _by(found, "would expand trade").said_on == "2025-06-03"


def test_earlier_on_a_day_opening_the_sentence_dates_both_clauses() -> None:
    text = (
        "Envoys meet in Istanbul\n\n"
        "Earlier on Saturday, Umerov said the exchange of prisoners would go ahead, while "
        "Medinsky told reporters that Moscow had handed over its memorandum.\n"
    )
    found = extract(text, published=datetime.date(2025, 6, 3))
    assert _by(found, "handed over its memorandum").said_on == "2025-05-31"


def test_also_on_a_day_opening_the_sentence_dates_both_clauses() -> None:
    text = (
        "Envoys meet in Istanbul\n\n"
        "Also on Saturday, Umerov said the exchange of prisoners would go ahead, while "
        "Medinsky told reporters that Moscow had handed over its memorandum.\n"
    )
    found = extract(text, published=datetime.date(2025, 6, 3))
    assert _by(found, "handed over its memorandum").said_on == "2025-05-31"


def test_a_body_that_prepared_to_vote_on_a_day_gone_by_dates_the_words() -> None:
    text = (
        "UN council split over Gaza text\n\n"
        "As the General Assembly prepared to vote on Wednesday, Israel's ambassador Danny "
        "Danon said the resolution rewarded terror.\n"
    )
    found = extract(text, published=datetime.date(2025, 6, 14))
    assert _by(found, "rewarded terror").said_on == "2025-06-11"


def test_a_source_with_initials_after_said_closes_the_words() -> None:
    text = (
        "Kyiv presses envoy on strikes\n\n"
        "KYIV, June 3 (Reuters) - Mr. Sybiha told the envoy that the drone strikes had to "
        "end first, said the U.S. official.\n\n"
        "Mr. Sybiha also asked for more air defence, said a U.N. official familiar with "
        "the meeting.\n"
    )
    found = extract(text, published=datetime.date(2025, 6, 3))
    assert _by(found, "drone strikes had to").text.endswith("end first")
    assert _by(found, "more air defence").text.endswith("air defence")
