"""The keyboard shortcuts sheet (Ctrl+/): every key that works anywhere, and those of a conversation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.layout import form, vbox
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.shell.navigation import sections


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys


class ShortcutsSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-sheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows: list[tuple[str, str]] = [
            (_native(f"Ctrl+{number}"), fill(self.tr("Go to %1"), section.name))
            for number, section in enumerate(sections(), start=1)]
        self.rows += [(_native("Ctrl+L"), self.tr("Lock now")), (_native("Ctrl+,"), self.tr("Settings")),
                      (_native("Ctrl+Q"), self.tr("Quit (an unsaved entry is kept as a draft)")),
                      (_native("Ctrl+/"), self.tr("This sheet")),
                      ("F1", self.tr("In Conversations: when to ask for help"))]
        talk = [(self.tr("Space"), self.tr("Start or pause the timer")),
                (self.tr("→ or Enter"), self.tr("Next step")), (self.tr("←"), self.tr("Previous step")),
                ("B", self.tr("Take a break")), (self.tr("Esc"), self.tr("Leave for now (it waits where you left it)"))]
        self.talk_rows = talk
        heading = QLabel(self.tr("Anywhere in Lifeline"), self)
        heading.setProperty("role", "subtitle")
        talk_heading = QLabel(self.tr("In a conversation"), self)
        talk_heading.setProperty("role", "subtitle")
        everywhere = form(*((self._key(keys), QLabel(what, self)) for keys, what in self.rows))
        in_talk = form(*((self._key(keys), QLabel(what, self)) for keys, what in talk))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        vbox(defs.SPACING, heading, everywhere, talk_heading, in_talk, buttons,
             contents=(defs.MARGIN, defs.MARGIN, defs.MARGIN, defs.MARGIN), parent=self)

    def _key(self, keys: str) -> QLabel:
        label = QLabel(f"<b>{keys}</b>", self)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def text_shown(self) -> str:
        return "\n".join(f"{keys} {what}" for keys, what in self.rows + self.talk_rows)
