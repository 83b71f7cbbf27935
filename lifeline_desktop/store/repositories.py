"""Small typed helpers over the models for the services layer: a new vault's first rows.

Sessions and transactions belong to the caller. Small facts about the vault live in store/vault_meta.py.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.store.models import JournalRow, PartnerRow


def add_partner(session: Session, slot: PartnerSlot, name: str, colour: str, now: datetime) -> PartnerRow:
    partner = PartnerRow(slot=slot, name=name, colour=colour, created_at=now)
    session.add(partner)
    session.flush()
    return partner


def add_journal(session: Session, name: str, now: datetime) -> JournalRow:
    journal = JournalRow(name=name, created_at=now)
    session.add(journal)
    session.flush()
    return journal
