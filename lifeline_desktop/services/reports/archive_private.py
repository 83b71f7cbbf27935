"""A private archive's wishes: my own wishes still in the jar, opened with my key on the way out and sealed under
my key again on the way in (a wish the other partner wrote can never be opened here, so never goes out)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from lifeline_desktop.services.planner.wish_jar import WISH_KIND
from lifeline_desktop.services.reports.archive_rows import iso, moment
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.models import WishRow
from lifeline_desktop.vault.private_items import PrivateItemUnreadable, open_private_text, seal_private_text


def own_waiting_wishes(context: VaultContext) -> list[dict[str, Any]]:
    key, me = context.personal_key, context.partner
    wishes: list[dict[str, Any]] = []
    with context.transaction() as session:
        for row in session.scalars(select(WishRow).where(WishRow.author_slot == me, WishRow.text.is_(None))
                                   .order_by(WishRow.id)):
            try:
                text = open_private_text(key, row.sealed_text or b"", kind=WISH_KIND, row_id=row.id, owner=me)
            except PrivateItemUnreadable:
                continue  # sealed under a key replaced after a forgotten passphrase: unreadable for anyone
            wishes.append({"author_slot": me.value, "text": text, "created_at": iso(row.created_at)})
    return wishes


def restore_own_wishes(context: VaultContext, wishes: Iterable[dict[str, Any]]) -> int:
    key, me = context.personal_key, context.partner
    count = 0
    with context.transaction() as session:
        for wish in wishes:
            row = WishRow(author_slot=me, sealed_text=b"", created_at=moment(wish["created_at"]) or context.clock.now())
            session.add(row)
            session.flush()
            row.sealed_text = seal_private_text(key, wish["text"], kind=WISH_KIND, row_id=row.id, owner=me)
            count += 1
    return count
