"""Pages of one person's words whose title names them in forms the transcript reader
missed (issue 8): each yielded no statement at all. Texts written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MARCH_20 = datetime.date(2024, 3, 20)


def test_a_statement_from_a_named_leader_is_the_leader_s() -> None:
    # "Statement from President X on ...", as the White House titles them
    text = (
        "Statement from President Elena Varga on the Floods in the North\n\n"
        "March 20, 2024\n\n"
        "I am heartbroken by the loss of life in the northern valleys.\n\n"
        "My administration will release emergency funds to every district affected.\n"
    )
    found = extract(text, published=MARCH_20)
    assert [(s.speaker, s.said_on) for s in found] == [("Elena Varga", "2024-03-20")]
    assert "emergency funds" in found[0].text


def test_a_message_titled_by_the_post_is_the_signer_s() -> None:
    text = (
        "Message from the Prime Minister on the National Day of Remembrance\n\n"
        "March 20, 2024\n\n"
        "Today we remember the workers who lost their lives in the mine collapse.\n\n"
        "Their families deserve answers, and they will get them.\n\n"
        "Tomas Velisk\n"
        "Prime Minister of Estonia\n"
    )
    found = extract(text, published=MARCH_20)
    assert [(s.speaker, s.role, s.said_on) for s in found] == [
        ("Tomas Velisk", "Prime Minister of Estonia", "2024-03-20")
    ]
    assert found[0].text.endswith("they will get them.")


def test_a_letter_signed_below_is_the_signer_s() -> None:
    text = (
        "Letter from the Foreign Minister to the President of the Security Council\n\n"
        "Excellency,\n\n"
        "I write to inform you of the shelling of border villages by artillery of a "
        "neighbouring state.\n\n"
        "We ask the Council to act without delay.\n\n"
        "(Signed) Mara Odrany\n"
        "Minister of Foreign Affairs\n"
    )
    found = extract(text, published=MARCH_20)
    assert [s.speaker for s in found] == ["Mara Odrany"]


def test_a_message_titled_by_the_post_and_signed_by_no_one_has_no_speaker() -> None:
    text = (
        "Message from the Prime Minister on the National Day of Remembrance\n\n"
        "March 20, 2024\n\n"
        "Today we remember the workers who lost their lives in the mine collapse.\n\n"
        "Their families deserve answers, and they will get them.\n"
    )
    assert [s.speaker for s in extract(text, published=MARCH_20) if s.speaker] == []


def test_a_department_s_comment_is_its_ministry_s_words() -> None:
    text = (
        "Comment by the Information and Press Department of the Estonian Foreign Ministry "
        "on the closure of the border crossing\n\n"
        "20 March 2024\n\n"
        "We consider the closure of the crossing a breach of the transit agreement.\n\n"
        "Such steps will not be left without a response.\n"
    )
    found = extract(text, published=MARCH_20)
    assert [(s.speaker, s.speaker_type) for s in found] == [
        ("Estonian Foreign Ministry", "institution")
    ]


def test_a_ministry_s_statement_titled_by_it_is_its_words() -> None:
    text = (
        "Foreign Ministry statement on the closure of the border crossing\n\n"
        "20 March 2024\n\n"
        "The Estonian Foreign Ministry firmly protests the closure of the crossing.\n\n"
        "We call for the transit agreement to be honoured in full.\n"
    )
    found = extract(text, published=MARCH_20)
    assert [(s.speaker, s.said_on) for s in found] == [("Estonian Foreign Ministry", "2024-03-20")]


def test_a_story_headlined_by_a_ministry_s_statement_is_still_a_story() -> None:
    text = (
        "Foreign Ministry statement on the crossing draws a sharp rebuke\n\n"
        "TALLINN, March 20 (Reuters) - Estonia's prime minister on Wednesday dismissed the "
        "neighbouring ministry's complaint about the border crossing.\n\n"
        '"We will not reopen it under pressure," Prime Minister Tomas Velisk told reporters.\n\n'
        "Analyst Mara Odrany said the dispute could drag on for months.\n"
    )
    found = extract(text, published=MARCH_20)
    assert "Estonian Foreign Ministry" not in {s.speaker for s in found}
    assert ("Mara Odrany", "the dispute could drag on for months") in {
        (s.speaker, s.text) for s in found
    }


def test_a_place_and_date_line_above_the_text_signs_nothing() -> None:
    # a short page: the place-and-date line under the title is among its last lines
    text = (
        "Message from the Chair of the Baltic Council of Ministers\n\n"
        "Narva Joesuu, 20 March 2024\n\n"
        "The ministers voiced concern over the closure of the crossing.\n\n"
        "We reaffirmed our support for open borders in the region.\n"
    )
    assert "Narva Joesuu" not in {s.speaker for s in extract(text, published=MARCH_20)}
