"""The Check-ins page: this round's scores and note (sealed until both answered), the agenda, the trends."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.checkins.trends import trend_data
from lifeline_desktop.services.checkins.views import AVERAGE, DIMENSIONS, RevealedRound, RoundStatus, Scores, TrendRange
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.checkins.chart import TrendChart
from lifeline_desktop.ui.checkins.models import AgendaModel
from lifeline_desktop.ui.checkins.practices import PracticesOverTime
from lifeline_desktop.ui.checkins.report_dialog import CounsellorReportDialog
from lifeline_desktop.ui.common.rows_model import RowsModel
from lifeline_desktop.ui.common.section_page import SectionPage
from lifeline_desktop.ui.common.text import fill, medium_date, points, short_date
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
        names = {PartnerSlot.A.value: "", PartnerSlot.B.value: ""}
        names[session.partner.value] = session.partner_name
        names[session.partner.other.value] = session.other_name
        self._names = names
        colours = {session.partner: session.partner_colour, session.partner.other: session.other_colour}

        title = QLabel(section.name, self)
        title.setProperty("role", "title")
        blurb = QLabel(self.tr("Score each from 1 (far from what you wish) to 10 (just right). Your answers stay "
                               "sealed until you have both answered this round; then you both see both. This keeps "
                               "you from reading over each other's shoulder; it is not a lock against each other."),
                       self)
        blurb.setWordWrap(True)
        blurb.setProperty("role", "muted")

        # --- this round ---
        form_box = QGroupBox(self.tr("This round"), self)
        self.round_label = QLabel(form_box)
        self.round_label.setWordWrap(True)
        self.round_label.setObjectName("round-status")
        labels = {"closeness": self.tr("Closeness"), "communication": self.tr("Communication"),
                  "trust": self.tr("Trust"), "affection": self.tr("Affection"), "fun": self.tr("Fun")}
        self._labels = labels
        self.scores: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for name in DIMENSIONS:
            spin = QSpinBox(form_box)
            spin.setRange(1, 10)
            spin.setValue(5)
            spin.setAccessibleName(labels[name])
            spin.setObjectName(f"score-{name}")
            self.scores[name] = spin
            form.addRow(labels[name], spin)
        self.note = QPlainTextEdit(form_box)
        self.note.setPlaceholderText(self.tr("A note for this round (optional): what is on your mind?"))
        self.note.setAccessibleName(self.tr("Check-in note"))
        self.note.setFixedHeight(80)
        self.submit = QPushButton(self.tr("Seal my answer"), form_box)
        self.submit.setAccessibleName(self.tr("Seal my check-in answer"))
        self.submit.setToolTip(self.tr("Seal my answer (Ctrl+Return)"))
        self.submit.clicked.connect(self.submit_answer)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.submit_answer)
        self.revealed = QLabel(form_box)
        self.revealed.setObjectName("revealed")
        self.revealed.setWordWrap(True)
        self.revealed.setTextFormat(Qt.TextFormat.PlainText)
        self.rhythm = QComboBox(form_box)
        self.rhythm.setAccessibleName(self.tr("How often you check in"))
        for days, text in ((7, self.tr("Every week")), (14, self.tr("Every two weeks")),
                           (28, self.tr("Every four weeks"))):
            self.rhythm.addItem(text, days)
        self.rhythm.activated.connect(self._rhythm_chosen)
        box = QVBoxLayout(form_box)
        box.addWidget(self.round_label)
        box.addLayout(form)
        box.addWidget(self.note)
        box.addWidget(self.submit)
        box.addWidget(self.message)
        box.addWidget(self.revealed)
        rhythm_row = QHBoxLayout()
        rhythm_row.addWidget(QLabel(self.tr("Rhythm:"), form_box))
        rhythm_row.addWidget(self.rhythm, 1)
        box.addLayout(rhythm_row)
        box.addStretch(1)

        # --- agenda ---
        agenda_box = QGroupBox(self.tr("Agenda for our check-in"), self)
        self.agenda = AgendaModel(names)
        self.agenda_view = QListView(agenda_box)
        self.agenda_view.setModel(self.agenda)
        self.agenda_view.setWordWrap(True)  # a long topic wraps instead of scrolling sideways
        self.agenda_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda_view.setAccessibleName(self.tr("Agenda topics"))
        self.agenda_empty = QLabel(self.tr("Nothing queued. Add a topic here, or from a journal entry."), agenda_box)
        self.agenda_empty.setProperty("role", "muted")
        self.agenda_empty.setWordWrap(True)
        self.topic = QLineEdit(agenda_box)
        self.topic.setPlaceholderText(self.tr("A topic for next time…"))
        self.topic.setAccessibleName(self.tr("New agenda topic"))
        self.topic.returnPressed.connect(self.add_topic)
        add = QPushButton(self.tr("Add"), agenda_box)
        add.setAccessibleName(self.tr("Add topic"))
        add.clicked.connect(self.add_topic)
        self.discussed = QPushButton(self.tr("We talked about it"), agenda_box)
        self.discussed.setAccessibleName(self.tr("Mark the topic as talked about"))
        self.discussed.clicked.connect(self.mark_discussed)
        self.talk = QPushButton(self.tr("Start our weekly check-in conversation"), agenda_box)
        self.talk.setAccessibleName(self.tr("Start the weekly check-in conversation"))
        self.talk.clicked.connect(self.start_conversation)
        topic_row = QHBoxLayout()
        topic_row.addWidget(self.topic, 1)
        topic_row.addWidget(add)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda_empty)
        agenda_layout.addWidget(self.agenda_view, 1)
        agenda_layout.addLayout(topic_row)
        agenda_layout.addWidget(self.discussed)
        agenda_layout.addWidget(self.talk)

        # --- trends ---
        trends_box = QGroupBox(self.tr("Trends"), self)
        self.range = QComboBox(trends_box)
        self.range.setAccessibleName(self.tr("Time range"))
        for value, text in ((TrendRange.THREE_MONTHS, self.tr("3 months")), (TrendRange.YEAR, self.tr("A year")),
                            (TrendRange.ALL, self.tr("All"))):
            self.range.addItem(text, value.value)
        self.dimension = QComboBox(trends_box)
        self.dimension.setAccessibleName(self.tr("What to show"))
        self.dimension.addItem(self.tr("All five (average)"), AVERAGE)
        for name in DIMENSIONS:
            self.dimension.addItem(labels[name], name)
        self.range.currentIndexChanged.connect(self._redraw)
        self.dimension.currentIndexChanged.connect(self._redraw)
        self.chart = TrendChart(colours[PartnerSlot.A], colours[PartnerSlot.B], trends_box)
        self.chart.setMinimumHeight(260)
        self.legend = QLabel(trends_box)
        self.legend.setWordWrap(True)
        self.legend.setProperty("role", "muted")
        controls = QHBoxLayout()
        controls.addWidget(self.range)
        controls.addWidget(self.dimension)
        controls.addStretch(1)
        self.report_button = QPushButton(self.tr("For a counsellor…"), trends_box)
        self.report_button.setAccessibleName(self.tr("Make a report for a counsellor"))
        self.report_button.clicked.connect(self.open_report)
        controls.addWidget(self.report_button)
        trends_layout = QVBoxLayout(trends_box)
        trends_layout.addLayout(controls)
        trends_layout.addWidget(self.chart, 1)
        trends_layout.addWidget(self.legend)

        self.practices = PracticesOverTime(session, ops, self)

        # --- past rounds: what each of you said, newest first (only rounds both answered) ---
        past_box = QGroupBox(self.tr("Past rounds"), self)
        self.past: RowsModel[RevealedRound] = RowsModel(self._describe_round)
        self.past_view = QListView(past_box)
        self.past_view.setModel(self.past)
        self.past_view.setWordWrap(True)
        self.past_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.past_view.setAlternatingRowColors(True)
        self.past_view.setAccessibleName(self.tr("Past check-in rounds"))
        self.past_view.setMinimumHeight(defs.CHECKIN_PAST_ROUNDS_HEIGHT)
        past_layout = QVBoxLayout(past_box)
        past_layout.addWidget(self.past_view)

        top = QHBoxLayout()
        top.setSpacing(defs.SPACING)
        top.addWidget(form_box, 1)
        top.addWidget(agenda_box, 1)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN * 2, defs.MARGIN)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(top)
        layout.addWidget(trends_box, 1)
        layout.addWidget(self.practices, 1)
        layout.addWidget(past_box)
        self.message.say("")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.load()

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
        self._show_status(status)
        self.agenda.set_topics(agenda)  # type: ignore[arg-type]
        self.agenda_empty.setVisible(not agenda)
        self._redraw()

    def _show_status(self, status: RoundStatus) -> None:
        session = self._session
        assert session is not None
        self._rhythm = status.rhythm_days
        self.rhythm.setCurrentIndex(max(0, self.rhythm.findData(status.rhythm_days)))
        other = session.other_name
        span = fill(self.tr("%1 to %2"), short_date(status.round_start), short_date(status.round_end))
        if status.revealed:
            text = fill(self.tr("You have both checked in for %1."), span)
        elif status.i_answered:
            text = fill(self.tr("Your answer for %1 is sealed. It opens when %2 has checked in too."), span, other)
        elif status.other_answered:
            text = fill(self.tr("%2 has checked in for %1. Your answer will open both."), span, other)
        else:
            text = fill(self.tr("Your check-in for %1 is due."), span)
        self.round_label.setText(text)
        if status.mine is not None:
            for name in DIMENSIONS:
                self.scores[name].setValue(status.mine.scores.get(name))
            self.note.setPlainText(status.mine.note)
        for widget in (*self.scores.values(), self.note, self.submit):
            widget.setEnabled(not status.revealed)
        self.submit.setText(self.tr("Change my sealed answer") if status.i_answered and not status.revealed
                            else self.tr("Seal my answer"))
        if status.both is not None:
            lines = []
            for slot, name in ((session.partner, session.partner_name), (session.partner.other, other)):
                answer = status.both[slot]
                scores = ", ".join(f"{self._labels[d]} {answer.scores.get(d)}" for d in DIMENSIONS)
                lines.append(f"{name}: {scores}" + (f"\n“{answer.note}”" if answer.note else ""))
            self.revealed.setText("\n\n".join(lines))
        else:
            self.revealed.setText("")

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

    def submit_answer(self) -> None:
        session = self._session
        if session is None or not self.submit.isEnabled():
            return
        scores = Scores(*(self.scores[name].value() for name in DIMENSIONS))
        note = self.note.toPlainText()
        self.message.say("")
        self._ops.change(lambda s: s.checkins.answer(scores, note), {CHECKINS}, self._answered)

    def _answered(self, status: RoundStatus) -> None:
        if self._session is not None:
            self.load()

    def _rhythm_chosen(self, _index: int) -> None:
        session = self._session
        if session is None:
            return
        days = int(self.rhythm.currentData())
        self._ops.change(lambda s: s.checkins.set_rhythm(days), {CHECKINS}, lambda _r: self.load(), owner=self)

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
        self.note.clear()
        self.revealed.clear()
        self.agenda.set_topics([])
        self.chart.set_data(None)
        self.practices.release()
