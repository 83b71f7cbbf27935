"""The conversation service on real SQLCipher files: saved, resumed after a new gate, notes sealed, ratings."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.vault.context import PrivateSpaceClosed
from tests.support.vaults import MEI, ROSA

A, B = PartnerSlot.A, PartnerSlot.B
SECRET = "ZEBRA-private-note-only-rosa-reads"


def test_a_conversation_resumes_on_its_step_after_a_new_gate_and_session(gate, make_gate, conversation_clock):
    rosa = gate.unlock(A, ROSA.passphrase)
    started = rosa.conversations.start("daily-unwind", first_speaker=B, before_a=4, before_b=6)
    assert started.current_step == 0 and started.step_count == 10
    rosa.conversations.move_to(started.id, 3)
    until = rosa.conversations.start_break(started.id)
    assert until == conversation_clock.now() + timedelta(minutes=20)
    rosa.lock()

    mei = make_gate().unlock(B, MEI.passphrase)  # as after a crash: a new gate, a new session, the same files
    resumed = mei.conversations.unfinished()
    assert resumed is not None and resumed.id == started.id
    assert resumed.current_step == 3 and resumed.first_speaker is B and resumed.break_until == until
    assert resumed.ratings.before_a == 4 and resumed.ratings.before_b == 6
    steps = mei.conversations.steps(resumed)
    assert steps[3].floor is A  # the second turn: roles swapped from Mei speaking first
    mei.conversations.end_break(resumed.id)
    assert mei.conversations.get(resumed.id).break_until is None
    mei.lock()


def test_ratings_are_stored_and_checked(gate):
    rosa = gate.unlock(A, ROSA.passphrase)
    talk = rosa.conversations.start("appreciation-exchange", A)
    rosa.conversations.rate_before(talk.id, 3, 10)
    rosa.conversations.rate_after(talk.id, 7, 9)
    with pytest.raises(InvalidInput, match="from 1 to 10"):
        rosa.conversations.rate_after(talk.id, 11, 9)
    done = rosa.conversations.finish(talk.id)
    assert done.finished and done.ratings.before_a == 3 and done.ratings.after_a == 7 and done.ratings.after_b == 9
    assert rosa.conversations.unfinished() is None
    assert [c.id for c in rosa.conversations.history()] == [talk.id]
    rosa.lock()


def test_a_private_note_is_sealed_and_unreadable_to_the_other_partner(gate, tmp_path):
    rosa = gate.unlock(A, ROSA.passphrase)
    talk = rosa.conversations.start("after-a-fight", A)
    rosa.conversations.save_note(talk.id, 6, SECRET, private=True)
    rosa.conversations.save_note(talk.id, 2, "We both felt tired.", private=False)
    notes = rosa.conversations.notes(talk.id)
    assert [(n.step_index, n.private, n.text) for n in notes] == [(2, False, "We both felt tired."), (6, True, SECRET)]
    rosa.lock()

    for path in (p for p in (tmp_path / "vault").rglob("*") if p.is_file()):  # encrypted, the note twice over
        assert SECRET.encode() not in path.read_bytes()

    mei = gate.unlock(B, MEI.passphrase)
    theirs = mei.conversations.notes(talk.id)
    assert [n.text for n in theirs] == ["We both felt tired."]
    assert mei.conversations.private_note_count(talk.id, A) == 1  # she may know a note exists, not what it says
    _title, body = mei.conversations.summary(talk.id)
    assert SECRET not in body and "We both felt tired." in body
    mei.lock()


def test_the_sealed_note_is_bound_to_its_author(gate):
    """Mei cannot open Rosa's sealed bytes with her own key, even reading the row herself."""
    from sqlalchemy import select

    from lifeline_desktop.store.models import ConversationStepNoteRow
    from lifeline_desktop.vault.private_items import PrivateItemUnreadable, open_private_text

    rosa = gate.unlock(A, ROSA.passphrase)
    talk = rosa.conversations.start("fears-and-dreams", A)
    rosa.conversations.save_note(talk.id, 13, SECRET, private=True)
    rosa.lock()
    mei = gate.unlock(B, MEI.passphrase)
    with mei._context.transaction() as orm:
        row = orm.scalars(select(ConversationStepNoteRow)).one()
        assert row.note == "" and row.author_slot is A and row.sealed_note
        for owner in (A, B):
            with pytest.raises(PrivateItemUnreadable):
                open_private_text(mei._context.personal_key, row.sealed_note, kind="conversation_note",
                                  row_id=row.id, owner=owner)
    mei.lock()


def test_notes_are_replaced_and_removed(gate):
    rosa = gate.unlock(A, ROSA.passphrase)
    talk = rosa.conversations.start("weekly-check-in", A)
    rosa.conversations.save_note(talk.id, 1, "first", private=False)
    rosa.conversations.save_note(talk.id, 1, "second", private=False)
    rosa.conversations.save_note(talk.id, 1, "mine", private=True)
    rosa.conversations.save_note(talk.id, 1, "mine, again", private=True)
    assert [(n.private, n.text) for n in rosa.conversations.notes(talk.id)] == [(False, "second"),
                                                                             (True, "mine, again")]
    rosa.conversations.save_note(talk.id, 1, "  ", private=False)
    assert [n.text for n in rosa.conversations.notes(talk.id)] == ["mine, again"]
    rosa.lock()


def test_a_private_note_needs_the_private_space_open(gate, memory_keyring):
    rosa = gate.unlock(A, ROSA.passphrase)
    rosa.set_remembered(True)
    talk = rosa.conversations.start("weekly-check-in", A)
    rosa.lock()
    remembered = gate.unlock_remembered(A)
    assert remembered is not None and not remembered.private_space_open
    with pytest.raises(PrivateSpaceClosed):
        remembered.conversations.save_note(talk.id, 1, "hidden", private=True)
    assert remembered.conversations.notes(talk.id) == []
    remembered.lock()


def test_the_summary_goes_to_the_journal_once(gate):
    rosa = gate.unlock(A, ROSA.passphrase)
    talk = rosa.conversations.start("planning-time-together", A, before_a=5, before_b=6)
    rosa.conversations.save_note(talk.id, 0, "Saturday afternoon is free.", private=False)
    rosa.conversations.rate_after(talk.id, 8, 8)
    rosa.conversations.finish(talk.id)
    entry_id = rosa.conversations.send_summary_to_journal(talk.id)
    assert rosa.conversations.send_summary_to_journal(talk.id) == entry_id
    entries = [e for e in rosa.journal.entries() if e.id == entry_id]
    assert len(entries) == 1 and not entries[0].private
    assert entries[0].title == "Conversation: Planning time together"
    assert "Rosa: 5 before, 8 after" in entries[0].body and "Mei: 6 before, 8 after" in entries[0].body
    assert "Saturday afternoon is free." in entries[0].body
    assert len([e for e in rosa.journal.entries() if e.title.startswith("Conversation:")]) == 1
    rosa.lock()


def test_bad_requests_say_why(gate):
    rosa = gate.unlock(A, ROSA.passphrase)
    with pytest.raises(InvalidInput, match="no longer available"):
        rosa.conversations.start("not-a-script", A)
    talk = rosa.conversations.start("winding-down", A)
    with pytest.raises(InvalidInput, match="not part of this conversation"):
        rosa.conversations.move_to(talk.id, 99)
    with pytest.raises(InvalidInput, match="at least 20 minutes"):
        rosa.conversations.start_break(talk.id, minutes=5)
    with pytest.raises(InvalidInput, match="from 1 to 10"):
        rosa.conversations.start("winding-down", A, before_a=0)
    with pytest.raises(InvalidInput, match="no longer in the vault"):
        rosa.conversations.move_to(talk.id + 100, 1)
    rosa.lock()
