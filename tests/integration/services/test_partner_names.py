"""A partner changes their own name and colour: inside the vault, on their tile, and for the other partner too."""

from __future__ import annotations

import pytest

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot
from tests.support.vaults import MEI, ROSA

A, B = PartnerSlot.A, PartnerSlot.B


def test_a_new_name_and_colour_reach_the_tile_and_the_other_partner(created):
    gate, recovery_key = created
    session = gate.unlock(A, ROSA.passphrase)
    session.change_my_name_and_colour("  Ro ", "#6A8D73")
    assert (session.partner_name, session.partner_colour) == ("Ro", "#6A8D73")
    session.lock()

    tile = {t.slot: t for t in gate.tiles()}[A]
    assert (tile.label, tile.colour) == ("R", "#6A8D73")
    other = gate.unlock(B, MEI.passphrase)  # the key file, rewritten at a new generation, still opens for both
    assert (other.other_name, other.other_colour) == ("Ro", "#6A8D73")
    other.lock()
    gate.check_recovery_key_format(recovery_key)
    again = gate.unlock_with_recovery_key(recovery_key, A, "a brand new passphrase for rosa")
    assert again.partner_name == "Ro"
    again.lock()


@pytest.mark.parametrize(("name", "colour", "words"), [
    ("   ", "#6A8D73", "name you would like"),
    ("mei", "#6A8D73", "Mei's name"),
    ("Rosa", MEI.colour.upper(), "Mei's colour"),
])
def test_an_empty_name_or_the_others_name_or_colour_is_refused(created, name, colour, words):
    gate, _key = created
    session = gate.unlock(A, ROSA.passphrase)
    with pytest.raises(InvalidInput, match=words):
        session.change_my_name_and_colour(name, colour)
    assert (session.partner_name, session.partner_colour) == (ROSA.name, ROSA.colour)
    session.lock()
