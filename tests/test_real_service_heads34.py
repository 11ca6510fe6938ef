"""A description naming a service's head ("the army chief", "the police chief", "the navy
chief") went to whoever the story named last, a minister or a president of another post
(round 34, second wave): it resolves only to one serving in that service, or stays
unresolved (its own words kept as the speaker). A bare "said" after the one who spoke
keeps that speaker's day, as elsewhere. Each test in new words written here, in the styles
of wire and local copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

THURSDAY = datetime.date(2025, 6, 12)


def test_the_army_chief_is_not_the_foreign_minister_named_before() -> None:
    assert_statements(
        "Dhaka presses Myanmar on refugees\n\n"
        "DHAKA (Reuters) - Foreign Adviser Touhid Hossain met the U.N. refugee envoy on "
        "Wednesday.\n\n"
        '"The camps cannot take another wave," Hossain told reporters after the meeting.\n\n'
        "Skirmishes flared near Teknaf this month. The army chief told soldiers on Thursday "
        "that the frontier would be sealed to armed groups.\n",
        THURSDAY,
        [
            ("Touhid Hossain", "The camps cannot take another wave", "2025-06-11"),
            ("The army chief", "the frontier would be sealed to armed groups", "2025-06-12"),
        ],
    )


def test_the_police_chief_is_not_the_president() -> None:
    assert_statements(
        "Accra steps up patrols before vote\n\n"
        "ACCRA (AFP) - President John Mahama said on Monday that the election would be "
        "peaceful.\n\n"
        '"Ghana will show the world how to vote," Mahama said.\n\n'
        "The police chief said on Tuesday that 60,000 officers would guard polling "
        "stations.\n",
        THURSDAY,
        [
            ("John Mahama", "the election would be peaceful", "2025-06-09"),
            ("John Mahama", "Ghana will show the world how to vote", "2025-06-09"),
            ("The police chief", "60,000 officers would guard polling stations", "2025-06-10"),
        ],
    )


def test_the_service_head_the_story_named_is_found_by_the_post() -> None:
    # "Inspector General of Police X", then a minister, then "the police chief": the one
    # in the police, not the minister named last
    assert_statements(
        "Police defend march arrests\n\n"
        "KAMPALA (Monitor) - Inspector General of Police Abas Byakagaba said on Wednesday "
        "that the arrests were lawful.\n\n"
        "Security Minister Jim Muhwezi backed the force. The police chief said the "
        "detained would appear in court.\n",
        THURSDAY,
        [
            ("Abas Byakagaba", "the arrests were lawful", "2025-06-11"),
            ("Abas Byakagaba", "the detained would appear in court", "2025-06-11"),
        ],
    )


def test_a_naval_rank_serves_in_the_navy() -> None:
    # "Vice Admiral X" then the president: "the navy chief" is the admiral
    assert_statements(
        "Navy seizes smuggling boats\n\n"
        "MANILA (AP) — Navy flag officer Vice Admiral Jose Ezpeleta said on Wednesday that "
        "four boats had been seized.\n\n"
        "President Ferdinand Marcos Jr. praised the crews. The navy chief added that the "
        "patrols would go on.\n",
        THURSDAY,
        [
            ("Jose Ezpeleta", "four boats had been seized", "2025-06-11"),
            ("Jose Ezpeleta", "the patrols would go on", "2025-06-11"),
        ],
    )


def test_a_party_chief_is_still_the_one_speaking_near_miss() -> None:
    # near miss, the same on the starting code: no service named, the one speaking
    assert_statements(
        "Opposition rallies in capital\n\n"
        "HARARE (Reuters) - Opposition leader Nelson Chamisa said on Wednesday that the "
        "rally would go ahead.\n\n"
        '"We are not afraid," the party chief said.\n',
        THURSDAY,
        [
            ("Nelson Chamisa", "the rally would go ahead", "2025-06-11"),
            ("Nelson Chamisa", "We are not afraid", "2025-06-11"),
        ],
    )


def test_a_civil_post_called_general_serves_in_no_army() -> None:
    """ "Secretary-General", "attorney general": the word of a civil post is no rank, so the
    army chief is not the UN chief named before."""
    assert_statements(
        "UN urges restraint on border\n\n"
        "NEW YORK (Reuters) - U.N. Secretary-General Antonio Guterres said on Wednesday that "
        "both sides must step back from the frontier.\n\n"
        "The army chief told soldiers on Thursday that the border posts would be reinforced.\n",
        THURSDAY,
        [
            ("Antonio Guterres", "both sides must step back", "2025-06-11"),
            ("The army chief", "the border posts would be reinforced", "2025-06-12"),
        ],
    )
