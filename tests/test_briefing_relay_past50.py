"""In a briefing's opening read out whole, a post's words in the past are relayed news, not
the briefer's: an irregular past that opens a verb of saying ("drew attention to", "gave
assurances that", "kept warning") is as past as "stressed" or "said". The present of
the same verbs ("We draw attention to ...") stays the briefer's own. Briefings written here,
in the manner of a foreign ministry's weekly briefing transcript and a UN noon briefing."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 5, 12)

HEAD = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today\u2019s noon briefing by Tomas "
    "Eriksen, Spokesperson for the Secretary-General.\n\n"
    "Good afternoon.\n\n"
    "**Secretary-General\n\n"
    "The Secretary-General arrived in Nairobi this morning for the regional summit.\n\n"
)
DREW = HEAD + (
    "Welcoming the progress made on the ceasefire, the Secretary-General also drew attention "
    "to the acute shortage of funding for the humanitarian response in the region.\n"
)
GAVE = HEAD + (
    "In his meeting with the President, the Secretary-General gave assurances that the "
    "mission would remain in the country as long as it was needed.\n"
)
KEPT = HEAD + (
    "Throughout the summit, the Secretary-General kept warning that the window for a "
    "negotiated settlement was closing fast.\n"
)
# near miss: the briefer's own present, "we draw attention to"
PRESENT = HEAD + (
    "We draw attention to the appeal for the region, which remains only a quarter funded "
    "five months into the year.\n"
)


def _relayed(text: str) -> list[tuple[str | None, str]]:
    return [
        (s.speaker, s.text)
        for s in extract(text, published=PUBLISHED)
        if s.speaker != "Tomas Eriksen"
    ]


def test_irregular_pasts_relay_the_posts_words() -> None:
    for text, words in (
        (DREW, "the acute shortage of funding"),
        (GAVE, "the mission would remain"),
        (KEPT, "the window for a negotiated settlement"),
    ):
        got = _relayed(text)
        assert [(g[0] or "").lower() for g in got] == ["the secretary-general"], got
        assert words in got[0][1], got


def test_the_briefers_present_is_not_relayed() -> None:
    assert _relayed(PRESENT) == []
