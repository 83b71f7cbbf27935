"""The wish jar: my wishes (only mine are ever shown), a count of my partner's, the draw, and what was drawn."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.text import fill, short_date, translate
from lifeline_desktop.ui.planner.models import RowsModel


def describe_drawn(wish: Any, my_slot: str, other_name: str) -> str:
    when = short_date(wish.drawn_at)
    if wish.text is None:
        return fill(translate("planner", "%1 · a wish of %2's, revealed when %2 next opens Lifeline"),
                    when, other_name) if wish.author.value != my_slot else \
            fill(translate("planner", "%1 · one of your wishes, revealed when your private space is open"), when)
    return f"{when} · {wish.text.splitlines()[0]}"


class WishTab(QWidget):
    add_requested = Signal(str)
    draw_requested = Signal()

    def __init__(self, my_slot: str, other_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._my_slot, self._other_name = my_slot, other_name
        intro = QLabel(self.tr(
            "Drop a wish in the jar: something you would love to do together. Only you can read your wishes "
            "until one is drawn; then it is shown to both of you and becomes a plan."), self)
        intro.setWordWrap(True)
        self.wish = QLineEdit(self)
        self.wish.setPlaceholderText(self.tr("I wish we could…"))
        self.wish.setAccessibleName(self.tr("A new wish"))
        self.add_button = QPushButton(self.tr("Into the jar"), self)
        self.add_button.setAccessibleName(self.tr("Into the jar"))
        row = QHBoxLayout()
        row.addWidget(self.wish, 1)
        row.addWidget(self.add_button)
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
        self.mine_model: RowsModel[Any] = RowsModel(lambda wish: wish.text)
        self.mine = QListView(self)
        self.mine.setModel(self.mine_model)
        self.mine.setAccessibleName(self.tr("My wishes in the jar"))
        self.drawn_model: RowsModel[Any] = RowsModel(lambda w: describe_drawn(w, self._my_slot, self._other_name))
        self.drawn = QListView(self)
        self.drawn.setModel(self.drawn_model)
        self.drawn.setAccessibleName(self.tr("Drawn wishes"))
        mine_label = QLabel(self.tr("My wishes (only I see these)"), self)
        drawn_label = QLabel(self.tr("Drawn from the jar"), self)
        lists = QHBoxLayout()
        for label, view in ((mine_label, self.mine), (drawn_label, self.drawn)):
            column = QVBoxLayout()
            label.setProperty("role", "subtitle")
            column.addWidget(label)
            column.addWidget(view, 1)
            lists.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(defs.SPACING, defs.SPACING, defs.SPACING, defs.SPACING)
        layout.setSpacing(defs.SPACING)
        layout.addWidget(intro)
        layout.addLayout(row)
        draw_row = QHBoxLayout()
        draw_row.addWidget(self.jar, 1)
        draw_row.addWidget(self.draw_button)
        layout.addLayout(draw_row)
        layout.addWidget(self.revealed)
        layout.addLayout(lists, 1)
        self.add_button.clicked.connect(self._add)
        self.wish.returnPressed.connect(self._add)
        self.draw_button.clicked.connect(self.draw_requested)

    def _add(self) -> None:
        self.add_requested.emit(self.wish.text())

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
