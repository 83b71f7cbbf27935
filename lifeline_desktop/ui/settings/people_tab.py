"""Settings' "Who we are": the partner who unlocked changes their own name and colour.

Only their own: a name is how someone wishes to be called, so nobody renames the other. The other partner's colour
shows with their initial and cannot be chosen, so the two always stay easy to tell apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.colour_picker import ColourPicker
from lifeline_desktop.ui.common.text import fill

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

Run = Callable[[str, Callable[[], object], Callable[[object], None]], None]  # busy text, work, when done


class PeopleTab(QWidget):
    saved = Signal()  # the new name and colour are in the vault

    def __init__(self, session: Session, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        self._run = run
        self._colour = session.partner_colour
        self.name = QLineEdit(session.partner_name, self)
        self.name.setMaxLength(40)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.textChanged.connect(self._update_save)
        self.colour = ColourPicker(session.partner_colour, self.tr("Your colour"), self)
        self.colour.reserve(session.other_colour, session.other_name[:1].upper(),
                            fill(self.tr("%1's colour"), session.other_name))
        self.colour.colour_changed.connect(self._colour_chosen)
        note = QLabel(fill(self.tr("Only you change your name and colour; %1 changes theirs when they open "
                                   "Lifeline. Before anyone unlocks, your tile shows your initial in your colour."),
                           session.other_name), self)
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.save = QPushButton(self.tr("Save my name an&d colour"), self)
        self.save.setAccessibleName(self.tr("Save my name and colour"))
        self.save.setEnabled(False)
        self.save.clicked.connect(self._save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save)
        form = QFormLayout(self)
        form.setVerticalSpacing(defs.SPACING)
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Your colour"), self.colour)
        form.addRow(note)
        form.addRow(row)

    def _colour_chosen(self, colour: str) -> None:
        self._colour = colour
        self._update_save()

    def _update_save(self) -> None:
        session = self._session
        changed = session is not None and (self.name.text().strip(), self._colour) != (
            session.partner_name, session.partner_colour)
        self.save.setEnabled(bool(changed and self.name.text().strip()))

    def _save(self) -> None:
        session = self._session
        if session is None:
            return
        name, colour = self.name.text(), self._colour
        self.save.setEnabled(False)
        self._run(self.tr("Saving your name and colour…"),
                  lambda: session.change_my_name_and_colour(name, colour), lambda _r: self._saved())

    def _saved(self) -> None:
        if self._session is not None:
            self.name.setText(self._session.partner_name)
        self._update_save()
        self.saved.emit()

    def release(self) -> None:
        self._session = None
