"""Reach of the seventeenth round's fixes (h5): each class in other outlets' wording, other
verbs and nouns, word order, spelling and near misses. Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)
TUESDAY = datetime.date(2024, 3, 5)


def _said(text: str, published: datetime.date = MONDAY) -> list[tuple[str, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=published)]


# --- a noun of saying owned by its speaker, where and when before its "that" ---------------


def test_noun_that_with_a_british_date_and_an_audience() -> None:
    text = (
        "LONDON, March 4 (Wire) - The vote follows the Prime Minister's assertion to MPs on "
        "28 February that the levy would be scrapped before the summer."
    )
    assert _said(text) == [
        ("Prime Minister", "the levy would be scrapped before the summer", "2024-02-28")
    ]


def test_noun_that_with_a_place_and_last_weekday() -> None:
    text = (
        "ISLAMABAD, March 4 (Wire) - Kabul has yet to answer Mr Ishaq Dar's warning at a news "
        "conference in Lahore last Thursday that militants crossing the border would be "
        "pursued."
    )
    assert [(s[0], s[1]) for s in _said(text)] == [
        ("Ishaq Dar", "militants crossing the border would be pursued")
    ]
    assert _said(text)[0][2] == "2024-02-29"


def test_noun_that_with_an_occasion_during_a_visit() -> None:
    text = (
        "NAIROBI, March 4 (Wire) - The talks followed President Samia Hassan's pledge during "
        "a visit to Kampala that the pipeline would be finished on time."
    )
    assert [(s[0], s[1]) for s in _said(text)] == [
        ("Samia Hassan", "the pipeline would be finished on time")
    ]


def test_noun_whose_occasion_is_followed_by_its_own_verb_is_no_statement() -> None:
    # "X's comments in Geneva prompted fears that ...": the noun is another verb's subject
    text = (
        "GENEVA, March 4 (Wire) - Foreign Minister Ignazio Cassis's comments in Geneva on "
        "Friday prompted fears that the talks could collapse."
    )
    assert "Ignazio Cassis" not in [s[0] for s in _said(text)]


# --- an attribution set off inside the words, its occasion after the verb -------------------


def test_attribution_inside_with_told_and_a_day() -> None:
    text = (
        "ABUJA, March 4 (Wire) - Foreign Minister Yusuf Tuggar spoke after the meeting.\n\n"
        "The ceasefire, Tuggar told parliament on Sunday, remains fragile but intact."
    )
    assert _said(text) == [
        (
            "Yusuf Tuggar",
            "The ceasefire, Tuggar told parliament on Sunday, remains fragile but intact",
            "2024-03-03",
        )
    ]


def test_attribution_inside_a_relay_after_it_is_no_predicate() -> None:
    # "..., X said on Tuesday, Xinhua reported.": a capital after the comma, the relay
    text = (
        "BEIJING, March 4 (Wire) - The talks will resume next month, Foreign Minister Wang Yi "
        "said on Monday, Xinhua reported."
    )
    assert [(s[0], s[1]) for s in _said(text)] == [("Wang Yi", "The talks will resume next month")]


def test_attribution_inside_with_another_verb_and_an_interview() -> None:
    text = (
        "ACCRA, March 4 (Wire) - Ghana's envoy Kwame Boateng met the ministers.\n\n"
        "Those talks, Boateng noted in an interview, had gone better than anyone expected."
    )
    assert [s[1] for s in _said(text)] == [
        "Those talks, Boateng noted in an interview, had gone better than anyone expected"
    ]


def test_attribution_inside_by_a_description_with_a_day() -> None:
    text = (
        "ACCRA, March 4 (Wire) - Ghana's envoy Kwame Boateng met the ministers.\n\n"
        "That approach, the envoy argued on Sunday, has failed for a decade."
    )
    assert [(s[0], s[2]) for s in _said(text)] == [("Kwame Boateng", "2024-03-03")]


def test_attribution_inside_with_told_and_its_listener_only() -> None:
    text = (
        "ACCRA, March 4 (Wire) - Ghana's envoy Kwame Boateng met the ministers.\n\n"
        "The embargo, Boateng told the BBC, has hurt ordinary traders most."
    )
    assert [s[1] for s in _said(text)] == [
        "The embargo, Boateng told the BBC, has hurt ordinary traders most"
    ]


# --- a thing promised in a relative clause -------------------------------------------------


def test_a_truce_announced_in_a_relative_clause_is_no_words() -> None:
    text = (
        "KHARTOUM, March 4 (Wire) - Fighting broke out again despite the truce that the army "
        "chief announced on Friday.\n\n"
        "A spokesman for the mediators, Omar Salih, said both sides had been warned."
    )
    assert [s[0] for s in _said(text)] == ["Omar Salih"]


def test_subsidies_promised_in_a_month_are_no_words() -> None:
    text = (
        "TUNIS, March 4 (Wire) - Prices rose despite the subsidies that President Kais Saied "
        "promised in January.\n\n"
        "Finance Minister Sihem Nemsia said the budget would be tabled in April."
    )
    assert [s[0] for s in _said(text)] == ["Sihem Nemsia"]


def test_cuts_announced_at_the_weekend_are_no_words() -> None:
    text = (
        "TUNIS, March 4 (Wire) - Unions marched against the cuts that the prime minister "
        "announced at the weekend.\n\n"
        "Finance Minister Sihem Nemsia said the budget would be tabled in April."
    )
    assert [s[0] for s in _said(text)] == ["Sihem Nemsia"]


def test_reforms_pledged_since_a_year_are_no_words() -> None:
    text = (
        "TUNIS, March 4 (Wire) - Investors are waiting for the reforms that the government "
        "has pledged since 2021.\n\n"
        "Finance Minister Sihem Nemsia said the budget would be tabled in April."
    )
    assert [s[0] for s in _said(text)] == ["Sihem Nemsia"]


# --- a reaction told before a remark's owner ------------------------------------------------


def test_a_response_to_a_possessed_remark_keeps_the_remark_s_day() -> None:
    text = (
        "BEIJING, March 4 (Wire) - The protest was China's sharpest response yet to Prime "
        "Minister Sanae Ito's remarks in parliament on 7 February that Taipei's security was "
        "Tokyo's concern."
    )
    assert [(s[0], s[2]) for s in _said(text)] == [("Sanae Ito", "2024-02-07")]


def test_a_reaction_to_a_possessed_comment_at_a_rally_keeps_its_day() -> None:
    text = (
        "DHAKA, March 4 (Wire) - Delhi summoned the envoy in reaction to Minister Obaidul "
        "Quader's comments at a rally on February 20 that the border fence was illegal."
    )
    assert [(s[0], s[2]) for s in _said(text)] == [("Obaidul Quader", "2024-02-20")]


def test_a_spokesman_responding_to_a_possessed_remark_speaks_after_the_aside() -> None:
    # "X, responding to Y's remarks in parliament on 7 February that ..., said ...": Y's
    # words end at the comma before the sentence's own verb, and X's follow it
    text = (
        "BEIJING, March 4 (Wire) - Foreign Ministry spokesman Lin Jian, responding to Prime "
        "Minister Sanae Ito's remarks in parliament on 7 February that Taipei's security was "
        "Tokyo's concern, said Japan should reflect on its history."
    )
    found = _said(text)
    assert [(s[0], s[1]) for s in found] == [
        ("Sanae Ito", "Taipei's security was Tokyo's concern"),
        ("Lin Jian", "Japan should reflect on its history"),
    ]
    assert found[0][2] == "2024-02-07"


def test_a_reaction_to_a_singular_remark_keeps_its_day() -> None:
    text = (
        "BEIJING, March 4 (Wire) - The summons was Beijing's reaction to Prime Minister Sanae "
        "Ito's remark on February 7 that Taiwan's security was Japan's concern."
    )
    assert [(s[0], s[2]) for s in _said(text)] == [("Sanae Ito", "2024-02-07")]


# --- leaving a day's meeting --------------------------------------------------------------


def _left_meeting(lead: str) -> list[tuple[str, str | None]]:
    text = (
        f"MONTEVIDEO, March 5 (Wire) - {lead}\n\n"
        "Uruguayan Foreign Minister Marta Vidal told reporters the talks had been frank.\n\n"
        '"We will meet again in April," she said.'
    )
    return [(s[0], s[2]) for s in _said(text, TUESDAY)]


def test_walking_away_from_the_day_s_meeting_places_them_there() -> None:
    got = _left_meeting(
        "The foreign ministers of Uruguay and Paraguay walked away from Monday's meeting in "
        "Colonia without a deal."
    )
    assert got == [("Marta Vidal", "2024-03-04")] * 2


def test_storming_out_of_the_day_s_talks_places_them_there() -> None:
    got = _left_meeting(
        "The foreign ministers of Uruguay and Paraguay stormed out of Monday's talks in "
        "Colonia after a row over the river crossing."
    )
    assert got == [("Marta Vidal", "2024-03-04")] * 2


def test_exiting_the_day_s_meeting_places_them_there() -> None:
    got = _left_meeting(
        "The foreign ministers of Uruguay and Paraguay came out of Monday's four-hour meeting "
        "in Colonia smiling."
    )
    assert got == [("Marta Vidal", "2024-03-04")] * 2


# --- a day in the question put --------------------------------------------------------------


def test_later_in_the_day_after_a_question_about_whether() -> None:
    text = (
        "LIMA (Wire) - The foreign ministry on Monday defended the expulsion.\n\n"
        "Asked whether the diplomats expelled on Saturday could return, spokesman Luis Ortiz "
        "said the matter was closed.\n\n"
        "Foreign Minister Javier Gonzalez spoke to his Bolivian counterpart later in the day "
        "and said relations would survive."
    )
    assert [(s[0], s[2]) for s in _said(text, TUESDAY)][-1] == ("Javier Gonzalez", "2024-03-04")


def test_later_that_day_after_a_question_asked_about_an_event() -> None:
    text = (
        "LIMA (Wire) - The foreign ministry on Monday defended the expulsion.\n\n"
        "When asked about the strike on Friday, spokesman Luis Ortiz said it was a matter "
        "for the police.\n\n"
        "Foreign Minister Javier Gonzalez later in the day said relations would survive."
    )
    assert [(s[0], s[2]) for s in _said(text, TUESDAY)][-1] == ("Javier Gonzalez", "2024-03-04")


def test_later_in_the_day_after_a_question_put_as_questioned_on_whether() -> None:
    text = (
        "LIMA (Wire) - The foreign ministry on Monday defended the expulsion.\n\n"
        "Questioned on whether the envoy summoned on Saturday would be recalled, spokesman "
        "Luis Ortiz said no decision had been made.\n\n"
        "Foreign Minister Javier Gonzalez later in the day said relations would survive."
    )
    assert [(s[0], s[2]) for s in _said(text, TUESDAY)][-1] == ("Javier Gonzalez", "2024-03-04")


# --- opening and closing remarks ------------------------------------------------------------


def _gathering(opener: str) -> list[tuple[str, str | None]]:
    text = (
        "ASUNCION (Wire) - Mercosur leaders on Monday agreed to extend the tariff waiver.\n\n"
        f"{opener}, Paraguayan President Ana Benitez said the bloc had shown it could act."
    )
    return [(s[0], s[2]) for s in _said(text, TUESDAY)]


def test_opening_address_is_told_at_the_gathering() -> None:
    assert _gathering("In his opening address") == [("Ana Benitez", "2024-03-04")]


def test_concluding_comments_are_told_at_the_gathering() -> None:
    assert _gathering("In her concluding comments") == [("Ana Benitez", "2024-03-04")]


def test_welcoming_speech_is_told_at_the_gathering() -> None:
    assert _gathering("Delivering the welcoming speech") == [("Ana Benitez", "2024-03-04")]


def test_closing_statement_is_told_at_the_gathering() -> None:
    assert _gathering("In a closing statement") == [("Ana Benitez", "2024-03-04")]


# --- ranks before a name --------------------------------------------------------------------


def test_lieutenant_colonel_before_a_name_is_a_rank() -> None:
    text = (
        "BAMAKO (Wire) - Government spokesman Lieutenant-Colonel Abdoulaye Maiga said the "
        "mission would end in June."
    )
    assert [s[0] for s in _said(text)] == ["Abdoulaye Maiga"]


def test_colonel_major_after_a_name_s_post_with_a_comma() -> None:
    text = (
        "OUAGADOUGOU (Wire) - The junta's spokesman, Colonel-Major Mamadou Sanou, told state "
        "television the convoy had reached Djibo."
    )
    assert [s[0] for s in _said(text)] == ["Mamadou Sanou"]


def test_abbreviated_lieutenant_colonel_before_a_name() -> None:
    text = (
        "BAMAKO (Wire) - Army spokesman Lt-Col Souleymane Dembele said the convoy had reached "
        "Kidal."
    )
    assert [s[0] for s in _said(text)] == ["Souleymane Dembele"]


def test_colonel_major_opening_the_sentence() -> None:
    text = (
        "NIAMEY (Wire) - Colonel-Major Amadou Abdramane, the junta's spokesman, said the border "
        "posts had been reinforced."
    )
    assert [s[0] for s in _said(text)] == ["Amadou Abdramane"]


# --- an attribution inside the words before a quoted predicate ------------------------------


def test_quoted_predicate_with_curly_marks_after_told() -> None:
    text = (
        "ADDIS ABABA (Wire) - Foreign Minister Taye Atske Selassie spoke after the vote.\n\n"
        "The region, Taye told the BBC on Sunday, \u201ccannot wait any longer\u201d."
    )
    assert [(s[1], s[2]) for s in _said(text)] == [
        (
            "The region, Taye told the BBC on Sunday, \u201ccannot wait any longer\u201d",
            "2024-03-03",
        )
    ]


def test_quoted_predicate_after_an_attribution_with_an_interview() -> None:
    text = (
        "BOGOTA (Wire) - Foreign Minister Luis Murillo spoke after the vote.\n\n"
        'Washington, Murillo said in an interview with El Tiempo, "has no plan B".'
    )
    assert [s[1] for s in _said(text)] == [
        'Washington, Murillo said in an interview with El Tiempo, "has no plan B"'
    ]


def test_quoted_predicate_in_british_single_marks() -> None:
    text = (
        "ADDIS ABABA (Wire) - Foreign Minister Taye Atske Selassie spoke after the vote.\n\n"
        "The region, Taye said on Sunday, 'cannot wait any longer'."
    )
    assert [(s[1], s[2]) for s in _said(text)] == [
        ("The region, Taye said on Sunday, 'cannot wait any longer'", "2024-03-03")
    ]


def test_quoted_predicate_after_insisted_at_an_occasion() -> None:
    text = (
        "ADDIS ABABA (Wire) - Foreign Minister Taye Atske Selassie spoke after the vote.\n\n"
        "The dam, Taye insisted at the summit, \u201cis no threat to anyone downstream\u201d."
    )
    assert [s[1] for s in _said(text)] == [
        "The dam, Taye insisted at the summit, \u201cis no threat to anyone downstream\u201d"
    ]


# --- photo credits --------------------------------------------------------------------------


def _credited(caption: str) -> list[str]:
    text = (
        "MUSCAT: Oman's Foreign Minister Badr Albusaidi told the council on Tuesday that the "
        "talks would resume.\n\n"
        f"Kuwaiti Foreign Minister Salem Al Sabah arrives at the council in Muscat. {caption}\n\n"
        '"Both delegations have agreed to return," he said.'
    )
    return [s[0] for s in _said(text)]


def test_image_credit_in_lower_case() -> None:
    assert _credited("Image credit: Supplied") == ["Badr Albusaidi"] * 2


def test_photo_courtesy_of_after_a_dash() -> None:
    assert _credited("\u2013 Photo courtesy of ONA") == ["Badr Albusaidi"] * 2


def test_photo_credit_after_a_pipe() -> None:
    assert _credited("| Picture Credit: Oman News Agency") == ["Badr Albusaidi"] * 2


def test_screengrab_with_a_two_word_channel() -> None:
    assert _credited("\u2014 Oman TV screengrab") == ["Badr Albusaidi"] * 2


# --- other stories' boxes -------------------------------------------------------------------


def _boxed(heading: str) -> list[str]:
    text = (
        "AMMAN: Jordan's foreign ministry spokesman Sufian Qudah said on Tuesday that the "
        "crossing would reopen.\n\n"
        f"{heading}\n"
        "Aid convoy reaches northern Gaza\n"
        "Ministers to meet in Riyadh\n\n"
        "He said the trucks were already waiting at the border."
    )
    return [s[0] for s in _said(text)]


def test_recommended_in_capitals() -> None:
    assert _boxed("RECOMMENDED STORIES") == ["Sufian Qudah"] * 2


def test_you_might_also_like() -> None:
    assert _boxed("You might also like:") == ["Sufian Qudah"] * 2


def test_more_stories() -> None:
    assert _boxed("More Stories") == ["Sufian Qudah"] * 2


# --- an adverb before "we", "I" or "you" ----------------------------------------------------


def _post(line: str) -> list[str]:
    text = (
        "ACCRA (Wire) - Ghana's Foreign Minister Samuel Ablakwa said on Monday the mission "
        "would go ahead.\n\n"
        f"{line}\n"
        "\u2014 Samuel Ablakwa (@S_OkudzetoAblakwa) March 4, 2024\n\n"
        "Opposition lawmakers have demanded a vote in parliament."
    )
    return [s[0] for s in _said(text)]


def test_tonight_we_is_no_speaker() -> None:
    assert "Tonight we" not in _post("Tonight we stand with the people of the Sahel.")


def test_here_i_is_no_speaker() -> None:
    assert "Here I" not in _post("Here I pledged our full support to the ECOWAS mission.")


def test_now_you_is_no_speaker() -> None:
    assert "Now you" not in _post("Now you have seen what unity can achieve.")


# --- a saying passed on hedged --------------------------------------------------------------


def test_thought_to_have_told_is_the_subject_s() -> None:
    text = (
        "HARARE (Wire) - Foreign Minister Frederick Shava is thought to have told the envoys "
        "that the elections would go ahead."
    )
    assert [(s[0], s[1]) for s in _said(text)] == [
        ("Frederick Shava", "the elections would go ahead")
    ]


def test_believed_to_have_said_is_the_subject_s() -> None:
    text = (
        "MAPUTO (Wire) - President Filipe Nyusi is believed to have privately said that the "
        "troops would stay until June."
    )
    assert [(s[0], s[1]) for s in _said(text)] == [
        ("Filipe Nyusi", "the troops would stay until June")
    ]


def test_was_reported_to_have_warned_is_the_subject_s() -> None:
    text = (
        "GABORONE (Wire) - Botswana's President Mokgweetsi Masisi was reported to have warned that "
        "the diamond deal would be reviewed."
    )
    assert [(s[0], s[1]) for s in _said(text)] == [
        ("Mokgweetsi Masisi", "the diamond deal would be reviewed")
    ]


# --- a plan sourced to a published schedule -------------------------------------------------


def test_a_plan_sourced_to_a_schedule_released_by_the_palace() -> None:
    text = (
        "RIYADH (Wire) - The crown prince will host the Gulf leaders on Thursday, according "
        "to a schedule released by the royal court.\n\n"
        "Foreign Minister Faisal bin Farhan said on Monday the talks would focus on Gaza."
    )
    assert [s[0] for s in _said(text)] == ["Faisal bin Farhan"]


def test_a_plan_sourced_to_the_official_programme() -> None:
    text = (
        "CANBERRA (Wire) - Foreign Minister Penny Wong will visit Suva and Apia next week, "
        "according to the official programme of the tour.\n\n"
        "Wong said on Monday the Pacific was Australia's first priority."
    )
    assert [s[0] for s in _said(text)] == ["Penny Wong"]


def test_a_programme_director_is_still_someone_who_speaks() -> None:
    text = (
        "CANBERRA (Wire) - Funding for the scheme would be cut in July, according to the "
        "programme's director, Jane Hollis."
    )
    # (the source is still a speaker: the director, named in apposition)
    assert len(_said(text)) == 1


# --- remarks owned by a person named after "by" ---------------------------------------------


def test_comments_made_by_a_person_with_a_day() -> None:
    text = (
        "TOKYO, March 4 (Wire) - The comments made by Defence Minister Minoru Kihara on "
        'Sunday that the islands were "under pressure" drew a protest from Beijing.'
    )
    assert [(s[0], s[1], s[2]) for s in _said(text)] == [
        ("Minoru Kihara", 'the islands were "under pressure"', "2024-03-03")
    ]


def test_a_pledge_by_a_person_that() -> None:
    text = (
        "SEOUL, March 4 (Wire) - The pledge by President Yoon Suk Yeol last week that the "
        "reactors would be restarted drew criticism from his party."
    )
    assert [(s[0], s[1]) for s in _said(text)] == [
        ("Yoon Suk Yeol", "the reactors would be restarted")
    ]


def test_remarks_by_mr_with_a_full_stop() -> None:
    text = (
        "WASHINGTON, March 4 (Wire) - The remarks by Mr. Blinken on Sunday that the deal was "
        '"close" lifted markets.'
    )
    assert [(s[0], s[2]) for s in _said(text)] == [("Blinken", "2024-03-03")]


def test_allegations_by_a_state_are_no_statement_of_it() -> None:
    text = (
        "YEREVAN, March 4 (Wire) - Prime Minister Nikol Pashinyan dismissed assertions by "
        "Baku that Armenian troops had fired first."
    )
    assert [s[0] for s in _said(text)] == ["Nikol Pashinyan"]


# --- the perfect of a question put ----------------------------------------------------------


def test_asked_by_reporters_whether_a_date_had_been_agreed() -> None:
    text = (
        "ACCRA, March 4 (Wire) - Asked by reporters whether a date had been agreed, Foreign "
        "Minister Samuel Ablakwa said the two sides would announce it together."
    )
    assert [(s[0], s[2]) for s in _said(text)] == [("Samuel Ablakwa", "2024-03-04")]


def test_when_asked_if_the_envoys_have_met() -> None:
    text = (
        "ACCRA, March 4 (Wire) - When asked if the envoys had already met, Foreign Minister "
        "Samuel Ablakwa declined to comment, saying the talks were confidential."
    )
    assert [(s[0], s[2]) for s in _said(text)] == [("Samuel Ablakwa", "2024-03-04")]


def test_questioned_about_what_had_been_decided() -> None:
    text = (
        "ACCRA, March 4 (Wire) - Asked by a reporter what had been decided, Foreign Minister "
        "Samuel Ablakwa said the communique would be published."
    )
    assert [(s[0], s[2]) for s in _said(text)] == [("Samuel Ablakwa", "2024-03-04")]


# --- words posted shortly after the outcome -------------------------------------------------


def _outcome(tail: str) -> list[tuple[str, str | None]]:
    text = (
        "NAIROBI (Wire) - The African Union's council on Monday approved a new mission to the "
        "eastern Congo.\n\n"
        f"Kenya's Foreign Minister Musalia Mudavadi welcomed the decision, {tail} that the "
        "region finally had a plan."
    )
    return [(s[0], s[2]) for s in _said(text, TUESDAY)]


def test_minutes_after_it_had_been_announced() -> None:
    assert _outcome("writing on X minutes after it had been announced") == [
        ("Musalia Mudavadi", "2024-03-04")
    ]


def test_soon_after_it_was_made_public() -> None:
    assert _outcome("writing on Facebook soon after it was made public") == [
        ("Musalia Mudavadi", "2024-03-04")
    ]


def test_moments_after_the_vote_was_declared() -> None:
    assert _outcome("tweeting moments after the result was declared") == [
        ("Musalia Mudavadi", "2024-03-04")
    ]


# --- counted back in weeks ------------------------------------------------------------------


def test_three_weeks_after_someone_said() -> None:
    text = (
        "BERLIN, March 4 (Wire) - Chancellor Petra Lang spoke out three weeks after Governor "
        "Ray Tillman said the bases would be closed."
    )
    assert [(s[0], s[2]) for s in _said(text) if s[0] == "Ray Tillman"] == [
        ("Ray Tillman", "2024-02-12")
    ]


def test_a_fortnight_after_someone_s_comments() -> None:
    text = (
        "LONDON, March 4 (Wire) - The alliance's chief said on Monday that the pledge held, a "
        "fortnight after Senator Dale Morgan's comments that allies who did not pay would be "
        "on their own."
    )
    assert [(s[0], s[2]) for s in _said(text) if s[0] == "Dale Morgan"] == [
        ("Dale Morgan", "2024-02-19")
    ]


def test_two_weeks_after_someone_s_warning_with_digits() -> None:
    text = (
        "BERLIN, March 4 (Wire) - Markets fell 2 weeks after Senator Dale Morgan's warning "
        "that tariffs would rise."
    )
    assert [(s[0], s[2]) for s in _said(text)] == [("Dale Morgan", "2024-02-19")]


# --- a speech reprinted below its introducing line ------------------------------------------


def test_the_address_given_by_someone_reprinted_below() -> None:
    text = (
        "TASHKENT (Wire) - Below is the full text of the address given by President Shavkat "
        "Mirziyoyev at the summit:\n\n"
        "Distinguished heads of state,\n\n"
        "Our region has never needed cooperation more than it does today. We must act together."
    )
    assert [(s.speaker, s.kind) for s in extract(text, published=MONDAY)] == [
        ("Shavkat Mirziyoyev", "direct")
    ]


def test_the_remarks_made_by_someone_reprinted_below() -> None:
    text = (
        "BISHKEK (Wire) - Following is the text of the remarks made by Foreign Minister "
        "Jeenbek Kulubaev at the conference:\n\n"
        "Dear friends,\n\n"
        "Water is the question that will decide our future. No country can settle it alone."
    )
    assert [(s.speaker, s.kind) for s in extract(text, published=MONDAY)] == [
        ("Jeenbek Kulubaev", "direct")
    ]


def test_the_statement_read_out_by_someone_reprinted_below() -> None:
    text = (
        "DUSHANBE (Wire) - Here is the complete text of the statement read out by Foreign "
        "Minister Sirojiddin Muhriddin:\n\n"
        "Excellencies,\n\n"
        "Tajikistan stands ready to host the next round. The door remains open."
    )
    assert [(s.speaker, s.kind) for s in extract(text, published=MONDAY)] == [
        ("Sirojiddin Muhriddin", "direct")
    ]


# --- "in statements to the press" closing the sentence --------------------------------------


def test_in_declarations_to_a_newspaper_closing_the_sentence() -> None:
    text = (
        "LIMA (Wire) - Peru's Foreign Minister Javier Gonzalez said the border would stay "
        "open, in declarations to the newspaper El Comercio on Sunday."
    )
    assert [(s[1], s[2]) for s in _said(text)] == [("the border would stay open", "2024-03-03")]


def test_in_statements_made_to_a_radio_closing_the_sentence() -> None:
    text = (
        "BOGOTA (Wire) - Colombia's Foreign Minister Luis Murillo said the talks would resume "
        "in Havana, in statements made to Radio Caracol on Sunday."
    )
    assert [(s[1], s[2]) for s in _said(text)] == [
        ("the talks would resume in Havana", "2024-03-03")
    ]


def test_in_comments_to_local_media_closing_the_sentence() -> None:
    text = (
        "QUITO (Wire) - Ecuador's Foreign Minister Gabriela Sommerfeld said the embassy "
        "would reopen, in comments to local media on Sunday."
    )
    assert [(s[1], s[2]) for s in _said(text)] == [("the embassy would reopen", "2024-03-03")]
