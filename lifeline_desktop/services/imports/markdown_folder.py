"""A folder of Markdown files (Obsidian, iA Writer, plain notes): one entry per .md file, in any subfolder.

The date comes from YAML-style front matter (`date: 2022-10-03 21:15`) or from the file name (`2021-02-14.md`,
`2020-05-17-garden.md`); the title from front matter or a first `# heading`; tags from front matter and inline
`#tags`. Files of other kinds (pictures, PDFs, text notes) are listed as not imported; a Markdown file without any
date is listed as left out, with the reason. Hidden files and folders (.obsidian, .git) are passed over.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from lifeline_desktop.domain.vocabulary import ImportFormat
from lifeline_desktop.services.imports.views import MAX_IMPORT_ENTRIES, ImportBatch, ImportedEntry, ImportRefused

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".mdwn"}
PICTURE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".heic", ".webp", ".bmp", ".tif", ".tiff", ".svg"}
MAX_FILE_CHARS = 1_000_000
_NAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T_-]?(\d{2})[:.h]?(\d{2}))?")
_INLINE_TAG = re.compile(r"(?<![\w#&/])#(\w[\w/-]*)")
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)[^)]*\)")
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d")


def read_markdown_folder(folder: Path) -> ImportBatch:
    if not folder.is_dir():
        raise ImportRefused(f"“{folder.name}” is not a folder. Choose the folder that holds your Markdown files.")
    entries: list[ImportedEntry] = []
    not_imported: list[str] = []
    skipped: list[str] = []
    for path in sorted(_visible_files(folder)):
        name = path.relative_to(folder).as_posix()
        suffix = path.suffix.lower()
        if suffix not in MARKDOWN_SUFFIXES:
            kind = "a picture: Lifeline keeps words only" if suffix in PICTURE_SUFFIXES else "not a Markdown file"
            not_imported.append(f"{name} ({kind})")
            continue
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            skipped.append(f"{name} (not UTF-8 text)")
            continue
        except OSError as error:
            skipped.append(f"{name} (cannot be read: {error.strerror or error})")
            continue
        if len(text) > MAX_FILE_CHARS:
            skipped.append(f"{name} (longer than one entry can be)")
            continue
        entry, reason = _entry(path, name, text.replace("\r\n", "\n"))
        if entry is None:
            skipped.append(f"{name} ({reason})")
            continue
        entries.append(entry)
        not_imported += [f"{target} (a picture in {name})" for target in _IMAGE.findall(entry.body)]
    if not entries and not skipped:
        raise ImportRefused(f"There are no Markdown files (.md) in “{folder.name}”. Nothing was imported.")
    if len(entries) > MAX_IMPORT_ENTRIES:
        raise ImportRefused(f"This folder holds {len(entries)} entries; Lifeline takes up to {MAX_IMPORT_ENTRIES}.")
    return ImportBatch(ImportFormat.MARKDOWN, tuple(entries), tuple(not_imported), tuple(skipped))


def _visible_files(folder: Path) -> list[Path]:
    found: list[Path] = []
    for path in folder.rglob("*"):
        parts = path.relative_to(folder).parts
        if path.is_file() and not any(part.startswith(".") for part in parts):
            found.append(path)
    return found


def _entry(path: Path, name: str, text: str) -> tuple[ImportedEntry | None, str]:
    meta, body = _front_matter(text)
    written = _parse_date(meta.get("date", "")) if "date" in meta else None
    if "date" in meta and written is None:
        return None, f"the date “{meta['date']}” cannot be read"
    if written is None:
        match = _NAME_DATE.search(path.name)
        written = _from_name(match) if match else None
    if written is None:
        return None, "no date in its name or front matter"
    title = meta.get("title", "").strip().strip("\"'")
    lines = body.strip("\n").split("\n")
    if not title and lines and lines[0].startswith("# "):
        title, body = lines[0][2:].strip(), "\n".join(lines[1:])
    tags = [tag.strip().strip("\"'#") for tag in _list(meta.get("tags", ""))]
    tags += [tag for tag in _INLINE_TAG.findall(body) if not tag.isdigit()]
    body = body.strip()
    if not title and not body:
        return None, "it is empty"
    return ImportedEntry(written, title, body, tuple(dict.fromkeys(t for t in tags if t)), name), ""


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    meta: dict[str, str] = {}
    key = ""
    for line in text[4:end].split("\n"):
        if line.startswith(("  - ", "- ")) and key:
            meta[key] = (meta[key] + "," + line.split("- ", 1)[1]).strip(",")
        elif ":" in line:
            key, value = (part.strip() for part in line.split(":", 1))
            key = key.casefold()
            meta[key] = value
    return meta, text[end + 4:].lstrip("-").lstrip("\n")


def _list(value: str) -> list[str]:
    return [part for part in value.strip("[]").split(",") if part.strip()]


def _parse_date(value: str) -> datetime | None:
    value = value.strip().strip("\"'")
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern).astimezone()
        except ValueError:
            continue
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.astimezone()


def _from_name(match: re.Match[str]) -> datetime | None:
    year, month, day, hour, minute = match.groups()
    try:
        return datetime(int(year), int(month), int(day), int(hour or 12), int(minute or 0)).astimezone()
    except ValueError:
        return None
