"""What the trends chart draws: both partners' scores per revealed round over a time range, the gap between them,
and the stretches with no check-in, shown as breaks in the lines rather than joined over (an honest chart)."""

from __future__ import annotations

from datetime import date, timedelta

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.checkins.views import (
    AVERAGE,
    DIMENSIONS,
    RevealedRound,
    TrendData,
    TrendPoint,
    TrendRange,
)

_RANGE_DAYS = {TrendRange.THREE_MONTHS: 91, TrendRange.YEAR: 365}


def _value(round_: RevealedRound, slot: PartnerSlot, dimension: str) -> float:
    scores = round_.answers[slot].scores
    return scores.average if dimension == AVERAGE else float(scores.get(dimension))


def trend_data(rounds: list[RevealedRound], today: date, trend_range: TrendRange = TrendRange.THREE_MONTHS,
               dimension: str = AVERAGE, rhythm_days: int = 7) -> TrendData:
    """`rounds` oldest first (as CheckInService.revealed_rounds gives them). A gap is any stretch longer than two
    rounds plus a week between check-ins (or from the range's start or to today): the line breaks there."""
    if dimension != AVERAGE and dimension not in DIMENSIONS:
        raise ValueError(f"unknown dimension {dimension!r}")
    start = range_start(rounds[0].round_start if rounds else None, today, trend_range)
    shown = [r for r in rounds if start <= r.round_start <= today]
    points = tuple(TrendPoint(r.round_start, _value(r, PartnerSlot.A, dimension), _value(r, PartnerSlot.B, dimension))
                   for r in shown)
    return broken_line(points, start, today, dimension, timedelta(days=2 * rhythm_days + 7),
                       leading=trend_range is not TrendRange.ALL)


def range_start(first: date | None, today: date, trend_range: TrendRange) -> date:
    """Where a chart over `trend_range` starts: the first point for "all" (or three months back when none)."""
    if trend_range is TrendRange.ALL:
        return first if first is not None else today - timedelta(days=91)
    return today - timedelta(days=_RANGE_DAYS[trend_range])


def broken_line(points: tuple[TrendPoint, ...], start: date, today: date, dimension: str, allowed: timedelta,
                *, leading: bool = True) -> TrendData:
    """`points` oldest first. The line breaks wherever more than `allowed` passed between points (or since the
    last point until today, or, when `leading`, from `start` to the first point): an honest chart."""
    segments: list[list[int]] = []
    gaps: list[tuple[date, date]] = []
    previous: date | None = None
    for index, point in enumerate(points):
        if previous is None or point.day - previous > allowed:
            if previous is not None:
                gaps.append((previous, point.day))
            segments.append([])
        segments[-1].append(index)
        previous = point.day
    if previous is not None and today - previous > allowed:
        gaps.append((previous, today))
    if points and points[0].day - start > allowed and leading:
        gaps.insert(0, (start, points[0].day))
    return TrendData(start, today, dimension, points, tuple(tuple(s) for s in segments), tuple(gaps))
