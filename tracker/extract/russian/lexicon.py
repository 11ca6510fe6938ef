"""Word lists for reading Russian news: verbs of saying, titles, institutions, countries.

Words are listed by lemma (dictionary form); the analyser in :mod:`.morph` maps any case,
gender, tense or aspect onto them, so "заявила", "заявляет" and "заявив" all meet
"заявить"/"заявлять" here. Kept apart from the rules so the lists can grow alone.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(text.split())


# Verbs of an event taking place ("состоявшейся", "который прошел"; "прошедшей" is read as
# the adjective "прошедший") and of a text issued ("распространенном"): said of an occasion
# or a document, their day is that of the words said at it or written in it
HELD = word_set("состояться пройти прошедший прошедшее проходить завершиться закончиться")
# "в интервью, вышедшем в пятницу": a text that came out, its day its words'
ISSUED = word_set("опубликовать распространить разместить обнародовать выйти")
# "в интервью, записанном в субботу": an interview or a talk recorded, its day the words'
RECORDED = word_set("записать")
# Verbs that ask, and the question they ask: "спросил, почему ...", "задался вопросом, кто
# ...", "поинтересовался: как ...?"
ASKING = word_set("спросить спрашивать поинтересоваться интересоваться задаться задать")
# "как и прежде", "как и ранее", "как и раньше" ("as before"), a pattern's source: set off
# by commas ("Лавров, как и прежде, заявил ...") an aside, the words said now, no earlier time
AS_BEFORE = r"как\s+и\s+(?:прежде|ранее|раньше)"
# Verbs that answer: "ответил журналистам", "отвечая на вопрос: «...?»"
ANSWERING = word_set("ответить отвечать")
# Verbs (and short adjectives) that report speech or a stated view; both aspects listed.
SAYING = word_set(
    "заявить заявлять сказать говорить сообщить сообщать отметить отмечать подчеркнуть "
    "подчёркивать подчеркивать добавить добавлять пояснить пояснять указать указывать "
    "считать уточнить уточнять констатировать напомнить напоминать рассказать рассказывать "
    "признать признавать предупредить предупреждать призвать призывать утверждать полагать "
    "предположить предполагать опровергнуть опровергать заверить заверять подтвердить "
    "подтверждать объявить объявлять объяснить объяснять ответить отвечать написать писать "
    "назвать называть раскритиковать критиковать осудить осуждать обвинить обвинять "
    "передать передавать пообещать обещать настаивать настоять отвергнуть отвергать отрицать "
    "допустить допускать "
    "резюмировать посетовать сетовать возразить возражать выразить выражать убедить "
    "убеждать пожаловаться жаловаться высказаться высказываться прокомментировать "
    "комментировать процитировать добавить отреагировать реагировать убежденный убеждённый "
    "уверенный уверить исключить исключать потребовать требовать предложить предлагать "
    "пригрозить цитировать процитировать обратить обращать дать давать высказать высказывать "
    "привести приводить гласить выступить выступать заметить замечать спросить "
    "спрашивать поинтересоваться задаться задать надеяться ожидать опасаться рассчитывать "
    "сожалеть "
    "повторить повторять продолжить поделиться оценить оценивать охарактеризовать "
    "характеризовать расценить расценивать подытожить упрекнуть предостеречь посоветовать "
    "порекомендовать признаться пошутить счесть посчитать акцентировать озвучить озвучивать "
    "усомниться сомневаться прогнозировать спрогнозировать проинформировать информировать "
    "парировать уверять предречь предрекать анонсировать заключить заключать разъяснить "
    "разъяснять дополнить дополнять гарантировать возмутиться возмущаться удивиться "
    "согласиться соглашаться квалифицировать "
    "рекомендовать отрезать бросить отчеканить съязвить сыронизировать иронизировать "
    "недоумевать выразиться подметить рассудить сокрушаться негодовать рассуждать "
    "размышлять согласный солидарный верить подозревать грозить угрожать фиксировать "
    "зафиксировать доказывать шутить сделать делать прийти приходить воскликнуть восклицать "
    "произнести произносить провозгласить провозглашать попросить просить доложить докладывать "
    "выдвинуть выдвигать оговориться оговариваться подвергнуть подвергать обратиться "
    # "президент оговорил, что ...": stipulated, a condition said (a deed of agreeing on
    # terms without a clause or a quotation after it: cue_words.does_a_deed)
    "оговорить оговаривать "
    "обращаться возложить возлагать приветствовать приводиться цитироваться "
    # "«...», — вспоминает посол", "— делится дипломат", "— подытоживает министр"
    "вспомнить вспоминать делиться подытоживать "
    # "ограничился замечанием, что ...": the remark is what was said
    "ограничиться ограничиваться "
    # "перечислил условия: ...": the list is what was said
    "перечислить перечислять "
    # "«...», — зачитал министр", "— огласил посол": the words read out are his, after a
    # quotation only
    "зачитать зачитывать огласить оглашать"
)
# Verbs of giving reasons: "обосновал решение тем, что ...", "мотивировал отказ тем, что
# ...": the reason given is what was said; without "тем, что" ("обосновал необходимость
# реформы") nothing is
JUSTIFYING = word_set("обосновать обосновывать мотивировать аргументировать")
# Verbs of thanking: "поблагодарил Трампа за поддержку переговоров" says what was thanked
# for (the corpus counts "thanked Lavrov for organizing the talks"); a cue only with "за"
# after the one thanked ("поблагодарил участников" alone is a courtesy, nothing said)
THANKING = word_set("поблагодарить благодарить")
# Verbs of welcoming: a stated approval of their object ("приветствовал подписание
# декларации"), but a greeting when the object is someone ("приветствовал гостей форума")
WELCOMING = word_set("приветствовать")
# Short adjectives of conviction that behave as verbs of saying: "Столтенберг убежден, что"
CONVICTION = word_set("убежденный убеждённый уверенный убедить уверить согласный солидарный")
# Verbs that report speech only with one of these object nouns: "выразил уверенность, что
# ...", "высказал мнение", "обратил внимание на то, что", "дал понять, что"
_FEELINGS = word_set(
    "уверенность надежда мнение озабоченность обеспокоенность сожаление несогласие "
    "недоумение удовлетворение возмущение сомнение готовность предположение "
    "опасение убеждение поддержка признательность убежденность убеждённость разочарование "
    "тревога беспокойство недовольство удивление негодование неудовлетворенность "
    "неудовлетворённость скептицизм заинтересованность точка версия мысль соображение "
    "оптимизм пессимизм благодарность "
    # "выразил соболезнования семьям погибших": the real gold counts condolences put in
    # words as a statement ("expressed deep condolences to the people of Thailand")
    "соболезнование"
)
# Light verbs that need no object noun right after a quotation, which is their object:
# "«...», — высказал дипломат", "«...», — продолжил он", "«...», — поделился министр",
# "«...», — обратился он к делегатам"
BARE_AFTER_QUOTE = word_set(
    "высказать высказывать продолжить поделиться делиться обратиться обращаться "
    "зачитать зачитывать огласить оглашать оценить оценивать"
)
# Verbs of a gesture or a face, no saying: after a quotation and a dash, with the subject
# after them, they are the author's words that name who spoke ("«...», — улыбнулся
# министр", "— развел руками Песков", "— пожал плечами дипломат"); elsewhere nothing said
MANNER_AFTER_QUOTE = word_set(
    "улыбнуться улыбаться усмехнуться усмехаться рассмеяться засмеяться смеяться вздохнуть "
    "вздыхать развести разводить пожать пожимать покачать качать кивнуть кивать нахмуриться"
)
# What a speaker lists: points, terms, demands, priorities, reasons, steps ("перечислил
# условия", "перечислил приоритеты председательства")
_LISTED = word_set(
    "пункт условие требование приоритет причина шаг мера задача договоренность "
    "договорённость положение принцип довод аргумент претензия угроза итог элемент "
    "направление параметр предложение"
)
LIGHT_VERBS = {
    "выразить": _FEELINGS,
    "выражать": _FEELINGS,
    "высказать": _FEELINGS,
    "высказывать": _FEELINGS,
    "обратить": word_set("внимание"),
    "обращать": word_set("внимание"),
    "дать": word_set("понять"),
    "давать": word_set("понять"),
    "оценить": word_set("как"),  # "оценил ситуацию как критическую", not "высоко оценил"
    "оценивать": word_set("как"),
    "задаться": word_set("вопрос"),
    "задать": word_set("вопрос"),
    "поделиться": word_set("мнение оценка мысль соображение"),
    "делиться": word_set("мнение оценка мысль соображение"),
    "продолжить": word_set("мысль"),
    # "ограничился замечанием, что ...", "ограничилась коротким комментарием: «...»",
    # "ограничился фразой: «...»", "словами: «...»" (not "ограничился декларацией",
    # "ограничились полумерами")
    "ограничиться": word_set("замечание комментарий констатация заявление реплика фраза слово"),
    "ограничиваться": word_set("замечание комментарий констатация заявление реплика фраза слово"),
    # "выступил с призывом к сторонам ...", "с предложением провести ...", "с критикой ...":
    # the call, the proposal or the criticism said (not "выступил с речью", "с докладом")
    "выступить": word_set("за против заявление призыв предложение инициатива критика"),
    "выступать": word_set("за против заявление призыв предложение инициатива критика"),
    # "привел его слова"; "«...», — привел он пример": the speaker's own example, details or
    # arguments, in the quotation before or the words after
    "привести": word_set("слово заявление высказывание пример подробность деталь довод аргумент"),
    "приводить": word_set("слово заявление высказывание пример подробность деталь довод аргумент"),
    # "«...», — зачитал министр положения документа": a quotation read out; "зачитал
    # обращение", "зачитал доклад" give no words
    "зачитать": word_set("строка фраза"),
    "зачитывать": word_set("строка фраза"),
    "огласить": word_set("строка фраза"),
    "оглашать": word_set("строка фраза"),
    "сделать": word_set("вывод"),  # "сделал вывод, что"; "Такое заявление сделал" points
    "делать": word_set("вывод"),
    "прийти": word_set("вывод"),  # "пришел к выводу, что"
    "приходить": word_set("вывод"),
    # "выдвинул три требования: ...", "выдвинула обвинения в ...": "потребовал", "обвинил"
    # "выдвинул идею провести ...", "предложение создать ...": "предложил"
    "выдвинуть": word_set("требование условие обвинение идея предложение инициатива"),
    "выдвигать": word_set("требование условие обвинение идея предложение инициатива"),
    # "подверг резкой критике ...", "подвергла сомнению ...": "раскритиковал", "усомнился"
    # "возложил ответственность за срыв переговоров на Киев": "обвинил"
    # "перечислил условия: ...", "перечислил приоритеты": the items said (not "перечислил
    # средства в бюджет", money sent)
    "перечислить": _LISTED,
    "перечислять": _LISTED,
    "возложить": word_set("ответственность вина"),
    "возлагать": word_set("ответственность вина"),
    "подвергнуть": word_set("критика сомнение"),
    "подвергать": word_set("критика сомнение"),
    "передать": word_set("слово"),  # "передает слова Лаврова РИА Новости"
    # "«...», — приводятся в заявлении слова генсека": the passive of "приводит слова"
    "приводиться": word_set("слово"),
    "цитироваться": word_set("слово"),
    # addressing says words only after a quotation ("«...», — обратился он к гостям"); not
    # "обратился в суд", "обратился к врачу"
    "обратиться": frozenset(),
    "обращаться": frozenset(),
    "передавать": word_set("слово"),
}
# Verbs of naming: their object and its name are the judgement said ("назвал решение
# ошибкой"); the object may open the clause ("Ситуацию министр назвал позорной")
NAMING = word_set("назвать называть охарактеризовать характеризовать")
# Light verbs of blaming or proposing, whose object may open the clause as a naming verb's
# does ("Ответственность за срыв переговоров министр возложил на Киев", "Идею провести
# переговоры в Стамбуле Путин выдвинул в ночь на 11 мая")
PROPOSING = word_set("выдвинуть выдвигать")
OBJECT_FIRST = word_set("возложить возлагать") | PROPOSING
# Verbs whose subject is a document: "говорится в заявлении", "отмечается в сообщении"
IMPERSONAL = word_set(
    "говориться отмечаться подчеркиваться подчёркиваться указываться сообщаться уточняться"
)
# Nouns of a statement's document: "в заявлении МИД", "согласно сообщению"
DOCUMENTS = word_set(
    "заявление сообщение комментарий документ текст коммюнике декларация письмо послание "
    "обращение релиз пресс-релиз ответ нота публикация пост telegram-канал канал "
    "меморандум брифинг выступление интервью сайт отчет отчёт телеграмма поздравление"
)
# Words that name a person by a post ("замглавы", "посол"), by lemma
ROLE_HEADS = word_set(
    "министр замминистра замглавы глава заместитель посол постпред представитель "
    "пресс-секретарь спикер дипломат президент премьер премьер-министр председатель "
    "генсек генсекретарь генеральный лидер руководитель начальник директор советник помощник "
    "депутат сенатор канцлер госсекретарь замгоссекретаря пресс-атташе посланник атташе "
    "консул генконсул вице-премьер вице-президент мэр губернатор командующий уполномоченный "
    "омбудсмен политик министр-советник секретарь пресс-секретарша спецпредставитель "
    "спецпосланник замначальника замдиректора премьер-министр первый "
    "официальный замруководителя вице-спикер король принц эмир шейх султан папа понтифик "
    "лидер-основатель главнокомандующий главком генпрокурор прокурор шеф зампред "
    "зампредседателя сопредседатель замсекретаря замгенсека вице-губернатор аким хоким "
    "генерал адмирал командир замкомандующего конгрессмен парламентарий еврокомиссар раис "
    "комиссар врио монарх член политолог эксперт аналитик востоковед американист экономист "
    "историк профессор чиновник чиновница госслужащий заведующий заведовать завотделом "
    "статс-секретарь деятель госдеятель зампостпред редактор главред гендиректор ректор "
    # contracted posts: "полномочный представитель", "торговый представитель"
    "полпред торгпред "
    # a leader's envoy to a summit ("шерпа России в G20"), read through CORRECTED_NOUNS
    "шерпа "
    # "координатор СНБ по стратегическим коммуникациям", "спецкоординатор ООН",
    # "главный переговорщик", "эмиссар ЕС", "посредник Евросоюза"
    "координатор спецкоординатор переговорщик эмиссар посредник спецпосредник "
    # one running for a post: "кандидат в президенты", "кандидат от Партии социалистов"
    "кандидат"
)
# Lemmas that can head a description used alone to refer back ("дипломат", "министр")
DESCRIPTION_HEADS = ROLE_HEADS - word_set("первый официальный генеральный")
# Institution heads, by lemma ("МИД", "посольство", "пресс-служба", "ведомство")
ORG_HEADS = word_set(
    "мид министерство ведомство посольство консульство генконсульство диппредставительство "
    "торгпредство кремль пресс-служба правительство администрация нация "
    "госдеп госдепартамент минобороны минфин совбез оон нато ес генштаб дипмиссия "
    "представительство постпредство служба комитет совет парламент госдума дума рада "
    "канцелярия офис департамент пентагон миссия кабмин кабинет сенат конгресс форин-офис "
    "даунинг-стрит бундестаг европарламент кнессет сейм меджлис кенеш мажилис мажлис хурал "
    "минэкономразвития минюст мвд фсб свр ведомство управление секретариат евросоюз "
    "еврокомиссия обсе магатэ мккк вооз юнеско одкб снг шос брикс партия штаб делегация "
    "совфед сенат генассамблея ассамблея европарламент еаэс еэк минздрав минтранс минэнерго "
    "минпромторг минприроды минцифры минкультуры минсельхоз минтруд минпросвещения мчс акорда "
    "росгвардия роскосмос росатом прокуратура генпрокуратура минэкономики минобрнауки "
    # central banks: "Банк России", "ЦБ", "Нацбанк Казахстана", "ЕЦБ", and "регулятор"
    # for one named before
    "банк центробанк цб нацбанк ецб регулятор"
)
# Speakers who are not named and must not become the institution they are "in": "источник в
# МИД", "собеседник агентства", outlets and their staff
# The media by what they are, named as a source or a title: the press ("газета",
# "агентство"), channels and portals ("телеграм-канал", "паблик"), and the rest
PRESS = word_set("газета издание агентство телеканал радиостанция")
CHANNELS = word_set("канал телеграм-канал telegram-канал тг-канал youtube-канал паблик портал")
MEDIA_NOUNS = PRESS | CHANNELS | word_set("журнал радио сайт")
UNNAMED = PRESS | word_set(
    "источник собеседник журналист корреспондент "
    "сми наблюдатель очевидец свидетель пользователь блогер"
)
# Chinese, Korean and Vietnamese surnames, which the dictionary reads as common words or
# places ("Ван", "Ли", "Си"): with the given name after them they are a person ("Ван И")
EAST_ASIAN_SURNAMES = word_set(
    "ван ли си чжан лю чэнь хуан чжао чжоу сюй сунь чжу линь гао чжэн лян тан хань фэн "
    "дэн цао пэн цзэн сяо тянь дун пань юань цай цзян вэй дин жэнь шэнь яо цуй цинь мао "
    "сюэ гэн мун пак нгуен фам цзинь се хэ юй чан ху го ким цой чхве юн "
    "чо чон кан хан лай ян хо шин син рю дао буй хоанг ву чвэ"
)  # not "то", "во", "со", "нам": words that open sentences
# Pronouns that can be a speaker, with their gender
PRONOUNS = {"он": "m", "она": "f", "они": None}
# "Он поблагодарил Путина, а тот ответил": "the latter", someone other than the one the
# sentence before is about
THE_OTHER = {"тот": "m", "та": "f"}
POSSESSIVES = {"его": "m", "ее": "f", "её": "f", "их": None, "свой": None}
# Outlets, as the Russian press names them (an outlet reporting is not a speaker)
OUTLETS = word_set(
    "тасс риа новости интерфакс интерфаксу interfax.ru известия коммерсант ведомости рбк "
    "лента.ру газета.ru sputnik спутник белта trt трт reuters рейтер рейтерс afp bloomberg "
    "cnn bbc ап ассошиэйтед франс-пресс синьхуа киодо anadolu анадолу ria тass укринформ "
    "униан унн регнум арменпресс азертадж казинформ кабар медуза царьград новости-армения "
    "новости-грузия ъ нг рг кп мк аиф rt"
)
# Countries: how Russian writes them (nominative lemma) and their English names
COUNTRIES = {
    "россия": "Russia", "рф": "Russia", "российский": "Russia",
    "сша": "United States", "америка": "United States", "американский": "United States",
    "китай": "China", "кнр": "China", "китайский": "China",
    "украина": "Ukraine", "украинский": "Ukraine",
    "беларусь": "Belarus", "белоруссия": "Belarus", "белорусский": "Belarus",
    "армения": "Armenia", "армянский": "Armenia",
    "азербайджан": "Azerbaijan", "азербайджанский": "Azerbaijan",
    "казахстан": "Kazakhstan", "казахстанский": "Kazakhstan",
    "киргизия": "Kyrgyzstan", "кыргызстан": "Kyrgyzstan", "киргизский": "Kyrgyzstan",
    "кыргызский": "Kyrgyzstan", "узбекистан": "Uzbekistan", "узбекский": "Uzbekistan",
    "таджикистан": "Tajikistan", "таджикский": "Tajikistan",
    "туркмения": "Turkmenistan", "туркменистан": "Turkmenistan",
    "грузия": "Georgia", "грузинский": "Georgia",
    "молдавия": "Moldova", "молдова": "Moldova", "молдавский": "Moldova",
    "турция": "Turkey", "турецкий": "Turkey", "иран": "Iran", "иранский": "Iran",
    "израиль": "Israel", "израильский": "Israel", "сирия": "Syria", "сирийский": "Syria",
    "ирак": "Iraq", "иракский": "Iraq", "египет": "Egypt", "египетский": "Egypt",
    "германия": "Germany", "немецкий": "Germany", "германский": "Germany", "фрг": "Germany",
    "франция": "France", "французский": "France", "италия": "Italy", "итальянский": "Italy",
    "испания": "Spain", "испанский": "Spain", "британия": "United Kingdom",
    "великобритания": "United Kingdom", "британский": "United Kingdom",
    "польша": "Poland", "польский": "Poland", "литва": "Lithuania", "литовский": "Lithuania",
    "латвия": "Latvia", "латвийский": "Latvia", "эстония": "Estonia", "эстонский": "Estonia",
    "финляндия": "Finland", "финский": "Finland", "швеция": "Sweden", "шведский": "Sweden",
    "норвегия": "Norway", "норвежский": "Norway", "дания": "Denmark", "датский": "Denmark",
    "нидерланды": "Netherlands", "нидерландский": "Netherlands", "венгрия": "Hungary",
    "венгерский": "Hungary", "чехия": "Czechia", "чешский": "Czechia",
    "словакия": "Slovakia", "словацкий": "Slovakia", "румыния": "Romania",
    "румынский": "Romania", "болгария": "Bulgaria", "болгарский": "Bulgaria",
    "сербия": "Serbia", "сербский": "Serbia", "греция": "Greece", "греческий": "Greece",
    "австрия": "Austria", "австрийский": "Austria", "швейцария": "Switzerland",
    "швейцарский": "Switzerland", "бельгия": "Belgium", "бельгийский": "Belgium",
    "япония": "Japan", "японский": "Japan", "индия": "India", "индийский": "India",
    "пакистан": "Pakistan", "пакистанский": "Pakistan", "афганистан": "Afghanistan",
    "афганский": "Afghanistan", "кндр": "North Korea", "северокорейский": "North Korea",
    "корея": "South Korea", "южнокорейский": "South Korea", "вьетнам": "Vietnam",
    "вьетнамский": "Vietnam", "монголия": "Mongolia", "монгольский": "Mongolia",
    "саудовский": "Saudi Arabia", "катар": "Qatar", "катарский": "Qatar",
    "оаэ": "United Arab Emirates", "бразилия": "Brazil", "бразильский": "Brazil",
    "венесуэла": "Venezuela", "венесуэльский": "Venezuela", "куба": "Cuba",
    "кубинский": "Cuba", "мексика": "Mexico", "мексиканский": "Mexico",
    "канада": "Canada", "канадский": "Canada", "австралия": "Australia",
    "австралийский": "Australia", "ливан": "Lebanon", "ливанский": "Lebanon",
    "иордания": "Jordan", "палестина": "Palestine", "палестинский": "Palestine",
    "кипр": "Cyprus", "кипрский": "Cyprus", "хорватия": "Croatia", "хорватский": "Croatia",
    "словения": "Slovenia", "словенский": "Slovenia", "черногория": "Montenegro",
    "черногорский": "Montenegro", "албания": "Albania", "албанский": "Albania",
    "македония": "North Macedonia", "македонский": "North Macedonia",
    "босния": "Bosnia and Herzegovina", "боснийский": "Bosnia and Herzegovina",
    "португалия": "Portugal", "португальский": "Portugal", "ирландия": "Ireland",
    "ирландский": "Ireland", "исландия": "Iceland", "исландский": "Iceland",
    "люксембург": "Luxembourg", "мальта": "Malta", "мальтийский": "Malta",
    "лаос": "Laos", "лаосский": "Laos", "камбоджа": "Cambodia", "камбоджийский": "Cambodia",
    "таиланд": "Thailand", "таиландский": "Thailand", "тайский": "Thailand",
    "индонезия": "Indonesia", "индонезийский": "Indonesia", "малайзия": "Malaysia",
    "малайзийский": "Malaysia", "сингапур": "Singapore", "сингапурский": "Singapore",
    "филиппины": "Philippines", "филиппинский": "Philippines", "мьянма": "Myanmar",
    "бангладеш": "Bangladesh", "непал": "Nepal", "непальский": "Nepal",
    "мальдивы": "Maldives", "мальдивский": "Maldives",
    "шри-ланка": "Sri Lanka", "ланкийский": "Sri Lanka", "кувейт": "Kuwait",
    "кувейтский": "Kuwait", "бахрейн": "Bahrain", "бахрейнский": "Bahrain", "оман": "Oman",
    "оманский": "Oman", "йемен": "Yemen", "йеменский": "Yemen", "ливия": "Libya",
    "ливийский": "Libya", "тунис": "Tunisia", "тунисский": "Tunisia", "алжир": "Algeria",
    "алжирский": "Algeria", "марокко": "Morocco", "марокканский": "Morocco",
    "судан": "Sudan", "суданский": "Sudan", "эфиопия": "Ethiopia", "эфиопский": "Ethiopia",
    "кения": "Kenya", "кенийский": "Kenya", "нигерия": "Nigeria", "нигерийский": "Nigeria",
    "юар": "South Africa", "южноафриканский": "South Africa", "ангола": "Angola",
    "мали": "Mali", "нигер": "Niger", "аргентина": "Argentina", "аргентинский": "Argentina",
    "чили": "Chile", "чилийский": "Chile", "колумбия": "Colombia", "колумбийский": "Colombia",
    "перуанский": "Peru", "боливия": "Bolivia", "боливийский": "Bolivia",
    "никарагуа": "Nicaragua", "эквадор": "Ecuador", "уругвай": "Uruguay",
    "парагвай": "Paraguay", "абхазия": "Abkhazia", "абхазский": "Abkhazia",
    "новозеландский": "New Zealand",
}  # fmt: skip
# English adjectives of the countries above, for institution names in English
ADJECTIVE = {
    "Russia": "Russian", "United States": "US", "China": "Chinese", "Ukraine": "Ukrainian",
    "Belarus": "Belarusian", "Armenia": "Armenian", "Azerbaijan": "Azerbaijani",
    "Kazakhstan": "Kazakh", "Kyrgyzstan": "Kyrgyz", "Uzbekistan": "Uzbek",
    "Tajikistan": "Tajik", "Turkmenistan": "Turkmen", "Georgia": "Georgian",
    "Moldova": "Moldovan", "Turkey": "Turkish", "Iran": "Iranian", "Israel": "Israeli",
    "Syria": "Syrian", "Iraq": "Iraqi", "Egypt": "Egyptian", "Germany": "German",
    "France": "French", "Italy": "Italian", "Spain": "Spanish", "United Kingdom": "British",
    "Poland": "Polish", "Lithuania": "Lithuanian", "Latvia": "Latvian", "Estonia": "Estonian",
    "Finland": "Finnish", "Sweden": "Swedish", "Norway": "Norwegian", "Denmark": "Danish",
    "Netherlands": "Dutch", "Hungary": "Hungarian", "Czechia": "Czech", "Slovakia": "Slovak",
    "Romania": "Romanian", "Bulgaria": "Bulgarian", "Serbia": "Serbian", "Greece": "Greek",
    "Austria": "Austrian", "Switzerland": "Swiss", "Belgium": "Belgian", "Japan": "Japanese",
    "India": "Indian", "Pakistan": "Pakistani", "Afghanistan": "Afghan",
    "North Korea": "North Korean", "South Korea": "South Korean", "Vietnam": "Vietnamese",
    "Mongolia": "Mongolian", "Saudi Arabia": "Saudi", "Qatar": "Qatari",
    "United Arab Emirates": "Emirati", "Brazil": "Brazilian", "Venezuela": "Venezuelan",
    "Cuba": "Cuban", "Mexico": "Mexican", "Canada": "Canadian", "Australia": "Australian",
    "Lebanon": "Lebanese", "Jordan": "Jordanian", "Palestine": "Palestinian",
}  # fmt: skip
# Capitals in datelines, for the country a bare title ("замминистра") speaks for
CAPITALS = {
    "москва": "Russia", "вашингтон": "United States", "пекин": "China", "киев": "Ukraine",
    "минск": "Belarus", "ереван": "Armenia", "баку": "Azerbaijan", "астана": "Kazakhstan",
    "бишкек": "Kyrgyzstan", "ташкент": "Uzbekistan", "душанбе": "Tajikistan",
    "тбилиси": "Georgia", "кишинев": "Moldova", "анкара": "Turkey", "тегеран": "Iran",
    "берлин": "Germany", "париж": "France", "рим": "Italy", "лондон": "United Kingdom",
    "варшава": "Poland", "токио": "Japan",
}  # fmt: skip
OUTLET_COUNTRY = {
    "тасс": "Russia", "риа новости": "Russia", "интерфакс": "Russia", "interfax.ru": "Russia",
    "белта": "Belarus", "sputnik": "Russia",
}  # fmt: skip
# Nouns the dictionary misreads, with the paradigm they have in the news: a word's forms
# by case (nomn gent datv accs ablt loct), singular then plural, under its tags. "шерпа",
# a leader's envoy to a summit, declines as "судья" does; the dictionary knows only the
# Himalayan people's "шерп", so "шерпа России" would read as "of a Sherpa".
CORRECTED_NOUNS = {
    "шерпа": ("NOUN,anim,masc", "шерпа шерпы шерпе шерпу шерпой шерпе",
              "шерпы шерп шерпам шерп шерпами шерпах"),
}  # fmt: skip
# Posts the dictionary does not hold, written as a prefix on a post it does: each declines
# as that post ("спецпосланника" as "посланника"), so its case is read, not guessed
# (not "зампостпреда": "зам" on a genitive, "первый зампостпреда", as "замминистра")
COMPOUND_POSTS = {
    "спецпосланник": "посланник", "спецпосредник": "посредник", "генконсул": "консул",
    "генсекретарь": "секретарь",
}  # fmt: skip
