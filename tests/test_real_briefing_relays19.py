"""A spokesperson's answer that relays what a minister or leader said (issue 8, round
nineteen): the answer is the spokesperson's statement, whole, and the relayed words are
the official's, dated by the relay's own words or the briefing's day. Briefings written here
in the styles of several ministries. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _said(text: str, published: datetime.date) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=published)]


def _has(found, speaker: str, start: str, day: str) -> bool:
    return any(s == speaker and t.startswith(start) and d == day for s, t, d in found)


def _opens(found, start: str) -> bool:
    return any(t.startswith(start) for _, t, _ in found)


# --- English: the answer opens by relaying a minister's words, no "we" or "I" after them


def _mfa_page(answer: str) -> str:
    return (
        "Foreign Ministry Spokesperson Zhou Yan's Regular Press Conference on May 22, 2024\n\n"
        "Xinhua: The Vice President has just visited Mexico. Could you share more?\n\n"
        f"Zhou Yan: {answer}\n\n"
        "Reuters: Is there an update on the detained fishermen?\n\n"
        "Zhou Yan: I would refer you to the competent authorities for the details."
    )


def test_an_answer_opening_on_a_ministers_words_is_the_spokespersons() -> None:
    pub = datetime.date(2024, 5, 22)
    for answer, speaker, start, day in (
        (
            "Vice President Han Lin said at a banquet in Mexico City on Monday that the two "
            "countries should expand trade in farm produce and electric vehicles.",
            "Han Lin",
            "the two countries should expand trade",
            "2024-05-20",
        ),
        (
            "Vice President Han Lin stressed during his meeting with the Mexican President "
            "that both sides must respect each other's development paths. He noted that the "
            "partnership has great potential.",
            "Han Lin",
            "both sides must respect each other",
            "2024-05-22",
        ),
        (
            "Vice President Han Lin told the business forum yesterday that Chinese companies "
            "were welcome to invest in Mexican ports.",
            "Han Lin",
            "Chinese companies were welcome",
            "2024-05-21",
        ),
    ):
        found = _said(_mfa_page(answer), pub)
        assert _has(found, "Zhou Yan", "Vice President Han Lin", "2024-05-22"), answer
        assert _has(found, speaker, start, day), answer
        assert _has(found, "Zhou Yan", "I would refer you to", "2024-05-22")


def test_a_relay_across_two_paragraphs_then_her_own_words_is_one_answer() -> None:
    text = (
        "Transcript of Weekly Media Briefing by the Official Spokesperson (August 8, 2024)\n\n"
        "Question: Can you tell us about the External Affairs Minister's call with his "
        "Egyptian counterpart?\n\n"
        "Official Spokesperson, Shri Vikram Rao: External Affairs Minister Dr. S. Jaishankar "
        "spoke with the Egyptian Foreign Minister on Tuesday. He said that India valued "
        "Egypt's role in keeping the Red Sea shipping lanes open.\n\n"
        "The two ministers also reviewed cooperation in defence.\n\n"
        "Question: Any comment on the visa delays in Canada?\n\n"
        "Official Spokesperson, Shri Vikram Rao: We have taken up the matter with the "
        "Canadian side and expect an early resolution."
    )
    found = _said(text, datetime.date(2024, 8, 8))
    assert _has(found, "Vikram Rao", "External Affairs Minister Dr. S. Jaishankar", "2024-08-08")
    assert _has(found, "S. Jaishankar", "India valued Egypt's role", "2024-08-06")
    assert not _opens(found, "The two ministers also reviewed")  # within her answer
    assert _has(found, "Vikram Rao", "We have taken up the matter", "2024-08-08")


def test_a_ministers_answer_relaying_his_host_is_his_too() -> None:
    # a minister's answer that tells only what his host said on another day: his answer,
    # the host's words hers
    text = (
        "Joint Press Conference by Foreign Minister Anna Holm and Foreign Minister Pavel "
        "Dvorak, Oslo, 14 November 2024\n\n"
        "Question: Minister Dvorak, what did the Prime Minister tell you?\n\n"
        "Foreign Minister Dvorak: Prime Minister Kari Lunde said at the dinner on Tuesday "
        "that Norway would fund the demining programme for three more years.\n\n"
        "Question: And the fisheries dispute?\n\n"
        "Foreign Minister Dvorak: We will return to it once the experts have reported."
    )
    found = _said(text, datetime.date(2024, 11, 14))
    assert _has(found, "Pavel Dvorak", "Prime Minister Kari Lunde said", "2024-11-14")
    assert _has(found, "Kari Lunde", "Norway would fund the demining", "2024-11-12")


def test_a_minister_answering_at_a_joint_appearance_is_unchanged() -> None:
    # the minister's own turn recounting the talks stays his, no relay split off
    text = (
        "Joint Press Conference by Foreign Minister Elena Varga and Foreign Minister Tomas "
        "Lind, Budapest, 12 March 2024\n\n"
        "Question: Minister Varga, what did you discuss?\n\n"
        "Foreign Minister Varga: Minister Lind told me that his government supports the "
        "pipeline project, and this is a good basis for the next steps we agreed today."
    )
    found = _said(text, datetime.date(2024, 3, 12))
    assert any(t.startswith("Minister Lind told me") for _, t, _ in found)


def test_an_answer_relaying_an_offices_dated_statement() -> None:
    text = (
        "Transcript of Weekly Media Briefing by the Official Spokesperson (March 7, 2025)\n\n"
        "Question: Sir, is there an update on the fishermen held in Sri Lanka?\n\n"
        "Official Spokesperson, Shri Vikram Rao: The Ministry of Fisheries said in a "
        "statement on Wednesday that eleven of the fishermen had been released and would "
        "return home by the weekend.\n\n"
        "Question: And the cricket tour?\n\n"
        "Official Spokesperson, Shri Vikram Rao: That is a matter for the cricket board. "
        "I have nothing to add."
    )
    found = _said(text, datetime.date(2025, 3, 7))
    assert _has(found, "Vikram Rao", "The Ministry of Fisheries said", "2025-03-07")
    assert _has(found, "Ministry of Fisheries", "eleven of the fishermen", "2025-03-05")


def test_an_answer_opening_according_to_a_named_minister() -> None:
    pub = datetime.date(2024, 5, 22)
    found = _said(
        _mfa_page(
            "According to Agriculture Minister Tang Ren, China will resume imports of "
            "Mexican avocados once the inspections are complete."
        ),
        pub,
    )
    assert _has(found, "Zhou Yan", "According to Agriculture Minister Tang Ren", "2024-05-22")
    assert _has(found, "Tang Ren", "China will resume imports", "2024-05-22")
    # "According to reports, ...": no one named, the answer hers alone
    found = _said(_mfa_page("According to reports, the delegation will stay until Friday."), pub)
    assert [s for s, _, _ in found] == ["Zhou Yan", "Zhou Yan"]
