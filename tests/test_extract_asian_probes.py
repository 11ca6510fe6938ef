"""Failure classes found by running the extractor on real English pages from Asian and
multilateral outlets (Xinhua, People's Daily, MOFCOM coverage, UN Secretary-General pages;
issue 8), each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract
from tracker.extract.speakers import parse_speaker

MONDAY = datetime.date(2025, 5, 12)


def run(text: str, published: datetime.date | None = MONDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_family_name_he_is_not_a_pronoun_or_a_title() -> None:
    for written, role in (
        ("Vice Premier He Lifeng", "Vice Premier"),
        ("commerce ministry spokesperson He Yadong", "Spokesperson"),
        ("He Yongqian", None),
    ):
        phrase = parse_speaker(written)
        assert phrase is not None and phrase.kind == "person"
        assert phrase.name is not None and phrase.name.startswith("He ")
        assert phrase.role == role


def test_a_statement_by_he_lifeng_keeps_his_whole_name() -> None:
    text = (
        "BEIJING, May 12 (Xinhua) -- Chinese Vice Premier He Lifeng said on Monday that the "
        "trade consultations had been frank, in-depth and constructive.\n"
    )
    (found,) = run(text)
    assert found.speaker == "He Lifeng"
    assert found.said_on == "2025-05-12"


def test_a_first_person_clause_is_no_speaker() -> None:
    # a Secretary-General's remarks page: "I wrote ..." opens a clause, it names no one
    text = (
        "Remarks to the Security Council on the crisis\n\n"
        "Last month, I wrote to this Council urging every party to protect civilians.\n"
    )
    assert all(not (s.speaker or "").startswith("I ") for s in run(text))
    assert parse_speaker("I wrote to this Council") is None
    assert parse_speaker("We told the Assembly") is None


def test_a_body_named_by_its_field_is_an_institution() -> None:
    for written, name, country in (
        ("China's Ministry of Commerce", "Ministry of Commerce", "China"),
        (
            "the Committee for the Peaceful Reunification of the Fatherland",
            "Committee for the Peaceful Reunification of the Fatherland",
            None,
        ),
        (
            "the Office of the High Commissioner for Human Rights",
            "Office of the High Commissioner for Human Rights",
            None,
        ),
    ):
        phrase = parse_speaker(written)
        assert phrase is not None and phrase.kind == "institution", written
        assert (phrase.name, phrase.country) == (name, country)


def test_a_post_after_a_field_body_still_names_a_person() -> None:
    phrase = parse_speaker("Ministry of Commerce Spokesperson He Yongqian")
    assert phrase is not None and phrase.kind == "person"
    assert (phrase.name, phrase.role) == ("He Yongqian", "Spokesperson")


def test_a_field_body_speaks_in_a_korean_wire_story() -> None:
    text = (
        "SEOUL, April 18 (Yonhap) -- Pyongyang's Committee for the Peaceful Reunification of "
        "Korea said on Thursday that no talks would be held while the drills go on.\n"
    )
    (found,) = run(text, datetime.date(2013, 4, 18))
    assert found.speaker == "Committee for the Peaceful Reunification of Korea"
    assert found.said_on == "2013-04-18"


def test_an_extraordinary_press_conference_of_one_turn_is_a_transcript() -> None:
    # Japan's foreign ministry titles its impromptu briefings "Extraordinary Press
    # Conference by ..."; an excerpt may hold the opening remarks alone
    text = (
        "Press Conferences\n"
        "Extraordinary Press Conference by Foreign Minister KAMIKAWA Yoko\n"
        "Sunday, November 26, 2023, 5:37 p.m. Busan\n"
        "Opening Remarks\n"
        "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs: The three ministers met today for "
        "the first time in four years, and I welcomed the progress we made together.\n"
    )
    (found,) = run(text, datetime.date(2023, 11, 26))
    assert found.speaker is not None and "Kamikawa" in found.speaker.title()
    assert found.said_on == "2023-11-26"


def test_a_day_of_the_month_alone_dates_the_statement() -> None:
    # news translated from Korean or Japanese: "said on the 12th", the month left implied
    text = (
        "SEOUL, March 14 (Yonhap) -- Foreign Minister Cho Tae-yul said on the 12th that Seoul "
        "would stay in close touch with Washington over the tariffs.\n"
    )
    (found,) = run(text, datetime.date(2025, 3, 14))
    assert found.said_on == "2025-03-12"
    assert found.date_evidence == "on the 12th"


def test_an_ordinal_before_a_noun_is_no_day() -> None:
    text = (
        "SEOUL, March 14 (Yonhap) -- Foreign Minister Cho Tae-yul said on the 60th anniversary "
        "of the treaty that both nations should look ahead.\n"
    )
    (found,) = run(text, datetime.date(2025, 3, 14))
    assert found.said_on == "2025-03-14"


def test_an_old_photo_caption_above_the_dateline_dates_nothing() -> None:
    # Malaysian and Chinese pages reuse file photos, their captions dated in full
    text = (
        "Foreign Minister Saifuddin Abdullah speaks to the media after a special summit held "
        "by video link in Kuala Lumpur, November 22, 2021. \u2014 Bernama pic\n\n"
        "KUANTAN, Feb 20 \u2014 Foreign Minister Saifuddin Abdullah once again reiterated that "
        "the ministry would not name any envoy before the king had appointed them.\n\n"
        '"We will only give the names once the letters of appointment are handed over," he '
        "told a press conference here today.\n"
    )
    found = run(text, datetime.date(2022, 2, 20))
    assert [s.said_on for s in found] == ["2022-02-20", "2022-02-20"]


def test_malaysian_titles_of_honour_are_not_part_of_the_name() -> None:
    for written, name in (
        ("Prime Minister Datuk Seri Anwar Ibrahim", "Anwar Ibrahim"),
        ("Foreign Minister Dato' Saifuddin Abdullah", "Saifuddin Abdullah"),
        ("Datin Paduka Siti Aminah Yusof", "Siti Aminah Yusof"),
    ):
        phrase = parse_speaker(written)
        assert phrase is not None and phrase.kind == "person"
        assert phrase.name == name


def test_coast_guards_and_armed_services_speak_as_bodies() -> None:
    for written, name in (
        ("the China Coast Guard", "China Coast Guard"),
        ("the Indian Navy", "Indian Navy"),
        ("the Chinese Air Force", "Chinese Air Force"),
    ):
        phrase = parse_speaker(written)
        assert phrase is not None and phrase.kind == "institution", written
        assert phrase.name == name


def test_a_coast_guard_statement_in_a_wire_story() -> None:
    text = (
        "BEIJING, June 17 (Xinhua) -- The China Coast Guard said on Monday that a supply "
        "vessel had entered the waters near the shoal without permission.\n"
    )
    (found,) = run(text, datetime.date(2024, 6, 17))
    assert found.speaker == "China Coast Guard"
    assert found.said_on == "2024-06-17"


def test_a_statement_page_titled_in_capitals_is_its_signers() -> None:
    # EU and UN statements reposted by wire sites keep the title in capitals
    text = (
        "STATEMENT BY THE HIGH REPRESENTATIVE JOSEP BORRELL ON THE SITUATION IN THE REGION\n\n"
        "The naval deployments of recent days are deeply worrying and will solve nothing. "
        "Disputes over maritime boundaries must be settled through talks and in line with "
        "international law.\n"
    )
    (found,) = run(text, datetime.date(2020, 8, 9))
    assert found.speaker == "Josep Borrell"
    assert found.said_on == "2020-08-09"
