"""English news copy (round 50, second pass), what is taken as a statement and whose: a
second verb after a quotation ("adding that") is a statement of its own; a verb of praise or blame
with "for" straight after ("criticised for his silence") is a passive or a fronted
object, no one speaking; and a document named by the common noun of its issuer's kind ("a
league statement", "an alliance statement") is the words of the body of that kind named
before. Stories written here in the manner of wire, Asian and European outlets."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 4, 12)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in extract(text, published=PUBLISHED)]


def test_adding_that_after_a_quotation_is_still_a_statement_of_its_own() -> None:
    text = (
        "BEIJING, April 12 - Foreign Ministry spokesman Wang Li said on Wednesday that ties "
        'were at a low point.\n\n"This is unacceptable," Wang said, adding that Beijing would '
        "respond firmly to any provocation.\n"
    )
    found = _found(text)
    assert [kind for _, kind, _ in found] == ["indirect", "direct", "indirect"]
    assert found[2][2].startswith("Beijing would respond firmly")


# (the relative clause and "Norway, repeatedly thanked for" are guards, read so before the
# rule too; the envoy, the opposition leader, the junta chief and the finance minister are not)
@pytest.mark.parametrize(
    "sentence",
    [
        "Berg later met opposition activists, whom she praised for their courage in the "
        "face of repression.",
        "The envoy, widely criticised for his silence over the arrests, returned to the "
        "capital on Monday.",
        "The opposition leader, long blamed for the collapse of the coalition, was not "
        "invited to the dinner.",
        "Norway, repeatedly thanked for hosting the earlier rounds, will not host this one.",
        # review rv50b 6: any -ed form of a praise or blame cue, not a list of its own
        "The junta chief, widely decried for the arrests of reporters, returned to the "
        "capital on Monday.",
        "The finance minister, long deplored for his cuts to schools, was not invited to the "
        "dinner.",
    ],
)
def test_praise_or_blame_with_for_straight_after_speaks_for_no_one(sentence: str) -> None:
    text = (
        "BERLIN, April 12 - Foreign Minister Anna Berg said on Wednesday that the talks had "
        "been useful.\n\n" + sentence + "\n"
    )
    assert [speaker for speaker, _, _ in _found(text)] == ["Anna Berg"]


def test_praise_with_its_object_before_for_still_speaks() -> None:
    text = (
        "BERLIN, April 12 - Foreign Minister Anna Berg said on Wednesday that the talks had "
        "been useful.\n\nBerg praised the activists for their courage in the face of "
        "repression.\n"
    )
    found = _found(text)
    assert [speaker for speaker, _, _ in found] == ["Anna Berg", "Anna Berg"]
    assert "the activists for their courage" in found[1][2]


# review rv50b 5: the verb's own subject straight before it, or "for" opening an adverbial
# ("for the first time", "for her part"): the verb is active and speaks
@pytest.mark.parametrize(
    "sentence",
    [
        "President Omar Haddad condemned for the first time the raids on the camps, saying "
        "they had to end.",
        "Anna Berg thanked for the warm welcome and said Berlin valued its ties with Oslo.",
        "She criticised for her part the slow pace of the reforms.",
        "Haddad also praised for the second time the mediators' patience.",
    ],
)
def test_praise_or_blame_by_its_own_subject_still_speaks(sentence: str) -> None:
    text = (
        "BERLIN, April 12 - Foreign Minister Anna Berg said on Wednesday that the talks had "
        "been useful.\n\n" + sentence + "\n"
    )
    found = _found(text)
    assert len(found) == 2 and found[1][2].split()[0] in VERBS, found


VERBS = ("condemned", "thanked", "criticised", "praised")


def test_praise_in_a_relative_clause_with_no_relative_word_speaks_for_no_one() -> None:
    # near miss: the pronoun opens a relative clause ("the activists she praised for ...")
    text = (
        "BERLIN, April 12 - Foreign Minister Anna Berg said on Wednesday that the talks had "
        "been useful.\n\nThe activists she praised for their courage were freed on Monday.\n"
    )
    assert [speaker for speaker, _, _ in _found(text)] == ["Anna Berg"]


@pytest.mark.parametrize(
    ("opening", "attribution", "body"),
    [
        (
            "CAIRO, April 12 - The Arab League met in emergency session on Wednesday.",
            "said a league statement released after the session.",
            "Arab League",
        ),
        (
            "BRUSSELS, April 12 - The North Atlantic Alliance met at ambassador level.",
            "an alliance statement said on Wednesday.",
            "North Atlantic Alliance",
        ),
        (
            "ADDIS ABABA, April 12 - The African Union Commission convened envoys in the capital.",
            "the commission statement said.",
            "African Union Commission",
        ),
    ],
)
def test_a_document_named_by_its_issuers_kind_is_that_bodys(
    opening: str, attribution: str, body: str
) -> None:
    text = (
        opening + "\n\n"
        '"All parties must return to the negotiating table without delay and allow aid '
        'convoys through," ' + attribution + "\n"
    )
    found = _found(text)
    assert found[-1][0] == body
    assert found[-1][2].startswith("All parties must return")


def test_a_document_named_by_a_kind_no_body_of_which_was_named_is_no_ones() -> None:
    text = (
        "CAIRO, April 12 - The Arab League met in emergency session on Wednesday.\n\n"
        '"All parties must return to the negotiating table without delay," said a council '
        "statement released after the session.\n"
    )
    assert [speaker for speaker, _, _ in _found(text)] == []
