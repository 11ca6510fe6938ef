"""Who speaks when the words before the subject are no name: an American paper's dateline
naming the state after the town ("SPRINGFIELD, Ill. -"), an interjection put first ("Alas,
..., he was"), a trade named by a gerund inside an aside (", a creative writing professor,"),
and a lawmaker's party tag before a description whose closing comma was left out. Stories
written here in the manner of US newspapers and wires."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract
from tracker.extract.meta import find_dateline

PUBLISHED = datetime.date(2016, 5, 12)  # a Thursday


def test_dateline_with_the_state_after_the_town() -> None:
    dateline = find_dateline(
        "ROCK ISLAND, Ill. - Greeting a crowd of farmers, Jane Doe promised to fix the locks.\n"
    )
    assert dateline is not None and dateline.place == "ROCK ISLAND"
    dateline = find_dateline("MANCHESTER, N.H. — The governor said the roads were clear.\n")
    assert dateline is not None and dateline.place == "MANCHESTER"


def test_dateline_town_is_no_speaker() -> None:
    assert_statements(
        "Farmers wary as Doe tours the river towns.\n\n"
        "OAK PARK, Ill. - Jane Doe toured the locks here on Wednesday and promised to "
        "rebuild them before the harvest.\n",
        PUBLISHED,
        [("Jane Doe", "to rebuild them", "2016-05-11")],
    )


def test_interjection_first_is_no_one_a_pronoun_means() -> None:
    # the clause after the aside has its own subject, "he": "Alas" is no person
    got = extract(
        "Alas, within a day, he was back to his old ways. The quarrel began before his plane "
        "had left, as Ortega Vidal, contradicting Smith, said he had told Smith that Spain "
        "would not pay for the fence.\n",
        published=PUBLISHED,
        unnamed=True,
    )
    assert all(s.speaker != "Alas" for s in got), [(s.speaker, s.text) for s in got]


def test_gerund_inside_an_aside_names_a_trade() -> None:
    assert_statements(
        "Morales, a creative writing teacher, said she had never voted before this year.\n",
        PUBLISHED,
        [("Morales", "she had never voted", "2016-05-12")],
    )


def test_party_tag_then_description_without_its_comma() -> None:
    assert_statements(
        "Sen. Jane Doe (D-Ore.), a backer of the governor's bid for the nomination told "
        "reporters on Wednesday that the campaign would release the letters.\n",
        PUBLISHED,
        [("Jane Doe", "the campaign would release", "2016-05-11")],
    )


def test_party_tag_then_an_aide_set_off_speaking() -> None:
    # near miss: the verb set off by its own commas, the aide speaks about the senator
    got = extract(
        "Sen. Jane Doe (D-Ore.), a top aide said, would release the letters next week.\n",
        published=PUBLISHED,
        unnamed=True,
    )
    assert [s.speaker for s in got] != ["Jane Doe"], [(s.speaker, s.text) for s in got]


def test_dateline_town_spelt_again_is_no_one_he_means() -> None:
    got = extract(
        "OAK PARK, Ill. - Jane Doe toured the locks here on Wednesday.\n\n"
        "In Oak Park last Wednesday, the rally at a union hall was loud.\n\n"
        '"We need the locks," he said.\n',
        published=PUBLISHED,
        unnamed=True,
    )
    assert all(s.speaker != "Oak Park" for s in got), [(s.speaker, s.text) for s in got]
