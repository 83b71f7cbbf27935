"""The trends chart, painted with QPainter (QtCharts is not part of PySide6-Essentials).

It draws what `trend_data` (or, per practice, `practice_trend`) computed: one line per partner, broken where months
passed without a check-in (those stretches are shaded and labelled, never joined over), and the gap between the two
as a faint band. Check-up points are rings, check-in points dots; dates are in the user's locale ("30 Nov").
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lifeline_desktop.services.checkins.views import TrendData
from lifeline_desktop.ui.common.text import as_text, fill, points, short_date

_LEFT, _RIGHT, _TOP, _BOTTOM = 34, 12, 12, 26


class TrendChart(QWidget):
    def __init__(self, colour_a: str, colour_b: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: TrendData | None = None
        self.empty_text = ""  # what the chart says when there is nothing to draw (the default speaks of check-ins)
        self._colours = (QColor(colour_a), QColor(colour_b))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)
        self.setAccessibleName(self.tr("Check-in trends"))

    def sizeHint(self) -> QSize:
        return QSize(520, 240)

    def set_data(self, data: TrendData | None) -> None:
        self.data = data
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """What a screen reader hears instead of the picture."""
        data = self.data
        if data is None or data.empty:
            return self.empty_text or self.tr("No check-ins both of you answered in this range yet.")
        checkups = sum(1 for p in data.points if p.source == "check-up")
        years = data.points[0].day.year != data.points[-1].day.year
        first, last = (short_date(p.day, with_year=years) for p in (data.points[0], data.points[-1]))
        if checkups:
            count = fill(self.tr("From %1 to %2, with %n check-ups among the points", "", checkups), first, last)
        else:
            count = (fill(self.tr("One check-in on %1"), first) if len(data.points) == 1 else
                     fill(self.tr("%n check-ins from %1 to %2", "", len(data.points)), first, last))
        text = count + fill(self.tr("; the average gap between you is %1 points."), points(data.average_gap))
        if data.gaps:
            text += " " + self.tr("%n stretches without check-ins.", "", len(data.gaps))
        return text

    def _x(self, day: date, plot: QRectF) -> float:
        assert self.data is not None
        span = max(1, (self.data.end - self.data.start).days)
        return plot.left() + plot.width() * (day - self.data.start).days / span

    @staticmethod
    def _y(value: float, plot: QRectF) -> float:
        return plot.bottom() - plot.height() * (value - 1) / 9

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        muted = QColor(text_colour)
        muted.setAlpha(90)
        plot = QRectF(_LEFT, _TOP, max(10, self.width() - _LEFT - _RIGHT), max(10, self.height() - _TOP - _BOTTOM))
        painter.setPen(QPen(muted, 1))
        for value in (1, 4, 7, 10):
            y = self._y(value, plot)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(QRectF(0, y - 8, _LEFT - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, as_text(value))
        data = self.data
        if data is None or data.empty:
            painter.setPen(text_colour)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.describe())
            return
        years = data.start.year != data.end.year
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4, 120, 18), Qt.AlignmentFlag.AlignLeft,
                         short_date(data.start, with_year=years))
        painter.drawText(QRectF(plot.right() - 120, plot.bottom() + 4, 120, 18), Qt.AlignmentFlag.AlignRight,
                         short_date(data.end, with_year=years))
        shade = QColor(text_colour)
        shade.setAlpha(25)
        for start, end in data.gaps:  # honest: silent months are shaded, the lines do not cross them
            rect = QRectF(QPointF(self._x(start, plot), plot.top()), QPointF(self._x(end, plot), plot.bottom()))
            painter.fillRect(rect, shade)
            if rect.width() > 70:
                painter.setPen(muted)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("no check-ins"))
        band = QColor(text_colour)
        band.setAlpha(30)
        for segment in data.segments:  # the gap between the two, as a band
            points = [data.points[i] for i in segment]
            path = QPainterPath()
            path.moveTo(self._x(points[0].day, plot), self._y(points[0].a, plot))
            for p in points[1:]:
                path.lineTo(self._x(p.day, plot), self._y(p.a, plot))
            for p in reversed(points):
                path.lineTo(self._x(p.day, plot), self._y(p.b, plot))
            path.closeSubpath()
            painter.fillPath(path, band)
        for colour, pick in ((self._colours[0], "a"), (self._colours[1], "b")):
            painter.setPen(QPen(colour, 2.5))
            painter.setBrush(colour)
            for segment in data.segments:
                dots = [QPointF(self._x(data.points[i].day, plot), self._y(getattr(data.points[i], pick), plot))
                        for i in segment]
                for first, second in pairwise(dots):
                    painter.drawLine(first, second)
                for index, dot in zip(segment, dots, strict=True):
                    self._mark(painter, dot, colour, data.points[index].source == "check-up")

    def _mark(self, painter: QPainter, at: QPointF, colour: QColor, ring: bool) -> None:
        """A check-in is a dot; a check-up a larger ring, hollow, so the two read apart without colour."""
        if ring:
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
            painter.drawEllipse(at, 6, 6)
            painter.setBrush(colour)
        else:
            painter.drawEllipse(at, 3, 3)
