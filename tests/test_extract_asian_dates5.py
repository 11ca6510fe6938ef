"""Dates (and one speaker class) found by running the extractor on real English pages from
Chinese, Korean, Japanese and other Asian outlets (Xinhua, Yonhap, Kyodo, CNA copy; issue 8),
each test in new words written here."""

from __future__ import annotations

import datetime

from tests.statement_checks import count_calls
from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2024, 5, 14)


def run(text: str, published: datetime.date | None = TUESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_ministry_named_by_another_field_is_another_body() -> None:
    # Yonhap: the foreign ministry speaks first, then "The unification ministry said
    # separately ..." and "ministry spokesperson Koo ...": neither is the foreign ministry's
    text = (
        "SEOUL, May 14 (Yonhap) -- South Korea's foreign ministry on Tuesday voiced deep "
        "concern over the North's newest satellite launch, calling it a grave provocation.\n\n"
        "The unification ministry said separately that it was tracking movements of North "
        "Korean troops near the demarcation line.\n\n"
        '"Pyongyang should halt every step that raises tension," ministry spokesperson Koo '
        "Byoung-sam told a regular press briefing.\n"
    )
    found = run(text)
    assert [s.speaker for s in found][1:] == ["South Korean Unification Ministry", "Koo Byoung-sam"]
    assert found[2].institution == "South Korean Unification Ministry"


def test_a_ministry_of_the_same_field_is_still_the_one_named_before() -> None:
    text = (
        "SEOUL, May 14 (Yonhap) -- South Korea's foreign ministry on Tuesday voiced deep "
        "concern over the North's newest satellite launch.\n\n"
        "The foreign ministry also said it would consult closely with Washington and Tokyo.\n"
    )
    found = run(text)
    assert len({s.speaker for s in found}) == 1


def test_earlier_in_the_day_is_the_day_the_story_has_reached() -> None:
    # next-day copy relaying a wire: "X said on Monday ... During talks with Y earlier in the
    # day, X ...": Monday's talks, not the reporter's day
    text = (
        "Chinese Premier Li Qiang said on Monday that he had asked the visiting German "
        "chancellor to keep markets open to Chinese carmakers.\n\n"
        "During a meeting with Olaf Scholz in Beijing earlier in the day, Li said tariffs "
        "would only hurt consumers on both sides.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-13", "2024-05-13"]


def test_earlier_in_the_day_alone_is_still_the_articles_day() -> None:
    text = (
        "Chinese Premier Li Qiang said earlier in the day that tariffs would only hurt "
        "consumers on both sides.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-14"


def test_words_at_the_press_conference_the_lead_dated_are_of_its_day() -> None:
    # CNA, Bernama: "... the two leaders said at a joint press conference on Monday." then
    # "At the press conference, X said ..." with no day of its own
    text = (
        "Kuala Lumpur and Jakarta will fast-track talks on their maritime border, the two "
        "leaders announced at a joint press conference on Monday.\n\n"
        "At the press conference, Indonesian President Prabowo Subianto said both navies "
        "would hold joint patrols next year.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-13"


def test_words_addressing_a_forum_the_lead_dated_are_of_its_day() -> None:
    # Xinhua, CGTN: "the opening ceremony of the X Forum in Beijing on Monday", then speakers
    # "Addressing the forum, ..." or "said at the forum" with no day of their own
    text = (
        "Chinese Vice Premier Ding Xuexiang attended the opening of the Global Water Forum in "
        "Beijing on Monday.\n\n"
        "Addressing the forum, Egyptian minister Hani Sewilam said river basins needed shared "
        "rules.\n\n"
        "Former Thai premier Abhisit Vejjajiva said at the forum that Mekong states must pool "
        "their flood data.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-13", "2024-05-13"]


def test_a_forum_still_to_come_dates_nothing() -> None:
    text = (
        "Chinese Vice Premier Ding Xuexiang will attend the Global Water Forum in Beijing on "
        "May 20.\n\n"
        "Egyptian minister Hani Sewilam said at the forum that river basins needed shared "
        "rules.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-14"


def test_a_ministry_named_by_its_capital_is_that_states_and_dates_by_its_statement() -> None:
    # Korea JoongAng Daily: "The Chinese Foreign Ministry's statement on Tuesday ...", then
    # '"...," said the Foreign Ministry in Beijing': China's ministry, quoting Tuesday's
    # statement; "the Foreign Ministry in Seoul said" is South Korea's
    text = (
        "Foreign Minister Cho Tae-yul talked with Chinese Foreign Minister Wang Yi by phone "
        "on Monday, their first call since Cho took office.\n\n"
        "The two discussed a trilateral summit and supply chains, the Foreign Ministry in "
        "Seoul said.\n\n"
        "The Chinese Foreign Ministry released a readout of its own on Monday.\n\n"
        '"Neighbours that stand together weather every storm," said the Foreign Ministry in '
        "Beijing.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == [
        "South Korean Foreign Ministry",
        "Chinese Foreign Ministry",
    ]
    assert found[1].said_on == "2024-05-13"


def test_an_embassy_in_a_capital_is_still_its_own_states() -> None:
    text = '"We reject the claims outright," said the Chinese Embassy in Manila.\n'
    (found,) = run(text)
    assert found.speaker.startswith("Chinese Embassy")


def test_a_titled_name_then_its_body_places_that_person_at_the_talks() -> None:
    # Xinhua, VnExpress: "held talks with General Secretary To Lam of the Communist Party of
    # Vietnam ... on Monday": a person (his title is held at the body after "of"), whose words
    # below are of Monday's talks
    text = (
        "Chinese top legislator Zhao Leji held talks with Chairman Tran Thanh Man of the "
        "National Assembly of Vietnam in Beijing on Monday.\n\n"
        "Tran said Hanoi treasures the traditional friendship between the two parties.\n"
    )
    (found,) = run(text)
    assert (found.speaker, found.institution) == (
        "Tran Thanh Man",
        "National Assembly of Vietnam",
    )
    assert found.said_on == "2024-05-13"


def test_a_speaker_at_the_opening_of_a_forum_dated_in_a_which_clause_speaks_that_day() -> None:
    # China Daily print copy: "... the Global Water Forum, which opened on Monday in Beijing,
    # ..." then "X delivered the keynote at the opening ceremony of the forum." and "X said
    # ...": the forum's first day is the ceremony's, and X spoke there
    text = (
        "President Xi Jinping sent a congratulatory letter to the third Global Water Forum, "
        "which opened on Monday in Beijing.\n\n"
        "Vice-Premier Ding Xuexiang delivered the keynote at the opening ceremony of the "
        "forum, held at the Diaoyutai State Guesthouse.\n\n"
        "Ding said river basins should be managed by the countries that share them.\n"
    )
    found = run(text)
    assert found[-1].speaker == "Ding Xuexiang"
    assert found[-1].said_on == "2024-05-13"


def test_a_which_clause_of_something_else_still_dates_no_event() -> None:
    text = (
        "Vice-Premier Ding Xuexiang, who returned from Laos on Monday, spoke at the opening "
        "ceremony of the Global Water Forum in Beijing.\n\n"
        "Ding said river basins should be managed by the countries that share them.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-14"


def test_a_spokesperson_quoted_after_a_dated_lead_speaks_for_that_body_that_day() -> None:
    # China Daily, Global Times: "China on Monday urged ..." then "'...,' Foreign Ministry
    # spokesperson Lin Jian said." with no day or briefing named: the lead's words are his
    text = (
        "China on Monday urged Manila to stop sending vessels to the Ren'ai Jiao reef.\n\n"
        '"The Philippines must not misjudge China\'s resolve," Foreign Ministry spokesperson '
        "Lin Jian said.\n\n"
        "Lin added that Beijing had lodged protests through diplomatic channels.\n"
    )
    found = run(text)
    # (the lead's "China ... urged" is a state's as a whole: listed only with unnamed sources)
    assert [(s.speaker, s.said_on) for s in found] == [("Lin Jian", "2024-05-13")] * 2


def test_another_states_spokesperson_after_a_dated_lead_keeps_the_articles_day() -> None:
    text = (
        "SEOUL, May 14 (Yonhap) -- Japan on Monday urged Seoul to halt a maritime survey near "
        "the disputed islets.\n\n"
        '"The survey is routine," South Korean foreign ministry spokesperson Lim Soo-suk said.\n'
    )
    found = run(text)
    assert found[-1].said_on == "2024-05-14"


def test_ministers_a_lead_says_met_that_day_speak_at_the_meeting() -> None:
    # Yonhap, Kyodo: "Seoul and Tokyo agreed Monday ... during talks between their foreign
    # ministers", then each minister "said ..." with no day of his own
    text = (
        "Seoul and Tokyo agreed Monday to reopen a hotline between their coast guards during "
        "talks between their foreign ministers in Seoul.\n\n"
        "Foreign Minister Cho Tae-yul said the two neighbours should not let old disputes "
        "block new cooperation.\n\n"
        "Japanese Foreign Minister Yoko Kamikawa said Tokyo wants a summit within the year.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-13", "2024-05-13"]


def test_someone_of_another_post_than_those_who_met_keeps_the_articles_day() -> None:
    text = (
        "Seoul and Tokyo agreed Monday to reopen a hotline between their coast guards during "
        "talks between their foreign ministers in Seoul.\n\n"
        "Defense Minister Shin Won-sik said the military would join the hotline drills.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-14"


def test_the_beginning_of_a_month_opens_no_clause_and_dates_the_call_of_then() -> None:
    # IANS relaying Xinhua: "... agreed in a telephone conversation at the beginning of last
    # month. Xi said during the conversation that ...": that call's month, not the day of the
    # summit the lead dated
    text = (
        "Chinese President Xi Jinping and his French counterpart Emmanuel Macron met in Rio "
        "on Monday.\n\n"
        "The two presidents had agreed to meet in a telephone conversation at the beginning "
        "of last month.\n\n"
        "Xi said during the conversation that both sides should keep markets open.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-04"


def test_a_visit_beginning_on_a_day_still_dates_the_visit_only() -> None:
    text = (
        "Chinese Premier Li Qiang, on a visit beginning Monday, said in Wellington that "
        "trade ties should grow.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-14"


def test_the_pm_and_the_fm_are_the_posts_named_before() -> None:
    # VNA, Bernama, Dawn: "The PM said ...", "The FM said ...": the prime minister or the
    # foreign minister the lead named, at the occasion it dated, not a body called "FM"
    text = (
        "Hanoi, May 14 (VNA) - Prime Minister Pham Minh Chinh on May 13 received Thai "
        "Foreign Minister Maris Sangiampongsa in Hanoi.\n\n"
        "The PM said Vietnam wants rice trade with Thailand to keep growing.\n\n"
        "The FM said Bangkok supports a stronger Mekong partnership.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Pham Minh Chinh", "2024-05-13"),
        ("Maris Sangiampongsa", "2024-05-13"),
    ]


def test_the_former_and_the_latter_are_the_two_just_named() -> None:
    # IANS relaying Efe: "During a meeting between Wang and Blinken in Beijing earlier in the
    # day, the former accused ...": the first of the two, at that meeting
    text = (
        "Chinese Foreign Minister Wang Yi said on Monday that he had pressed US Secretary of "
        "State Antony Blinken to drop new chip curbs.\n\n"
        "During a meeting between Wang and Blinken in Beijing earlier in the day, the former "
        "accused Washington of turning trade into a weapon.\n\n"
        "The latter stressed that the curbs were narrow.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Wang Yi", "2024-05-13"),
        ("Wang Yi", "2024-05-13"),
        ("Antony Blinken", "2024-05-13"),
    ]


def test_two_posts_joined_by_and_before_one_name_are_one_speaker() -> None:
    # China Daily: '"...," said former Italian prime minister and honorary president of the
    # forum Romano Prodi.': Prodi speaks, not the official quoted before him
    text = (
        "Vice-Premier Ding Xuexiang said on Monday that water cooperation serves all "
        "riverside peoples.\n\n"
        '"No river stops at a border," said former Thai foreign minister and honorary '
        "chairman of the forum Kasit Piromya.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Ding Xuexiang", "Kasit Piromya"]


def test_the_letter_said_is_the_words_of_the_one_it_came_from() -> None:
    # China Daily: "X read a congratulatory letter from President Y. The letter said ...":
    # Y's words, not X's, though X spoke last
    text = (
        "Vice-Premier Ding Xuexiang said on Monday that water cooperation serves all "
        "riverside peoples.\n\n"
        "Lao Deputy Prime Minister Saleumxay Kommasith read a congratulatory letter from "
        "Lao President Thongloun Sisoulith. The letter said the Mekong binds the region "
        "together.\n"
    )
    found = run(text)
    assert found[-1].speaker == "Thongloun Sisoulith"


def test_a_bare_title_after_the_name_makes_a_spokesperson_who_speaks_for_the_lead() -> None:
    # Xinhua, China Daily: '"...," said Shu Jueting, spokesperson for the ministry.' after
    # "China's Ministry of Commerce on Monday announced ...": her title (no "the" before it)
    # makes her the ministry's voice, on the lead's day
    text = (
        "China's Ministry of Commerce on Monday announced export controls on two rare "
        "metals.\n\n"
        '"The controls follow international practice," said Shu Jueting, spokesperson for '
        "the ministry.\n"
    )
    found = run(text)
    assert (found[-1].role, found[-1].said_on) == ("Spokesperson", "2024-05-13")


def test_another_ministrys_spokesperson_takes_no_day_from_the_foreign_ministrys_lead() -> None:
    # Yonhap: the foreign ministry's words are Monday's; "The unification ministry said
    # separately ..." and its spokesperson "told a regular briefing" with no day: not the
    # foreign ministry's Monday briefing
    text = (
        "SEOUL, May 14 (Yonhap) -- South Korea's foreign ministry on Monday voiced deep "
        "concern over the North's newest satellite launch.\n\n"
        "The unification ministry said separately that it was tracking movements of North "
        "Korean troops near the demarcation line.\n\n"
        '"Pyongyang should halt every step that raises tension," ministry spokesperson Koo '
        "Byoung-sam told a regular press briefing.\n"
    )
    found = run(text)
    assert found[-1].said_on == "2024-05-14"


def test_his_office_is_the_ministry_of_the_minister_just_named() -> None:
    # Yonhap: "Foreign Minister Cho ... spoke by phone with ..., his office said."
    text = (
        "Foreign Minister Cho Tae-yul spoke by phone with his Indonesian counterpart Sugiono "
        "on Tuesday to discuss supply chains, his office said.\n"
    )
    (found,) = run(text)
    assert found.speaker == "Foreign Ministry"


def test_remarks_made_during_a_tour_from_one_day_to_another_fall_in_that_span() -> None:
    # Xinhua: "Xi made the remarks during an inspection tour of ... from Monday to Tuesday":
    # said within those two days, not on the article's day nor only on the first
    text = (
        "Chinese President Xi Jinping has urged greater efforts to protect the Yellow River's "
        "ecology.\n\n"
        "Xi made the remarks during an inspection tour of Gansu province from Sunday to "
        "Monday.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-12/2024-05-13"


def test_spans_of_dates_are_read_whole() -> None:
    from tracker.extract.when import date_phrases

    ref = datetime.date(2024, 12, 11)
    found = {
        t: [p.when.edtf for p in date_phrases(t, ref)]
        for t in (
            "a visit from Dec 9 to 11",
            "talks on 9-10 December 2024",
            "the summit on Dec. 9-10, in Vientiane",
            "prices rose 5 to 10 percent",
        )
    }
    assert found == {
        "a visit from Dec 9 to 11": ["2024-12-09/2024-12-11"],
        "talks on 9-10 December 2024": ["2024-12-09/2024-12-10"],
        "the summit on Dec. 9-10, in Vientiane": ["2024-12-09/2024-12-10"],
        "prices rose 5 to 10 percent": [],
    }


def test_the_days_of_events_are_looked_up_a_bounded_number_of_times(monkeypatch) -> None:
    # "said after the talks" in every one of many sentences: each looks back over a few
    # mentions of the talks only, so a long text stays linear
    from tracker.extract import occasion

    calls = count_calls(monkeypatch, occasion, "_day_of_mention")
    text = "".join(f"Lavrov said after the talks that deal {n} was dead.\n" for n in range(300))
    assert len(run(text)) >= 290  # the first line may read as a headline
    assert len(calls) <= 300 * 40  # a few mentions a look-up, two look-ups a statement


def test_in_the_phone_call_the_counterpart_speaks_on_the_day_of_the_call() -> None:
    # Xinhua readouts: "Xi held a phone call with his French counterpart on Monday." then
    # "In the phone call, Macron said ...", "In their conversation, Xi said ..."
    text = (
        "Chinese President Xi Jinping held a phone call with his Brazilian counterpart on "
        "Monday.\n\n"
        "In the phone call, Luiz Inacio Lula da Silva said Brazil backs a ceasefire in "
        "Ukraine.\n\n"
        "In their conversation, Xi said China stands ready to work with Brazil on it.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-13", "2024-05-13"]


def test_in_the_event_of_dates_no_event() -> None:
    text = (
        "Chinese Vice-Premier Ding Xuexiang opened a trade event in Shanghai on Monday.\n\n"
        "In the event of a new tariff war, Brazilian minister Mauro Vieira said exports "
        "would shift to Asia.\n"
    )
    found = run(text)
    assert found[-1].said_on == "2024-05-14"


def test_the_ministry_is_the_ministry_of_something_named_before() -> None:
    # Xinhua, China Daily: "China's Ministry of Commerce said on Monday ... '...,' the
    # ministry said.": the "Ministry of ..." by its head noun, on its day
    text = (
        "China's Ministry of Commerce said on Monday it would add three US drone makers to "
        "its export control list.\n\n"
        '"The measures target no normal trade," the ministry said.\n'
    )
    found = run(text)
    assert len({s.speaker for s in found}) == 1
    assert found[-1].said_on == "2024-05-13"


def test_a_statement_by_a_body_of_the_state_in_the_subject_is_that_bodys() -> None:
    # Xinhua: "China will ..., according to a statement released by the Ministry of Commerce
    # on Monday.": the ministry speaks (for China), not China named as the clause's subject
    text = (
        "China will add three US drone makers to its export control list, according to a "
        "statement released by the Ministry of Commerce on Monday.\n"
    )
    (found,) = run(text)
    assert found.speaker == "Ministry of Commerce"


def test_a_statement_carrying_a_persons_words_is_still_his() -> None:
    text = (
        "Wang Yi urged restraint on all sides, according to a statement released by the "
        "Foreign Ministry on Monday.\n"
    )
    (found,) = run(text)
    assert found.speaker == "Wang Yi"


def test_talks_dated_by_the_sentence_after_the_words_date_them() -> None:
    # China Daily: "..., Wang said during talks with Vieira. The talks were held in Beijing
    # on Monday.": the words and the counterpart's, both of Monday's talks
    text = (
        "China is ready to deepen strategic trust with Brazil, Chinese Foreign Minister Wang "
        "Yi said during talks with Brazilian Foreign Minister Mauro Vieira.\n\n"
        "The talks were held in Beijing on Monday.\n\n"
        "Vieira said Brazil values its ties with China.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-13", "2024-05-13"]


def test_talks_to_be_held_later_date_no_words() -> None:
    text = (
        "China is ready to deepen strategic trust with Brazil, Chinese Foreign Minister Wang "
        "Yi said during talks with Brazilian Foreign Minister Mauro Vieira.\n\n"
        "Further talks will be held in Brasilia on May 20.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-14"


def test_told_reporters_after_a_days_talks_is_that_day() -> None:
    # Kyodo: "Iwaya told reporters after Sunday's talks in Beijing that ...": right after the
    # talks, on their day
    text = (
        "Japanese Foreign Minister Takeshi Iwaya told reporters after Sunday's talks in "
        "Beijing that the two sides had agreed to resume seafood trade talks.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-12"


def test_words_after_a_days_attack_are_not_dated_by_it() -> None:
    text = (
        "Japanese Foreign Minister Takeshi Iwaya said after Sunday's attack on the embassy "
        "that security would be reviewed.\n"
    )
    (found,) = run(text)
    assert found.said_on != "2024-05-12"


def test_a_readouts_title_dates_the_call_its_body_reports() -> None:
    # Korean and Japanese ministries: "Readout of ... Phone Call with ... on May 12", posted
    # later, the body giving no day: the call's day, from the title
    text = (
        "Readout of Foreign Minister Cho Tae-yul's Phone Call with Australian Foreign "
        "Minister Penny Wong on May 12\n\n"
        "Foreign Minister Cho Tae-yul held a phone call with Australian Foreign Minister Penny "
        "Wong.\n\n"
        "Minister Cho said that Seoul welcomes closer defence industry ties with Canberra.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-12"


def test_a_news_headline_with_a_date_is_no_occasions_title() -> None:
    text = (
        "Seoul marks anniversary of May 12 floods\n\n"
        "Foreign Minister Cho Tae-yul said that Seoul welcomes closer defence industry ties "
        "with Canberra.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-14"


def test_days_earlier_are_counted_from_the_day_the_story_named() -> None:
    # Xinhua round-ups: "Wang met Lavrov in Moscow on Friday. Two days earlier, Wang told
    # ... that ...": the Wednesday before that Friday
    text = (
        "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in "
        "Moscow on Friday.\n\n"
        "Two days earlier, Wang told Hungarian Foreign Minister Peter Szijjarto in Budapest "
        "that China supports peace talks.\n"
    )
    found = run(text)
    assert found[-1].said_on == "2024-05-08"


def test_earlier_in_the_day_takes_no_day_from_inside_a_quotation() -> None:
    # same-day copy: a day named in someone's words is not the day the story has reached
    text = (
        '"The strike on Sunday was a crime," Chinese Premier Li Qiang said.\n\n'
        "Earlier in the day, Vice-Premier He Lifeng said China would cut tariffs on farm "
        "goods.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-14", "2024-05-14"]


def test_earlier_in_the_day_after_a_dateline_is_the_datelines_day() -> None:
    text = (
        "BEIJING, May 13 (Xinhua) -- Chinese Premier Li Qiang said trade must stay open.\n\n"
        "Earlier in the day, Vice-Premier He Lifeng said China would cut tariffs on farm "
        "goods.\n"
    )
    found = run(text)
    assert found[-1].said_on == "2024-05-13"
