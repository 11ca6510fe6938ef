"""Statements a careful editor records that were missed entirely, probed one construction at a
time (issue 8, round 10 probes of recall). Every text is invented; names are made up."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2024, 5, 14)


def _starting(found, words: str):
    return [s for s in found if s.text.startswith(words)]


def test_a_bullet_point_below_a_quotation_signs_nothing() -> None:
    text = (
        'Quotes\n\n"Our funding will help partners reach families cut off by the water."\n'
        "- Canada has given more than $40 million to Ruritania since 2020.\n"
    )
    assert [s.speaker for s in extract(text, published=TUESDAY)] == []


def test_a_day_or_year_before_a_verb_is_what_was_said_not_when() -> None:
    # "said this year marks the 50th anniversary" lost "this year" from the words and dated
    # the saying by it; "said last week the talks had failed" still dates the saying
    for text, words, day in (
        (
            "RIGA (Reuters) - Latvian Foreign Minister Baiba Braze said this year marks the "
            "20th anniversary of Latvia's accession to NATO.",
            "this year marks the 20th anniversary",
            "2024-05-14",
        ),
        (
            "RIGA (Reuters) - Latvian Foreign Minister Baiba Braze said last year had been the "
            "hardest for the region since independence.",
            "last year had been the hardest",
            "2024-05-14",
        ),
        (
            "RIGA (Reuters) - Latvian Foreign Minister Baiba Braze said on Monday this year "
            "would decide the war.",
            "this year would decide the war",
            "2024-05-13",
        ),
        (
            "RIGA (Reuters) - Latvian Foreign Minister Baiba Braze said Sunday was a day of "
            "mourning for the whole region.",
            "Sunday was a day of mourning",
            "2024-05-14",
        ),
        (
            "RIGA (Reuters) - Latvian Foreign Minister Baiba Braze said last week the border "
            "talks had failed.",
            "the border talks had failed",
            "2024-05-06/2024-05-12",
        ),
    ):
        [found] = extract(text, published=TUESDAY)
        assert found.text.startswith(words), text
        assert found.said_on == day, text


def test_a_participle_after_with_and_a_name_is_that_persons_statement() -> None:
    # "The two ministers condemned the launch, with Iwaya calling it ..." gave no statement:
    # the words after "with" were read as more of what the first verb's subject said
    lead = (
        "RIGA (Reuters) - Latvian Foreign Minister Baiba Braze met Estonian counterpart Margus "
        "Tsahkna on Monday. "
    )
    for text in (
        lead + "The two ministers condemned the drone strike, with Tsahkna calling it "
        '"an act of terror" against civilians.',
        lead + "Braze condemned the drone strike, with Tsahkna calling it "
        '"an act of terror" against civilians.',
    ):
        found = extract(text, published=TUESDAY)
        calling = _starting(found, 'it "an act of terror"')
        assert calling and calling[0].speaker == "Margus Tsahkna", text
        assert calling[0].said_on == "2024-05-13", text
        assert not [s for s in found if "with Tsahkna" in s.text], text


def test_where_the_hearers_were_told_is_no_part_of_the_quotation() -> None:
    # 'told reporters after the meeting: "..."' recorded 'after the meeting: "..."', a mixed
    # statement, where the words told are the quotation alone
    for text in (
        "RIGA (Reuters) - Latvian Foreign Minister Baiba Braze told reporters after the meeting: "
        '"The border will stay closed as long as necessary."',
        "RIGA (Reuters) - Latvian Foreign Minister Baiba Braze told Latvian Radio during a visit "
        'to Valga, "The border will stay closed as long as necessary."',
    ):
        [found] = extract(text, published=TUESDAY)
        assert found.text.startswith("The border will stay closed"), text
        assert found.kind == "direct", text


def test_as_someone_put_it_gives_their_words() -> None:
    # "As X put it, ...", "..., as X put it." and "X put it bluntly: ..." gave no statement
    lead = "RIGA (Reuters) - Latvian Foreign Minister Baiba Braze met reporters on Monday. "
    for text in (
        lead + "As Braze put it, the ferry line will stay closed until the port is repaired.",
        lead + '"The ferry line will stay closed until the port is repaired," as Braze put it.',
        lead + 'Braze put it bluntly: "The ferry line will stay closed until the port is '
        'repaired."',
    ):
        found = extract(text, published=TUESDAY)
        assert [s.speaker for s in found] == ["Baiba Braze"], text
        assert found[0].text.lower().startswith("the ferry line will stay closed"), text


def test_as_someone_set_off_by_commas_put_it_keeps_the_named_speaker() -> None:
    text = (
        'RIGA (Reuters) - Or, as Baiba Braze, a former ambassador, put it: "The ferry line will '
        'stay closed until the port is repaired."'
    )
    assert [s.speaker for s in extract(text, published=TUESDAY)] == ["Baiba Braze"]


def test_putting_a_thing_somewhere_is_no_saying() -> None:
    text = (
        "RIGA (Reuters) - Latvian Foreign Minister Baiba Braze drafted the ferry plan and put it "
        "to a vote in parliament on Monday."
    )
    assert extract(text, published=TUESDAY) == []


def test_ahead_of_and_upon_before_that_are_when_not_what() -> None:
    # "said ahead of the talks that ..." and "said upon arrival in Riga that ..." kept the
    # occasion in the words
    for occasion in ("ahead of the talks", "upon arrival in Riga"):
        [found] = extract(
            f"RIGA (Reuters) - Estonian Foreign Minister Margus Tsahkna said {occasion} that "
            "the ferry line would stay closed.",
            published=TUESDAY,
        )
        assert found.text == "the ferry line would stay closed", occasion


def test_he_in_a_where_clause_is_the_subject_of_his_own_sentence() -> None:
    # "X spoke at a news conference in Riga, where he said ..." filed the words under the
    # person the sentence before opened with
    text = (
        "RIGA (Reuters) - Latvian Foreign Minister Baiba Braze met Estonian counterpart Margus "
        "Tsahkna on Monday. Tsahkna later spoke at a news conference in Valga, where he said "
        "the ferry line would stay closed."
    )
    [found] = extract(text, published=TUESDAY)
    assert found.speaker == "Margus Tsahkna"


def test_a_ministry_or_an_office_relaying_a_named_persons_words_leaves_them_his() -> None:
    # "X said ..., the ministry said." and "X condemned ..., his spokeswoman said." filed the
    # whole sentence under the channel, with X's name and verb inside the words
    for text, words in (
        (
            "RIGA, May 14 (Reuters) - Tsahkna met Braze in Riga. Tsahkna said the ferry line "
            "would stay closed until the port was repaired, the ministry said in a statement.",
            "the ferry line would stay closed until the port was repaired",
        ),
        (
            "RIGA, May 14 (Reuters) - Estonian Foreign Minister Margus Tsahkna on Tuesday "
            "condemned the attack on the ferry terminal, his spokeswoman said.",
            "condemned the attack on the ferry terminal",
        ),
        (
            "RIGA, May 14 (Reuters) - Estonian Foreign Minister Margus Tsahkna told reporters "
            "the ferry line would stay closed, his office said.",
            "the ferry line would stay closed",
        ),
    ):
        [found] = extract(text, published=TUESDAY)
        assert "Tsahkna" in found.speaker, text
        assert found.text == words, text
