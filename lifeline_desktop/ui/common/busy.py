"""A busy indicator: an endless bar with a calm sentence. The window keeps responding while it shows."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs


class BusyIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setProperty("role", "muted")
        self._label.setWordWrap(True)  # a long sentence in a narrow place (the unlock card) takes two lines
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)
        self._bar.setTextVisible(False)
        self._bar.setAccessibleName(self.tr("Working"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(defs.SMALL_SPACING)
        layout.addWidget(self._label)
        layout.addWidget(self._bar)
        self.hide()

    def start(self, text: str) -> None:
        self._label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def stop(self) -> None:
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()
