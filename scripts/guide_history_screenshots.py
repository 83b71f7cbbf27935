"""Screenshots of the guide over time: each practice over time on the Check-ins page, a retake's reveal saying what
changed, the conversation history with the day after a hard talk, and the Today card's own choices.

Run under Xvfb:  xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python scripts/guide_history_screenshots.py
Writes docs/screenshots/guide-13..16-*.png at the window's default size. Uses a throwaway vault, fast key
derivation and a clock that moves through three months of one couple's check-ins.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lifeline_desktop.app import start_application  # noqa: E402
from lifeline_desktop.domain.clock import ManualClock  # noqa: E402
from lifeline_desktop.domain.partners import PartnerSlot  # noqa: E402
from lifeline_desktop.domain.vocabulary import Practice  # noqa: E402
from lifeline_desktop.services.checkins.views import Scores  # noqa: E402
from lifeline_desktop.services.session import Session, VaultGate  # noqa: E402
from lifeline_desktop.services.vault.views import PartnerSetup  # noqa: E402
from lifeline_desktop.ui import defs, theme  # noqa: E402
from lifeline_desktop.ui.checkins.page import CheckInsPage  # noqa: E402
from lifeline_desktop.ui.conversations.page import ConversationsPage  # noqa: E402
from lifeline_desktop.ui.guide.checkup_dialog import CheckupDialog  # noqa: E402
from lifeline_desktop.ui.operations import ChangeBus, Operations  # noqa: E402
from lifeline_desktop.ui.shell.navigation import sections  # noqa: E402
from lifeline_desktop.ui.today.page import TodayPage  # noqa: E402
from lifeline_desktop.ui.workers import Runner  # noqa: E402
from lifeline_desktop.vault.kdf import KdfPolicy  # noqa: E402
from lifeline_desktop.vault.remembered_key import RememberedKeys  # noqa: E402
from scripts.screenshots import OUT, settle, shoot  # noqa: E402

ALI = PartnerSetup("Ali", "ali walks the dog at dawn", "#b5573b")
SAM = PartnerSetup("Sam", "sam grows tomatoes on the balcony", "#3f7d6e")
PASS = {PartnerSlot.A: ALI.passphrase, PartnerSlot.B: SAM.passphrase}
A, B = PartnerSlot.A, PartnerSlot.B


def answer_all(session: Session, levels: dict[Practice, int]) -> None:
    from lifeline_desktop.content.checkup import builtin_questions

    base = {"together-how-long": "2-to-10", "children-at-home": "none", "time-apart": "shifts",
            "recent-hurt": "no", "counsellor": "no", "leave-out": (), "safety": "no"}
    session.guide.checkup.start()
    for q in builtin_questions():
        level = levels.get(q.practice, 4) if q.practice is not None else 4
        value = (6 - level if q.reverse else level) if q.kind == "scale" else base[q.id]
        session.guide.checkup.save_answer(q.id, value)  # type: ignore[arg-type]
    session.guide.checkup.finish_turn()


class Story:
    def __init__(self, gate: VaultGate, clock: ManualClock) -> None:
        self.gate, self.clock = gate, clock

    def as_(self, slot: PartnerSlot) -> Session:
        return self.gate.unlock(slot, PASS[slot])

    def checkup(self, ali: dict[Practice, int], sam: dict[Practice, int]) -> None:
        for slot, levels in ((A, ali), (B, sam)):
            session = self.as_(slot)
            answer_all(session, levels)
            session.lock()

    def weeks(self, ali: list[int], sam: list[int], skip: int = 0) -> None:
        for a, b in zip(ali, sam, strict=True):
            for slot, value in ((A, a), (B, b)):
                session = self.as_(slot)
                session.checkins.answer(Scores(value, value - 1, value, value + 1 if value < 10 else 10, value))
                session.lock()
            self.clock.advance(timedelta(days=7))
        self.clock.advance(timedelta(days=7 * skip))

    def hard_talk(self, before: tuple[int, int], after: tuple[int, int], day_after: tuple[int, int]) -> None:
        ali = self.as_(A)
        talk = ali.conversations.start("after-a-fight", A, before_a=before[0], before_b=before[1])
        self.clock.advance(timedelta(minutes=45))
        ali.conversations.rate_after(talk.id, *after)
        ali.conversations.finish(talk.id)
        ali.lock()
        self.clock.advance(timedelta(days=1))
        for slot, rating in ((A, day_after[0]), (B, day_after[1])):
            session = self.as_(slot)
            follow_up = session.guide.follow_ups.current()
            assert follow_up is not None
            session.guide.follow_ups.answer(follow_up.conversation_id, rating)
            session.lock()


def page_of(kind: type, key: str, session: Session, runner: Runner):  # type: ignore[no-untyped-def]
    section = next(s for s in sections() if s.key == key)
    page = kind(section, session, Operations(session, runner, ChangeBus()))
    page.resize(*defs.WINDOW_SIZE)
    page.show()
    return page


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = start_application()  # as the app starts: its translation says "1 reply"
    theme.apply_theme(app, "light")
    runner = Runner()
    clock = ManualClock(datetime(2025, 9, 1, 18, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory(prefix="lifeline-guide-history-shots-") as folder:
        gate = VaultGate(Path(folder) / "v", clock, RememberedKeys(disabled_reason="shots"),
                         KdfPolicy.fast_for_tests())
        gate.create(ALI, SAM)[0].lock()
        story = Story(gate, clock)
        story.checkup({Practice.CLOSENESS: 2, Practice.COMMUNICATION: 3},
                      {Practice.CLOSENESS: 3, Practice.COMMUNICATION: 2})
        clock.advance(timedelta(days=7))
        story.weeks([5, 6, 5, 6], [4, 5, 5, 6], skip=3)
        story.hard_talk((3, 4), (6, 6), (7, 6))
        story.weeks([6, 7, 7], [6, 7, 8])
        story.checkup({Practice.CLOSENESS: 4, Practice.COMMUNICATION: 3, Practice.TRUST: 5},
                      {Practice.CLOSENESS: 4, Practice.COMMUNICATION: 4})
        clock.advance(timedelta(days=2))
        sam = story.as_(B)

        checkins = page_of(CheckInsPage, "checkins", sam, runner)
        box = checkins.practices
        settle(lambda: box.chart.data is not None and not box.chart.data.empty)
        box.practice.setCurrentIndex(box.practice.findData(Practice.CLOSENESS.value))
        area = checkins.findChild(QScrollArea)
        area.ensureWidgetVisible(box, 0, 0)
        shoot(checkins, "guide-13-practices-over-time")
        checkins.close()

        dialog = CheckupDialog(sam, Operations(sam, runner, ChangeBus()))
        dialog.resize(*defs.WINDOW_SIZE)
        dialog.show()
        settle(lambda: dialog.reveal.data is not None)
        shoot(dialog, "guide-14-retake-what-changed")
        dialog.close()

        talks = page_of(ConversationsPage, "conversations", sam, runner)
        talks.tabs.setCurrentWidget(talks.history)
        settle(lambda: talks.history.model.rowCount() == 1)
        shoot(talks, "guide-15-history-day-after")
        talks.close()

        today = page_of(TodayPage, "today", sam, runner)
        today.load()
        settle(lambda: today.guide.guide is not None)
        choices = today.guide.choices
        corner = choices.mapToGlobal(choices.rect().bottomRight())
        choices.menu().popup(corner - QPoint(choices.menu().sizeHint().width(), 0))
        settle()
        frame = today.frameGeometry()
        screen = app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        screen.save(str(OUT / "guide-16-own-choices.png"))
        print("wrote docs/screenshots/guide-16-own-choices.png")
        choices.menu().close()
        today.close()
        runner.wait_for_done()
        sam.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
