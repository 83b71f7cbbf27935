from __future__ import annotations

from lifeline_desktop.demo.build import DEMO_PARTNERS, create_demo_vault
from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.support.vaults import MemoryKeyring


def test_demo_vault_has_both_partners_entries_and_keeps_private_ones_private(tmp_path):
    gate = create_demo_vault(tmp_path / "demo", ManualClock(), RememberedKeys(MemoryKeyring()))
    sam = gate.unlock(PartnerSlot.A, DEMO_PARTNERS[PartnerSlot.A].passphrase)
    sam_sees = {e.title: e for e in sam.journal.entries()}
    sam.lock()
    alex = gate.unlock(PartnerSlot.B, DEMO_PARTNERS[PartnerSlot.B].passphrase)
    alex_sees = {e.title for e in alex.journal.entries()}
    alex.lock()
    assert "The kitchen dance" in sam_sees and "What I miss" in sam_sees  # both partners wrote
    assert "Something I haven't said yet" in sam_sees and sam_sees["Something I haven't said yet"].private
    assert "Something I haven't said yet" not in alex_sees and "For me only" in alex_sees
    assert "For me only" not in sam_sees
    assert len(sam_sees) >= 7


def test_the_demo_vault_is_never_offered_to_the_keyring(tmp_path):
    from lifeline_desktop.demo.build import demo_gate

    gate = demo_gate(tmp_path / "demo", ManualClock())
    status = gate.keyring_status()
    assert not status.available and "demo" in status.reason
    assert demo_gate(tmp_path / "demo", ManualClock()).tiles() == gate.tiles()  # made once, reused after


def test_the_demo_quiz_has_questions_about_both_partners_and_none_from_private_answers(tmp_path):
    gate = create_demo_vault(tmp_path / "demo", ManualClock(), RememberedKeys(MemoryKeyring()))
    sam = gate.unlock(PartnerSlot.A, DEMO_PARTNERS[PartnerSlot.A].passphrase)
    questions = sam.play.quiz.questions()
    sam.lock()
    about = [q.about for q in questions]
    assert about.count(PartnerSlot.A) >= 4 and about.count(PartnerSlot.B) >= 4
    assert {q.source.value for q in questions} == {"both-answer", "journal"}
    assert not any("haven't found the way in" in q.answer for q in questions)  # Alex's private answer
