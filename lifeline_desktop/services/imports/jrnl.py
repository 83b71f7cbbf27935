"""jrnl's JSON export (`jrnl --export json`): {"tags": {...}, "entries": [{"title", "body", "date", "time",
"tags": ["@tag"], "starred"}]}. Dates and times are the writer's local wall-clock time, as jrnl keeps them."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from lifeline_desktop.domain.vocabulary import ImportFormat
from lifeline_desktop.services.imports.views import (
    MAX_IMPORT_ENTRIES,
    ImportBatch,
    ImportedEntry,
    ImportRefused,
    refuse_with_problems,
)

MAX_JRNL_BYTES = 1_000_000_000


def read_jrnl_export(path: Path) -> ImportBatch:
    try:
        if path.stat().st_size > MAX_JRNL_BYTES:
            raise ImportRefused("This file is larger than any journal Lifeline can take in at once.")
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ImportRefused(
            f"“{path.name}” is not a jrnl export Lifeline can read. In a terminal, `jrnl --export json > "
            f"journal.json` makes one.") from error
    raw = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(raw, list):
        raise ImportRefused(f"“{path.name}” has no “entries” list: it does not look like `jrnl --export json`.")
    if len(raw) > MAX_IMPORT_ENTRIES:
        raise ImportRefused(f"This export holds {len(raw)} entries; Lifeline takes up to {MAX_IMPORT_ENTRIES} at once.")
    entries: list[ImportedEntry] = []
    problems: list[str] = []
    for number, item in enumerate(raw, start=1):
        try:
            entries.append(_entry(item, number))
        except (KeyError, TypeError, ValueError) as error:
            problems.append(f"entry {number} ({_label(item)}): {error}")
    if problems:
        raise refuse_with_problems("Some entries of this jrnl export have dates Lifeline cannot read", problems)
    return ImportBatch(ImportFormat.JRNL, tuple(entries))


def _entry(item: Any, number: int) -> ImportedEntry:
    if not isinstance(item, dict):
        raise TypeError("not an entry")
    day, clock = str(item["date"]), str(item.get("time") or "00:00")
    try:
        written = datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValueError(f"the date “{day} {clock}” is not a real day and time") from None
    title, body = str(item.get("title") or ""), str(item.get("body") or "")
    if not title.strip() and not body.strip():
        raise ValueError("it is empty")
    tags = tuple(str(tag).lstrip("@#") for tag in item.get("tags") or () if str(tag).strip("@# "))
    return ImportedEntry(written.astimezone(), title.strip(), body.rstrip(), tags, f"entry {number} ({day})")


def _label(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("title") or "untitled")[:40]
    return "not an entry"
