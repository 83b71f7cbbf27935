"""Non-blocking message boxes: they open window-modal and call back, so the event loop never stops."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from lifeline_desktop.ui.common.text import QT_TRANSLATE_NOOP, translate

STANDARD_BUTTONS = {
    QMessageBox.StandardButton.Ok: QT_TRANSLATE_NOOP("dialogs", "OK"),
    QMessageBox.StandardButton.Save: QT_TRANSLATE_NOOP("dialogs", "&Save"),
    QMessageBox.StandardButton.Cancel: QT_TRANSLATE_NOOP("dialogs", "Cancel"),
    QMessageBox.StandardButton.Close: QT_TRANSLATE_NOOP("dialogs", "&Close"),
}


def name_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    """Our words on Qt's standard buttons: the app ships only its own translations, not Qt's."""
    for button in box.buttons():
        key = box.standardButton(button)
        name = STANDARD_BUTTONS.get(QMessageBox.StandardButton(key.value))
        if name is not None:
            button.setText(translate("dialogs", name))


def ask(parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], None],
        *, informative: str = "") -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirm")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirm-yes")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("confirm-cancel")
    box.setDefaultButton(cancel)
    name_buttons(box)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if button is yes:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.open()
    return box
