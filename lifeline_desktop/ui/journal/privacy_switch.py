"""The switch at the top of the entry editor: "Shared with Alex" or "Just for me", seen before a word is typed."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.icons import icon


class PrivacySwitch(QWidget):
    """Two joined buttons; `isChecked()` is True for a private entry (the old checkbox's meaning)."""

    toggled = Signal(bool)  # True: just for me

    def __init__(self, other_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacy-switch")
        self.shared = QPushButton(fill(self.tr("Shared with %1"), other_name), self)
        self.shared.setToolTip(fill(self.tr("%1 can read it, reply and react."), other_name))
        self.just_for_me = QPushButton(self.tr("Just for me"), self)
        self.just_for_me.setIcon(icon("lock", self.palette().color(QPalette.ColorRole.WindowText)))
        self.just_for_me.setIconSize(QSize(defs.SMALL_ICON_SIZE, defs.SMALL_ICON_SIZE))
        self.just_for_me.setToolTip(fill(self.tr("%1 will see that a private entry exists, never its words. "
                                                 "You can share it later."), other_name))
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for button in (self.shared, self.just_for_me):
            button.setCheckable(True)
            button.setAccessibleName(button.text())
            self.group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.shared.setChecked(True)
        self.just_for_me.toggled.connect(self.toggled)

    def isChecked(self) -> bool:
        return self.just_for_me.isChecked()

    def setChecked(self, private: bool) -> None:
        (self.just_for_me if private else self.shared).setChecked(True)
