"""Who said it in real copy (issue 8, round eighteen): descriptions the article resolves to
exactly one person, and phrases that are no speaker's name. Each test in new words written
here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

TUESDAY = datetime.date(2024, 3, 12)


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in extract(text, published=TUESDAY)]


@pytest.mark.parametrize(
    "described",
    [
        "the head of government",
        "the head of the government",
        "the Slovak head of government",
        "Slovakia's head of government",
        "the government chief",
    ],
)
def test_the_head_of_government_is_the_prime_minister_named(described: str) -> None:
    # "the head of government": the cabinet's head, whom the story named as prime minister
    # (or premier), not the president named with him nor a body called "government"
    text = (
        "BRATISLAVA, March 12 - President Anna Vrbova said on Tuesday that the border "
        "checks would stay in place.\n\n"
        "Prime Minister Pavol Hruby met party leaders in the afternoon. Later, "
        f"{described} said the cabinet would review the measures within a week."
    )
    assert _speakers(text)[-1] == "Pavol Hruby"


def test_the_head_of_government_is_a_chancellor_where_the_post_has_that_name() -> None:
    text = (
        "VIENNA, March 12 - Chancellor Markus Leitner spoke to reporters after a cabinet "
        "meeting on Tuesday. The head of government said Austria would not block the deal."
    )
    assert _speakers(text)[-1] == "Markus Leitner"


def test_the_head_of_state_stays_the_president() -> None:
    # near miss: the head of state is not the head of government
    text = (
        "Prime Minister Pavol Hruby met party leaders on Tuesday. President Anna Vrbova "
        "received the ambassadors. The head of state said the border checks would stay."
    )
    assert _speakers(text)[-1] == "Anna Vrbova"


@pytest.mark.parametrize(
    ("pair", "first", "second"),
    [
        (
            "his Russian and Ukrainian counterparts, Ivan Sorokin and Taras Melnyk,",
            "Sorokin",
            "Melnyk",
        ),
        ("his Russian and Ukrainian colleagues Ivan Sorokin and Taras Melnyk", "Sorokin", "Melnyk"),
        (
            "her Ukrainian and Russian counterparts, Taras Melnyk and Ivan Sorokin,",
            "Melnyk",
            "Sorokin",
        ),
    ],
)
@pytest.mark.parametrize(
    ("described", "meant"), [("Russian", "Ivan Sorokin"), ("Ukrainian", "Taras Melnyk")]
)
def test_a_pair_of_counterparts_takes_the_states_in_the_order_of_the_names(
    pair: str, first: str, second: str, described: str, meant: str
) -> None:
    # "his Russian and Ukrainian counterparts, X and Y": X is the Russian, Y the Ukrainian;
    # "the Russian minister" later is X, whoever of the two spoke last
    speaking = first if meant.endswith(second) else second
    text = (
        "ANKARA, March 12 - Foreign Minister Selim Aydin said on Tuesday that "
        f"{pair} had agreed to meet again.\n\n"
        f"{meant.split()[-1]} told reporters that no progress had been made on a truce. "
        f"{speaking}, for his part, said the talks had been useful. "
        f"The {described} minister also said a summit was possible."
    )
    assert _speakers(text)[-1] == meant


def test_a_single_counterpart_keeps_his_state() -> None:
    # near miss: one counterpart, one state
    text = (
        "Foreign Minister Selim Aydin met his Greek counterpart Nikos Petrou on Tuesday. "
        "Petrou said the talks were useful. Aydin said the sea dispute remained. "
        "The Greek minister said he would return in May."
    )
    assert _speakers(text)[-1] == "Nikos Petrou"


_BEFORE = (
    "GENEVA, March 12 - Defence Minister Roman Hrytsenko, who led the delegation, said on "
    "Tuesday that a prisoner exchange had been agreed.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "meant"),
    [
        ("The meeting opened with a speech by Swiss Foreign Minister Karin Vogt.", "Karin Vogt"),
        ("The session was chaired by the host, Foreign Minister Karin Vogt.", "Karin Vogt"),
        ("Talks began with an address by Secretary-General Omar Diallo.", "Omar Diallo"),
        ("The first round was hosted by mediator Omar Diallo in a lakeside hotel.", "Omar Diallo"),
    ],
)
def test_he_after_a_sentence_about_an_act_goes_to_its_doer(sentence: str, meant: str) -> None:
    # "The meeting opened with a speech by X. He urged ...": the sentence before is about
    # an act whose doer it names; "he" is that person, not the subject further back
    pronoun = "She" if meant == "Karin Vogt" else "He"
    text = f"{_BEFORE}{sentence} {pronoun} urged both delegations to use the opportunity."
    assert _speakers(text)[-1] == meant


@pytest.mark.parametrize(
    "sentence",
    [
        "He later met Foreign Minister Karl Vogt in a lakeside hotel.",
        "His ministry said the talks were opened by Foreign Minister Karl Vogt.",
    ],
)
def test_he_keeps_to_the_subject_when_the_sentence_before_has_one(sentence: str) -> None:
    # near misses: a subject "he"; reported words, with their speaker
    text = f"{_BEFORE}{sentence} He said the exchange would take place within a week."
    assert _speakers(text)[-1] == "Roman Hrytsenko"


_RU_BEFORE = (
    "Москва, 12 марта 2024\n\nПереговоры в Женеве\n\n"
    "Министр обороны Украины Роман Гриценко, возглавлявший делегацию, заявил, что стороны "
    "договорились об обмене пленными.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Заседание открылось выступлением министра иностранных дел Египта Ахмеда Саида.",
        "Конференция началась с обращения генерального секретаря ООН Ахмеда Саида.",
        "Встреча завершилась речью председателя комиссии Ахмеда Саида.",
    ],
)
def test_russian_he_after_a_speech_goes_to_the_one_who_gave_it(sentence: str) -> None:
    text = f"{_RU_BEFORE}{sentence} Он призвал делегации использовать открывшуюся возможность."
    assert _speakers(text)[-1] == "Ахмед Саид"


def test_russian_he_keeps_to_the_subject_named_after_a_speech() -> None:
    # near miss: the sentence has its own subject, who spoke after the speech
    text = (
        f"{_RU_BEFORE}Гриценко выступил после доклада генерального секретаря ООН Ахмеда "
        "Саида. Он заявил, что обмен пройдет в течение недели."
    )
    assert _speakers(text)[-1] == "Роман Гриценко"


_RU_LEAD = (
    "Москва, 12 марта 2024\n\nСоглашение приостановлено\n\n"
    "Министр иностранных дел России Сергей Лавров заявил, что переговоры продолжатся.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Позднее МИД РФ в своем заявлении уточнил, что решение обратимо.", "МИД РФ"),
        ("Позднее Минобороны России сообщило, что учения завершены.", "Минобороны России"),
        ("Позднее Кремль заявил, что решение обратимо.", "Кремль"),
        ("Позднее пресс-служба МИД уточнила, что решение обратимо.", "пресс-служба МИД"),
    ],
)
def test_russian_later_before_a_body_is_no_part_of_its_name(sentence: str, body: str) -> None:
    # "Позднее" (later) reads as a neuter adjective too, but agrees with no "МИД" or
    # "Кремль", and a comparative stands before a noun only as an adverb
    assert _speakers(f"{_RU_LEAD}{sentence}")[-1].lower().endswith(body.lower().split()[-1])
    assert not _speakers(f"{_RU_LEAD}{sentence}")[-1].startswith("Позднее")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Российское посольство сообщило, что учения завершены.", "Российское посольство"),
        (
            "Британская министр иностранных дел Иветт Купер заявила, что решение обратимо.",
            "Иветт Купер",
        ),
    ],
)
def test_russian_agreeing_adjectives_stay_with_their_noun(sentence: str, speaker: str) -> None:
    # near misses: an adjective of the body's own gender; a woman's adjective before a post
    assert _speakers(f"{_RU_LEAD}{sentence}")[-1] == speaker


@pytest.mark.parametrize(
    ("lead", "described", "meant"),
    [
        (
            "Head of the Russian delegation Pavel Orlov",
            "the Russian presidential envoy",
            "Pavel Orlov",
        ),
        ("head of the Iranian delegation Reza Karimi", "the Iranian diplomat", "Reza Karimi"),
        ("Head of the Turkish team Emre Kaya", "the Turkish envoy", "Emre Kaya"),
    ],
)
def test_the_head_of_a_states_delegation_is_of_that_state(
    lead: str, described: str, meant: str
) -> None:
    # "Head of the Russian delegation X", in a story datelined in the host's capital: X is
    # Russian (the delegation's state), so "the Russian envoy" after his words is X
    text = (
        "ASTANA, March 12 - Foreign Minister Aibek Nurlanov opened the talks on Tuesday and "
        "said Kazakhstan was ready to host another round.\n\n"
        f"{lead[0].upper()}{lead[1:]} told reporters the meeting had met its goal. "
        f'"The ceasefire has held," {described} said.'
    )
    assert _speakers(text)[-1] == meant


_NEGOTIATOR = (
    "BOGOTA, March 12 - President Elena Marsh said on Tuesday that the talks would resume.\n\n"
)


@pytest.mark.parametrize(
    "described",
    ["the former vice president", "the former foreign minister", "the ex-interior minister"],
)
def test_a_past_post_no_one_held_is_the_one_just_followed(described: str) -> None:
    # "Chief negotiator X offered his resignation. '...,' the former vice president said":
    # the post is background on X, whom the sentence before was about
    text = (
        f"{_NEGOTIATOR}On Monday, chief negotiator Tomas Rey offered the president his "
        f'resignation. "I take full responsibility," {described} told reporters.'
    )
    assert _speakers(text)[-1] == "Tomas Rey"


def test_a_past_post_someone_was_named_with_stays_theirs() -> None:
    # near miss: the story named a former vice president
    text = (
        f"{_NEGOTIATOR}Former Vice President Ana Cruz criticised the deal on Sunday. On "
        "Monday, chief negotiator Tomas Rey offered the president his resignation. "
        '"This is a sad day," the former vice president told reporters.'
    )
    assert _speakers(text)[-1] == "Ana Cruz"


@pytest.mark.parametrize(
    "body",
    [
        "The Committee to Protect Journalists",
        "The National Union of Journalists",
        "The Association for the Families of the Disappeared",
        "The Council for the Families of Civilians Detained in Labour Camps by the Old Regime",
    ],
)
def test_a_body_named_by_its_purpose_speaks_and_is_the_group(body: str) -> None:
    # a civic body's long name in capitals ("X for the Y of Z"): one body, which speaks,
    # and "the group" after it; not "journalists" nor a name cut short
    text = (
        "GENEVA, March 12 - Foreign Minister Aibek Nurlanov said on Tuesday that the law "
        "would stand.\n\n"
        f"{body} said in a statement that the law fell short. The group vowed to appeal."
    )
    assert _speakers(text)[-2:] == [body.removeprefix("The ")] * 2


def test_a_post_after_a_bodys_name_is_a_persons() -> None:
    # near miss: "Council for Peace Chairman X": the chairman speaks
    text = "Council for Peace Chairman John Ambrose said on Tuesday that the law would stand."
    assert _speakers(text) == ["John Ambrose"]


_HISTORY = "OSLO, March 12 - Prime Minister Ingrid Lund said on Tuesday that the apology stood.\n\n"


@pytest.mark.parametrize(
    ("sentence", "maker"),
    [
        (
            "The so-called Harmon declaration, issued on March 3, 1998, by then Foreign "
            "Minister Lena Harmon, acknowledged the abuses in the camps.",
            "Lena Harmon",
        ),
        (
            "The landmark Aune statement, made in 1995 by then Prime Minister Kjell Aune, "
            "acknowledged that the state had failed the victims.",
            "Kjell Aune",
        ),
        (
            "The communique, released after the talks by the Norwegian Foreign Ministry, said "
            "the border would reopen.",
            "Norwegian Foreign Ministry",
        ),
    ],
)
def test_a_document_set_off_with_its_maker_is_the_makers(sentence: str, maker: str) -> None:
    # "The so-called X statement, issued in 1993 by then Minister X, acknowledged ...": the
    # one who made the document speaks, not a body called "so-called X statement"
    assert _speakers(f"{_HISTORY}{sentence}")[-1] == maker


def test_a_document_with_no_maker_set_off_stays_its_issuers() -> None:
    # near miss: no maker after the document; the one who spoke last issued it
    text = (
        f"{_HISTORY}The Foreign Ministry said on Monday that talks would resume. The "
        "statement, issued late in the evening, added that the border would reopen."
    )
    assert _speakers(text)[-1] == "Foreign Ministry"


@pytest.mark.parametrize(
    "aside",
    ["the host of the meeting", "the summit host", "host of the talks", "this year's forum host"],
)
def test_the_host_of_a_gathering_is_no_broadcaster(aside: str) -> None:
    # "President X, the host of the meeting, noted ...": the side that hosts a gathering
    # speaks; only a broadcast's host is press
    text = (
        "LIMA, March 12 - Leaders met on Tuesday.\n\n"
        f"Peruvian President Rosa Quispe, {aside}, noted on Tuesday that the deal was a "
        "cause for joy across the region."
    )
    assert _speakers(text) == ["Rosa Quispe"]


def test_the_host_of_a_programme_stays_press() -> None:
    # near miss: a broadcast's host asks and relays, and is no one the tracker records
    text = (
        "LIMA, March 12 - Leaders met on Tuesday.\n\n"
        "Ana Ruiz, the host of the evening news programme, noted on Tuesday that the deal "
        "was a cause for joy across the region."
    )
    assert _speakers(text) == []


@pytest.mark.parametrize(
    "group",
    ["Estonian businesses", "German exporters", "local companies", "Polish farmers"],
)
def test_a_countrys_trade_unnamed_is_no_speaker(group: str) -> None:
    # "according to Lithuanian businesses": firms of a kind, none named, whom no one can
    # be recorded for (as "investors" and "traders" are not)
    text = (
        "TALLINN, March 12 - Beijing has cut trade ties and, according to "
        f"{group}, blocked imports of their goods. Foreign Minister Kadri Mets said on "
        "Tuesday that Estonia would not back down."
    )
    assert _speakers(text) == ["Kadri Mets"]
