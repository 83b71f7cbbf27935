from __future__ import annotations

import pytest
from sqlalchemy import text

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.journal.drafts import DraftKind
from lifeline_desktop.services.vault.context import PrivateSpaceClosed
from tests.integration.journal.conftest import PASSPHRASES

A, B = PartnerSlot.A, PartnerSlot.B
ANSWERS = {A: "Rosa's answer: a lighthouse weekend", B: "Mei's answer: learning to bake bread"}


@pytest.mark.parametrize("first", [A, B])
def test_sealed_answers_reveal_together_in_either_order_with_a_lock_in_between(open_as, first):
    second = first.other
    opener = open_as(first)
    pair = opener.journal.sealed.ask("reconnect-045")
    state = opener.journal.sealed.answer(pair, ANSWERS[first])
    assert not state.revealed and state.i_answered and not state.other_answered
    assert state.my_answer == ANSWERS[first] and state.answers is None
    with opener._context.transaction() as session:  # sealed: no plain text anywhere in the row
        row = session.execute(text("SELECT * FROM sealed_answers")).one()
    assert not any(ANSWERS[first] in str(value) for value in row)
    other = open_as(second)  # the first one's session is locked in between
    [waiting] = other.journal.sealed.pairs()
    assert waiting.other_answered and not waiting.i_answered and waiting.my_answer is None
    assert waiting.answers is None and other.journal.sealed.waiting_for_me() == 1
    assert other.journal.sealed.ask("reconnect-045") == pair  # the same round, not a new one
    revealed = other.journal.sealed.answer(pair, ANSWERS[second])
    assert revealed.revealed and revealed.answers == ANSWERS
    back = open_as(first)
    assert back.journal.sealed.pair(pair).answers == ANSWERS
    with pytest.raises(InvalidInput):
        back.journal.sealed.answer(pair, "changing my mind")


def test_a_draft_survives_a_session_that_was_never_locked(journal_gate, tmp_path):
    """A crash: the session is dropped without lock(); a new gate on the same files finds the draft."""
    from lifeline_desktop.domain.clock import ManualClock
    from lifeline_desktop.services.session import VaultGate
    from lifeline_desktop.vault.kdf import KdfPolicy
    from lifeline_desktop.vault.remembered_key import RememberedKeys
    from tests.support.vaults import MemoryKeyring

    crashed = journal_gate.unlock(A, PASSPHRASES[A])
    crashed.journal.drafts.save(DraftKind.JOURNAL_ENTRY, {"title": "Half", "body": "half a thought"})
    crashed._process_lock.release()  # what the OS does when the process dies; nothing else is cleaned up
    crashed._context.engine.dispose()
    gate = VaultGate(journal_gate.folder, ManualClock(), RememberedKeys(MemoryKeyring()), KdfPolicy.fast_for_tests())
    again = gate.unlock(A, PASSPHRASES[A])
    try:
        draft = again.journal.drafts.find(DraftKind.JOURNAL_ENTRY)
        assert draft is not None and draft.content["body"] == "half a thought"
        again.journal.drafts.discard(draft.id)
        assert again.journal.drafts.find(DraftKind.JOURNAL_ENTRY) is None
    finally:
        again.lock()
    mei = gate.unlock(B, PASSPHRASES[B])
    try:
        assert mei.journal.drafts.find(DraftKind.JOURNAL_ENTRY) is None
    finally:
        mei.lock()


def test_drafts_need_the_private_space(open_as):
    rosa = open_as(A)
    rosa._context._open_state().personal_key = None  # as after a keyring unlock
    with pytest.raises(PrivateSpaceClosed):
        rosa.journal.drafts.save(DraftKind.JOURNAL_ENTRY, {"body": "x"})
    assert rosa.journal.drafts.find(DraftKind.JOURNAL_ENTRY) is None


def test_appreciation_notes_are_unread_until_the_recipient_reads_them(open_as):
    rosa = open_as(A)
    with pytest.raises(InvalidInput):
        rosa.journal.appreciation.send("Thank you for…")
    rosa.journal.appreciation.send("Thank you for the tea this morning.")
    assert rosa.journal.appreciation.unread_count() == 0
    mei = open_as(B)
    assert mei.journal.appreciation.unread_count() == 1
    [note] = mei.journal.appreciation.unread()
    assert note.sender is A and "tea" in note.body
    mei.journal.appreciation.mark_all_read()
    assert mei.journal.appreciation.unread_count() == 0
    assert len(mei.journal.appreciation.notes()) == 1
