"""The Journal list pages in SQL: newest first, no entry twice and none missing, with every filter and a search.

Each test walks every page with a small page size and checks the walk against what the partner may see, worked
out here in plain Python. Paging must never change what is found, only how much is read at once.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.journal.service import JournalFilter
from lifeline_desktop.store import fts

A, B = PartnerSlot.A, PartnerSlot.B
MARKER = "quokkamarker-51c9"  # Rosa's private word: Mei must never find it


def walk(journal, journal_filter=JournalFilter(), size=4):  # noqa: B008
    """Every page in turn; returns the ids in list order, after checking each page's cursor."""
    seen, after = [], None
    for _ in range(1000):
        page = journal.page(journal_filter, after, limit=size)
        assert len(page.entries) <= size
        seen += [summary.id for summary in page.entries]
        if page.next is None:
            return seen
        assert len(page.entries) == size and page.next.id == page.entries[-1].id
        after = page.next
    raise AssertionError("the pages never ended")


def newest_first(entries):
    return [entry_id for _, entry_id in sorted(((when, entry_id) for entry_id, when in entries), reverse=True)]


def test_pages_cover_every_entry_once_when_many_share_one_moment(open_as, journal_clock):
    rosa = open_as(A)
    written = []
    for group in range(7):  # seven moments, three to five entries at each: ties are broken by id, newest first
        when = journal_clock.now() - timedelta(days=group * 3)
        for n in range(3 + group % 3):
            written.append((rosa.journal.add_entry(f"Moment {group}.{n}", "same minute", written_at=when), when))
    expected = newest_first(written)
    for size in (1, 3, 4, 50):
        ids = walk(rosa.journal, size=size)
        assert ids == expected and len(set(ids)) == len(ids)
    assert rosa.journal.count() == len(expected) == len(rosa.journal.entry_ids())
    first = rosa.journal.page(limit=5).entries
    assert [s.title for s in first][:3] == ["Moment 0.2", "Moment 0.1", "Moment 0.0"]  # a later id first on a tie


def test_filters_combine_with_paging(open_as, journal_clock):
    rosa = open_as(A)
    now = journal_clock.now()
    rows = []  # (id, when, author, tag, mood, text)
    for n in range(30):
        when = now - timedelta(days=n * 10)
        tag, mood = ("walks" if n % 3 else "home"), ("calm" if n % 2 else None)
        text = "river walk" if n % 4 else "kitchen talk"
        rows.append((rosa.journal.add_entry(f"Rosa {n}", text, written_at=when, tags=[tag], mood=mood),
                     when, A, tag, mood, text))
    mei = open_as(B)
    for n in range(12):
        when = now - timedelta(days=n * 25, hours=1)
        rows.append((mei.journal.add_entry(f"Mei {n}", "river light", written_at=when, tags=["walks"]),
                     when, B, "walks", None, "river light"))
    since = (now - timedelta(days=200)).astimezone().date()
    cases = [
        (JournalFilter(author=A), lambda r: r[2] is A),
        (JournalFilter(tag="walks", mood="calm"), lambda r: r[3] == "walks" and r[4] == "calm"),
        (JournalFilter(since=since), lambda r: r[1].astimezone().date() >= since),
        (JournalFilter(author=A, text="river"), lambda r: r[2] is A and "river" in r[5]),
        (JournalFilter(tag="walks", since=since, text="river"),
         lambda r: r[3] == "walks" and r[1].astimezone().date() >= since and "river" in r[5]),
        (JournalFilter(text="kitchen"), lambda r: "kitchen" in r[5]),
    ]
    for journal_filter, wanted in cases:
        expected = newest_first([(r[0], r[1]) for r in rows if wanted(r)])
        assert expected, journal_filter
        assert walk(mei.journal, journal_filter, size=3) == expected, journal_filter
        assert mei.journal.entry_ids(journal_filter) == expected
        assert mei.journal.count(journal_filter) == len(expected)


def test_search_pages_merge_my_private_entries_by_date_and_never_the_others(open_as, journal_clock):
    rosa = open_as(A)
    now = journal_clock.now()
    written = []
    for n in range(14):
        private = n % 3 == 0
        body = f"lantern and {MARKER}" if private else "lantern by the door"
        written.append((rosa.journal.add_entry(f"Lantern {n}", body, private=private,
                                               written_at=now - timedelta(days=n)), now - timedelta(days=n), private))
    reply_only = rosa.journal.add_entry("A quiet one", "no light here", written_at=now - timedelta(days=5, hours=12))
    mei = open_as(B)
    mei.journal.reply(reply_only, "I brought the lantern")
    rosa = open_as(A)
    everything = [(i, w) for i, w, _ in written] + [(reply_only, now - timedelta(days=5, hours=12))]
    assert walk(rosa.journal, JournalFilter(text="lantern"), size=4) == newest_first(everything)
    top = rosa.journal.page(JournalFilter(text="lantern"), limit=3).entries
    assert [s.title for s in top] == ["Lantern 0", "Lantern 1", "Lantern 2"] and top[0].private
    assert rosa.journal.count(JournalFilter(text="lantern")) == len(everything)
    mine_only = [(i, w) for i, w, private in written if private]
    assert walk(rosa.journal, JournalFilter(text=MARKER), size=2) == newest_first(mine_only)

    mei = open_as(B)
    shared = [(i, w) for i, w, private in written if not private] + [(reply_only, now - timedelta(days=5, hours=12))]
    assert walk(mei.journal, JournalFilter(text="lantern"), size=4) == newest_first(shared)
    assert walk(mei.journal, JournalFilter(text=MARKER)) == [] and mei.journal.count(JournalFilter(text=MARKER)) == 0
    pages = [mei.journal.page(JournalFilter(text=text), limit=50) for text in ("lantern", MARKER, "")]
    shown = repr(pages)
    assert MARKER not in shown and "Lantern 0" not in shown and "Lantern 3" not in shown


def test_a_private_entry_edited_is_searched_by_its_new_words(open_as, journal_clock):
    rosa = open_as(A)
    mine = rosa.journal.add_entry("Draft of a letter", "about the orchard", private=True)
    assert walk(rosa.journal, JournalFilter(text="orchard")) == [mine]  # opened once, then kept for the session
    rosa.journal.update_entry(mine, "Draft of a letter", "about the harbour")
    assert walk(rosa.journal, JournalFilter(text="orchard")) == []
    assert walk(rosa.journal, JournalFilter(text="harbour")) == [mine]
    rosa.journal.share_entry(mine)
    assert walk(open_as(B).journal, JournalFilter(text="harbour")) == [mine]


@pytest.mark.parametrize("budget", [fts.STREAM_BUDGET, 70])
def test_search_top_is_right_when_entries_were_written_out_of_date_order(open_as, journal_clock, monkeypatch,
                                                                          budget):
    """An import writes old entries last: the newest matches are then not the highest ids. With a small budget the
    search gives up streaming and sorts every match; both ways find the same pages."""
    monkeypatch.setattr(fts, "STREAM_BUDGET", budget)
    rosa = open_as(A)
    now = journal_clock.now()
    days = list(range(160))
    random.Random(5).shuffle(days)
    written = []
    for n, day in enumerate(days):
        text = "meadow song" if n % 5 else "meadow and hills"
        when = now - timedelta(days=day)
        written.append((rosa.journal.add_entry(f"Walk {n}", text, written_at=when), when, text))
    expected = newest_first([(i, w) for i, w, _ in written])
    assert [s.id for s in rosa.journal.page(JournalFilter(text="meadow"), limit=10).entries] == expected[:10]
    assert walk(rosa.journal, JournalFilter(text="meadow"), size=40) == expected
    hills = newest_first([(i, w) for i, w, text in written if "hills" in text])
    assert walk(rosa.journal, JournalFilter(text="meadow hills"), size=7) == hills


def test_short_words_page_too(open_as, journal_clock):
    rosa = open_as(A)
    now = journal_clock.now()
    ids = [rosa.journal.add_entry(f"Day {n}", "we ate" if n % 2 else "they slept", written_at=now - timedelta(n))
           for n in range(9)]
    expected = [i for n, i in enumerate(ids) if n % 2]
    assert walk(rosa.journal, JournalFilter(text="we"), size=2) == expected
    assert walk(rosa.journal, JournalFilter(text="we ate"), size=3) == expected
    assert rosa.journal.count(JournalFilter(text="we")) == len(expected)
