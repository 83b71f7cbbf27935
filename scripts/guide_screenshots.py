"""Screenshots of the guide, step by step: the check-up offered on Today, a turn, questions, waiting, both
answers side by side with the path, changing it, Today following the path, and the note only one partner sees.

Run under Xvfb:  xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python scripts/guide_screenshots.py
Writes docs/screenshots/guide-*.png at the window's default size. Uses throwaway vaults (fast key derivation).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lifeline_desktop.app import start_application  # noqa: E402
from lifeline_desktop.domain.clock import SystemClock  # noqa: E402
from lifeline_desktop.domain.partners import PartnerSlot  # noqa: E402
from lifeline_desktop.services.session import Session, VaultGate  # noqa: E402
from lifeline_desktop.services.vault.views import PartnerSetup  # noqa: E402
from lifeline_desktop.ui import defs, theme  # noqa: E402
from lifeline_desktop.ui.guide.checkup_dialog import CheckupDialog  # noqa: E402
from lifeline_desktop.ui.operations import ChangeBus, Operations  # noqa: E402
from lifeline_desktop.ui.shell.navigation import sections  # noqa: E402
from lifeline_desktop.ui.today.page import TodayPage  # noqa: E402
from lifeline_desktop.ui.workers import Runner  # noqa: E402
from lifeline_desktop.vault.kdf import KdfPolicy  # noqa: E402
from lifeline_desktop.vault.remembered_key import RememberedKeys  # noqa: E402
from scripts.screenshots import OUT, settle, shoot  # noqa: E402

NOOR = PartnerSetup("Noor", "noor likes quiet mornings", "#b5573b")
JUDE = PartnerSetup("Jude", "jude bakes on sundays", "#3f7d6e")
PASS = {PartnerSlot.A: NOOR.passphrase, PartnerSlot.B: JUDE.passphrase}


def answer_all(session: Session, level: int, safety: str, **choices: object) -> None:
    from lifeline_desktop.content.checkup import builtin_questions

    base = {"together-how-long": "2-to-10", "children-at-home": "young", "time-apart": "together",
            "recent-hurt": "no", "counsellor": "no", "leave-out": (), "safety": safety,
            **{key.replace("_", "-"): value for key, value in choices.items()}}
    session.guide.checkup.start()
    for q in builtin_questions():
        value = (6 - level if q.reverse else level) if q.kind == "scale" else base[q.id]
        if q.practice is not None and str(q.practice) == "communication":
            value = 2 if not q.reverse else 4
        session.guide.checkup.save_answer(q.id, value)  # type: ignore[arg-type]
    session.guide.checkup.finish_turn()


def today(session: Session, runner: Runner) -> TodayPage:
    page = TodayPage(sections()[0], session, Operations(session, runner, ChangeBus()))
    page.resize(*defs.WINDOW_SIZE)
    page.show()
    page.load()
    settle(lambda: page.view is not None)
    return page


def dialog(session: Session, runner: Runner) -> CheckupDialog:
    box = CheckupDialog(session, Operations(session, runner, ChangeBus()))
    box.resize(*defs.WINDOW_SIZE)
    box.show()
    settle(lambda: box.status is not None)
    return box


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = start_application()  # as the app starts: its translation says "1 reply"
    theme.apply_theme(app, "light")
    runner = Runner()
    with tempfile.TemporaryDirectory(prefix="lifeline-guide-shots-") as folder:
        gate = VaultGate(Path(folder) / "v", SystemClock(), RememberedKeys(disabled_reason="shots"),
                         KdfPolicy.fast_for_tests())
        noor, _key = gate.create(NOOR, JUDE)
        page = today(noor, runner)
        shoot(page, "guide-1-today-offers-checkup")
        box = dialog(noor, runner)
        shoot(box, "guide-2-turn")
        box.turn.start.click()
        settle(lambda: box.view is not None)
        assert box.view is not None
        box.view.choose("2-to-10")
        shoot(box, "guide-3-question-choice")
        box.index = 0
        box._go(6)
        shoot(box, "guide-4-question-safety")
        box._go(8)
        assert box.view is not None
        box.view.choose("4")
        shoot(box, "guide-5-question-scale")
        box.close()
        runner.wait_for_done()
        page.close()
        noor.lock()
        noor = gate.unlock(PartnerSlot.A, PASS[PartnerSlot.A])
        answer_all(noor, 4, "no", leave_out=("spirituality",))
        box = dialog(noor, runner)
        shoot(box, "guide-6-waiting")
        box.close()
        noor.lock()
        jude = gate.unlock(PartnerSlot.B, PASS[PartnerSlot.B])
        answer_all(jude, 3, "sometimes", time_apart="shifts")
        box = dialog(jude, runner)
        settle(lambda: box.reveal.data is not None)
        shoot(box, "guide-7-side-by-side")
        box.reveal.verticalScrollBar().setValue(box.reveal.verticalScrollBar().maximum())
        shoot(box, "guide-8-path")
        box.reveal.change_button.click()
        settle()
        box.reveal.verticalScrollBar().setValue(box.reveal.verticalScrollBar().maximum())
        shoot(box, "guide-9-change-the-path")
        box.reveal.accept_button.click()
        settle(lambda: not box.isVisible())
        runner.wait_for_done()
        page = today(jude, runner)
        shoot(page, "guide-10-today-follows-the-path")
        page.guide.safety_toggle.click()
        shoot(page, "guide-11-a-note-only-this-partner-sees")
        page.close()
        jude.lock()
        noor = gate.unlock(PartnerSlot.A, PASS[PartnerSlot.A])
        page = today(noor, runner)
        shoot(page, "guide-12-today-for-the-other-partner")
        page.close()
        runner.wait_for_done()
        noor.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
