"""English attribution constructions around the speaker and the verb (issue 8, round 9
probes): each test in new words, each failing before its fix."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2023, 6, 14)


def _one(text: str):
    found = extract(text, published=WEDNESDAY)
    assert len(found) == 1, (text, found)
    return found[0]


def test_a_day_put_first_without_a_comma_is_no_part_of_the_title() -> None:
    # "On Thursday Hakan Fidan said" recorded the post "Thursday"; "Earlier on Monday
    # Foreign Minister X said" the post "Monday Foreign Minister"
    for text, name, role, day in (
        (
            "VILNIUS (Reuters) - On Tuesday Gabrielius Landsbergis said the border would stay "
            "shut.",
            "Gabrielius Landsbergis",
            None,
            "2023-06-13",
        ),
        (
            "VILNIUS (Reuters) - Earlier Monday Landsbergis told reporters the border would stay "
            "shut.",
            "Landsbergis",
            None,
            "2023-06-12",
        ),
        (
            "VILNIUS (Reuters) - On Tuesday Lithuanian Foreign Minister Gabrielius Landsbergis "
            "said the border would stay shut.",
            "Gabrielius Landsbergis",
            "Foreign Minister",
            "2023-06-13",
        ),
        (
            "VILNIUS (Reuters) - On Tuesday the Foreign Minister of Lithuania Gabrielius "
            "Landsbergis said the border would stay shut.",
            "Gabrielius Landsbergis",
            "Foreign Minister of Lithuania",
            "2023-06-13",
        ),
    ):
        found = _one(text)
        assert (found.speaker, found.role) == (name, role), text
        assert found.said_on == day, text


def test_a_longer_time_or_place_put_first_without_a_comma_leaves_the_speaker() -> None:
    # "On Saturday at the party conference Senator X said ..." and "At the summit in Astana
    # on Friday Foreign Minister X said ..." yielded no statement at all
    for text, day in (
        (
            "VILNIUS (Reuters) - On Monday at the party congress Senator Ruta Vaitkute said the "
            "border would stay shut.",
            "2023-06-12",
        ),
        (
            "VILNIUS (Reuters) - At the meeting in Riga on Tuesday Foreign Minister Ruta "
            "Vaitkute said the border would stay shut.",
            "2023-06-13",
        ),
        (
            "VILNIUS (Reuters) - On Tuesday in Riga Foreign Minister Ruta Vaitkute told "
            "reporters the border would stay shut.",
            "2023-06-13",
        ),
        (
            "VILNIUS (Reuters) - Also on Tuesday Foreign Minister Ruta Vaitkute said the border "
            "would stay shut.",
            "2023-06-13",
        ),
        (
            "VILNIUS (Reuters) - Separately on Tuesday Foreign Minister Ruta Vaitkute said the "
            "border would stay shut.",
            "2023-06-13",
        ),
    ):
        found = _one(text)
        assert (found.speaker, found.said_on) == ("Ruta Vaitkute", day), text
        assert found.text == "the border would stay shut", text


def test_a_month_and_year_put_first_without_a_comma_leaves_the_speaker() -> None:
    found = _one(
        "VILNIUS (Reuters) - In March 2019 President Dalia Grybauskaite said the border would "
        "stay open."
    )
    assert (found.speaker, found.said_on) == ("Dalia Grybauskaite", "2019-03")


def test_a_calling_written_before_a_name_is_no_part_of_it() -> None:
    # "Kremlin critic Alexei Navalny" was recorded as a body of that name; "Comedian Sarah
    # Silverman", "Donor Adelson" as people named "Comedian ..." and "Donor ..."
    for text, name in (
        (
            "VILNIUS (Reuters) - Belarusian dissident Ales Varenko said the border would stay "
            "shut.",
            "Ales Varenko",
        ),
        (
            "VILNIUS (Reuters) - Historian Ona Petraityte said the border would stay shut.",
            "Ona Petraityte",
        ),
        (
            "VILNIUS (Reuters) - Kremlin critic Ales Varenko told reporters the border would stay "
            "shut.",
            "Ales Varenko",
        ),
        (
            "VILNIUS (Reuters) - Blogger Ales Varenko wrote that the border would stay shut.",
            "Ales Varenko",
        ),
    ):
        found = _one(text)
        assert (found.speaker, found.speaker_type) == (name, "person"), text


def test_a_participle_before_a_post_leaves_the_titled_speaker() -> None:
    # "Outgoing NATO Secretary-General Jens Stoltenberg said ..." and "Incoming President X
    # said ..." yielded no statement
    for text, name in (
        (
            "VILNIUS (Reuters) - Outgoing Lithuanian President Ruta Vaitkute said the border "
            "would stay shut.",
            "Ruta Vaitkute",
        ),
        (
            "VILNIUS (Reuters) - Visiting Polish Foreign Minister Jan Wrona told reporters the "
            "border would stay shut.",
            "Jan Wrona",
        ),
        (
            "VILNIUS (Reuters) - Incoming EU foreign policy chief Jan Wrona said the border would "
            "stay shut.",
            "Jan Wrona",
        ),
    ):
        found = _one(text)
        assert found.speaker == name, text
        assert found.text == "the border would stay shut", text


def test_a_name_then_the_body_worked_at_gives_the_person() -> None:
    # "Ali Vaez of the International Crisis Group said" was recorded as a body named "Ali
    # Vaez of the International Crisis Group"; "Trenin, of the Carnegie Moscow Center,
    # said" under "of the Carnegie Moscow Center"
    for text, name in (
        (
            "VILNIUS (Reuters) - Tomas Janeliunas of the Vilnius Institute of International "
            "Relations said the border would stay shut.",
            "Tomas Janeliunas",
        ),
        (
            '"The border will stay shut," said Ieva Karnite at the Baltic Policy Centre.',
            "Ieva Karnite",
        ),
        (
            "VILNIUS (Reuters) - Ms. Karnite from the Baltic Policy Centre told Reuters the "
            "border would stay shut.",
            "Karnite",
        ),
        (
            "VILNIUS (Reuters) - Karnite, of the Baltic Policy Centre, said the border would "
            "stay shut.",
            "Karnite",
        ),
    ):
        found = _one(text)
        assert (found.speaker, found.speaker_type) == (name, "person"), text


def test_a_post_with_lower_case_qualifiers_after_the_name_leaves_the_name() -> None:
    # "Jennifer Palmieri, communications director for the Clinton campaign, said" was
    # recorded under a body named "communications director for the Clinton campaign"
    for text in (
        "VILNIUS (Reuters) - Ieva Karnite, research director at the Baltic Policy Centre, said "
        "the border would stay shut.",
        "VILNIUS (Reuters) - Ieva Karnite, communications director for the Lithuanian "
        "foreign ministry, said the border would stay shut.",
        "VILNIUS (Reuters) - Ieva Karnite, co-founder of the Baltic Policy Centre, said the "
        "border would stay shut.",
    ):
        found = _one(text)
        assert (found.speaker, found.speaker_type) == ("Ieva Karnite", "person"), text


def test_he_after_reporters_asked_someone_is_the_one_asked() -> None:
    # "Reporters asked Lavrov about the talks. He said ..." filed the words under a person
    # named "Reporters"
    for opening in ("Reporters asked", "Journalists asked", "Correspondents asked"):
        found = _one(
            f"VILNIUS (Reuters) - {opening} Lithuanian Foreign Minister Gabrielius Landsbergis "
            "about the border on Tuesday. He said it would stay shut."
        )
        assert found.speaker == "Gabrielius Landsbergis", opening
        assert found.text == "it would stay shut", opening


def test_a_short_opening_fragment_of_a_split_quotation_is_part_of_it() -> None:
    # '"The ceasefire," Fidan said, "must hold."' gave only "must hold." (the statement
    # started after where a reader's record starts)
    for text, words in (
        (
            'VILNIUS (Reuters) - "Frankly," Landsbergis told reporters, "the border stays shut."',
            "Frankly",
        ),
        (
            'VILNIUS (Reuters) - "Our answer," Landsbergis said, "has not changed."',
            "Our answer",
        ),
    ):
        found = _one(text)
        assert found.text.startswith(words), text
        assert found.kind == "direct", text
