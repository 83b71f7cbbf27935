"""This round of check-ins: where it stands, a button to check in in my own turn (a full window in my colour while
my partner looks away), and, once both have answered, both answers revealed together (ui/common/reveal_together.py):
each confirms on their own tile, then both partners' scores and words appear side by side in their colours, with
"What surprised you?" one click from the agenda. An answer stays sealed until both have answered (services/checkins).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QPushButton, QWidget

from lifeline_desktop.services.checkins.views import DIMENSIONS, Answer, RoundStatus, Scores
from lifeline_desktop.ui import defs
from lifeline_desktop.ui.checkins.answer_turn import CheckInTurn
from lifeline_desktop.ui.common.layout import STRETCH, hbox, margins, vbox
from lifeline_desktop.ui.common.messages import describe
from lifeline_desktop.ui.common.reveal_together import RevealTogether, reveal_parties
from lifeline_desktop.ui.common.text import fill, medium_date, short_date
from lifeline_desktop.ui.common.turns import TurnParty
from lifeline_desktop.ui.operations import CHECKINS, Operations

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session


class ThisRoundBox(QGroupBox):
    def __init__(self, session: Session, ops: Operations, labels: dict[str, str], reload: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This round"))
        self._session: Session | None = session
        self._ops, self._labels, self._reload = ops, labels, reload
        self._status: RoundStatus | None = None
        self.turn: CheckInTurn | None = None
        self.round_label = QLabel(self)
        self.round_label.setWordWrap(True)
        self.round_label.setObjectName("round-status")
        self.take_turn_button = QPushButton(self.tr("Check in, in my turn"), self)
        self.take_turn_button.setObjectName("checkin-take-turn")
        self.take_turn_button.setProperty("role", "primary")
        self.take_turn_button.clicked.connect(self.take_turn)
        self.reveal = RevealTogether(reveal_parties(session), self, ask=self.tr(
            "You have both checked in. Sit together for this: each of you taps your own tile when you are ready, "
            "and both answers open at once."))
        self.reveal.agenda_requested.connect(self._to_agenda)
        self.reveal.hide()  # the page lays it out across its whole width, above this box and the agenda
        self.rhythm = QComboBox(self)
        self.rhythm.setAccessibleName(self.tr("How often you check in"))
        for days, text in ((7, self.tr("Every week")), (14, self.tr("Every two weeks")),
                           (28, self.tr("Every four weeks"))):
            self.rhythm.addItem(text, days)
        self.rhythm.activated.connect(self._rhythm_chosen)
        self._shown_round = ""  # the revealed round on screen (its answers cannot change any more)
        rhythm_row = hbox(defs.SPACING, QLabel(self.tr("Rhythm:"), self), (self.rhythm, 1))
        vbox(defs.SPACING, self.round_label, (self.take_turn_button, 0, Qt.AlignmentFlag.AlignLeft),
             rhythm_row, STRETCH, contents=margins(defs.SPACING), parent=self)

    # --- what the round shows ---------------------------------------------------------------------------------

    def show_status(self, status: RoundStatus) -> None:
        session = self._session
        if session is None:
            return
        self._status = status
        self.rhythm.setCurrentIndex(max(0, self.rhythm.findData(status.rhythm_days)))
        other = session.other_name
        span = fill(self.tr("%1 to %2"), short_date(status.round_start), short_date(status.round_end))
        if status.revealed:
            text = fill(self.tr("You have both checked in for %1."), span)
        elif status.i_answered:
            text = fill(self.tr("Your answer for %1 is sealed. It opens when %2 has checked in too."), span, other)
        elif status.other_answered:
            text = fill(self.tr("%2 has checked in for %1. Your answer will open both."), span, other)
        else:
            text = fill(self.tr("Your check-in for %1 is due."), span)
        self.round_label.setText(text)
        self.take_turn_button.setVisible(not status.revealed)
        self.take_turn_button.setText(self.tr("Change my answer") if status.i_answered
                                      else self.tr("Check in, in my turn"))
        self.take_turn_button.setToolTip(fill(self.tr("Your answer, on a screen of your own while %1 looks away"),
                                              other))
        self.reveal.setVisible(status.both is not None)
        key = status.round_start.isoformat()
        if status.both is not None and key != self._shown_round:
            self._shown_round = key
            answers = {slot.value: self._describe(answer) for slot, answer in status.both.items()}
            self.reveal.show_pair(key, answers, topic=fill(
                self.tr("What surprised us in our check-in of %1"), medium_date(status.round_start)))

    def _describe(self, answer: Answer) -> str:
        lines = [fill(self.tr("%1: %2"), self._labels[name], answer.scores.get(name)) for name in DIMENSIONS]
        return "\n".join(lines) + (f"\n\n“{answer.note}”" if answer.note else "")

    # --- my turn ----------------------------------------------------------------------------------------------

    def take_turn(self) -> CheckInTurn | None:
        session, status = self._session, self._status
        if session is None or status is None or status.revealed or self.turn is not None:
            return None
        party = TurnParty(session.partner_name, session.other_name, session.partner_colour)
        self.turn = CheckInTurn(party, self._labels, status.mine)
        self.turn.done.connect(self._seal)
        self.turn.cancelled.connect(self._forget_turn)
        self.turn.cover(self.window())
        return self.turn

    def _seal(self, note: str) -> None:
        turn = self.turn
        if turn is None:
            return
        scores: Scores = turn.scores()
        turn.set_busy(True)
        self._ops.change(lambda s: s.checkins.answer(scores, note), {CHECKINS}, self._sealed, self._seal_failed,
                         owner=self)

    def _sealed(self, _status: RoundStatus) -> None:
        turn, self.turn = self.turn, None
        if turn is not None and shiboken6.isValid(turn):
            turn.end_turn()
        self._reload()

    def _seal_failed(self, error: BaseException) -> None:
        if self.turn is not None:
            self.turn.set_busy(False, describe(error))

    def _forget_turn(self) -> None:
        self.turn = None

    # --- the rest ---------------------------------------------------------------------------------------------

    def _to_agenda(self, topic: str) -> None:
        self._ops.change(lambda s: s.checkins.add_topic(topic), {CHECKINS}, self._added, owner=self)

    def _added(self, _id: int) -> None:
        self.reveal.agenda_added()
        self._reload()

    def _rhythm_chosen(self, _index: int) -> None:
        if self._session is None:
            return
        days = int(self.rhythm.currentData())
        self._ops.change(lambda s: s.checkins.set_rhythm(days), {CHECKINS}, lambda _r: self._reload(), owner=self)

    def release(self) -> None:
        self._session, self._status, self._shown_round = None, None, ""
        self.reveal.show_pair("", {})
        self.reveal.hide()
        turn, self.turn = self.turn, None
        if turn is not None and shiboken6.isValid(turn.turn_screen):
            turn.turn_screen.close_turn()  # locked mid-turn: nothing of it stays on screen
