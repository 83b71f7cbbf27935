"""Every table of a vault as comparable content, for the archive's round trip: what went out against what came back.

Each row becomes its columns without its own number and without sealed bytes; a link to another row (a foreign
key) becomes that row's content, so two vaults with different ids compare equal when they hold the same things.
Rows that stay behind by the archive's rule are left out here too, as if deleted: private rows, rows still sealed
(sealed bytes and not yet revealed), and, following the foreign key's own ON DELETE, rows that hang on those (CASCADE)
or links to them (SET NULL). Number columns that are no foreign key (`journal_entry_id`, `item_id`) are links the
archive maps; they are left out of the comparison, which the nested JSON comparison covers. A link into a table
not compared (the vault's own journal row) is only named.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, LargeBinary, select
from sqlalchemy.orm import Session

from lifeline_desktop.store.models import Base

Content = tuple[tuple[str, str], ...]


def _stays_behind(row: Any, table: Any) -> bool:
    if row.get("visibility") == "private":
        return True
    sealed = any(row[c.name] is not None for c in table.columns if isinstance(c.type, LargeBinary))
    return sealed and row.get("revealed_at") is None


def vault_tables(session: Session, tables: tuple[str, ...]) -> dict[str, list[Content]]:
    """The content of each of `tables` (sorted), computed over all tables so links can be followed."""
    known: dict[tuple[str, Any], Content | None] = {}  # (table, id) -> content, None when it stayed behind
    result: dict[str, list[Content]] = {}
    for table in Base.metadata.sorted_tables:
        contents: list[Content] = []
        for row in session.execute(select(table)).mappings():
            content: list[tuple[str, str]] = []
            gone = _stays_behind(row, table)
            for column in table.columns:
                value = row[column.name]
                if column.name == "id" or isinstance(column.type, LargeBinary):
                    continue
                if column.foreign_keys:
                    key = next(iter(column.foreign_keys))
                    if key.column.table.name not in tables:  # the vault's own rows (its journal): not compared
                        content.append((column.name, key.column.table.name))
                        continue
                    target = known.get((key.column.table.name, value)) if value is not None else None
                    if value is not None and target is None:
                        if key.ondelete == "CASCADE":
                            gone = True
                        value = None
                    else:
                        value = target
                elif column.name.endswith("_id") and isinstance(column.type, Integer):
                    continue
                content.append((column.name, repr(value)))
            if "id" in table.columns:
                known[(table.name, row["id"])] = None if gone else tuple(content)
            if not gone:
                contents.append(tuple(content))
        if table.name in tables:
            result[table.name] = sorted(contents)
    return result
