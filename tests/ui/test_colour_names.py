"""Colours are named in words wherever a name is read out (the unlock tiles' accessible names, the swatches)."""

from __future__ import annotations

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.colour_picker import colour_name


def test_palette_colours_keep_their_own_names() -> None:
    assert [colour_name(value) for value, _name in defs.PARTNER_COLOURS] == [n for _v, n in defs.PARTNER_COLOURS]


def test_a_colour_from_outside_the_palette_gets_the_nearest_palette_word() -> None:
    # The demo couple's colours are not in the palette: a screen reader must not spell out their codes.
    assert colour_name("#c8643b") == "terracotta"
    assert colour_name("#3b7ea1") == "teal"


def test_something_that_is_no_colour_is_left_as_it_is() -> None:
    assert colour_name("not a colour") == "not a colour"
