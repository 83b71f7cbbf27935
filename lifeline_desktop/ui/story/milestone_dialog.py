"""Add or change a milestone: what kind, in the couple's own words, which day, a note, and whether it comes back
every year in the planner."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.domain.vocabulary import MilestoneKind
from lifeline_desktop.services.story.views import MilestoneDraft, MilestoneView
from lifeline_desktop.ui.common.messages import MessageLine


def kind_names() -> dict[MilestoneKind, str]:
    from PySide6.QtCore import QCoreApplication

    t = QCoreApplication.translate
    return {MilestoneKind.FIRST_MET: t("milestones", "The day we met"),
            MilestoneKind.FIRST_DATE: t("milestones", "Our first date"),
            MilestoneKind.MOVED_IN: t("milestones", "We moved in together"),
            MilestoneKind.COMMITTED: t("milestones", "We made a promise"),
            MilestoneKind.CHILD: t("milestones", "A child came into our lives"),
            MilestoneKind.NEW_HOME: t("milestones", "A new home"),
            MilestoneKind.HARD_TIME: t("milestones", "A hard time we got through"),
            MilestoneKind.OTHER: t("milestones", "Something else that matters")}


class MilestoneDialog(QDialog):
    submitted = Signal(object)  # MilestoneDraft

    def __init__(self, today: date, existing: MilestoneView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A milestone") if existing is None else self.tr("Change this milestone"))
        self._today = today
        self.kind = QComboBox(self)
        self.kind.setObjectName("milestone-kind")
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind.value)
        self.title = QLineEdit(self)
        self.title.setObjectName("milestone-title")
        self.title.setPlaceholderText(self.tr("In your own words, like “The bookshop on a rainy Tuesday”"))
        self.day = QDateEdit(self)
        self.day.setObjectName("milestone-day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMMM yyyy")
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("milestone-note")
        self.note.setPlaceholderText(self.tr("A few words to remember it by (optional)"))
        self.note.setMaximumHeight(90)
        self.yearly = QCheckBox(self.tr("Remind us every year, in the planner"), self)
        self.yearly.setObjectName("milestone-yearly")
        self.yearly.setChecked(True)
        if existing is not None:
            self.kind.setCurrentIndex(self.kind.findData(existing.kind.value))
            self.title.setText(existing.title)
            self.day.setDate(QDate(existing.happened_on.year, existing.happened_on.month, existing.happened_on.day))
            self.note.setPlainText(existing.note)
            self.yearly.setChecked(existing.yearly_reminder)
        self.message = MessageLine(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("Name"), self.title)
        form.addRow(self.tr("When"), self.day)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.yearly)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def draft(self) -> MilestoneDraft:
        day = self.day.date()
        return MilestoneDraft(MilestoneKind(self.kind.currentData()), self.title.text(),
                              date(day.year(), day.month(), day.day()), self.note.toPlainText(),
                              self.yearly.isChecked())

    def _submit(self) -> None:
        draft = self.draft()
        try:
            draft.checked(self._today)
        except Exception as error:
            self.message.show_error(error)
            return
        self.submitted.emit(draft)
