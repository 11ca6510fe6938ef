"""Who "the Kenyan president" or "the prime minister" is (issue 8, round nineteen), probed
with stories written here in the styles of live pages, wire copy and ministry pages. Each
test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2023, 6, 16)


def _speaker(text: str, start: str) -> str | None:
    """Who the extractor says spoke the words opening with ``start``."""
    found = [s.speaker for s in extract(text, published=PUB) if s.text.startswith(start)]
    return found[0] if len(found) == 1 else None


# --- a minister of the state named with his post is not its head of state or government


def test_a_minister_of_the_state_does_not_stop_the_untitled_one_being_its_president() -> None:
    for minister, leader, description in (
        ("Ghana's finance minister, Ken Ofori-Atta,", "Nana Akufo-Addo", "the Ghanaian president"),
        ("Peru's foreign minister, Ana Gervasi,", "Dina Boluarte", "the Peruvian president"),
        ("Greece's defence minister, Nikos Dendias,", "Kyriakos Mitsotakis", "the Greek premier"),
        ("Hungary's foreign minister, Peter Szijjarto,", "Viktor Orban", "the Hungarian PM"),
        (
            "Slovakia's finance minister, Ladislav Kamenicky,",
            "Robert Fico",
            "the Slovak prime minister",
        ),
        (
            "Turkey's interior minister, Ali Yerlikaya,",
            "Recep Tayyip Erdogan",
            "the Turkish leader",
        ),
    ):
        text = (
            "Regional talks open\n\n"
            f"{minister} opened the session on Friday.\n\n"
            f"{leader} later addressed the delegates. "
            f'"We will see this through to the end," {description} said.'
        )
        assert _speaker(text, "We will see this through") == leader, description


def test_the_minister_who_spoke_last_is_not_the_president_of_his_state() -> None:
    text = (
        "Border talks\n\n"
        "Chile's interior minister, Carolina Toha, said on Thursday that patrols would double.\n\n"
        'Gabriel Boric visited the northern border on Friday. "Order will be restored," the '
        "Chilean president told local radio."
    )
    assert _speaker(text, "patrols would double") == "Carolina Toha"
    assert _speaker(text, "Order will be restored") == "Gabriel Boric"


def test_a_minister_of_the_state_is_still_the_minister_or_official_described() -> None:
    text = (
        "Ministers meet\n\n"
        "Kenya's foreign minister, Musalia Mudavadi, met Josep Borrell on Friday. "
        '"We need a lasting ceasefire," the Kenyan official said.'
    )
    assert _speaker(text, "We need a lasting ceasefire") == "Musalia Mudavadi"
    text = (
        "Ministers meet\n\n"
        "Egypt's foreign minister, Sameh Shoukry, said on Friday the crossing would reopen. "
        "President Abdel Fattah al-Sisi later met the envoy. The Egyptian president said aid "
        "must flow."
    )
    assert _speaker(text, "the crossing would reopen") == "Sameh Shoukry"
    assert _speaker(text, "aid must flow") == "Abdel Fattah al-Sisi"


def test_one_of_the_state_named_since_keeps_the_description_from_the_stateless_one() -> None:
    text = (
        "Ushakov said he had not seen the remarks of French Senator Claude Malhuret. According "
        'to the French president, Moscow "has chosen escalation".'
    )
    assert _speaker(text, "Moscow") != "Ushakov"
