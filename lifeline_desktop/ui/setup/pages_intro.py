"""Welcome, and the two partners' names and colours."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.colour_picker import ColourPicker
from lifeline_desktop.ui.common.turns import TurnParty
from lifeline_desktop.ui.setup.base import WizardPage


class WelcomePage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Welcome to Lifeline"), parent=parent)
        text = QLabel(self.tr(
            "<p>Lifeline is a quiet place for the two of you: a shared journal with a private corner for each, "
            "ideas and plans for time together, guided conversations, regular check-ins and gentle programs "
            "that help you feel close again.</p>"
            "<p>Everything stays on this computer, locked with your passphrases. Lifeline never uses the "
            "internet: no accounts, no cloud, no tracking.</p>"
            "<p>Setting up takes a few minutes, and it is best done together.</p>"
        ), self)
        text.setWordWrap(True)
        text.setAccessibleName(self.tr("What Lifeline is for"))
        self.body.addWidget(text)
        self.body.addStretch(1)


class PartnersPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("The two of you"),
            self.tr("Your names and a colour each. Your names are kept inside the encrypted vault: before "
                    "anyone unlocks, Lifeline shows only your initials in your colours."),
            parent,
        )
        self.name_a = QLineEdit(self)
        self.name_a.setAccessibleName(self.tr("First partner's name"))
        self.name_a.setMaxLength(40)
        self.name_a.setMinimumWidth(defs.FIELD_WIDTH)
        self.colour_a = ColourPicker(defs.DEFAULT_COLOURS[0], self.tr("First partner's colour"), self)
        self.name_b = QLineEdit(self)
        self.name_b.setAccessibleName(self.tr("Second partner's name"))
        self.name_b.setMaxLength(40)
        self.colour_b = ColourPicker(defs.DEFAULT_COLOURS[1], self.tr("Second partner's colour"), self)
        form = QFormLayout()
        form.setVerticalSpacing(defs.SPACING)
        form.addRow(self.tr("First partner"), self.name_a)
        form.addRow(self.tr("Colour"), self.colour_a)
        form.addRow(QLabel(" ", self))
        form.addRow(self.tr("Second partner"), self.name_b)
        form.addRow(self.tr("Colour"), self.colour_b)
        self.body.addLayout(form)
        self.body.addStretch(1)
        for field in (self.name_a, self.name_b):
            field.textChanged.connect(self.changed)
        for picker in (self.colour_a, self.colour_b):
            picker.colour_changed.connect(self.changed)
        QWidget.setTabOrder(self.name_a, self.colour_a)
        QWidget.setTabOrder(self.colour_a, self.name_b)
        QWidget.setTabOrder(self.name_b, self.colour_b)

    def names(self) -> tuple[str, str]:
        return self.name_a.text().strip(), self.name_b.text().strip()

    def parties(self) -> tuple[TurnParty, TurnParty]:
        """Each partner's turn: their name, who looks away, their colour."""
        a, b = self.names()
        return (TurnParty(a, b, self.colour_a.colour()), TurnParty(b, a, self.colour_b.colour()))

    def problem(self) -> str:
        a, b = self.names()
        if not a or not b:
            return self.tr("Please fill in both names.")
        if a.casefold() == b.casefold():
            return self.tr("Please choose two different names, so each of you finds your own tile.")
        if a[:1].casefold() == b[:1].casefold() and self.colour_a.colour() == self.colour_b.colour():
            return self.tr("Your names start with the same letter: please pick two different colours, so each "
                           "of you finds your own tile.")
        return ""

    def is_complete(self) -> bool:
        return not self.problem()

    def entered(self) -> None:
        self.name_a.setFocus()
