"""Each practice for each partner over time, from check-ups and check-ins together, with honest breaks."""

from __future__ import annotations

from datetime import timedelta

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Practice
from lifeline_desktop.services.checkins.views import Scores, TrendRange
from lifeline_desktop.services.guide.history import CHECKIN, CHECKUP, practice_trend, stretched
from tests.integration.guide.conftest import profile, take_checkup

A, B = PartnerSlot.A, PartnerSlot.B


def test_a_check_up_and_check_ins_make_one_line_per_partner(couple):
    with couple.as_(A) as s:
        take_checkup(s, profile({"trust": 2, "communication": 5}))
    with couple.as_(B) as s:
        take_checkup(s, profile({"trust": 4, "communication": 3}))
    for a, b in ((6, 7), (5, 8)):
        couple.clock.advance(timedelta(days=7))
        with couple.as_(A) as s:
            s.checkins.answer(Scores(7, 7, a, 7, 7))
        with couple.as_(B) as s:
            s.checkins.answer(Scores(7, 7, b, 7, 7))
    with couple.as_(B) as s:
        history = s.guide.practice_history()
        today = couple.clock.now().astimezone().date()
    trust = practice_trend(history, Practice.TRUST, today, TrendRange.ALL)
    assert [p.source for p in trust.points] == [CHECKUP, CHECKIN, CHECKIN]
    assert (trust.points[0].a, trust.points[0].b) == (stretched(2), stretched(4)) == (3.2, 7.8)
    assert [(p.a, p.b) for p in trust.points[1:]] == [(6, 7), (5, 8)]
    assert len(trust.segments) == 1 and trust.gaps == ()
    talk = practice_trend(history, Practice.COMMUNICATION, today, TrendRange.ALL)
    assert (talk.points[0].a, talk.points[0].b) == (10.0, 5.5)


def test_months_without_either_break_the_line(couple):
    with couple.as_(A) as s:
        take_checkup(s, profile(3))
    with couple.as_(B) as s:
        take_checkup(s, profile(4))
    couple.clock.advance(timedelta(days=120))
    with couple.as_(A) as s:
        s.checkins.answer(Scores(5, 5, 5, 5, 5))
    with couple.as_(B) as s:
        s.checkins.answer(Scores(6, 6, 6, 6, 6))
        history = s.guide.practice_history()
    today = couple.clock.now().astimezone().date()
    closeness = practice_trend(history, Practice.CLOSENESS, today, TrendRange.YEAR)
    assert len(closeness.points) == 2 and len(closeness.segments) == 2
    assert (closeness.points[0].day, closeness.points[1].day) in closeness.gaps  # not joined over
    recent = practice_trend(history, Practice.CLOSENESS, today, TrendRange.THREE_MONTHS)
    assert [p.source for p in recent.points] == [CHECKIN]  # the check-up is older than three months
