"""Revealed together (DESIGN.md 4a): sealed answers open only when both partners say they are here. Each confirms on
their own tile (name and colour; a simple confirm, no passphrase), then both answers appear side by side, each in its
owner's colour, with "What surprised you?" one click from the check-in agenda.

Used for both-answer questions (the journal's "Answer together" tab), a check-in round and the wish jar's draw.

    reveal = RevealTogether([RevealParty("a", "Sam", "#c8553d"), RevealParty("b", "Alex", "#3d7a8a")])
    reveal.show_pair("pair-7", {"a": "…", "b": "…"})   # the tiles first; the answers once both confirmed
    reveal.agenda_requested.connect(add_topic)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from lifeline_desktop.ui import defs
from lifeline_desktop.ui.common.card import paragraph
from lifeline_desktop.ui.common.text import fill


@dataclass(frozen=True)
class RevealParty:
    key: str  # the partner's slot value
    name: str
    colour: str


def reveal_parties(session: Any) -> list[RevealParty]:
    """The partner at the keyboard first, then the other (a services.session.Session)."""
    return [RevealParty(session.partner.value, session.partner_name, session.partner_colour),
            RevealParty(session.partner.other.value, session.other_name, session.other_colour)]


def tinted(colour: str, alpha: float = 0.12) -> str:
    tint = QColor(colour)
    tint.setAlphaF(alpha)
    return f"rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alpha()})"



class RevealTogether(QWidget):
    both_ready = Signal()
    agenda_requested = Signal(str)

    def __init__(self, parties: list[RevealParty], parent: QWidget | None = None, *,
                 ask: str = "", ready: str = "") -> None:
        super().__init__(parent)
        self.parties = parties
        self._seen: set[str] = set()
        self._key = ""
        self.stack = QStackedWidget(self)
        self.tiles_page = QWidget(self)
        self.prompt = paragraph(ask or self.tr("Sit together for this one. Each of you taps your own tile when you "
                                            "are ready, and both answers open at once."), self.tiles_page, "muted")
        self.tiles: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for party in parties:
            tile = QPushButton(fill(self.tr("%1\nI'm here"), party.name), self.tiles_page)
            tile.setObjectName(f"reveal-tile-{party.key}")
            tile.setCheckable(True)
            tile.setMinimumSize(defs.TILE_SIZE, defs.TILE_SIZE // 2)
            tile.setAccessibleName(fill(self.tr("%1 is here and ready"), party.name))
            tile.setStyleSheet(f"QPushButton {{ border: 3px solid {party.colour}; border-radius: 12px; "
                               f"background: {tinted(party.colour, 0.08)}; padding: 12px; }}"
                               f"QPushButton:checked {{ background: {party.colour}; color: white; }}")
            tile.toggled.connect(lambda _on, p=party: self._tile_toggled(p))
            self.tiles[party.key] = tile
            row.addWidget(tile)
        self.ready_text = ready
        tiles_layout = QVBoxLayout(self.tiles_page)
        tiles_layout.addWidget(self.prompt)
        tiles_layout.addLayout(row)
        tiles_layout.addStretch(1)
        self.answers_page = QWidget(self)
        self.columns = QHBoxLayout()
        self.columns.setSpacing(defs.SPACING)
        self.surprise = QLineEdit(self.answers_page)
        self.surprise.setObjectName("surprise")
        self.surprise.setPlaceholderText(self.tr("What surprised you? A word or two for your next check-in…"))
        self.surprise.setAccessibleName(self.tr("What surprised you"))
        self.add_button = QPushButton(self.tr("Add to our agenda"), self.answers_page)
        self.add_button.setObjectName("surprise-add")
        self.add_button.clicked.connect(self._to_agenda)
        self.surprise.returnPressed.connect(self._to_agenda)
        self.added = paragraph("", self.answers_page, "muted")
        surprise_row = QHBoxLayout()
        surprise_row.addWidget(self.surprise, 1)
        surprise_row.addWidget(self.add_button)
        answers_layout = QVBoxLayout(self.answers_page)
        answers_layout.setContentsMargins(0, 0, 0, 0)
        answers_layout.addLayout(self.columns, 1)
        answers_layout.addLayout(surprise_row)
        answers_layout.addWidget(self.added)
        self.stack.addWidget(self.tiles_page)
        self.stack.addWidget(self.answers_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._answers: dict[str, str] = {}

    @property
    def revealed(self) -> bool:
        return self.stack.currentWidget() is self.answers_page

    def show_pair(self, key: str, answers: dict[str, str], *, topic: str = "") -> None:
        """The tiles for a pair not yet revealed on this screen; its answers at once when it was."""
        self._key, self._answers = key, answers
        self.surprise.setText(topic)
        self.surprise.setCursorPosition(0)
        self.added.clear()
        for tile in self.tiles.values():
            tile.blockSignals(True)
            tile.setChecked(False)
            tile.blockSignals(False)
        if key in self._seen:
            self._show_answers()
        else:
            self.stack.setCurrentWidget(self.tiles_page)

    def _tile_toggled(self, _party: RevealParty) -> None:
        if all(tile.isChecked() for tile in self.tiles.values()):
            self._seen.add(self._key)
            self._show_answers()
            self.both_ready.emit()

    def _show_answers(self) -> None:
        while self.columns.count():
            item = self.columns.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for party in self.parties:
            self.columns.addWidget(self._answer_card(party, self._answers.get(party.key, "")), 1)
        self.stack.setCurrentWidget(self.answers_page)

    def _answer_card(self, party: RevealParty, text: str) -> QFrame:
        card = QFrame(self.answers_page)
        card.setObjectName(f"reveal-answer-{party.key}")
        card.setStyleSheet(f"#reveal-answer-{party.key} {{ background: {tinted(party.colour)}; "
                           f"border-left: 6px solid {party.colour}; border-radius: 8px; }}")
        name = paragraph(party.name, card)
        name.setStyleSheet(f"color: {party.colour}; font-weight: 600;")
        body = paragraph(text or self.tr("(no answer)"), card)
        body.setAccessibleName(fill(self.tr("%1's answer"), party.name))
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(card)
        column.setContentsMargins(defs.SPACING, defs.SPACING, defs.SPACING, defs.SPACING)
        column.addWidget(name)
        column.addWidget(body)
        column.addStretch(1)
        return card

    def answer_text(self, key: str) -> str:
        card = self.answers_page.findChild(QFrame, f"reveal-answer-{key}")
        labels = card.findChildren(QLabel) if card is not None else []
        return labels[-1].text() if labels else ""

    def _to_agenda(self) -> None:
        text = self.surprise.text().strip()
        if text:
            self.agenda_requested.emit(text)

    def agenda_added(self) -> None:
        self.surprise.clear()
        self.added.setText(self.tr("On your agenda for the next check-in."))
