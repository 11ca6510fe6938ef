"""Failure classes found by running the extractor on real English pages from Chinese, Indian
and other Asian outlets (China Daily, Xinhua, PTI, Yonhap copy; issue 8), each test in new
words written here."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2024, 5, 14)


def run(text: str, published: datetime.date | None = TUESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_spokesperson_at_a_briefing_speaks_on_the_day_the_lead_gave_the_ministry() -> None:
    # China Daily: "Beijing on Monday rejected ...", then the spokesman quoted "at a daily
    # news briefing" with no day: the ministry's words are his, at Monday's briefing
    text = (
        "By LI MENG | China Daily | Updated: 2024-05-14 07:52\n\n"
        "China's Foreign Ministry on Monday rejected Manila's account of the shoal incident, "
        "saying the Philippine vessels had entered Chinese waters without permission.\n\n"
        '"The facts are clear and cannot be twisted," ministry spokesman Wang Wenbin said at '
        "a daily news briefing.\n\n"
        "Beijing has always kept the door to dialogue open, Wang said.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == [
        "Chinese Foreign Ministry",
        "Wang Wenbin",
        "Wang Wenbin",
    ]
    assert [s.said_on for s in found] == ["2024-05-13"] * 3


def test_a_briefing_after_an_undated_lead_keeps_the_article_day() -> None:
    text = (
        "BEIJING -- China's Foreign Ministry rejected Manila's account of the shoal incident, "
        "saying the Philippine vessels had entered Chinese waters without permission.\n\n"
        '"The facts are clear and cannot be twisted," ministry spokesman Wang Wenbin said at '
        "a daily news briefing.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-14", "2024-05-14"]


def test_the_past_year_in_an_occasions_name_is_no_earlier_saying() -> None:
    # CGTN: "At Tuesday's symposium on ... relations in the past year, Wang remarked that":
    # "in the past year" bounds what the symposium reviewed; Tuesday is the remarks' day
    text = (
        "At Monday's forum on regional security and China's neighbourhood diplomacy in the "
        "past year, Chinese Foreign Minister Wang Yi remarked that Asia had stayed an anchor "
        '"of calm in a restless world."\n'
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-13"


def test_in_the_past_alone_still_means_before() -> None:
    text = (
        "Chinese Foreign Minister Wang Yi said in the past that Asia must keep its own house "
        "in order.\n"
    )
    (found,) = run(text)
    assert found.said_on == "../2024-05-14"


def test_words_with_their_own_speaker_are_his_when_a_spokesperson_relays_them() -> None:
    # Yonhap: '"...," Yoon said, according to presidential spokesperson ...': the president
    # speaks; the spokesperson only passes the words on
    text = (
        "SEOUL, May 14 (Yonhap) -- President Yoon Suk Yeol said Tuesday that chip exports "
        "must not lose momentum.\n"
        '"We have no time to rest on last year\'s numbers," Yoon said, according to deputy '
        "presidential spokesperson Kim Soo-kyung.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Yoon Suk Yeol", "Yoon Suk Yeol"]
    assert found[1].text.startswith("We have no time")


def test_made_the_remark_according_to_an_office_is_no_statement() -> None:
    text = (
        "SEOUL, May 14 (Yonhap) -- President Yoon Suk Yeol said Tuesday that chip exports "
        "must not lose momentum.\n"
        "Yoon made the remark during a cabinet meeting at the presidential office, according "
        "to his office.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Yoon Suk Yeol"]


def test_a_day_of_the_month_alone_before_the_verb_dates_the_words() -> None:
    # copy translated from Korean writes "Minister X on the 13th said": the subject, the day
    # of this month, then the verb
    text = (
        "SEOUL, May 14 (Yonhap) -- Foreign Minister Cho Tae-yul on the 13th said that Seoul "
        "would keep its channels to Beijing open.\n"
    )
    (found,) = run(text)
    assert found.speaker == "Cho Tae-yul"
    assert found.said_on == "2024-05-13"


def test_words_relayed_by_a_report_of_an_earlier_day_were_said_by_then() -> None:
    # Yonhap on Friday: "Kim said ..., KCNA reported Thursday": said on or before Thursday,
    # not on the day of the story
    text = (
        "SEOUL, May 14 (Yonhap) -- North Korean leader Kim Jong-un said his navy must be ready "
        "to answer any incursion, the Korean Central News Agency (KCNA) reported Monday.\n"
    )
    (found,) = run(text)
    assert found.speaker == "Kim Jong-un"
    assert found.said_on == "../2024-05-13"


def test_as_reported_by_a_paper_is_the_source_and_its_day_bounds_the_words() -> None:
    # Global Times: "Teodoro said ..., as reported by the Financial Times on Sunday"
    text = (
        "Philippine Defense Secretary Gilberto Teodoro said Manila was weighing the purchase "
        "of a mid-range missile system, as reported by the Financial Times on Sunday.\n"
    )
    (found,) = run(text)
    assert found.text.endswith("mid-range missile system")
    assert found.said_on == "../2024-05-12"


def test_a_report_of_the_articles_own_day_leaves_the_words_undated() -> None:
    text = (
        "SEOUL, May 14 (Yonhap) -- North Korean leader Kim Jong-un said his navy must be ready "
        "to answer any incursion, the Korean Central News Agency (KCNA) reported Tuesday.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-14"


def test_when_he_arrived_on_a_day_dates_what_he_vowed_then() -> None:
    # Global Times: "X vowed to ... when he arrived in New York on Tuesday": the arrival is
    # the moment of the vow, and of the quotes he gave at the airport
    text = (
        "China's new envoy to Canada Wang Di pledged to help bring relations back on track "
        "when he arrived in Ottawa on Sunday.\n\n"
        '"I come with sincerity and with an open mind," Wang told reporters at the airport.\n'
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Wang Di", "Wang Di"]
    assert [s.said_on for s in found] == ["2024-05-12", "2024-05-12"]


def test_when_he_met_someone_who_left_on_a_day_is_that_leavings_day() -> None:
    text = (
        "Wang Di said relations could recover, recalling how Ottawa had acted when he met "
        "officials who had resigned on Sunday.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-14"


def test_local_time_or_a_part_of_the_day_between_subject_and_verb_dates_the_words() -> None:
    # Xinhua: "Fu Cong on Wednesday local time urged ..."; Yonhap: "Cho on the afternoon of
    # the 13th said ...": adverbials of the saying, as "on Wednesday" alone is
    text = (
        "UNITED NATIONS, May 14 (Xinhua) -- Chinese envoy Geng Shuang on Monday local time "
        "urged the Security Council to press for an end to the fighting in Sudan.\n\n"
        "SEOUL, May 14 (Yonhap) -- Unification Minister Kim Yung-ho on the afternoon of the "
        "12th said that Seoul would keep offering talks to the North.\n\n"
        "Foreign Minister Cho Tae-yul held talks with his Japanese counterpart on the 11th "
        "(Sat.) in Tokyo.\n"
        "Cho said the two countries should keep their summits on a regular footing.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Geng Shuang", "Kim Yung-ho", "Cho Tae-yul"]
    assert [s.said_on for s in found] == ["2024-05-13", "2024-05-12", "2024-05-11"]


def test_a_wire_lead_naming_its_speaker_only_after_dates_his_words() -> None:
    # Xinhua/CGTN: "A Chinese envoy said on Monday that ..." then "..., Fu Cong, China's
    # permanent representative to the United Nations, told a Security Council meeting."
    text = (
        "UNITED NATIONS, May 14 (Xinhua) -- A Chinese envoy on Monday called on the Security "
        "Council to stay united on the humanitarian crisis in Sudan.\n\n"
        '"Hesitation costs lives every single day," Fu Cong, China\'s permanent '
        "representative to the United Nations, told an open debate of the council.\n\n"
        "Fu said aid corridors must be kept open to all civilians.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Fu Cong", "Fu Cong"]
    assert [s.said_on for s in found] == ["2024-05-13", "2024-05-13"]


def test_a_wire_lead_does_not_date_someone_else_named_first() -> None:
    text = (
        "UNITED NATIONS, May 14 (Xinhua) -- A Chinese envoy on Monday called on the Security "
        "Council to stay united on the humanitarian crisis in Sudan.\n\n"
        "Britain's ambassador Barbara Woodward said London would fund new aid convoys.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-14"]


def test_a_name_alone_closing_a_long_sentence_after_said_is_who_spoke() -> None:
    # Bernama/Malay Mail: "The government carried out ..., including ..., to ..., said
    # Prime Minister Anwar Ibrahim.": the asides are in what was said, not between a
    # subject and its verb
    text = (
        "The cabinet reviewed the subsidy scheme in detail, including on fuel and "
        "rice prices, to ease the burden on lower-income families, said Prime Minister Anwar "
        "Ibrahim.\n"
    )
    (found,) = run(text)
    assert found.speaker == "Anwar Ibrahim"
    assert found.text.startswith("The cabinet reviewed")


def test_a_colon_dateline_of_a_city_that_is_no_capital_is_no_part_of_the_words() -> None:
    # Dawn "KARACHI:", NST "PUTRAJAYA:", Times of India "MUMBAI:": the place the story was
    # filed from, as "ISLAMABAD:" and "NEW DELHI:" are
    text = (
        "KARACHI: Pakistan will not join any bloc aimed at a neighbour, said Foreign Minister "
        "Ishaq Dar.\n"
    )
    (found,) = run(text)
    assert found.speaker == "Ishaq Dar"
    assert found.text.startswith("Pakistan will not join")


def test_he_said_this_after_the_words_gives_their_day() -> None:
    # Bernama: "... , he said. He said this when met by reporters after ... here yesterday."
    text = (
        "KUALA LUMPUR, May 14 (Bernama) -- Malaysia will keep its airspace closed to the "
        "drills, said Defence Minister Mohamed Khaled Nordin.\n"
        '"We have told both sides clearly," he said.\n'
        "He said this when met by reporters after visiting the air base in Subang yesterday.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Mohamed Khaled Nordin"] * 2
    assert [s.said_on for s in found] == ["2024-05-13", "2024-05-13"]


def test_a_span_of_days_opens_on_no_day_the_speaker_is_placed_at() -> None:
    # Malay Mail: "... he told a press conference ... yesterday. Anwar and 31 ministers
    # attended the two-day retreat held from Jan 17-18. ..., he said.": the press
    # conference's day stays
    text = (
        "PUTRAJAYA: Ministries will report on their projects every month, said Prime Minister "
        "Anwar Ibrahim.\n"
        '"There must be progress every month," he told a press conference after the cabinet '
        "retreat yesterday.\n"
        "Anwar and 28 ministers attended the retreat held at a resort in Cyberjaya from May "
        "11-12.\n"
        "Digital reform was also discussed at the retreat, he said.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-13"] * 3


def test_a_compound_portfolio_after_the_is_one_minister_not_two_people() -> None:
    # The Star: "..., says Fahmi Fadzil. The Communications and Digital Minister said ...":
    # "The A and B Minister" is one post, held by the man just named
    text = (
        "KUALA LUMPUR: Free public wifi will reach every district by next year, says Fahmi "
        "Fadzil.\n\n"
        "The Communications and Digital Minister said rural schools would be connected "
        "first.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Fahmi Fadzil", "Fahmi Fadzil"]


def test_a_weekday_and_its_date_set_off_by_commas_between_subject_and_verb() -> None:
    # Philippine and Thai copy: "President Marcos on Sunday, Jan. 26, said ...": the subject
    # is the president, not the country in the dateline
    text = (
        "MANILA, Philippines — President Marcos on Sunday, May 12, said the coast guard would "
        "keep escorting supply boats to the shoal.\n"
    )
    (found,) = run(text)
    assert found.speaker == "Marcos"
    assert found.said_on == "2024-05-12"


def test_according_to_a_report_with_no_author_is_no_speaker() -> None:
    # Global Times: "..., as reported by the Financial Times on Sunday. According to the
    # report, the launcher remains ...": the paper is the reporter's source
    text = (
        "According to the report, the launcher system is still deployed in the north of the "
        "country after the drills ended.\n"
    )
    assert run(text) == []


def test_it_never_refers_to_a_body_named_only_later_in_the_quote() -> None:
    # Dong-A Ilbo: "However, it suggested that ..., stating, \"... the Democratic Party
    # ...\"": "it" is not the party named afterwards inside the quotation
    text = (
        "On Friday, the presidential office made an official announcement stating that no "
        "such matter came up. However, it suggested that the accord could be discussed "
        'later, stating, "The stance of the Democratic Party must be made clear first."\n'
    )
    assert all(s.speaker != "Democratic Party" for s in run(text))


def test_an_announcement_stating_that_is_the_announcers_statement() -> None:
    # Dong-A Ilbo: "On Friday, the presidential office made an official announcement
    # stating that ...": "stating" introduces the words as "saying" does
    text = (
        "SEOUL -- On Monday, the presidential office made an official announcement stating "
        "that the summit had not touched on the fisheries dispute.\n"
    )
    (found,) = run(text)
    assert found.speaker_type == "institution"
    assert found.text.startswith("the summit had not touched")
    assert found.said_on == "2024-05-13"


def test_kyodo_news_or_antara_reporting_are_sources_not_speakers() -> None:
    # Dong-A Ilbo: "earlier reports by Japanese media outlets such as Kyodo News had claimed
    # that ...": outlets relay, they are not recorded as speakers
    text = (
        "Earlier reports by Japanese outlets such as Kyodo News had claimed that the premier "
        "raised the islets at the summit.\n\n"
        "Antara reported that the minister would fly to Tokyo next week.\n"
    )
    assert run(text) == []
