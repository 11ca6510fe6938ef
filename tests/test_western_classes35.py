"""Round thirty-five, English copy of Western papers and broadcasters: a post set off after
the words with a relative clause of its own before its verb ("..., the UN envoy, who has
shuttled between the capitals, said"); a speaker opening a "where" or "when" clause after
the reporter's own clause, with an occasion between the verb and the words ("..., where the
union said in a statement it would ..."); a second speaker's clause joined by "while" after a
quotation whose closing mark follows its comma ('called it "a gift," while Sen. X, a member of
..., said in a statement that ...'); a day opening a clause joined after the verb's, with a
subject of its own (", and on Sunday he wrote ..."), is that clause's day, not the first
verb's; nor is a day in a clause of its own in the perfect after a participle ("...,
echoing a line her minister had used on Saturday"); the source of an account set without
commas between a relative "who" and its verb ("X, who according to a Turkish readout told
him that ..."); a name with two relative clauses joined by "and", the second one saying
("X, whose term ends in May and who has said ..., accused ..."). Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

_DAY = datetime.date(2025, 3, 12)


def test_post_with_a_relative_clause_after_the_words_speaks() -> None:
    text = (
        "GENEVA — Diplomats were cautiously hopeful on Wednesday.\n\n"
        "Both delegations will return to the table after the holiday, the UN special envoy, "
        "who has shuttled between the two capitals for a month, said on Wednesday.\n\n"
        "Grain shipments could resume within weeks, the Turkish defence minister, whose "
        "ministry runs the inspection centre, has said.\n\n"
        "The border post will stay shut until further notice, the governor of the province, "
        "which borders the conflict zone, told reporters.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("the UN special envoy", "Both delegations will return", "2025-03-12"),
            ("the Turkish defence minister", "Grain shipments could resume", "../2025-03-12"),
            ("the governor of the province", "The border post will stay", "2025-03-12"),
        ],
    )


def test_speaker_opening_a_where_clause_says_the_words_after_the_occasion() -> None:
    text = (
        "BERLIN — Farmers returned to the capital on Wednesday.\n\n"
        "Hundreds of tractors blocked the avenue to the Brandenburg Gate, where the farmers' "
        "association said in a statement it would keep up the protests until the vote.\n\n"
        "The rally broke up in the early evening, when Joachim Rukwied said in a speech "
        "the cuts would ruin family farms.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("the farmers' association", "it would keep up the protests", "2025-03-12"),
            ("Joachim Rukwied", "the cuts would ruin", "2025-03-12"),
        ],
    )


def test_speaker_joined_by_while_after_a_closing_quote_says_the_words_after() -> None:
    text = (
        "WASHINGTON — Reaction on Capitol Hill split along party lines on Wednesday.\n\n"
        'Sen. Tom Cotton called the arms sale "a reward for bad behaviour," while Sen. Tim '
        "Kaine, a member of the Armed Services Committee, said in a statement that Congress "
        "had been kept in the dark.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Tom Cotton", 'the arms sale "a reward', "2025-03-12"),
            ("Tim Kaine", "Congress had been kept", "2025-03-12"),
        ],
    )


def test_day_opening_a_joined_clause_is_not_the_first_verbs() -> None:
    text = (
        "PARIS — European leaders gathered in Paris on Wednesday.\n\n"
        "Macron has long argued that Europe must pay for its own defence, and on "
        'Monday he told a think tank that the continent had "a decade at most" to prepare.\n'
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Macron", "Europe must pay", "../2025-03-12"),
            ("Macron", "the continent had", "2025-03-10"),
        ],
    )


def test_day_of_a_perfect_after_a_participle_is_not_the_words() -> None:
    text = (
        "ROME — Ministers met on Wednesday.\n\n"
        "Meloni said on Wednesday that the budget would be balanced. "
        '"We will not be rushed by Brussels," she told RAI, echoing a line her economy '
        "minister had used on Saturday.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Meloni", "the budget would be", "2025-03-12"),
            ("Meloni", "We will not be rushed", "2025-03-12"),
        ],
    )


def test_source_between_who_and_its_verb_leaves_the_name_speaking() -> None:
    text = (
        "ANKARA — The ministers met on Wednesday.\n\n"
        "Mr. Rubio later sat down with Hakan Fidan, Turkey's foreign minister, who according "
        'to a Turkish readout told him that the tariffs were "a mistake for both sides."\n'
    )
    assert_statements(text, _DAY, [("Hakan Fidan", "the tariffs were", "2025-03-12")])


def test_second_of_two_joined_relative_clauses_tells_words() -> None:
    text = (
        "VILNIUS — Protesters filled the square for a fourth night on Wednesday.\n\n"
        "President Gitanas Nauseda, whose mandate runs until next year and who has said he "
        "will veto the bill because it breaches the constitution, accused the coalition of "
        '"governing by decree."\n'
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Gitanas Nauseda", "he will veto the bill", "../2025-03-12"),
            ("Gitanas Nauseda", "accused the coalition", "2025-03-12"),
        ],
    )
