"""The wish jar: my wishes (only mine are shown), a count of my partner's, the draw together, and what was drawn."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.empty_state import EmptyState
from lifeline_desktop.ui.common.reveal_together import RevealTogether, reveal_parties
from lifeline_desktop.ui.common.text import fill, short_date, translate
from lifeline_desktop.ui.common.turn_card import TextTurn
from lifeline_desktop.ui.common.turns import TurnParty
from lifeline_desktop.ui.planner.models import RowsModel

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


def describe_drawn(wish: Any, my_slot: str, other_name: str) -> str:
    when = short_date(wish.drawn_at)
    if wish.text is None:
        return fill(translate("planner", "%1 · a wish of %2's, revealed when %2 next opens Lifeline"),
                    when, other_name) if wish.author.value != my_slot else \
            fill(translate("planner", "%1 · one of your wishes, revealed when your private space is open"), when)
    return f"{when} · {wish.text.splitlines()[0]}"


class WishTab(QWidget):
    """A wish is written in its author's own turn (the other looks away); a draw happens together: each partner
    confirms on their own tile first (ui/common/reveal_together.py)."""

    add_requested = Signal(str)
    draw_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._my_slot, self._other_name = session.partner.value, session.other_name
        self._people = people = reveal_parties(session)
        intro = QLabel(self.tr(
            "Drop a wish in the jar, in your own turn: something you would love to do together. Only you can read "
            "your wishes until one is drawn; you draw together, and then it is shown to both of you and becomes a "
            "plan."), self)
        intro.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a wish, in my turn…"), self)
        self.add_button.setObjectName("wish-add")
        self.add_button.setAccessibleName(self.tr("Add a wish, in my turn"))
        self.turn: TextTurn | None = None
        self.together = RevealTogether(people, self, ask=self.tr(
            "Draw together: sit side by side, and each of you taps your own tile. The wish is drawn when you are "
            "both here."))
        self.together.both_ready.connect(self._both_here)
        self.together.hide()
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.jar = QLabel(self)
        self.jar.setObjectName("jar-count")
        self.jar.setProperty("role", "subtitle")
        self.jar.setWordWrap(True)
        self.draw_button = QPushButton(self.tr("Draw a wish"), self)
        self.draw_button.setAccessibleName(self.tr("Draw a wish"))
        self.draw_button.setObjectName("draw")
        self.revealed = QLabel(self)
        self.revealed.setObjectName("revealed")
        self.revealed.setWordWrap(True)
        self.revealed.setProperty("role", "warning")
        self.revealed.hide()
        lists = self._build_lists()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.SPACING, defs.SPACING, defs.SPACING, defs.SPACING)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(intro)
        layout.addLayout(row)
        draw_row = QHBoxLayout()
        draw_row.addWidget(self.jar, 1)
        draw_row.addWidget(self.draw_button)
        layout.addLayout(draw_row)
        layout.addWidget(self.together)
        layout.addWidget(self.revealed)
        layout.addLayout(lists, 1)
        self.add_button.clicked.connect(self.take_turn)
        self.draw_button.clicked.connect(self._draw_together)

    def _build_lists(self) -> QHBoxLayout:
        self.mine_model: RowsModel[Any] = RowsModel(lambda wish: wish.text)
        self.mine = QListView(self)
        self.mine.setModel(self.mine_model)
        self.mine.setAccessibleName(self.tr("My wishes in the jar"))
        self.drawn_model: RowsModel[Any] = RowsModel(lambda w: describe_drawn(w, self._my_slot, self._other_name))
        self.drawn = QListView(self)
        self.drawn.setModel(self.drawn_model)
        self.drawn.setAccessibleName(self.tr("Drawn wishes"))
        self.drawn_empty = EmptyState(self.drawn, self.tr(
            "Nothing drawn yet. When you draw a wish together, it shows up here."))
        mine_label = QLabel(self.tr("My wishes (only I see these)"), self)
        drawn_label = QLabel(self.tr("Drawn from the jar"), self)
        lists = QHBoxLayout()
        for label, view in ((mine_label, self.mine), (drawn_label, self.drawn)):
            column = QVBoxLayout()
            label.setProperty("role", "subtitle")
            column.addWidget(label)
            column.addWidget(view, 1)
            lists.addLayout(column, 1)
        return lists

    def take_turn(self) -> None:
        me, other = self._people[0], self._people[1]
        self.turn = TextTurn(TurnParty(me.name, other.name, me.colour), self.tr("A wish for the jar"), self.tr(
            "Only you can read it until it is drawn. Then %1 sees it too, and it becomes a plan.").replace(
            "%1", other.name), self.tr("Into the jar"), placeholder=self.tr("I wish we could…"), one_line=True)
        self.turn.done.connect(self.add_requested)
        self.turn.cancelled.connect(self._forget_turn)
        self.turn.cover(self.window())

    def _forget_turn(self) -> None:
        self.turn = None

    def wish_added(self) -> None:
        """The wish is in the jar: the turn ends ("Thank you, Sam. Alex, you can look again.")."""
        if self.turn is not None:
            self.turn.end_turn()
            self.turn = None

    def _draw_together(self) -> None:
        self.revealed.hide()
        self.together.show_pair(f"draw-{id(self)}-{self.drawn_model.rowCount()}", {})
        self.together.show()
        self.draw_button.setEnabled(False)

    def _both_here(self) -> None:
        self.together.hide()
        self.draw_requested.emit()

    def set_state(self, state: Any) -> None:
        self.mine_model.set_rows(state.mine)
        total = state.my_count + state.their_count
        self.jar.setText(fill(self.tr("In the jar: %n of your wishes and %1 of %2's.", "", state.my_count),
                              state.their_count, self._other_name))
        self.draw_button.setEnabled(total > 0)
        self.drawn_model.set_rows(state.drawn)

    def show_drawn(self, wish: Any) -> None:
        self.revealed.show()
        if wish is None:
            self.revealed.setText(self.tr("The jar is empty. Add a wish first."))
        elif wish.text is None:
            self.revealed.setText(fill(
                self.tr("You drew one of %1's wishes! It stays sealed until %1 opens Lifeline; "
                        "then it is revealed to you both and put on the calendar."), self._other_name))
        else:
            self.revealed.setText(fill(self.tr("From the jar: “%1”. It is on the calendar now; change the time as you "
                                          "like."), wish.text.splitlines()[0]))
