"""On the Check-ins page: each of the five practices for each partner over time, from check-ups (rings) and
check-ins (dots) together, one practice at a time, each partner in their colour (services/guide/history.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QWidget

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Practice
from lifeline_desktop.services.checkins.views import TrendRange
from lifeline_desktop.services.guide.history import PracticePoint, practice_trend
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.checkins.chart import TrendChart
from lifeline_desktop.ui.common.layout import STRETCH, hbox, margins, vbox
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.guide.words import practice_name
from lifeline_desktop.ui.operations import Operations

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

History = dict[Practice, list[PracticePoint]]


class PracticesOverTime(QGroupBox):
    def __init__(self, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Each practice over time"))
        self._session: Session | None = session
        self._ops = ops
        self._history: History = {}
        self._rhythm = 7
        self._range = TrendRange.THREE_MONTHS
        self.practice = QComboBox(self)
        self.practice.setObjectName("practice-choice")
        self.practice.setAccessibleName(self.tr("Which practice to show"))
        for practice in Practice:
            self.practice.addItem(practice_name(practice), practice.value)
        self.practice.currentIndexChanged.connect(self._redraw)
        colours = {session.partner: session.partner_colour, session.partner.other: session.other_colour}
        self.chart = TrendChart(colours[PartnerSlot.A], colours[PartnerSlot.B], self)
        self.chart.setObjectName("practice-chart")
        self.chart.setAccessibleName(self.tr("Practice over time"))
        self.chart.empty_text = self.tr("Nothing for this practice in this range yet: it appears after a check-up "
                                        "or a check-in you have both answered.")
        self.chart.setMinimumHeight(defs.PRACTICE_CHART_HEIGHT)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setProperty("role", "muted")
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        vbox(defs.SMALL_SPACING, hbox(defs.SPACING, self.practice, STRETCH), (self.chart, 1), self.legend,
             contents=margins(defs.SPACING), parent=self)

    def load(self) -> None:
        if self._session is None:
            return
        self._ops.query(lambda s: (s.guide.practice_history(), s.checkins.rhythm_days()), self._loaded, owner=self)

    def _loaded(self, loaded: tuple[History, int]) -> None:
        if self._session is None:
            return
        self._history, self._rhythm = loaded
        self._redraw()

    def show_range(self, trend_range: TrendRange) -> None:
        self._range = trend_range
        self._redraw()

    def chosen(self) -> Practice:
        return Practice(self.practice.currentData())

    def _redraw(self) -> None:
        session = self._session
        if session is None:
            self.chart.set_data(None)
            return
        today: date = session.clock.now().astimezone().date()
        data = practice_trend(self._history, self.chosen(), today, self._range, self._rhythm)
        self.chart.set_data(data)
        first, second = ((session.partner_name, session.other_name) if session.partner is PartnerSlot.A
                         else (session.other_name, session.partner_name))
        self.legend.setText(fill(self.tr("Lines: %1 and %2, from 1 to 10. Rings are check-ups (your answers there, "
                                    "stretched onto the same 1 to 10), dots are check-ins. The line breaks where "
                                    "weeks went by without either."), first, second))

    def release(self) -> None:
        self._session = None
        self._history = {}
        self.chart.set_data(None)
        self.legend.clear()
