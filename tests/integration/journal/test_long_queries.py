"""Whatever is typed or pasted into search, the database sees a dozen words at most: a 10,000-word query against
a long entry searches, pages and counts like a short one (timed in benchmarks/bench_journal.py, never here)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.search_words import MAX_WORD_CHARS, MAX_WORDS
from lifeline_desktop.services.journal.views import JournalFilter
from lifeline_desktop.services.session import Session

A = PartnerSlot.A
TEN_THOUSAND_WORDS = " ".join(f"word{n}" for n in range(10_000))


@contextmanager
def few_words_reach_the_database(session: Session) -> Iterator[list[str]]:
    """Fails the statement (at once, before SQLite works on it) if it carries more than MAX_WORDS search words."""
    seen: list[str] = []

    def check(_conn, _cursor, statement, parameters, _context, _many) -> None:
        values = parameters.values() if isinstance(parameters, dict) else parameters or ()
        texts = [v for v in values if isinstance(v, str)]
        phrases = max((v.count('" AND "') + 1 for v in texts if v.startswith('"')), default=0)
        likes = statement.count("LIKE")  # each short word is looked for in a few columns
        seen.extend(texts)
        assert phrases <= MAX_WORDS, f"{phrases} phrases reached the index in one condition"
        assert likes <= 8 * MAX_WORDS, f"{likes} LIKE conditions reached the database"
        assert all(len(v) <= MAX_WORDS * (MAX_WORD_CHARS + 8) for v in texts if v.startswith(('"', "%")))

    engine = session._context.engine
    event.listen(engine, "before_cursor_execute", check)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", check)


def test_a_ten_thousand_word_query_finds_the_long_entry_with_a_dozen_words(open_as):
    rosa = open_as(A)
    rosa.journal.add_entry("The long one", " ".join(f"word{n}" for n in range(20_000)))
    rosa.journal.add_entry("Another", "a river walk, word5 and nothing else")
    query = JournalFilter(text=TEN_THOUSAND_WORDS)
    with few_words_reach_the_database(rosa):
        assert [row.title for row in rosa.journal.page(query).entries] == ["The long one"]
        assert rosa.journal.count(query) == 1
        assert [entry.title for entry in rosa.journal.search(TEN_THOUSAND_WORDS)] == ["The long one"]


def test_repeated_and_contained_words_give_exactly_the_short_query_result(open_as):
    rosa = open_as(A)
    rosa.journal.add_entry("Walking", "We walked by the river on Sunday")
    rosa.journal.add_entry("Cooking", "River fish for dinner")
    rosa.journal.add_entry("Mine", "walked along the river alone", private=True)
    pasted = "River WALKED river walk " * 2_500
    with few_words_reach_the_database(rosa):
        found = {row.title for row in rosa.journal.page(JournalFilter(text=pasted)).entries}
        assert rosa.journal.count(JournalFilter(text=pasted)) == 2
    assert found == {"Walking", "Mine"}
    assert found == {row.title for row in rosa.journal.page(JournalFilter(text="river walked")).entries}


def test_a_pasted_word_of_a_million_characters_is_cut_and_finds_nothing_wrong(open_as):
    rosa = open_as(A)
    rosa.journal.add_entry("Long word", "x" * 200)
    rosa.journal.add_entry("Short", "y")
    query = JournalFilter(text="x" * 1_000_000)
    with few_words_reach_the_database(rosa):
        assert [row.title for row in rosa.journal.page(query).entries] == ["Long word"]
        assert rosa.journal.count(query) == 1
