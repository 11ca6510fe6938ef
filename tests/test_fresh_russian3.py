"""Classes found on a third fresh blind set in the manner of Russian outlets (TASS, RIA
Novosti, Interfax, RT, Kremlin and Foreign Ministry pages, Kommersant, RBC), in English and
in Russian, each written again in new words for its test.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2025, 11, 18)


def said(text: str, published: datetime.date = TUESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_council_secretary_by_the_council_and_the_title() -> None:
    # "the Security Council secretary": "security" names the council the post is at, as
    # "foreign" names the ministry in "the foreign ministry spokesman"
    text = (
        "MOSCOW, November 18. /TASS/. Russian Security Council Secretary Sergei Shoigu "
        "accused the alliance of staging provocations near the border. The Security Council "
        "secretary said Moscow would respond to any new deployment in the region.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Sergei Shoigu", "Sergei Shoigu"]


def test_a_second_post_given_in_a_who_clause_describes_the_person() -> None:
    # "X, who is also Russia's G20 sherpa, said ..." then "the sherpa stressed": the post the
    # relative clause gives is a title the person may be called by
    text = (
        "MOSCOW, November 18. /TASS/. Deputy Foreign Minister Alexander Pankin, who is also "
        "Russia's G20 sherpa, said the summit communique was still being negotiated.\n\n"
        '"Nobody should expect miracles from this text," the Russian sherpa stressed.\n'
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Alexander Pankin", "Alexander Pankin"]


def test_an_aide_to_the_president_is_the_aide_named_with_another_word_for_the_president() -> None:
    # "помощник российского лидера X", then "по словам помощника президента": the leader and
    # the president are one; the aide is X, not the president named in the lines after
    text = (
        "МОСКВА, 18 ноября. /ТАСС/. Программа визита в Пекин полностью согласована. Об этом "
        "сообщил помощник российского лидера Юрий Ушаков.\n\n"
        "По словам помощника президента, Владимир Путин и Си Цзиньпин обсудят энергетику.\n"
    )
    assert [s.speaker for s in said(text)] == ["Юрий Ушаков", "Юрий Ушаков"]


def test_in_his_view_is_the_speakers_judgement() -> None:
    # "In his view, ...", "In her opinion, ...": what the speaker thinks, told as "In his
    # words" tells what the speaker said
    text = (
        "MOSCOW, November 18. /TASS/. Deputy Foreign Minister Sergey Vershinin said the "
        "humanitarian corridor had to be reopened without delay. In his view, the donors had "
        "not kept the promises made in Cairo.\n\n"
        "Spokeswoman Maria Zakharova spoke later in the day. In her opinion, the report "
        "ignored the facts on the ground.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text[:14]) for s in found] == [
        ("Sergey Vershinin", "the humanitari"),
        ("Sergey Vershinin", "the donors had"),
        ("Maria Zakharova", "the report ign"),
    ]


def test_one_source_in_a_named_body_at_a_sentence_start_is_unnamed() -> None:
    # "A source in the Russian Foreign Ministry told ...", "A member of the Security Council
    # said ...": one person of a body, unnamed; not the body, and not a statement anyone can
    # be recorded for
    text = (
        "MOSCOW, November 18. /Interfax/. A source in the Russian Defence Ministry told "
        "Interfax that the drills would end on Friday. A member of the Federation Council "
        "said the bill would be passed before the New Year.\n"
    )
    assert said(text) == []


def test_he_after_an_unnamed_source_is_that_source() -> None:
    # "Собеседник агентства в МИД говорит, что ... «...», — добавил он": "он" is the source,
    # who is no one to record, not the minister named in the paragraph before
    text = (
        "МОСКВА, 18 ноября. /ТАСС/. Министр иностранных дел Венгрии Петер Сийярто заявил, "
        "что Будапешт не поддержит новые санкции.\n\n"
        "Собеседник агентства в российском МИД говорит, что консультации с венгерской "
        "стороной продолжатся в декабре. «Спешить здесь некуда», — добавил он.\n"
    )
    assert [s.speaker for s in said(text)] == ["Петер Сийярто"]
    # but "собеседник агентства" alone is the one the agency interviewed, named before
    text = (
        "МОСКВА, 18 ноября. /ТАСС/. Посол России в Венгрии Евгений Станиславов дал интервью "
        "ТАСС.\n\nСобеседник агентства рассказал о визите. «Переговоры пройдут весной», — "
        "сказал он.\n"
    )
    assert [s.speaker for s in said(text)] == ["Евгений Станиславов"]


def test_told_the_council_is_at_the_council_meeting_the_story_dated() -> None:
    # "she told the Council": at the Council's meeting, which the lead dated ("at a Security
    # Council meeting on Monday"), not on the day of the report
    text = (
        "UNITED NATIONS, November 18. /TASS/. Russia's deputy envoy Anna Evstigneeva said at "
        "a Security Council meeting on Monday that the sanctions regime had outlived its "
        "purpose.\n\n"
        'The British envoy, Barbara Woodward, disagreed. "The regime still protects '
        'civilians," she told the Council.\n'
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Anna Evstigneeva", "2025-11-17"),
        ("Barbara Woodward", "2025-11-17"),
    ]


def test_speaking_after_the_vote_is_on_the_day_of_the_vote() -> None:
    # "Выступая после голосования, X заявил": the vote the story told of, on the day its
    # paragraph gave, not the day of the report
    text = (
        "Генассамблея ООН в пятницу, 14 ноября, одобрила резолюцию о сотрудничестве с "
        "ОБСЕ. Российская делегация проголосовала против документа.\n\n"
        "Выступая после голосования, первый замглавы постпредства России Дмитрий Полянский "
        "заявил, что текст резолюции был навязан западными странами.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Дмитрий Полянский", "2025-11-14")]


def test_a_spokeswomans_comment_page_is_hers() -> None:
    # "Foreign Ministry Spokeswoman X's comment on ...": a ministry page whose body is one
    # person's words in the first person, as a body's statement page is the body's
    text = (
        "The Ministry of Foreign Affairs of the Russian Federation\n"
        "Home / Press service / Spokesperson's commentaries\n\n"
        "Foreign Ministry Spokeswoman Maria Zakharova's comment on the elections in Moldova\n\n"
        "18 November 2025 17:05\n\n"
        "We have studied the preliminary findings of the observers. The campaign was marked by "
        "pressure on the opposition and by the closure of polling stations abroad.\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind, s.text[:20]) for s in found] == [
        ("Maria Zakharova", "direct", "We have studied the ")
    ]


def test_a_perfect_inside_the_quote_before_adding_does_not_date_the_addition() -> None:
    # '"I have served here for five years," he said, adding that ...': the perfect is the
    # speaker's own, inside the quote; the addition is said when the quote was
    text = (
        "MOSCOW, November 18. /TASS/. Ambassador Alexei Polishchuk spoke to reporters on "
        'Tuesday. "I have served in this region for five years," the ambassador said, '
        "adding that he expected the border talks to end soon.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Alexei Polishchuk", "2025-11-18"),
        ("Alexei Polishchuk", "2025-11-18"),
    ]


def test_an_acting_post_is_a_title() -> None:
    # "исполняющий обязанности постпреда X": an acting post, whose holder speaks as "врио
    # постпреда X" does; the post in the genitive is no object the name belongs to
    text = (
        "НЬЮ-ЙОРК, 18 ноября. /ТАСС/. Исполняющая обязанности посла Франции Анна Дюваль "
        "назвала проект резолюции сбалансированным. Исполняющий обязанности постпреда Польши "
        "Анджей Новак заявил, что Варшава поддержит документ.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Анна Дюваль", "Анджей Новак"]


def test_reported_words_then_the_same_speakers_dated_quote_are_one_occasion() -> None:
    # "X said that ... . '...,' X told reporters on Monday.": the reported words and the quote
    # after them are one set of remarks, on the quote's day; "Earlier" before the first only
    # says the remarks came before the article's day
    text = (
        "MOSCOW, November 18. /TASS/. Earlier, presidential aide Maxim Oreshkin said that the "
        'budget rule would stay. "We will not touch it," Oreshkin told reporters on Monday.\n\n'
        'Deputy Prime Minister Alexander Novak said that oil output would grow. "The cuts are '
        'over," Novak said on Sunday.\n'
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Maxim Oreshkin", "2025-11-17"),
        ("Maxim Oreshkin", "2025-11-17"),
        ("Alexander Novak", "2025-11-16"),
        ("Alexander Novak", "2025-11-16"),
    ]


def test_earlier_then_the_same_speakers_dated_quote_in_russian() -> None:
    # "Ранее X заявил, что ... «...», — сказал X в понедельник": as in English
    text = (
        "МОСКВА, 18 ноября. /ТАСС/. Ранее вице-премьер Александр Новак заявил, что добыча "
        "нефти вырастет. «Сокращения закончились», — сказал Новак журналистам в понедельник.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Александр Новак", "2025-11-17"),
        ("Александр Новак", "2025-11-17"),
    ]


def test_an_envoy_to_a_body_is_named_apart_from_the_body() -> None:
    # "Russia's envoy to the OSCE Alexander Lukashevich", then "the diplomat": the name is
    # the name, the body after "to the" is where the post is held
    text = (
        "VIENNA, November 18. /TASS/. Russia's envoy to the OSCE Alexander Lukashevich met "
        "the chairman's team. The diplomat said the mission's mandate could not be extended.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Alexander Lukashevich"]


def test_russian_outlets_named_in_latin_letters_are_outlets() -> None:
    # "Speaking to RIA Novosti", "In an interview with Rossiyskaya Gazeta": outlets by their
    # Russian words for "news" and "newspaper", no one "the diplomat" can mean
    for outlet in ("RIA Novosti", "Rossiyskaya Gazeta", "Komsomolskaya Pravda"):
        text = (
            "MOSCOW, November 18. /TASS/. The mission protested against the new listing. "
            f"Speaking to {outlet}, the diplomat said the listing was illegal.\n"
        )
        assert [s.speaker for s in said(text)] == ["the diplomat"]


def test_a_described_owners_remarks_that_end_before_the_sentences_verb() -> None:
    # "The diplomat's remarks that ... came a day after ...": the remarks' owner named by a
    # description, and what was said ends where the remark's own verb comes
    text = (
        "MOSCOW, November 18. /TASS/. Deputy Foreign Minister Mikhail Galuzin spoke about "
        "the Caucasus on Tuesday. The diplomat's remarks that the peace treaty was within "
        "reach came a day after talks in Yerevan. Galuzin's warning that outside players were "
        "stoking tension drew a sharp reply from Baku.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Mikhail Galuzin", "the peace treaty was within reach"),
        ("Mikhail Galuzin", "outside players were stoking tension"),
    ]


def test_after_the_meeting_takes_no_day_of_a_post() -> None:
    # "Speaking to reporters after the meeting, X said": the day of a meeting told before,
    # not of someone's post on Thursday; with none told, the words are the report's
    text = (
        "MOSCOW, November 18. /TASS/. Senator Konstantin Kosachev wrote on Telegram on Sunday "
        "that the vote had been rigged.\n\n"
        "Speaking to reporters after the meeting, Deputy Foreign Minister Andrei Rudenko said "
        "that the consultations would continue.\n\n"
        "Foreign Minister Sergey Lavrov met his Lao counterpart on Monday. Speaking after the "
        "meeting, Lavrov said the sides had signed a plan of consultations.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Konstantin Kosachev", "2025-11-16"),
        ("Andrei Rudenko", "2025-11-18"),
        ("Sergey Lavrov", "2025-11-17"),
    ]


def test_a_courtesy_title_is_no_object_of_the_naming() -> None:
    # "Господин Гросси назвал визит «полезным»": Kommersant's "господин" before the name
    # is how the subject is called, not the thing named
    text = (
        "Гендиректор МАГАТЭ Рафаэль Гросси прибыл в Тегеран во вторник. Господин Гросси назвал "
        "переговоры «полезными».\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [("Рафаэль Гросси", "переговоры «полезными»")]


def test_the_agency_is_a_ministry_not_a_press_service() -> None:
    # "как сообщили в ведомстве": the ministry named before, never the president's press
    # service that spoke in between
    text = (
        "Министерство иностранных дел России выразило протест Праге. Об этом говорится в "
        "сообщении МИД России.\n\n"
        "«Мы это так не оставим», — заявили в пресс-службе президента.\n\n"
        "Как сообщили в ведомстве, чешскому послу вручена нота.\n"
    )
    found = said(text)
    assert [s.speaker for s in found][-1] == "МИД России"


def test_a_second_phrase_set_off_by_commas_before_that() -> None:
    # "said on Tuesday, during a visit to Minsk, that ...": what was said follows the second
    # phrase's comma and "that", not the phrase
    text = (
        "MOSCOW, November 18. /TASS/. Deputy Prime Minister Alexei Overchuk said on Monday, "
        "during a visit to Minsk, that the customs rules would be simplified.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Alexei Overchuk", "the customs rules would be simplified")
    ]


def test_a_reporters_frame_before_that_is_not_what_was_said() -> None:
    # "It is worth recalling that X said in May, after the talks, that ...": the words before
    # "that" frame the report; X's words are those after the verb
    text = (
        "MOSCOW, November 18. /TASS/. It is worth recalling that Chancellor Friedrich Merz "
        "said in May, after a call with Washington, that Berlin would not send the missiles.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Friedrich Merz", "Berlin would not send the missiles")
    ]


def test_points_under_an_agencys_compiled_key_statements_are_the_speakers() -> None:
    # "TASS has compiled the key statements by the Russian top diplomat.", then topics'
    # headings and a point a line: each point is the speaker's, named in the lead
    text = (
        "Key statements by Sergey Lavrov at news conference with Serbian counterpart\n\n"
        "MOSCOW, November 18. /TASS/. Russian Foreign Minister Sergey Lavrov held a news "
        "conference after talks with his Serbian counterpart. TASS has compiled the key "
        "statements by the Russian top diplomat.\n\n"
        "On the Balkans\n\n"
        "Moscow values the independent course of Belgrade.\n\n"
        "The situation in Bosnia must not be used to pressure the Serbs.\n\n"
        "On gas supplies\n\n"
        "The long-term contract will be extended on mutually acceptable terms.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text[:20]) for s in found] == [
        ("Sergey Lavrov", "Moscow values the in"),
        ("Sergey Lavrov", "The situation in Bos"),
        ("Sergey Lavrov", "The long-term contra"),
    ]


def test_he_after_a_journalists_remark_is_not_the_last_speaker() -> None:
    # "The correspondent noted that ... He said ...": "he" is the correspondent, whom no
    # statement is recorded for, not the official quoted before; but after "The journalist
    # asked X ...", "he" is the one asked
    text = (
        'MOSCOW, November 18. /TASS/. "We are not in a hurry," Deputy Foreign Minister '
        "Andrei Rudenko told reporters.\n\n"
        "The correspondent noted that the previous round had ended early. He said the "
        "delegations had barely spoken.\n\n"
        "A reporter asked Rudenko about the venue. He said it would be Beijing.\n"
    )
    found = said(text)
    # (the correspondent's words are no one's to record: left out, or left with no speaker)
    assert [(s.speaker, s.text[:12]) for s in found if s.speaker] == [
        ("Andrei Rudenko", "We are not i"),
        ("Andrei Rudenko", "it would be "),
    ]


def test_the_president_of_a_state_is_a_post_held_by_the_one_named_without_one() -> None:
    # a Kremlin readout: "Vladimir Putin had a conversation with Prime Minister of X Y",
    # then "The President of Russia said ...": the state's post, which the one named without
    # a post holds (the other named holds another)
    text = (
        "Telephone conversation with Prime Minister of Malaysia Anwar Ibrahim\n\n"
        "November 18, 2025 15:40\n\n"
        "Vladimir Putin had a telephone conversation with Prime Minister of Malaysia Anwar "
        "Ibrahim.\n\n"
        "The President of Russia said that Moscow welcomed Malaysia's interest in BRICS. The "
        "Russian President also noted that trade had grown by a fifth.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Vladimir Putin", "Vladimir Putin"]


def test_a_ministry_statement_page_is_the_issuers_words() -> None:
    # "Заявление МИД России в связи с ...", "Комментарий официального представителя ...":
    # the page's paragraphs in the first person are the issuer's direct speech
    page = (
        "Министерство иностранных дел Российской Федерации\n\n"
        "Заявление МИД России в связи с закрытием генконсульства в Гданьске\n\n"
        "18 ноября 2025 года\n\n"
        "Расцениваем это решение польских властей как очередной недружественный шаг. Ответ "
        "последует в ближайшее время.\n"
    )
    found = said(page)
    assert [(s.speaker, s.kind, s.text[:12]) for s in found] == [
        ("МИД России", "direct", "Расцениваем ")
    ]
    # a news story under such a headline reports the statement: its own frame says whose
    story = (
        "Заявление МИД России в связи с закрытием генконсульства в Гданьске\n\n"
        "МОСКВА, 18 ноября. /ТАСС/. В МИД России заявили, что ответ на решение польских "
        "властей последует в ближайшее время.\n"
    )
    assert [(s.speaker, s.kind) for s in said(story)] == [("МИД России", "indirect")]


def test_a_post_now_held_by_the_one_named_by_a_former_post() -> None:
    # "Former Prime Minister X wrote ... , the deputy chairman of the Security Council
    # wrote.": the story names X only by a past post; the present one is X's too
    text = (
        "Former Russian Prime Minister Dmitry Medvedev said on Telegram on Monday that the "
        'new sanctions were "a sign of weakness."\n\n'
        '"They will run out of ideas before we run out of patience," the deputy chairman of '
        "the Security Council wrote.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Dmitry Medvedev", "2025-11-17"),
        ("Dmitry Medvedev", "2025-11-17"),
    ]
