"""One partner's check-in, in their own turn (ui/common/turn_card.py): the five scores as chips and a note, on a card
in their colour while the other looks away. `done` fires with the note; `scores()` has the five scores."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QSizePolicy, QWidget

from lifeline_desktop.services.checkins.views import DIMENSIONS, Answer, Scores
from lifeline_desktop.ui.common.score_chips import ScoreChips
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.common.turn_card import CardTurn
from lifeline_desktop.ui.common.turns import TurnParty


class CheckInTurn(CardTurn):
    def __init__(self, party: TurnParty, labels: dict[str, str], mine: Answer | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(party, fill(self.tr("Your check-in, %1"), party.name), fill(self.tr(
            "From 1 (far from what you wish) to 10 (just right). Only you see this until %1 has checked in too; "
            "then you open both together."), party.other_name), self.tr("Seal my answer"),
            fill(self.tr("%1 is about to check in."), party.name), parent)
        fields = QWidget(self.card)
        fields.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # all of it, never squeezed
        grid = QGridLayout(fields)
        grid.setContentsMargins(0, 0, 0, 0)
        self.chips: dict[str, ScoreChips] = {}
        for row, name in enumerate(DIMENSIONS):
            chips = ScoreChips(fields, mine.scores.get(name) if mine is not None else 5)
            chips.setObjectName(f"score-{name}")
            chips.setAccessibleName(labels[name])
            self.chips[name] = chips
            label = QLabel(labels[name], fields)
            label.setBuddy(chips)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(chips, row, 1)
        self.note = QPlainTextEdit(mine.note if mine is not None else "", fields)
        self.note.setObjectName("checkin-note")
        self.note.setPlaceholderText(self.tr("A note for this round (optional): what is on your mind?"))
        self.note.setAccessibleName(self.tr("Check-in note"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        grid.addWidget(self.note, len(DIMENSIONS), 0, 1, 2)
        self.done_button.setToolTip(self.tr("Seal my answer (Ctrl+Return)"))
        seal = QShortcut(QKeySequence("Ctrl+Return"), self.card)
        seal.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # never clashes with a page's own
        seal.activated.connect(self._done)
        self.finish_layout(fields)

    def scores(self) -> Scores:
        return Scores(*(self.chips[name].value() for name in DIMENSIONS))

    def value(self) -> str:
        return self.note.toPlainText()

    def is_acceptable(self) -> bool:
        return True  # the note is optional; every score always has a value

    def focus_input(self) -> None:
        self.chips[DIMENSIONS[0]].setFocus()

    def clear_input(self) -> None:
        self.note.clear()
        for chips in self.chips.values():
            chips.setValue(5)
