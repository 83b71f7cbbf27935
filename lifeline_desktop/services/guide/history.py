"""Each practice for each partner over time, from check-ups and check-ins together, as the Check-ins page draws it.

A check-up's practice average (1 to 5) is stretched onto the check-ins' 1 to 10; a check-in score stands for the
practice suggestions.toml names for it. The line breaks where the couple went quiet, as the trends chart does.
"""

from __future__ import annotations

from datetime import date, timedelta

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Practice
from lifeline_desktop.services.checkins.trends import broken_line, range_start
from lifeline_desktop.services.checkins.views import TrendData, TrendPoint, TrendRange

CHECKUP = "check-up"
CHECKIN = "check-in"
PracticePoint = tuple[date, str, dict[PartnerSlot, float]]  # day, CHECKUP or CHECKIN, 1–10 per partner


def stretched(mean: float) -> float:
    """A check-up average (1 to 5) on the check-ins' scale (1 to 10)."""
    return round(1 + (mean - 1) * 9 / 4, 1)


def practice_trend(history: dict[Practice, list[PracticePoint]], practice: Practice, today: date,
                   trend_range: TrendRange = TrendRange.THREE_MONTHS, rhythm_days: int = 7) -> TrendData:
    """One practice's points in the range, oldest first (a check-up before a check-in of the same day)."""
    found = sorted(history.get(practice, []), key=lambda p: (p[0], p[1] != CHECKUP))
    start = range_start(found[0][0] if found else None, today, trend_range)
    points = tuple(TrendPoint(day, values[PartnerSlot.A], values[PartnerSlot.B], source)
                   for day, source, values in found if start <= day <= today)
    return broken_line(points, start, today, practice.value, timedelta(days=2 * rhythm_days + 7),
                       leading=trend_range is not TrendRange.ALL)
