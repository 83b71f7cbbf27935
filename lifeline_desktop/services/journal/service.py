"""Journal entries: shared ones in the clear inside the encrypted store, private ones sealed to their author.

Privacy rule, kept in one place (`_visible`): a shared entry is visible to both partners; a private entry only to
its author, and only while their private space is open. Every list, search, detail and export goes through it, so
the other partner's private text never leaves this module. They may learn that private entries exist (count and
dates, `other_private_trace`), nothing more.

Sharing a private entry decrypts it and stores it as a normal shared row; there is no way back to private.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, literal, select, tuple_
from sqlalchemy.orm import Session as OrmSession

from lifeline_desktop.content.prompts import builtin_prompts
from lifeline_desktop.domain.errors import InvalidInput, msg
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.text import storable_json
from lifeline_desktop.domain.vocabulary import Visibility
from lifeline_desktop.services.journal.appreciation import AppreciationService
from lifeline_desktop.services.journal.drafts import DraftService
from lifeline_desktop.services.journal.entry_filters import (
    NEWEST,
    clean_mood,
    clean_tags,
    filter_conditions,
    plain_excerpt,
    tag_rows,
)
from lifeline_desktop.services.journal.list_rows import list_row_extras
from lifeline_desktop.services.journal.private_entries import ENTRY_KIND, PrivateEntries
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
    JournalRow,
    TagRow,
)
from lifeline_desktop.store.types import UTCDateTime
from lifeline_desktop.vault.private_items import seal_private_text

__all__ = ["EntryDetail", "EntryPage", "EntrySummary", "EntryView", "JournalFilter", "JournalService", "PageCursor",
           "PrivateTrace"]

MAX_ENTRY_CHARS = 1_000_000  # about 300 pages: beyond that an entry is almost surely a paste by mistake
MAX_REPLY_CHARS = 100_000
PAGE_SIZE = 50  # rows per page of the Journal list


class JournalService:
    def __init__(self, context: VaultContext) -> None:
        self._context = context
        self.prompts = PromptService(context)
        self.sealed = SealedAnswerService(context)
        self.appreciation = AppreciationService(context)
        self.drafts = DraftService(context)
        self._private = PrivateEntries(context)

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
                journal_id=journal_id, author_slot=author, mood=clean_mood(mood), created_at=now, updated_at=now,
                visibility=Visibility.PRIVATE if private else Visibility.SHARED, prompt_id=prompt_id,
                title="" if private else title, body="" if private else body,
                # the row id is part of the sealed text's associated data, so the real seal comes after the flush
                sealed_body=b"" if private else None,
            )
            session.add(entry)
            session.flush()
            if personal_key is not None:
                entry.sealed_body = seal_private_text(
                    personal_key, storable_json({"title": title, "body": body}), kind=ENTRY_KIND,
                    row_id=entry.id, owner=author)
            entry.tags = tag_rows(session, tag_names)
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
                    self._context.personal_key, storable_json({"title": title, "body": body}), kind=ENTRY_KIND,
                    row_id=row.id, owner=row.author_slot)
            else:
                row.title, row.body = title, body
            row.mood = clean_mood(mood)
            row.tags = tag_rows(session, tag_names)
            row.updated_at = self._context.clock.now()

    def share_entry(self, entry_id: int) -> None:
        """Turns my private entry into a shared one (the UI asks first). There is no way back."""
        with self._context.transaction() as session:
            row = self._own_row(session, entry_id)
            if row.visibility is Visibility.SHARED:
                return
            content = self._open(row)
            if content is None:
                raise InvalidInput(msg("This private entry cannot be opened with your key, so it cannot be shared."))
            row.visibility = Visibility.SHARED
            row.title, row.body = content
            row.sealed_body = None
            row.updated_at = self._context.clock.now()
            self._private.drop(row.id)

    def reply(self, entry_id: int, body: str) -> int:
        """A reply under a shared entry, by either partner (a thread)."""
        if not body.strip():
            raise InvalidInput(msg("A reply needs a few words. A reaction says it without words."))
        if len(body) > MAX_REPLY_CHARS:
            raise InvalidInput(msg("This reply is very long: perhaps it wants to be an entry of its own?"))
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
            raise InvalidInput(msg("That reaction is not one Lifeline knows."))
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
                    raise InvalidInput(msg("That reply is no longer there."))
                topic = f"A reply to “{title}”: {plain_excerpt(reply.body, length=80)}"
            agenda = AgendaTopicRow(author_slot=self._context.partner, title=topic,
                                    created_at=self._context.clock.now())
            session.add(agenda)
            session.flush()
            return agenda.id

    # --- reading ----------------------------------------------------------------------------------------------

    def forget_private_text(self) -> None:
        """On lock: drop every private text opened in this session."""
        self._private.forget()

    def entries(self, limit: int | None = None) -> list[EntryView]:
        """Shared entries and my own private ones (when my private space is open), newest first."""
        with self._context.transaction() as session:
            if limit is not None:
                ids = [key[1] for key in self._newest_keys(session, JournalFilter(), None, limit)]
                rows = {row.id: row for row in session.scalars(
                    select(JournalEntryRow).where(JournalEntryRow.id.in_(ids)))}
                ordered = [rows[entry_id] for entry_id in ids if entry_id in rows]
            else:
                ordered = list(session.scalars(select(JournalEntryRow).order_by(*NEWEST)))
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
            conditions = filter_conditions(journal_filter)
            shared = session.scalar(select(func.count()).select_from(JournalEntryRow).where(
                shared_match_condition(journal_filter.text), *conditions)) or 0
            return shared + len(self._private.keys(session, journal_filter.text, conditions, None))

    def private_count(self, author: PartnerSlot) -> int:
        """How many private entries a partner keeps: the other partner may see this count, never the text."""
        return self._private.count(author)

    def other_private_trace(self) -> PrivateTrace:
        """The other partner's private entries as the app may show them to me: a count and the dates."""
        return self._private.trace_of(self._context.partner.other)

    def entry_ids(self, journal_filter: JournalFilter = JournalFilter()) -> list[int]:  # noqa: B008
        """Ids of all the entries I may see that pass the filter, newest first (for export and print ranges)."""
        with self._context.transaction() as session:
            conditions = filter_conditions(journal_filter)
            shared: list[EntryKey] = [(created_at, entry_id) for created_at, entry_id in session.execute(
                select(JournalEntryRow.created_at, JournalEntryRow.id)
                .where(shared_match_condition(journal_filter.text), *conditions).order_by(*NEWEST))]
            private = self._private.keys(session, journal_filter.text, conditions, None)
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
        reply_counts, reactions, read, tag_names = list_row_extras(session, list(rows), me)
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
                raise InvalidInput(msg("This entry is not there any more, or it is not yours to read."))
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
            raise InvalidInput(msg("An entry needs a title or some words."))
        if len(title) + len(body) > MAX_ENTRY_CHARS:
            raise InvalidInput(msg("This entry is too long to keep as one entry. Split it into a few, please."))

    def _newest_keys(self, session: OrmSession, journal_filter: JournalFilter, after: PageCursor | None,
                     limit: int) -> list[EntryKey]:
        """(created_at, id) of the newest `limit` entries I may see after `after`: shared ones from SQL, mine from
        memory, merged."""
        conditions = filter_conditions(journal_filter)
        if after is not None:
            conditions.append(tuple_(JournalEntryRow.created_at, JournalEntryRow.id)
                              < tuple_(literal(after.created_at, UTCDateTime()), literal(after.id)))
        shared = newest_shared_matches(session, journal_filter.text, conditions, limit)
        private = self._private.keys(session, journal_filter.text, conditions, limit)
        return sorted(shared + private, reverse=True)[:limit] if private else shared

    def _own_row(self, session: OrmSession, entry_id: int) -> JournalEntryRow:
        row = session.get(JournalEntryRow, entry_id)
        if row is None or row.author_slot is not self._context.partner:
            raise InvalidInput(msg("Only the partner who wrote an entry can change it."))
        return row

    def _shared_row(self, session: OrmSession, entry_id: int) -> JournalEntryRow:
        row = session.get(JournalEntryRow, entry_id)
        if row is None or row.visibility is not Visibility.SHARED:
            raise InvalidInput(msg("This entry is private or gone: only shared entries can be answered or queued."))
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
        return self._private.open(row.id, row.author_slot, row.sealed_body)

    def _view(self, row: JournalEntryRow) -> EntryView | None:
        if row.visibility is Visibility.SHARED:
            return EntryView(row.id, row.author_slot, False, row.title, row.body, row.mood, row.created_at)
        content = self._open(row)
        if content is None:
            return None
        return EntryView(row.id, row.author_slot, True, content[0], content[1], row.mood, row.created_at)


