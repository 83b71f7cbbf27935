"""Export chosen journal entries as one Markdown document (the PDF is typeset from it by the UI).

The exported file is NOT encrypted: the UI says so before saving. Private entries only ever come from
`JournalService.export_entries(..., include_private=True)`, which gives the signed-in partner's own private
entries and never the other partner's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from lifeline_desktop.domain.errors import LifelineError, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.durable import write_file_atomically
from lifeline_desktop.services.journal.views import EntryDetail

REACTION_WORDS = {"heart": "♥", "thank-you": "thank you", "hug": "a hug", "smile": "a smile"}


class ExportFailed(LifelineError):
    pass


def _quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.splitlines() or [""])


def entries_markdown(entries: Sequence[EntryDetail], names: dict[PartnerSlot, str], exported_on: date,
                     title: str = "Our journal") -> str:
    """One Markdown document: a heading per entry, its metadata, its body, then replies as quotes."""
    parts = [f"# {title}", "", f"*Exported on {exported_on.isoformat()} · {len(entries)} "
             f"{'entry' if len(entries) == 1 else 'entries'} · this file is not encrypted*", ""]
    for entry in entries:
        when = entry.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        heading = entry.title.strip() or "Untitled entry"
        parts += ["---", "", f"## {heading}", ""]
        meta = [f"**{names[entry.author]}**", when]
        if entry.private:
            meta.append("private")
        if entry.mood:
            meta.append(f"mood: {entry.mood}")
        if entry.tags:
            meta.append("tags: " + ", ".join(entry.tags))
        parts += [" · ".join(meta), ""]
        if entry.prompt_text:
            parts += [f"*Prompt: {entry.prompt_text}*", ""]
        parts += [entry.body.strip(), ""]
        if entry.reactions:
            parts += ["Reactions: " + ", ".join(f"{names[r.author]} sent {REACTION_WORDS.get(r.reaction, r.reaction)}"
                                                for r in entry.reactions), ""]
        for reply in entry.replies:
            reply_when = reply.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            parts += [f"**{names[reply.author]}** replied, {reply_when}:", "", _quote(reply.body.strip()), ""]
    return "\n".join(parts).rstrip() + "\n"


def write_export(path: Path, data: bytes) -> None:
    """Writes the whole file or nothing (durable.write_file_atomically); a clear sentence when it cannot."""
    try:
        write_file_atomically(path, data, mode=0o644)
    except OSError as error:
        raise ExportFailed(
            msg("Lifeline could not write “%1” there (%2). Nothing was lost: choose another folder, please.",
                path.name, error.strerror or error)) from error
