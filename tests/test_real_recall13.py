"""Recall on ordinary attribution constructions of news copy (issue 8, thirteenth round):
classes read from the attributions PolNeAR's train compartment annotates that tracker did not
find. Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2025, 6, 13)


def test_a_quoted_name_given_then_and_said_runs_on_into_the_joined_words() -> None:
    # 'called the plan "a farce" and said ...': the name given, quoted, ends the naming
    # verb's words; the joined verb's words are part of the one statement both verbs make
    text = (
        "GENEVA, June 13 (Wire) - UN relief chief Marta Lindqvist called the convoy ban "
        '"a sentence passed on the hungry" and said aid agencies would appeal to the Security '
        "Council next week."
    )
    found = extract(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Marta Lindqvist"]
    assert found[0].text.startswith('the convoy ban "a sentence passed on the hungry"')
    assert found[0].text.endswith("aid agencies would appeal to the Security Council next week")


def test_a_quoted_description_a_comma_and_said_is_one_statement() -> None:
    # 'described the accord as "...", and said ...': the comma before "and" changes nothing
    text = (
        "GENEVA, June 13 (Wire) - Swiss Foreign Minister Anton Keller described the accord "
        'as "a modest but real step", and said Bern would host the next round in September.'
    )
    found = extract(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Anton Keller"]
    assert found[0].text.endswith("Bern would host the next round in September")


def test_a_comma_after_that_opens_an_aside_inside_the_words() -> None:
    # 'said in a statement on Thursday that, if ..., X': the day and the medium, then "that"
    # and a condition set off by commas; the words run from the condition
    text = (
        "BRUSSELS, June 13 (Wire) - EU trade commissioner Pia Lund said in a statement on "
        "Thursday that, unless Beijing lifted the export curbs, the bloc would file a case at "
        "the World Trade Organization."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Pia Lund", "2025-06-12")]
    assert found[0].text.startswith("unless Beijing lifted the export curbs, the bloc would")


def test_a_participle_s_words_closed_by_a_quote_then_and_said_is_a_second_statement() -> None:
    # 'issued a statement saying ... "..." and said ...': the quote closes the words the
    # participle reports; the verb joined after it is the same speaker's next point
    text = (
        "BRUSSELS, June 13 (Wire) - Dutch Foreign Minister Joris Bakker issued a statement "
        'saying the seizure of the tanker "breaks every rule of the sea" and said The Hague '
        "would summon the ambassador on Monday."
    )
    found = extract(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Joris Bakker", "Joris Bakker"]
    assert found[1].text == "The Hague would summon the ambassador on Monday"


def test_remarking_that_after_a_gesture_is_a_statement() -> None:
    # ', remarking that ...': the participle of "remarked", which the cue list lacked
    text = (
        "BRUSSELS, June 13 (Wire) - Polish Foreign Minister Adam Nowicki pointed to the "
        "drills near the border as the main worry, remarking that Warsaw would ask NATO for "
        "more air defence."
    )
    found = extract(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Adam Nowicki"]
    assert found[0].text.endswith("Warsaw would ask NATO for more air defence")


def test_a_statement_calling_then_and_saying_is_one_statement() -> None:
    # 'issued a statement on Friday calling the ban "..." and saying ...': a document calling
    # a thing so is its issuer naming it (not "a book called X"), and the participle joined
    # after the quoted name goes on in the one statement
    text = (
        "OSLO, June 13 (Wire) - Norwegian Trade Minister Sigrid Holm issued a statement on "
        'Friday calling the fishing ban "a plain breach of the treaty" and saying Oslo would '
        "take the dispute to arbitration."
    )
    found = extract(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Sigrid Holm"]
    assert found[0].text.startswith('the fishing ban "a plain breach of the treaty" and saying')
    assert found[0].text.endswith("Oslo would take the dispute to arbitration")


def test_going_somewhere_to_say_is_the_subject_s_statement() -> None:
    # "returned to the lectern late on Friday to say ...", "went out of her way to say ...":
    # where the speaker went, then why; the infinitive's words are the subject's
    text = (
        "OSLO, June 13 (Wire) - Talks on the fishing dispute stalled on Friday.\n\n"
        "Deputy Minister Lars Eide returned to the lectern late on Friday to say the Danish "
        "boats had left the zone.\n\n"
        "Senator Ruth Dahl went out of her way to say that the treaty still held."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Lars Eide", "the Danish boats had left the zone"),
        ("Ruth Dahl", "the treaty still held"),
    ]


def test_had_said_a_word_denies_that_words_were_said() -> None:
    # "before either side had said a word": the idiom only says nothing was said yet
    text = (
        "OSLO, June 13 (Wire) - The mediators announced the accord on Friday before either "
        "capital had said a word about it.\n\n"
        "Trade Minister Sigrid Holm said a word of caution was still in order."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Sigrid Holm", "a word of caution was still in order")
    ]


def test_responded_with_an_act_tells_no_words() -> None:
    # "Moscow responded with tariffs, including ...": an act in answer; but '"...," she
    # replied with a smile' and "responded with a warning that ..." tell words
    text = (
        "OSLO, June 13 (Wire) - Relations soured after the seizure of the trawler.\n\n"
        "Denmark responded with tariffs, including a levy on salmon imports.\n\n"
        '"We have nothing to add," spokeswoman Ida Berg replied with a smile.\n\n'
        "Asked about the levy, Trade Minister Sigrid Holm responded with a warning that "
        "Oslo could retaliate."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ida Berg", "We have nothing to add"),
        ("Sigrid Holm", "Oslo could retaliate"),
    ]


def test_which_two_subjects_blamed_on_is_background() -> None:
    # "the raids, which Oslo and Stockholm blamed on X": a charge told as background in a
    # relative clause, however many subjects it has
    text = (
        "OSLO, June 13 (Wire) - Shipping insurers raised rates after last year's cable cuts, "
        "which Oslo and Stockholm blamed on a foreign trawler."
    )
    assert extract(text, published=FRIDAY) == []


def test_a_bare_welcome_of_a_thing_told_before_is_no_statement() -> None:
    # "Sweden welcomed the ruling.": a gesture in a few words; a welcome that says more
    # ('welcomed it as "..."', "welcomed it but warned ...") stays a statement
    text = (
        "OSLO, June 13 (Wire) - The court ruled on the fishing dispute on Friday.\n\n"
        "Sweden, which has sided with Norway throughout, welcomed the ruling.\n\n"
        "Finnish President Aino Salo welcomed the decision, according to her office, and "
        "called on both sides to comply.\n\n"
        'Danish Foreign Minister Lars Holm welcomed the ruling as "a win for the law of the '
        'sea".'
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Aino Salo", "called on both sides to comply"),
        ("Lars Holm", 'welcomed the ruling as "a win for the law of the sea"'),
    ]


def test_a_concession_after_a_quoted_fragment_opens_a_second_statement() -> None:
    # '... "find some middle ground," although she said ...': the comma inside the closing
    # mark changes nothing: the concession's verb has words of its own
    text = (
        "OTTAWA, June 13 (Wire) - In an interview with a business channel, Finance Minister "
        'Claire Dubois said the government would probably "find some middle ground," although '
        "she said the levies would stay in place for months."
    )
    found = extract(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Claire Dubois", "Claire Dubois"]
    assert found[0].text.endswith('find some middle ground,"')
    assert found[1].text == "the levies would stay in place for months"


def test_approval_of_a_person_at_a_place_is_a_gesture() -> None:
    # "praised both teams.", "thanked the mediators from the floor of the chamber.": approval
    # in a few words, where it was given aside, says nothing; the quote after it does
    text = (
        "NAIROBI, June 13 (Wire) - Regional envoys gathered on Friday for the signing.\n\n"
        "Kenya's mediator, Amos Kariuki, who chaired the final round, praised both negotiating "
        'teams. "They have shown the courage that peace demands," he told reporters.\n\n'
        'Senator Lydia Grant thanked the mediators from the floor of the chamber. "This is a '
        'day many of us thought we would never see," she said.\n\n'
        "Interior Minister Paul Osei commended Ghana for its patient mediation."
    )
    found = extract(text, published=FRIDAY)
    assert [s.text for s in found] == [
        "They have shown the courage that peace demands",
        "This is a day many of us thought we would never see",
        "commended Ghana for its patient mediation",
    ]


def test_an_answer_left_to_an_auxiliary_says_nothing() -> None:
    # "Asked whether she trusted him, X said she did.": the verb phrase stands in the question
    text = (
        "SEOUL, June 13 (Wire) - The two leaders met on Friday.\n\n"
        "Asked whether she trusted the envoy, Prime Minister Anna Berg said she did. Asked if "
        "the truce would hold, Berg told reporters it would not."
    )
    assert extract(text, published=FRIDAY) == []


def test_doubters_in_general_are_no_one_to_record() -> None:
    # "Sceptics in the ruling party questioned whether ...": a group nobody can be recorded for
    text = (
        "LONDON, June 13 (Wire) - The plan was published on Friday.\n\nSceptics in the ruling "
        "party questioned whether the treasury could pay for the scheme."
    )
    assert extract(text, published=FRIDAY) == []


def test_an_attribution_study_still_counts_a_gesture() -> None:
    # PolNeAR-style reading: every attribution, the gesture and the bare answer too
    text = (
        "NAIROBI, June 13 (Wire) - Kenya's mediator, Amos Kariuki, praised both negotiating "
        "teams. Asked whether she trusted the envoy, Prime Minister Anna Berg said she did."
    )
    assert len(extract(text, published=FRIDAY, unnamed=True)) == 2


def test_signalled_that_makes_a_position_known() -> None:
    # "signalled that ...": a verb of making known with its clause; a signal alone is none
    text = (
        "OTTAWA, June 13 (Wire) - Talks resumed on Friday.\n\n"
        "Later in the day, Trade Minister Paul Girard signalled that Ottawa could lift some "
        "duties as early as next week. The central bank signaled its concern with a rate cut."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Paul Girard", "Ottawa could lift some duties as early as next week")
    ]


def test_where_a_visit_went_after_told_reporters_is_no_words() -> None:
    # "..., X told reporters during a trip to the border region.": "to the ..." names where
    # the trip went; the words are the clause before the attribution
    text = (
        "ATHENS, June 13 (Wire) - A third of the grant will pay for new ferries, Transport "
        "Minister Eleni Vouri told reporters during a tour of the port to the eastern islands.\n\n"
        "The rest goes to harbour repairs, Deputy Minister Nikos Stavrou told journalists during "
        "a visit to Piraeus."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Eleni Vouri", "A third of the grant will pay for new ferries"),
        ("Nikos Stavrou", "The rest goes to harbour repairs"),
    ]


def test_a_participle_after_a_nationality_is_an_adjective_of_the_body() -> None:
    # "the Chilean armed forces said": "armed" after a nationality, with a noun to come,
    # describes the body (as after "the" or "Chile's"); it is not the verb of a name
    text = (
        "SANTIAGO, June 13 (Wire) - The Chilean armed forces said on Friday that two patrol "
        "boats had been damaged in the storm.\n\n"
        "The commander of the Peruvian armed forces accused the fishing fleet of ignoring "
        "repeated warnings."
    )
    found = extract(text, published=FRIDAY)
    assert [s.text for s in found] == [
        "two patrol boats had been damaged in the storm",
        "accused the fishing fleet of ignoring repeated warnings",
    ]


def test_the_head_of_a_body_is_the_one_named_next_with_that_post_there() -> None:
    # a lead tells of "the head of the Peruvian armed forces"; the next lines name him with
    # his post at that body: the head described is that man, not a description
    text = (
        "LIMA, June 13 (Wire) - The head of the Peruvian armed forces on Friday accused "
        "smugglers of bribing border guards.\n\n"
        "Gen. Hector Villanueva, chief of the Joint Command of the Armed Forces, told "
        "officers in Tumbes that the bribes had reached every checkpoint on the coast."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.text) for s in found][0] == (
        "Hector Villanueva",
        "accused smugglers of bribing border guards",
    )
