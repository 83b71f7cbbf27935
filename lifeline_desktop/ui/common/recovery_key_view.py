"""Shows a recovery key as grouped characters, with Print and Save to file. Used by set-up and settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.dialogs import tell
from lifeline_desktop.ui.common.text import fill, translate

GROUPS_PER_LINE = 7


def key_groups(key: str) -> list[str]:
    return [g for g in key.strip().upper().split(defs.RECOVERY_GROUP_SEPARATOR) if g]


def key_lines(key: str) -> list[str]:
    groups = key_groups(key)
    return ["  ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)]


def key_sheet_text(key: str) -> str:
    return "\n".join(
        [
            translate("recovery", "Lifeline recovery key"),
            "",
            *key_lines(key),
            "",
            translate("recovery", "Keep this paper somewhere safe, away from the computer."),
            translate("recovery", "With it, the shared vault opens even if both passphrases are forgotten."),
            translate("recovery", "It does not open a partner's private space."),
            "",
        ]
    )


def save_key(key: str, path: Path) -> None:
    path.write_text(key_sheet_text(key), encoding="utf-8")


def print_key(key: str, printer: QPrinter) -> None:
    document = QTextDocument()
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(14)
    document.setDefaultFont(font)
    document.setPlainText(key_sheet_text(key))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    painter = QPainter(printer)
    document.drawContents(painter)
    painter.end()


class RecoveryKeyView(QWidget):
    saved = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recovery-key")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(15)
        font.setWeight(QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.0)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setProperty("role", "warning")
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.save_button = QPushButton(self.tr("&Save to file…"), self)
        self.save_button.setAccessibleName(self.tr("Save the recovery key to a file"))
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)

    def set_key(self, key: str) -> None:
        self._key = key
        self.key_label.setText("\n".join(key_lines(key)))
        self.key_label.setAccessibleDescription(" ".join(key_groups(key)))

    def clear(self) -> None:
        self._key = ""
        self.key_label.clear()

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_key(self._key, printer)

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), str(Path.home() / "lifeline-recovery-key.txt"),
            self.tr("Text files (*.txt)"),
        )
        if not name:
            return
        try:  # a few hundred bytes: written here, where a failure can be said at once
            save_key(self._key, Path(name))
        except OSError as error:
            tell(self, self.tr("Not saved"), fill(self.tr(
                "The recovery key could not be saved there (%1). Choose another place, or print it."),
                error.strerror or str(error)))
            return
        self.saved.emit(Path(name))
