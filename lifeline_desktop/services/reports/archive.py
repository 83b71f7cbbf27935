"""Take everything with you: the shared vault (or one partner's private space) as documented JSON plus Markdown,
in a folder or a .zip; and back again into a new vault.

The shared archive needs both partners' consent (`ConsentPurpose.SHARED_EXPORT`); a private space is exported by its
owner alone (`PRIVATE_EXPORT`), and holds only that owner's private entries. Neither ever holds the other
partner's private text. The files are not encrypted, and the README inside says so. The format is described in
`ARCHIVE_README` below (written into every archive) and restored by `restore_archive`, all or nothing.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lifeline_desktop.domain.errors import InvalidInput, LifelineError
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import (
    ImportDestination,
    MilestoneKind,
    OccurrenceOutcome,
    PlanStatus,
    Visibility,
)
from lifeline_desktop.domain.vocabulary import ImportFormat as _Format
from lifeline_desktop.services.imports.views import ImportBatch, ImportedEntry
from lifeline_desktop.services.imports.writer import JournalImporter
from lifeline_desktop.services.journal.export import write_export
from lifeline_desktop.services.journal.service import JournalService
from lifeline_desktop.services.vault.consent import ConsentPurpose, PartnerConsent
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.services.vault.records import partner_names
from lifeline_desktop.store.models import (
    AppreciationNoteRow,
    EntryReactionRow,
    EntryReplyRow,
    JournalEntryRow,
    JournalRow,
    MilestoneRow,
    PlanExceptionRow,
    PlanOutcomeRow,
    PlanReflectionRow,
    PlanRow,
    TagRow,
)

FORMAT, VERSION = "lifeline-archive", 1
ARCHIVE_README = """# A Lifeline archive

This folder (or .zip) holds what {names} kept in Lifeline, exported on {day}. IT IS NOT ENCRYPTED: anyone who can
open it can read it. Keep it somewhere safe.

- `lifeline.json` is everything, in one documented JSON file: `format` ("lifeline-archive"), `version` (1),
  `scope` ("shared": the shared vault, or "private": one partner's private space), `exported_at` (UTC, ISO 8601),
  `partners` ({{"a": {{"name", "colour"}}, "b": …}}), and lists of `entries` (author "a"/"b", title, body in Markdown,
  mood, tags, prompt_id, created_at, updated_at, replies [author, body, created_at], reactions [author, reaction]),
  `appreciations` (from, to, body, created_at, read_at), `milestones` (kind, title, note, happened_on as
  YYYY-MM-DD, added_by, yearly_reminder) and `plans` (title, starts_at, time_zone, duration_minutes,
  recurrence_rule as RFC 5545 RRULE, status, reminder_minutes, created_by, place, notes, phones_away, exceptions,
  outcomes, reflections [author, occurrence_starts_at, enjoyment, note]). A private archive holds entries only.
- `entries/` holds the same journal entries as Markdown files, one per entry, to read with any editor.

Lifeline can bring this archive back into a new vault ("Import a Lifeline archive").
"""


class ArchiveProblem(LifelineError):
    pass


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


def _moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).astimezone(UTC)


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
        names = partner_names(self._context)
        me = self._context.partner
        ids = self._journal.entry_ids()
        entries = [e for e in self._journal.export_entries(ids, include_private=private)
                   if (e.private and e.mine) == private]
        document: dict[str, Any] = {
            "format": FORMAT, "version": VERSION, "scope": "private" if private else "shared",
            "exported_at": _iso(self._context.clock.now()), "exported_by": me.value,
            "partners": {slot.value: {"name": name, "colour": colour} for slot, (name, colour) in names.items()},
            "entries": [{"author": e.author.value, "title": e.title, "body": e.body, "mood": e.mood,
                         "tags": list(e.tags), "prompt_id": e.prompt_id, "created_at": _iso(e.created_at),
                         "updated_at": _iso(e.updated_at),
                         "replies": [{"author": r.author.value, "body": r.body, "created_at": _iso(r.created_at)}
                                     for r in e.replies],
                         "reactions": [{"author": r.author.value, "reaction": r.reaction} for r in e.reactions]}
                        for e in entries],
            "appreciations": [], "milestones": [], "plans": []}
        if not private:
            with self._context.transaction() as session:
                document["appreciations"] = [
                    {"from": n.from_slot.value, "to": n.to_slot.value, "body": n.body,
                     "created_at": _iso(n.created_at), "read_at": _iso(n.read_at)}
                    for n in session.scalars(select(AppreciationNoteRow).order_by(AppreciationNoteRow.id))]
                outcomes: dict[int, list[dict[str, Any]]] = {}
                for o in session.scalars(select(PlanOutcomeRow).order_by(PlanOutcomeRow.id)):
                    outcomes.setdefault(o.plan_id, []).append(
                        {"occurrence_starts_at": _iso(o.occurrence_starts_at), "outcome": o.outcome.value,
                         "marked_by": o.marked_by_slot.value})
                plans = {p.id: _plan(p, outcomes.get(p.id, [])) for p in
                         session.scalars(select(PlanRow).order_by(PlanRow.id))}
                document["milestones"] = [
                    {"kind": m.kind.value, "title": m.title, "note": m.note, "happened_on": m.happened_on,
                     "added_by": m.created_by_slot.value,
                     "reminder_plan": plans.pop(m.plan_id) if m.plan_id in plans else None}
                    for m in session.scalars(select(MilestoneRow).order_by(MilestoneRow.id))]
                document["plans"] = list(plans.values())
        return document

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
        if not isinstance(document, dict) or document.get("format") != FORMAT or document.get("version") != VERSION:
            raise ArchiveProblem("This archive was made by another program or a newer Lifeline. Nothing was imported.")
        return document

    def restore(self, path: Path) -> int:
        """Everything the archive holds, into this vault (which must still be empty of it): all or nothing."""
        document = self.read(path)
        if document["scope"] == "private":
            entries = tuple(ImportedEntry(_moment(e["created_at"]) or self._context.clock.now(), e["title"],
                                          e["body"], tuple(e["tags"]), f"entry {n}")
                            for n, e in enumerate(document["entries"], start=1))
            report = JournalImporter(self._context).write(ImportBatch(_Format.MARKDOWN, entries),
                                                          ImportDestination.PRIVATE)
            return report.imported
        try:
            with self._context.transaction() as session:
                shared = select(JournalEntryRow.id).where(JournalEntryRow.visibility == Visibility.SHARED)
                if any(session.scalars(query).first() for query in
                       (shared, select(PlanRow.id), select(MilestoneRow.id), select(AppreciationNoteRow.id))):
                    raise ArchiveProblem("A shared archive comes back into a new, empty vault, so nothing is mixed "
                                         "up or doubled. Nothing was imported.")
                count = _restore_shared(session, document)
        except (KeyError, TypeError, ValueError) as error:
            raise ArchiveProblem(f"This archive is damaged ({error}). Nothing was imported.") from error
        return count


def _plan(row: PlanRow, outcomes: list[dict[str, Any]]) -> dict[str, Any]:
    return {"title": row.title, "starts_at": _iso(row.starts_at), "time_zone": row.time_zone,
            "duration_minutes": row.duration_minutes, "recurrence_rule": row.recurrence_rule,
            "status": row.status.value, "reminder_minutes": row.reminder_minutes,
            "created_by": row.created_by_slot.value, "place": row.place, "notes": row.notes,
            "phones_away": row.phones_away,
            "exceptions": [{"occurrence_starts_at": _iso(x.occurrence_starts_at),
                            "new_starts_at": _iso(x.new_starts_at)} for x in row.exceptions],
            "outcomes": outcomes,
            "reflections": [{"author": r.author_slot.value, "enjoyment": r.enjoyment, "note": r.note,
                             "occurrence_starts_at": _iso(r.occurrence_starts_at)}
                            for r in row.reflections if r.visibility is Visibility.SHARED]}


def _restore_shared(session: Any, document: dict[str, Any]) -> int:
    journal_id = session.scalars(select(JournalRow.id).order_by(JournalRow.id)).first()
    tags: dict[str, TagRow] = {tag.name: tag for tag in session.scalars(select(TagRow))}
    count = 0
    for e in document["entries"]:
        created = _moment(e["created_at"])
        row = JournalEntryRow(journal_id=journal_id, author_slot=PartnerSlot(e["author"]), visibility=Visibility.SHARED,
                              title=e["title"], body=e["body"], sealed_body=None, mood=e.get("mood"),
                              prompt_id=e.get("prompt_id"), created_at=created,
                              updated_at=_moment(e.get("updated_at")) or created)
        row.tags = [tags.setdefault(name, TagRow(name=name)) for name in dict.fromkeys(e.get("tags", ()))]
        session.add(row)
        session.flush()
        for r in e.get("replies", ()):
            moment = _moment(r["created_at"])
            session.add(EntryReplyRow(entry_id=row.id, author_slot=PartnerSlot(r["author"]), body=r["body"],
                                      created_at=moment, updated_at=moment))
        for r in e.get("reactions", ()):
            session.add(EntryReactionRow(entry_id=row.id, author_slot=PartnerSlot(r["author"]),
                                         reaction=r["reaction"], created_at=created))
        count += 1
    for n in document.get("appreciations", ()):
        session.add(AppreciationNoteRow(from_slot=PartnerSlot(n["from"]), to_slot=PartnerSlot(n["to"]), body=n["body"],
                                        created_at=_moment(n["created_at"]), read_at=_moment(n.get("read_at"))))
        count += 1
    for p in document.get("plans", ()):
        _restore_plan(session, p)
        count += 1
    for m in document.get("milestones", ()):
        reminder = m.get("reminder_plan")
        session.add(MilestoneRow(kind=MilestoneKind(m["kind"]), title=m["title"], note=m.get("note", ""),
                                 happened_on=m["happened_on"], created_by_slot=PartnerSlot(m["added_by"]),
                                 created_at=datetime.now(UTC),
                                 plan_id=_restore_plan(session, reminder) if reminder else None))
        count += 1
    return count


def _restore_plan(session: Any, p: dict[str, Any]) -> int:
    plan = PlanRow(title=p["title"], starts_at=_moment(p["starts_at"]), time_zone=p["time_zone"],
                   duration_minutes=p["duration_minutes"], recurrence_rule=p.get("recurrence_rule"),
                   status=PlanStatus(p["status"]), reminder_minutes=p.get("reminder_minutes"),
                   created_by_slot=PartnerSlot(p["created_by"]), created_at=_moment(p["starts_at"]),
                   updated_at=_moment(p["starts_at"]), place=p.get("place", ""), notes=p.get("notes", ""),
                   phones_away=bool(p.get("phones_away")))
    plan.exceptions = [PlanExceptionRow(occurrence_starts_at=_moment(x["occurrence_starts_at"]),
                                        new_starts_at=_moment(x.get("new_starts_at"))) for x in p["exceptions"]]
    plan.reflections = [PlanReflectionRow(author_slot=PartnerSlot(r["author"]), enjoyment=r.get("enjoyment"),
                                          note=r.get("note", ""), created_at=_moment(r["occurrence_starts_at"]),
                                          occurrence_starts_at=_moment(r["occurrence_starts_at"]))
                        for r in p["reflections"]]
    session.add(plan)
    session.flush()
    for o in p.get("outcomes", ()):
        moment = _moment(o["occurrence_starts_at"])
        session.add(PlanOutcomeRow(plan_id=plan.id, occurrence_starts_at=moment,
                                   outcome=OccurrenceOutcome(o["outcome"]), marked_by_slot=PartnerSlot(o["marked_by"]),
                                   marked_at=moment))
    return int(plan.id)


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
