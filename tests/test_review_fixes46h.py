"""Fixes after the round's last reads (rv46h, rv46i): a correspondent's package is no
programme narration (its "He said" was given to the correspondent the turn's label names),
and a saved page's header dated only to the month ("date 2020-09") is stripped like a full
day's: not glued to a body's name, nor hiding the dateline below it. Texts written here."""

from __future__ import annotations

import datetime

from tests.statement_checks import ingested_contract
from tracker.extract import extract

PUBLISHED = datetime.date(2024, 2, 12)


def test_a_correspondent_s_package_gives_its_he_said_to_no_correspondent() -> None:
    text = (
        "Radio 4 - Today, 12 February 2024\n\nTranscript\n\n"
        "NICK ROBINSON, PRESENTER: Good morning. The Foreign Secretary, Lord Cameron, said "
        "last night that Britain could recognise a Palestinian state early. Our diplomatic "
        "correspondent James Landale reports.\n\n"
        "JAMES LANDALE, CORRESPONDENT: Lord Cameron spoke at a reception in Westminster. He "
        "said the allies would look again at recognition.\n\n"
        "TZIPI HOTOVELY: It sends the wrong message.\n"
    )
    speakers = {s.speaker for s in extract(text, published=PUBLISHED)}
    assert "James Landale" not in speakers


def test_a_month_header_is_no_part_of_a_body_s_name() -> None:
    text = (
        " date 2018-12 Saudi Arabia's foreign ministry said on Monday that the kingdom "
        "rejected the Senate resolution.\n"
    )
    got = [s.speaker for s in extract(text, published=datetime.date(2018, 12, 17))]
    assert got and all(not (s or "").lower().startswith("date") for s in got), got


def test_a_month_header_leaves_the_dateline_glued_to_it(tmp_path) -> None:
    # a crawl's "date 2020-09" before the dateline on one line: the dateline's "Sept. 28"
    # with the header's month gives the day
    contract = ingested_contract(
        tmp_path,
        " date 2020-09 BEIJING, Sept. 28 (Xinhua) -- China and Pakistan will deepen their "
        "cooperation.\n\nChinese Foreign Minister Wang Yi said on Monday that the two "
        "countries would deepen their cooperation.\n",
    )
    assert contract["article"]["published"] == "2020-09-28"
    assert contract["article"]["dateline_place"] == "BEIJING"
    assert [(s["speaker"], s["said_on"]) for s in contract["statements"]] == [
        ("Wang Yi", "2020-09-28")
    ]


def test_a_delegate_s_abbreviated_title_is_no_particle_nor_a_sentence_end() -> None:
    # "del" became a name particle this round ("Albert del Rosario"); "Del." is a delegate
    # to the House, a title written short, as "Rep." is (PolNeAR dev had given the quote to
    # the representative named before)
    text = (
        "Rep. John Mica, a Florida Republican, said the vote was needed.\n\n"
        '"This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.\n'
    )
    got = [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]
    assert got[-1] == ("Stacey Plaskett", "This is a waste of time")
