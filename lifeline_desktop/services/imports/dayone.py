"""Day One's JSON export: a .zip with one `<Journal name>.json` per journal ({"metadata": {"version": "1.0"},
"entries": [...]}) and folders of photos, audio and PDFs named by their md5. Only the JSON is read; the media files
are listed as not imported (Lifeline keeps words only and never loads an image)."""

from __future__ import annotations

import json
import re
import zipfile
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

MAX_JSON_BYTES = 1_000_000_000
_MEDIA = {"photos": "photo", "videos": "video", "audios": "recording", "pdfAttachments": "PDF"}
_MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:/*(?:\w+/)?([0-9A-Fa-f]+)\)")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
HOW_TO_EXPORT = "In Day One, choose File > Export > JSON, and pick the .zip it makes."


def read_day_one_export(path: Path) -> ImportBatch:
    try:
        with zipfile.ZipFile(path) as archive:
            journals = [info for info in archive.infolist()
                        if info.filename.lower().endswith(".json") and "/" not in info.filename.strip("/")]
            if not journals:
                raise ImportRefused(f"“{path.name}” holds no Day One journal (no .json file inside). {HOW_TO_EXPORT}")
            documents = []
            for info in journals:
                if info.file_size > MAX_JSON_BYTES:
                    raise ImportRefused("This journal is larger than Lifeline can take in at once.")
                documents.append((info.filename, json.loads(archive.read(info).decode("utf-8-sig"))))
    except zipfile.BadZipFile as error:
        raise ImportRefused(f"“{path.name}” is not a .zip file. {HOW_TO_EXPORT}") from error
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ImportRefused(f"The journal inside “{path.name}” cannot be read ({type(error).__name__}). "
                            f"{HOW_TO_EXPORT}") from error
    entries: list[ImportedEntry] = []
    not_imported: list[str] = []
    problems: list[str] = []
    for name, document in documents:
        raw = document.get("entries") if isinstance(document, dict) else None
        if not isinstance(raw, list):
            raise ImportRefused(f"“{name}” in this .zip is not a Day One journal (it has no entries). {HOW_TO_EXPORT}")
        for number, item in enumerate(raw, start=1):
            try:
                entry, media = _entry(item, f"{name}, entry {number}")
            except (KeyError, TypeError, ValueError) as error:
                problems.append(f"{name}, entry {number}: {error}")
                continue
            entries.append(entry)
            not_imported += media
    if problems:
        raise refuse_with_problems("Some Day One entries cannot be read", problems)
    if len(entries) > MAX_IMPORT_ENTRIES:
        raise ImportRefused(f"This export holds {len(entries)} entries; Lifeline takes up to {MAX_IMPORT_ENTRIES}.")
    return ImportBatch(ImportFormat.DAY_ONE, tuple(entries), tuple(not_imported))


def _entry(item: Any, where: str) -> tuple[ImportedEntry, list[str]]:
    if not isinstance(item, dict):
        raise TypeError("not an entry")
    stamp = str(item["creationDate"])
    try:
        written = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"the date “{stamp}” cannot be read") from None
    if written.tzinfo is None:
        raise ValueError(f"the date “{stamp}” has no time zone")
    text = _MOMENT.sub("*(a photo, not imported)*", str(item.get("text") or ""))
    text = _ESCAPED.sub(r"\1", text).strip()
    title, body = _split_title(text)
    if not title and not body:
        raise ValueError("it is empty")
    day = written.date().isoformat()
    media = [f"{label} in the entry of {day}" for key, label in _MEDIA.items()
             for _item in item.get(key) or ()]
    tags = tuple(str(tag) for tag in item.get("tags") or () if str(tag).strip())
    return ImportedEntry(written, title, body, tags, f"{where} ({day})"), media


def _split_title(text: str) -> tuple[str, str]:
    first, _newline, rest = text.partition("\n")
    if first.startswith("# "):
        return first[2:].strip(), rest.strip()
    return "", text
