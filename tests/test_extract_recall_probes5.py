"""Recall on wire and multilateral copy (UN meetings coverage and press releases, OSCE, Gulf
and Iranian agencies' English, Reuters and AFP), found by running the extractor on pages from
outside the diplomatic corpus and reading the sentences of saying no statement covered (issue
8). Each test is in new words written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2024, 3, 7)


def run(text: str, published: datetime.date | None = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_name_after_a_place_that_ends_what_was_said_still_speaks() -> None:
    # UN meetings coverage puts the words first and the speaker after them; when the words
    # end on a place ("in Asia,"), the name after that comma is still the speaker, not the
    # country of a place ("speaking in Doha, Qatar, said")
    text = (
        "Council President outlines programme of work\n\n"
        "The Council will hold two open debates this month, one on food security and one on "
        "maritime safety in Asia, Kazuyuki Yamazaki (Japan), its President for March, said "
        "today at a Headquarters press conference.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Kazuyuki Yamazaki"]
    assert found[0].text.endswith("maritime safety in Asia")


def test_a_title_whose_portfolio_is_joined_by_and_ends_at_the_name() -> None:
    # "Under-Secretary-General for Political and Peacebuilding Affairs X", "Minister of
    # Foreign Affairs and Trade X": the "and" joins the words of one post; the name after the
    # post speaks, whether before the verb or after the words
    text = (
        "Council members hear of stalled talks\n\n"
        "Talks between the parties have made no progress since January, Under-Secretary-"
        "General for Political and Peacebuilding Affairs Rosemary DiCarlo told the Security "
        "Council today.\n\n"
        "Minister for Foreign Affairs and Trade Winston Peters said his country would keep "
        "its contribution to the mission.\n\n"
        "The Gulf stands ready to host a new round, Minister of Foreign Affairs and "
        "International Cooperation Abdullah bin Zayed said on Tuesday.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == [
        "Rosemary DiCarlo",
        "Winston Peters",
        "Abdullah bin Zayed",
    ]
    assert found[0].text == "Talks between the parties have made no progress since January"
    assert found[2].text == "The Gulf stands ready to host a new round"


def test_people_told_named_by_a_plural_noun_are_no_part_of_what_was_said() -> None:
    # "..., X told correspondents at a Headquarters press conference today.": the hearers and
    # where they heard it; the words are the clause before
    text = (
        "Presidency to focus on water security\n\n"
        "Water scarcity will be the theme of the signature event in April, Amar Bendjama "
        "(Algeria), Council President for the month, told correspondents at a Headquarters "
        "press conference today.\n\n"
        "The sanctions package will be ready by the summer, the bloc's foreign policy chief "
        "Kaja Kallas told the ministers.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Amar Bendjama", "Kaja Kallas"]
    assert found[0].text.startswith("Water scarcity will be the theme")
    assert found[1].text == "The sanctions package will be ready by the summer"


def test_a_long_formal_title_with_lower_case_post_words_still_names_the_speaker() -> None:
    # Gulf agencies give a spokesperson's whole title before the name, past the twelve words
    # a title and a name usually take: "official" and "spokesperson" are the post's words
    text = (
        "Qatar says truce talks at an advanced stage\n\n"
        "The official spokesperson for the Ministry of Foreign Affairs Dr. Majed bin "
        "Mohammed Al Ansari stressed that the mediators were working on the last open "
        "questions of the exchange.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Majed bin Mohammed Al Ansari"]
    assert "the mediators were working on the last open" in found[0].text


def test_the_osce_chair_named_by_the_post_set_off_before_the_name_speaks_later() -> None:
    # an OSCE press release names the Chairperson-in-Office once, that post set off before
    # the minister's own title and name; its quotes then say "the Chairperson-in-Office said"
    text = (
        "OSCE Chair condemns attack on election observers\n\n"
        "VALLETTA, 5 March 2024 - The OSCE Chairperson-in-Office, Malta's Foreign Minister "
        "Ian Borg, today condemned the attack on a team of election observers near the "
        "border.\n\n"
        '"Those who monitor elections on behalf of us all must be able to work without fear," '
        "the Chairperson-in-Office said.\n\n"
        "The Chairperson-in-Office urges the authorities to bring those responsible to "
        "justice without delay.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Ian Borg", "Ian Borg", "Ian Borg"]
    assert found[1].kind == "direct"
    assert found[2].text.startswith("urges the authorities")


def test_verbs_of_condemning_and_praising_beyond_condemned_and_praised() -> None:
    # UN and Gulf copy: "deplored", "decried", "lauded", "applauded" are speech acts of the
    # same kind as "condemned" and "praised"; the verb belongs to the words
    text = (
        "Reactions to the strike on the camp\n\n"
        "Secretary-General Antonio Guterres deplored the shelling of the shelter and the "
        "deaths of aid workers.\n\n"
        "Foreign Minister Penny Wong decried the sentence handed to the writer as harsh and "
        "unjust.\n\n"
        "Prime Minister Mohammed Shia al-Sudani lauded the accord as a milestone for the "
        "region.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == [
        "Antonio Guterres",
        "Penny Wong",
        "Mohammed Shia al-Sudani",
    ]
    assert found[0].text.startswith("deplored the shelling")


def test_informed_someone_that_tells_what_was_said_but_informed_of_does_not() -> None:
    # readouts: "X informed his counterpart that ..." reports words; "informed the envoy of
    # the decision" gives notice of a thing and tells no words
    text = (
        "Ministers discuss grain corridor\n\n"
        "Foreign Minister Sergei Lavrov informed his Turkish counterpart in a phone call that "
        "Moscow would not extend the shipping arrangement beyond July.\n\n"
        "Foreign Minister Ayman Safadi informed the visiting envoy of the cabinet's decision.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Sergei Lavrov"]
    assert found[0].text.startswith("Moscow would not extend")


def test_a_document_that_reads_gives_its_issuer_words() -> None:
    # '"...," the statement read.' and '"...," read a statement from X': a release's words,
    # its issuer the speaker; "read the report" is reading, and frames nothing
    text = (
        "Cairo condemns raid on aid convoy\n\n"
        "The Egyptian Foreign Ministry issued a statement on Tuesday after the raid.\n\n"
        '"Targeting relief workers is a flagrant breach of international law," the '
        "statement read.\n\n"
        '"We call on the Security Council to act without delay," read a second statement '
        "from the Jordanian Foreign Ministry.\n\n"
        "The envoy read the report on the flight to Amman.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Egyptian Foreign Ministry", "Jordanian Foreign Ministry"]
    assert [s.kind for s in found] == ["direct", "direct"]


def test_a_body_told_whose_name_runs_on_past_of_is_no_part_of_the_words() -> None:
    # "..., X told the Board of Governors.": the whole name is the hearer, and the clause
    # before is what was said (not "of Governors")
    text = (
        "IAEA chief reports on verification\n\n"
        "Inspectors have had no access to the enrichment halls since the spring, Director "
        "General Rafael Grossi told the Board of Governors on Monday.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Rafael Grossi"]
    assert found[0].text == "Inspectors have had no access to the enrichment halls since the spring"


def test_informed_someone_of_a_matter_told_at_length_is_a_statement() -> None:
    # an EU readout: "X informed Y of the work he is doing ...": the matter is told, at
    # length; "informed the envoy of the decision" (above) names it only
    text = (
        "High Representative meets Israeli minister\n\n"
        "Kallas informed Saar of the preparations she is making with Arab partners for a "
        "conference on rebuilding Gaza under Palestinian Authority control.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Kallas"]
    assert found[0].text.startswith("the preparations she is making")


def test_a_participle_clause_opening_the_sentence_before_said_and_a_lower_case_quote() -> None:
    # 'Stressing that ..., X said, "if ..."': the participle's clause and the quote are one
    # statement of X; 'Speaking to reporters in Ankara, X said, "we ..."': the occasion is
    # no part of the words
    text = (
        "Ankara open to joint projects in the region\n\n"
        "Stressing that Ankara would cooperate with every coastal state, Foreign Minister "
        "Hakan Fidan said, \u201cif our neighbours take the right steps, we will take them "
        "too.\u201d\n\n"
        "Speaking to reporters in Ankara, Fidan said, \u201cwe are not closing any door to "
        "dialogue.\u201d\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Hakan Fidan", "Hakan Fidan"]
    assert found[0].text.startswith("Ankara would cooperate with every coastal state")
    assert "we will take them too" in found[0].text
    assert found[1].text.startswith("we are not closing")
    assert found[1].kind == "direct"


def test_the_forum_that_speaks_is_the_forum_named_before() -> None:
    # a body named "... Forum" speaks again as "the forum"; its words are not the outlet's
    # or a channel's named in between
    text = (
        "Families react to list of captives\n\n"
        "The publication of the list caused anguish among relatives, according to the "
        "Hostages and Missing Families Forum.\n\n"
        "Channel 12 reported on Monday that the mediators had received the list.\n\n"
        '"We ask everyone to handle these names with care and restraint," the forum said.\n'
    )
    found = run(text)
    said = [s for s in found if s.text.startswith("We ask everyone")]
    assert said and said[0].speaker == "Hostages and Missing Families Forum"


def test_for_his_part_without_its_closing_comma_is_no_speaker() -> None:
    # Iranian agencies' English: "The Turkish minister, for his part expressed ...": the
    # aside's closing comma left out; the minister before it still speaks
    text = (
        "Iranian and Turkish ministers speak by phone\n\n"
        "Iranian Foreign Minister Abbas Araghchi held a phone call with Turkish Foreign "
        "Minister Hakan Fidan on Sunday.\n\n"
        "Fidan, for his part expressed Ankara's readiness to host the next round of the "
        "regional consultations.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Hakan Fidan"]


def test_a_dateline_dash_glued_to_the_city_is_no_part_of_the_title() -> None:
    # Tehran Times writes "TEHRAN- Iranian Foreign Minister X ...": the city and its dash
    # open the story; the minister's title is "Foreign Minister"
    text = (
        "Iran, Oman discuss regional security\n\n"
        "TEHRAN- Iranian Foreign Minister Abbas Araghchi said on Monday that the Persian Gulf "
        "states should manage their own security.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Abbas Araghchi"]
    assert found[0].role == "Foreign Minister"


def test_news_outlets_named_with_their_kind_relay_and_do_not_speak() -> None:
    # "Anadolu Agency reported", "Channel 12 News reported", "the networks reported",
    # "Channels 12 and 13 reported": outlets as sources, no statement of anyone's
    text = (
        "Talks on truce said to gather pace\n\n"
        "Turkish Foreign Minister Hakan Fidan held a phone call with his Egyptian "
        "counterpart on Monday, Anadolu Agency reported.\n\n"
        "Israel's Channel 12 News reported that the negotiators would travel to Cairo.\n\n"
        "Channels 12 and 13 reported that a deal could include dozens of captives.\n\n"
        "Both networks noted that officials were cautiously optimistic.\n\n"
        '"We are closer than we have been in weeks," Fidan told reporters in Ankara.\n'
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Hakan Fidan"]


def test_who_said_after_a_name_and_its_appositive_gives_the_name() -> None:
    # UN meetings coverage: "Also briefing the Council was X, <post>, who said that ...":
    # the relative pronoun stands for the named person before the post
    text = (
        "Council told of worsening hunger\n\n"
        "Also briefing the Council was Edem Wosornu, Director of Operations at the Office "
        "for the Coordination of Humanitarian Affairs, who said that millions of people "
        "were now one step away from famine.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Edem Wosornu"]
    assert found[0].text.startswith("millions of people")


def test_a_linking_phrase_before_the_pronoun_leaves_the_pronoun_speaking() -> None:
    # "In particular he welcomed ...", "In addition she stressed ...": a linking phrase
    # opens the sentence without its comma; the pronoun still speaks
    text = (
        "Saudi minister briefs press after summit\n\n"
        "Foreign Minister Prince Faisal bin Farhan held a news conference in Riyadh on "
        "Sunday.\n\n"
        "In particular he welcomed the summit's backing for the two-state solution.\n\n"
        "In addition he stressed that the kingdom would host the follow-up meeting.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Faisal bin Farhan", "Faisal bin Farhan"]


def test_a_call_renewed_in_a_named_state_or_body_s_name_is_a_statement() -> None:
    # "renewed Tehran's call for ...", "repeated the appeal for ...": a call made again, the
    # verb kept with the words as in "renewed its call"
    text = (
        "Iran, Armenia ministers meet\n\n"
        "Foreign Minister Abbas Araghchi renewed Tehran's call for talks without "
        "preconditions between Baku and Yerevan.\n\n"
        "Foreign Minister Ararat Mirzoyan repeated the appeal for international observers "
        "along the border.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Abbas Araghchi", "Ararat Mirzoyan"]
    assert found[0].text.startswith("renewed Tehran's call for talks")


def test_a_statement_by_a_post_on_behalf_of_the_eu_is_the_union_s_own() -> None:
    # EEAS: "Statement by the High Representative on behalf of the EU on ...": no name
    # given, the body the post speaks for has the words, in the first person plural
    text = (
        "Statement by the High Representative on behalf of the EU on the violence in the "
        "Sahel\n\n"
        "The European Union is alarmed by the attacks on villages in the border region.\n\n"
        "We urge the authorities to protect civilians and to open the roads to aid convoys.\n"
    )
    found = run(text)
    assert found and {s.speaker for s in found} == {"European Union"}
    assert found[0].kind == "direct"


def test_a_statement_page_by_a_body_has_the_body_s_words_past_a_dateline() -> None:
    # "Statement by the North Atlantic Council on ...", "Statement by the OSCE
    # Chairpersonship on ...": the body named in the title speaks; a release's dateline
    # before its first words is no part of them
    nac = (
        "Statement by the North Atlantic Council on the drone incursions\n\n"
        "5 March 2024\n\n"
        "We condemn the repeated violations of Allied airspace by Russian drones.\n"
    )
    found = run(nac)
    assert [s.speaker for s in found] == ["North Atlantic Council"]
    osce = (
        "Statement by the OSCE Chairpersonship on the elections in Moldova\n\n"
        "VALLETTA, 5 March 2024 - The OSCE Chairpersonship welcomes the peaceful conduct of "
        "the vote.\n\n"
        "We encourage all parties to resolve any disputes through legal channels.\n"
    )
    found = run(osce)
    assert [s.speaker for s in found] == ["OSCE Chairpersonship"]
    assert found[0].text.startswith("The OSCE Chairpersonship welcomes")


def test_following_is_someone_s_message_gives_the_page_s_text_as_theirs() -> None:
    # UN releases: "Following is UN Secretary-General António Guterres' message for ...,
    # observed on ...:", then the message itself, in no quotation marks
    text = (
        "Secretary-General's Message for World Water Day\n\n"
        "SG/SM/22160\n\n"
        "5 March 2024\n\n"
        "Following is UN Secretary-General António Guterres\u2019 message for World Water "
        "Day, observed on 22 March:\n\n"
        "Water is a human right, yet billions still lack safe drinking water.\n\n"
        "We must protect this precious resource for generations to come.\n"
    )
    found = run(text)
    assert found and {s.speaker for s in found} == {"António Guterres"}
    assert found[0].kind == "direct"
    assert found[0].text.startswith("Water is a human right")


def test_highlighting_the_importance_of_something_is_a_point_made() -> None:
    # WAM and UN copy: "..., highlighting the importance of ..." and "highlighted that ...":
    # a point stressed; "the visit highlighted the ties" shows and says nothing
    text = (
        "UAE, US ministers discuss Sudan\n\n"
        "Foreign Minister Sheikh Abdullah bin Zayed held a phone call with Secretary of State "
        "Marco Rubio on Friday.\n\n"
        "Sheikh Abdullah also addressed the war in Sudan, highlighting the importance of an "
        "immediate and unconditional ceasefire.\n\n"
        "The call highlighted the close ties between the two countries.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Abdullah bin Zayed"]
    assert found[0].text.startswith("the importance of an immediate")


def test_repeated_that_with_a_clause_is_a_saying_but_not_repeated_that_pledge() -> None:
    # "repeated that Ankara was ready ..." tells words again; in "repeated that pledge on
    # Monday" the "that" points at a noun, and the words are told elsewhere
    text = (
        "Cavusoglu: Ankara ready to work with all in East Med\n\n"
        "Foreign Minister Mevlut Cavusoglu on Thursday repeated that Ankara was ready to work "
        "with every coastal state except one.\n\n"
        "Interior Minister Suleyman Soylu repeated that pledge during a visit to the border.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Mevlut Cavusoglu"]
    assert found[0].text.startswith("Ankara was ready")


def test_a_quotation_cut_off_by_the_end_of_the_excerpt_is_no_statement() -> None:
    # an excerpt that stops inside a quotation, with no closing mark or full stop: the
    # words were cut, not said so; the quote before it is still the ministry's
    text = (
        "Britain and Russia hold talks\n\n"
        '"The minister set out the UK\'s position on the Black Sea," the Foreign Office said '
        "in a statement.\n\n"
        '"He also pressed Moscow to release the detained'
    )
    found = run(text)
    assert [s.text for s in found] == ["The minister set out the UK's position on the Black Sea"]


def test_who_said_of_a_briefer_heard_today_is_not_said_before() -> None:
    # "The Council also heard from X, who said ...": the briefing reported is today's, not
    # something X had said before, as "X, who said last year ..." is
    text = (
        "Security Council hears of famine risk\n\n"
        "The Council also heard from Cindy McCain, Executive Director of the World Food "
        "Programme, who said that aid convoys had been blocked for three weeks.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Cindy McCain"]
    assert found[0].said_on == "2024-03-07"


def test_seats_of_government_speak_for_it() -> None:
    # "Downing Street said", "the Elysee said", "the Quai d'Orsay said": a government by its
    # seat, as "the Kremlin said"
    text = (
        "Reactions to the detention of the aid worker\n\n"
        "In a statement, Downing Street said the prime minister had raised the case with his "
        "counterpart.\n\n"
        "The Elysee said the president would travel to the region next week.\n\n"
        "The Quai d'Orsay said it had summoned the ambassador.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Downing Street", "Elysee", "Quai d'Orsay"]


def test_a_quote_whose_speaker_the_next_sentence_names_is_theirs() -> None:
    # '"...". These were the words of X on Tuesday.', '"...". That was how X described it.':
    # the quote's speaker is named after it, not the one quoted in the paragraph before
    text = (
        "UN mourns peacekeepers\n\n"
        '"We honour their sacrifice," Secretary-General Antonio Guterres said on Monday.\n\n'
        '"No mission is worth a single life lost in vain." These were the words of the '
        "Under-Secretary-General for Peace Operations, Jean-Pierre Lacroix, on Tuesday.\n\n"
        '"A flagrant breach of the Charter." That was how Foreign Minister Annalena Baerbock '
        "described the attack.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == [
        "Antonio Guterres",
        "Jean-Pierre Lacroix",
        "Annalena Baerbock",
    ]


def test_a_verb_kept_with_its_object_leaves_a_that_clause_as_the_words() -> None:
    # "reaffirmed Qatar's support" keeps its verb; "affirmed that ..." / "welcomed that ..."
    # open a clause, which alone is what was said
    text = (
        "Qatar says mediation in final stage\n\n"
        "Spokesperson Majed Al Ansari affirmed that the mediators had settled the main "
        "points of the exchange.\n\n"
        "Al Ansari reaffirmed Qatar's support for a two-state solution.\n"
    )
    found = run(text)
    assert [s.text for s in found] == [
        "the mediators had settled the main points of the exchange",
        "reaffirmed Qatar's support for a two-state solution",
    ]
