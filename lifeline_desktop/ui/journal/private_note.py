"""A gentle word under the Journal list that the other partner keeps private pages: no count, no dates, and a
"Hide" that keeps it hidden until the next unlock."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from lifeline_desktop.ui.common.text import fill


class PrivatePagesNote(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("private-pages-note")
        self.dismissed = False
        self.text = QLabel(self)
        self.text.setProperty("role", "muted")
        self.text.setWordWrap(True)
        self.hide_button = QToolButton(self)
        self.hide_button.setText(self.tr("Hide"))
        self.hide_button.setAccessibleName(self.tr("Hide this note"))
        self.hide_button.setAutoRaise(True)
        self.hide_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hide_button)
        self.setVisible(False)

    def show_for(self, other_name: str, keeps_private_pages: bool) -> None:
        self.text.setText(fill(self.tr("%1 keeps a few private pages too. That is theirs to keep."), other_name))
        self.setVisible(keeps_private_pages and not self.dismissed)

    def dismiss(self) -> None:
        self.dismissed = True
        self.setVisible(False)
