"""The models on a real file: UTC moments, partner slots, and the rule that private text is only ciphertext."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Visibility
from lifeline_desktop.store.models import AppreciationNoteRow, CheckInRow, JournalEntryRow, PartnerRow
from lifeline_desktop.store.repositories import add_journal, add_partner
from lifeline_desktop.store.vault_meta import read_meta, write_meta
from tests.support.store_rows import (
    add_private_entry,
    add_shared_entry,
    count_entries,
    get_partner,
    list_entries,
    set_sealed_body,
)

NOW = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
A, B = PartnerSlot.A, PartnerSlot.B


def test_partners_vault_meta_and_entries_round_trip(engine: Engine) -> None:
    later = NOW + timedelta(hours=1)
    in_tokyo = datetime(2026, 6, 1, 18, 0, tzinfo=timezone(timedelta(hours=9)))  # 09:00 UTC
    with Session(engine) as session, session.begin():
        add_partner(session, A, "Sam", "#c0392b", NOW)
        add_partner(session, B, "Robin", "#2980b9", NOW)
        write_meta(session, "key_file_generation", "1")
        write_meta(session, "key_file_generation", "2")
        journal_id = add_journal(session, "Ours", NOW).id
        add_shared_entry(session, journal_id, A, "First", "Hello", NOW, tags=["walks", "walks ", "home"])
        add_shared_entry(session, journal_id, B, "Second", "Hi", in_tokyo, mood="calm")
        private_id = add_private_entry(session, journal_id, B, later).id
        set_sealed_body(session, private_id, b"\x00sealed", later)
    with Session(engine) as session:
        partner = get_partner(session, B)
        assert partner is not None and partner.name == "Robin" and partner.slot is B
        assert read_meta(session, "key_file_generation") == "2"
        assert read_meta(session, "missing") is None
        entries = list_entries(session, journal_id)
        assert [entry.title for entry in entries] == ["", "Second", "First"]  # newest first
        assert entries[1].created_at == datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
        assert entries[1].created_at.tzinfo is UTC
        assert [tag.name for tag in entries[2].tags] == ["home", "walks"]
        assert entries[0].sealed_body == b"\x00sealed" and entries[0].body == ""
        assert count_entries(session, journal_id, Visibility.PRIVATE) == 1
        assert [entry.title for entry in list_entries(session, journal_id, author=A)] == ["First"]


def test_naive_datetimes_are_refused(engine: Engine) -> None:
    with Session(engine) as session, pytest.raises(StatementError, match="naive"):
        add_journal(session, "Ours", datetime(2026, 1, 1))


def test_private_entries_cannot_hold_plain_text(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        journal_id = add_journal(session, "Ours", NOW).id
    for bad in (
        {"visibility": Visibility.PRIVATE, "title": "", "body": "plain secret", "sealed_body": b"x"},
        {"visibility": Visibility.PRIVATE, "title": "plain", "body": "", "sealed_body": b"x"},
        {"visibility": Visibility.PRIVATE, "title": "", "body": "", "sealed_body": None},
        {"visibility": Visibility.SHARED, "title": "t", "body": "b", "sealed_body": b"x"},
    ):
        with Session(engine) as session, pytest.raises(IntegrityError):
            session.add(JournalEntryRow(journal_id=journal_id, author_slot=A, created_at=NOW, updated_at=NOW, **bad))
            session.flush()


@pytest.mark.parametrize(
    "row",
    [
        lambda: PartnerRow(slot="c", name="X", colour="#000", created_at=NOW),
        lambda: AppreciationNoteRow(from_slot=A, to_slot=A, body="me", created_at=NOW),
        lambda: CheckInRow(
            partner_slot=A, checked_in_at=NOW, closeness=11, communication=3, trust=3, affection=3, fun=3
        ),
    ],
)
def test_constraints_refuse_impossible_rows(engine: Engine, row: object) -> None:
    with Session(engine) as session, pytest.raises((IntegrityError, StatementError, ValueError)):
        session.add(row())  # type: ignore[operator]
        session.flush()


def test_deleting_a_journal_removes_its_entries(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        journal = add_journal(session, "Ours", NOW)
        add_shared_entry(session, journal.id, A, "t", "b", NOW)
    with Session(engine) as session, session.begin():
        session.delete(journal)
    with Session(engine) as session:
        assert session.query(JournalEntryRow).count() == 0
