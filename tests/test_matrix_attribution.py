"""English attribution by matrix (issue 8): the verbs of saying in their tense and aspect forms
crossed with the frames of real copy (subject-verb-that, inversion after a quote, an aside or
a time between subject and verb, a participle after a deed, "in a statement"), each cell
asserting one statement with its speaker, first words and day; and the near-misses that must
stay silent. Sentences written here, published on a Friday."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _one(text: str) -> tuple[str | None, str, str | None]:
    found = extract("Envoy sees thaw\n\n" + text + "\n", published=FRIDAY)
    assert len(found) == 1, [(s.speaker, s.text) for s in found]
    return found[0].speaker, found[0].text, found[0].said_on


def _starts(words: str, expected: str) -> bool:
    """The statement's words begin with the expected ones, or with the verb kept before
    them ("praising the mediators", "demanding that the vessels withdraw")."""
    rest = words.split(" ", 1)[-1]
    return any(w.startswith(expected) for w in (words, rest, rest.removeprefix("that ")))


# Every form of a verb of saying the lexicon knows in the past: the participle after a deed
# ("met X on Wednesday, praising ...") and the present.
@pytest.mark.parametrize(
    ("text", "speaker", "start", "day"),
    [
        (
            "Prime Minister Mark Rutte spoke by phone with the Omani sultan on Wednesday, "
            "praising the mediation of Muscat.",
            "Mark Rutte",
            "the mediation of Muscat",
            "2023-06-14",
        ),
        (
            "Foreign Minister Penny Wong met her Fijian counterpart on Wednesday, rejecting "
            "claims that Canberra had ignored the Pacific.",
            "Penny Wong",
            "claims that Canberra had ignored",
            "2023-06-14",
        ),
        (
            "Minister Ahmed Attaf received the Malian envoy on Wednesday, maintaining that "
            "Algiers remained the natural mediator.",
            "Ahmed Attaf",
            "Algiers remained the natural mediator",
            "2023-06-14",
        ),
        (
            "Chancellor Karl Nehammer toured the border post on Wednesday, conceding that "
            "the checks had slowed trade.",
            "Karl Nehammer",
            "the checks had slowed trade",
            "2023-06-14",
        ),
        (
            "President Gustavo Petro addressed the rally on Wednesday, criticising the "
            "central bank for its rates.",
            "Gustavo Petro",
            "the central bank for its rates",
            "2023-06-14",
        ),
        (
            "Senator Bob Menendez held a hearing on Wednesday, slamming the sale of jets to "
            "Ankara.",
            "Bob Menendez",
            "the sale of jets to Ankara",
            "2023-06-14",
        ),
        (
            "Foreign Minister Ali Sabry briefed diplomats in Colombo on Wednesday, revealing "
            "that the debt talks had stalled.",
            "Ali Sabry",
            "the debt talks had stalled",
            "2023-06-14",
        ),
        (
            "Minister Hakan Fidan reveals that Ankara has offered to host the talks.",
            "Hakan Fidan",
            "Ankara has offered to host the talks",
            "2023-06-16",
        ),
        (
            "Secretary Enrique Manalo visited the shoal on Wednesday, demanding that the "
            "coast guard vessels withdraw.",
            "Enrique Manalo",
            "the coast guard vessels withdraw",
            "2023-06-14",
        ),
    ],
)
def test_every_form_of_a_verb_of_saying(text: str, speaker: str, start: str, day: str) -> None:
    who, words, said_on = _one(text)
    assert (who, said_on) == (speaker, day)
    assert _starts(words, start), words


def test_a_participle_after_a_quote_is_words_of_its_own() -> None:
    text = (
        '"We are not there yet," Ambassador Linda Thomas-Greenfield said, observing that the '
        "vote had been postponed twice."
    )
    found = extract("Envoy sees thaw\n\n" + text + "\n", published=FRIDAY)
    assert [(s.speaker, s.text[:20], s.said_on) for s in found] == [
        ("Linda Thomas-Greenfield", "We are not there yet", "2023-06-16"),
        ("Linda Thomas-Greenfield", "the vote had been po", "2023-06-16"),
    ]


# Near-misses: the same words as an adjective, a deed or a mention without content.
@pytest.mark.parametrize(
    "text",
    [
        "It was a revealing interview for the new envoy.",
        "The schedule in Brussels is demanding for the delegation.",
        "Israel, observing the truce, halted its strikes on Tuesday.",
        "The peacekeepers are maintaining a presence near the river.",
        "The minister spoke for an hour, mentioning the sanctions twice.",
        "The president's campaign promises include a tax cut.",
    ],
)
def test_forms_that_say_nothing(text: str) -> None:
    assert extract("Envoy sees thaw\n\n" + text + "\n", published=FRIDAY) == []


# The pluperfect of any verb of saying is before the story's own day, as "had said" is.
@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        ("President Alar Karis had added that Tallinn would host the summit.", "Alar Karis",
         "Tallinn would host the summit"),
        ("Spokesman Wang Wenbin had clarified that the visit was private.", "Wang Wenbin",
         "the visit was private"),
        ("Minister Bogdan Aurescu had confirmed that the corridor was open.", "Bogdan Aurescu",
         "the corridor was open"),
        ("Envoy Martin Griffiths had highlighted that the convoys were stuck.",
         "Martin Griffiths", "the convoys were stuck"),
        ("Premier Li Qiang had replied that trade should not be politicised.", "Li Qiang",
         "trade should not be politicised"),
        ("Minister Anita Anand, speaking in Halifax, had recalled that the treaty was signed "
         "in 1949.", "Anita Anand", "the treaty was signed in 1949"),
    ],
)  # fmt: skip
def test_the_pluperfect_of_any_verb_of_saying_is_earlier(
    text: str, speaker: str, start: str
) -> None:
    assert _one(text) == (speaker, start, "../2023-06-16")


def test_a_pluperfect_deed_in_an_aside_does_not_date_the_words() -> None:
    # guard (passes before): the perfect of a deed in the subject's aside is no saying
    text = "Minister Ana Brnabic, who had reached Kyiv by train, added that Belgrade backed it."
    assert _one(text) == ("Ana Brnabic", "Belgrade backed it", "2023-06-16")


# Verbs that say only with their clause or their quote ("highlighted", "threatened"): where,
# when and in what between the verb and "that", or the quote before the speaker.
@pytest.mark.parametrize(
    ("text", "speaker", "start", "day"),
    [
        ("Minister Tobias Billstrom highlighted during a visit to Riga on Wednesday that the "
         "Baltic was calm.", "Tobias Billstrom", "the Baltic was calm", "2023-06-14"),
        ("President Gitanas Nauseda highlighted late on Monday in Vilnius that the corridor "
         "was vital.", "Gitanas Nauseda", "the corridor was vital", "2023-06-12"),
        ("Minister Xavier Bettel highlighted in an interview with RTL that Luxembourg would "
         "pay its share.", "Xavier Bettel", "Luxembourg would pay its share", "2023-06-16"),
        ('"The Baltic is calm," Minister Tobias Billstrom highlighted in a speech to the '
         "Riksdag.", "Tobias Billstrom", "The Baltic is calm", "2023-06-16"),
        ('"Trade has doubled," Premier Li Qiang highlighted on Tuesday.', "Li Qiang",
         "Trade has doubled", "2023-06-13"),
        ("Minister Tobias Billstrom threatened in an interview with SVT that Stockholm would "
         "respond.", "Tobias Billstrom", "Stockholm would respond", "2023-06-16"),
        ("Deputy Minister Andrei Rudenko threatened Tuesday that Moscow would cut the cable.",
         "Andrei Rudenko", "Moscow would cut the cable", "2023-06-13"),
        ('"We will respond in kind," Minister Tobias Billstrom threatened.', "Tobias Billstrom",
         "We will respond in kind", "2023-06-16"),
        ('"There will be a price," U.S. Senator Lindsey Graham threatened on Tuesday.',
         "Lindsey Graham", "There will be a price", "2023-06-13"),
    ],
)  # fmt: skip
def test_clause_only_verbs_after_adjuncts_or_a_quote(
    text: str, speaker: str, start: str, day: str
) -> None:
    assert _one(text) == (speaker, start, day)


@pytest.mark.parametrize(
    "text",
    [
        "The visit highlighted the close ties between the two navies.",
        "The report highlighted on Monday the risks that the war poses to shipping.",
        "The floods threatened the harvest in the south.",
        "The dispute threatened on Monday to derail the summit.",
        "The drought, which threatened millions, eased in May.",
    ],
)
def test_clause_only_verbs_that_show_or_endanger(text: str) -> None:
    assert extract("Envoy sees thaw\n\n" + text + "\n", published=FRIDAY) == []


# A deed's object never reaches across "that": "maintained yesterday that ..." opens the
# words, as "maintained close ties" names a thing kept.
@pytest.mark.parametrize(
    ("text", "speaker", "start", "day"),
    [
        ("Minister Nikos Dendias maintained yesterday that Athens had kept its word.",
         "Nikos Dendias", "Athens had kept its word", "2023-06-15"),
        ("Minister Nikos Dendias maintained Tuesday that the talks were on track.",
         "Nikos Dendias", "the talks were on track", "2023-06-13"),
        ("Minister Nikos Dendias highlighted on the sidelines of the EU summit in Brussels on "
         "Tuesday that the talks were on track.", "Nikos Dendias", "the talks were on track",
         "2023-06-13"),
    ],
)  # fmt: skip
def test_a_time_between_the_verb_and_that(text: str, speaker: str, start: str, day: str) -> None:
    assert _one(text) == (speaker, start, day)


def test_maintained_ties_are_kept_not_said() -> None:
    # guard (passes before)
    text = "Minister Nikos Dendias maintained close ties with Ankara."
    assert extract("Envoy sees thaw\n\n" + text + "\n", published=FRIDAY) == []


# "would only say", "would say only": all that was said, and it was (a modal otherwise says
# the words are still to come)
@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        ("Spokesman Dmitry Peskov would only say that the contacts were continuing.",
         "Dmitry Peskov", "the contacts were continuing"),
        ("Spokeswoman Mao Ning would say only that Beijing had been informed.", "Mao Ning",
         "Beijing had been informed"),
        ("Spokesman Matthew Miller would only confirm that two diplomats had left.",
         "Matthew Miller", "two diplomats had left"),
        ('Spokesman Dmitry Peskov, asked about the call, would only say: "We will inform you '
         'in due course."', "Dmitry Peskov", "We will inform you in due course"),
    ],
)  # fmt: skip
def test_would_only_say(text: str, speaker: str, start: str) -> None:
    who, words, day = _one(text)
    assert (who, day) == (speaker, "2023-06-16")
    assert words.startswith(start)


@pytest.mark.parametrize(
    "text",
    [
        "Spokesman Dmitry Peskov would not say whether the contacts were continuing.",
        "Spokesman Dmitry Peskov will only say that the contacts are continuing.",
        "If asked, Spokesman Dmitry Peskov would say that the contacts were continuing.",
    ],
)
def test_modal_sayings_still_to_come(text: str) -> None:
    assert extract("Envoy sees thaw\n\n" + text + "\n", published=FRIDAY) == []


# Verbs of saying whose words are only their clause or a quote before the speaker.
@pytest.mark.parametrize(
    ("text", "speaker", "start", "day"),
    [
        ("Minister Marcelo Ebrard estimated that the tariffs would cost 400,000 jobs.",
         "Marcelo Ebrard", "the tariffs would cost 400,000 jobs", "2023-06-16"),
        ("Governor Ilan Goldfajn hinted on Tuesday that rates could fall.", "Ilan Goldfajn",
         "rates could fall", "2023-06-13"),
        ("Secretary Lloyd Austin testified before the Senate on Tuesday that the aid was on "
         "track.", "Lloyd Austin", "the aid was on track", "2023-06-13"),
        ("President Javier Milei boasted that inflation had halved.", "Javier Milei",
         "inflation had halved", "2023-06-16"),
        ('"We are the fastest," President Javier Milei boasted.', "Javier Milei",
         "We are the fastest", "2023-06-16"),
        ("Minister Radoslaw Sikorski speculated that the drones were Russian.",
         "Radoslaw Sikorski", "the drones were Russian", "2023-06-16"),
        ('"That is a red line," Minister Radoslaw Sikorski elaborated.', "Radoslaw Sikorski",
         "That is a red line", "2023-06-16"),
        ('"Who knows?" Minister Radoslaw Sikorski mused.', "Radoslaw Sikorski", "Who knows?",
         "2023-06-16"),
        ('"Not yet," Minister Radoslaw Sikorski answered.', "Radoslaw Sikorski", "Not yet",
         "2023-06-16"),
        ("Minister Radoslaw Sikorski opined that the summit had been a success.",
         "Radoslaw Sikorski", "the summit had been a success", "2023-06-16"),
    ],
)  # fmt: skip
def test_verbs_told_by_their_clause(text: str, speaker: str, start: str, day: str) -> None:
    assert _one(text) == (speaker, start, day)


@pytest.mark.parametrize(
    "text",
    [
        "An estimated 87,000 people have crossed the border.",
        "Damages estimated at 4 billion dollars were reported.",
        "Officials hinted at a deal.",
        "Secretary Lloyd Austin testified for three hours.",
        "The city boasts a new port.",
        "Minister Radoslaw Sikorski recounted his first visit to Kyiv.",
        "Minister Radoslaw Sikorski elaborated on the plan in a speech.",
        "The weather forecast for Sunday is grim.",
        "Minister Radoslaw Sikorski answered questions from reporters.",
    ],
)
def test_the_same_verbs_without_words(text: str) -> None:
    assert extract("Envoy sees thaw\n\n" + text + "\n", published=FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "speaker", "start", "day"),
    [
        ("Prime Minister Giorgia Meloni lashed out at the way the top jobs had been carved up.",
         "Giorgia Meloni", "the way the top jobs had been carved up", "2023-06-16"),
        ("President Recep Tayyip Erdogan hit out at Stockholm on Monday for allowing the "
         "protest.", "Recep Tayyip Erdogan", "Stockholm", "2023-06-12"),
        ("Minister Nikos Dendias reassured allies that Athens would stay the course.",
         "Nikos Dendias", "Athens would stay the course", "2023-06-16"),
        ("Minister Nikos Dendias bemoaned the lack of progress in the talks.", "Nikos Dendias",
         "the lack of progress in the talks", "2023-06-16"),
    ],
)  # fmt: skip
def test_criticism_and_assurance_idioms(text: str, speaker: str, start: str, day: str) -> None:
    who, words, said_on = _one(text)
    assert (who, said_on) == (speaker, day)
    assert start in words[:60], words


# "According to X, <where and when X spoke>, ...": the aside is the attribution's (its day
# too), the words start after it.
@pytest.mark.parametrize(
    ("text", "speaker", "start", "day"),
    [
        ('According to Minister Kaja Kallas, who spoke in Tallinn, "the border is calm."',
         "Kaja Kallas", "the border is calm", "2023-06-16"),
        ("According to Minister Kaja Kallas, speaking late on Monday, the border was calm.",
         "Kaja Kallas", "the border was calm", "2023-06-12"),
        ("According to Kaja Kallas, the Estonian premier, speaking on Tuesday, the border was "
         "calm.", "Kaja Kallas", "the border was calm", "2023-06-13"),
    ],
)  # fmt: skip
def test_according_to_with_the_speakers_occasion(
    text: str, speaker: str, start: str, day: str
) -> None:
    who, words, said_on = _one(text)
    assert (who, said_on) == (speaker, day)
    assert words.startswith(start), words


# A participle's aside set off between the verb and "that" ("said, citing intelligence
# reports, that ..."); the clause-only verbs with an aside, or a quote before or after them.
@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        ("Minister Oleksii Reznikov said, citing intelligence reports, that the drones were "
         "Iranian.", "Oleksii Reznikov", "the drones were Iranian"),
        ("Minister Oleksii Reznikov warned, apparently referring to the drills, that Kyiv "
         "would respond.", "Oleksii Reznikov", "Kyiv would respond"),
        ("Minister Oleksii Reznikov added, quoting a UN report, that the dam had been mined.",
         "Oleksii Reznikov", "the dam had been mined"),
        ("Minister Oleksii Reznikov highlighted, however, that the drones were Iranian.",
         "Oleksii Reznikov", "the drones were Iranian"),
        ("Minister Oleksii Reznikov threatened, citing the drills, that Kyiv would respond.",
         "Oleksii Reznikov", "Kyiv would respond"),
        ('"We are winning," boasted Minister Oleksii Reznikov.', "Oleksii Reznikov",
         "We are winning"),
        ('Minister Oleksii Reznikov speculated, "They may try again in spring."',
         "Oleksii Reznikov", "They may try again in spring"),
    ],
)  # fmt: skip
def test_an_aside_or_a_quote_around_the_verb(text: str, speaker: str, start: str) -> None:
    who, words, said_on = _one(text)
    assert (who, said_on) == (speaker, "2023-06-16")
    assert words.startswith(start), words


# A medium and its day closing the words ("in a statement on Tuesday", "in a post on X late
# on Monday") are the saying's, whatever the verb's words are (clause, infinitive, "against").
@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        ("Minister Penny Wong said the embassy would stay open in a statement on Tuesday.",
         "the embassy would stay open", "2023-06-13"),
        ("Minister Penny Wong vowed to keep the embassy open in a statement on Tuesday.",
         "to keep the embassy open", "2023-06-13"),
        ("Minister Penny Wong warned against any escalation in a post on X late on Monday.",
         "against any escalation", "2023-06-12"),
        ("Minister Penny Wong said the embassy would publish a statement on Tuesday.",
         "the embassy would publish a statement on Tuesday", "2023-06-16"),
    ],
)  # fmt: skip
def test_a_medium_and_its_day_close_the_words(text: str, words: str, day: str) -> None:
    assert _one(text) == ("Penny Wong", words, day)


def test_a_semicolon_then_another_speaker_set_off_by_however() -> None:
    text = (
        "Minister Penny Wong told reporters that the talks had stalled; Wang Yi, however, said "
        "progress had been made."
    )
    found = extract("Envoy sees thaw\n\n" + text + "\n", published=FRIDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Penny Wong", "the talks had stalled"),
        ("Wang Yi", "progress had been made"),
    ]


def test_a_semicolon_inside_one_speakers_words_stays() -> None:
    # guard (passes before): no other speaker after the semicolon
    text = "Minister Penny Wong said the talks had stalled; the delegations would meet in July."
    assert _one(text)[1] == "the talks had stalled; the delegations would meet in July"


# "was at pains to stress", "was quick to point out", "was careful to add": the one so
# minded speaks, through the verb of saying after "to".
@pytest.mark.parametrize(
    "text",
    [
        "Minister Penny Wong was at pains to stress that the talks had not stalled.",
        "Minister Penny Wong was quick to point out that the talks had not stalled.",
        "Minister Penny Wong was careful to add that the talks had not stalled.",
        "Minister Penny Wong was keen to emphasise that the talks had not stalled.",
    ],
)
def test_minded_to_say(text: str) -> None:
    assert _one(text) == ("Penny Wong", "the talks had not stalled", "2023-06-16")


@pytest.mark.parametrize(
    "text",
    [
        "Minister Penny Wong was quick to act on the report.",
        "Minister Penny Wong was keen to meet her counterpart.",
        "China will add three drone makers to its export control list.",
    ],
)
def test_minded_to_act(text: str) -> None:
    assert extract("Envoy sees thaw\n\n" + text + "\n", published=FRIDAY) == []
