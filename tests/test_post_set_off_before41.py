"""A post set off by commas before a name ("The North's nuclear envoy, Kim Myong-gil,"),
with plain words before its head ("new", "chief", "nuclear"), is the person's post, as the
same words set off after the name are; so a later "Minister Kim", with two Kims named, is the
one named under the post of minister. Stories written here in the manner of Yonhap's copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2019, 9, 23)  # a Monday


def test_minister_kim_is_the_minister_not_the_envoy_named_with_a_post_before() -> None:
    assert_statements(
        "SEOUL, Sept. 23 (Yonhap) -- Resuming the stalled talks will take time, Unification "
        "Minister Kim Yeon-chul said Monday.\n"
        "The North's new nuclear envoy, Kim Myong-gil, on Friday welcomed a proposal by "
        "Washington for a fresh round of talks.\n"
        '"We need patience on both sides," the minister told a forum in Seoul.\n'
        "Minister Kim also vowed to revive exchanges between the two Koreas.\n",
        PUBLISHED,
        [
            ("Kim Yeon-chul", "Resuming the stalled talks", "2019-09-23"),
            ("Kim Myong-gil", "welcomed a proposal", "2019-09-20"),
            ("Kim Yeon-chul", "We need patience", "2019-09-23"),
            ("Kim Yeon-chul", "to revive exchanges", "2019-09-23"),
        ],
    )


def test_the_owner_of_a_post_set_off_before_is_not_the_post() -> None:
    # near miss: "The minister's chief aide, Kim Sung-han,": the post is the aide's, the
    # minister its owner; "Minister Kim" stays the minister
    assert_statements(
        "SEOUL, Sept. 23 (Yonhap) -- Unification Minister Kim Yeon-chul said Monday that "
        "the talks would resume soon.\n"
        "The minister's chief aide, Kim Sung-han, said on Friday that a visit to Pyongyang "
        "was not planned.\n"
        "Minister Kim said dialogue remained the only way forward.\n",
        PUBLISHED,
        [
            ("Kim Yeon-chul", "the talks would resume soon", "2019-09-23"),
            ("Kim Sung-han", "a visit to Pyongyang", "2019-09-20"),
            ("Kim Yeon-chul", "dialogue remained", "2019-09-23"),
        ],
    )
