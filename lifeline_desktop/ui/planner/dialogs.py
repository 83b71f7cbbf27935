"""The planner's small forms: an own idea, a plan, a reflection. Each emits what was typed; the page saves it
through the Runner and either closes the form or shows the service's sentence in it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.domain import recurrence
from lifeline_desktop.services.planner.service import IdeaDraft
from lifeline_desktop.services.planner.views import PlanDraft
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.calendar_look import date_time_field
from lifeline_desktop.ui.common.dialogs import name_buttons
from lifeline_desktop.ui.common.text import QT_TRANSLATE_NOOP
from lifeline_desktop.ui.labels import COSTS, ENERGIES, PLACES, PRACTICES, SEASONS, choices
from lifeline_desktop.ui.planner.timing import plan_zone_note


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setSpacing(defs.SMALL_SPACING)
        self.error = QLabel(self)
        self.error.setProperty("role", "warning")
        self.error.setWordWrap(True)
        self.error.setObjectName("form-error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        name_buttons(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self._submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN, defs.MARGIN, defs.MARGIN, defs.MARGIN)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.save_button.setEnabled(True)

    def _submit(self) -> None:
        self.error.clear()
        self.error.hide()
        self.save_button.setEnabled(False)  # until the page says how it went
        self.submit()

    def submit(self) -> None:
        raise NotImplementedError


def qdatetime(value: datetime) -> QDateTime:
    """A naive wall-clock datetime as a QDateTime (local, to the minute)."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _combo(parent: QWidget, labels: Mapping[Any, str], name: str, optional: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    if optional is not None:
        combo.addItem(optional, None)
    for value, label in choices(labels):
        combo.addItem(label, value)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class IdeaDialog(_Form):
    submitted = Signal(object)  # IdeaDraft

    def __init__(self, parent: QWidget | None, draft: IdeaDraft | None = None) -> None:
        super().__init__(self.tr("Our own idea") if draft is None else self.tr("Edit our idea"), parent)
        self.title_field = QLineEdit(self)
        self.title_field.setAccessibleName(self.tr("Title"))
        self.title_field.setPlaceholderText(self.tr("A few words, like “Pancake Sunday”"))
        self.description = QPlainTextEdit(self)
        self.description.setAccessibleName(self.tr("How and why"))
        self.description.setFixedHeight(90)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(5, 4320)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Time needed"))
        self.cost = _combo(self, COSTS, self.tr("Cost"))
        self.energy = _combo(self, ENERGIES, self.tr("Energy"))
        self.place = _combo(self, PLACES, self.tr("Where"))
        _select(self.place, "anywhere")
        self.season = _combo(self, SEASONS, self.tr("Season"), self.tr("Any season"))
        self.screens = QCheckBox(self.tr("Needs a screen"), self)
        self.practices: dict[str, QCheckBox] = {}
        boxes = QVBoxLayout()
        for practice, label in choices(PRACTICES):
            box = QCheckBox(label, self)
            self.practices[practice] = box
            boxes.addWidget(box)
        self.form.addRow(self.tr("Title"), self.title_field)
        self.form.addRow(self.tr("How and why"), self.description)
        self.form.addRow(self.tr("Time needed"), self.minutes)
        self.form.addRow(self.tr("Cost"), self.cost)
        self.form.addRow(self.tr("Energy"), self.energy)
        self.form.addRow(self.tr("Where"), self.place)
        self.form.addRow(self.tr("Season"), self.season)
        self.form.addRow("", self.screens)
        self.form.addRow(self.tr("Practices"), boxes)
        if draft is not None:
            self.title_field.setText(draft.title)
            self.description.setPlainText(draft.description)
            self.minutes.setValue(draft.minutes or 60)
            _select(self.cost, draft.cost)
            _select(self.energy, draft.energy)
            _select(self.place, draft.place)
            _select(self.season, draft.season)
            self.screens.setChecked(draft.screens)
            for value in draft.practices:
                if value in self.practices:
                    self.practices[value].setChecked(True)

    def submit(self) -> None:
        self.submitted.emit(IdeaDraft(
            title=self.title_field.text(), description=self.description.toPlainText(),
            practices=tuple(v for v, box in self.practices.items() if box.isChecked()),
            minutes=self.minutes.value(), cost=self.cost.currentData(), energy=self.energy.currentData(),
            place=self.place.currentData(), season=self.season.currentData(), screens=self.screens.isChecked()))


REPEATS = (
    ("none", QT_TRANSLATE_NOOP("PlanDialog", "Does not repeat")),
    ("daily", QT_TRANSLATE_NOOP("PlanDialog", "Every day")),
    ("weekly", QT_TRANSLATE_NOOP("PlanDialog", "Every week on this weekday")),
    ("fortnightly", QT_TRANSLATE_NOOP("PlanDialog", "Every two weeks")),
    ("monthly-first",
     QT_TRANSLATE_NOOP("PlanDialog", "The first of this weekday each month (a Saturday: first weekend)")),
    ("monthly", QT_TRANSLATE_NOOP("PlanDialog", "Every month on this date")),
    ("custom", QT_TRANSLATE_NOOP("PlanDialog", "Custom rule (RFC 5545 RRULE)…")),
)


def rule_for(choice: str, day: datetime, custom: str) -> str | None:
    if choice == "daily":
        return "FREQ=DAILY"
    if choice == "weekly":
        return recurrence.weekly_on(day.date())
    if choice == "fortnightly":
        return recurrence.weekly_on(day.date()) + ";INTERVAL=2"
    if choice == "monthly-first":
        return recurrence.first_weekday_of_month(day.date())
    if choice == "monthly":
        return "FREQ=MONTHLY"
    if choice == "custom":
        return custom
    return None


class PlanDialog(_Form):
    submitted = Signal(object)  # PlanDraft

    def __init__(self, parent: QWidget | None, draft: PlanDraft, *, editing: bool = False) -> None:
        super().__init__(self.tr("Edit plan") if editing else self.tr("Plan something together"), parent)
        self._draft = draft
        self.title_field = QLineEdit(draft.title, self)
        self.title_field.setAccessibleName(self.tr("What"))
        self.when = date_time_field(self, qdatetime(draft.starts_local), self.tr("When"))
        self.duration = QSpinBox(self)
        self.duration.setRange(5, 14 * 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(draft.duration_minutes)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("How long"))
        self.place = QLineEdit(draft.place, self)
        self.place.setAccessibleName(self.tr("Where"))
        self.notes = QPlainTextEdit(draft.notes, self)
        self.notes.setFixedHeight(70)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.phones_away = QCheckBox(self.tr("Phones away: this time is for the two of us"), self)
        self.phones_away.setChecked(draft.phones_away)
        self.reminder = QComboBox(self)
        self.reminder.setAccessibleName(self.tr("Reminder"))
        for minutes, label in ((None, self.tr("No reminder")), (10, self.tr("10 minutes before")),
                               (30, self.tr("30 minutes before")), (60, self.tr("An hour before")),
                               (24 * 60, self.tr("A day before"))):
            self.reminder.addItem(label, minutes)
        _select(self.reminder, draft.reminder_minutes)
        self.repeat = QComboBox(self)
        self.repeat.setAccessibleName(self.tr("Repeats"))
        for value, label in REPEATS:
            self.repeat.addItem(self.tr(label), value)
        self.custom_rule = QLineEdit(draft.recurrence_rule or "", self)
        self.custom_rule.setPlaceholderText("FREQ=WEEKLY;BYDAY=FR")
        self.custom_rule.setAccessibleName(self.tr("Repeat rule"))
        if draft.recurrence_rule:
            _select(self.repeat, "custom")
        self.custom_rule.setVisible(bool(draft.recurrence_rule))
        self.repeat.currentIndexChanged.connect(
            lambda _i: self.custom_rule.setVisible(self.repeat.currentData() == "custom"))
        self.zone_note = QLabel(plan_zone_note(draft.time_zone), self)
        self.zone_note.setProperty("role", "muted")
        self.zone_note.setWordWrap(True)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat, 1)
        self.form.addRow(self.tr("What"), self.title_field)
        self.form.addRow(self.tr("When"), self.when)
        self.form.addRow("", self.zone_note)
        self.form.addRow(self.tr("How long"), self.duration)
        self.form.addRow(self.tr("Where"), self.place)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.form.addRow("", self.phones_away)
        self.form.addRow(self.tr("Reminder"), self.reminder)
        self.form.addRow(self.tr("Repeats"), repeat_row)
        self.form.addRow("", self.custom_rule)
        self.setMinimumWidth(defs.FIELD_WIDTH + 200)

    def start(self) -> datetime:
        value = self.when.dateTime().toPython()
        assert isinstance(value, datetime)
        return value.replace(tzinfo=None, second=0, microsecond=0)

    def submit(self) -> None:
        start = self.start()
        self.submitted.emit(PlanDraft(
            title=self.title_field.text(), starts_local=start, time_zone=self._draft.time_zone,
            duration_minutes=self.duration.value(), place=self.place.text(), notes=self.notes.toPlainText(),
            phones_away=self.phones_away.isChecked(), reminder_minutes=self.reminder.currentData(),
            recurrence_rule=rule_for(self.repeat.currentData(), start, self.custom_rule.text()),
            idea_key=self._draft.idea_key))


class MoveDialog(_Form):
    submitted = Signal(object)  # naive datetime

    def __init__(self, parent: QWidget | None, current: datetime) -> None:
        super().__init__(self.tr("Move this one"), parent)
        self.when = date_time_field(self, qdatetime(current), self.tr("New time"))
        note = QLabel(self.tr("Only this occurrence moves; the rest of the series stays."), self)
        note.setWordWrap(True)
        self.form.addRow(self.tr("New time"), self.when)
        self.form.addRow("", note)

    def submit(self) -> None:
        value = self.when.dateTime().toPython()
        assert isinstance(value, datetime)
        self.submitted.emit(value.replace(tzinfo=None, second=0, microsecond=0))


class ReflectDialog(_Form):
    submitted = Signal(object, str, bool)  # enjoyment (int | None), note, private

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(self.tr("How was it?"), parent)
        about = QLabel(title, self)
        about.setWordWrap(True)
        self.enjoyment = QComboBox(self)
        self.enjoyment.setAccessibleName(self.tr("How it felt, 1 to 5"))
        self.enjoyment.addItem(self.tr("No number"), None)
        for value, label in ((1, self.tr("1 · not great")), (2, "2"), (3, self.tr("3 · fine")), (4, "4"),
                             (5, self.tr("5 · wonderful"))):
            self.enjoyment.addItem(label, value)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(80)
        self.note.setAccessibleName(self.tr("A few words"))
        self.note.setPlaceholderText(self.tr("What stayed with you?"))
        self.private = QCheckBox(self.tr("Keep this private (only in my private journal)"), self)
        self.form.addRow("", about)
        self.form.addRow(self.tr("How it felt"), self.enjoyment)
        self.form.addRow(self.tr("A few words"), self.note)
        self.form.addRow("", self.private)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        self.submitted.emit(self.enjoyment.currentData(), self.note.toPlainText(), self.private.isChecked())
