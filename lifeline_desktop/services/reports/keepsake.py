"""Our year, a keepsake: a book of a period the couple chooses, typeset by the UI into a PDF.

What goes in, and only this: shared journal entries, appreciation notes, plans that happened with the partners'
shared reflections, summaries of conversations (shared notes only), and milestones. Nothing private: entries come
from `export_entries(..., include_private=False)`, reflections and conversation notes marked private are left out.
The book leaves the encryption, so it is made only with both partners' consent (`Session.require_consent`), and
its cover says plainly that the file is not encrypted, and so does the foot of every page (`PAGE_FOOTER`).

The HTML here is the small subset QTextDocument renders well: tables for the coloured margins, page breaks before
each month. Every piece of the couple's text is escaped; nothing is ever loaded from outside.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Protocol

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.conversations.service import ConversationService
from lifeline_desktop.services.journal.service import JournalService
from lifeline_desktop.services.journal.views import JournalFilter
from lifeline_desktop.services.planner.service import PlannerService
from lifeline_desktop.services.story.milestones import MilestoneService
from lifeline_desktop.services.vault.consent import ConsentPurpose, PartnerConsent

NOT_ENCRYPTED = ("This book is a file that is not encrypted: anyone who can open it can read it. Keep it somewhere "
                 "safe, print it, and delete the file when you no longer need it.")
PAGE_FOOTER = "Not encrypted: anyone who can open this file can read it."  # at the foot of every page
_MARKUP_LINE = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)")
_INLINE = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`|!\[[^\]]*\]\([^)]*\)")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


class KeepsakeSources(Protocol):
    partner: PartnerSlot
    partner_name: str
    partner_colour: str
    other_name: str
    other_colour: str
    @property
    def journal(self) -> JournalService: ...

    @property
    def conversations(self) -> ConversationService: ...

    @property
    def milestones(self) -> MilestoneService: ...

    @property
    def planner(self) -> PlannerService: ...

    def require_consent(self, consents: tuple[PartnerConsent, ...], purpose: ConsentPurpose) -> None: ...


@dataclass(frozen=True)
class Page:
    """One item of the book: when, who (None: both of us), what kind, a title and paragraphs."""

    when: datetime
    author: PartnerSlot | None
    kind: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass
class KeepsakeBook:
    title: str
    since: date
    until: date
    names: dict[PartnerSlot, str]
    colours: dict[PartnerSlot, str]
    made_on: date
    pages: list[Page] = field(default_factory=list)

    def months(self) -> list[tuple[str, list[Page]]]:
        chapters: dict[tuple[int, int], list[Page]] = {}
        for page in sorted(self.pages, key=lambda p: p.when):
            local = page.when.astimezone()
            chapters.setdefault((local.year, local.month), []).append(page)
        return [(f"{_MONTHS[month - 1]} {year}", pages) for (year, month), pages in chapters.items()]


def collect_keepsake(session: KeepsakeSources, since: date, until: date, consents: tuple[PartnerConsent, ...],
                     title: str = "Our year") -> KeepsakeBook:
    session.require_consent(consents, ConsentPurpose.KEEPSAKE)
    me = session.partner
    book = KeepsakeBook(title.strip() or "Our year", since, until,
                        {me: session.partner_name, me.other: session.other_name},
                        {me: session.partner_colour, me.other: session.other_colour},
                        session.milestones.today())
    start = datetime.combine(since, time()).astimezone()
    end = datetime.combine(until + timedelta(days=1), time()).astimezone()
    ids = session.journal.entry_ids(JournalFilter(since=since, until=until))
    entries = [e for e in session.journal.export_entries(ids, include_private=False) if not e.private]
    summary_entries: set[int] = set()
    for conversation in session.conversations.history():
        if start <= conversation.started_at < end:
            heading, body = session.conversations.summary(conversation.id)
            book.pages.append(Page(conversation.started_at, None, "A conversation", heading.split(": ", 1)[-1],
                                   _paragraphs(body)))
            if conversation.journal_entry_id is not None:
                summary_entries.add(conversation.journal_entry_id)
    for entry in entries:
        if entry.id not in summary_entries:
            book.pages.append(Page(entry.created_at, entry.author, "From the journal", entry.title,
                                   _paragraphs(entry.body)))
    for note in session.journal.appreciation.notes():
        if start <= note.created_at < end:
            book.pages.append(Page(note.created_at, note.sender, f"A note for {book.names[note.recipient]}", "",
                                   _paragraphs(note.body)))
    for occurrence in session.planner.occurrences(start, end):
        if occurrence.outcome != "done":
            continue
        said = [f"{book.names[PartnerSlot(r.author)]}: {r.note}" + (f" ({r.enjoyment}/5)" if r.enjoyment else "")
                for r in session.planner.reflections(occurrence.plan_id, occurrence.original_start)
                if not r.private and (r.note or r.enjoyment)]
        where = [occurrence.place] if occurrence.place else []
        book.pages.append(Page(occurrence.start, None, "Something we did", occurrence.title, tuple(where + said)))
    for milestone in session.milestones.timeline():
        if since <= milestone.happened_on <= until:
            moment = datetime.combine(milestone.happened_on, time(12)).astimezone()
            book.pages.append(Page(moment, None, "A milestone", milestone.title, _paragraphs(milestone.note)))
    return book


def keepsake_html(book: KeepsakeBook) -> str:
    a, b = book.names[PartnerSlot.A], book.names[PartnerSlot.B]
    ca, cb = book.colours[PartnerSlot.A], book.colours[PartnerSlot.B]
    period = f"{_day(book.since)} – {_day(book.until)}"
    parts = [
        "<html><body style='font-family: \"DejaVu Serif\", serif; color: #3a302a;'>",
        "<p style='margin-top: 120px; text-align: center; font-size: 11pt; color: #8a7a6e; letter-spacing: 3px;'>"
        "A KEEPSAKE</p>",
        f"<h1 style='text-align: center; font-size: 34pt; font-weight: normal; margin: 12px;'>{_e(book.title)}</h1>",
        f"<p style='text-align: center; font-size: 16pt;'><span style='color: {ca};'>{_e(a)}</span>"
        f" &amp; <span style='color: {cb};'>{_e(b)}</span></p>",
        f"<p style='text-align: center; font-size: 11pt; color: #8a7a6e;'>{_e(period)}</p>",
        "<table align='center' cellspacing='0' cellpadding='0' style='margin-top: 28px;'><tr>"
        f"<td width='60' height='6' bgcolor='{ca}'></td><td width='60' height='6' bgcolor='{cb}'></td></tr></table>",
        "<table width='100%' cellspacing='0' cellpadding='0'><tr><td height='240'></td></tr></table>",
        f"<p style='text-align: center; font-size: 8pt; color: #8a7a6e;'>"
        f"Made with Lifeline on {_day(book.made_on)}. {_e(NOT_ENCRYPTED)}</p>",
    ]
    months = book.months()
    if not months:
        parts.append("<p style='page-break-before: always;'>Nothing shared in this period yet: a book for another "
                     "time.</p>")
    for name, pages in months:
        parts.append(f"<h2 style='page-break-before: always; font-size: 22pt; font-weight: normal; "
                     f"color: #6b5a4e; margin-bottom: 18px;'>{_e(name)}</h2>")
        parts += [_page_html(page, book) for page in pages]
    parts.append("</body></html>")
    return "\n".join(parts)


def _page_html(page: Page, book: KeepsakeBook) -> str:
    colour = book.colours[page.author] if page.author is not None else "#b9a89a"
    who = book.names[page.author] if page.author is not None else "Both of us"
    when = page.when.astimezone()
    heading = f"<p style='font-size: 13pt; margin: 2px 0 6px 0;'><b>{_e(page.title)}</b></p>" if page.title else ""
    body = "".join(f"<p style='font-size: 10.5pt; line-height: 140%; margin: 0 0 6px 0;'>{_e(text)}</p>"
                   for text in page.paragraphs)
    return ("<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom: 16px;'><tr>"
            f"<td width='5' bgcolor='{colour}'></td><td width='12'></td><td>"
            f"<p style='font-size: 8.5pt; color: #8a7a6e; margin: 0;'>{_e(_day(when.date()))} · "
            f"<span style='color: {colour};'>{_e(who)}</span> · {_e(page.kind)}</p>{heading}{body}</td></tr></table>")


def _paragraphs(markdown: str) -> tuple[str, ...]:
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        lines = [_INLINE.sub("", _MARKUP_LINE.sub("", line)).strip() for line in block.splitlines()]
        text = " ".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return tuple(paragraphs)


def _day(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _e(text: str) -> str:
    return html.escape(text, quote=True)
