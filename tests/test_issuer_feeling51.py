"""A statement issued in someone's name words its stand as a feeling in the present ("The
High Commissioner is deeply troubled by ...", "He remains gravely concerned that ...") or as
condolences extended or sent ("extends her heartfelt condolences to ..."): the issuer's
words, as "expressed his condolences" is. News prose tells a feeling in the past or through a
verb of saying, and of people no one names ("Officials are concerned that ..."): none of
that is read as words. Texts written here in the manner of a UN read-out, a ministry's news
page and a wire story."""

from __future__ import annotations

import datetime

from tracker.extract import extract

READ_OUT = (
    "The following statement was issued today by the Spokesperson for the High Commissioner "
    "for Refugees, Maria Lindqvist:\n\n"
    "The High Commissioner is deeply troubled by reports of shelling near the camps in the "
    "north of the country. She regrets that aid convoys were turned back on Monday.\n\n"
    "She remains seriously concerned that thousands of families still lack shelter and "
    "calls on all parties to open the roads.\n"
)
MINISTRY = (
    "Foreign Minister Anders Holm on Tuesday extended heartfelt condolences to the people of "
    "Morocco after the earthquake. Minister Holm also welcomed the rapid deployment of "
    "rescue teams.\n\n"
    "State Secretary Karin Berg sent her sincerest sympathies to the families of the crew "
    "lost off the coast of Norway.\n"
)
WIRE = (
    "GENEVA (Reuters) - Talks on the ceasefire resumed on Monday. Officials are concerned "
    "that the talks may fail, and residents were alarmed by the blasts overnight.\n"
    "The envoy extended his stay in Geneva by two days. He sent his deputy to Cairo.\n"
    "It is concerned with the wording of the draft, a diplomat said.\n"
)


def _read(text: str) -> list[tuple[str | None, str]]:
    return [
        (s.speaker, " ".join(s.text.split()[:4]))
        for s in extract(text, published=datetime.date(2024, 3, 12))
    ]


def test_a_read_outs_feeling_in_the_present_is_its_issuers_stand():
    found = [w for _, w in _read(READ_OUT)]
    assert "is deeply troubled by" in found
    # (a feeling "that ...": the clause is the words, as for "expressed hope that")
    assert "thousands of families still" in found


def test_condolences_extended_or_sent_are_words():
    found = _read(MINISTRY)
    assert ("Anders Holm", "extended heartfelt condolences to") in found
    assert ("Karin Berg", "sent her sincerest sympathies") in found


def test_news_prose_of_feelings_and_of_things_extended_or_sent_tells_no_words():
    found = [w for _, w in _read(WIRE)]
    assert not any(
        w.startswith(("are concerned", "were alarmed", "extended his", "sent his")) for w in found
    )
    assert not any("stay in Geneva" in w or "deputy" in w for w in found)
    assert not any(w.startswith("is concerned") for w in found)
