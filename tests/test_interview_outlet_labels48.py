"""An interview on a radio or newspaper site prefixes each question with the outlet's name
("RFE/RL: ...?", "The Hindu: ...?") and leaves the answers unlabelled, the guest named in
the standfirst ("X spoke to RFE/RL's Radio Farda", "In an interview with The Hindu, X ...").
The label naming whom the interview was given to asks: its question, and the reported
speech inside it ("Iranian officials have said ..."), is no statement, and the answers are
the guest's. A "spoke with" in talks, on a page that calls itself no interview, names the
counterpart, who answers."""

import datetime

from tracker.extract import extract

RADIO = """Interview: Iraqi Foreign Minister says Baghdad will not be a launch pad for attacks

Radio Free Europe / Radio Liberty
January 12, 2024

Iraqi Foreign Minister Fuad Hussein spoke to RFE/RL's Radio Farda about the tensions in the \
region and the presence of US troops in Iraq.

RFE/RL: Iranian officials have said that the US forces in Iraq are a threat to the whole \
region. Do you agree?

Iraq is a sovereign country, and we decide who is on our soil. The international coalition \
is in Iraq at the request of our government, and we are now discussing a timetable.

RFE/RL: Will Iraq allow attacks on Israel from its territory?

No. We do not want Iraq to become a battlefield for others, and we have told all sides so.
"""

NEWSPAPER = """'We are ready to talk, but not under pressure'

New Delhi, 5 May 2023

In an interview with The Hindu, Sri Lanka's Foreign Minister Ali Sabry discusses the debt \
restructuring talks, the visit of research vessels and ties with India.

The Hindu: China's Foreign Ministry has said the research vessels are on purely scientific \
missions. Why has Sri Lanka asked them to stay away?

We have put in place a standard operating procedure for all foreign research vessels. It is \
not targeted at any country.

The Hindu: How do you see India's support during the economic crisis?

India stood by us when we needed help most, and we will never forget it.
"""

TALKS = """Press statements following Russian-Chinese talks

Moscow, March 21, 2023

Vladimir Putin spoke with Xi Jinping in the Kremlin for more than four hours.

Vladimir Putin: Mr Chairman, friends, our talks were held in a warm and constructive \
atmosphere, and we signed a statement on deepening our partnership.

Xi Jinping: Mr President, I agree that our talks were frank and productive, and our two \
countries will keep working together for a multipolar world.
"""


def test_radio_outlet_label_asks_and_the_guest_answers():
    found = extract(RADIO, published=datetime.date(2024, 1, 12))
    assert [(s.speaker, s.text[:12]) for s in found] == [
        ("Fuad Hussein", "Iraq is a so"),
        ("Fuad Hussein", "No. We do no"),
    ]


def test_newspaper_label_asks_and_its_reported_speech_is_no_statement():
    found = extract(NEWSPAPER, published=datetime.date(2023, 5, 5))
    assert [(s.speaker, s.text[:12]) for s in found] == [
        ("Ali Sabry", "We have put "),
        ("Ali Sabry", "India stood "),
    ]


def test_counterpart_spoken_with_in_talks_still_answers():
    found = extract(TALKS, published=datetime.date(2023, 3, 21))
    assert "Xi Jinping" in {s.speaker for s in found}


# the words after "interview with" name the guest, the host asking under her own name
GUEST_AFTER_WITH = """Mitsotakis: Greece will not send more air defence systems

Athens, February 6, 2024

Euronews' Maria Kostova sat down for an interview with Kyriakos Mitsotakis at the Maximos \
Mansion on Tuesday.

Maria Kostova: Prime Minister, will Greece send more air defence systems to Ukraine?

Kyriakos Mitsotakis: We have done what we can without weakening our own defences. Our \
islands must stay protected.

Maria Kostova: Do you expect a deal with Turkey on the continental shelf?

Kyriakos Mitsotakis: Not this year. We have agreed to keep talking, and that already matters.
"""

# a talks page that mentions an interview elsewhere: the counterpart spoken with still answers
TALKS_INTERVIEW_ABOVE = """Joint press conference after Turkish-Hungarian talks

Ankara, February 13, 2024

Recep Tayyip Erdogan spoke with Viktor Orban at the presidential complex for three hours. \
Before his arrival, Orban had outlined his agenda in an interview published in Hurriyet.

Recep Tayyip Erdogan: Dear Prime Minister, our talks were sincere, and we have agreed to \
raise our trade to six billion dollars.

Viktor Orban: Mr President, I thank you for your hospitality, and Hungary will keep working \
with Turkey for peace in our region.
"""


def test_guest_named_after_interview_with_answers_under_his_own_label():
    found = extract(GUEST_AFTER_WITH, published=datetime.date(2024, 2, 6))
    assert [(s.speaker, s.text[:12]) for s in found] == [
        ("Kyriakos Mitsotakis", "We have done"),
        ("Kyriakos Mitsotakis", "Not this yea"),
    ]


def test_counterpart_answers_on_talks_page_mentioning_an_interview():
    found = extract(TALKS_INTERVIEW_ABOVE, published=datetime.date(2024, 2, 13))
    assert [(s.speaker, s.text[:12]) for s in found] == [
        ("Recep Tayyip Erdogan", "Dear Prime M"),
        ("Viktor Orban", "Mr President"),
    ]
