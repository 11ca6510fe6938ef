"""Detection on unseen real text (issue 8, thirteenth round): spans wrongly taken as
statements and statements missed, by class of language. Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)


def test_a_verb_of_saying_whose_object_only_names_words_given_elsewhere_says_nothing() -> None:
    # "rejected the criticism.", "stressed a different point.": a mention without content
    text = (
        "OSLO, March 4 (Wire) - The foreign ministry rejected the accusations. Ministry "
        "spokeswoman Ingrid Moe said the talks had been useful.\n\n"
        "The prime minister's office stressed a different point."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [("Ingrid Moe", "the talks had been useful")]


def test_objected_that_tells_an_objection() -> None:
    text = (
        "OSLO, March 4 (Wire) - Chile's delegate, Marta Rojas, objected that the draft was too "
        "vague and that her country had not been consulted."
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Marta Rojas"]
    assert found[0].text.startswith("the draft was too vague")


def test_had_written_that_tells_what_was_written() -> None:
    # the perfect of "write" before a "that" clause, as "wrote" is
    text = (
        "OSLO, March 4 (Wire) - Foreign Minister Erik Dahl had written on X late on Sunday "
        "that Norway was keen to rebuild trust with its neighbours.\n\n"
        "The party has written off the effort to change the rules."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Erik Dahl", "Norway was keen to rebuild trust with its neighbours")
    ]


def test_a_broadcasters_copyright_footer_ends_its_transcript() -> None:
    text = (
        "Norway's foreign minister on the talks\n\n"
        "HOST: Erik Dahl is Norway's foreign minister. Welcome.\n\n"
        "DAHL: We want the talks to go on, and we will keep every channel open.\n\n"
        "HOST: Minister, thank you.\n\n"
        "DAHL: Thank you.\n\n"
        "(SOUNDBITE OF MUSIC)\n\n"
        "Copyright \u00a9 2024 Radio Wire. All rights reserved. Visit our website terms of use "
        "pages for further information.\n\n"
        "Radio Wire transcripts are made on a rush deadline and may be revised in the future.\n"
    )
    found = extract(text, published=MONDAY)
    assert not [s for s in found if "Copyright" in s.text or "transcripts are" in s.text]
    assert any(s.text.startswith("We want the talks to go on") for s in found)


def test_a_quoted_naming_goes_on_into_the_words_of_the_verb_joined_after_it() -> None:
    # 'called X "..." and said ...', 'described X as "...", and said ...': one statement, as
    # an editor copies it; the words after the joined verb were dropped at the closing quote
    text = (
        "NAIROBI, March 4 (Wire) - Kenya's Foreign Minister Amos Wekesa called the border "
        'deal "a fair bargain" and said the crossing at Moyale would reopen in May.\n\n'
        'Ethiopia\'s envoy Selam Tadesse described the talks as "frank but warm", and said '
        "a second round would follow before the rains."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Amos Wekesa",
            'the border deal "a fair bargain" and said the crossing at Moyale would reopen in May',
        ),
        (
            "Selam Tadesse",
            'the talks as "frank but warm", and said a second round would follow before the rains',
        ),
    ]


def test_a_short_naming_before_a_joined_verb_is_kept_with_its_words() -> None:
    # "called the move lawful, and said ...": a naming says something however short, and
    # what follows the joined verb is said too
    text = (
        "NAIROBI, March 4 (Wire) - Foreign Minister Amos Wekesa called the levy lawful, and "
        "said no trader had been singled out."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Amos Wekesa", "the levy lawful, and said no trader had been singled out"),
    ]
