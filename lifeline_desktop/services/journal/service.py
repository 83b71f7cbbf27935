"""Journal entries: shared ones in the clear inside the encrypted store, private ones sealed to their author.

Privacy rule, kept in one place (`_visible`): a shared entry is visible to both partners; a private entry only to
its author, and only while their private space is open. Every list, search, detail and export goes through it, so
the other partner's private text never leaves this module. They may learn that private entries exist (count and
dates, `other_private_trace`), nothing more.

Sharing a private entry decrypts it and stores it as a normal shared row; there is no way back to private.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, case, func, literal, select, tuple_
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Visibility
from lifeline_desktop.services.journal.appreciation import AppreciationService
from lifeline_desktop.services.journal.drafts import DraftService
from lifeline_desktop.services.journal.prompts import PromptService
from lifeline_desktop.services.journal.sealed_answers import SealedAnswerService
from lifeline_desktop.services.journal.views import (
    REACTIONS,
    EntryDetail,
    EntryPage,
    EntrySummary,
    EntryView,
    JournalFilter,
    PageCursor,
    PrivateTrace,
    ReactionView,
    ReplyView,
)
from lifeline_desktop.services.vault.context import VaultContext
from lifeline_desktop.store.fts import EntryKey, newest_shared_matches, shared_match_condition
from lifeline_desktop.store.models import (
    AgendaTopicRow,
    EntryReactionRow,
    EntryReadMarkerRow,
    EntryReplyRow,
    JournalEntryRow,
    JournalEntryTagRow,
    JournalRow,
    TagRow,
)
from lifeline_desktop.store.types import UTCDateTime
from lifeline_desktop.vault.private_items import PrivateItemUnreadable, open_private_text, seal_private_text

__all__ = ["EntryDetail", "EntryPage", "EntrySummary", "EntryView", "JournalFilter", "JournalService", "PageCursor",
           "PrivateTrace"]

ENTRY_KIND = "journal_entry"
MAX_ENTRY_CHARS = 1_000_000  # about 300 pages: beyond that an entry is almost surely a paste by mistake
MAX_REPLY_CHARS = 100_000
MAX_TAG_CHARS = 40
EXCERPT_CHARS = 180
PAGE_SIZE = 50  # rows per page of the Journal list
_MARKUP = re.compile(r"\\(?=[^\w\s])|[#>*_`~\[\]!]|\(https?://[^)]*\)|<[^>]{0,200}>")


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
            raise InvalidInput(f"The tag “{name[:20]}…” is too long: keep tags under {MAX_TAG_CHARS} characters.")
        if name and name not in cleaned:
            cleaned.append(name)
    return cleaned


def _matches_all(words: Sequence[str], *texts: str) -> bool:
    haystack = "\n".join(texts).casefold()
    return all(word.casefold() in haystack for word in words)


class JournalService:
    def __init__(self, context: VaultContext) -> None:
        self._context = context
        self.prompts = PromptService(context)
        self.sealed = SealedAnswerService(context)
        self.appreciation = AppreciationService(context)
        self.drafts = DraftService(context)
        # My own private entries, opened once per session: {id: (sealed bytes, title, body)}. Few, so kept whole;
        # a changed seal (every edit seals anew) opens again. Never holds the other partner's text (it cannot open).
        self._private_text: dict[int, tuple[bytes, str, str]] = {}

    @property
    def partner(self) -> PartnerSlot:
        return self._context.partner

    # --- writing ----------------------------------------------------------------------------------------------

    def add_entry(self, title: str, body: str, *, private: bool = False, mood: str | None = None,
                  written_at: datetime | None = None, tags: Iterable[str] = (),
                  prompt_id: str | None = None) -> int:
        """A new entry by the partner who is signed in; `written_at` is for imports and the demo vault."""
        self._check_text(title, body)
        tag_names = clean_tags(tags)
        author = self._context.partner
        personal_key = self._context.personal_key if private else None
        now = written_at or self._context.clock.now()
        with self._context.transaction() as session:
            journal_id = session.scalars(select(JournalRow.id).order_by(JournalRow.id)).first()
            entry = JournalEntryRow(
                journal_id=journal_id, author_slot=author, mood=_clean_mood(mood), created_at=now, updated_at=now,
                visibility=Visibility.PRIVATE if private else Visibility.SHARED, prompt_id=prompt_id,
                title="" if private else title, body="" if private else body,
                # the row id is part of the sealed text's associated data, so the real seal comes after the flush
                sealed_body=b"" if private else None,
            )
            session.add(entry)
            session.flush()
            if personal_key is not None:
                entry.sealed_body = seal_private_text(
                    personal_key, json.dumps({"title": title, "body": body}), kind=ENTRY_KIND,
                    row_id=entry.id, owner=author)
            entry.tags = _tag_rows(session, tag_names)
            return entry.id

    def update_entry(self, entry_id: int, title: str, body: str, *, mood: str | None = None,
                     tags: Iterable[str] = ()) -> None:
        """The author edits their own entry; a private one stays sealed, a shared one stays shared."""
        self._check_text(title, body)
        tag_names = clean_tags(tags)
        with self._context.transaction() as session:
            row = self._own_row(session, entry_id)
            if row.visibility is Visibility.PRIVATE:
                row.sealed_body = seal_private_text(
                    self._context.personal_key, json.dumps({"title": title, "body": body}), kind=ENTRY_KIND,
                    row_id=row.id, owner=row.author_slot)
            else:
                row.title, row.body = title, body
            row.mood = _clean_mood(mood)
            row.tags = _tag_rows(session, tag_names)
            row.updated_at = self._context.clock.now()

    def share_entry(self, entry_id: int) -> None:
        """Turns my private entry into a shared one (the UI asks first). There is no way back."""
        with self._context.transaction() as session:
            row = self._own_row(session, entry_id)
            if row.visibility is Visibility.SHARED:
                return
            content = self._open(row)
            if content is None:
                raise InvalidInput("This private entry cannot be opened with your key, so it cannot be shared.")
            row.visibility = Visibility.SHARED
            row.title, row.body = content
            row.sealed_body = None
            row.updated_at = self._context.clock.now()
            self._private_text.pop(row.id, None)

    def reply(self, entry_id: int, body: str) -> int:
        """A reply under a shared entry, by either partner (a thread)."""
        if not body.strip():
            raise InvalidInput("A reply needs a few words. A reaction says it without words.")
        if len(body) > MAX_REPLY_CHARS:
            raise InvalidInput("This reply is very long: perhaps it wants to be an entry of its own?")
        now = self._context.clock.now()
        with self._context.transaction() as session:
            self._shared_row(session, entry_id)
            reply = EntryReplyRow(entry_id=entry_id, author_slot=self._context.partner, body=body,
                                  created_at=now, updated_at=now)
            session.add(reply)
            session.flush()
            self._mark_read(session, entry_id, now)
            return reply.id

    def toggle_reaction(self, entry_id: int, reaction: str) -> bool:
        """Adds my reaction, or takes it back if it was there; True when it is there now."""
        if reaction not in REACTIONS:
            raise InvalidInput("That reaction is not one Lifeline knows.")
        with self._context.transaction() as session:
            self._shared_row(session, entry_id)
            existing = session.scalars(select(EntryReactionRow).where(
                EntryReactionRow.entry_id == entry_id, EntryReactionRow.author_slot == self._context.partner,
                EntryReactionRow.reaction == reaction)).first()
            if existing is not None:
                session.delete(existing)
                return False
            session.add(EntryReactionRow(entry_id=entry_id, author_slot=self._context.partner, reaction=reaction,
                                         created_at=self._context.clock.now()))
            return True

    def mark_read(self, entry_id: int) -> None:
        with self._context.transaction() as session:
            self._mark_read(session, entry_id, self._context.clock.now())

    def add_to_agenda(self, entry_id: int, reply_id: int | None = None) -> int:
        """Queues a shared entry (or one reply under it) for our next check-in."""
        with self._context.transaction() as session:
            row = self._shared_row(session, entry_id)
            title = row.title.strip() or plain_excerpt(row.body, length=60)
            topic = f"From the journal: {title}"
            if reply_id is not None:
                reply = session.get(EntryReplyRow, reply_id)
                if reply is None or reply.entry_id != entry_id:
                    raise InvalidInput("That reply is no longer there.")
                topic = f"A reply to “{title}”: {plain_excerpt(reply.body, length=80)}"
            agenda = AgendaTopicRow(author_slot=self._context.partner, title=topic,
                                    created_at=self._context.clock.now())
            session.add(agenda)
            session.flush()
            return agenda.id

    # --- reading ----------------------------------------------------------------------------------------------

    def forget_private_text(self) -> None:
        """On lock: drop every private text opened in this session."""
        self._private_text.clear()

    def entries(self, limit: int | None = None) -> list[EntryView]:
        """Shared entries and my own private ones (when my private space is open), newest first."""
        with self._context.transaction() as session:
            if limit is not None:
                ids = [key[1] for key in self._newest_keys(session, JournalFilter(), None, limit)]
                rows = {row.id: row for row in session.scalars(
                    select(JournalEntryRow).where(JournalEntryRow.id.in_(ids)))}
                ordered = [rows[entry_id] for entry_id in ids if entry_id in rows]
            else:
                ordered = list(session.scalars(select(JournalEntryRow).order_by(*_NEWEST)))
            return [view for row in ordered if (view := self._view(row)) is not None]

    def search(self, text: str) -> list[EntryView]:
        """Shared entries through the index; my private ones searched in memory, never indexed."""
        if not text.strip():
            return self.entries()
        ids = set(self.entry_ids(JournalFilter(text=text)))
        return [entry for entry in self.entries() if entry.id in ids]

    def page(self, journal_filter: JournalFilter = JournalFilter(), after: PageCursor | None = None,  # noqa: B008
             limit: int = PAGE_SIZE) -> EntryPage:
        """One page of the list: up to `limit` entries I may see that pass the filter, newest first, after `after`.

        Paged in SQL by (created_at, id), so the first page of 50,000 entries costs what the first page of 50 does;
        a search takes the newest matches straight from the index. My private entries (few) are searched in memory
        and merged by date. Pass the page's `next` back as `after` for the following page.
        """
        with self._context.transaction() as session:
            keys = self._newest_keys(session, journal_filter, after, limit + 1)
            shown = keys[:limit]
            rows = self._summaries(session, [key[1] for key in shown], journal_filter.text)
        return EntryPage(tuple(rows), PageCursor(*shown[-1]) if len(keys) > limit else None)

    def count(self, journal_filter: JournalFilter = JournalFilter()) -> int:  # noqa: B008
        """How many entries I may see pass the filter (a query of its own: the list shows its first page sooner)."""
        with self._context.transaction() as session:
            conditions = self._conditions(journal_filter)
            shared = session.scalar(select(func.count()).select_from(JournalEntryRow).where(
                shared_match_condition(journal_filter.text), *conditions)) or 0
            return shared + len(self._private_keys(session, journal_filter.text, conditions, None))

    def private_count(self, author: PartnerSlot) -> int:
        """How many private entries a partner keeps: the other partner may see this count, never the text."""
        with self._context.transaction() as session:
            return session.scalar(select(func.count()).select_from(JournalEntryRow).where(
                JournalEntryRow.author_slot == author, JournalEntryRow.visibility == Visibility.PRIVATE)) or 0

    def other_private_trace(self) -> PrivateTrace:
        """The other partner's private entries as the app may show them to me: a count and the dates."""
        with self._context.transaction() as session:
            moments = session.scalars(select(JournalEntryRow.created_at).where(
                JournalEntryRow.author_slot == self._context.partner.other,
                JournalEntryRow.visibility == Visibility.PRIVATE).order_by(JournalEntryRow.created_at.desc())).all()
        return PrivateTrace(len(moments), tuple(moment.astimezone().date() for moment in moments))

    def entry_ids(self, journal_filter: JournalFilter = JournalFilter()) -> list[int]:  # noqa: B008
        """Ids of all the entries I may see that pass the filter, newest first (for export and print ranges)."""
        with self._context.transaction() as session:
            conditions = self._conditions(journal_filter)
            shared: list[EntryKey] = [(created_at, entry_id) for created_at, entry_id in session.execute(
                select(JournalEntryRow.created_at, JournalEntryRow.id)
                .where(shared_match_condition(journal_filter.text), *conditions).order_by(*_NEWEST))]
            private = self._private_keys(session, journal_filter.text, conditions, None)
        return [key[1] for key in sorted(shared + private, reverse=True)]

    def summaries(self, ids: Sequence[int], highlight: str = "") -> list[EntrySummary]:
        """List rows for `ids`, in that order; ids I may not see are left out."""
        if not ids:
            return []
        with self._context.transaction() as session:
            return self._summaries(session, ids, highlight)

    def _summaries(self, session: OrmSession, ids: Sequence[int], highlight: str) -> list[EntrySummary]:
        me = self._context.partner
        if not ids:
            return []
        rows = {row.id: row for row in session.scalars(
            select(JournalEntryRow).where(JournalEntryRow.id.in_(list(ids))))}
        reply_counts: dict[int, tuple[int, datetime | None]] = {}
        for entry_id, count, latest_other in session.execute(
                select(EntryReplyRow.entry_id, func.count(),
                       func.max(case((EntryReplyRow.author_slot != me, EntryReplyRow.created_at), else_=None)))
                .where(EntryReplyRow.entry_id.in_(list(rows))).group_by(EntryReplyRow.entry_id)):
            reply_counts[entry_id] = (count, _as_utc(latest_other))
        reactions: dict[int, list[str]] = {}
        for entry_id, reaction in session.execute(
                select(EntryReactionRow.entry_id, EntryReactionRow.reaction)
                .where(EntryReactionRow.entry_id.in_(list(rows))).order_by(EntryReactionRow.id)):
            reactions.setdefault(entry_id, []).append(reaction)
        read: dict[int, datetime] = {entry_id: read_at for entry_id, read_at in session.execute(
            select(EntryReadMarkerRow.entry_id, EntryReadMarkerRow.read_at).where(
                EntryReadMarkerRow.reader_slot == me, EntryReadMarkerRow.entry_id.in_(list(rows))))}
        tag_names: dict[int, list[str]] = {}
        for entry_id, name in session.execute(
                select(JournalEntryTagRow.entry_id, TagRow.name).join(TagRow)
                .where(JournalEntryTagRow.entry_id.in_(list(rows))).order_by(TagRow.name)):
            tag_names.setdefault(entry_id, []).append(name)
        result: list[EntrySummary] = []
        for entry_id in ids:
            row = rows.get(entry_id)
            view = self._view(row) if row is not None else None
            if row is None or view is None:
                continue
            count, latest_other = reply_counts.get(row.id, (0, None))
            result.append(EntrySummary(
                row.id, row.author_slot, view.private, view.title, plain_excerpt(view.body, highlight),
                row.mood, tuple(tag_names.get(row.id, ())), count, tuple(reactions.get(row.id, ())),
                row.created_at, self._unread(row, read.get(row.id), latest_other), row.prompt_id))
        return result

    def entry(self, entry_id: int) -> EntryDetail:
        """One entry with its replies and reactions; raises InvalidInput if I may not see it."""
        me = self._context.partner
        with self._context.transaction() as session:
            row = session.get(JournalEntryRow, entry_id)
            view = self._view(row) if row is not None else None
            if row is None or view is None:
                raise InvalidInput("This entry is not there any more, or it is not yours to read.")
            marker = session.get(EntryReadMarkerRow, (entry_id, me))
            read_at = marker.read_at if marker is not None else None
            replies = tuple(ReplyView(reply.id, reply.author_slot, reply.body, reply.created_at,
                                      reply.author_slot is not me and (read_at is None or reply.created_at > read_at))
                            for reply in row.replies)
            reactions = tuple(ReactionView(r.author_slot, r.reaction)
                              for r in sorted(row.reactions, key=lambda r: r.id))
            prompt = next((p for p in builtin_prompts() if p.id == row.prompt_id), None)
            return EntryDetail(row.id, row.author_slot, view.private, view.title, view.body, row.mood,
                               tuple(tag.name for tag in row.tags), row.prompt_id,
                               prompt.text if prompt is not None else None, row.created_at, row.updated_at,
                               replies, reactions, row.author_slot is me)

    def export_entries(self, ids: Sequence[int], *, include_private: bool) -> list[EntryDetail]:
        """Entries to export, oldest first: shared ones, plus my own private ones only when asked for."""
        details: list[EntryDetail] = []
        for entry_id in ids:
            try:
                detail = self.entry(entry_id)
            except InvalidInput:
                continue
            if detail.private and not (include_private and detail.mine):
                continue
            details.append(detail)
        return sorted(details, key=lambda d: (d.created_at, d.id))

    def unread_count(self) -> int:
        """Unread among the newest 500 entries (older ones are not flagged as news)."""
        with self._context.transaction() as session:
            ids = [key[1] for key in self._newest_keys(session, JournalFilter(), None, 500)]
            return sum(1 for summary in self._summaries(session, ids, "") if summary.unread)

    def tags(self) -> list[str]:
        with self._context.transaction() as session:
            return list(session.scalars(select(TagRow.name).order_by(TagRow.name)))

    def moods(self) -> list[str]:
        with self._context.transaction() as session:
            return [m for m in session.scalars(select(JournalEntryRow.mood).distinct().order_by(JournalEntryRow.mood))
                    if m]

    # --- inside -----------------------------------------------------------------------------------------------

    def _check_text(self, title: str, body: str) -> None:
        if not title.strip() and not body.strip():
            raise InvalidInput("An entry needs a title or some words.")
        if len(title) + len(body) > MAX_ENTRY_CHARS:
            raise InvalidInput("This entry is too long to keep as one entry. Split it into a few, please.")

    def _conditions(self, journal_filter: JournalFilter) -> list[ColumnElement[bool]]:
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
            conditions.append(JournalEntryRow.created_at >= _local_midnight(journal_filter.since))
        if journal_filter.until is not None:
            conditions.append(JournalEntryRow.created_at < _local_midnight(journal_filter.until) + timedelta(days=1))
        return conditions

    def _newest_keys(self, session: OrmSession, journal_filter: JournalFilter, after: PageCursor | None,
                     limit: int) -> list[EntryKey]:
        """(created_at, id) of the newest `limit` entries I may see after `after`: shared ones from SQL, mine from
        memory, merged."""
        conditions = self._conditions(journal_filter)
        if after is not None:
            conditions.append(tuple_(JournalEntryRow.created_at, JournalEntryRow.id)
                              < tuple_(literal(after.created_at, UTCDateTime()), literal(after.id)))
        shared = newest_shared_matches(session, journal_filter.text, conditions, limit)
        private = self._private_keys(session, journal_filter.text, conditions, limit)
        return sorted(shared + private, reverse=True)[:limit] if private else shared

    def _private_keys(self, session: OrmSession, text: str, conditions: list[ColumnElement[bool]],
                      limit: int | None) -> list[EntryKey]:
        """My private entries passing `conditions` and holding every word of `text`, newest first.

        Never indexed: opened in memory (once per session, see `_private_text`) and searched there. Only my own
        are ever read here; the other partner's could not be opened anyway."""
        if not self._context.private_space_open:
            self._private_text.clear()
            return []
        me = self._context.partner
        mine = [JournalEntryRow.visibility == Visibility.PRIVATE, JournalEntryRow.author_slot == me, *conditions]
        words = text.split()
        if not words:
            query = select(JournalEntryRow.created_at, JournalEntryRow.id).where(*mine).order_by(*_NEWEST)
            return [(created_at, entry_id) for created_at, entry_id in
                    session.execute(query if limit is None else query.limit(limit))]
        keys: list[EntryKey] = []
        for created_at, entry_id, sealed in session.execute(select(
                JournalEntryRow.created_at, JournalEntryRow.id, JournalEntryRow.sealed_body).where(*mine)
                .order_by(*_NEWEST)):
            content = self._open_sealed(entry_id, me, sealed)
            if content is not None and _matches_all(words, *content):
                keys.append((created_at, entry_id))
                if limit is not None and len(keys) >= limit:
                    break
        return keys

    def _own_row(self, session: OrmSession, entry_id: int) -> JournalEntryRow:
        row = session.get(JournalEntryRow, entry_id)
        if row is None or row.author_slot is not self._context.partner:
            raise InvalidInput("Only the partner who wrote an entry can change it.")
        return row

    def _shared_row(self, session: OrmSession, entry_id: int) -> JournalEntryRow:
        row = session.get(JournalEntryRow, entry_id)
        if row is None or row.visibility is not Visibility.SHARED:
            raise InvalidInput("This entry is private or gone: only shared entries can be answered or queued.")
        return row

    def _mark_read(self, session: OrmSession, entry_id: int, now: datetime) -> None:
        marker = session.get(EntryReadMarkerRow, (entry_id, self._context.partner))
        if marker is None:
            session.add(EntryReadMarkerRow(entry_id=entry_id, reader_slot=self._context.partner, read_at=now))
        else:
            marker.read_at = now

    def _unread(self, row: JournalEntryRow, read_at: datetime | None, latest_other_reply: datetime | None) -> bool:
        if row.visibility is Visibility.PRIVATE:
            return False
        latest = latest_other_reply
        if row.author_slot is not self._context.partner:
            latest = max(filter(None, (latest, row.updated_at)))
        return latest is not None and (read_at is None or latest > read_at)

    def _open(self, row: JournalEntryRow) -> tuple[str, str] | None:
        """The title and body of my own private entry, or None if it is not mine or not readable."""
        return self._open_sealed(row.id, row.author_slot, row.sealed_body)

    def _open_sealed(self, entry_id: int, author: PartnerSlot, sealed: bytes | None) -> tuple[str, str] | None:
        if not self._context.private_space_open:
            self._private_text.clear()
            return None
        if author is not self._context.partner:
            return None
        assert sealed is not None
        cached = self._private_text.get(entry_id)
        if cached is not None and cached[0] == sealed:
            return cached[1], cached[2]
        try:
            content = json.loads(open_private_text(self._context.personal_key, sealed, kind=ENTRY_KIND,
                                                   row_id=entry_id, owner=author))
        except PrivateItemUnreadable:
            return None  # sealed under a personal key replaced after a forgotten passphrase: kept, not readable
        title, body = str(content["title"]), str(content["body"])
        self._private_text[entry_id] = (sealed, title, body)
        return title, body

    def _view(self, row: JournalEntryRow) -> EntryView | None:
        if row.visibility is Visibility.SHARED:
            return EntryView(row.id, row.author_slot, False, row.title, row.body, row.mood, row.created_at)
        content = self._open(row)
        if content is None:
            return None
        return EntryView(row.id, row.author_slot, True, content[0], content[1], row.mood, row.created_at)


_NEWEST = (JournalEntryRow.created_at.desc(), JournalEntryRow.id.desc())


def _clean_mood(mood: str | None) -> str | None:
    text = " ".join((mood or "").split()).casefold()[:32]
    return text or None


def _tag_rows(session: OrmSession, names: list[str]) -> list[TagRow]:
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


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _as_utc(moment: object) -> datetime | None:
    """A max() over a UTC text column comes back as text: parse it like the column type would."""
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return moment
    parsed = datetime.fromisoformat(str(moment))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
