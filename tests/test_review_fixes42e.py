"""Review rv42e of the bare-title rule (a person introduced under a ranked or former post
is not the holder of the bare post): the rule holds only for the person the opening post
describes, the subject the paragraph goes on about, not a replier, a guest, or the holder
named in passing (F1-F3); a portfolio the opening leaves out is no other rank (F4); the
opening is read once per person, and looked for within a bounded reach (F5). Pages written
here in the manner of wire copy and of the UN's noon briefings."""

import datetime

from tracker.extract import descriptions, extract

PUBLISHED = datetime.date(2025, 3, 12)


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract(text, published=PUBLISHED)]


# F1: the holder is named in passing ("after the Secretary-General had left") and is the one
# the next sentence names; the bare post later is his
HOLDER_IN_PASSING = (
    "The Deputy Secretary-General opened the donors' conference in Geneva on Monday. She "
    "took the chair once the Secretary-General had flown to Cairo. Mr. Guterres had told "
    "donors that the appeal was only a third funded.\n\n"
    "The Secretary-General said in Cairo on Tuesday that the crossings must stay open.\n"
)

# F2: a sentence about something else comes between the opening and the one named
OTHER_SUBJECT = (
    "The Deputy Foreign Minister headed the Russian delegation in Istanbul. The meeting "
    "went on until late at night. Mr. Lavrov had said in Moscow that Russia wanted its "
    "diplomats back.\n\n"
    "The minister said on Wednesday that the embassies could reopen within months.\n"
)

# F3: the one named answers the opening's subject
REPLIER = (
    "The former Vice President attacked the new budget at a town hall in Kano. He said "
    "families could no longer afford rice. Mr. Shettima replied on Monday, saying the "
    "budget protected the poor.\n\n"
    "The Vice President said the government would open more food depots.\n"
)

# F3 (guest): the one named speaks to the opening's subject
GUEST = (
    "The Deputy Prime Minister toured the flooded districts of Sindh on Monday. She met "
    "displaced families. Mr. Shah told her that thousands were still without shelter.\n\n"
    "The Prime Minister said on Tuesday that relief funds had been released.\n"
)

# F4: "The Minister", then "the defence minister": a portfolio is no rank
PORTFOLIO = (
    "The Minister landed in Riga on Monday for talks with the Baltic states. He visited "
    "the troops stationed near the border. Mr. Pistorius said the brigade was ahead of "
    "schedule.\n\n"
    "The defence minister said on Tuesday that more air defence would follow.\n"
)

# near miss: the paragraph goes on about the deputy, with sentences that do not open on a
# pronoun ("The reason she ..."), before naming her: the bare post is still not hers
DEPUTY_GOES_ON = (
    "The Deputy Secretary-General remains in Addis Ababa, where she is taking part in the "
    "African Union summit. The reason she stayed is that the talks on financing ran late. "
    "She is expected back next week. Ms. Mohammed called for fair access to credit.\n\n"
    "The Secretary-General on Tuesday welcomed the ceasefire in eastern Congo.\n"
)
# near miss: a former post, then the one named leads his own sentence about it
FORMER_GOES_ON = (
    "The former foreign minister addressed a conference in Warsaw on Monday. He was "
    "applauded at length. Mr. Kuleba warned that the war could spread.\n\n"
    "The foreign minister said on Tuesday that the talks had stalled.\n"
)


def test_holder_named_in_passing_keeps_the_bare_post() -> None:
    assert _speakers(HOLDER_IN_PASSING) == ["Guterres", "Guterres"]


def test_sentence_about_something_else_breaks_the_introduction() -> None:
    assert _speakers(OTHER_SUBJECT) == ["Lavrov", "Lavrov"]


def test_replier_is_not_the_opening_subject() -> None:
    got = _speakers(REPLIER)
    assert got[-2:] == ["Shettima", "Shettima"], got


def test_guest_is_not_the_opening_subject() -> None:
    got = _speakers(GUEST)
    assert got == ["Shah", "Shah"], got


def test_portfolio_is_no_other_rank() -> None:
    assert _speakers(PORTFOLIO) == ["Pistorius", "Pistorius"]


def test_deputy_the_paragraph_goes_on_about() -> None:
    assert _speakers(DEPUTY_GOES_ON) == ["Mohammed", "The Secretary-General"]


def test_former_minister_leading_his_sentence() -> None:
    assert _speakers(FORMER_GOES_ON) == ["Kuleba", "The foreign minister"]


def test_opening_read_once_per_person(monkeypatch) -> None:
    calls: list[int] = []
    read = descriptions._introducing_post

    def counted(reg, first):  # noqa: ANN001, ANN202
        calls.append(first)
        return read(reg, first)

    monkeypatch.setattr(descriptions, "_introducing_post", counted)
    body = "".join(
        f"The minister said on day {n} that the talks would go on.\n\n" for n in range(60)
    )
    text = DEPUTY_GOES_ON + "\n" + body
    extract(text, published=PUBLISHED)
    assert len(calls) == len(set(calls)) <= 3, calls


def test_opening_looked_for_within_reach() -> None:
    # one paragraph of many sentences: the opening is too far back to be this person's
    filler = "She met another delegation. " * 200
    text = (
        "The Deputy Secretary-General is in Geneva this week. "
        + filler
        + "Ms. Mohammed urged donors to pay. The Secretary-General said the appeal must be "
        "met.\n"
    )
    got = [s.speaker for s in extract(text, published=PUBLISHED)]
    assert got[0] == "Mohammed", got
