"""Shows a newly made recovery key, the same way the wizard does."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from lifeline_desktop.ui.common.dialogs import name_buttons
from lifeline_desktop.ui.common.recovery_key_view import RecoveryKeyView


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery key"))
        intro = QLabel(self.tr(
            "This is your new recovery key. The old one no longer opens the vault. Print it or write it "
            "down now: it is shown only once. Backups made before today still open with the old key."
        ), self)
        intro.setWordWrap(True)
        self.view = RecoveryKeyView(self)
        self.view.set_key(key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        name_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        self.view.clear()
        super().done(result)
