"""The chart's data: both partners' scores per round, the gap between them, and honest breaks for silent months."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.checkins.trends import trend_data
from lifeline_desktop.services.checkins.views import AVERAGE, Answer, RevealedRound, Scores, TrendRange

A, B = PartnerSlot.A, PartnerSlot.B
TODAY = date(2026, 6, 1)


def _round(day: date, a: int, b: int) -> RevealedRound:
    when = datetime(day.year, day.month, day.day)
    return RevealedRound(day, {A: Answer(A, Scores(a, a, a, a, a), "", when),
                               B: Answer(B, Scores(b, b, b, b, b), "", when)})


def test_points_gap_and_a_silent_stretch_breaks_the_line():
    weekly = [_round(TODAY - timedelta(days=400 - 7 * i), 5, 7) for i in range(10)]  # long ago
    recent = [_round(TODAY - timedelta(days=70 - 7 * i), 6 + i % 2, 4) for i in range(10)]
    data = trend_data(weekly + recent, TODAY, TrendRange.ALL)
    assert len(data.points) == 20
    assert len(data.segments) == 2  # months of silence are not drawn over
    assert data.gaps[0] == (weekly[-1].round_start, recent[0].round_start)
    assert data.points[0].gap == 2

    three_months = trend_data(weekly + recent, TODAY, TrendRange.THREE_MONTHS)
    assert [p.day for p in three_months.points] == [r.round_start for r in recent]
    assert three_months.start == TODAY - timedelta(days=91)
    assert three_months.average_gap == (2 * 5 + 3 * 5) / 10

    year = trend_data(weekly + recent, TODAY, TrendRange.YEAR, dimension="trust")
    assert len(year.points) == len(recent) + sum(1 for r in weekly if r.round_start >= TODAY - timedelta(days=365))


def test_no_check_in_lately_shows_as_a_gap_up_to_today():
    data = trend_data([_round(TODAY - timedelta(days=60), 5, 5)], TODAY, TrendRange.THREE_MONTHS, AVERAGE)
    assert data.gaps[-1] == (TODAY - timedelta(days=60), TODAY)
    assert trend_data([], TODAY).empty
