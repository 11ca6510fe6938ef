"""House styles of English-language outlets in Europe and the Americas, each formula as a
whole: the London papers' bylines with the reporter's city or desk ("X in Brussels"), a
post about to be taken as one hyphenated word ("chancellor-in-waiting, X,"), an op-ed's
author introduced by "Writing in <paper>,", and a state's armed forces as a possessive
("Israel's military said"). Pages and sentences written here; each expected statement is
checked for its speaker, its first words and its day."""

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2025, 9, 12)

FT_BYLINE_CITY = (
    "Brussels readies plan for loan backed by frozen assets\n\n"
    "Sofia Lind in Brussels and Tomasz Wrona in Warsaw\n"
    "Published 12 September 2025\n\n"
    "The European Commission will table a plan to lend Kyiv the cash held against frozen "
    "Russian reserves, its president said.\n\n"
    "Ursula von der Leyen told MEPs on Wednesday that the plan was ready for the leaders.\n"
)

GUARDIAN_DESK_BYLINE = (
    "Paris wants a European answer on air defence\n\n"
    "Marc Delorme Paris correspondent\n"
    "Fri 12 Sep 2025 10.02 BST\n\n"
    "France will push for a joint purchase of air defence systems, its foreign minister said.\n\n"
    "Jean-Noël Barrot told the National Assembly on Thursday that Europe could not wait.\n"
)


def _found(text: str, published: datetime.date = FRIDAY) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.text, s.said_on or "") for s in extract(text, published=published)]


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        (FT_BYLINE_CITY, "Ursula von der Leyen", "The European Commission will table"),
        (GUARDIAN_DESK_BYLINE, "Jean-Noël Barrot", "France will push for a joint"),
    ],
)
def test_reporter_on_a_byline_with_city_or_desk_is_no_antecedent(text, speaker, start):
    found = _found(text)
    assert [f[0] for f in found if f[1].startswith(start)] == [speaker]
    assert not any(f[0] in ("Sofia Lind", "Tomasz Wrona", "Marc Delorme") for f in found)


SENTENCES = [
    # a post about to be taken, one hyphenated word, in an appositive before the name
    (
        "Germany's chancellor-in-waiting, Lukas Brenner, said on Thursday he was open to "
        "talks on the French offer.",
        "Lukas Brenner",
        "he was open to talks",
        "2025-09-11",
    ),
    (
        "Japan's premier-designate, Kenji Aoyama, said on Wednesday he would visit Seoul first.",
        "Kenji Aoyama",
        "he would visit Seoul",
        "2025-09-10",
    ),
    (
        "Mayor-elect Dana Ruiz said on Thursday she would keep the police chief.",
        "Dana Ruiz",
        "she would keep",
        "2025-09-11",
    ),
    # near-misses: the plain post and the two-word one were read before
    (
        "Britain's prime minister-in-waiting, Owen Price, said the budget would be tight.",
        "Owen Price",
        "the budget would be tight",
        "2025-09-12",
    ),
    (
        "Germany's chancellor, Lukas Brenner, said on Thursday that he was open to talks.",
        "Lukas Brenner",
        "he was open to talks",
        "2025-09-11",
    ),
    # "Writing in <paper>,": where the op-ed appeared, the words follow the main verb
    (
        'Writing in the Daily Telegraph, Sir Alan Hurst said: "A lasting peace needs guarantees."',
        "Alan Hurst",
        "A lasting peace needs guarantees",
        "2025-09-12",
    ),
    (
        "Writing in Le Monde on Thursday, Claire Maury said Europe must act alone if needed.",
        "Claire Maury",
        "Europe must act alone",
        "2025-09-11",
    ),
    (
        "Writing for Foreign Affairs, former envoy Piotr Zalewski said the sanctions had failed.",
        "Piotr Zalewski",
        "the sanctions had failed",
        "2025-09-12",
    ),
    (
        "Posting on Telegram on Wednesday, Dmitry Medvedev said Europe would pay a price.",
        "Dmitry Medvedev",
        "Europe would pay a price",
        "2025-09-10",
    ),
    # near-miss: a fronted "Writing on X" was read before
    (
        "Writing on X, Andrii Sybiha said Russia had struck Kharkiv again.",
        "Andrii Sybiha",
        "Russia had struck Kharkiv",
        "2025-09-12",
    ),
    # a state's armed forces written as its possessive: the state's adjective is kept
    (
        "Israel's military said on Friday it would allow more aid trucks into Gaza.",
        "Israeli Military",
        "it would allow more aid trucks",
        "2025-09-12",
    ),
    (
        "Ukraine's air force said on Thursday it had shot down 40 drones overnight.",
        "Ukrainian Air Force",
        "it had shot down 40 drones",
        "2025-09-11",
    ),
    # near-miss: the army was named with its state before
    (
        "Poland's army said on Thursday it had scrambled jets.",
        "Polish Army",
        "it had scrambled jets",
        "2025-09-11",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker", "start", "day"), SENTENCES)
def test_house_formula_sentence(sentence, speaker, start, day):
    text = "Europe weighs its next steps\n\n" + sentence + "\n"
    found = _found(text)
    assert [(sp, d) for sp, t, d in found if t.startswith(start)] == [(speaker, day)], found


@pytest.mark.parametrize(
    "headline",
    [
        "What did Trump and Zelensky say after their meeting?",
        "What did Macron and Merz say about the nuclear umbrella?",
        "Did Tusk and Orbán say anything after the summit?",
    ],
)
def test_explainer_question_headline_is_no_statement(headline):
    text = (
        headline + "\n\nBy Lena Ward, BBC News\n\n"
        "The two leaders met on Monday and spoke for two hours behind closed doors.\n"
    )
    assert _found(text) == []


def test_plural_subject_saying_is_still_read():
    text = "Europe weighs its next steps\n\nMacron and Merz say Europe must act on its own.\n"
    assert [(sp, t[:11]) for sp, t, _ in _found(text)] == [("Macron and Merz", "Europe must")]


@pytest.mark.parametrize(
    ("lead", "later", "speaker"),
    [
        (
            "Pope Leo XIV on Sunday urged leaders to negotiate an end to the war.",
            "the pope said",
            "Leo XIV",
        ),
        ("Pope Benedict XVI on Sunday urged leaders to talk.", "the pope said", "Benedict XVI"),
        # near-miss: the numbers read before
        (
            "King Charles III on Sunday urged leaders to protect the climate.",
            "the king said",
            "Charles III",
        ),
    ],
)
def test_regnal_number_stays_with_the_name(lead, later, speaker):
    text = f"Wire headline\n\nVATICAN CITY (AP) — {lead}\n\n\u201cWe must act now,\u201d {later}.\n"
    assert {sp for sp, _, _ in _found(text)} == {speaker}


POINTER_TAGGED_BY_AGENCY = (
    "Kyiv counts on new systems\n\n"
    "Kyiv expects its partners to deliver two more air defence systems by the summer.\n\n"
    "Andriy Yermak reported this on Telegram, Ukrinform saw.\n"
)


def test_pointer_back_with_agency_saw_tag():
    # Ukrinform's "X reported this on Telegram, Ukrinform saw.": the words are the
    # sentence before, not "this on Telegram"
    found = _found(POINTER_TAGGED_BY_AGENCY)
    assert [(sp, t[:21]) for sp, t, _ in found] == [("Andriy Yermak", "Kyiv expects its part")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "start", "day"),
    [
        # BTA's and the Balkan agencies' "commented for <outlet> that"
        (
            "Foreign Minister Ivan Petkov commented for BTA that Sofia backs a just peace.",
            "Ivan Petkov",
            "Sofia backs a just peace",
            "2025-09-12",
        ),
        (
            "Interior Minister Goran Ilic said for Vecernje Novosti on Thursday that Belgrade "
            "would not impose sanctions.",
            "Goran Ilic",
            "Belgrade would not impose",
            "2025-09-11",
        ),
        # near-miss: "to <outlet>" was read before
        (
            "Foreign Minister Ivan Petkov commented to BTA that Sofia backs a just peace.",
            "Ivan Petkov",
            "Sofia backs a just peace",
            "2025-09-12",
        ),
    ],
)
def test_words_given_for_an_outlet(sentence, speaker, start, day):
    found = _found("Sofia weighs its next steps\n\n" + sentence + "\n")
    assert [(sp, d) for sp, t, d in found if t.startswith(start)] == [(speaker, day)], found
