"""Speakers on unseen real text (issue 8, twentieth round): who "he", "the president" or a
name set off by an aside is when a story names several people. Each test in new words
written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _said(text: str) -> list[tuple[str | None, str]]:
    found = extract(text, published=FRIDAY)
    return [(s.speaker, s.text) for s in found]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Egyptian President Abdel-Fattah el-Sissi, co-hosting the summit with U.S. "
            "President Joe Biden, said on Thursday that Egypt would host a donors' conference.",
            "Abdel-Fattah el-Sissi",
        ),
        (
            "Turkish Foreign Minister Mevlut Cavusoglu, co-chairing the meeting with Russian "
            "Foreign Minister Sergei Lavrov, said the corridor would stay open.",
            "Mevlut Cavusoglu",
        ),
        (
            "Indian Prime Minister Narendra Modi, re-elected last year, said on Thursday India "
            "stood ready to mediate.",
            "Narendra Modi",
        ),
        (
            "German Chancellor Olaf Scholz, standing next to French President Emmanuel Macron, "
            "said Europe must act together.",
            "Olaf Scholz",
        ),
    ],
)
def test_a_prefixed_participle_sets_off_an_aside(sentence: str, speaker: str) -> None:
    """ "X, co-hosting the summit with Y, said": a participle with a prefix ("co-", "re-")
    opens an aside as "standing next to" does; the one it names is not who speaks."""
    assert [s for s, _ in _said(f"Summit ends\n\n{sentence}\n")] == [speaker]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On June 15, President of the Republic of Azerbaijan Ilham Aliyev received a phone "
            "call from President of the Russian Federation Vladimir Putin.\n\nPresident Ilham "
            "Aliyev stressed that the Azerbaijani side expects a transparent investigation.\n\n"
            "The Russian President informed that a criminal case had been opened.",
            ["Ilham Aliyev", "Vladimir Putin"],
        ),
        (
            "On June 15, Prime Minister of India Narendra Modi had a telephone conversation "
            "with President of the United States Joe Biden.\n\nPrime Minister Modi underlined "
            "the importance of reliable supply chains.\n\nThe US President said that "
            "Washington valued the partnership.",
            ["Narendra Modi", "Joe Biden"],
        ),
    ],
)
def test_a_post_of_a_named_state_gives_its_holder_that_state(text: str, want: list[str]) -> None:
    """ "President of the Russian Federation X" is of Russia as "Russian President X" is:
    "the Russian President" is then he, not the other president who spoke last."""
    assert [s for s, _ in _said(f"Leaders talk\n\n{text}\n")] == want


def test_a_russian_post_two_bare_leaders_fit_is_no_one_of_them() -> None:
    """ "президент России заявил" after a story that named two leaders with no post or
    state: nothing tells which is meant, so neither (nor "он" after it) is given the words;
    "президент Турции ... - сказал Эрдоган" is told by the name its paragraph gives."""
    lead = (
        "Ушаков рассказал о подготовке встречи\n\nМОСКВА, 16 июня. /ТАСС/. Помощник "
        "президента РФ Юрий Ушаков в пятницу сообщил журналистам, что подготовка встречи "
        "идет по плану. Он не уточнил, когда Владимир Путин сможет встретиться с Реджепом "
        "Тайипом Эрдоганом.\n\n"
    )
    russian = (
        "Накануне президент России заявил, что готов к переговорам. Он также отметил, что "
        "Москва открыта для любых форматов.\n"
    )
    turkish = (
        'Накануне президент Турции заявил, что готов принять переговоры в Стамбуле. "Мы '
        'открыты для любых форматов", - сказал Эрдоган.\n'
    )
    assert [s for s, _ in _said(lead + russian)] == ["Юрий Ушаков"]
    assert [s for s, _ in _said(lead + turkish)] == ["Юрий Ушаков"] + ["Реджеп Тайип Эрдоган"] * 2


@pytest.mark.parametrize(
    "place",
    ["на военной базе Элмендорф-Ричардсон", "на авиабазе Хмеймим", "на космодроме Восточный"],
)
def test_a_russian_name_after_a_base_is_the_place(place: str) -> None:
    """ "на военной базе Элмендорф-Ричардсон": a capitalised word after a base, a camp or a
    cosmodrome names the place, as after "площадь"; no one whom "российский президент" means."""
    text = (
        f"Саммит завершился\n\nМОСКВА, 16 июня. /ТАСС/. Переговоры Владимира Путина {place} "
        "продолжались три часа.\n\nРоссийский президент назвал переговоры конструктивными.\n"
    )
    assert [s for s, _ in _said(text)] == ["Владимир Путин"]


def test_a_russian_lone_surname_in_a_is_the_genitive_of_the_man_named() -> None:
    """ "переговоры Путина и Трампа" in a headline: "Путина" is the genitive of Владимир
    Путин named in full below, not a woman of that name; "Захарова" of a woman stays hers."""
    text = (
        "Итоги переговоров Путина и Трампа\n\nМОСКВА, 16 июня. /ТАСС/. Переговоры Владимира "
        "Путина и Дональда Трампа продолжались три часа.\n\nРоссийский президент назвал "
        "переговоры конструктивными.\n"
    )
    assert [s for s, _ in _said(text)] == ["Владимир Путин"]
    text = (
        "Захарова ответила Госдепу\n\nМОСКВА, 16 июня. /ТАСС/. Официальный представитель МИД "
        'России Мария Захарова ответила на заявление Госдепартамента.\n\n"Это очередная '
        'попытка давления", - сказала Захарова.\n'
    )
    assert [s for s, _ in _said(text)] == ["Мария Захарова"]


@pytest.mark.parametrize(
    ("sentence", "follow"),
    [
        (
            "Foreign Ministry spokesman Nasser Kanaani said on Thursday that Iran had not "
            "received any letter, after US President Joe Biden claimed he had written to Iran's "
            "leaders.",
            '"We will examine anything that reaches us," he said.',
        ),
        (
            "Chinese Foreign Ministry spokesman Wang Wenbin on Thursday rejected the criticism "
            "as groundless, hours after U.S. Secretary of State Antony Blinken said China was "
            "destabilising the region.",
            '"The United States should look at its own record," he told a regular briefing.',
        ),
        (
            "Prime Minister Fumio Kishida said Thursday Japan would stay calm, a day after South "
            "Korean President Yoon Suk Yeol said Tokyo must apologise.",
            "He said Japan had already expressed remorse many times.",
        ),
    ],
)
def test_he_goes_on_with_the_sentence_not_its_trailing_clause(sentence: str, follow: str) -> None:
    """ "X said ..., after Y claimed ...": Y speaks in a clause of time or cause put after
    the sentence's own; "he" next is X, whom the sentence is about."""
    said = _said(f"Reaction\n\n{sentence}\n\n{follow}\n")
    assert said[-1][0] == said[0][0] and said[0][0] != said[1][0]


def test_he_after_two_speakers_set_side_by_side_is_the_second() -> None:
    """ "X said ..., while Y said ...": the two side by side, "he added" goes on with Y."""
    said = _said(
        "Ministers split\n\nFrench Finance Minister Bruno Le Maire said the bloc must respond "
        "firmly, while German Economy Minister Robert Habeck said talks should come first.\n\n"
        '"We have to keep the door open," he added.\n'
    )
    assert [s for s, _ in said] == ["Bruno Le Maire", "Robert Habeck", "Robert Habeck"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "U.S. envoy Sung Kim said on Thursday the talks had stalled.\n\nSeoul's account "
            "differs from what President Moon Jae-in told lawmakers on Tuesday. The two sides "
            "were close to a deal, he said.",
            ["Sung Kim", "Moon Jae-in"],
        ),
        (
            "U.S. envoy Sung Kim said on Thursday the talks had stalled, a view not shared in "
            "the office of South Korean President Moon Jae-in.\n\nThat is at odds with what "
            "Moon told lawmakers. Seoul was ready to resume talks, he said.",
            ["Sung Kim", "Moon Jae-in"],
        ),
        (
            "Russian Foreign Minister Sergei Lavrov on Thursday dismissed what U.S. Secretary of "
            'State Antony Blinken told reporters in Oslo.\n\n"This is nonsense," he said.',
            ["Sergei Lavrov", "Sergei Lavrov"],
        ),
    ],
)
def test_he_after_a_sentence_about_someones_words_is_their_author(
    text: str, want: list[str]
) -> None:
    """ "The account is at odds with what X told reporters": a sentence about X's words, no
    person its subject; "he" next is X. A person who is the subject ("Lavrov dismissed what
    Blinken told ...") stays the one "he" goes on with."""
    assert [s for s, _ in _said(f"Talks stall\n\n{text}\n")][-len(want) :] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Foreign Ministry spokesman Nasser Kanaani said on Thursday that Iran had not "
            "received any letter, after US President Joe Biden claimed he had written to Leader "
            "of the Islamic Revolution Ayatollah Ali Khamenei.\n\nThe Leader said on Friday "
            "that some governments use negotiations as a tool of pressure.",
            "Ali Khamenei",
        ),
        (
            "U.S. President Joe Biden said on Thursday he was open to talks, days after North "
            "Korean leader Kim Jong Un oversaw a missile test.\n\nThe leader said on Friday "
            "that his country would never give up its deterrent.",
            "Kim Jong Un",
        ),
        (
            "U.S. Ambassador Linda Thomas-Greenfield told the Security Council on Thursday that "
            "Washington backed the efforts of UN Special Envoy Hans Grundberg.\n\nThe envoy said "
            "the parties had agreed to extend the truce.",
            "Hans Grundberg",
        ),
        (
            "Kremlin Press Secretary Dmitry Peskov on Thursday dismissed remarks by Pentagon "
            'spokesman John Kirby as "absurd".\n\nThe spokesman said Moscow would not comment '
            "further.",
            "Dmitry Peskov",
        ),
    ],
)
def test_the_leader_is_the_one_whose_own_title_it_is(text: str, want: str) -> None:
    """ "The Leader said" after "President Y" and "Leader of the Islamic Revolution X": the
    one whose own title is the word (even if named only inside what another said), before
    one whose post the word may stand for; "the spokesman" is still the press secretary."""
    assert _said(f"Iran answers\n\n{text}\n")[-1][0] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "VIENNA (Reuters) - Austria signed a gas deal on Thursday, days after Recep Tayyip "
            "Erdogan visited the city.\n\nThe Turkish president said the pipeline would be "
            "finished in 2026.",
            ["Recep Tayyip Erdogan"],
        ),
        (
            "ISLAMABAD (Dawn) - Foreign Office spokesperson Mumtaz Zahra Baloch said on Thursday "
            "that Pakistan had not received any request.\n\nThe Indian external affairs ministry "
            "spokesperson said New Delhi had raised the matter.",
            ["Mumtaz Zahra Baloch", "The Indian external affairs ministry spokesperson"],
        ),
    ],
)
def test_one_named_with_no_post_is_of_no_state_the_dateline_gives(
    text: str, want: list[str]
) -> None:
    """ "VIENNA - ... after Recep Tayyip Erdogan visited": one named with no post is not
    presumed to be of the dateline's state, so "the Turkish president" may be he; one named
    with a post and no state still is ("Foreign Office spokesperson X" in Islamabad)."""
    assert [s for s, _ in _said(f"Deal signed\n\n{text}\n")] == want


def test_names_set_off_in_the_object_of_a_pronoun_subject_are_not_subjects() -> None:
    """ "He thanks the mediators, H.E. X, H.E. Y, and H.E. Dr. Z, for ...": names set off in
    the object of a sentence whose subject came first, followed by no verb of their own;
    "He further calls on ..." goes on with the one the readout is about."""
    said = _said(
        "AU chief welcomes deal\n\nThe Chairperson of the African Union Commission, Moussa "
        "Faki Mahamat, said the agreement signed today was historic.\n\nHe thanks the "
        "mediators, H.E. Olusegun Obasanjo, H.E. Uhuru Kenyatta, and H.E. Dr. Jane Doe, for "
        "their tireless efforts. He further calls on the parties to honour their commitments.\n"
    )
    assert [s for s, _ in said] == ["Moussa Faki Mahamat", "Moussa Faki Mahamat"]


def test_a_name_after_and_with_its_own_verb_is_a_subject() -> None:
    """ "..., and Deputy Foreign Minister X told reporters ...": a clause of its own."""
    said = _said(
        "Talks in Geneva\n\nThe two delegations met for five hours on Thursday, and Russian "
        "Deputy Foreign Minister Sergei Ryabkov told reporters the talks were difficult.\n\n"
        "He said Moscow would wait for a written reply.\n"
    )
    assert [s for s, _ in said] == ["Sergei Ryabkov", "Sergei Ryabkov"]


@pytest.mark.parametrize(
    ("label", "described", "name"),
    [
        (
            "President of the French Republic Emmanuel Macron",
            "President of France",
            "Emmanuel Macron",
        ),
        (
            "President of the Italian Republic Sergio Mattarella",
            "Italian President",
            "Sergio Mattarella",
        ),
        (
            "Prime Minister of the Hellenic Republic Kyriakos Mitsotakis",
            "Greek Prime Minister",
            "Kyriakos Mitsotakis",
        ),
    ],
)
def test_a_state_by_its_long_name_in_a_readout_is_no_part_of_the_name(
    label: str, described: str, name: str
) -> None:
    """ "President of the French Republic Emmanuel Macron": the state by its long name, as
    readouts write it; "Republic" begins no one's name, and "the President of France" later
    is he."""
    text = (
        f"Phone call\n\nOn June 15, President of the Republic of Azerbaijan Ilham Aliyev "
        f"received a phone call from {label}.\n\nThe {described} noted that Paris supported "
        "the peace process.\n\nPresident Ilham Aliyev stressed that Azerbaijan was committed "
        "to the peace agenda.\n"
    )
    assert [s for s, _ in _said(text)] == [name, "Ilham Aliyev"]


def test_a_womans_given_name_tells_he_from_her() -> None:
    """ "Foreign Minister Penny Wong held talks with Wang Yi. Wong said ... He said": a given
    name no man bears makes her a woman, so "he" is the other one her sentence names."""
    said = _said(
        "Wong meets Wang\n\nCANBERRA (AAP) - Foreign Minister Penny Wong held talks with Chinese "
        "Foreign Minister Wang Yi on Thursday.\n\nWong said the meeting was constructive. He "
        "said China was ready to restore full trade.\n"
    )
    assert [s for s, _ in said] == ["Penny Wong", "Wang Yi"]


def test_she_after_two_women_is_the_one_who_spoke_last() -> None:
    """Two women named by given names, a question and an answer: "she" goes on with the one
    who answered."""
    said = _said(
        "Senate estimates\n\nSenator Penny Wong asked the department's secretary, Frances "
        "Miller, about the trade dispute.\n\nMiller says patience helps. More broadly, she says, "
        "Canberra will keep talking to Beijing.\n"
    )
    assert [s for s, _ in said][-2:] == ["Frances Miller", "Frances Miller"]


def test_a_mans_given_name_keeps_she_from_him() -> None:
    """ "Maia Sandu met Charles Michel. Michel said ... She said": "Charles" is a man's name,
    so "she" is not the one who spoke last but the woman the story opened on."""
    said = _said(
        "Sandu in Brussels\n\nBRUSSELS (Reuters) - Moldovan President Maia Sandu met European "
        "Council President Charles Michel on Thursday.\n\nMichel said the EU would stand by "
        "Moldova. She said Chisinau would complete its reforms this year.\n"
    )
    assert [s for s, _ in said] == ["Charles Michel", "Maia Sandu"]


@pytest.mark.parametrize("credit", ["(dpa)", "(dpa-AFX)", "(Reuters)"])
def test_a_wire_credit_in_lower_case_opens_no_clause(credit: str) -> None:
    """ "BEIJING (dpa) - German Foreign Minister X met ...": the dateline and its credit,
    in lower case too, stand before the sentence's subject, whom "she" next means."""
    said = _said(
        f"Baerbock in Beijing\n\nBEIJING {credit} - German Foreign Minister Annalena Baerbock "
        "met her Chinese counterpart Qin Gang in Beijing on Thursday.\n\nHe said China would "
        "never supply weapons to either side. She said Europe expected Beijing to use its "
        "influence on Moscow.\n"
    )
    assert [s for s, _ in said] == ["Qin Gang", "Annalena Baerbock"]


def test_a_russian_post_two_bare_leaders_fit_is_told_once_the_other_is_tied_elsewhere() -> None:
    """ "президент России заявил ..." with two leaders named bare, then "Президент Турции
    ... - сказал Эрдоган": the story ties one of them to Turkey, so the Russian post is the
    other's, read again once the whole story is read ("он" after it too)."""
    text = (
        "Итоги встречи\n\nМОСКВА, 16 июня. /ТАСС/. Помощник президента РФ Юрий Ушаков в "
        "пятницу сообщил журналистам, что встреча прошла по плану. Он не уточнил, когда "
        "Владимир Путин вновь встретится с Реджепом Тайипом Эрдоганом.\n\nНакануне президент "
        "России заявил, что переговоры были полезными. Он также отметил, что Москва открыта "
        "для любых форматов.\n\nПрезидент Турции, в свою очередь, признал, что рассчитывал на "
        'большее. "Мы сделали лишь первый шаг", - сказал Эрдоган.\n'
    )
    assert [s for s, _ in _said(text)] == ["Юрий Ушаков"] + ["Владимир Путин"] * 2 + [
        "Реджеп Тайип Эрдоган"
    ] * 2
