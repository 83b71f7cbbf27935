"""The library's row of actions for our own scripts: new, edit, duplicate, import, export; and the help page.

Files are chosen with `choose_open_path` / `choose_save_path` (tests replace them); reading, checking and
writing happen on the Runner, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from lifeline_desktop.services.conversations.own_scripts import export_text
from lifeline_desktop.services.conversations.scripts import ScriptNotValid, duplicate_draft
from lifeline_desktop.services.conversations.views import ScriptDraft
from lifeline_desktop.ui.common.dialogs import ask
from lifeline_desktop.ui.common.flow import FlowLayout
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.text import fill, sentence
from lifeline_desktop.ui.conversations.editor import ScriptEditor
from lifeline_desktop.ui.operations import CONVERSATIONS, Operations

if TYPE_CHECKING:
    from lifeline_desktop.content.scripts import Script
    from lifeline_desktop.services.session import Session

FILE_FILTER = "Conversation scripts (*.toml)"


class OwnScriptBar(QWidget):
    changed = Signal(str)  # the id of a script saved or imported: the library reloads and selects it
    said = Signal(str, bool)  # a sentence for the page, and whether it is a problem
    help_wanted = Signal()

    def __init__(self, session: Session, ops: Operations, selected: Callable[[], Script | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        self._ops = ops
        self._selected = selected
        self.editor: ScriptEditor | None = None
        self.choose_open_path: Callable[[], str] = self._ask_open_path
        self.choose_save_path: Callable[[str], str] = self._ask_save_path
        self.new_button = self._button(self.tr("New script"), self.tr("Write a script of our own"), self.new)
        self.edit_button = self._button(self.tr("Edit"), self.tr("Edit this script of ours"), self.edit)
        self.duplicate_button = self._button(self.tr("Duplicate"), self.tr("Copy this script to adapt it"),
                                             self.duplicate)
        self.delete_button = self._button(self.tr("Delete…"), self.tr("Delete this script of ours"), self.delete)
        self.import_button = self._button(self.tr("Import…"), self.tr("Import a script file"), self.import_file)
        self.export_button = self._button(self.tr("Export…"), self.tr("Export this script to a file"),
                                          self.export_file)
        self.help_button = self._button(self.tr("When to ask for help"),
                                        self.tr("When to ask a coach or a therapist for help (F1)"),
                                        self.help_wanted.emit)
        self.help_button.setObjectName("help")
        QShortcut(QKeySequence.StandardKey.New, self, self.new)
        # wraps onto a second row at a small window or large text; the help button sits where the page puts it
        FlowLayout(self).add_widgets(self.new_button, self.edit_button, self.duplicate_button, self.delete_button,
                                     self.import_button, self.export_button)
        self.script_chosen(None)

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def script_chosen(self, script: Script | None) -> None:
        self.edit_button.setEnabled(script is not None and script.ours)
        self.delete_button.setEnabled(script is not None and script.ours)
        self.duplicate_button.setEnabled(script is not None)
        self.export_button.setEnabled(script is not None)

    # --- the editor ---------------------------------------------------------------------------------------------

    def new(self) -> None:
        self._open_editor(ScriptDraft(practices=["communication"]))

    def edit(self) -> None:
        script = self._selected()
        if script is not None and script.ours:
            self._open_editor(ScriptDraft.from_script(script))

    def duplicate(self) -> None:
        script = self._selected()
        if script is not None:
            self._open_editor(duplicate_draft(script))

    def delete(self) -> None:
        """Only our own scripts; after a confirm. Past conversations that used it keep their notes."""
        script, session = self._selected(), self._session
        if script is None or not script.ours or session is None:
            return

        def delete_now() -> None:
            self._ops.change(lambda s: s.conversations.own.delete(script.id), {CONVERSATIONS}, lambda _r: deleted(),
                             self._failed, owner=self)

        def deleted() -> None:
            self.changed.emit("")
            self.said.emit(fill(self.tr("“%1” was deleted."), script.title), False)

        ask(self, self.tr("Delete this script?"),
            fill(self.tr("Delete “%1”? Past conversations that used it keep their notes."), script.title),
            self.tr("Delete script"), delete_now, no_text=self.tr("Keep it"))

    def _open_editor(self, draft: ScriptDraft) -> None:
        session = self._session
        if session is None or self.editor is not None:
            return
        self.editor = ScriptEditor(session, self._ops, draft, self.window())
        self.editor.saved.connect(lambda script: self.changed.emit(script.id))
        self.editor.finished.connect(self._editor_closed)
        self.editor.open()

    def _editor_closed(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.deleteLater()

    # --- files --------------------------------------------------------------------------------------------------

    def _ask_open_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import a script"), "", self.tr(FILE_FILTER))
        return path

    def _ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export a script"), suggested,
                                                    self.tr(FILE_FILTER))
        return path

    def import_file(self) -> None:
        session = self._session
        path = self.choose_open_path() if session is not None else ""
        if session is None or not path:
            return

        def work(s: Session) -> Script:
            file = Path(path)
            return s.conversations.own.import_file(file.read_bytes(), file.name)

        def done(script: Script) -> None:
            self.changed.emit(script.id)
            self.said.emit(fill(self.tr("“%1” is now one of our scripts."), script.title), False)

        self._ops.change(work, {CONVERSATIONS}, done, self._failed, owner=self)

    def export_file(self) -> None:
        script = self._selected()
        if script is None:
            return
        path = self.choose_save_path(f"{script.id}.toml")
        if not path:
            return
        text = export_text(script)

        def work(_session: Session) -> str:
            Path(path).write_text(text, encoding="utf-8")
            return path

        self._ops.query(work, lambda written: self.said.emit(
            fill(self.tr("Saved to %1"), str(written)), False), self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ScriptNotValid):
            self.said.emit("\n".join(map(sentence, error.messages)), True)
        elif isinstance(error, OSError):
            self.said.emit(fill(self.tr("That file cannot be read or written (%1)."),
                                error.strerror or str(error)), True)
        else:
            self.said.emit(describe(error), True)

    def release(self) -> None:
        self._session = None
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.reject()
            editor.deleteLater()
