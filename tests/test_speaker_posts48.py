"""Who speaks when a post is written before a body's initials in brackets: "Spokesperson for
the Ministry of Foreign Affairs (MoFA) Dr. X said" is X with that post, so a later "the
spokesperson for the Ministry of Foreign Affairs said" is X too. Stories written here in the
manner of Gulf English-language dailies."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2024, 3, 12)  # a Tuesday


def test_post_before_initials_then_described() -> None:
    assert_statements(
        "Doha: Adviser to the Prime Minister and official spokesperson for the Ministry of "
        "Foreign Affairs (MoFA) Dr. Khalid bin Saeed Al Marri has said that talks on the "
        "truce were continuing.\n\n"
        "The official spokesperson for the Ministry of Foreign Affairs said the mediators "
        "were still waiting for a written reply from both sides.\n",
        PUBLISHED,
        [
            ("Khalid bin Saeed Al Marri", "talks on the truce", "../2024-03-12"),
            ("Khalid bin Saeed Al Marri", "the mediators were still", "../2024-03-12"),
        ],
    )


def test_post_before_initials_then_the_spokesperson() -> None:
    assert_statements(
        "Adviser to the Prime Minister and spokesperson for the Ministry of Foreign Affairs "
        "(MoFA) Dr. Khalid Al Marri said the talks were continuing.\n\n"
        "The spokesperson said the mediators were waiting for a reply.\n",
        PUBLISHED,
        [
            ("Khalid Al Marri", "the talks were continuing", "2024-03-12"),
            ("Khalid Al Marri", "the mediators were waiting", "2024-03-12"),
        ],
    )


def test_words_addressing_a_body_before_its_initials_are_no_post() -> None:
    # near miss: "Addressing the Ministry ... (MoFA)" opens on a participle, no post: the
    # name after the bracket still speaks
    text = (
        "MANAMA - Addressing the Ministry of Foreign Affairs (MoFA) Dr. Mariam Al Sayed "
        "said ties with Cairo were strong.\n"
    )
    found = extract(text, published=PUBLISHED)
    assert [s.speaker for s in found] == ["Mariam Al Sayed"]


def test_body_initials_then_post_and_name() -> None:
    # near miss: the post after the initials, as before
    assert_statements(
        "International Maritime Organization (IMO) Secretary-General Arne Holm said the "
        "shipping lanes would reopen.\n",
        PUBLISHED,
        [("Arne Holm", "the shipping lanes", "2024-03-12")],
    )


def test_initials_of_a_body_the_speaker_does_not_serve() -> None:
    # near miss: no post before the bracket, a bare name after it; nothing borrowed
    assert_statements(
        "The talks were hosted by the Gulf Cooperation Council (GCC). Khalid Al Marri said "
        "the mediators were waiting for a reply.\n",
        PUBLISHED,
        [("Khalid Al Marri", "the mediators were waiting", "2024-03-12")],
    )


def test_fronted_topic_is_not_the_speaker() -> None:
    # "Of X, Y said": the words are about X; Y (with the name given in full before) speaks
    assert_statements(
        "Marta Delgado, a lobbyist in Ottawa, spoke after the dinner. Of Brennan, Delgado, "
        "who has given money to his rival, said, \u201cHe is out of his depth.\u201d\n",
        PUBLISHED,
        [("Marta Delgado", "He is out of his depth.", "2024-03-12")],
    )


def test_fronted_topic_about() -> None:
    assert_statements(
        "Marta Delgado, a lobbyist in Ottawa, spoke after the dinner. About Brennan, Delgado, "
        "who has given money to his rival, said he was \u201cout of his depth.\u201d\n",
        PUBLISHED,
        [("Marta Delgado", "he was", "2024-03-12")],
    )


def test_a_name_opening_on_such_a_word_still_speaks() -> None:
    # near miss: "Beyond Meat" opens on a preposition but sets off no topic with a comma
    found = extract(
        "Plant-based slump\n\nBeyond Meat said on Monday that its sales fell 18 percent.\n",
        published=PUBLISHED,
    )
    assert [s.speaker for s in found] == ["Beyond Meat"]
