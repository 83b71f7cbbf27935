"""Take everything with you: the shared vault (or one partner's private space) as documented JSON plus Markdown,
in a folder or a .zip; and back again into a new vault.

The shared archive needs both partners' consent (`ConsentPurpose.SHARED_EXPORT`); a private space is exported by its
owner alone (`PRIVATE_EXPORT`), and holds only that owner's private entries, wishes and conversation notes. Neither
ever holds the other partner's private text. The files are not encrypted, and the README inside says so. The format
is documented in `archive_format.ARCHIVE_README` (written into every archive); what goes out is read in
archive_out.py and comes back in archive_in.py, all or nothing.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lifeline_desktop.domain.errors import InvalidInput, LifelineError
from lifeline_desktop.domain.vocabulary import ImportDestination, Visibility
from lifeline_desktop.domain.vocabulary import ImportFormat as _Format
from lifeline_desktop.services.imports.views import ImportBatch, ImportedEntry
from lifeline_desktop.services.imports.writer import JournalImporter
from lifeline_desktop.services.journal.export import write_export
from lifeline_desktop.services.journal.service import JournalService
from lifeline_desktop.services.reports.archive_format import ARCHIVE_README, FORMAT, READABLE_VERSIONS, VERSION
from lifeline_desktop.services.reports.archive_in import restore_shared
from lifeline_desktop.services.reports.archive_out import shared_sections
from lifeline_desktop.services.reports.archive_private import OwnPrivateThings, own_private_things
from lifeline_desktop.services.reports.archive_rows import iso, moment
from lifeline_desktop.services.vault.consent import ConsentPurpose, PartnerConsent
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.services.vault.records import partner_names
from lifeline_desktop.store.models import (
    AppreciationNoteRow,
    CheckInRow,
    CheckupRow,
    ConversationSessionRow,
    JournalEntryRow,
    MilestoneRow,
    PlanRow,
    WishRow,
)

_SHARED_TABLES = (AppreciationNoteRow, PlanRow, MilestoneRow, ConversationSessionRow, CheckInRow, CheckupRow, WishRow)


class ArchiveProblem(LifelineError):
    pass


class ArchiveService:
    def __init__(self, context: VaultContext, journal: JournalService, require_consent: Any) -> None:
        self._context = context
        self._journal = journal
        self._require_consent = require_consent

    # --- out ----------------------------------------------------------------------------------------------------

    def export(self, path: Path, consents: tuple[PartnerConsent, ...], *, private: bool, as_zip: bool) -> Path:
        purpose = ConsentPurpose.PRIVATE_EXPORT if private else ConsentPurpose.SHARED_EXPORT
        self._require_consent(consents, purpose)
        document = self.document(private=private)
        files = {"lifeline.json": json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"),
                 "README.md": self._readme(document).encode("utf-8")}
        for number, entry in enumerate(document["entries"], start=1):
            files[f"entries/{_entry_file_name(entry, number)}"] = _entry_markdown(entry, document).encode("utf-8")
        if as_zip:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, data in files.items():
                    archive.writestr(name, data)
            write_export(path, buffer.getvalue())
            return path
        if path.exists() and any(path.iterdir()):
            raise InvalidInput("Choose an empty folder (or a new name) for the archive, so nothing is overwritten.")
        for name, data in files.items():
            target = path / name
            target.parent.mkdir(parents=True, exist_ok=True)
            write_export(target, data)
        return path

    def document(self, *, private: bool) -> dict[str, Any]:
        """The archive's lifeline.json (see ARCHIVE_README): the shared vault, or my private space."""
        names = partner_names(self._context)
        document: dict[str, Any] = {
            "format": FORMAT, "version": VERSION, "scope": "private" if private else "shared",
            "exported_at": iso(self._context.clock.now()), "exported_by": self._context.partner.value,
            "partners": {slot.value: {"name": name, "colour": colour} for slot, (name, colour) in names.items()}}
        if not private:
            with self._context.transaction() as session:
                return {**document, **shared_sections(session)}
        entries = [e for e in self._journal.export_entries(self._journal.entry_ids(), include_private=True)
                   if e.private and e.mine]
        document["entries"] = [
            {"author": e.author.value, "title": e.title, "body": e.body, "mood": e.mood, "tags": list(e.tags),
             "prompt_id": e.prompt_id, "created_at": iso(e.created_at), "updated_at": iso(e.updated_at),
             "replies": [], "reactions": []} for e in entries]
        return {**document, **own_private_things(self._context)}

    def _readme(self, document: dict[str, Any]) -> str:
        names = " and ".join(p["name"] for p in document["partners"].values())
        return ARCHIVE_README.format(names=names, day=document["exported_at"][:10])

    # --- back in ------------------------------------------------------------------------------------------------

    def read(self, path: Path) -> dict[str, Any]:
        try:
            if path.is_dir():
                raw = (path / "lifeline.json").read_bytes()
            else:
                with zipfile.ZipFile(path) as archive:
                    raw = archive.read("lifeline.json")
            document = json.loads(raw.decode("utf-8"))
        except (OSError, KeyError, zipfile.BadZipFile, ValueError) as error:
            raise ArchiveProblem("This is not a Lifeline archive (there is no readable lifeline.json in it). "
                                 "Nothing was imported.") from error
        if not isinstance(document, dict) or document.get("format") != FORMAT \
                or document.get("version") not in READABLE_VERSIONS:
            raise ArchiveProblem("This archive was made by another program or a newer Lifeline. Nothing was imported.")
        return document

    def restore(self, path: Path) -> int:
        """Everything the archive holds, into this vault (which must still be empty of it): all or nothing."""
        document = self.read(path)
        try:
            if document.get("scope") == "private":
                return self._restore_private(document)
            with self._context.transaction() as session:
                shared = select(JournalEntryRow.id).where(JournalEntryRow.visibility == Visibility.SHARED)
                if any(session.scalars(query).first() for query in
                       (shared, *(select(table.id) for table in _SHARED_TABLES))):
                    raise ArchiveProblem("A shared archive comes back into a new, empty vault, so nothing is mixed "
                                         "up or doubled. Nothing was imported.")
                return restore_shared(session, document)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ArchiveProblem(f"This archive is damaged ({error}). Nothing was imported.") from error

    def _restore_private(self, document: dict[str, Any]) -> int:
        """My private entries (to my private space), and my wishes and conversation notes sealed under my key."""
        mine = OwnPrivateThings(self._context, document)
        entries = tuple(ImportedEntry(moment(e["created_at"]) or self._context.clock.now(), e["title"], e["body"],
                                      tuple(e["tags"]), f"entry {n}")
                        for n, e in enumerate(document["entries"], start=1))
        report = JournalImporter(self._context).write(
            ImportBatch(_Format.MARKDOWN, entries + tuple(mine.homeless_notes())), ImportDestination.PRIVATE,
            also=mine.write)
        return report.imported + mine.written


def _entry_file_name(entry: dict[str, Any], number: int) -> str:
    slug = re.sub(r"[^\w]+", "-", entry["title"].casefold(), flags=re.UNICODE).strip("-")[:40] or "entry"
    return f"{entry['created_at'][:10]}-{number:05d}-{slug}.md"


def _entry_markdown(entry: dict[str, Any], document: dict[str, Any]) -> str:
    names = {slot: p["name"] for slot, p in document["partners"].items()}
    lines = ["---", f"title: {json.dumps(entry['title'], ensure_ascii=False)}", f"date: {entry['created_at']}",
             f"author: {json.dumps(names[entry['author']], ensure_ascii=False)}",
             f"tags: {json.dumps(entry['tags'], ensure_ascii=False)}", "---", "", entry["body"].strip(), ""]
    for reply in entry["replies"]:
        lines += [f"**{names[reply['author']]}** replied ({reply['created_at'][:10]}):", "",
                  "\n".join("> " + line for line in reply["body"].splitlines()), ""]
    return "\n".join(lines)
