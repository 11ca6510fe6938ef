"""Detection on unseen real text (issue 8, fourteenth round): statements missed and spans
wrongly taken as statements, by class of language. Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)


def test_a_person_named_in_a_relative_clause_says_its_words() -> None:
    # "a pact that X said had ...", "the blockade, which she said "must be lifted"": the
    # person is the source of the clause, a statement of its own
    text = (
        "LIMA, March 4 (Wire) - Peru and Chile signed a fisheries pact on Monday, a pact that "
        "Peruvian President Rosa Quispe said had ended a decade of disputes at sea.\n\n"
        "Chilean Foreign Minister Tomas Vidal spoke of the port blockade, which he said "
        '"must be lifted before the harvest".'
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Rosa Quispe", "had ended a decade of disputes at sea"),
        ("Tomas Vidal", "must be lifted before the harvest"),
    ]


def test_a_place_named_in_a_relative_clause_is_background() -> None:
    # "the sailors that Chile says are held": a country's account in passing
    text = (
        "LIMA, March 4 (Wire) - The talks covered the 12 fishermen that Chile says are held "
        "in Callao, and the blockade, which Lima has blamed on Santiago.\n\n"
        "Foreign Minister Tomas Vidal said the talks had been useful."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [("Tomas Vidal", "the talks had been useful")]


def test_bodies_counted_by_their_kind_name_no_speaker() -> None:
    # "Human rights groups said", "aid agencies have warned": none of them named
    text = (
        "LIMA, March 4 (Wire) - Human rights groups said dozens of people had been detained "
        "during the protests. Aid agencies have repeatedly warned of food shortages in the "
        "south, and opposition parties demanded a debate in Congress.\n\n"
        "Foreign Minister Tomas Vidal said the talks had been useful."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [("Tomas Vidal", "the talks had been useful")]


def test_an_object_that_only_points_at_words_told_elsewhere_says_nothing() -> None:
    # "defended the decision.", "confirmed it an hour later.", "conveyed the message to
    # ...", "responded on social media within hours.": a mention, no content of its own
    text = (
        "LIMA, March 4 (Wire) - Peru closed its border with Bolivia on Monday. Interior "
        "Minister Julia Soto, speaking in Cusco later on Monday, defended the decision. The "
        "border would reopen once the protests ended, she said.\n\n"
        "Bolivian Foreign Minister Pablo Arce conveyed the message to his Peruvian counterpart "
        "during a call on Monday evening. Chile's foreign ministry confirmed it a few minutes "
        "later.\n\n"
        "Bolivia's president responded on social media within hours."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Julia Soto", "The border would reopen once the protests ended")
    ]


def test_words_before_a_verb_of_reply_are_what_was_said() -> None:
    # '"Next time in Lima," the minister replied.': the reply's words stand before the verb
    text = (
        'LIMA, March 4 (Wire) - "We will meet again soon," Foreign Minister Tomas Vidal told '
        'his Bolivian counterpart. "Next time in La Paz," Pablo Arce replied in Spanish.'
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Tomas Vidal", "We will meet again soon"),
        ("Pablo Arce", "Next time in La Paz"),
    ]


def test_offered_condolences_tells_a_condolence_as_expressed_does() -> None:
    text = (
        "LIMA, March 4 (Wire) - President Rosa Quispe offered her condolences to the families "
        "of the miners and ordered an inquiry into the collapse, her office said."
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Rosa Quispe"]
    assert found[0].text.startswith("offered her condolences to the families of the miners")


def test_the_holy_see_speaks_as_a_government_not_as_a_state_named() -> None:
    # "the Holy See" names the papacy's government (its state is Vatican City)
    text = (
        "ROME, March 4 (Wire) - The Holy See said in a statement on Monday that the pope had "
        "written to both leaders to urge a truce."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Holy See", "the pope had written to both leaders to urge a truce")
    ]


def test_a_dateline_in_capitals_before_a_dash_is_no_turn_of_the_excerpts_below() -> None:
    # "PUNO \u2014 Peru and Bolivia agreed ...": the lead's place reads like a speaker's label,
    # and the prose above the question-and-answer excerpts stays the reporter's
    text = (
        "Andean Daily\n\n"
        "Peru and Bolivia reopen border; Minister Soto: Trade resumes Monday\n\n"
        "March 4, 2024\n\n"
        "PUNO \u2014 Peru and Bolivia agreed on Monday to reopen their border, Foreign Minister "
        "Julia Soto said at the close of talks in Puno.\n\n"
        "Speaking at a news conference after the talks, Minister Soto said trade would resume "
        "within a week.\n\n"
        "The following are excerpts from Minister Soto's answers to reporters' questions:\n\n"
        "Question: Are all the disputes settled?\n\n"
        "Minister Soto: Not all of them. But we have agreed on a way to settle the rest, and "
        "both sides have shown good faith.\n\n"
        "Question: What about the fishermen?\n\n"
        "Minister Soto: They will be home before the end of the month.\n"
    )
    found = extract(text, published=MONDAY)
    said = [s.text for s in found]
    assert said[0].startswith("Peru and Bolivia agreed on Monday to reopen their border")
    assert "trade would resume within a week" in said
    assert any(s.startswith("Not all of them") for s in said)


def test_a_plural_of_saying_after_a_verb_of_repeating_is_its_object() -> None:
    # "language that repeats pledges made before": "pledges" is a noun here, no verb
    text = (
        'LIMA, March 4 (Wire) - The accord commits both sides to "lasting peace," wording '
        "that repeats pledges Lima and La Paz have made and broken before.\n\n"
        "Foreign Minister Tomas Vidal said the talks had been useful."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [("Tomas Vidal", "the talks had been useful")]


def test_a_post_relayed_by_an_unnamed_source_speaks_through_the_according_to() -> None:
    # "The president also urged X to ..., according to the official": the president's words,
    # relayed; the unnamed official is no speaker
    text = (
        "LIMA, March 4 (Wire) - President Rosa Quispe spoke with her Bolivian counterpart on "
        'Sunday night. The president also urged him to "keep the border open," according to '
        "the official."
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Rosa Quispe"]
    assert found[0].text.startswith("urged him to")


def test_a_ministry_named_by_a_capital_that_is_also_a_first_name_is_that_states() -> None:
    # "the Interior Ministry in Sofia": after "in", Sofia is the capital, not a woman
    text = (
        "SOFIA, March 4 (Wire) - Bulgaria joined the zone on Monday.\n\n"
        "The Interior Ministry in Sofia said in a statement that checks at the border would "
        "stop at midnight."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Bulgarian Interior Ministry", "checks at the border would stop at midnight")
    ]


def test_the_gist_of_a_statement_whose_words_the_next_sentence_tells_is_no_statement() -> None:
    # "issued a statement criticizing his successor. He said ...": the words are the next
    # sentence's; with nothing after it, the condemnation is a statement of its own
    text = (
        "LIMA, March 4 (Wire) - Former President Luis Prado issued a rare statement criticizing "
        "his successor. He said the pact would hurt fishermen in the south.\n\n"
        "Chile's foreign ministry issued a statement condemning the seizure of the boats."
    )
    found = extract(text, published=MONDAY)
    assert [s.text for s in found] == [
        "the pact would hurt fishermen in the south",
        "condemning the seizure of the boats",
    ]


def test_a_party_whose_name_opens_with_a_verb_is_a_name() -> None:
    # "Left Party leader X said ...": "Left" opens the party's name, not a clause
    text = (
        "BERLIN, March 4 (Wire) - Left Party leader Greta Lindqvist said her party would vote "
        "against the budget, and repeated her demand for a wealth tax.\n\n"
        "Finance Minister Karl Weber said the budget was balanced."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text[:31]) for s in found] == [
        ("Greta Lindqvist", "her party would vote against th"),
        ("Karl Weber", "the budget was balanced"),
    ]


def test_a_dateline_naming_the_state_after_the_city_is_read() -> None:
    # UPI's foreign form, "HANOI, Vietnam, March 1 (UPI) --": the state is no speaker, and
    # the lead's description is of the one the story names next
    text = (
        "QUITO, Ecuador, March 4 (UPI) -- Peru's foreign minister disputed Ecuador's account "
        "of the border talks, saying on Monday that Lima had offered to withdraw its troops "
        "from the river valley.\n\n"
        "Tomas Vidal spoke to reporters at his hotel late on Monday, hours after the talks "
        "broke up. He said Peru would keep its offer open until the end of the month."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text[:30]) for s in found] == [
        ("Tomas Vidal", "Lima had offered to withdraw i"),
        ("Tomas Vidal", "Peru would keep its offer open"),
    ]


def test_people_of_two_kinds_none_named_are_no_speaker() -> None:
    # "several Romanian firms and consumers called for ...": unnamed, however joined
    text = (
        "LIMA, March 4 (Wire) - The ruling angered Lima, with several Peruvian exporters and "
        "shoppers calling for a boycott of Chilean goods. Some farmers and truckers said the "
        "border should stay closed.\n\n"
        "Foreign Minister Tomas Vidal said the talks had been useful."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [("Tomas Vidal", "the talks had been useful")]


def test_so_far_between_a_subject_and_its_verb_is_no_speaker() -> None:
    # "member states have so far pledged ...": "far" is no one, and states together, none of
    # them named, are no speaker
    text = (
        "LIMA, March 4 (Wire) - Andean member states have so far promised only part of the "
        "money the fund needs, and several neighbouring countries said they would wait.\n\n"
        "Foreign Minister Tomas Vidal said the talks had been useful."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [("Tomas Vidal", "the talks had been useful")]


def test_announcing_an_intention_told_before_says_nothing_new() -> None:
    # "X announced their intention yesterday.": the intention was told before
    text = (
        "LIMA, March 4 (Wire) - Peru will apply to join the trade bloc, Foreign Minister "
        "Tomas Vidal said on Monday. Chile's cabinet announced its intention last week."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Tomas Vidal", "Peru will apply to join the trade bloc")
    ]


def test_a_sovereign_by_style_speaks_through_the_according_to_of_his_court() -> None:
    # "According to a Royal Court statement, His Majesty warned that ...": the king's words
    text = (
        "AMMAN, March 4 (Wire) - King Hassan received the Peruvian envoy on Monday.\n\n"
        "According to a Royal Court statement, His Majesty warned that the border closures "
        "would hurt trade across the region."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text[:27]) for s in found] == [("Hassan", "the border closures would h")]


def test_a_photo_caption_tells_what_the_picture_shows_not_a_statement() -> None:
    # Al Jazeera's captions close with a bracketed credit: "[Jane Doe/Handout via Reuters]"
    text = (
        "Peru and Chile agree to reopen border\n\n"
        "LIMA, March 4 (Wire) - The two presidents met in Cusco on Monday. Quispe said the "
        "border would reopen within a week.\n\n"
        "Peruvian President Rosa Quispe, right, welcomes Bolivia's President Luis Arce at the "
        "Royal Court in Cusco [Ana Ruiz/Handout via Reuters]\n\n"
        "Chilean Foreign Minister Tomas Vidal said trade would resume at once."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Rosa Quispe", "the border would reopen within a week"),
        ("Tomas Vidal", "trade would resume at once"),
    ]


def test_a_state_by_its_dotted_initials_after_the_is_the_state() -> None:
    # "the U.S. pledged to ...", "the U.K. said ...": a state named for its government
    text = (
        "LIMA, March 4 (Wire) - Peru signed the accord, while the U.S. pledged to fund a new "
        "coast guard base. The U.K. said it would send observers.\n\n"
        "Foreign Minister Tomas Vidal said the talks had been useful."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.text) for s in found] == [("Tomas Vidal", "the talks had been useful")]
