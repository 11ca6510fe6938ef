"""A bare title as the subject ("The Secretary-General condemned ...", "the minister said")
is not given, by a fallback that picks the one person the story names without a post, to a
person the story introduced under that post at another rank or in another time: a paragraph
that opens on "The Deputy Secretary-General ..." and goes on "Ms. Mohammed urged ..." tells
of the deputy, so a later "the Secretary-General" is someone the text does not name, left
as written (the store gives a title alone to whoever held it that day). A title the text
does resolve, the same post opening the paragraph of the one named, is still resolved.
Pages written here in the manner of the UN's noon briefings and of wire copy."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2025, 3, 12)

DEPUTY = (
    "The Deputy Secretary-General is in Nairobi this week, where she is taking part in a "
    "regional meeting on climate finance. She met ministers from across East Africa on "
    "Monday. Ms. Mohammed urged donors to honour the pledges they made in Baku.\n\n"
    "The Secretary-General on Tuesday condemned the attack on a peacekeeping convoy in Mali "
    "and called for those responsible to be brought to justice.\n"
)
# near miss: the paragraph opens on the very post asked for, so its person holds it
SAME_POST = DEPUTY.replace("The Deputy Secretary-General is", "The Secretary-General is")
SAME_POST = SAME_POST.replace("where she", "where he").replace("She met", "He met")
SAME_POST = SAME_POST.replace("Ms. Mohammed", "Mr. Guterres")

FORMER = (
    "The former foreign minister spoke at a security forum in Berlin on Monday. He was "
    "greeted with a standing ovation. Mr. Fischer warned that Europe had little time left to "
    "rebuild its defences.\n\n"
    "The minister said on Tuesday that the government would present its budget next week.\n"
)
# near miss: the same paragraph about the minister in office
IN_OFFICE = FORMER.replace("The former foreign minister", "The foreign minister").replace(
    "Mr. Fischer", "Mr. Wadephul"
)
# near miss: a paragraph opening on another post altogether, whose subject may be someone
# else than the one named next ("The President received ... Mr. Okafor"): left as it was
OTHER_POST = (
    "The President received a delegation of farmers on Monday. He listened to their "
    "concerns. Mr. Okafor told him that prices had doubled.\n\n"
    "The minister said on Tuesday that the government would cut fuel duties.\n"
)


def _statements(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.speaker_type, s.text) for s in extract(text, published=PUBLISHED)]


def test_deputy_is_not_the_secretary_general() -> None:
    got = _statements(DEPUTY)
    assert [g[0] for g in got] == ["Mohammed", "The Secretary-General"], got
    assert got[1][1] == "unknown" and got[1][2].startswith("condemned the attack"), got


def test_holder_introduced_by_the_post_is_resolved() -> None:
    got = _statements(SAME_POST)
    assert [g[0] for g in got] == ["Guterres", "Guterres"], got


def test_former_minister_is_not_the_minister() -> None:
    got = _statements(FORMER)
    assert [g[0] for g in got] == ["Fischer", "The minister"], got
    assert got[1][1] == "unknown", got


def test_minister_in_office_is_resolved() -> None:
    got = _statements(IN_OFFICE)
    assert [g[0] for g in got] == ["Wadephul", "Wadephul"], got


def test_other_post_leaves_the_fallback_alone() -> None:
    got = _statements(OTHER_POST)
    assert [g[0] for g in got] == ["Okafor", "Okafor"], got
