"""Review fixes (rv41e) of the publication day a page gives when the user passes none: the
story's weekday refuses a day only when the lead tells it firmly ("The Kremlin on Monday
slammed"), not a weekday ahead, a "last Monday" or a name's ("Super Tuesday", "The Sunday
Times", "Good Friday Agreement"), and never the day a year-less wire dateline agrees with (a
failed ingest); a year-first stamp with its clock counts only above the story, below no date
alone on its line (not a listing of related stories or a comment below); a banner yields to
a stamp below it only when the banner has its weekday or a "Today's Paper" and the stamp
looks like one (alone, with its clock, weekday or label; not a subhead's or a caption's day);
in Russian only a banner with its month in words over a stamp in numerals; the URL's day is
weighed again when it is not the stamp's. Pages written here."""

from __future__ import annotations

from tests.statement_checks import ingested_contract, page_day

# A. the story's weekday


def test_a_weekday_ahead_does_not_refuse_the_day(tmp_path):
    text = (
        "By Mary Clare Jalonick | April 16, 2024\n\nHouse to vote on Ukraine aid Saturday\n\n"
        "WASHINGTON \u2014 Speaker Mike Johnson said the House would take up the aid bills on "
        'Saturday. "We have to get this done," Johnson told reporters at the Capitol.\n'
    )
    assert page_day(tmp_path, text) == "2024-04-16"


def test_last_monday_does_not_refuse_the_day(tmp_path):
    text = (
        "Finland joins the alliance\n\nBy Jari Tanner | April 4, 2023\n\n"
        "HELSINKI \u2014 Foreign Minister Pekka Haavisto said Finland was ready to take its "
        'seat. "A new era begins," Haavisto said. Turkey\'s parliament voted last Thursday.\n'
    )
    assert page_day(tmp_path, text) == "2023-04-04"


def test_a_weekday_in_a_name_does_not_refuse_the_day(tmp_path):
    text = (
        "Parties regroup after Super Tuesday\n\nPolitics | March 8, 2024\n\n"
        "Party chair Jaime Harrison said Democrats would focus on turnout after Super Tuesday. "
        '"We are ready," Harrison told reporters in Columbia.\n'
    )
    assert page_day(tmp_path, text) == "2024-03-08"
    text = (
        "Belfast marks the Good Friday Agreement\nLeo Gorman | April 11, 2023, 9:15 am\n"
        "BELFAST \u2014 Irish Prime Minister Leo Varadkar said the Good Friday Agreement "
        'had changed the island. "Peace takes work," Varadkar told the crowd.\n'
    )
    assert page_day(tmp_path, text) == "2023-04-11"


def test_a_loose_weekday_never_fails_the_ingest_of_a_wire_story(tmp_path):
    # the page's day agrees with the year-less dateline: no weekday refuses it
    text = (
        "Qatar says truce talks go on\nBy Reuters\n"
        "March 7, 2024 10:32 AM GMT Updated 3 hours ago\n\n"
        "DOHA, March 7 (Reuters) - Qatar's foreign ministry said talks on a truce would go on, "
        "as mediators hope for a deal before the holiday begins around Sunday. "
        '"We remain hopeful," spokesman Majed al-Ansari said.\n'
    )
    contract = ingested_contract(tmp_path, text)
    assert contract["article"]["published"] == "2024-03-07"


def test_a_firm_weekday_still_refuses_a_caption_s_day(tmp_path):
    # near miss (as test_page_day41): "The ministry on Tuesday said" rules out a Friday photo
    text = (
        "Ministry voices concern\n\n"
        "Ministers meet in Sochi, Russia, on October 22, 2021. (Pool Photo via AP)\n\n"
        "The ministry on Tuesday said it shared the concern. \u201cWe hope for calm,\u201d it "
        "said.\n"
    )
    assert page_day(tmp_path, text) is None


# B. a year-first stamp with its clock


def test_a_listing_s_stamp_below_the_story_is_not_the_page_s(tmp_path):
    text = (
        "March 7, 2024\n\nScholz meets Macron in Paris\n\n"
        "PARIS \u2014 German Chancellor Olaf Scholz said that the two countries stood together "
        'on Ukraine. "We are united," Scholz told reporters after the meeting.\n\n'
        "More news\n2024-03-05 18:40 Kremlin rejects talks offer\n"
        "2024-03-04 09:12 Ministers agree on a new package\n"
    )
    assert page_day(tmp_path, text) == "2024-03-07"


def test_a_comment_s_stamp_below_the_story_is_not_the_page_s(tmp_path):
    text = (
        "Home | World\n\nSanchez meets Meloni in Rome\n\n8 March 2024\n\n"
        "ROME \u2014 Spanish Prime Minister Pedro Sanchez said the two leaders agreed on "
        'migration. "We share the challenge," Sanchez told reporters after the talks.\n\n'
        "Comments (2)\nreader1 2024-03-09 11:20 Good news.\nreader2 2024-03-09 12:05 Indeed.\n"
    )
    assert page_day(tmp_path, text) == "2024-03-08"


# C. a banner and the stamp below it


def test_a_subhead_s_day_below_a_banner_is_no_stamp(tmp_path):
    text = (
        "Thursday, March 7, 2024\n\nCourt halts the deployment\n\n"
        "Ruling follows the January 26, 2024 decision\n\nBy Staff\n\n"
        "NAIROBI \u2014 The High Court on Thursday halted the deployment of officers abroad. "
        '"The order stands," Judge Enock Mwita said in his ruling.\n'
    )
    assert page_day(tmp_path, text) == "2024-03-07"


def test_a_title_s_day_below_a_plain_date_is_no_stamp(tmp_path):
    text = (
        "The White House\nMarch 7, 2024\n\nStatement on the February 29, 2024 Convoy Deaths\n\n"
        'Today I spoke with the leaders of the region about aid. "We will not stop," '
        "President Biden said in the statement.\n"
    )
    assert page_day(tmp_path, text) == "2024-03-07"


def test_a_caption_s_day_below_a_place_and_clock_dateline_is_no_stamp(tmp_path):
    text = (
        "WARSAW, March 8, 2024 - 11:20 AM\nTusk in Kyiv\nScenes from the visit, March 6, 2024\n"
        "Polish Prime Minister Donald Tusk said that Poland would keep helping Ukraine. "
        '"We stand with you," Tusk told reporters after meeting President Zelensky.\n'
    )
    assert page_day(tmp_path, text) == "2024-03-08"


def test_a_russian_stamp_over_a_caption_s_date_stays(tmp_path):
    text = (
        "Сегодня, 09:40\n14.03.2024\nЗахарова прокомментировала заявление Лондона\n"
        "Фото: Михаил Терещенко/ТАСС\n11.03.2024\n"
        "Официальный представитель МИД России Мария Захарова заявила, что Москва ответит на "
        "новые санкции. «Ответ будет», — сказала Захарова журналистам.\n"
    )
    assert page_day(tmp_path, text) == "2024-03-14"


# the suspicion: the address's day is weighed again when it is not the stamp's


def test_an_address_s_day_other_than_the_stamp_s_is_weighed_again(tmp_path):
    text = (
        "News >\n\nSpokesperson rejects report\n\nSource: Xinhua | 2022-07-28\nShare:\n\n"
        "BEIJING, July 27 (Xinhua) -- A Chinese Foreign Ministry spokesperson on Wednesday "
        "rejected a report, saying it was political disinformation.\n"
    )
    url = "https://english.news.cn/20220729/abc/c.html"
    assert ingested_contract(tmp_path, text, url=url)["article"]["published"] == "2022-07-29"
