# ruff: noqa: E501
"""An unnamed lead stays unnamed where the one named next only reacts, the story keeps its
source anonymous, the lead is mid-article, or the post or party does not fit. A rule giving
a story's unnamed lead to the person the next paragraph names was tried in round 37 and
taken out after two reviews: these are the shapes it over-fired on (the reviewers' probes),
kept so it does not come back in that form."""

from __future__ import annotations

import datetime

from tracker.extract import extract

DAY = datetime.date(2024, 5, 14)


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in extract(text, published=DAY) if s.speaker]


def test_a_person_named_next_who_declined_to_comment_gives_nothing() -> None:
    text = "Kremlin rejects talks\n\nMOSCOW (AP) - A senior Kremlin official said Thursday that Russia saw no basis for talks with Kyiv.\n\nKremlin spokesman Dmitry Peskov declined to comment on the official's remarks when asked by reporters.\n"
    assert _speakers(text) == []


def test_a_source_kept_anonymous_later_gives_nothing() -> None:
    text = "China rejects U.S. claims\n\nBEIJING (Reuters) - A senior Chinese diplomat on Thursday rejected U.S. accusations over Taiwan as groundless.\n\nForeign Ministry spokesman Wang Wenbin said at a regular briefing that China would take all necessary measures.\n\nThe diplomat spoke to reporters on condition of anonymity.\n"
    assert _speakers(text) == ["Wang Wenbin"]


def test_a_lead_mid_article_gives_nothing() -> None:
    text = "Gaza ceasefire talks resume in Cairo\n\nCAIRO (Reuters) - Egyptian, Qatari and U.S. mediators resumed talks on Monday on a Gaza ceasefire, Egypt's Al Qahera News reported.\n\nEgyptian Foreign Minister Sameh Shoukry said Cairo was doing everything possible to bring the parties together.\n\nIsrael has not sent a delegation, an Egyptian security source said.\n\nA senior Egyptian official said the talks could last several days.\n\nDiaa Rashwan, head of the State Information Service, said Egypt had warned Israel against an offensive in Rafah.\n\nHamas said in a statement it was studying the proposal.\n"
    assert _speakers(text) == ["Al Qahera News", "Sameh Shoukry", "Diaa Rashwan", "Hamas"]


def test_a_lawmaker_of_the_other_party_gives_nothing() -> None:
    text = "Lawmaker slams bill\n\nWASHINGTON - A senior Republican lawmaker on Tuesday said the Senate border bill was dead on arrival.\n\nSenator Chris Murphy, the Democrat who negotiated the bill, said Republicans had walked away from their own demands.\n"
    assert _speakers(text) == ["Chris Murphy"]


def test_a_lawmaker_is_no_deputy_minister_gives_nothing() -> None:
    text = "Russian lawmaker blasts U.S.\n\nMOSCOW (Reuters) - A senior Russian lawmaker said on Tuesday that Washington's new sanctions amounted to economic warfare.\n\nDeputy Foreign Minister Sergei Ryabkov said Moscow would respond in a way that hurt the United States.\n"
    assert _speakers(text) == ["Sergei Ryabkov"]


def test_a_source_who_declined_to_give_his_name_gives_nothing() -> None:
    text = 'Iran signals flexibility\n\nVIENNA (Reuters) - Iran is ready to restore some cameras at nuclear sites, a senior Iranian official who declined to give his name said on Monday.\n\nForeign Ministry spokesman Nasser Kanaani said Tehran\'s cooperation with the IAEA was "technical".\n'
    assert _speakers(text) == ["Nasser Kanaani"]


def test_a_wire_exclusive_lead_is_not_the_spokesman_named_next() -> None:
    text = "Exclusive: Iran ready for talks if sanctions are lifted\n\nDUBAI, June 9 (Reuters) - A senior Iranian official told Reuters on Monday that Tehran was ready to resume indirect talks with Washington if sanctions relief was on the table.\n\nIran's Foreign Ministry spokesman Esmaeil Baghaei told reporters at a weekly news conference that Tehran had received the U.S. proposal and would study it.\n"
    got = [(s.speaker, s.text) for s in extract(text, published=datetime.date(2025, 6, 9))]
    assert [speaker for speaker, _ in got] == ["Esmaeil Baghaei"]
    assert got[0][1].startswith("Tehran had received the U.S. proposal")
