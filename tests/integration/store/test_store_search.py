"""Search over shared journal text: any script, any odd input, and private text never in the index."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Visibility
from lifeline_desktop.store.models import EntryReplyRow, JournalEntryRow
from lifeline_desktop.store.repositories import add_journal
from tests.support.store_rows import add_private_entry, add_shared_entry, search_shared, set_sealed_body

NOW = datetime(2026, 5, 2, 20, 0, tzinfo=UTC)
A, B = PartnerSlot.A, PartnerSlot.B

ENTRIES = {
    "sea": ("A day at the sea", "We walked along the beach and talked for hours."),
    "japanese": ("海の日", "今日は二人で海に行きました。とても楽しかった。"),
    "arabic": ("يوم البحر", "ذهبنا إلى البحر وتحدثنا طويلاً"),
    "emoji": ("Sunday 🌊", "Pancakes 🥞 and a long walk ❤️"),
    "syntax": ('He said "NEAR(us)" AND', "col:title * ^start OR (brackets) - minus 'single'"),
    "accents": ("Café crème", "À bientôt, naïve façade"),
    "thai": ("ทะเล", "วันนี้เราไปทะเลด้วยกัน"),
    "chinese": ("公园", "我们今天一起去公园散步"),
    "russian": ("Прогулка", "Мы гуляли в парке"),
}


@pytest.fixture
def entry_ids(engine: Engine) -> dict[str, int]:
    with Session(engine) as session, session.begin():
        journal = add_journal(session, "Ours", NOW)
        return {
            key: add_shared_entry(session, journal.id, A, title, body, NOW).id for key, (title, body) in ENTRIES.items()
        }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("beach", ["sea"]),
        ("BEACH talked", ["sea"]),
        ("海", ["japanese"]),  # one character: below a trigram, found by the LIKE fallback
        ("海に行き", ["japanese"]),
        ("楽しかった", ["japanese"]),
        ("البحر", ["arabic"]),
        ("🌊", ["emoji"]),
        ("🥞", ["emoji"]),
        ('"NEAR(us)"', ["syntax"]),
        ("col:title", ["syntax"]),
        ("(brackets)", ["syntax"]),
        ("'single'", ["syntax"]),
        ("cafe", ["accents"]),  # diacritics removed by the tokenizer
        ("walke", ["sea"]),  # the start of a word ("walked")
        ("BIENT", ["accents"]),
        ("alked", []),  # the middle of a word is not a word
        ("парк", ["russian"]),
        ("ПРОГУЛКА", ["russian"]),
        ("ไปทะเล", ["thai"]),  # no spaces between words: any three characters
        ("散步", ["chinese"]),  # two characters: LIKE over the small table of unspaced text
        ("公园散步", ["chinese"]),
        ("散步 beach", []),  # every word must match
        ("nowhere-to-be-found", []),
    ],
)
def test_search_finds_text_in_any_script(
    engine: Engine, entry_ids: dict[str, int], query: str, expected: list[str]
) -> None:
    with Session(engine) as session:
        assert search_shared(session, query) == [entry_ids[key] for key in expected]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "'",
        "*",
        "AND",
        "OR NOT",
        "NEAR(",
        ")",
        "^",
        ":",
        "-",
        "%",
        "_",
        "\\",
        "\x00",
        " ",
        "",
        "a" * 5000,
        'title:"x',
        "{title body}: x",
        "NOT NOT",
        "😀" * 3,
    ],
)
def test_odd_input_never_errors(engine: Engine, entry_ids: dict[str, int], query: str) -> None:
    with Session(engine) as session:
        result = search_shared(session, query)
    assert isinstance(result, list)


def test_like_wildcards_in_short_words_are_literal(engine: Engine, entry_ids: dict[str, int]) -> None:
    with Session(engine) as session:
        assert search_shared(session, "%") == []
        assert search_shared(session, "_") == []


def test_replies_lead_to_their_entry(engine: Engine, entry_ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        session.add(
            EntryReplyRow(
                entry_id=entry_ids["sea"], author_slot=B, body="I loved the seagulls", created_at=NOW, updated_at=NOW
            )
        )
    with Session(engine) as session:
        assert search_shared(session, "seagulls") == [entry_ids["sea"]]


def test_private_text_never_enters_the_index(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        journal = add_journal(session, "Ours", NOW)
        private = add_private_entry(session, journal.id, A, NOW)
        set_sealed_body(session, private.id, b"\x01ciphertext", NOW)
        shared_id = add_shared_entry(session, journal.id, A, "secret garden", "roses", NOW).id
    with Session(engine) as session, session.begin():
        # Making the shared entry private (its text now sealed) removes it from the index, replies included.
        session.add(
            EntryReplyRow(entry_id=shared_id, author_slot=B, body="thorny roses", created_at=NOW, updated_at=NOW)
        )
        session.flush()
        row = session.get_one(JournalEntryRow, shared_id)
        row.visibility, row.title, row.body, row.sealed_body = Visibility.PRIVATE, "", "", b"\x02sealed"
    with Session(engine) as session:
        assert search_shared(session, "garden") == []
        assert search_shared(session, "roses") == []
        indexed = [_indexed_words(session, index) for index in ("entry_search", "entry_search_unspaced")]
        indexed_replies = session.execute(text("SELECT count(*) FROM reply_search")).scalar_one()
    assert (indexed, indexed_replies) == ([0, 0], 0)


def _indexed_words(session: Session, index: str) -> int:
    """How many words an index holds (the entry index reads its text from the entries: count what it indexed)."""
    session.execute(text(f"CREATE VIRTUAL TABLE temp.{index}_words USING fts5vocab(main, {index}, 'row')"))
    return int(session.execute(text(f"SELECT count(*) FROM temp.{index}_words")).scalar_one())


def test_edits_and_deletes_keep_the_index_in_step(engine: Engine, entry_ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        session.get_one(JournalEntryRow, entry_ids["sea"]).body = "We went to the mountains instead."
        session.delete(session.get_one(JournalEntryRow, entry_ids["arabic"]))
    with Session(engine) as session:
        assert search_shared(session, "beach") == []
        assert search_shared(session, "mountains") == [entry_ids["sea"]]
        assert search_shared(session, "البحر") == []
