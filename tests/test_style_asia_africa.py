"""House formulas of the English services of Asian, Middle Eastern and African agencies, each
checked as a page: APP's and Radio Pakistan's courtesy call ("..., who called on him here") and
its pointer back to the lead ("The foreign minister expressed these views during a meeting
with ..."), after which "He said" is still the host; MAP's dateline in title case ("Rabat -")
and its long post ("Minister of Foreign Affairs, African Cooperation and ..."), after which
"the Spanish minister" is the guest, not the host. Pages written here; each expected
statement is checked for its speaker, its first words and its day."""

import datetime

import pytest

from tracker.extract import extract

THURSDAY = datetime.date(2024, 9, 12)

CALLED_ON_HIM = (
    "President urges Muslim world to act on Gaza\n\n"
    "President Asif Ali Zardari has said the Muslim world must speak with one voice on Gaza.\n\n"
    "He was talking to the Ambassador of Qatar Ali Mubarak Al-Khater, who called on him at "
    "Aiwan-e-Sadr on Thursday.\n\n"
    "He said Pakistan and Qatar enjoy deep-rooted brotherly ties.\n\n"
    "The Ambassador said Qatar would keep backing Pakistan's economic recovery.\n"
)

THESE_VIEWS = (
    "FM Dar meets Turkish envoy\n\n"
    "ISLAMABAD, Sep 12 (APP): Deputy Prime Minister Ishaq Dar on Thursday said Pakistan "
    "valued its strategic partnership with Turkiye.\n\n"
    "The deputy prime minister expressed these views during a meeting with Turkish Ambassador "
    "Irfan Neziroglu, who called on him at the Foreign Office.\n\n"
    "He said bilateral trade must grow to five billion dollars.\n\n"
    "The ambassador said Turkish firms were keen to invest in Pakistan.\n"
)

SAID_THIS_LED_BY = (
    "PM calls for more Gulf investment\n\n"
    "ISLAMABAD, Sep 12 (APP): Prime Minister Shehbaz Sharif on Thursday said the government "
    "would remove every hurdle facing foreign investors.\n\n"
    "The prime minister said this while talking to a delegation of Emirati businessmen led by "
    "Ambassador Hamad Obaid Al-Zaabi.\n\n"
    "He said the special investment council had cut approval times to a few weeks.\n\n"
    "The ambassador said Emirati companies saw great promise in Pakistan's mining sector.\n"
)

MAP_TITLE_CHAIN = (
    "Morocco, Portugal hail strong partnership\n\n"
    "Rabat - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser "
    "Bourita, said on Thursday in Rabat that relations with Portugal have never been better.\n\n"
    "Speaking at a joint press briefing with his Portuguese counterpart, Bourita said the two "
    "kingdoms would sign a new fisheries accord next month.\n\n"
    "For his part, the Portuguese minister said Lisbon regards the autonomy plan as a serious "
    "basis for settling the dispute.\n"
)

CASES = [
    (CALLED_ON_HIM, "Asif Ali Zardari", "Pakistan and Qatar enjoy", "2024-09-12"),
    (CALLED_ON_HIM, "Ali Mubarak Al-Khater", "Qatar would keep", "2024-09-12"),
    (THESE_VIEWS, "Ishaq Dar", "bilateral trade must", "2024-09-12"),
    (THESE_VIEWS, "Irfan Neziroglu", "Turkish firms were", "2024-09-12"),
    (SAID_THIS_LED_BY, "Shehbaz Sharif", "the special investment", "2024-09-12"),
    (SAID_THIS_LED_BY, "Hamad Obaid Al-Zaabi", "Emirati companies", "2024-09-12"),
    (MAP_TITLE_CHAIN, "Nasser Bourita", "relations with Portugal", "2024-09-12"),
    (MAP_TITLE_CHAIN, "Nasser Bourita", "the two kingdoms", "2024-09-12"),
]


@pytest.mark.parametrize(("page", "speaker", "start", "day"), CASES)
def test_house_formula_statement(page, speaker, start, day):
    found = [s for s in extract(page, published=THURSDAY) if s.text.startswith(start)]
    assert [(s.speaker, s.said_on) for s in found] == [(speaker, day)]


@pytest.mark.parametrize("page", [CALLED_ON_HIM, THESE_VIEWS])
def test_courtesy_call_is_no_statement(page):
    assert not [s for s in extract(page, published=THURSDAY) if s.text.startswith("called on")]


def test_pointer_back_is_no_statement():
    assert not [s for s in extract(THESE_VIEWS, published=THURSDAY) if "these views" in s.text[:40]]


def test_guest_described_by_state_is_not_the_host():
    found = [s for s in extract(MAP_TITLE_CHAIN, published=THURSDAY) if s.text.startswith("Lisbon")]
    assert len(found) == 1 and found[0].speaker != "Nasser Bourita"
    assert "Cooperation" not in found[0].speaker


@pytest.mark.parametrize(
    "urged",
    [
        "The minister called on him to resign within a week.",
        "Opposition leader Omar Ayub called on her to step down.",
    ],
)
def test_called_on_to_act_still_urges(urged):
    page = (
        "Row deepens\n\nISLAMABAD, Sep 12 (APP): Senator Raza Rabbani criticised the chief.\n\n"
        + urged
        + "\n"
    )
    assert [
        s
        for s in extract(page, published=THURSDAY)
        if s.text.startswith(("called on", "him to", "her to"))
    ]


def _counterpart_page(
    dateline: str, adjective: str, guest: str, handle: str, described: str
) -> str:
    """ANI's talks story: the host's post on X between the guest's naming and his words."""
    return (
        "EAM holds talks with counterpart\n\n"
        f"{dateline} (ANI): External Affairs Minister S Jaishankar on Thursday held talks with "
        f"his {adjective} counterpart {guest}.\n\n"
        f'"Glad to meet FM {handle}. Reviewed our energy partnership," EAM Jaishankar tweeted.\n\n'
        f"The {described} said the two countries would set up a joint working group.\n"
    )


@pytest.mark.parametrize(
    ("page", "guest"),
    [
        (
            _counterpart_page(
                "Riyadh [Saudi Arabia], Sep 12",
                "Saudi Arabian",
                "Prince Faisal bin Farhan Al Saud",
                "@FaisalbinFarhan",
                "Saudi minister",
            ),
            "Faisal bin Farhan Al Saud",
        ),
        (
            _counterpart_page(
                "Pretoria [South Africa], Sep 12",
                "South African",
                "Ronald Lamola",
                "@RonaldLamola",
                "South African minister",
            ),
            "Ronald Lamola",
        ),
        (
            _counterpart_page(
                "New Delhi [India], Sep 12",
                "Sri Lankan",
                "Vijitha Herath",
                "@VijithaHerath",
                "Sri Lankan minister",
            ),
            "Vijitha Herath",
        ),
        (
            _counterpart_page(
                "Cairo [Egypt], Sep 12",
                "Egyptian",
                "Badr Abdelatty",
                "@BadrAbdelatty",
                "Egyptian minister",
            ),
            "Badr Abdelatty",
        ),
    ],
)
def test_guest_of_a_two_word_state_after_the_hosts_words(page, guest):
    found = [s for s in extract(page, published=THURSDAY) if s.text.startswith("the two countries")]
    assert [(s.speaker, s.said_on) for s in found] == [(guest, "2024-09-12")]
