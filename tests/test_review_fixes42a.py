"""Review rv42a of wave 1 (round 42): rules added that round fired where they should not.
Each test is a sentence written here in the manner of the outlet the rule came from; where
the round's rule took a statement away or gave a wrong one, the statement before that round
is expected back."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import assert_statements, ingested_statements

PUBLISHED = datetime.date(2024, 3, 12)  # a Tuesday
DAY = "2024-03-12"


# 2. "In X's view/opinion" only with its comma
def test_in_names_view_of_a_thing_is_no_statement() -> None:
    assert_statements(
        "In Trump's view of trade, tariffs are a tool and partners must pay their share.\n",
        PUBLISHED,
        [],
    )


def test_in_names_opinion_piece_keeps_the_speaker_after() -> None:
    assert_statements(
        "MOSCOW, March 12 (Reuters) - In Medvedev's opinion piece for RIA Novosti, published "
        "on Monday, the former president accused NATO of preparing for war.\n\n"
        "In Russia's opinion polls, trust in the army remains high, according to the Levada "
        "Center.\n",
        PUBLISHED,
        [
            ("the former president", "accused NATO of preparing for war", "2024-03-11"),
            ("Levada Center", "In Russia's opinion polls, trust in the army", DAY),
        ],
    )


# 3. "announced (that) ... sanctions would ...": a clause told, not a measure taken
def test_announced_sanctions_would_is_a_clause() -> None:
    assert_statements(
        "WASHINGTON, March 12 (Reuters) - President Joe Biden on Tuesday announced new "
        "sanctions would target companies supplying drones to Russia.\n\n"
        "The European Commission announced economic sanctions against Iran would be renewed "
        "for six months.\n\n"
        "The Treasury announced sanctions against five Russian banks on Tuesday.\n",
        PUBLISHED,
        [
            ("Joe Biden", "new sanctions would target companies", DAY),
            ("European Commission", "economic sanctions against Iran would be renewed", DAY),
        ],
    )


# 4. "resists pressure and demands that ...": the plural after "and" is a second verb
def test_a_second_verb_after_resists_and() -> None:
    assert_statements(
        "Slovak Prime Minister Robert Fico resists pressure and demands that Kyiv restore "
        "the gas transit.\n\n"
        "Kremlin spokesman Dmitry Peskov rejects accusations and notes that Russia has "
        "always met its obligations.\n",
        PUBLISHED,
        [
            ("Robert Fico", "demands that Kyiv restore the gas transit", DAY),
            ("Dmitry Peskov", "Russia has always met its obligations", DAY),
        ],
    )


# 5. "X said meeting the targets proved impossible": a gerund opening the words
def test_a_gerund_subject_with_a_lexical_verb() -> None:
    assert_statements(
        "Steel output fell sharply this year, Industry Minister Anton Alikhanov said meeting "
        "the production plan proved impossible for many plants.\n",
        PUBLISHED,
        [("Anton Alikhanov", "meeting the production plan proved impossible", DAY)],
    )


def test_an_occasion_with_a_relative_clause_after() -> None:
    # near miss: the verb in the relative clause after the occasion is not the gerund's
    assert_statements(
        "The new plant has been a success, Putin said visiting a factory in Kaluga that made "
        "car parts.\n",
        PUBLISHED,
        [("Putin", "The new plant has been a success", DAY)],
    )


# 6. "according to our/my ...": only the writer's own source when no one is named
def test_according_to_our_named_minister() -> None:
    assert_statements(
        "ANKARA, March 12 (AA) - According to our Defense Minister Yasar Guler, Ankara will "
        "keep the straits closed to warships.\n\n"
        "According to our information, the meeting has been moved to Thursday.\n",
        PUBLISHED,
        [("Yasar Guler", "Ankara will keep the straits closed", DAY)],
    )


# 7. Russian "высказался осторожно о ...": the manner, no judgement said
def test_manner_adverb_with_vyskazalsya_is_no_statement(tmp_path: Path) -> None:
    text = (
        "Глава МИД Эстонии прокомментировал итоги встречи\n\n"
        "Министр иностранных дел Эстонии Маргус Цахкна высказался осторожно о перспективах "
        "переговоров. Президент Латвии Эдгарс Ринкевичс высказался сдержанно по поводу итогов "
        "саммита. Премьер Литвы Ингрида Шимоните высказалась неоднозначно в отношении плана. "
        "Президент Финляндии Александр Стубб высказался резко о сроках переговоров.\n"
    )
    assert ingested_statements(tmp_path, text, PUBLISHED) == []


def test_a_judgement_with_vyskazalsya_still_a_statement(tmp_path: Path) -> None:
    # near miss: "скептически", and "резко против", say a judgement
    text = (
        "Глава МИД Эстонии прокомментировал итоги встречи\n\n"
        "Министр иностранных дел Эстонии Маргус Цахкна высказался скептически о перспективах "
        "переговоров. Президент Латвии Эдгарс Ринкевичс высказался резко против любых уступок "
        "Москве.\n"
    )
    said = [s["speaker"] for s in ingested_statements(tmp_path, text, PUBLISHED)]
    assert said == ["Маргус Цахкна", "Эдгарс Ринкевичс"], said


# 8. "Об этом сказал X": only the unnamed voice of X's own body is X's
def test_another_bodys_sentence_before_keeps_its_body(tmp_path: Path) -> None:
    text = (
        "Вашингтон и Москва обменялись заявлениями\n\n"
        "В Белом доме заявили, что США не намерены снимать ограничения. В МИД России назвали "
        "это решение недружественным. Также в российском ведомстве отметили, что Москва "
        "ответит симметрично.\n\n"
        "Об этом сказала официальный представитель МИД России Мария Захарова.\n"
    )
    said = [(s["speaker"], s["text"][:20]) for s in ingested_statements(tmp_path, text, PUBLISHED)]
    assert said[0][0] != "Мария Захарова", said
    assert [who for who, _ in said[1:]] == ["Мария Захарова", "Мария Захарова"], said


def test_another_bodys_sentence_before_the_kremlins(tmp_path: Path) -> None:
    text = (
        "Киев и Москва обменялись заявлениями\n\n"
        "В Минобороны Украины заявили, что армия не отступит. В Кремле ответили, что Москва "
        "готова к долгому конфликту.\n\n"
        "Об этом сказал журналистам пресс-секретарь президента России Дмитрий Песков.\n"
    )
    said = [s["speaker"] for s in ingested_statements(tmp_path, text, PUBLISHED)]
    assert said[0] != "Дмитрий Песков", said
