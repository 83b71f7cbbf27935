"""“When to ask for help”: when a coach or a couples therapist helps, what to look for, and the safety note.

Plain text in our own words. No links are opened and nothing touches the network: where a place to look is
named, it is only text for the couple to look up themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs


class HelpPage(QDialog):
    def __init__(self, safety_note: str, parent: QWidget | None = None,
                 open_sources: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help-page")
        self.setWindowTitle(self.tr("When to ask for help"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(defs.SPACING)
        self.labels: list[QLabel] = []
        self._heading(body, layout, self.tr("When to ask for help"), "title")
        self._para(body, layout, self.tr(
            "Asking someone to walk alongside you is a sign that you care about what you have together. It is not "
            "a sign that you failed. Many couples who are doing well see a coach or a therapist for a while, the "
            "same way people see a physiotherapist to move well again."))
        self._heading(body, layout, self.tr("When a coach or a couples therapist helps"))
        for line in (
            self.tr("The same argument keeps coming back, and talking it through only makes it bigger."),
            self.tr("Trust was broken, by an affair, a secret, money or a promise, and you both want to rebuild "
                    "it. That work goes better with someone steady beside you."),
            self.tr("One of you feels alone in the relationship, or you have stopped talking about what matters."),
            self.tr("Something heavy happened, a loss, an illness, a move or a lost job, and it changed how you "
                    "are with each other."),
            self.tr("These scripts feel too hard to finish, or one of you dreads them."),
        ):
            self._para(body, layout, "•  " + line)
        self._heading(body, layout, self.tr("A coach or a therapist?"))
        self._para(body, layout, self.tr(
            "A relationship coach helps you practise skills and build habits, looking ahead. A couples therapist or "
            "counsellor is trained to work with hurt, old patterns and mental health, and is the better choice "
            "after a breach of trust or when either of you is struggling."))
        self._heading(body, layout, self.tr("What to look for"))
        for line in (
            self.tr("Someone trained and registered for couples work where you live, who tells you openly about "
                    "their training."),
            self.tr("Someone who makes both of you feel heard, takes no side, and welcomes every kind of couple."),
            self.tr("A first talk where you can ask how they work, how often you would meet and what it costs. "
                    "It is fine to try someone else if it does not feel right."),
            self.tr("Your doctor or local health service can often point you to someone. Words to search for "
                    "yourselves: “couples therapist”, “relationship counselling”, plus your town."),
        ):
            self._para(body, layout, "•  " + line)
        self._heading(body, layout, self.tr("If you do not feel safe"))
        self.safety = self._para(body, layout, safety_note)
        self.safety.setObjectName("safety-note")
        self._para(body, layout, self.tr(
            "A professional or your local emergency services are the right step then, not a script. If you are in "
            "danger now, call your local emergency number."))
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close the help page"))
        close.clicked.connect(self.accept)
        close.setDefault(True)
        buttons = QHBoxLayout()
        if open_sources is not None:
            self.sources_button = QPushButton(self.tr("Where these ideas come from"), self)
            self.sources_button.setObjectName("open-sources")
            self.sources_button.setAccessibleName(self.tr("Where these ideas come from: the research behind "
                                                          "the scripts"))
            self.sources_button.clicked.connect(lambda: open_sources())
            buttons.addWidget(self.sources_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self.resize(720, 640)

    def _heading(self, parent: QWidget, layout: QVBoxLayout, text: str, role: str = "subtitle") -> None:
        label = QLabel(text, parent)
        label.setProperty("role", role)
        layout.addWidget(label)
        self.labels.append(label)

    def _para(self, parent: QWidget, layout: QVBoxLayout, text: str) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # never a clickable link
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        self.labels.append(label)
        return label

    def text(self) -> str:
        return "\n".join(label.text() for label in self.labels)
