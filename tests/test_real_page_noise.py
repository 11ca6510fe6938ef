"""Page residue copied with a story (issue 8, eleventh round): photo captions, embedded posts
and the like, set between a statement and the paragraph that goes on with it. Each test in
new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.meta import read_meta

THURSDAY = datetime.date(2025, 2, 13)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=THURSDAY)]


def test_a_caption_between_a_statement_and_its_he_said_names_no_speaker() -> None:
    text = (
        "LISBON (Wire) - Portugal's Foreign Minister Rui Tavares Costa met his Moroccan "
        "counterpart in Lisbon on Thursday.\n\n"
        "Costa told reporters the two countries would open a joint consulate in Casablanca.\n\n"
        "Interior Minister Marta Nunes Vale, centre, at a ceremony in Porto. "
        "(AP Photo/Jose Lima)\n\n"
        '"We have waited too long for this," he said.'
    )
    speakers = {speaker for speaker, _ in _said(text)}
    assert speakers == {"Rui Tavares Costa"}


def test_a_getty_caption_names_no_one_the_minister_goes_back_to() -> None:
    text = (
        "Finland's Foreign Minister Aino Virtanen spoke to parliament on Thursday about the "
        "Arctic council.\n\n"
        "Defence Minister Olli Rantala inspects troops in Rovaniemi. "
        "Lauri Heino/AFP via Getty Images\n\n"
        "The minister said the council would meet again in the spring."
    )
    assert [speaker for speaker, _ in _said(text)] == ["Aino Virtanen"]


def test_an_embedded_post_signature_names_no_one_a_later_she_means() -> None:
    text = (
        "Chile's Foreign Minister Carla Ibanez Rojas spoke to reporters in Santiago on "
        "Thursday.\n\n"
        "Crowds outside the ministry this morning pic.twitter.com/Ab12Cd34\n"
        "\u2014 Tomas Herrera (@therrera_news) February 13, 2025\n\n"
        '"Our position on the fisheries treaty has not changed," she said.'
    )
    assert [speaker for speaker, _ in _said(text)] == ["Carla Ibanez Rojas"]


def test_a_file_photo_caption_above_the_story_does_not_date_the_page() -> None:
    text = (
        "Austria and Slovenia agree to reopen border crossings\n\n"
        "FILE PHOTO: Austrian Foreign Minister Lena Hofer speaks to reporters in Vienna, "
        "Austria, November 20, 2024. REUTERS/Karl Weiss/File Photo\n\n"
        "Thursday 13 February 2025\n\n"
        "Austria and Slovenia will reopen four border crossings next month, Foreign Minister "
        "Lena Hofer said on Thursday."
    )
    assert read_meta(text).published == datetime.date(2025, 2, 13)


def test_an_embedded_post_above_the_story_does_not_date_the_page() -> None:
    text = (
        "Envoys meet in Bern over water treaty\n\n"
        "Delegations arriving now pic.twitter.com/Zz98Yy\n"
        "\u2014 Nina Keller (@nkeller_reports) January 30, 2025\n\n"
        "Swiss Foreign Minister Paul Amrein said the talks would last two days."
    )
    assert read_meta(text).published is None


def test_a_date_alone_on_its_line_dates_the_page_over_the_days_its_title_tells() -> None:
    text = (
        "Visit of the Foreign Minister to Chile (March 28 - March 30, 2025)\n\n"
        "March 31, 2025\n\n"
        "The Foreign Minister paid an official visit to Chile, where she met her counterpart."
    )
    assert read_meta(text).published == datetime.date(2025, 3, 31)


def test_a_byline_stamp_with_no_space_after_the_comma_dates_the_page() -> None:
    text = (
        "Lebanon welcomes border talks\n\n"
        "By Staff - Oct 21,2025 - Last updated at Oct 21,2025\n\n"
        "BEIRUT \u2014 The foreign ministry said the talks, the first since the ceasefire of "
        "November 27, 2024, would resume next week."
    )
    assert read_meta(text).published == datetime.date(2025, 10, 21)


def test_a_published_label_below_a_menu_and_share_buttons_dates_the_page() -> None:
    text = (
        "Gulf Daily Online\n\n"
        "Home | Region | World | Economy | Opinion | Video\n\n"
        "Oman hosts new round of Yemen talks\n\n"
        "Share\nFacebook\nX\nWhatsApp\nTelegram\nEmail\nCopy link\n\n"
        "Gulf Daily Online\n"
        "Published: 9 March ,2025: 04:10 PM GST\n\n"
        "Oman's foreign minister said on Sunday that the talks had begun in Muscat."
    )
    assert read_meta(text).published == datetime.date(2025, 3, 9)


def test_a_source_credit_with_an_iso_day_dates_the_page() -> None:
    text = (
        "Chinese vice premier meets Kenyan delegation\n\n"
        "Source: Xinhua | 2025-06-17 20:05:11 | Editor: staff\n\n"
        "BEIJING, June 17 (Xinhua) -- Chinese Vice Premier Ding Xuexiang met a delegation of "
        "Kenyan lawmakers on Tuesday, a year after the forum of September 5, 2024."
    )
    assert read_meta(text).published == datetime.date(2025, 6, 17)


def test_a_credit_on_its_own_line_names_no_speaker_nor_does_its_caption() -> None:
    text = (
        "Kenya's Foreign Minister Amina Wairimu Otieno met her Tanzanian counterpart in "
        "Arusha on Thursday.\n\n"
        "Otieno told reporters the two countries would share a new border post.\n\n"
        "Ugandan Defence Minister Samuel Okello Ochan at a parade in Kampala.\n"
        "Getty Images\n\n"
        '"Trade will move faster from next month," she said.'
    )
    assert {speaker for speaker, _ in _said(text)} == {"Amina Wairimu Otieno"}


def test_a_credit_line_above_its_caption_names_no_speaker() -> None:
    text = (
        "Norway's Foreign Minister Eirik Haugland Dahl arrived in Reykjavik on Thursday.\n\n"
        "Reuters photographer via Getty Images\n"
        "Icelandic Prime Minister Hulda Magnusdottir greets delegates at the airport\n\n"
        "The minister said the Arctic talks would start the next morning."
    )
    assert [speaker for speaker, _ in _said(text)] == ["Eirik Haugland Dahl"]


def test_an_image_label_caption_names_no_one_a_later_she_means() -> None:
    text = (
        "Ghana's Foreign Minister Efua Mensah Boateng opened the trade forum in Accra on "
        "Thursday.\n\n"
        "Boateng said the forum would draw investors from 30 countries.\n\n"
        "Image: Energy Minister Abena Owusu Darko tours the Tema port\n\n"
        "She added that Ghana would host the next forum in 2026."
    )
    assert {speaker for speaker, _ in _said(text)} == {"Efua Mensah Boateng"}


def test_a_recent_photo_caption_names_neither_the_pictured_nor_the_photographer() -> None:
    text = (
        "Latvia's Foreign Minister Liene Kalnina met her Lithuanian counterpart in Riga on "
        "Thursday.\n\n"
        "Kalnina told reporters the two countries would build a joint radar station.\n\n"
        "Lithuanian Defence Minister Tomas Jankus at a ceremony in Vilnius, Feb. 12, 2025. "
        "(AP Photo/Rasa Mikalauske)\n\n"
        '"Our skies will be safer," she said.\n\n'
        "Lithuania's Foreign Minister Darius Valaitis said the station would be ready in 2027.\n\n"
        "Polish President Marek Zielinski speaks in Warsaw, Feb. 12, 2025. (AP Photo/Jan Kos)\n\n"
        '"We are ready to help," he said.'
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert found == [
        ("Liene Kalnina", "2025-02-13"),
        ("Liene Kalnina", "2025-02-13"),
        ("Darius Valaitis", "2025-02-13"),
        ("Darius Valaitis", "2025-02-13"),
    ]


def test_a_caption_of_someone_speaking_to_the_media_does_not_make_the_page_a_transcript() -> None:
    text = (
        "Foreign Minister Ingrid Sorensen speaks to the media in Oslo on February 13, 2025. "
        "(Photo: Per Lund/NTB)\n\n"
        "Norway pledges more aid for Sudan\n\n"
        "WATCH: Aid convoys cross into Darfur\n\n"
        "OSLO (Wire) - Norway will double its humanitarian aid to Sudan this year, Foreign "
        "Minister Ingrid Sorensen said on Thursday.\n\n"
        "Video: Refugees arrive in Chad | 01:12\n\n"
        "Sorensen said the money would go to food and clean water."
    )
    assert [s.speaker for s in extract(text, published=THURSDAY)] == [
        "Ingrid Sorensen",
        "Ingrid Sorensen",
    ]


def test_a_russian_read_also_link_names_no_one_the_minister_goes_back_to() -> None:
    text = (
        "МИНСК, 13 февраля. Министр иностранных дел Белоруссии Игорь Волков заявил в "
        "четверг, что Минск готов принять новый раунд консультаций.\n\n"
        "Читайте также: Кравцова заявила, что Вильнюс закроет еще два пункта пропуска\n\n"
        "Министр добавил, что консультации могут пройти уже в марте."
    )
    speakers = {s.speaker for s in extract(text, published=THURSDAY)}
    assert speakers == {"Игорь Волков"}


def test_a_russian_photo_caption_names_no_one_a_later_he_means() -> None:
    text = (
        "АСТАНА, 13 февраля. Министр иностранных дел Казахстана Ерлан Сарсенов заявил в "
        "четверг, что Астана поддержит новый транзитный коридор.\n\n"
        "Министр обороны Киргизии Бакыт Осмонов во время учений. Фото: Анна Белова / ТАСС\n\n"
        "Он подчеркнул, что первые поезда пойдут летом."
    )
    speakers = {s.speaker for s in extract(text, published=THURSDAY)}
    assert speakers == {"Ерлан Сарсенов"}
