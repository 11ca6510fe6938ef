"""A second verb of the same sentence, a participle after the first statement's attribution
("..., the minister said Thursday, confirming the recall of ...", "she added, noting the
decision ..."): it goes on telling the same statement, one statement as the corpus records
it, not two. Verbs of saying and adding ("adding that ...") and a finite verb joined by
"and" stay statements of their own; so does a participle taking a "that" clause. Sentences
written here in the manner of Global News and of a Philippine daily."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 10, 19)

CONFIRMING = (
    "Canada recalls diplomats\n\n"
    "Most Canadian diplomats in New Delhi have been brought home, Foreign Affairs Minister "
    "Melanie Joly said Thursday, confirming the reduction of the mission by two-thirds.\n\n"
    "Canada has arranged the safe return of the staff and their families, she added, "
    "noting the loss of immunity \u201cwould endanger their safety.\u201d\n"
)
REJECTING = (
    "Manila cites hotline call\n\n"
    "The Department of Foreign Affairs said the Chinese side called its Philippine "
    "counterpart on February 14 at 9:15 a.m., rejecting the coast guard's reports on the "
    "incident.\n"
)
# near misses: "adding that" opens its own statement; so does a verb joined by "and", and
# a participle with its own "that" clause
ADDING = (
    "Canada recalls diplomats\n\n"
    "Most Canadian diplomats in New Delhi have been brought home, Foreign Affairs Minister "
    "Melanie Joly said Thursday, adding that Ottawa would not retaliate in kind.\n"
)
AND_CALLED = (
    "Canada recalls diplomats\n\n"
    "Foreign Affairs Minister Melanie Joly told reporters on Thursday that Ottawa would not "
    "retaliate, and called the expulsions \u201cunreasonable.\u201d\n"
)
STRESSING_THAT = (
    "Canada recalls diplomats\n\n"
    "\u201cWe will keep our people safe,\u201d Foreign Affairs Minister Melanie Joly said on "
    "Thursday, stressing that the embassy would stay open.\n"
)


def _statements(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


def test_participle_after_the_attribution_is_the_same_statement() -> None:
    got = _statements(CONFIRMING)
    assert len(got) == 2, got
    assert got[0][1].startswith("Most Canadian diplomats in New Delhi"), got
    assert got[1][1].startswith("Canada has arranged the safe return"), got
    assert "the reduction of the mission" in got[0][1], got
    assert "the loss of immunity" in got[1][1], got
    assert {s for s, _ in got} == {"Melanie Joly"}, got


def test_participle_after_the_words_of_an_institution() -> None:
    got = _statements(REJECTING)
    assert len(got) == 1, got
    assert got[0][1].startswith("the Chinese side called"), got
    assert "the coast guard's reports" in got[0][1], got


def test_adding_that_stays_its_own_statement() -> None:
    got = _statements(ADDING)
    assert [t[:20] for _, t in got] == ["Most Canadian diplom", "Ottawa would not ret"], got


def test_verb_joined_by_and_stays_its_own_statement() -> None:
    got = _statements(AND_CALLED)
    assert len(got) == 2, got


def test_participle_with_its_own_that_clause_stays_apart() -> None:
    got = _statements(STRESSING_THAT)
    assert len(got) == 2, got
    assert got[1][1].startswith("the embassy would stay open"), got
