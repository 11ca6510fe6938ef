"""Names typed by users or found in articles resolve to one official or institution."""

from __future__ import annotations

import pytest

from tracker.db import session_scope
from tracker.errors import Ambiguous, NotFound
from tracker.services.institutions import add_institution
from tracker.services.officials import add_official
from tracker.services.resolve import find_institution, find_official


@pytest.fixture
def people(db_url):
    with session_scope(db_url) as session:
        add_official(session=session, name="Sergey Ryabkov", aliases=["Сергей Рябков"])
        add_official(session=session, name="Sergey Lavrov")
        add_official(session=session, name="Wang Yi")
        add_official(session=session, name="Wang Wenbin")
        add_institution(
            session=session, name="Russian Foreign Ministry", kind="ministry", aliases=["MFA"]
        )
    return db_url


@pytest.mark.parametrize("typed", ["Sergei Ryabkov", "SERGEY RYABKOV", "Сергей Рябков", "Ryabkov"])
def test_any_spelling_script_or_surname_finds_the_official(people, typed):
    with session_scope(people) as session:
        assert find_official(session=session, name=typed).name == "Sergey Ryabkov"


def test_an_id_finds_the_official(people):
    with session_scope(people) as session:
        ryabkov = find_official(session=session, name="Ryabkov")
        assert find_official(session=session, name=str(ryabkov.id)).id == ryabkov.id


def test_a_shared_surname_is_ambiguous_and_lists_the_candidates(people):
    with session_scope(people) as session, pytest.raises(Ambiguous) as error:
        find_official(session=session, name="Wang")
    assert "Wang Yi" in str(error.value) and "Wang Wenbin" in str(error.value)


def test_an_unknown_name_suggests_close_matches(people):
    with session_scope(people) as session, pytest.raises(NotFound, match="did you mean.*Ryabkov"):
        find_official(session=session, name="Ryabkof")


def test_every_alias_spelling_is_kept_even_when_keys_meet(people):
    from sqlmodel import select

    from tracker.models import OfficialAlias

    with session_scope(people) as session:
        spellings = session.exec(select(OfficialAlias.alias)).all()
    assert {"Sergey Ryabkov", "Сергей Рябков"} <= set(spellings)


def test_institutions_resolve_by_alias(people):
    with session_scope(people) as session:
        assert find_institution(session=session, name="mfa").name == "Russian Foreign Ministry"
        with pytest.raises(NotFound):
            find_institution(session=session, name="Ministry of Magic")
