"""Round thirty-six, review of the English rules merged in its first wave: a part of a full
name is matched when only one of its words is shared by many ("bin" in a page of Gulf
officials); "the Chairperson-in-Office" is the OSCE's chairing foreign minister named
latest with its Chairpersonship, no minister named near another body's chairmanship; a
day in a first clause is the second speaker's too unless the first clause is a saying of
its own; a named spokesperson relays no verb that frames no words; "officials taking part
in the talks" are unnamed whole; a group before "that" and an irregular past ("met") or an
auxiliary ("are backing") speaks. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

_DAY = datetime.date(2024, 5, 7)


def _speakers(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.text, s.said_on or "") for s in extract(text, published=_DAY)]


def test_part_of_a_full_name_matches_though_one_of_its_words_is_shared_by_many() -> None:
    envoys = [
        f"Minister {first} bin {last} said the council would sit again before the summer."
        for first in ("Khalid", "Saad", "Nasser", "Omar", "Hamad", "Faris", "Tariq", "Yousef")
        for last in ("Salman", "Abdullah", "Hamdan", "Mansour", "Zayed")
    ]
    text = (
        "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud said on Monday that Riyadh "
        "would host the next round.\n\n"
        + "\n\n".join(envoys)
        + '\n\n"Nobody leaves the table until there is a text," Faisal bin Farhan told '
        "reporters.\n"
    )
    last = _speakers(text)[-1]
    assert last[1].startswith("Nobody leaves the table"), last
    assert last[0] == "Faisal bin Farhan Al Saud", last


def test_chairperson_in_office_is_no_minister_named_with_another_bodys_chairmanship() -> None:
    for lead in (
        "Indian Prime Minister Narendra Modi said on Monday that India's G20 Chairmanship had "
        "brought the Global South to the table.",
        "Indian External Affairs Minister Subrahmanyam Jaishankar said on Monday that the G20 "
        "Chairmanship had ended on a high note.",
    ):
        text = (
            lead + "\n\nIn Vienna, the OSCE Chairperson-in-Office said on Tuesday that the "
            "monitoring mission would stay in place through the winter.\n"
        )
        last = _speakers(text)[-1]
        assert last[1].startswith("the monitoring mission"), last
        assert last[0] == "the OSCE Chairperson-in-Office", last


def test_chairperson_in_office_is_the_minister_who_took_the_chairpersonship_over() -> None:
    text = (
        "OSCE\n\nPress Release\n\n"
        "Maltese Foreign Minister Ian Borg handed the Chairpersonship over to Finland at a "
        "ceremony in Vienna.\n\n"
        "Finnish Foreign Minister Elina Valtonen then set out the priorities of Finland's "
        "Chairpersonship to the Permanent Council.\n\n"
        "The Chairperson-in-Office said the field missions would remain open in every "
        "participating State that asked for them.\n"
    )
    last = _speakers(text)[-1]
    assert last[1].startswith("the field missions would remain"), last
    assert last[0] == "Elina Valtonen", last


def test_day_of_a_first_clause_that_tells_a_deed_is_the_joined_speakers_too() -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Antalya on "
        "Sunday, while Ukrainian President Volodymyr Zelensky said Kyiv would not give up an "
        "inch of its land.\n\n"
        "Hungarian Prime Minister Viktor Orban flew to Beijing on Monday, whereas Polish Prime "
        "Minister Donald Tusk told reporters in Warsaw that the trip served only Moscow.\n"
    )
    got = _speakers(text)
    assert [(who, day) for who, _, day in got] == [
        ("Volodymyr Zelensky", "2024-05-05"),
        ("Donald Tusk", "2024-05-06"),
    ], got


def test_day_after_a_one_word_name_is_the_first_speakers_own() -> None:
    text = (
        "Peskov on Sunday said that the Kremlin saw no basis for new talks, while Ukrainian "
        "President Volodymyr Zelensky said Kyiv would keep its troops in the region.\n"
    )
    got = _speakers(text)
    assert [(who, day) for who, _, day in got] == [
        ("Peskov", "2024-05-05"),
        ("Volodymyr Zelensky", "2024-05-07"),
    ], got


def test_an_aside_with_no_subject_of_its_own_joins_no_second_speaker() -> None:
    from tracker.extract.occasion import _first_speakers_day
    from tracker.extract.when import date_phrases

    text = (
        "Sergei Lavrov on Sunday, while touring a drone plant near Tula, said Moscow would "
        "not slow its offensive."
    )
    day = date_phrases(text, _DAY)[0]
    assert text[day.start : day.end] == "on Sunday"
    assert not _first_speakers_day(text, day, text.index("said"))


def test_named_spokesperson_relays_nothing_when_the_first_verb_frames_no_words(
    monkeypatch,
) -> None:
    from tracker.extract import frames
    from tracker.extract.cues import find_cues
    from tracker.extract.draft import Draft
    from tracker.extract.speakers import parse_speaker

    text = (
        "Guterres stressed that the convoy must be let through, his spokesman Stephane "
        "Dujarric said."
    )
    reading = frames.ArticleReading(text)
    sentence = reading.sents[0]
    cues = find_cues(text, 0, len(text))
    spokesman = parse_speaker("his spokesman Stephane Dujarric")
    draft = Draft(
        [(0, text.index(", his"))], spokesman, text.index("his spokesman"), cues[-1], sentence
    )
    assert reading._relays_a_named_speaker(sentence, draft, cues[:-1])
    # a first verb read with no words of its own: nothing the spokesman can relay
    monkeypatch.setattr(frames, "_frame", lambda r, s, cue, later: Draft([], None, 0, cue, s))
    assert not reading._relays_a_named_speaker(sentence, draft, cues[:-1])


def test_officials_taking_part_in_talks_are_unnamed_whole() -> None:
    text = (
        "Officials taking part in the talks in Doha said the draft was close to done, though "
        "the sequence of the releases was still open.\n"
    )
    assert _speakers(text) == []
    got = [s.speaker for s in extract(text, published=_DAY, unnamed=True)]
    assert got == ["Officials taking part in the talks in Doha"], got


def test_group_before_that_with_an_irregular_past_or_an_auxiliary_speaks() -> None:
    for text, group in (
        ("States that met in Geneva last week said the pledges fell well short.\n", "States"),
        (
            "Nations that took part in the donor conference said the money would arrive by "
            "autumn.\n",
            "Nations",
        ),
        ("Governments that are backing the resolution say it will pass in June.\n", "Governments"),
    ):
        got = [s.speaker for s in extract(text, published=_DAY, unnamed=True)]
        assert got == [group], (text, got)
