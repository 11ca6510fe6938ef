"""A statement of the Secretary-General's that a noon briefing reads out is worded in the
present, the post alone its subject ("The Secretary-General condemns ...", "He calls on
..."): each point is the post-holder's statement, not the spokesperson's, who never holds the
post. A paragraph opening on the briefer's side in the present ("The United Nations stands
ready ...") or on the briefer ("We condemn ...") stays the briefer's.

Pages written here, in the manner of the UN's near-verbatim noon briefing transcripts."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2021, 9, 14)

HEAD = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today\u2019s noon briefing by St\u00e9phane "
    "Dujarric, Spokesman for the Secretary-General.\n\n"
)

READ_OUT = HEAD + (
    "Good afternoon.  I will begin with a statement on the attack in northern Mali:\n\n"
    "The Secretary-General strongly condemns the attack on a convoy of peacekeepers near "
    "Tessalit yesterday, which killed two soldiers and wounded four others.\n\n"
    "The Secretary-General expresses his condolences to the families of the victims.  He calls "
    "on the authorities to spare no effort in bringing the perpetrators to justice.\n\n"
    "That statement is online.\n"
)
# near miss: the same points in the briefer's own voice
OWN_VOICE = READ_OUT.replace("The Secretary-General strongly condemns", "We strongly condemn")


def _by(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


def test_read_out_statement_is_the_posts() -> None:
    got = _by(READ_OUT)
    post = [t for who, t in got if who and "Secretary-General" in who]
    assert any("condemns the attack on a convoy" in t[:50] for t in post), got
    assert any("the authorities to spare no effort" in t for t in post), got
    assert not any("Dujarric" in (who or "") and "condemns the attack" in t for who, t in got)


def test_briefer_own_voice_stays_his() -> None:
    got = _by(OWN_VOICE)
    assert any(
        "Dujarric" in (who or "") and "We strongly condemn the attack" in t for who, t in got
    ), got
