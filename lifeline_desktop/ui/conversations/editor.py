"""The script editor: what a script is about, then its steps (who, the words, a timer, a note, a checklist) and
rounds. Saving goes through the Runner; what needs fixing is listed in plain words and nothing is lost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lifeline_desktop.domain.conversation import MAX_TIMER_SECONDS
from lifeline_desktop.services.conversations.scripts import ScriptNotValid
from lifeline_desktop.services.conversations.views import ScriptDraft, StepDraft
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.text import fill, sentence
from lifeline_desktop.ui.conversations.editor_models import CLOSING, OPENING, RoundsModel, StepsModel, role_name
from lifeline_desktop.ui.labels import PRACTICES, choices
from lifeline_desktop.ui.operations import CONVERSATIONS, Operations

if TYPE_CHECKING:
    from lifeline_desktop.content.scripts import Script
    from lifeline_desktop.services.session import Session



class DurationSpin(QSpinBox):
    """A step timer in seconds, shown as minutes and seconds; 0 means no timer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, MAX_TIMER_SECONDS)
        self.setSingleStep(30)
        self.setSpecialValueText(self.tr("No timer"))

    def textFromValue(self, value: int) -> str:
        minutes, seconds = divmod(value, 60)
        if seconds == 0:
            return fill(self.tr("%1 min"), str(minutes))
        if minutes == 0:
            return fill(self.tr("%1 s"), str(seconds))
        return fill(self.tr("%1 min %2 s"), str(minutes), str(seconds))

    def valueFromText(self, text: str) -> int:
        numbers = [int(n) for n in "".join(c if c.isdigit() else " " for c in text).split()]
        if not numbers:
            return 0
        if "min" in text:
            return numbers[0] * 60 + (numbers[1] if len(numbers) > 1 else 0)
        return numbers[0]


class ScriptEditor(QDialog):
    saved = Signal(object)  # the saved Script

    def __init__(self, session: Session, ops: Operations, draft: ScriptDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("script-editor")
        self.setWindowTitle(self.tr("Edit our script") if draft.id else self.tr("A new script of our own"))
        self._ops, self._draft = ops, draft
        self._loading = False
        names = {session.partner.value: session.partner_name, session.partner.other.value: session.other_name}
        self.steps = StepsModel(names)
        self.rounds = RoundsModel()
        self._names = names

        tabs = QTabWidget(self)
        tabs.addTab(self._about_tab(), self.tr("About"))
        tabs.addTab(self._steps_tab(), self.tr("Steps"))
        self.tabs = tabs
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setProperty("role", "error")
        self.problems.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Save this script"))
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.resize(860, 640)
        self._fill(draft)

    # --- building ---------------------------------------------------------------------------------------------

    def _about_tab(self) -> QWidget:
        tab = QWidget()
        self.title = QLineEdit(tab)
        self.title.setAccessibleName(self.tr("Title"))
        self.minutes = QSpinBox(tab)
        self.minutes.setRange(5, 180)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("About how long it takes"))
        self.practices: dict[str, QCheckBox] = {}
        practices = QHBoxLayout()
        for practice, name in choices(PRACTICES):
            box = QCheckBox(name, tab)
            self.practices[practice] = box
            practices.addWidget(box)
        practices.addStretch(1)
        self.summary, self.helps_when, self.not_for, self.professional = (
            self._text(tab, name) for name in (self.tr("What it is about"), self.tr("When it helps"),
                                               self.tr("When it is not the right tool"),
                                               self.tr("Note about a counsellor or therapist")))
        self.professional.setPlaceholderText(self.tr(
            "Needed for a script about trust: say it is meant alongside a counsellor or couples therapist."))
        form = QFormLayout(tab)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Takes about"), self.minutes)
        form.addRow(self.tr("Practices"), practices)
        form.addRow(self.tr("What it is about"), self.summary)
        form.addRow(self.tr("When it helps"), self.helps_when)
        form.addRow(self.tr("Not the right tool for"), self.not_for)
        form.addRow(self.tr("Professional help"), self.professional)
        return tab

    def _text(self, parent: QWidget, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(64)
        return edit

    def _steps_tab(self) -> QWidget:
        tab = QWidget()
        self.step_list = QListView(tab)
        self.step_list.setObjectName("steps")
        self.step_list.setAccessibleName(self.tr("Steps, in the order you meet them"))
        self.step_list.setModel(self.steps)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.selectionModel().currentChanged.connect(self._show_step)
        self.add_step_button = self._button(tab, self.tr("Add step"), self.add_step)
        self.remove_step_button = self._button(tab, self.tr("Remove"), self.remove_step)
        up = self._button(tab, self.tr("Move up"), lambda: self._move(-1))
        down = self._button(tab, self.tr("Move down"), lambda: self._move(1))
        step_buttons = QHBoxLayout()
        for button in (self.add_step_button, self.remove_step_button, up, down):
            step_buttons.addWidget(button)

        self.step_form = QWidget(tab)
        self.part = QComboBox(self.step_form)
        self.part.setAccessibleName(self.tr("Part of the script"))
        self.role = QComboBox(self.step_form)
        self.role.setAccessibleName(self.tr("Who this step is for"))
        self.role.addItem(self.tr("Choose who this step is for…"), "")
        for role in ("both", "speaker", "listener", "a", "b"):
            self.role.addItem(role_name(role, self._names), role)
        self.words = QPlainTextEdit(self.step_form)
        self.words.setAccessibleName(self.tr("The words to show"))
        self.words.setTabChangesFocus(True)
        self.timer = DurationSpin(self.step_form)
        self.timer.setAccessibleName(self.tr("Timer"))
        self.note = QComboBox(self.step_form)
        self.note.setAccessibleName(self.tr("Note field"))
        for label, value in ((self.tr("No note"), ""), (self.tr("A shared note"), "shared"),
                             (self.tr("A private note, each for themselves"), "private")):
            self.note.addItem(label, value)
        self.checklist = QPlainTextEdit(self.step_form)
        self.checklist.setAccessibleName(self.tr("Checklist, one line each"))
        self.checklist.setPlaceholderText(self.tr("Optional, one line each: “I repeated back what I heard”"))
        self.checklist.setTabChangesFocus(True)
        self.checklist.setFixedHeight(64)
        form = QFormLayout(self.step_form)
        form.addRow(self.tr("Part"), self.part)
        form.addRow(self.tr("For"), self.role)
        form.addRow(self.tr("Words"), self.words)
        form.addRow(self.tr("Timer"), self.timer)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Checklist"), self.checklist)
        for signal in (self.part.currentIndexChanged, self.role.currentIndexChanged, self.note.currentIndexChanged,
                       self.timer.valueChanged, self.words.textChanged, self.checklist.textChanged):
            signal.connect(self._step_edited)

        self.round_table = QTableView(tab)
        self.round_table.setObjectName("rounds")
        self.round_table.setAccessibleName(self.tr("Rounds"))
        self.round_table.setModel(self.rounds)
        self.round_table.horizontalHeader().setStretchLastSection(True)
        self.round_table.setMaximumHeight(130)
        self.rounds.dataChanged.connect(lambda *_: self._refresh_parts())
        add_round = self._button(tab, self.tr("Add round"), self.add_round)
        remove_round = self._button(tab, self.tr("Remove round"), self.remove_round)
        round_buttons = QHBoxLayout()
        round_buttons.addWidget(QLabel(self.tr("Rounds repeat their steps; swapping gives each of you the floor."),
                                       tab), 1)
        round_buttons.addWidget(add_round)
        round_buttons.addWidget(remove_round)

        left = QVBoxLayout()
        left.addWidget(self.step_list, 1)
        left.addLayout(step_buttons)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.step_form, 1)
        layout = QVBoxLayout(tab)
        layout.setSpacing(defs.SPACING)
        layout.addLayout(columns, 1)
        layout.addLayout(round_buttons)
        layout.addWidget(self.round_table)
        return tab

    def _button(self, parent: QWidget, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    # --- the draft in and out ---------------------------------------------------------------------------------

    def _fill(self, draft: ScriptDraft) -> None:
        self.title.setText(draft.title)
        self.minutes.setValue(draft.minutes)
        for practice, box in self.practices.items():
            box.setChecked(practice in draft.practices)
        self.summary.setPlainText(draft.summary)
        self.helps_when.setPlainText(draft.helps_when)
        self.not_for.setPlainText(draft.not_for)
        self.professional.setPlainText(draft.professional_note)
        self.rounds.set_rounds(draft.rounds)
        self.steps.set_draft(draft)
        self._refresh_parts()
        self._select(0)

    def draft(self) -> ScriptDraft:
        """What the form says now, as a draft."""
        rounds = self.rounds.rounds()
        opening, closing = [], []
        for item in self.steps.steps():
            if item.part == OPENING:
                opening.append(item.step)
            elif item.part == CLOSING:
                closing.append(item.step)
            elif 0 <= item.part < len(rounds):
                rounds[item.part].steps.append(item.step)
        return ScriptDraft(
            id=self._draft.id, version=self._draft.version, title=self.title.text().strip(),
            summary=self.summary.toPlainText().strip(), helps_when=self.helps_when.toPlainText().strip(),
            not_for=self.not_for.toPlainText().strip(),
            practices=[p for p, box in self.practices.items() if box.isChecked()], minutes=self.minutes.value(),
            professional_note=self.professional.toPlainText().strip(), opening=opening, rounds=rounds,
            closing=closing, first_speaker_question=self._draft.first_speaker_question,
            topics=list(self._draft.topics), conflict=self._draft.conflict)

    # --- steps --------------------------------------------------------------------------------------------------

    def _refresh_parts(self) -> None:
        current = self.part.currentData()
        self._loading = True
        self.part.clear()
        self.part.addItem(self.tr("Opening"), OPENING)
        for number, group in enumerate(self.rounds.rounds()):
            label = fill(self.tr("Round %1"), str(number + 1))
            self.part.addItem(f"{label}: {group.title}" if group.title else label, number)
        self.part.addItem(self.tr("Closing"), CLOSING)
        found = self.part.findData(current)
        self.part.setCurrentIndex(max(found, 0))
        self._loading = False

    def _row(self) -> int:
        index = self.step_list.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int) -> None:
        if 0 <= row < self.steps.rowCount():
            self.step_list.setCurrentIndex(self.steps.index(row))
        self._show_step(self.step_list.currentIndex())

    def _show_step(self, index: QModelIndex) -> None:
        self.step_form.setEnabled(index.isValid())
        self.remove_step_button.setEnabled(index.isValid())
        if not index.isValid():
            return
        item = self.steps.step(index.row())
        self._loading = True
        self.part.setCurrentIndex(max(self.part.findData(item.part), 0))
        self.role.setCurrentIndex(max(self.role.findData(item.step.role), 0))
        self.words.setPlainText(item.step.text)
        self.timer.setValue(item.step.timer_seconds or 0)
        self.note.setCurrentIndex(max(self.note.findData(item.step.note or ""), 0))
        self.checklist.setPlainText("\n".join(item.step.checklist))
        self._loading = False

    def _step_edited(self, *_args: object) -> None:
        row = self._row()
        if self._loading or row < 0:
            return
        step = StepDraft(
            role=str(self.role.currentData() or ""), text=self.words.toPlainText(),
            timer_seconds=self.timer.value() or None, note=str(self.note.currentData() or "") or None,
            checklist=[line.strip() for line in self.checklist.toPlainText().splitlines() if line.strip()],
            alternative=self.steps.step(row).step.alternative)  # not edited here yet; kept as it was
        part = self.part.currentData()
        moved = part is not None and int(part) != self.steps.step(row).part
        new_row = self.steps.update(row, part=int(part) if part is not None else None, step=step)
        if moved:  # the list was rebuilt: choose the step again where it went
            self._select(new_row)

    def add_step(self) -> None:
        row = self._row()
        part = self.steps.step(row).part if row >= 0 else OPENING
        self._select(self.steps.add(part))
        self.words.setFocus()

    def remove_step(self) -> None:
        row = self._row()
        if row >= 0:
            self.steps.remove(row)
            self._select(min(row, self.steps.rowCount() - 1))

    def _move(self, by: int) -> None:
        row = self._row()
        if row >= 0:
            self._select(self.steps.move(row, by))

    def add_round(self) -> None:
        self.rounds.add()
        self._refresh_parts()

    def remove_round(self) -> None:
        index = self.round_table.currentIndex()
        row = index.row() if index.isValid() else self.rounds.rowCount() - 1
        if row < 0:
            return
        self.rounds.remove(row)
        self.steps.drop_round(row)
        self._refresh_parts()
        self._select(0)

    # --- saving -------------------------------------------------------------------------------------------------

    def save(self) -> None:
        draft = self.draft()
        self.save_button.setEnabled(False)
        self.problems.setText(self.tr("Checking…"))
        self._ops.change(lambda s: s.conversations.own.save(draft), {CONVERSATIONS}, self._saved, self._not_saved)

    def _saved(self, script: Script) -> None:
        self.save_button.setEnabled(True)
        self.problems.clear()
        self.saved.emit(script)
        self.accept()

    def _not_saved(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ScriptNotValid):
            self.problems.setText(self.tr("Almost there. Please look at:") + "\n"
                                  + "\n".join(f"•  {sentence(line)}" for line in error.messages))
        else:
            self.problems.setText(describe(error))
