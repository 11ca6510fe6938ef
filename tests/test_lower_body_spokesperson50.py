"""A spokesperson the story leaves unnamed speaks for the body named with the title also
when wire copy writes the body, a state's organ, in lower case ("a foreign ministry
spokesman", "a spokeswoman for the defence ministry"), before or after the words and with
an outlet relaying them; "a government spokesman" or "a press office spokesman" names no
one body and stays out. Articles written here in the manner of Asian and European wires."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SEOUL = (
    "Seoul lodges complaint over textbooks\n\n"
    "SEOUL, March 12 (Yonhap) - South Korea lodged a complaint with Tokyo over new "
    "school textbooks.\n\n"
    "A foreign ministry spokesperson cited by the JoongAng Ilbo daily added that Seoul "
    "would summon a Japanese diplomat later in the day.\n"
)

TOKYO = (
    "Tokyo protests survey ship\n\n"
    "TOKYO, March 12 (Kyodo) - Japan protested a Chinese survey ship's entry into its "
    "waters.\n\n"
    '"The incursion is totally unacceptable," said a foreign ministry spokeswoman, adding '
    "that a protest had been lodged through diplomatic channels.\n"
)

SEOUL_AFTER = (
    "Seoul lodges complaint\n\n"
    "SEOUL, March 12 (Yonhap) - South Korea lodged a complaint with Tokyo.\n\n"
    "A spokesman for the defence ministry said the patrol aircraft had been warned off "
    "twice before it turned back.\n"
)

NEAR = (
    "Minister under pressure\n\n"
    "LONDON, March 12 - Calls for the minister to quit grew louder.\n\n"
    "A government spokesman said the minister had no plans to resign.\n\n"
    "A press office spokeswoman said the diary for the week was unchanged.\n"
)


def _read(text: str) -> list[tuple[str | None, str]]:
    return [
        (s.speaker, " ".join(s.text.split()[:3]))
        for s in extract(text, published=datetime.date(2024, 3, 14))
    ]


def test_a_lower_case_ministry_relayed_by_a_daily_speaks():
    assert any(sp and sp.endswith("Foreign Ministry") for sp, _ in _read(SEOUL))


def test_a_lower_case_ministry_after_the_quote_speaks():
    got = _read(TOKYO)
    assert any(sp and sp.endswith("Foreign Ministry") and w == "The incursion is" for sp, w in got)


def test_a_spokesman_for_the_lower_case_ministry_speaks():
    got = _read(SEOUL_AFTER)
    assert any(sp and sp.endswith("Defence Ministry") for sp, _ in got)


def test_a_government_or_press_office_spokesman_names_no_body():
    assert _read(NEAR) == []


# review rv50b 7: a bare head noun names no organ ("a spokesman for the ministry" is of a body
# named before, not one called "Ministry"), nor does a local government office
BARE = [
    "A spokesman for the ministry said the figures were still being checked.",
    "A spokesperson for the embassy told reporters the envoy had been called in.",
    "A spokeswoman for the office said the minister would not comment.",
    "A local government office spokesman said the roads would stay closed until Monday.",
    "An embassy spokesman said consular staff were in touch with the family.",
]


def test_a_bare_organ_or_a_local_government_office_names_no_body():
    for line in BARE:
        text = "Storm damage\n\nHANOI, March 12 (VNA) - Heavy rain hit the north.\n\n" + line + "\n"
        got = _read(text)
        assert all(
            sp is None or sp.split()[-1] not in ("Ministry", "Embassy", "Office") for sp, _ in got
        ), got
