"""Date failure classes of fresh blind sets of date-heavy Asian copy (issue 8, session 7):
Bernama, Antara, PNA, Xinhua relays and Malaysian dailies. Each test is written here in new
words, in the style of such copy."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

WEDNESDAY = datetime.date(2024, 3, 13)


def run(text: str, published: datetime.date | None = WEDNESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_body_readout_of_the_meeting_the_lead_dates_yesterday_takes_that_day() -> None:
    # next-day print copy: the ministers met "here yesterday"; the host ministry's readout
    # of that meeting, with no day of its own, was given out the day of the meeting, not
    # the page's day; a summit months before is only background
    text = (
        "JAKARTA: Closer fisheries cooperation was the focus of talks between Indonesia and "
        "New Zealand at the foreign ministers' level here yesterday.\n\n"
        "The two ministers built on what their leaders agreed at the summit on Nov 4 in "
        "Auckland.\n\n"
        "Indonesia's Foreign Ministry said Sugiono and Winston Peters discussed joint patrols "
        "against illegal fishing in the waters between the two countries.\n\n"
        '"Both ministers agreed to meet again before the end of the year," the ministry said '
        "in a statement issued in conjunction with the talks.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Indonesian Foreign Ministry"] * 2
    assert [s.said_on for s in found] == ["2024-03-12", "2024-03-12"]


def test_words_quoted_from_a_report_of_an_earlier_day_that_names_the_speaker_take_its_day() -> None:
    # the report of Monday told the visitor's call on the minister; "was also quoted saying"
    # gives his words at that call, not on the page's day
    text = (
        "KUALA LUMPUR, March 13 -- An opposition lawmaker today asked why the visit of "
        "Vietnam's trade minister drew so little notice at home.\n\n"
        "Vietnam News Agency reported on Monday that Nguyen Hong Dien called on Investment "
        "Minister Tengku Zafrul Aziz to talk about electronics supply chains.\n\n"
        "Tengku Zafrul was also quoted saying that Malaysia wants more Vietnamese firms to "
        "set up plants in Penang.\n"
    )
    found = run(text)
    quoted = [s for s in found if s.text.startswith("Malaysia wants")]
    assert quoted and quoted[0].said_on == "2024-03-11"


def test_the_report_said_after_a_body_posted_its_readout_is_that_body() -> None:
    # "the report" is the ministry's own post while no news outlet has been named since
    text = (
        "BANGKOK, March 13 -- Thailand's Foreign Ministry said on Facebook that Foreign "
        "Minister Maris Sangiampongsa and his Philippine counterpart discussed rice trade on "
        "Wednesday.\n\n"
        '"Both sides agreed to open a hotline between their coast guards," the report said.\n'
    )
    found = run(text)
    assert len(found) == 2
    assert found[1].speaker == found[0].speaker


def test_the_report_said_after_a_news_agency_relayed_the_words_names_no_body() -> None:
    # the agency's report: no speaker of the body before it
    text = (
        "SEOUL, March 13 (Yonhap) -- The Foreign Ministry said on Wednesday it would answer "
        "any launch, Xinhua reported.\n\n"
        '"We will meet force with force," the report said.\n'
    )
    found = run(text)
    assert all("Ministry" not in s.speaker for s in found if s.text.startswith("We will"))


def test_a_statement_on_his_own_facebook_page_stands_between_the_name_and_said() -> None:
    text = (
        "PUTRAJAYA, March 13 -- Prime Minister Datuk Seri Anwar Ibrahim met three leaders "
        "today.\n\n"
        "Anwar in a statement on his Facebook page said he had asked Hanoi to curb fishing "
        "boats straying into Malaysian waters.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Anwar Ibrahim"]
    assert found[0].text.startswith("he had asked Hanoi")


def test_a_body_also_known_by_another_name_set_off_by_commas_speaks() -> None:
    text = (
        "KUALA LUMPUR, March 13 -- The Ministry of Foreign Affairs, also known as Wisma "
        "Putra, said on Facebook that the two ministers discussed palm oil exports.\n"
    )
    found = run(text)
    assert len(found) == 1
    assert "Ministry of Foreign Affairs" in found[0].speaker
    assert found[0].text.startswith("the two ministers discussed")


def test_a_korean_given_name_opening_with_in_joined_by_a_hyphen_is_part_of_the_name() -> None:
    # "In-hwan" is a given name, not the preposition: the minister is "Kim In-hwan" when
    # named again by his family name alone
    text = (
        "SEOUL, March 13 (Yonhap) -- Trade Minister Kim In-hwan met the Australian envoy on "
        "Wednesday, his office said.\n\n"
        "Kim said the two sides would speed up talks on supply chains for critical minerals.\n"
    )
    found = run(text)
    assert found[-1].speaker == "Kim In-hwan"


def test_he_after_a_meeting_with_the_premier_of_a_state_named_after_a_comma_is_the_host() -> None:
    # "with the Prime Minister of Thailand, NAME": the name is the object's appositive; the
    # "he" of the next quote is the one who held the meeting
    text = (
        "KUALA LUMPUR (March 13): Prime Minister Datuk Seri Anwar Ibrahim held talks with "
        "three Asean leaders in Vientiane today.\n\n"
        "Anwar also held a meeting with the Prime Minister of Thailand, Srettha Thavisin and "
        "raised the safety of Malaysian lorry drivers at the border.\n\n"
        "The two also spoke about rail links.\n\n"
        "\u201cI also met the leader of Cambodia, where we agreed to train more nurses "
        "together,\u201d he said.\n"
    )
    found = run(text)
    assert found[-1].speaker == "Anwar Ibrahim"


def test_the_report_said_goes_back_to_a_body_named_by_its_other_name_not_to_the_state() -> None:
    # the body named first by a descriptive name, then by its other name: "the report" is
    # its post, never the state of the dateline
    text = (
        "KUALA LUMPUR, March 13 (Bernama) -- The Ministry of Foreign Affairs, also known as "
        "Wisma Putra, said on Facebook that the two ministers discussed haj quotas.\n\n"
        '"Both sides agreed to meet again in Riyadh," the report said.\n'
    )
    found = run(text)
    assert len(found) == 2
    assert found[1].speaker not in ("the report", "Malaysia")


def test_a_participle_phrase_opening_the_sentence_is_not_what_was_said() -> None:
    # "Being ..., X said during the talks they ...": the phrase with no finite verb only sets
    # the scene; the words follow the verb and the occasion
    text = (
        "Being old trading partners and members of the Mekong grouping, Budi said during the "
        "talks they agreed to open two more border crossings.\n"
    )
    found = run(text)
    assert len(found) == 1
    assert found[0].text.startswith("they agreed to open")


def test_an_opening_mark_typed_to_close_a_quote_before_he_said_closes_it() -> None:
    # '...,\u201c he said in a statement Tuesday': the mark after the comma and before the
    # lower-case attribution closes the words, whose own day the attribution then gives
    text = (
        "JAKARTA: Trade Minister Budi Santoso met his Thai counterpart on Monday.\n\n"
        "\u201cWe will keep talking through the joint commission to settle what is left,\u201c "
        "he said in a statement Tuesday.\n"
    )
    found = run(text)
    quoted = [s for s in found if s.text.startswith("We will keep")]
    assert quoted and quoted[0].text.endswith("what is left")
    assert quoted[0].said_on == "2024-03-12"


def test_a_surname_misspelt_by_one_dropped_letter_is_the_titled_person_named_before() -> None:
    # agency copy drops a letter once ("Budman" for "Budiman"): the same minister, whose
    # later words follow his own dated statement
    text = (
        "JAKARTA: Trade Minister Budiman Santoso met his Thai counterpart on Monday.\n\n"
        "Budman said the two ministers agreed to cut tariffs on farm goods.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Budiman Santoso"]
