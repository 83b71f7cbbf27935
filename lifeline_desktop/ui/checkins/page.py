"""The Check-ins page: this round (each checks in in their own turn, both opened together), the agenda, the trends."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.checkins.trends import trend_data
from lifeline_desktop.services.checkins.views import AVERAGE, DIMENSIONS, RevealedRound, RoundStatus, TrendRange
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.checkins.chart import TrendChart
from lifeline_desktop.ui.checkins.models import AgendaModel
from lifeline_desktop.ui.checkins.practices import PracticesOverTime
from lifeline_desktop.ui.checkins.report_dialog import CounsellorReportDialog
from lifeline_desktop.ui.checkins.this_round import ThisRoundBox
from lifeline_desktop.ui.common.layout import STRETCH, SideBySide, hbox, margins, scrolled_page, vbox
from lifeline_desktop.ui.common.rows_model import RowsModel
from lifeline_desktop.ui.common.section_page import SectionPage
from lifeline_desktop.ui.common.text import fill, medium_date, points
from lifeline_desktop.ui.operations import CHECKINS, CONVERSATIONS, Operations
from lifeline_desktop.ui.shell.navigation import Section

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

WEEKLY_CHECK_IN_SCRIPT = "weekly-check-in"


class CheckInsPage(SectionPage):
    shows = frozenset({CHECKINS})

    def __init__(self, section: Section, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._session: Session | None = session
        self._rounds: list[RevealedRound] = []
        self._rhythm = 7
        self._labels = {"closeness": self.tr("Closeness"), "communication": self.tr("Communication"),
                        "trust": self.tr("Trust"), "affection": self.tr("Affection"), "fun": self.tr("Fun")}
        title = QLabel(section.name, self)
        title.setProperty("role", "title")
        blurb = QLabel(self.tr("Score each from 1 (far from what you wish) to 10 (just right), each in your own "
                               "turn. Your answers stay sealed until you have both answered this round; then you "
                               "open both together. This keeps you from reading over each other's shoulder; it is "
                               "not a lock against each other."), self)
        blurb.setWordWrap(True)
        blurb.setProperty("role", "muted")
        self.this_round = ThisRoundBox(session, self._ops, self._labels, self.load, self)
        self.round_label = self.this_round.round_label
        self.reveal = self.this_round.reveal
        self.practices = PracticesOverTime(session, ops, self)
        round_column = QWidget(self)
        vbox(defs.SPACING, (self.this_round, 1), self.message, parent=round_column)
        top = SideBySide(self, round_column, self._agenda_box(session))
        inner = QWidget(self)
        vbox(defs.SPACING, title, blurb, self.reveal, top, (self._trends_box(session), 1), (self.practices, 1),
             self._past_box(), contents=(defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN),
             parent=inner)
        self.message.say("")
        scrolled_page(self, inner)
        self.load()

    def _agenda_box(self, session: Session) -> QGroupBox:
        box = QGroupBox(self.tr("Agenda for our check-in"), self)
        names = {session.partner.value: session.partner_name, session.partner.other.value: session.other_name}
        self.agenda = AgendaModel(names)
        self.agenda_view = QListView(box)
        self.agenda_view.setModel(self.agenda)
        self.agenda_view.setWordWrap(True)  # a long topic wraps instead of scrolling sideways
        self.agenda_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda_view.setAccessibleName(self.tr("Agenda topics"))
        self.agenda_empty = QLabel(self.tr("Nothing queued. Add a topic here, or from a journal entry."), box)
        self.agenda_empty.setProperty("role", "muted")
        self.agenda_empty.setWordWrap(True)
        self.topic = QLineEdit(box)
        self.topic.setPlaceholderText(self.tr("A topic for next time…"))
        self.topic.setAccessibleName(self.tr("New agenda topic"))
        self.topic.returnPressed.connect(self.add_topic)
        add = QPushButton(self.tr("Add"), box)
        add.setAccessibleName(self.tr("Add topic"))
        add.clicked.connect(self.add_topic)
        self.discussed = QPushButton(self.tr("We talked about it"), box)
        self.discussed.setAccessibleName(self.tr("Mark the topic as talked about"))
        self.discussed.clicked.connect(self.mark_discussed)
        self.talk = QPushButton(self.tr("Start our weekly check-in conversation"), box)
        self.talk.setAccessibleName(self.tr("Start the weekly check-in conversation"))
        self.talk.clicked.connect(self.start_conversation)
        vbox(defs.SPACING, self.agenda_empty, (self.agenda_view, 1), hbox(defs.SPACING, (self.topic, 1), add),
             self.discussed, self.talk, contents=margins(defs.SPACING), parent=box)
        return box

    def _trends_box(self, session: Session) -> QGroupBox:
        box = QGroupBox(self.tr("Trends"), self)
        self.range = QComboBox(box)
        self.range.setAccessibleName(self.tr("Time range"))
        for value, text in ((TrendRange.THREE_MONTHS, self.tr("3 months")), (TrendRange.YEAR, self.tr("A year")),
                            (TrendRange.ALL, self.tr("All"))):
            self.range.addItem(text, value.value)
        self.dimension = QComboBox(box)
        self.dimension.setAccessibleName(self.tr("What to show"))
        self.dimension.addItem(self.tr("All five (average)"), AVERAGE)
        for name in DIMENSIONS:
            self.dimension.addItem(self._labels[name], name)
        self.range.currentIndexChanged.connect(self._redraw)
        self.dimension.currentIndexChanged.connect(self._redraw)
        colours = {session.partner: session.partner_colour, session.partner.other: session.other_colour}
        self.chart = TrendChart(colours[PartnerSlot.A], colours[PartnerSlot.B], box)
        self.chart.setMinimumHeight(260)
        self.legend = QLabel(box)
        self.legend.setWordWrap(True)
        self.legend.setProperty("role", "muted")
        self.report_button = QPushButton(self.tr("For a counsellor…"), box)
        self.report_button.setAccessibleName(self.tr("Make a report for a counsellor"))
        self.report_button.clicked.connect(self.open_report)
        controls = hbox(defs.SPACING, self.range, self.dimension, STRETCH, self.report_button)
        vbox(defs.SPACING, controls, (self.chart, 1), self.legend, contents=margins(defs.SPACING), parent=box)
        return box

    def _past_box(self) -> QGroupBox:
        """Past rounds: what each of you said, newest first (only rounds both answered)."""
        box = QGroupBox(self.tr("Past rounds"), self)
        self.past: RowsModel[RevealedRound] = RowsModel(self._describe_round)
        self.past_view = QListView(box)
        self.past_view.setModel(self.past)
        self.past_view.setWordWrap(True)
        self.past_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.past_view.setAlternatingRowColors(True)
        self.past_view.setAccessibleName(self.tr("Past check-in rounds"))
        self.past_view.setMinimumHeight(defs.CHECKIN_PAST_ROUNDS_HEIGHT)
        vbox(defs.SPACING, self.past_view, contents=margins(defs.SPACING), parent=box)
        return box

    # --- loading ----------------------------------------------------------------------------------------------

    def load(self) -> None:
        session = self._session
        if session is None:
            return

        def work(s: Session) -> tuple[RoundStatus, list[RevealedRound], list[object]]:
            return s.checkins.status(), s.checkins.revealed_rounds(), list(s.checkins.agenda())

        self._ops.query(work, self._loaded)
        self.practices.load()

    def _loaded(self, loaded: tuple[RoundStatus, list[RevealedRound], list[object]]) -> None:
        if self._session is None:
            return
        status, rounds, agenda = loaded
        self._rounds = rounds
        self.past.set_rows(sorted(rounds, key=lambda r: r.round_start, reverse=True))
        self._rhythm = status.rhythm_days
        self.this_round.show_status(status)
        self.agenda.set_topics(agenda)  # type: ignore[arg-type]
        self.agenda_empty.setVisible(not agenda)
        self._redraw()

    def _describe_round(self, revealed: RevealedRound) -> str:
        session = self._session
        if session is None:
            return ""
        names = {session.partner: session.partner_name, session.partner.other: session.other_name}
        lines = [fill(self.tr("From %1"), medium_date(revealed.round_start))]
        for slot in (session.partner, session.partner.other):
            answer = revealed.answers.get(slot)
            if answer is not None:
                lines.append(f"{names[slot]}: {answer.scores.average:.1f}" + (f" · “{answer.note}”"
                                                                                 if answer.note else ""))
        return "\n".join(lines)

    def _redraw(self) -> None:
        session = self._session
        if session is None:
            self.chart.set_data(None)
            return
        today = session.clock.now().astimezone().date()
        data = trend_data(self._rounds, today, TrendRange(self.range.currentData()), self.dimension.currentData(),
                          self._rhythm)
        self.chart.set_data(data)
        self.practices.show_range(TrendRange(self.range.currentData()))
        if data.empty:
            self.legend.setText(self.tr("Trends appear once you have both answered a round."))
        else:
            a_first = session.partner is PartnerSlot.A
            first, second = ((session.partner_name, session.other_name) if a_first
                             else (session.other_name, session.partner_name))
            self.legend.setText(fill(
                self.tr("Lines: %1 and %2. The shaded band is the gap between you (on average %3 points); "
                        "shaded stretches are weeks without a check-in."), first, second, points(data.average_gap)))

    # --- actions ----------------------------------------------------------------------------------------------

    def add_topic(self) -> None:
        session = self._session
        text = self.topic.text()
        if session is None or not text.strip():
            return
        self._ops.change(lambda s: s.checkins.add_topic(text), {CHECKINS}, self._topic_added)

    def _topic_added(self, _id: int) -> None:
        self.topic.clear()
        self.load()

    def mark_discussed(self) -> None:
        session = self._session
        index = self.agenda_view.currentIndex()
        if session is None or not index.isValid():
            return
        topic_id = self.agenda.topic(index.row()).id
        self._ops.change(lambda s: s.checkins.mark_discussed(topic_id), {CHECKINS}, lambda _r: self.load(),
                         owner=self)

    def start_conversation(self) -> None:
        session = self._session
        if session is None:
            return

        def work(s: Session) -> object:
            unfinished = s.conversations.unfinished()
            if unfinished is not None and unfinished.script_id == WEEKLY_CHECK_IN_SCRIPT:
                return unfinished
            return s.conversations.start(WEEKLY_CHECK_IN_SCRIPT, s.partner)

        self._ops.change(work, {CONVERSATIONS}, lambda _c: self.navigate.emit("conversations", True), owner=self)

    def open_report(self) -> CounsellorReportDialog | None:
        if self._session is None:
            return None
        self.report = CounsellorReportDialog(self._ops, self)
        self.report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report.show()
        return self.report

    def release(self) -> None:
        report = getattr(self, "report", None)
        if report is not None and shiboken6.isValid(report):
            report.close()
        self._session = None
        self._rounds = []
        self.past.set_rows([])
        self.agenda.set_topics([])
        self.chart.set_data(None)
        self.practices.release()
        self.this_round.release()
