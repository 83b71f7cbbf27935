"""What an import reads and what it reports: plain frozen data, no database types."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from lifeline_desktop.domain.errors import LifelineError
from lifeline_desktop.domain.vocabulary import ImportDestination, ImportFormat

MAX_IMPORT_ENTRIES = 200_000
PROBLEMS_SHOWN = 5

Progress = Callable[[int, int], None]  # (done, total)
ShouldStop = Callable[[], bool]


class ImportRefused(LifelineError):
    """The file cannot be imported as it is; nothing was written."""


class ImportCancelled(LifelineError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled. Nothing was added to your journal.")


@dataclass(frozen=True)
class ImportedEntry:
    written_at: datetime  # timezone-aware
    title: str
    body: str  # Markdown
    tags: tuple[str, ...] = ()
    where: str = ""  # where it came from, for messages: "entry 12", "2020/garden.md"


@dataclass(frozen=True)
class ImportBatch:
    """Everything read from one export, before anything is written."""

    source: ImportFormat
    entries: tuple[ImportedEntry, ...]
    not_imported: tuple[str, ...] = ()  # photos, audio, other files: listed, never loaded
    skipped: tuple[str, ...] = ()  # items read but left out, with the reason


@dataclass(frozen=True)
class ImportReport:
    source: ImportFormat
    destination: ImportDestination
    imported: int
    duplicates: tuple[str, ...] = ()  # already in the journal (or twice in the export): skipped
    not_imported: tuple[str, ...] = ()
    skipped: tuple[str, ...] = field(default_factory=tuple)

    def summary(self) -> str:
        parts = [f"{self.imported} {'entry' if self.imported == 1 else 'entries'} imported"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already there, skipped")
        if self.not_imported:
            parts.append(f"{len(self.not_imported)} photos, recordings or files not imported")
        if self.skipped:
            parts.append(f"{len(self.skipped)} left out")
        return "; ".join(parts) + "."


def refuse_with_problems(what: str, problems: list[str]) -> ImportRefused:
    shown = "; ".join(problems[:PROBLEMS_SHOWN])
    more = f" (and {len(problems) - PROBLEMS_SHOWN} more)" if len(problems) > PROBLEMS_SHOWN else ""
    return ImportRefused(f"{what}: {shown}{more}. Nothing was imported; your journal is as it was.")
