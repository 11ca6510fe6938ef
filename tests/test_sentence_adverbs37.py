"""A sentence opened by an adverb with no comma after it ("Interestingly Lavrov, ...",
"Certainly Erdogan knows ...", "Recently she told ...") does not make the adverb part of the
name after it: the name is the person's (so later mentions and pronouns find them), and a
pronoun after the adverb is still a pronoun. Stories written here, in the manner of wire
copy; each expected statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 3, 12)

# the adverb before the full name: the name goes on to the pronoun in the next sentence
ADVERB_BEFORE_FULL_NAME = (
    "Grain corridor talks resume\n\n"
    "ANKARA, March 12 (Wire) - Turkey hosted a fresh round of talks on the Black Sea "
    "corridor on Wednesday.\n\n"
    "Interestingly Hakan Fidan, the foreign minister, skipped the opening session. He said on "
    "Wednesday that the ships could sail again before the summer.\n"
)
# a name inside a quotation, opened by an adverb, is the name the surname later finds
ADVERB_INSIDE_A_QUOTE = (
    "Minsk channel reopens\n\n"
    "VIENNA, March 12 (Wire) - Envoys met behind closed doors on Wednesday.\n\n"
    '"Certainly Alexander Schallenberg knows what is at stake here," the Polish envoy, '
    "Radoslaw Sikorski, told reporters on Wednesday.\n\n"
    "Schallenberg said on Wednesday that Austria would host the next round.\n"
)
# a pronoun after an opening adverb stays the pronoun
ADVERB_BEFORE_A_PRONOUN = (
    "Envoy hardens tone\n\n"
    "GENEVA, March 12 (Wire) - The Security Council met on Yemen on Wednesday.\n\n"
    '"Neither army can hold the port for long," one envoy, Hans Grundberg of Sweden, said.\n\n'
    "Grundberg said the truce was fraying. Ultimately he argued that neither side could win "
    "the war outright.\n"
)
# near miss, right on both: an adverb of time the pronoun already survived
RECENTLY_BEFORE_A_PRONOUN = (
    "Envoy hardens tone\n\n"
    "GENEVA, March 12 (Wire) - The U.N. envoy for Yemen, Hans Grundberg, briefed the council "
    "on Wednesday.\n\n"
    "Recently he told diplomats that both sides had stopped answering his calls.\n"
)
SPOKESWOMAN_AFTER_ADVERB = (
    "Beijing answers Manila\n\n"
    "BEIJING, March 12 (Wire) - China's foreign ministry spokeswoman Mao Ning held her daily "
    "briefing on Wednesday.\n\n"
    "Clearly Mao wanted to close the subject. She said the shoal had always been Chinese "
    "territory.\n"
)
# near miss, right on both: an opening word the list held already
NOTABLY_BEFORE_A_NAME = (
    "Ministers meet in Brussels\n\n"
    "BRUSSELS, March 12 (Wire) - NATO ministers gathered on Wednesday.\n\n"
    "Notably Mark Rutte, the secretary general, arrived late. He said the alliance would "
    "meet its spending goal.\n"
)


def test_adverb_before_a_full_name() -> None:
    assert_statements(
        ADVERB_BEFORE_FULL_NAME,
        PUBLISHED,
        [("Hakan Fidan", "the ships could sail again", "2025-03-12")],
    )


def test_adverb_inside_a_quotation() -> None:
    assert_statements(
        ADVERB_INSIDE_A_QUOTE,
        PUBLISHED,
        [
            ("Radoslaw Sikorski", "Certainly Alexander Schallenberg knows", "2025-03-12"),
            ("Alexander Schallenberg", "Austria would host the next round", "2025-03-12"),
        ],
    )


def test_adverb_before_a_pronoun() -> None:
    assert_statements(
        ADVERB_BEFORE_A_PRONOUN,
        PUBLISHED,
        [
            ("Hans Grundberg", "Neither army can hold the port", "2025-03-12"),
            ("Hans Grundberg", "the truce was fraying", "2025-03-12"),
            ("Hans Grundberg", "neither side could win the war", "2025-03-12"),
        ],
    )


def test_adverb_before_a_surname() -> None:
    assert_statements(
        SPOKESWOMAN_AFTER_ADVERB,
        PUBLISHED,
        [("Mao Ning", "the shoal had always been Chinese", "2025-03-12")],
    )


def test_recently_before_a_pronoun() -> None:
    assert_statements(
        RECENTLY_BEFORE_A_PRONOUN,
        PUBLISHED,
        [("Hans Grundberg", "both sides had stopped answering", "../2025-03-12")],
    )


def test_notably_before_a_name() -> None:
    assert_statements(
        NOTABLY_BEFORE_A_NAME,
        PUBLISHED,
        [("Mark Rutte", "the alliance would meet its spending goal", "2025-03-12")],
    )
