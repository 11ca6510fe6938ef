"""Leads that date words the story tells only after them. A wire lead that keeps its speaker
unnamed ("..., a Russian diplomat warned on Tuesday") gives its day to the first person named
next and described alike, whose words are that lead's (the leading form, "A Chinese envoy said
on Monday ...", already did); not where the lead keeps the someone anonymous or the next
person is another one. A round-up of experts' comments under a dated lead ("U.S. experts on
Wednesday expressed ...", Xinhua's manner) gives that day to each expert's words with no day
of their own; not to an official quoted among them, not to "has said", and not past a
paragraph that reaches another day. A post, statement or interview named anew in an
attribution ("he wrote in a short post") is the one the sentence just before told the speaker
putting out ("had posted a message on Wednesday"), not a new occasion. A response told right
after what it answers in a month or year gone by ("... in September. \n Kim responded in a
statement ...") is of that period, not the article's day; not in the article's own month, nor
"has responded". Stories written here; each expected statement is checked for its speaker, its
first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 3, 1)  # a Wednesday

UNNAMED_AFTER_THE_WORDS = (
    "Talks with Kyiv are at a dead end, a Russian diplomat warned on Tuesday as Western "
    "capitals prepared new sanctions.\n\n"
    "Russian deputy foreign minister Sergei Ryabkov said the new measures would only harden "
    'Moscow\'s position. "We have heard these threats many times before," Ryabkov told '
    "reporters.\n"
)
# near misses: a someone the story keeps anonymous; a next person described otherwise
KEPT_ANONYMOUS = (
    "Talks with Kyiv are at a dead end, a senior Russian diplomat said on Tuesday, speaking on "
    "condition of anonymity.\n\n"
    "Russian deputy foreign minister Sergei Ryabkov said the new measures would only harden "
    "Moscow's position.\n"
)
ANOTHER_PERSON_NAMED = (
    "Talks with Kyiv are at a dead end, a Russian diplomat warned on Tuesday as Western "
    "capitals prepared new sanctions.\n\n"
    "Ukrainian Foreign Minister Dmytro Kuleba said the new measures would weaken the "
    "Kremlin.\n"
)

XINHUA_PUBLISHED = datetime.date(2023, 4, 13)  # a Thursday

EXPERTS_ROUND_UP = (
    "WASHINGTON, April 12 (Xinhua) -- U.S. experts and media on Wednesday expressed mixed "
    "views on the Chinese president's talks with European leaders in Beijing.\n\n"
    "Bonnie Glaser, director of the Asia program at the German Marshall Fund, told Xinhua "
    "via email that the visit showed Europe's wish to keep channels open.\n\n"
    "Beijing wants to keep Europe from following Washington's lead on export controls, said "
    "Scott Kennedy, a senior adviser at the Center for Strategic and International Studies.\n\n"
    'The visit "leaves many questions unanswered," Kennedy added.\n'
)
# near misses: an official among the experts, "has said", a paragraph that reaches Thursday
EXPERTS_AND_OTHERS = (
    "WASHINGTON, April 12 (Xinhua) -- U.S. experts on Wednesday expressed mixed views on the "
    "Chinese president's talks with European leaders in Beijing.\n\n"
    "Bonnie Glaser, director of the Asia program at the German Marshall Fund, told Xinhua "
    "via email that the visit showed Europe's wish to keep channels open.\n\n"
    "White House spokesperson Karine Jean-Pierre told a briefing that Washington was watching "
    "the talks closely.\n\n"
    "Kennedy has said that Beijing wants to split Europe from the United States.\n\n"
    "On Thursday, Scott Kennedy, a senior adviser at the Center for Strategic and "
    "International Studies, told reporters that the talks produced little.\n"
)


def test_unnamed_after_the_words_named_next() -> None:
    assert_statements(
        UNNAMED_AFTER_THE_WORDS,
        PUBLISHED,
        [
            ("Sergei Ryabkov", "the new measures would only harden", "2023-02-28"),
            ("Sergei Ryabkov", "We have heard these threats", "2023-02-28"),
        ],
    )


def test_anonymous_lead_is_no_one_named_next() -> None:
    assert_statements(
        KEPT_ANONYMOUS,
        PUBLISHED,
        [("Sergei Ryabkov", "the new measures would only harden", "2023-03-01")],
    )


def test_lead_not_given_to_another_person() -> None:
    assert_statements(
        ANOTHER_PERSON_NAMED,
        PUBLISHED,
        [("Dmytro Kuleba", "the new measures would weaken", "2023-03-01")],
    )


def test_experts_round_up_of_the_leads_day() -> None:
    assert_statements(
        EXPERTS_ROUND_UP,
        XINHUA_PUBLISHED,
        [
            ("Bonnie Glaser", "the visit showed Europe's wish", "2023-04-12"),
            ("Scott Kennedy", "Beijing wants to keep Europe", "2023-04-12"),
            ("Scott Kennedy", 'The visit "leaves many questions', "2023-04-12"),
        ],
    )


def test_experts_lead_not_to_officials_or_background() -> None:
    assert_statements(
        EXPERTS_AND_OTHERS,
        XINHUA_PUBLISHED,
        [
            ("Bonnie Glaser", "the visit showed Europe's wish", "2023-04-12"),
            ("Karine Jean-Pierre", "Washington was watching the talks", "2023-04-13"),
            ("Scott Kennedy", "Beijing wants to split Europe", "../2023-04-13"),
            ("Scott Kennedy", "the talks produced little", "2023-04-13"),
        ],
    )


POST_PUBLISHED = datetime.date(2024, 3, 8)  # a Friday

POST_TOLD_BEFORE = (
    "Chile's Foreign Minister Alberto van Klaveren on Thursday told his Bolivian counterpart "
    "that Santiago wanted a new chapter in relations.\n\n"
    "On Wednesday, van Klaveren had posted a message on social media ahead of the trip to La "
    "Paz.\n\n"
    '"We come to build bridges, not walls," he wrote in a short post.\n'
)
# near miss: the sentence before tells another medium; "in a short post" is a new occasion
INTERVIEW_TOLD_BEFORE = POST_TOLD_BEFORE.replace(
    "had posted a message on social media", "had given an interview to a radio station"
)


def test_post_named_anew_is_the_post_just_told() -> None:
    assert_statements(
        POST_TOLD_BEFORE,
        POST_PUBLISHED,
        [
            ("Alberto van Klaveren", "Santiago wanted a new chapter", "2024-03-07"),
            ("Alberto van Klaveren", "We come to build bridges", "2024-03-06"),
        ],
    )


def test_post_after_an_interview_is_its_own_occasion() -> None:
    assert_statements(
        INTERVIEW_TOLD_BEFORE,
        POST_PUBLISHED,
        [
            ("Alberto van Klaveren", "Santiago wanted a new chapter", "2024-03-07"),
            ("Alberto van Klaveren", "We come to build bridges", "2024-03-08"),
        ],
    )


NEW_YEAR = datetime.date(2018, 1, 1)

RESPONSE_IN_A_MONTH_GONE_BY = (
    "Last year, Kim and U.S. President Donald Trump traded insults.\n\n"
    'Trump told the United Nations in September that the United States would "totally '
    'destroy" North Korea if forced to defend itself.\n\n'
    'Kim responded in a statement that called Trump "mentally deranged."\n'
)
# near misses: the article's own month (no period gone by); "has responded" (by now)
RESPONSE_IN_THE_ARTICLES_MONTH = RESPONSE_IN_A_MONTH_GONE_BY.replace(
    "Last year, Kim and U.S. President Donald Trump traded insults.\n\n", ""
).replace("in September", "in January")
HAS_RESPONDED = RESPONSE_IN_A_MONTH_GONE_BY.replace("Kim responded", "Kim has responded")


def test_response_of_the_month_it_answers() -> None:
    assert_statements(
        RESPONSE_IN_A_MONTH_GONE_BY,
        NEW_YEAR,
        [
            ("Donald Trump", 'the United States would "totally destroy"', "2017-09"),
            ("Kim", 'called Trump "mentally deranged', "2017-09"),
        ],
    )


def test_response_in_the_articles_month_or_by_now() -> None:
    later = datetime.date(2018, 1, 20)
    assert_statements(
        RESPONSE_IN_THE_ARTICLES_MONTH,
        later,
        [
            ("Trump", 'the United States would "totally destroy"', "2018-01"),
            ("Kim", 'called Trump "mentally deranged', "2018-01-20"),
        ],
    )
    assert_statements(
        HAS_RESPONDED,
        later,
        [
            ("Donald Trump", 'the United States would "totally destroy"', "2017-09"),
            ("Kim", 'called Trump "mentally deranged', "../2018-01-20"),
        ],
    )
