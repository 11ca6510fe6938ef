"""Mentions: ingest and hand-added statements record whom and what they name, so that
`said --mentions` and `who --about` find statements by the names in their words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.db import session_scope
from tracker.services.mentions import find_mentions

# Written for these tests, in the style of a wire story.
STORY = """Lavrov says Blinken talks were useful but no breakthrough

MOSCOW, January 21 (Wire) -- Russian Foreign Minister Sergey Lavrov said on Friday that \
his talks with Antony Blinken in Geneva had been useful.

"We agreed with Blinken that NATO must hear our concerns about Ukraine," Lavrov told \
reporters after the meeting.

Lavrov said the United States had promised written answers from the State Department \
next week.
"""


def setup(cli) -> None:
    cli("institution", "add", "Russian Foreign Ministry", "-k", "ministry", "--country", "RU")
    cli("institution", "add", "NATO", "-k", "alliance", "-a", "North Atlantic Alliance")
    cli("institution", "add", "State Department", "-k", "ministry", "--country", "US")
    cli("official", "add", "Sergey Lavrov")
    cli("official", "add", "Antony Blinken", "--alias", "Tony Blinken")
    cli("role", "add", "Sergey Lavrov", "Foreign Minister", "--at", "Russian Foreign Ministry")


def mentioned_ids(cli, *args: str) -> set[int]:
    return {r["id"] for r in json.loads(cli("said", "-f", "json", *args).stdout)}


def test_ingested_statements_are_found_by_what_they_name(cli, tmp_path: Path) -> None:
    setup(cli)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    cli("ingest", str(story), "--published", "2022-01-21", "--yes")
    everything = json.loads(cli("said", "-f", "json").stdout)
    texts = {r["id"]: r["text"] for r in everything}
    about_blinken = mentioned_ids(cli, "--mentions", "Antony Blinken")
    assert {texts[i] for i in about_blinken} == {
        "his talks with Antony Blinken in Geneva had been useful",
        "We agreed with Blinken that NATO must hear our concerns about Ukraine",
    }
    assert mentioned_ids(cli, "--mentions", "NATO") == {i for i, t in texts.items() if "NATO" in t}
    ukraine = mentioned_ids(cli, "--mentions", "Ukraine")  # a country: its state, added
    assert {texts[i] for i in ukraine} == {
        "We agreed with Blinken that NATO must hear our concerns about Ukraine"
    }
    department = mentioned_ids(cli, "--mentions", "State Department")
    assert {texts[i] for i in department} == {
        "the United States had promised written answers from the State Department next week"
    }
    assert department <= mentioned_ids(cli, "--mentions", "United States")
    who = json.loads(cli("who", "--about", "Tony Blinken", "-f", "json").stdout)
    assert [(r["speaker"], r["statements"]) for r in who] == [("Sergey Lavrov", 2)]


def test_a_country_iso_has_not_assigned_is_mentioned_like_any_other(cli, tmp_path: Path) -> None:
    # Kosovo's state is added with XK, its code outside ISO 3166-1: once refused, which
    # lost the whole article.
    cli("official", "add", "Josep Borrell")
    story = tmp_path / "story.txt"
    story.write_text(
        "BRUSSELS, October 21 (Wire) -- Josep Borrell said on Saturday that "
        '"Kosovo and Serbia must return to the dialogue without delay."\n',
        encoding="utf-8",
    )
    cli("ingest", str(story), "--published", "2023-10-21", "--yes")
    (statement,) = json.loads(cli("said", "-f", "json").stdout)
    assert mentioned_ids(cli, "--mentions", "Kosovo") == {statement["id"]}
    assert mentioned_ids(cli, "--mentions", "Serbia") == {statement["id"]}
    kosovo = json.loads(cli("institution", "show", "Kosovo", "-f", "json").stdout)
    assert (kosovo["kind"], kosovo["country"]) == ("state", "XK")


def test_hand_added_and_edited_statements_get_their_mentions(cli) -> None:
    setup(cli)
    cli("statement", "add", "--by", "Sergey Lavrov", "--on", "2022-01-21",
        "--text", "Our concerns were explained to Antony Blinken.")  # fmt: skip
    assert len(mentioned_ids(cli, "--mentions", "Blinken")) == 1
    statement_id = json.loads(cli("said", "-f", "json").stdout)[0]["id"]
    cli("statement", "edit", str(statement_id), "--text", "NATO must listen, Blinken knows it.")
    assert mentioned_ids(cli, "--mentions", "NATO") == {statement_id}


@pytest.fixture
def people(db_url: str):
    from tracker.services.institutions import add_institution
    from tracker.services.officials import add_official

    with session_scope(db_url) as s:
        ids = {
            "blinken": add_official(session=s, name="Antony Blinken").id,
            "lavrov": add_official(session=s, name="Sergey Lavrov").id,
            "travels": add_official(session=s, name="Travels").id,  # junk from a page
            "miller_j": add_official(session=s, name="Jason Miller").id,
            "miller_m": add_official(session=s, name="Matthew Miller").id,
            "mfa": add_institution(
                session=s, name="Russian Foreign Ministry", kind="ministry", country="RU"
            ).id,
            "who": add_institution(
                session=s, name="World Health Organization", kind="international organisation",
                aliases=("WHO",),
            ).id,
        }  # fmt: skip
    return ids


def names_in(db_url: str, text: str, speaker: int | None = None, context: str | None = None):
    with session_scope(db_url, write=False) as s:
        officials, institutions, countries = find_mentions(
            session=s, text=text, speaker_id=speaker, context=context
        )
    return officials, institutions, {c.name for c in countries}


def test_the_longest_name_wins(db_url: str, people) -> None:
    officials, institutions, countries = names_in(
        db_url, "The Russian Foreign Ministry answered Antony Blinken's letter."
    )
    assert (officials, institutions, countries) == ({people["blinken"]}, {people["mfa"]}, set())


def test_common_words_are_no_names(db_url: str, people) -> None:
    text = "He travels often; who knows what the US wants from us, and what WHO advises."
    officials, institutions, countries = names_in(db_url, text)
    assert officials == set()  # "travels" is a word here, not the junk official
    assert institutions == {people["who"]}  # "WHO" in capitals, not "who"
    assert countries == {"United States"}  # "US" in capitals, not "us"


def test_a_surname_counts_only_for_one_official_and_not_opening_a_sentence(
    db_url: str, people
) -> None:
    article = "Antony Blinken met Jason Miller and Matthew Miller. Sergey Lavrov waited."
    assert names_in(db_url, "We told Blinken so.", context=article)[0] == {people["blinken"]}
    assert names_in(db_url, "We told Blinken so.")[0] == set()  # nobody named him in full
    assert names_in(db_url, "We told Miller so.", context=article)[0] == set()  # two Millers
    opening = "Lavrov. Blinken was told."  # surnames opening sentences: any word is capitalised
    assert names_in(db_url, opening, context=article)[0] == set()
    assert names_in(db_url, "Sergey Lavrov spoke.", speaker=people["lavrov"])[0] == set()


def test_a_full_name_in_the_context_is_read_across_possessives_and_punctuation(
    db_url: str, people
) -> None:
    from tracker.services.mentions import _capitalised_runs

    # "Antony Blinken's", "Sergey Lavrov, …": full names that end in a possessive or a comma
    article = "Antony Blinken's call came late. Officials said Sergey Lavrov, tired, left."
    assert names_in(db_url, "We told Blinken so.", context=article)[0] == {people["blinken"]}
    assert names_in(db_url, "We told Lavrov so.", context=article)[0] == {people["lavrov"]}
    # runs of capitalised words only, up to eight; a mark with no letter in it (ˈ) is no
    # word, so it does not part them, while ① (a 1) does
    assert _capitalised_runs("Antony Blinken's call. Ok \u02c8 Then ① Now") == {
        "antoni blinken", "ok then"
    }  # fmt: skip
    assert "a b c d e f g h" in _capitalised_runs("A B C D E F G H I")
    assert "a b c d e f g h i" not in _capitalised_runs("A B C D E F G H I")


def test_countries_by_name_and_adjective(db_url: str, people) -> None:
    assert names_in(db_url, "Ukrainian forces and Chinese diplomats met in Germany.")[2] == {
        "Ukraine",
        "China",
        "Germany",
    }


def test_words_are_found_where_they_stand_however_often_they_repeat() -> None:
    from tracker.services.mentions import words

    text = "Blinken's aide_Blinken met Blinken, and 'Blinken' ... Blinken"
    found = [(w.text, w.start, w.end) for w in words(text)]
    assert found == [
        ("Blinken", 0, 7),
        ("aide", 10, 14),
        ("Blinken", 15, 22),
        ("met", 23, 26),
        ("Blinken", 27, 34),
        ("and", 36, 39),
        ("Blinken", 41, 48),
        ("Blinken", 54, 61),
    ]
    assert all(text[w.start : w.end] == w.text for w in words(text))


@pytest.mark.parametrize(
    ("before", "opens"),
    [
        ("", True),
        ("\n", True),  # as the regular expression this replaced read `$`
        (" \n", False),
        ("  ", False),
        ("He said. ", True),
        ("He said.\n\n", True),
        ("«", True),
        ("(", True),
        ("he said ", False),
        ("he said,\u00a0", False),
        ("he said:\u00a0", True),
    ],
)
def test_a_word_opens_a_sentence_after_a_stop_a_colon_or_an_opening_mark(
    before: str, opens: bool
) -> None:
    from tracker.services.mentions import _opens_sentence

    assert _opens_sentence(before + "Blinken", len(before)) is opens
