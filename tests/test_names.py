"""Names in any spelling or script meet on one key."""

from __future__ import annotations

import pytest

from tracker.names import name_key, similarity, surname_key


@pytest.mark.parametrize(
    "variants",
    [
        ["Sergey Ryabkov", "Sergei Ryabkov", "SERGEY RYABKOV", "Сергей Рябков"],
        ["Maria Zakharova", "Мария Захарова", "María Zakharova"],
        ["Dmitry Peskov", "Dmitri Peskov", "Dmitriy Peskov", "Дмитрий Песков"],
        ["Alexei Navalny", "Aleksey Navalny", "Алексей Навальный"],
        ["António Guterres", "Antonio Guterres"],
    ],
)
def test_spellings_and_scripts_share_a_key(variants):
    assert len({name_key(v) for v in variants}) == 1


def test_different_people_keep_different_keys():
    assert name_key("Sergey Lavrov") != name_key("Sergey Ryabkov")
    assert name_key("Wang Yi") != name_key("Wang Wenbin")


def test_key_is_idempotent_and_surname_is_last_word():
    key = name_key("Сергей Рябков")
    assert name_key(key) == key
    assert surname_key("Russian diplomat Sergey Ryabkov") == name_key("Рябков")


def test_a_misspelt_surname_is_still_similar_to_the_full_name():
    assert similarity("Ryabkof", "Sergey Ryabkov") > 70
    assert similarity("Putin", "Sergey Ryabkov") < 50
