"""What the journal services hand to the UI: plain frozen dataclasses, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from lifeline_desktop.domain.partners import PartnerSlot

REACTIONS = ("heart", "thank-you", "hug", "smile")  # small reactions without words, by id


@dataclass(frozen=True)
class EntryView:
    id: int
    author: PartnerSlot
    private: bool
    title: str
    body: str
    mood: str | None
    created_at: datetime


@dataclass(frozen=True)
class JournalFilter:
    """What the list shows: all filters combine (AND); `text` is a search as you type."""

    author: PartnerSlot | None = None
    tag: str | None = None
    practice: str | None = None
    mood: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive
    text: str = ""


@dataclass(frozen=True)
class EntrySummary:
    """One row of the Journal list."""

    id: int
    author: PartnerSlot
    private: bool
    title: str
    excerpt: str
    mood: str | None
    tags: tuple[str, ...]
    reply_count: int
    reactions: tuple[str, ...]
    created_at: datetime
    unread: bool
    prompt_id: str | None


@dataclass(frozen=True)
class PageCursor:
    """Where the next page of the list starts: just after this entry, in (created_at, id) order, newest first."""

    created_at: datetime
    id: int


@dataclass(frozen=True)
class EntryPage:
    """One page of the Journal list; `next` is None when this is the last page."""

    entries: tuple[EntrySummary, ...]
    next: PageCursor | None


@dataclass(frozen=True)
class ReplyView:
    id: int
    author: PartnerSlot
    body: str
    created_at: datetime
    unread: bool


@dataclass(frozen=True)
class ReactionView:
    author: PartnerSlot
    reaction: str


@dataclass(frozen=True)
class EntryDetail:
    id: int
    author: PartnerSlot
    private: bool
    title: str
    body: str
    mood: str | None
    tags: tuple[str, ...]
    prompt_id: str | None
    prompt_text: str | None
    created_at: datetime
    updated_at: datetime
    replies: tuple[ReplyView, ...] = ()
    reactions: tuple[ReactionView, ...] = ()
    mine: bool = False


@dataclass(frozen=True)
class PrivateTrace:
    """What a partner may know of the other's private space: how many, and when. Never any text."""

    count: int
    dates: tuple[date, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class AppreciationNote:
    id: int
    sender: PartnerSlot
    recipient: PartnerSlot
    body: str
    created_at: datetime
    unread: bool  # for the recipient only; my own sent notes are never "unread" to me


@dataclass(frozen=True)
class PromptView:
    id: str
    text: str
    practice: str
    depth: str
