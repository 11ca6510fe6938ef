"""Page layout and transcripts in real copy (issue 8, round twelve: classes taken from the
errors left on the round's open sets). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2024, 6, 11)


def test_a_story_goes_on_reporting_after_the_exchange_it_quotes() -> None:
    # a story quoting an edited exchange ("Host: ...?" / "Minister: ..."), then reporting what
    # others said: the paragraphs after the last answer are the story's, not the minister's
    text = (
        "Ruiz says Chile will not rush the lithium deal\n\n"
        "Foreign Minister Elena Ruiz says Chile is in no hurry to sign a lithium agreement with "
        "Bolivia, after two days of talks in La Paz.\n\n"
        "Speaking to the breakfast programme, Ruiz said the talks had been useful but that "
        "several questions remained open.\n\n"
        "Breakfast: Did Bolivia set a deadline?\n\n"
        "Ruiz: No, there was no deadline. We agreed to meet again before the end of the year.\n\n"
        "Breakfast: Are you worried about the price of lithium?\n\n"
        "Ruiz: Prices go up and down. What matters is that the agreement lasts for decades.\n\n"
        "After the talks, Bolivian Foreign Minister Tomas Quispe told reporters that La Paz "
        "wanted a fair share of the profits.\n\n"
        "Opposition senator Marco Vidal said on Monday the government was moving too slowly.\n\n"
        '"We are losing investors every week we wait," Vidal said.\n\n'
        "Ruiz returns to Santiago on Wednesday."
    )
    found = extract(text, published=TUESDAY)
    said = [(s.speaker, s.text[:20]) for s in found]
    assert ("Tomas Quispe", "La Paz wanted a fair") in said
    assert ("Marco Vidal", "the government was m") in said
    assert ("Marco Vidal", "We are losing invest") in said
    answers = [s for s in found if s.text.startswith(("No, there", "Prices"))]
    assert [s.speaker for s in answers] == ["Elena Ruiz", "Elena Ruiz"]


def test_an_interview_of_dash_led_turns_ends_where_the_agency_reports_again() -> None:
    # a dateline paragraph introducing the interview, dash-led questions and answers, then
    # the agency's own line on what someone else said earlier: that line is not an answer
    text = (
        "RIGA, JUNE 11, BALTNEWS. Foreign Minister Ilze Berzina gave an interview to Baltnews "
        "about the results of the ministers' meeting in Vilnius.\n\n"
        "- Ms. Berzina, how did the meeting go?\n\n"
        "- It went well. We agreed on a joint plan for the energy grid and on the next steps.\n\n"
        "- When will the plan be signed?\n\n"
        "- I hope before the autumn. The experts still have some work to do.\n\n"
        "Earlier President Karlis Ozols said that the grid project was a priority for the "
        "coming year."
    )
    found = extract(text, published=TUESDAY)
    said = [(s.speaker, s.text[:20]) for s in found]
    assert ("Karlis Ozols", "the grid project was") in said
    assert ("Ilze Berzina", "I hope before the au") in said


SIGNING = (
    "Politics | World | Business\n\n"
    'Petra Lindqvist: "A new chapter for the Baltic" - FULL TEXT\n\n'
    "11 June 2024 09:15\n\n"
    "On June 10, the leaders of Sweden and Finland signed a treaty on a joint naval base in "
    "Turku. After the ceremony, they made statements to the press.\n\n"
    "Prime Minister Petra Lindqvist: Thank you all for coming. Today our two navies become "
    "one family. This treaty is a new chapter for the Baltic.\n\n"
    "The base will open to ships of both countries next spring.\n\n"
    "President Aleksi Virtanen: Thank you, Prime Minister. Finland has waited a long time for "
    "this day, and we are proud to share it with our neighbours.\n\n"
    "Tags: Sweden, Finland, navy"
)


def test_leaders_turns_labelled_by_post_and_name_with_no_one_asking() -> None:
    # "Prime Minister X:" and "President Y:" taking turns after a signing, no questions and no
    # title calling the page a transcript: each turn is its leader's
    found = extract(SIGNING, published=TUESDAY)
    said = [(s.speaker, s.text[:20]) for s in found]
    assert ("Petra Lindqvist", "Thank you all for co") in said
    assert ("Aleksi Virtanen", "Thank you, Prime Min") in said


def test_a_quoted_headline_tagged_full_text_is_no_turn() -> None:
    # 'X: "quoted words" - FULL TEXT': the site's tag after the quote leaves it a headline;
    # the lines below it are not X's words
    found = extract(SIGNING, published=TUESDAY)
    assert not [s for s in found if "June 10" in s.text or "FULL TEXT" in s.text]
    assert {s.said_on for s in found if s.speaker == "Aleksi Virtanen"} == {"2024-06-10"}


def test_an_interview_taped_on_a_weekday_without_on_dates_the_answers() -> None:
    # "in an interview taped Friday": the weekday straight after the verb of recording, as
    # North American copy writes it, is the day of the answers, not the page's
    text = (
        "Defence Minister Anita Sorensen says Denmark will keep its frigate in the Red Sea.\n\n"
        "Sorensen spoke to host Lars Holm on the radio programme Sunday Line, in an interview "
        "taped Thursday. Here is part of that conversation.\n\n"
        "Lars Holm: Minister, how long will the frigate stay?\n\n"
        "Anita Sorensen: As long as it takes. Shipping lanes matter to a trading nation like "
        "ours.\n\n"
        "Holm: Is the crew safe?\n\n"
        "Sorensen: The crew is well trained, and we review the risks every day."
    )
    found = extract(text, published=datetime.date(2024, 6, 15))
    answers = [s for s in found if s.text.startswith(("As long", "The crew"))]
    assert [s.said_on for s in answers] == ["2024-06-13", "2024-06-13"]


GUEST_TO_OUTLET = (
    "Omar Haddad to The Gulf Herald: Talks on the Border Are Moving Forward\n\n"
    "Monday, 10 June, 2024 - 07:15\n"
    "Amman - The Gulf Herald\n\n"
    "Deputy Foreign Minister Omar Haddad said the border commission would meet again next "
    "month and that both sides wanted an agreement before winter.\n\n"
    "In an interview with The Gulf Herald at the ministry in Amman on Saturday, Haddad said "
    "the negotiators had settled most of the technical questions.\n\n"
    "Following is the text of the interview:\n\n"
    "Q: How close are the two sides?\n\n"
    "Closer than at any time in the past ten years. The maps have been agreed, and what "
    "remains is a handful of villages.\n\n"
    "Q: Some say Amman has given up too much.\n\n"
    "That is not true. Every kilometre was negotiated on the basis of the old treaties.\n\n"
    "Q: When will the agreement be signed?\n\n"
    "When the experts finish their work, and not a day earlier."
)


def test_answers_under_questions_of_an_interview_given_to_the_outlet_in_the_title() -> None:
    # "Guest to Outlet: ..." over "Following is the text of the interview:" and "Q:" lines:
    # the unlabelled paragraphs are the guest's answers, not the outlet's
    found = extract(GUEST_TO_OUTLET, published=datetime.date(2024, 6, 10))
    said = [(s.speaker, s.text[:20]) for s in found]
    assert ("Omar Haddad", "Closer than at any t") in said
    assert ("Omar Haddad", "When the experts fin") in said


def test_a_question_put_as_a_statement_is_answered_below() -> None:
    # "Q: Some say X has given up too much." ends with a full stop; the paragraph below,
    # before the next "Q:", is the answer
    found = extract(GUEST_TO_OUTLET, published=datetime.date(2024, 6, 10))
    assert [s.speaker for s in found if s.text.startswith("That is not true")] == ["Omar Haddad"]


def test_the_day_in_a_fronted_interview_phrase_dates_the_answers() -> None:
    # "In an interview with X in Amman on Saturday, Y said ...": the interview's day, though
    # no verb of holding it is written
    found = extract(GUEST_TO_OUTLET, published=datetime.date(2024, 6, 10))
    answers = [s for s in found if s.text.startswith(("Closer", "When the experts"))]
    assert [s.said_on for s in answers] == ["2024-06-08", "2024-06-08"]


def test_the_author_on_a_text_field_byline_says_nothing() -> None:
    # "Текст: Имя Фамилия" under the headline: the reporter, whom no description of an
    # official ("президент страны объявил") can mean
    text = (
        "Деловая газета\n\n"
        "11 июня 2024, 10:30\n\n"
        "Грузия и Армения договорились о новом пункте пропуска\n\n"
        "Текст: Ольга Смирнова\n\n"
        "Переговоры в Тбилиси оказались короткими. Уже к вечеру президент страны объявил, что "
        "новый пункт пропуска откроется в сентябре.\n\n"
        "Министр иностранных дел Грузии Нино Беридзе заявила, что решение выгодно обеим "
        "странам."
    )
    found = extract(text, published=TUESDAY)
    assert "Ольга Смирнова" not in {s.speaker for s in found}
    assert "Нино Беридзе" in {s.speaker for s in found}


def test_the_author_on_an_english_text_field_byline_says_nothing() -> None:
    # "Text: Jane Roe" is a site's byline as "By Jane Roe" is: "The president said" is not her
    text = (
        "Ports deal signed in Lisbon\n\n"
        "Text: Maria Costa\n\n"
        "The deal was signed on Monday. The president said the ports would open to ships from "
        "both countries next year.\n\n"
        "Foreign Minister Paulo Reis said the deal was fair."
    )
    found = extract(text, published=TUESDAY)
    assert "Maria Costa" not in {s.speaker for s in found}


LIVE_PAGE = (
    "Live\n"
    "Balkan crisis talks – live\n\n"
    "Tue 11 Jun 2024 15.20 CEST\n\n"
    "15.20 CEST\n"
    "Serbian minister rejects the plan\n\n"
    "Serbia's foreign minister, Milan Petrovic, has told state television that Belgrade will "
    "not sign the border plan in its present form.\n\n"
    "Share\n\n"
    "11.05 CEST\n"
    "Kosovo waits for the text\n\n"
    "Kosovo's prime minister, Arben Krasniqi, has repeatedly said that any deal must respect "
    "the 2013 agreement.\n\n"
    "Share"
)


def test_a_live_entry_reporting_in_the_perfect_is_news_of_the_pages_day() -> None:
    # "X has told state television that ..." under a time stamp of a live page: said on the
    # entry's day, not at some time before it
    found = extract(LIVE_PAGE, published=TUESDAY)
    assert [s.said_on for s in found if s.speaker == "Milan Petrovic"] == ["2024-06-11"]


def test_a_live_entrys_repeated_perfect_stays_before_the_page() -> None:
    # guard: "has repeatedly said" in a live entry is background, words of some time before
    found = extract(LIVE_PAGE, published=TUESDAY)
    assert [s.said_on for s in found if s.speaker == "Arben Krasniqi"] == ["../2024-06-11"]


def test_earlier_in_the_afternoon_is_the_same_day() -> None:
    # "Speaking to reporters earlier in the afternoon, X said": a part of the story's day, as
    # a live page's evening entry tells what was said hours before, not words before the day
    text = (
        "6.40pm\n"
        "Treaty signed in Lisbon\n\n"
        "The two foreign ministers signed the fisheries treaty at the palace.\n\n"
        "5.15pm\n"
        "Reis: More states will join\n\n"
        "Speaking to reporters earlier in the afternoon, Foreign Minister Paulo Reis said two "
        "more states were close to joining the treaty."
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Paulo Reis", "2024-06-11")]


def test_a_perfect_further_down_a_live_entry_is_background() -> None:
    # guard: the entry opens on the day's news; "X has said ..." in a later paragraph tells
    # what X said at some time before, as in any story
    text = (
        "4.10 p.m.\n\n"
        "The foreign ministry says the envoy will not attend Friday's conference in Oslo.\n\n"
        "Spokeswoman Ingrid Dahl told reporters that the decision was final.\n\n"
        "Senator Tom Willis has said he would be glad to meet the envoy in Oslo.\n\n"
        "2.30 p.m.\n\n"
        "The conference programme was published in the morning."
    )
    found = extract(text, published=TUESDAY)
    assert [s.said_on for s in found if s.speaker == "Tom Willis"] == ["../2024-06-11"]


def test_a_list_of_linked_headlines_naming_leaders_is_no_transcript() -> None:
    # guard: "President X: Peace is near" in a list of links above the story are headlines,
    # not leaders taking turns; the story below stays a story
    text = (
        "Related\n"
        "President Lena Horvat: Peace is near\n"
        "Prime Minister Ivo Maric: We will sign soon\n\n"
        "Talks resume in Geneva\n\n"
        "The foreign ministers of the two countries met in Geneva on Monday. Foreign Minister "
        "Ana Kovac said the talks had been useful.\n\n"
        "The next round is due in July."
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.text) for s in found] == [("Ana Kovac", "the talks had been useful")]


def test_a_russian_dash_interview_ends_where_the_agency_reports_again() -> None:
    # "— ...?" / "— ..." turns, then the agency's own "Ранее X заявил, что ...": that line is
    # news, not the interviewee's last answer
    text = (
        "ТБИЛИСИ, 11 июня. Министр иностранных дел Грузии Нино Беридзе дала интервью агентству "
        "о переговорах в Брюсселе.\n\n"
        "— Как вы оцениваете итоги встречи?\n\n"
        "— Встреча была полезной. Мы договорились продолжить работу над текстом.\n\n"
        "— Когда будет подписано соглашение?\n\n"
        "— Я не хотела бы называть даты. Эксперты еще работают.\n\n"
        "Ранее премьер-министр Грузии Георгий Кобалия заявил, что стороны близки к соглашению."
    )
    found = extract(text, published=TUESDAY)
    said = [(s.speaker, s.text[:20]) for s in found]
    assert ("Георгий Кобалия", "стороны близки к сог") in said
    assert ("Нино Беридзе", "Я не хотела бы назыв") in said


def test_a_russian_story_quoting_a_labelled_exchange_reports_before_and_after_it() -> None:
    # "Корр.: ...?" / "Имя Фамилия: ..." between the story's own paragraphs: the lead above
    # and the paragraphs after the last answer are the story's news
    text = (
        "Министр иностранных дел Грузии Нино Беридзе рассказала журналистам об итогах "
        "переговоров в Брюсселе. По ее словам, встреча прошла конструктивно.\n\n"
        "Корр.: Когда будет подписано соглашение?\n\n"
        "Нино Беридзе: Я не хотела бы называть даты. Эксперты еще работают над текстом.\n\n"
        "Корр.: Будет ли новая встреча?\n\n"
        "Нино Беридзе: Да, мы договорились встретиться снова летом.\n\n"
        "Ранее премьер-министр Грузии Георгий Кобалия заявил, что стороны близки к соглашению."
    )
    found = extract(text, published=TUESDAY)
    said = [(s.speaker, s.text[:20]) for s in found]
    assert ("Нино Беридзе", "встреча прошла конст") in said
    assert ("Георгий Кобалия", "стороны близки к сог") in said
    assert not [s for s in found if "Ранее" in s.text]


def test_a_story_opening_on_its_lead_above_a_q_and_a_keeps_the_lead() -> None:
    # no title above: the first line is the story's lead, news like any sentence above the
    # exchange ("Q:" / "A:"), not a headline to pass over
    text = (
        "Foreign Minister Elena Ruiz said on Monday the lithium talks had been useful.\n\n"
        "Here is part of what she told reporters.\n\n"
        "Q: Did Bolivia set a deadline?\n\n"
        "A: No, there was no deadline. We agreed to meet again before the end of the year.\n\n"
        "Q: Are you worried about prices?\n\n"
        "A: Prices go up and down. What matters is that the agreement lasts."
    )
    found = extract(text, published=TUESDAY)
    lead = [s for s in found if s.text.startswith("the lithium talks")]
    assert [(s.speaker, s.said_on) for s in lead] == [("Elena Ruiz", "2024-06-10")]


def test_russian_leaders_turns_labelled_by_post_and_name() -> None:
    # "Президент России X:" then "Президент Киргизии Y:" after talks, no questions: each turn
    # is its leader's statement
    text = (
        "Заявления для прессы по итогам переговоров\n\n"
        "В Кремле состоялись переговоры президентов двух стран. По их итогам лидеры сделали "
        "заявления для прессы.\n\n"
        "Президент России Иван Соколов: Уважаемый господин Президент! Переговоры прошли в "
        "деловой атмосфере. Мы договорились расширить сотрудничество в энергетике.\n\n"
        "Президент Киргизии Азамат Токтогулов: Спасибо. Россия остается нашим главным "
        "партнером, и мы ценим эту поддержку."
    )
    found = extract(text, published=TUESDAY)
    said = [(s.speaker, s.text[:20]) for s in found]
    assert ("Иван Соколов", "Переговоры прошли в ") in said
    assert ("Азамат Токтогулов", "Россия остается наши") in said


def test_a_live_entry_under_an_earlier_date_line_takes_that_day() -> None:
    # a live page of two days: the entry stamped "22.40" under "Monday 10 June 2024" reports
    # Monday's news, not the page's Tuesday
    text = (
        "Tuesday 11 June 2024\n\n"
        "09.15\n"
        "Talks resume\n\n"
        "Negotiators returned to the table in Vienna on Tuesday morning.\n\n"
        "Monday 10 June 2024\n\n"
        "22.40\n"
        "Minister rejects the draft\n\n"
        "Foreign Minister Milan Petrovic has told state television that Belgrade will not sign "
        "the draft in its present form.\n\n"
        "18.05\n"
        "Delegations arrive\n\n"
        "The delegations arrived in Vienna in the afternoon."
    )
    found = extract(text, published=TUESDAY)
    assert [s.said_on for s in found if s.speaker == "Milan Petrovic"] == ["2024-06-10"]
