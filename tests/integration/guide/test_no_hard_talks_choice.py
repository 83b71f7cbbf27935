"""'No hard talks in suggestions': a choice either partner makes for themselves. It quiets hard talks exactly as a
"sometimes afraid" answer does, so the other partner cannot tell which of the two is behind it: everything Mei can
read is the same whether Rosa made the choice or gave that answer, and the mark in the database is the same too."""

from __future__ import annotations

from datetime import timedelta

from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Practice
from lifeline_desktop.services.checkins.views import Scores
from lifeline_desktop.services.session import VaultGate
from lifeline_desktop.store.models import VaultMetaRow
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.integration.conftest import Couple
from tests.integration.guide.conftest import profile, take_checkup
from tests.support.vaults import MEI, ROSA

A, B = PartnerSlot.A, PartnerSlot.B
HARD = {"rebuilding-trust", "apology-and-forgiveness", "after-a-fight"}


def _another_couple(tmp_path, memory_keyring, name: str) -> Couple:
    clock = ManualClock()
    gate = VaultGate(tmp_path / name, clock, RememberedKeys(memory_keyring), KdfPolicy.fast_for_tests())
    gate.create(ROSA, MEI)[0].lock()
    return Couple(gate, clock)


def _story(couple: Couple, *, rosa_safety: str, rosa_chooses: bool) -> list[str]:
    """The couple's weeks as Mei sees them: proposal, week plans and a suggestion after trust dips."""
    with couple.as_(A) as s:
        take_checkup(s, profile({"trust": 2}, safety=rosa_safety))
        if rosa_chooses:
            s.guide.set_no_hard_talks(True)
    with couple.as_(B) as s:
        take_checkup(s, profile({"trust": 2}))
        seen = [repr(s.guide.reveal().proposal)]  # type: ignore[union-attr]
        s.guide.accept_path(focus=(Practice.TRUST,))
    for trust in (8, 6, 4):
        with couple.as_(A) as s:
            s.checkins.answer(Scores(7, 7, trust, 7, 7))
        with couple.as_(B) as s:
            s.checkins.answer(Scores(7, 7, trust, 7, 7))
            today = s.guide.today()
            assert not today.no_hard_talks  # Mei's own choice, which she did not make
            seen.append(repr((today.week, today.suggestion, today.proposal)))
        couple.clock.advance(timedelta(days=7))
    return seen


def _marks(couple: Couple) -> set[tuple[str, int]]:
    """The guide's sealed marks in the database, by key and size (their contents are ciphertext)."""
    with couple.as_(B) as s, s._context.transaction() as orm:
        rows = orm.query(VaultMetaRow).filter(VaultMetaRow.key.like("guide.%")).all()
        return {(r.key, len(r.value)) for r in rows if r.key.startswith(("guide.care", "guide.own_choice"))}


def test_a_choice_looks_to_the_other_partner_just_like_a_safety_answer(couple, tmp_path, memory_keyring):
    chose = _story(couple, rosa_safety="no", rosa_chooses=True)
    other = _another_couple(tmp_path, memory_keyring, "afraid")
    afraid = _story(other, rosa_safety="sometimes", rosa_chooses=False)
    neither = _story(_another_couple(tmp_path, memory_keyring, "neither"), rosa_safety="no", rosa_chooses=False)
    assert chose == afraid
    assert chose != neither  # the choice does change something: hard talks are left out
    assert not any(script in line for line in chose for script in HARD)
    assert any(script in line for line in neither for script in HARD)
    assert _marks(couple) == _marks(other) and len(_marks(couple)) == 4  # a mark and a choice each, one size


def test_the_choice_is_its_owners_alone_and_can_be_undone(couple):
    with couple.as_(A) as s:
        take_checkup(s, profile(3))
        assert not s.guide.no_hard_talks()
        s.guide.set_no_hard_talks(True)
        assert s.guide.no_hard_talks() and s.guide.today().no_hard_talks
    with couple.as_(B) as s:
        take_checkup(s, profile(3))
        assert not s.guide.no_hard_talks() and not s.guide.today().no_hard_talks
        assert s.guide._quiet()
    with couple.as_(A) as s:
        s.guide.set_no_hard_talks(False)
    with couple.as_(B) as s:
        assert not s.guide._quiet()
