from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from lifeline_desktop.domain.errors import InvalidInput
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.journal.export import entries_markdown
from lifeline_desktop.services.journal.service import JournalFilter

A, B = PartnerSlot.A, PartnerSlot.B
MARKER = "zebracrossing-7f3a"  # Rosa's private text: must never reach Mei by any path


def _titles(journal, journal_filter=None):
    return [s.title for s in journal.summaries(journal.entry_ids(journal_filter or JournalFilter()))]


def test_write_share_reply_react_and_unread_markers(open_as, journal_clock):
    rosa = open_as(A)
    shared = rosa.journal.add_entry("Our walk", "The **river** was high today.", mood="calm", tags=["Walks", "#us"])
    journal_clock.advance(60)
    private = rosa.journal.add_entry("Just mine", f"Thinking about {MARKER}.", private=True, tags=["walks"])
    assert _titles(rosa.journal) == ["Just mine", "Our walk"]
    mei = open_as(B)
    assert _titles(mei.journal) == ["Our walk"]
    [summary] = mei.journal.summaries([shared])
    assert summary.unread and summary.tags == ("us", "walks") and summary.mood == "calm"
    journal_clock.advance(60)
    reply = mei.journal.reply(shared, "I loved it too.")
    assert mei.journal.toggle_reaction(shared, "heart") is True
    assert not mei.journal.summaries([shared])[0].unread  # replying reads it
    with pytest.raises(InvalidInput):
        mei.journal.reply(private, "sneaky")
    with pytest.raises(InvalidInput):
        mei.journal.share_entry(private)
    rosa = open_as(A)
    [summary] = rosa.journal.summaries([shared])
    assert summary.unread and summary.reply_count == 1 and summary.reactions == ("heart",)
    detail = rosa.journal.entry(shared)
    assert [r.id for r in detail.replies] == [reply] and detail.replies[0].unread
    rosa.journal.mark_read(shared)
    assert not rosa.journal.summaries([shared])[0].unread
    # sharing: one way only
    rosa.journal.share_entry(private)
    assert not rosa.journal.entry(private).private
    rosa.journal.update_entry(private, "Just mine, now ours", "Shared after all.", tags=["walks"])
    mei = open_as(B)
    assert "Just mine, now ours" in _titles(mei.journal)
    assert mei.journal.entry(private).body == "Shared after all."
    topic = mei.journal.add_to_agenda(shared, reply)
    assert topic > 0


def test_filters_by_author_tag_mood_practice_and_dates(open_as, journal_clock):
    rosa = open_as(A)
    rosa.journal.add_entry("Old one", "from last year", mood="calm",
                           written_at=journal_clock.now() - timedelta(days=400))
    rosa.journal.add_entry("Prompted", "about trust", tags=["trust"], prompt_id="trust-001")
    mei = open_as(B)
    mei.journal.add_entry("Mei's", "hello", mood="happy", tags=["home"])
    j = mei.journal
    assert _titles(j, JournalFilter(author=A)) == ["Prompted", "Old one"]
    assert _titles(j, JournalFilter(tag="home")) == ["Mei's"]
    assert _titles(j, JournalFilter(mood="calm")) == ["Old one"]
    assert _titles(j, JournalFilter(practice="trust")) == ["Prompted"]
    today = journal_clock.now().astimezone().date()
    assert set(_titles(j, JournalFilter(since=today - timedelta(days=1)))) == {"Prompted", "Mei's"}
    assert _titles(j, JournalFilter(until=date(today.year - 1, 12, 31) - timedelta(days=30))) == ["Old one"]
    assert j.tags() == ["home", "trust"] and j.moods() == ["calm", "happy"]


def test_search_finds_shared_text_and_replies_and_odd_input_never_errors(open_as):
    rosa = open_as(A)
    one = rosa.journal.add_entry("Picnic plans", "Cheese, bread and (maybe) figs 🍑")
    rosa.journal.add_entry("日本語のタイトル", "右から左: שלום עולם")
    mine = rosa.journal.add_entry("Secret list", "figs and more figs", private=True)
    assert set(rosa.journal.entry_ids(JournalFilter(text="figs"))) == {one, mine}
    mei = open_as(B)
    mei.journal.reply(one, "bring the blanket")
    assert mei.journal.entry_ids(JournalFilter(text="blanket")) == [one]
    assert mei.journal.entry_ids(JournalFilter(text="figs")) == [one]
    for odd in ['"', "fig*", "(maybe)", "AND OR NOT", "col:title", "NEAR(", "🍑", "שלום", "タイトル", "%_\\"]:
        mei.journal.entry_ids(JournalFilter(text=odd))  # no error
    assert mei.journal.entry_ids(JournalFilter(text="(maybe)")) == [one]
    assert len(mei.journal.entry_ids(JournalFilter(text="שלום"))) == 1
    summary = mei.journal.summaries([one], highlight="figs")[0]
    assert "figs" in summary.excerpt


def test_bad_input_is_refused_with_a_sentence(open_as):
    rosa = open_as(A)
    with pytest.raises(InvalidInput):
        rosa.journal.add_entry("  ", "\n")
    with pytest.raises(InvalidInput):
        rosa.journal.add_entry("big", "x" * 1_000_001)
    big = rosa.journal.add_entry("big but fine", "word " * 190_000)
    assert len(rosa.journal.entry(big).body) == 950_000
    with pytest.raises(InvalidInput):
        rosa.journal.toggle_reaction(big, "thumbs-down-forever")


def test_the_other_partners_private_text_never_reaches_any_path(open_as, journal_clock):
    """Rosa's private marker: Mei's lists, searches, details, export, Today list and the FTS tables never hold it."""
    rosa = open_as(A)
    secret = rosa.journal.add_entry(f"Title {MARKER}", f"Body {MARKER}", private=True, mood="shy", tags=["x"])
    rosa.journal.add_entry("Public", "nothing to hide")
    rosa.journal.drafts  # noqa: B018 - the facade is there
    mei = open_as(B)
    j = mei.journal
    seen: list[str] = []
    seen += [f"{e.title} {e.body}" for e in j.entries()]
    seen += [f"{e.title} {e.body}" for e in j.search(MARKER)]
    seen += [f"{e.title} {e.body}" for e in j.search("Title")]
    ids = j.entry_ids()
    assert secret not in ids and j.entry_ids(JournalFilter(text=MARKER)) == []
    seen += [f"{s.title} {s.excerpt}" for s in j.summaries([*ids, secret], highlight=MARKER)]
    with pytest.raises(InvalidInput):
        j.entry(secret)
    exported = j.export_entries([*ids, secret], include_private=True)
    seen.append(entries_markdown(exported, {A: "Rosa", B: "Mei"}, date(2026, 1, 1)))
    with mei._context.transaction() as session:  # the search index itself
        for table in ("entry_search", "reply_search"):
            seen += [" ".join(map(str, row)) for row in session.execute(text(f"SELECT * FROM {table}"))]
        seen += [" ".join(map(str, row)) for row in session.execute(text("SELECT title, body FROM journal_entries"))]
    assert seen and not any(MARKER in item for item in seen)
    trace = j.other_private_trace()
    assert trace.count == 1 and len(trace.dates) == 1  # that it exists, and when: nothing more
    assert j.private_count(A) == 1
