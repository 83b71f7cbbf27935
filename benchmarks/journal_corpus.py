"""The generated journal both journal benchmarks use: the same entries for Lifeline and for jrnl.

`generated_entries(count)` is deterministic (seeded), so a Lifeline vault and a jrnl journal built from it hold
the same text. `build_vault(folder, count)` writes a real SQLCipher vault (fast test KDF) with:

- `count` shared entries spread over ten years, by both partners, about one in eight with tags, one in twenty with a
  reply; exactly one holds the rare word, almost every one holds the common word;
- a few private entries of partner B (sealed with B's personal key), one of them with the rare word too, and one
  private entry of partner A with the rare word, which B must never find.

Bulk rows go in with one executemany (the FTS triggers index them as the app's own inserts would); the benchmarks
time reading and single saves, not the filling.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Visibility
from lifeline_desktop.services.session import VaultGate
from lifeline_desktop.services.vault.views import PartnerSetup
from lifeline_desktop.store.models import EntryReplyRow, JournalEntryRow, JournalEntryTagRow, JournalRow, TagRow
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys

_WORD_TEXT = ("morning walk tea garden talk listen laugh quiet evening dinner friends rain sun book music plan tired "
              "grateful hope worry kitchen weekend river light home letter together slow kind")
WORDS = tuple(_WORD_TEXT.split())
RARE = "xylophonics"
COMMON = "garden"
TAGS = ("walks", "us", "family", "work", "hard day", "gratitude")
PASSPHRASES = {PartnerSlot.A: "benchmark partner a", PartnerSlot.B: "benchmark partner b"}
END = datetime(2026, 11, 1, 20, 0, tzinfo=UTC)
YEARS_DAYS = 3650
B_PRIVATE = 12


@dataclass(frozen=True)
class GeneratedEntry:
    when: datetime
    author: PartnerSlot
    title: str
    body: str
    tags: tuple[str, ...]


def generated_entries(count: int, seed: int = 7) -> Iterator[GeneratedEntry]:
    """`count` entries, oldest first, about ten years up to END; entry count // 3 holds the rare word."""
    rng = random.Random(seed)
    start = END - timedelta(days=YEARS_DAYS)
    for n in range(count):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 160)))
        if n == count // 3:
            body += f" {RARE}"
        when = start + timedelta(minutes=int(n * YEARS_DAYS * 24 * 60 / count))
        tags = (rng.choice(TAGS),) if n % 8 == 0 else ()
        yield GeneratedEntry(when, PartnerSlot.A if n % 2 else PartnerSlot.B, f"Entry {n} {rng.choice(WORDS)}", body,
                             tags)


def make_gate(folder: Path, kdf: KdfPolicy | None = None) -> VaultGate:
    """The fast test KDF unless `kdf` is given (KdfPolicy() is the real one a person's vault gets)."""
    return VaultGate(folder, ManualClock(END + timedelta(days=1)), RememberedKeys(disabled_reason="benchmark"),
                     kdf or KdfPolicy.fast_for_tests())


def build_vault(folder: Path, count: int) -> None:
    gate = make_gate(folder)
    gate.create(PartnerSetup("A", PASSPHRASES[PartnerSlot.A], "#c8553d"),
                PartnerSetup("B", PASSPHRASES[PartnerSlot.B], "#3d7a8a"))[0].lock()
    session = gate.unlock(PartnerSlot.A, PASSPHRASES[PartnerSlot.A])
    context = session._context  # bulk insert in one transaction: the benchmarks measure reading, not filling
    with context.transaction() as orm:
        journal_id = orm.scalars(select(JournalRow.id)).one()
        tag_ids = {}
        for name in TAGS:
            row = TagRow(name=name)
            orm.add(row)
            orm.flush()
            tag_ids[name] = row.id
        rows, entry_tags, replies = [], [], []
        for n, entry in enumerate(generated_entries(count), start=1):
            rows.append({"id": n, "journal_id": journal_id, "author_slot": entry.author,
                         "visibility": Visibility.SHARED, "title": entry.title, "body": entry.body,
                         "created_at": entry.when, "updated_at": entry.when})
            entry_tags += [{"entry_id": n, "tag_id": tag_ids[tag]} for tag in entry.tags]
            if n % 20 == 0:
                replies.append({"entry_id": n, "author_slot": entry.author.other, "body": "Thank you for this.",
                                "created_at": entry.when + timedelta(hours=1),
                                "updated_at": entry.when + timedelta(hours=1)})
        orm.execute(insert(JournalEntryRow), rows)
        orm.execute(insert(JournalEntryTagRow), entry_tags)
        orm.execute(insert(EntryReplyRow), replies)
    session.journal.add_entry("A's own", f"{RARE} kept by A alone", private=True, written_at=END)
    session.lock()
    session = gate.unlock(PartnerSlot.B, PASSPHRASES[PartnerSlot.B])
    for n in range(B_PRIVATE):
        words = f"{RARE} " if n == 0 else ""
        session.journal.add_entry(f"B private {n}", f"{words}{COMMON} thoughts of my own, number {n}", private=True,
                                  written_at=END - timedelta(days=300 * n + 1))
    session.lock()
