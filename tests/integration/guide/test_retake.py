"""The retake: a second check-up's reveal says how each practice moved for each partner since the one before."""

from __future__ import annotations

from datetime import timedelta

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Practice
from tests.integration.guide.conftest import profile, take_checkup

A, B = PartnerSlot.A, PartnerSlot.B


def _both(couple, rosa, mei):
    with couple.as_(A) as s:
        take_checkup(s, rosa)
    with couple.as_(B) as s:
        take_checkup(s, mei)


def test_a_retake_says_per_practice_what_moved_for_each_partner(couple):
    _both(couple, profile({"closeness": 2, "trust": 3, "communication": 4}),
          profile({"closeness": 2, "trust": 4, "communication": 4}))
    first = couple.clock.now()
    with couple.as_(A) as s:
        reveal = s.guide.reveal()
        assert reveal is not None and reveal.since is None and reveal.practice_changes == ()
    couple.clock.advance(timedelta(weeks=6))
    _both(couple, profile({"closeness": 4, "trust": 4, "communication": 2}),
          profile({"closeness": 4, "trust": 4, "communication": 4}))
    with couple.as_(B) as s:
        reveal = s.guide.reveal()
    assert reveal is not None and reveal.since == first
    moved = {c.practice: c.moves for c in reveal.practice_changes}
    assert moved[Practice.CLOSENESS] == {A: 1, B: 1}
    assert moved[Practice.TRUST] == {A: 1, B: 0}
    assert moved[Practice.COMMUNICATION] == {A: -1, B: 0}
    assert moved[Practice.RECONNECTING] == {A: 0, B: 0}
    assert list(moved) == [p for p in Practice if p in moved]  # in the practices' own order
