"""Failure classes found by running the extractor on real English pages from Korean and
Malaysian outlets (Yonhap, Korea Herald, Bernama copy; issue 8), each test in new words
written here."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2023, 6, 15)


def run(
    text: str, published: datetime.date | None = THURSDAY, unnamed: bool = False
) -> list[ProposedStatement]:
    return extract(text, published=published, unnamed=unnamed)


def test_a_day_inside_what_the_speaker_referred_to_dates_that_thing() -> None:
    # "referring to her talks Tuesday with ...": Tuesday is the talks' day, not the words'
    text = (
        "SEOUL, June 15 (Yonhap) -- Unification Minister Min Ha-eun said Thursday that the "
        "dialogue channel with Pyongyang should be restored without delay.\n"
        '"We cannot let the silence become permanent," she told reporters, referring to her '
        "talks Tuesday with U.S. envoy Carl Briggs in Washington.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Min Ha-eun", "Min Ha-eun"]
    assert [s.said_on for s in found] == ["2023-06-15", "2023-06-15"]


def test_commenting_on_a_day_is_still_the_speaking_day() -> None:
    # no noun between "commenting on" and the day: it is the day of the comment
    text = (
        "SEOUL, June 15 (Yonhap) -- Commenting on Tuesday on the stalled trade talks, Trade "
        "Minister Oh Jae-won said both sides needed more time.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2023-06-13"


def test_she_after_two_people_as_one_subject_is_the_one_who_was_speaking() -> None:
    # "Min and Briggs failed ...": neither alone is the sentence's subject; "she" is the
    # minister whose words the story has been following
    text = (
        "SEOUL, June 15 (Yonhap) -- Unification Minister Min Ha-eun said Thursday that the "
        "dialogue channel with Pyongyang should be restored without delay.\n"
        "At Tuesday's talks, Min and U.S. envoy Carl Briggs failed to agree on a timetable "
        "for a new round of humanitarian aid.\n"
        "Speaking of the aid package, she said that it would be sent through the Red Cross.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Min Ha-eun", "Min Ha-eun"]


def test_he_after_two_people_as_one_subject_is_no_one_when_the_story_followed_neither() -> None:
    text = (
        "SEOUL, June 15 (Yonhap) -- Unification Minister Min Ha-eun said Thursday that the "
        "dialogue channel with Pyongyang should be restored without delay.\n"
        "On Tuesday, Japanese envoy Kenji Arai and U.S. envoy Carl Briggs met in Tokyo to "
        "discuss the abduction issue.\n"
        "He said the two sides would meet again in the autumn.\n"
    )
    found = run(text)
    assert all(s.speaker not in ("Carl Briggs", "Kenji Arai") for s in found)


def test_malaysian_honorifics_with_an_apostrophe_are_no_part_of_the_name() -> None:
    for honorific in ("Dato' Sri", "Dato\u2019 Seri", "Datuk Seri", "Tan Sri", "Dato'"):
        text = (
            "KUALA LUMPUR, June 15 -- ASEAN must speed up talks on a code of conduct, Foreign "
            f"Minister {honorific} Hasan Rahim said.\n"
        )
        (found,) = run(text)
        assert found.speaker == "Hasan Rahim", honorific
        assert found.role == "Foreign Minister", honorific


def test_two_people_named_by_surname_as_one_subject_are_no_single_speaker() -> None:
    # "Cho and Iwaya stressed ...": said together, so filed under neither of them
    text = (
        "TOKYO, June 15 (Kyodo) -- Japanese Foreign Minister Kenji Arai met his South Korean "
        "counterpart Park Jin-woo in Tokyo on Thursday.\n"
        "Arai and Park stressed the need to keep the trilateral hotline with Washington open.\n"
        "Arai and his South Korean counterpart said they would meet again before the summer.\n"
    )
    found = run(text)
    assert found, "the joint statements are still proposed"
    assert all(s.speaker not in ("Park Jin-woo", "Kenji Arai", "Park") for s in found)
    assert all(s.speaker_type == "unknown" for s in found)


def test_a_two_word_state_joined_by_and_is_one_speaker() -> None:
    text = "PORT OF SPAIN, June 15 -- Trinidad and Tobago said it would back the resolution.\n"
    (found,) = run(text, unnamed=True)
    assert found.speaker == "Trinidad and Tobago"


FRIDAY = datetime.date(2023, 5, 5)


def test_a_phrase_leading_up_to_the_speaker_is_not_what_he_said() -> None:
    # Indian papers: "In a pointed attack on X, Minister Y said as ...": the words follow
    text = (
        "NEW DELHI, May 5 -- In a pointed reply to his Chinese counterpart Qin Gang, External "
        "Affairs Minister S Jaishankar said as long as troops stayed forward-deployed, ties "
        "could not return to normal.\n"
    )
    (found,) = run(text, FRIDAY)
    assert found.speaker == "S Jaishankar"
    assert found.text.startswith("as long as troops")


def test_a_clause_before_a_trailing_speaker_is_still_his_words() -> None:
    text = "NEW DELHI, May 5 -- In Goa the talks went well, Jaishankar said on Friday.\n"
    (found,) = run(text, FRIDAY)
    assert found.text.startswith("In Goa the talks went well")


def test_a_newspaper_named_express_is_an_outlet_not_a_speaker() -> None:
    text = (
        "Minister Ramesh Iyer will travel to Colombo next week, the Indian Express reported.\n"
        "The Financial Express said the trade deal was close.\n"
    )
    assert all("Express" not in (s.speaker or "") for s in run(text, FRIDAY))


def test_a_town_and_its_state_in_brackets_open_the_story_as_a_dateline() -> None:
    text = (
        "Jaishankar rebuffs Pakistan at SCO meet\n\n"
        "Benaulim (Goa): Victims of terrorism do not negotiate with its sponsors, External "
        "Affairs Minister S Jaishankar said on Friday.\n"
    )
    (found,) = run(text, FRIDAY)
    assert found.text.startswith("Victims of terrorism")


def test_a_transcript_label_with_a_country_in_brackets_is_no_dateline() -> None:
    text = (
        "Press conference after the talks\n\n"
        "Sergey Lavrov (Russia): We discussed the situation in detail and agreed to meet "
        "again in the autumn.\n"
    )
    assert all(not s.text.startswith("We discussed") or s.speaker for s in run(text, FRIDAY))
    assert not any(s.text.startswith("Sergey Lavrov") for s in run(text, FRIDAY))


def test_a_weekday_before_a_noun_dates_that_thing_not_the_words() -> None:
    # "Pointing to the Friday meeting in Vienna, X said": Friday is the meeting's day
    text = (
        "TEHRAN, Oct 25 (IRNA) -- Pointing to the Friday meeting on Syria in Vienna, Foreign "
        "Minister Mohammad Javad Zarif said on Sunday that only Syrians could decide their "
        "future.\n"
        "Referring to the Friday meeting, Zarif said the talks had been useful.\n"
    )
    found = run(text, datetime.date(2015, 10, 25))
    assert [s.said_on for s in found] == ["2015-10-25", "2015-10-25"]


def test_he_spoke_after_talks_on_a_day_dates_the_words_told_before() -> None:
    text = (
        "ANKARA, March 14 (Anadolu) -- Foreign Minister Hakan Fidan said the ceasefire must "
        "hold. He spoke after talks on Tuesday with his Greek counterpart in Athens.\n"
    )
    (found,) = run(text, datetime.date(2024, 3, 14))
    assert found.said_on == "2024-03-12"


def test_a_date_naming_a_thing_does_not_date_the_words_beside_it() -> None:
    text = (
        "BANGKOK, March 14 -- Pointing to the March 12 agreement, Foreign Minister Maris "
        "Sangiampongsa said the border would reopen soon.\n"
    )
    (found,) = run(text, datetime.date(2024, 3, 14))
    assert found.said_on == "2024-03-14"


def test_made_the_remark_in_the_singular_dates_the_words_told_before() -> None:
    for noun in ("remark", "comment"):
        text = (
            'SEOUL, March 14 (Yonhap) -- "The talks must resume," Foreign Minister Min Ha-eun '
            f"said. Min made the {noun} at a meeting with reporters on Tuesday.\n"
        )
        (found,) = run(text, datetime.date(2024, 3, 14))
        assert found.said_on == "2024-03-12", noun
