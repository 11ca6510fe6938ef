"""UN statements (round 49b): a statement "attributable to the Spokesperson for the
Secretary-General" speaks of the Secretary-General in the third person; the words are the
Secretary-General's, the spokesman who signs the page only issues them. Pages written here
in the manner of the UN's statements."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SIGNED = (
    "Statement attributable to the Spokesperson for the Secretary-General on the situation "
    "in the Sahel\n\n"
    "New York, 14 March 2023\n\n"
    "The Secretary-General strongly condemns the attack on a convoy of peacekeepers near "
    "Gao, Mali, on 13 March, which killed two peacekeepers from Nigeria.\n\n"
    "The Secretary-General calls on the Malian authorities to spare no effort in "
    "identifying the perpetrators so that they can be swiftly brought to justice.\n\n"
    "The Secretary-General reaffirms the solidarity of the United Nations with the people "
    "of Mali.\n\n"
    "Stéphane Dujarric, Spokesman for the Secretary-General\n"
)

FIRST_PERSON = (
    "Statement attributable to the Spokesperson for the Secretary-General on the floods in "
    "Libya\n\n"
    "We are saddened by the loss of life caused by the floods in eastern Libya, and the "
    "United Nations stands ready to help the authorities in the relief effort under way.\n\n"
    "Stéphane Dujarric, Spokesman for the Secretary-General\n"
)


def test_signed_statement_is_the_secretary_generals():
    """ "The Secretary-General strongly condemns ...", signed by his spokesman: each of the
    post's sentences is the Secretary-General's, none the signer's one turn."""
    found = extract(SIGNED, published=datetime.date(2023, 3, 14))
    who = {s.speaker for s in found}
    assert "Stéphane Dujarric" not in who, who
    assert who == {"The Secretary-General"}, who
    assert any(s.text.startswith("calls on the Malian") for s in found), [s.text for s in found]


def test_signed_statement_in_its_own_voice_stays_the_signers():
    """A page under the same title that speaks in the first person is still its signer's."""
    found = extract(FIRST_PERSON, published=datetime.date(2023, 9, 12))
    assert [s.speaker for s in found] == ["Stéphane Dujarric"], [s.speaker for s in found]
