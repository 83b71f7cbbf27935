"""Drafts: unsent writing, saved every few seconds and on lock, always sealed under the author's personal key.

A draft is a small JSON document (title, body, mood, tags, private flag, prompt id…) chosen by the caller. One
draft per author, kind and target: saving again replaces it. Drafts need the author's private space open (their
passphrase, not only the keyring); otherwise `save` raises PrivateSpaceClosed and the UI says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from lifeline_desktop.domain.text import storable_json
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import DraftKind, DraftRow
from lifeline_desktop.vault.private_items import PrivateItemUnreadable, open_private_text, seal_private_text

DRAFT_KIND = "draft"

__all__ = ["DraftKind", "DraftService", "DraftView"]


@dataclass(frozen=True)
class DraftView:
    id: int
    kind: DraftKind
    target_id: int | None
    content: dict[str, Any]
    updated_at: datetime


class DraftService:
    def __init__(self, context: VaultContext) -> None:
        self._context = context

    def save(self, kind: DraftKind, content: dict[str, Any], target_id: int | None = None) -> int:
        key = self._context.personal_key
        me = self._context.partner
        now = self._context.clock.now()
        with self._context.transaction() as session:
            row = session.scalars(select(DraftRow).where(
                DraftRow.author_slot == me, DraftRow.kind == kind,
                DraftRow.target_id.is_(None) if target_id is None else DraftRow.target_id == target_id)).first()
            if row is None:
                row = DraftRow(author_slot=me, kind=kind, target_id=target_id, sealed_body=b"", created_at=now,
                               updated_at=now)
                session.add(row)
                session.flush()
            row.sealed_body = seal_private_text(key, storable_json(content), kind=DRAFT_KIND, row_id=row.id, owner=me)
            row.updated_at = now
            return row.id

    def find(self, kind: DraftKind, target_id: int | None = None) -> DraftView | None:
        """My draft of this kind and target, or None (also when my private space is closed)."""
        if not self._context.private_space_open:
            return None
        me = self._context.partner
        with self._context.transaction() as session:
            rows = session.scalars(select(DraftRow).where(
                DraftRow.author_slot == me, DraftRow.kind == kind,
                DraftRow.target_id.is_(None) if target_id is None else DraftRow.target_id == target_id)
                .order_by(DraftRow.updated_at.desc())).all()
            for row in rows:
                try:
                    content = json.loads(open_private_text(self._context.personal_key, row.sealed_body,
                                                           kind=DRAFT_KIND, row_id=row.id, owner=me))
                except PrivateItemUnreadable:
                    continue
                return DraftView(row.id, row.kind, row.target_id, content, row.updated_at)
        return None

    def discard(self, draft_id: int) -> None:
        with self._context.transaction() as session:
            row = session.get(DraftRow, draft_id)
            if row is not None and row.author_slot is self._context.partner:
                session.delete(row)
