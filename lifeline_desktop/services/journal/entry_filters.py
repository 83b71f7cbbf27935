"""Plain helpers of the journal: excerpts, tags and moods cleaned, and a filter's conditions in SQL."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.services.journal.views import JournalFilter
from lifeline_desktop.store.models import JournalEntryRow, JournalEntryTagRow, TagRow

MAX_TAG_CHARS = 40
EXCERPT_CHARS = 180
_MARKUP = re.compile(r"\\(?=[^\w\s])|[#>*_`~\[\]!]|\(https?://[^)]*\)|<[^>]{0,200}>")
NEWEST = (JournalEntryRow.created_at.desc(), JournalEntryRow.id.desc())


def plain_excerpt(text: str, around: str = "", length: int = EXCERPT_CHARS) -> str:
    """One line of plain text from Markdown, starting near the first word of `around` if it occurs."""
    flat = " ".join(_MARKUP.sub("", text).split())
    start = 0
    for word in around.split():
        found = flat.casefold().find(word.casefold())
        if found > length // 2:
            start = found - length // 3
            break
    piece = flat[start:start + length]
    return ("…" if start else "") + piece + ("…" if len(flat) > start + length else "")


def clean_tags(tags: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for tag in tags:
        name = " ".join(tag.strip().lstrip("#").split()).casefold()
        if len(name) > MAX_TAG_CHARS:
            raise InvalidInput(msg("The tag “%1…” is too long: keep tags under %2 characters.",
                                   name[:20], MAX_TAG_CHARS))
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def matches_all(words: Sequence[str], *texts: str) -> bool:
    haystack = "\n".join(texts).casefold()
    return all(word.casefold() in haystack for word in words)


def filter_conditions(journal_filter: JournalFilter) -> list[ColumnElement[bool]]:
    """The filter's conditions on journal entries, except the text (searched apart: index or memory)."""
    conditions: list[ColumnElement[bool]] = []
    if journal_filter.author is not None:
        conditions.append(JournalEntryRow.author_slot == journal_filter.author)
    if journal_filter.mood:
        conditions.append(JournalEntryRow.mood == journal_filter.mood)
    if journal_filter.tag:
        conditions.append(JournalEntryRow.id.in_(
            select(JournalEntryTagRow.entry_id).join(TagRow).where(TagRow.name == journal_filter.tag.casefold())))
    if journal_filter.practice:
        prompt_ids = [p.id for p in builtin_prompts() if p.practice.value == journal_filter.practice]
        conditions.append(JournalEntryRow.prompt_id.in_(prompt_ids))
    if journal_filter.since is not None:
        conditions.append(JournalEntryRow.created_at >= local_midnight(journal_filter.since))
    if journal_filter.until is not None:
        conditions.append(JournalEntryRow.created_at < local_midnight(journal_filter.until) + timedelta(days=1))
    return conditions


def clean_mood(mood: str | None) -> str | None:
    text = " ".join((mood or "").split()).casefold()[:32]
    return text or None


def tag_rows(session: OrmSession, names: list[str]) -> list[TagRow]:
    if not names:
        return []
    existing = {row.name: row for row in session.scalars(select(TagRow).where(TagRow.name.in_(names)))}
    rows = []
    for name in names:
        row = existing.get(name)
        if row is None:
            row = TagRow(name=name)
            session.add(row)
        rows.append(row)
    return rows


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def as_utc(moment: object) -> datetime | None:
    """A max() over a UTC text column comes back as text: parse it like the column type would."""
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return moment
    parsed = datetime.fromisoformat(str(moment))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
