"""Our own words on Qt's standard buttons, and the app's one confirmation dialog.

Every question goes through `ask`: a warm card in the app's theme (never the stock box with its blue "?"), a
clear verb on each button ("Delete plan" / "Keep it"), and the safe answer as the default, so Enter or Escape
never deletes, shares or restores anything. It is window-modal and calls back, so the event loop never stops.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import QT_TRANSLATE_NOOP, translate

CONFIRM_WIDTH = 440

STANDARD_BUTTONS = {
    QDialogButtonBox.StandardButton.Ok: QT_TRANSLATE_NOOP("dialogs", "OK"),
    QDialogButtonBox.StandardButton.Save: QT_TRANSLATE_NOOP("dialogs", "&Save"),
    QDialogButtonBox.StandardButton.Cancel: QT_TRANSLATE_NOOP("dialogs", "Cancel"),
    QDialogButtonBox.StandardButton.Close: QT_TRANSLATE_NOOP("dialogs", "&Close"),
}


def name_buttons(box: QDialogButtonBox) -> None:
    """Our words on Qt's standard buttons: the app ships only its own translations, not Qt's."""
    for button in box.buttons():
        name = STANDARD_BUTTONS.get(box.standardButton(button))
        if name is not None:
            button.setText(translate("dialogs", name))


class ConfirmDialog(QDialog):
    """A question with two answers, the safe one (`keep`) the default; or, with no `yes_text`, a note to read."""

    def __init__(self, parent: QWidget, title: str, text: str, yes_text: str, no_text: str,
                 informative: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("confirm")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(CONFIRM_WIDTH)
        self.setMaximumWidth(CONFIRM_WIDTH * 3 // 2)
        heading = QLabel(title, self)
        heading.setProperty("role", "subtitle")
        heading.setWordWrap(True)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.informative = QLabel(informative, self)
        self.informative.setWordWrap(True)
        self.informative.setTextFormat(Qt.TextFormat.PlainText)
        self.informative.setProperty("role", "muted")
        self.informative.setVisible(bool(informative))
        self.keep = QPushButton(no_text, self)
        self.keep.setObjectName("confirm-cancel")
        self.keep.clicked.connect(self.reject)
        self.yes = QPushButton(yes_text, self)
        self.yes.setObjectName("confirm-yes")
        self.yes.clicked.connect(self.accept)
        self.yes.setVisible(bool(yes_text))
        self.keep.setDefault(True)  # Enter and Escape both take the safe way
        self.yes.setAutoDefault(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.yes)
        row.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.MARGIN, defs.MARGIN, defs.MARGIN, defs.MARGIN)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addWidget(self.informative)
        layout.addSpacing(defs.SMALL_SPACING)
        layout.addLayout(row)
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(part for part in (text, informative) if part))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.keep.setFocus()


def ask(parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], None],
        *, informative: str = "", no_text: str = "") -> ConfirmDialog:
    """Asks; `on_yes` runs only after the `yes_text` button. `no_text` names the safe answer ("Keep it")."""
    box = ConfirmDialog(parent, title, text, yes_text, no_text or translate("dialogs", "Cancel"), informative)
    box.accepted.connect(on_yes)
    box.open()
    return box


def tell(parent: QWidget, title: str, text: str) -> ConfirmDialog:
    """A note that something did not work, in the same warm card, with one OK button."""
    box = ConfirmDialog(parent, title, text, "", translate("dialogs", "OK"))
    box.open()
    return box
