"""A body's own statement page: the paragraphs under a ministry's name and its "Statements"
section are the ministry's words, and a paragraph opening with its state is the state
speaking through it. Texts written here, in the manner of ministries' sites."""

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2024, 3, 12)

PAGE = (
    "Ministry of Foreign Affairs - Republic of Ghana\n\n"
    "Home > Media > Press Statements\n\n"
    "Ghana welcomes the resumption of talks on the Ivorian border\n\n"
    "12 March 2024\n\n"
    "The Government of Ghana has taken note of the resumption of the joint commission on "
    "the delimitation of the land border with Cote d'Ivoire.\n\n"
    "Ghana remains committed to settling all outstanding matters through dialogue and in "
    "keeping with the ruling of the International Tribunal for the Law of the Sea.\n\n"
    'The Minister, Shirley Ayorkor Botchwey, said: "Good neighbourliness is the foundation '
    'of our foreign policy, and we will keep the channels open."\n\n'
    "Enquiries: Public Affairs Directorate\n"
    "Tel: +233 30 266 4951\n"
)


def test_paragraphs_without_a_verb_of_saying_are_the_ministry_s() -> None:
    found = extract(PAGE, published=TUESDAY)
    speakers = [(s.speaker, s.text[:20]) for s in found]
    assert ("Ministry of Foreign Affairs", "The Government of Gh") in speakers
    assert ("Ministry of Foreign Affairs", "Ghana remains commit") in speakers
    assert all(s.said_on == "2024-03-12" for s in found)


def test_the_minister_quoted_on_the_page_keeps_her_words() -> None:
    found = extract(PAGE, published=TUESDAY)
    quoted = [s for s in found if s.text.startswith("Good neighbourliness")]
    assert [s.speaker for s in quoted] == ["Shirley Ayorkor Botchwey"]


def test_a_paragraph_opening_with_the_state_is_the_ministry_s_own() -> None:
    # "Ghana has repeatedly urged ...": a verb of saying, but on its ministry's page the
    # state speaks through the ministry, the whole paragraph its words
    text = PAGE.replace(
        "Ghana remains committed",
        "Ghana has repeatedly urged both delegations to conclude the work. Ghana remains committed",
    )
    found = extract(text, published=TUESDAY)
    urged = [s for s in found if "repeatedly urged" in s.text]
    assert [s.speaker for s in urged] == ["Ministry of Foreign Affairs"]
    assert urged[0].text.startswith("Ghana has repeatedly urged")


def test_the_contacts_below_are_no_statement() -> None:
    found = extract(PAGE, published=TUESDAY)
    assert not [s for s in found if "Enquiries" in s.text or "Tel" in s.text]


def test_a_news_site_s_statements_section_is_no_ministry_s_page() -> None:
    # the first line names a newspaper, not a ministry: its paragraphs are reports
    text = PAGE.replace("Ministry of Foreign Affairs - Republic of Ghana", "The Accra Chronicle")
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Shirley Ayorkor Botchwey"]


RU_PAGE = (
    "Министерство иностранных дел Российской Федерации\n\n"
    "Главная / Пресса и информация / Новости\n\n"
    "Заявление МИД России о продлении режима моратория на вылов краба\n\n"
    "12.03.2024\n\n"
    "В январе текущего года норвежская сторона в одностороннем порядке приостановила работу "
    "совместной комиссии по рыболовству, сославшись на технические причины.\n\n"
    "Российская сторона неоднократно предлагала провести консультации на уровне экспертов, "
    "однако ответа так и не получила.\n\n"
    "Такой подход противоречит духу двусторонних договоренностей и интересам рыбаков обеих "
    "стран.\n"
)


def test_a_russian_ministry_s_own_page_may_open_by_telling_events() -> None:
    # on the ministry's own site, under "Заявление МИД России о ...", paragraphs telling
    # events in the third person are still the statement's words: one statement, as the
    # same page without the site's chrome above its title reads
    found = extract(RU_PAGE, published=TUESDAY)
    assert [s.speaker for s in found] == ["МИД России"]
    assert found[0].text.startswith("В январе текущего года")
    assert found[0].text.endswith("интересам рыбаков обеих стран.")


def test_a_news_site_under_such_a_title_still_needs_the_first_person() -> None:
    # a newspaper's page: the title reports a statement, its paragraphs are the reporter's
    text = RU_PAGE.replace("Министерство иностранных дел Российской Федерации", "Северные вести")
    assert extract(text, published=TUESDAY) == []
