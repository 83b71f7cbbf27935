"""Suggestions from a check-in history that dips and one that does not; each partner can turn them off; the
follow-up the day after a hard talk, sealed until both answered."""

from __future__ import annotations

from datetime import timedelta

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.checkins.views import Scores

A, B = PartnerSlot.A, PartnerSlot.B


def _rounds(couple, communication_a, communication_b):
    for a, b in zip(communication_a, communication_b, strict=True):
        with couple.as_(A) as s:
            s.checkins.answer(Scores(7, a, 7, 7, 7))
        with couple.as_(B) as s:
            s.checkins.answer(Scores(7, b, 7, 7, 7))
        couple.clock.advance(timedelta(days=7))


def test_a_dip_for_both_suggests_a_conversation_for_that_practice(couple):
    _rounds(couple, [8, 6, 4], [7, 6, 5])
    with couple.as_(A) as s:
        suggestion = s.guide.today().suggestion
        assert suggestion is not None and suggestion.ref == "passing-the-floor"
        assert suggestion.text == "Talking and listening dipped for both of you: 'Passing the floor', 35 minutes."
        s.guide.set_suggestions(False)
        assert s.guide.today().suggestion is None
    with couple.as_(B) as s:  # turned off for Rosa only
        assert s.guide.today().suggestion is not None


def test_a_steady_history_suggests_nothing(couple):
    _rounds(couple, [6, 7, 6], [7, 7, 8])
    with couple.as_(A) as s:
        assert s.guide.today().suggestion is None


def test_a_widening_gap_is_noticed(couple):
    _rounds(couple, [6, 7, 8], [6, 5, 5])
    with couple.as_(B) as s:
        suggestion = s.guide.today().suggestion
        assert suggestion is not None and "further apart" in suggestion.text


def test_the_day_after_a_hard_talk_each_partner_answers_privately(couple):
    with couple.as_(A) as s:
        talk = s.conversations.start("after-a-fight", A)
        s.conversations.finish(talk.id)
    with couple.as_(A) as s:
        assert s.guide.today().follow_up is None  # not on the same day
    couple.clock.advance(timedelta(days=1))
    with couple.as_(A) as s:
        follow_up = s.guide.today().follow_up
        assert follow_up is not None and follow_up.repair and not follow_up.i_answered
        status = s.guide.follow_ups.answer(follow_up.conversation_id, 4)
        assert status.i_answered and not status.revealed and status.ratings is None
    with couple.as_(B) as s:
        follow_up = s.guide.today().follow_up
        assert follow_up is not None and follow_up.other_answered and follow_up.ratings is None
        status = s.guide.follow_ups.answer(follow_up.conversation_id, 7)
        assert status.revealed and status.ratings == {A: 4, B: 7}
    couple.clock.advance(timedelta(days=1))
    with couple.as_(B) as s:
        assert s.guide.today().follow_up is None
