"""The rows a new vault starts with."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import PartnerRow
from lifeline_desktop.store.repositories import add_journal, add_partner
from lifeline_desktop.store.vault_meta import write_meta

SHARED_JOURNAL_NAME = "Our journal"


def record_vault_created(engine: Engine, partners: dict[PartnerSlot, tuple[str, str]], now: datetime,
                         key_generation: int) -> None:
    with OrmSession(engine) as session, session.begin():
        for slot, (name, colour) in sorted(partners.items()):
            add_partner(session, slot, name, colour, now)
        add_journal(session, SHARED_JOURNAL_NAME, now)
        write_meta(session, "created_at", now.isoformat())
        write_meta(session, "key_generation", str(key_generation))


def partner_names(context: VaultContext) -> dict[PartnerSlot, tuple[str, str]]:
    """Each partner's name and colour, which live only inside the encrypted database."""
    with context.transaction() as session:
        return {row.slot: (row.name, row.colour) for row in session.scalars(select(PartnerRow))}


def set_partner_look(context: VaultContext, slot: PartnerSlot, name: str, colour: str) -> None:
    """A partner's new name and colour, in the encrypted database (the tiles' initial is in the key file)."""
    with context.transaction() as session:
        row = session.scalars(select(PartnerRow).where(PartnerRow.slot == slot)).one()
        row.name, row.colour = name, colour


def unlock_label(name: str) -> str:
    """A partner's initial: enough to find one's own tile, too little to tell a guest who lives here."""
    first = unicodedata.normalize("NFC", name.strip())[:1]
    return first.upper() or "?"
