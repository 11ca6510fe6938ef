"""Review fixes (rv41h) of round 41's English and page-day rules. Pages and sentences
written here in the manner of wire copy (Reuters, AP); names and dates are real.
- H1: a firm weekday refuses the page's day only in the lead's own news clause, not in a
  clause telling an earlier event first ("Days after X on Monday rejected ...", "When X on
  Tuesday told ..."); a fitting weekday before it leaves the day;
- H2: a weekday date below a banner is the story's stamp only alone, after a bar or after
  names (a byline, a credit), not a deck's ("Council meeting, Tuesday, March 5, 2024");
- H3-H5: a saying carried on ("has been warning") tells words only with a clause (no time
  span for subject), a quotation before it or an "as" clause it closes;
- H6: "disagreed with ..., adding to pressure" is no statement;
- H7: "He, <aside>, said" after "The <noun> who ..., who spoke on condition of anonymity,"
  is not the name told before."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements, page_day

DAY = datetime.date(2024, 3, 8)  # a Friday


# H1


def test_an_earlier_event_told_first_does_not_refuse_the_byline_day(tmp_path):
    text = (
        "Ryabkov sees no room for arms talks\nBy Mark Trevelyan | March 7, 2024\n\n"
        "MOSCOW -- Days after the Kremlin on Monday turned down a U.S. offer of strategic "
        "talks, Deputy Foreign Minister Sergei Ryabkov said on Thursday that there was no "
        'basis for a dialogue.\n\n"Conditions are not there," Ryabkov told reporters.\n'
    )
    assert page_day(tmp_path, text) == "2024-03-07"


def test_a_when_clause_s_weekday_does_not_refuse_the_day(tmp_path):
    text = (
        "Analysis: Scholz's Taurus stance puzzles partners\nAnalysis | March 9, 2024\n\n"
        "BERLIN -- When Chancellor Olaf Scholz on Tuesday told lawmakers that the missiles "
        "would not be sent, partners in Paris and London were caught off guard.\n\n"
        "Defence Minister Boris Pistorius said the debate was damaging, a view his "
        "ministry repeated on Friday.\n"
    )
    assert page_day(tmp_path, text) == "2024-03-09"


def test_a_news_clause_s_weekday_still_refuses_a_caption_s_day(tmp_path):
    # near miss: the lead's own clause tells Tuesday; a Friday photo's day is refused
    text = (
        "Ministry voices concern\n\n"
        "Ministers meet in Sochi, Russia, on October 22, 2021. (Pool Photo via AP)\n\n"
        "After talks in Ankara, the ministry on Tuesday said it shared the concern.\n"
    )
    assert page_day(tmp_path, text) is None


# H2


def test_a_deck_s_weekday_date_below_a_banner_is_no_stamp(tmp_path):
    text = (
        "Friday, March 8, 2024\n\nUN envoy warns of hunger in Gaza's north\n"
        "General Assembly session, Tuesday, March 5, 2024\n\n"
        "UNITED NATIONS -- The U.N. relief coordinator told member states that hunger was "
        'spreading.\n\n"We have run out of words," Martin Griffiths said.\n'
    )
    assert page_day(tmp_path, text) == "2024-03-08"


def test_a_credit_s_weekday_date_below_a_banner_is_the_stamp(tmp_path):
    # near miss: names only before the day (an outlet's credit)
    text = (
        "Monday, 11 March 2024\n\nShoukry warns of chaos in the region\n"
        "Ahram Online , Reuters , Saturday 9 Mar 2024\n\n"
        "CAIRO -- Egypt's foreign minister Sameh Shoukry said the region faced chaos.\n"
    )
    assert page_day(tmp_path, text) == "2024-03-09"


# H3-H5


def test_a_carried_saying_with_a_time_span_after_it_tells_no_words():
    assert_statements(
        "WASHINGTON (AP) - Senator Ted Cruz has been complaining the whole time he was in "
        "Kyiv about the slow deliveries. He met Zelensky on Thursday.\n",
        DAY,
        [],
    )


def test_a_bare_carried_saying_closed_by_a_comma_or_stop_tells_no_words():
    assert_statements(
        "RIGA (Reuters) - For a decade, the Baltic states have been warning, and few in "
        "Western Europe paid heed.\n",
        DAY,
        [],
    )
    assert_statements(
        "KYIV (Reuters) - Since the invasion, Rutte has been warning. The ministers met on "
        "Friday to discuss air defence.\n",
        DAY,
        [],
    )


def test_words_before_a_carried_saying_are_still_its_words():
    # near miss: a quotation or an "as" clause closed at the verb keeps its words
    assert_statements(
        'LONDON (Reuters) - "The plan will work," Rishi Sunak keeps saying.\n',
        DAY,
        [("Rishi Sunak", "The plan will work", "2024-03-08")],
    )


# H6


def test_disagreed_then_adding_to_a_noun_is_no_statement():
    assert_statements(
        "ROME (Reuters) - A poll published on Tuesday found that most Italians disagreed "
        "with the prime minister's migration policy, adding to pressure on Meloni ahead of "
        "her trip to Tunis.\n",
        DAY,
        [],
    )


# H7


def test_a_pronoun_after_a_described_anonymous_subject_is_not_the_name_before():
    assert_statements(
        "TOKYO (Reuters) - Foreign Minister Yoko Kamikawa said on Friday the talks were "
        '"frank".\n\n'
        "The Chinese envoy who faced her across the table, who asked not to be named, was "
        'more guarded. He, speaking by phone from Beijing, said the two sides stayed "far '
        'apart" on the islands.\n',
        DAY,
        [("Yoko Kamikawa", "the talks were", "2024-03-08")],
    )
