"""The safety answer reaches no one but the partner who gave it: not through any service, export or report.

Rosa (A) says she is sometimes afraid; Mei (B) must learn nothing. The control vault is the same couple with
Rosa answering "no": everything Mei can read there about the check-up must be the same as here, and no word of
the question, its answers or the help text may appear anywhere Mei looks.
"""

from __future__ import annotations

from datetime import date, timedelta

from lifeline_desktop.content.checkup import builtin_questions, builtin_safety_help
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Practice
from lifeline_desktop.services.checkins.views import ReportChoice
from lifeline_desktop.services.journal.export import entries_markdown
from lifeline_desktop.services.reports.counsellor import counsellor_markdown
from lifeline_desktop.store.models import PrivateAnswerRow
from tests.integration.guide.conftest import profile, take_checkup

A, B = PartnerSlot.A, PartnerSlot.B
SAFETY = next(q for q in builtin_questions() if q.kind == "safety")
MARKERS = [SAFETY.text, SAFETY.label("sometimes"), SAFETY.label("unsure"), builtin_safety_help().title,
           builtin_safety_help().intro, *builtin_safety_help().places, "afraid", "sometimes", "'safety'"]


def _what_mei_can_read(couple) -> tuple[str, object]:
    with couple.as_(B) as s:
        entry = s.journal.add_entry("Sunday", "A slow morning together.")
        guide = s.today.today().guide
        reveal = s.guide.reveal()
        status = s.guide.checkup.status()
        export = entries_markdown(s.journal.export_entries([entry], include_private=True), {A: "Rosa", B: "Mei"},
                                  date(2026, 1, 2))
        report = counsellor_markdown(s, ReportChoice())
        seen = "\n".join(repr(x) for x in (s.today.today(), guide, reveal, status, s.guide.path(),
                                          s.guide.practice_history(), export, report))
        assert guide is not None and guide.safety is None
        comparable = (reveal.answers if reveal else None, reveal.standings if reveal else None, status.my_answers)
        return seen, comparable


def _couple_takes_checkup(couple, rosa_safety: str) -> None:
    with couple.as_(A) as s:
        take_checkup(s, profile(3, safety=rosa_safety))
    with couple.as_(B) as s:
        take_checkup(s, profile(3))


def test_the_other_partner_learns_nothing(couple, tmp_path, memory_keyring):
    _couple_takes_checkup(couple, "sometimes")
    seen, comparable = _what_mei_can_read(couple)
    for marker in MARKERS:
        assert marker not in seen, marker
    with couple.as_(A) as s:  # Rosa alone sees where to find help
        guide = s.today.today().guide
        assert guide is not None and guide.safety is not None
        assert guide.safety.places == builtin_safety_help().places

    from lifeline_desktop.domain.clock import ManualClock
    from lifeline_desktop.services.session import VaultGate
    from lifeline_desktop.vault.kdf import KdfPolicy
    from lifeline_desktop.vault.remembered_key import RememberedKeys
    from tests.integration.conftest import Couple
    from tests.support.vaults import MEI, ROSA

    clock = ManualClock()
    gate = VaultGate(tmp_path / "control", clock, RememberedKeys(memory_keyring), KdfPolicy.fast_for_tests())
    gate.create(ROSA, MEI)[0].lock()
    control = Couple(gate, clock)
    _couple_takes_checkup(control, "no")
    _control_seen, control_comparable = _what_mei_can_read(control)
    assert comparable == control_comparable


def test_each_turn_keeps_one_private_row_of_one_size_whatever_the_answer(couple):
    _couple_takes_checkup(couple, "sometimes")
    with couple.as_(B) as s, s._context.transaction() as orm:
        rows = orm.query(PrivateAnswerRow).all()
        assert {r.owner_slot for r in rows} == {A, B}
        assert len({len(r.sealed_body) for r in rows}) == 1
        assert s.guide.checkup.safety.mine(orm) == "no"  # Mei reads her own, never Rosa's


def test_hard_talks_are_no_longer_proposed_and_nothing_says_why(couple):
    _couple_takes_checkup(couple, "unsure")
    with couple.as_(B) as s:
        s.guide.accept_path(focus=(Practice.TRUST,))
        for _week in range(6):
            plan = s.guide.today().week
            assert plan is not None and plan.script_id not in {"rebuilding-trust", "apology-and-forgiveness"}
            couple.clock.advance(timedelta(days=7))
