"""Journal speed on a big vault: first page of the list, searches (rare and common word), opening and saving.

    .venv/bin/python benchmarks/bench_journal.py [--entries 5000]   # about ten years of a busy couple

Fills a fresh vault in a temporary folder (real SQLCipher, fast test KDF) with generated entries spread over ten
years, then times what the Journal page does, through the same service calls the UI makes. Not part of the tests.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.journal import JournalFilter
from lifeline_desktop.services.session import PartnerSetup, VaultGate
from lifeline_desktop.store.models import JournalEntryRow, JournalRow, Visibility
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys

_WORD_TEXT = ("morning walk tea garden talk listen laugh quiet evening dinner friends rain sun book music plan tired "
              "grateful hope worry kitchen weekend river light home letter together slow kind")
WORDS = tuple(_WORD_TEXT.split())
RARE = "xylophonics"


def _fill(gate: VaultGate, count: int, clock: ManualClock) -> None:
    session = gate.unlock(PartnerSlot.A, "benchmark partner a")
    rng = random.Random(7)
    start = clock.now() - timedelta(days=3650)
    context = session._context  # bulk insert in one transaction: the benchmark measures reading, not filling
    with context.transaction() as orm:
        journal_id = orm.query(JournalRow.id).first()[0]  # type: ignore[index]
        for n in range(count):
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 160)))
            if n == count // 3:
                body += f" {RARE}"
            when = start + timedelta(minutes=int(n * 3650 * 24 * 60 / count))
            orm.add(JournalEntryRow(journal_id=journal_id, author_slot=PartnerSlot.A if n % 2 else PartnerSlot.B,
                                    visibility=Visibility.SHARED, title=f"Entry {n} {rng.choice(WORDS)}",
                                    body=body, created_at=when, updated_at=when))
    session.lock()


def _time(label: str, fn: Callable[[], object], repeat: int = 5) -> None:
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - began) * 1000)
    print(f"{label:<38} median {statistics.median(samples):8.1f} ms   (min {min(samples):.1f}, max {max(samples):.1f})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=5000)
    args = parser.parse_args()
    clock = ManualClock()
    with tempfile.TemporaryDirectory() as folder:
        gate = VaultGate(Path(folder) / "vault", clock, RememberedKeys(disabled_reason="benchmark"),
                         KdfPolicy.fast_for_tests())
        gate.create(PartnerSetup("A", "benchmark partner a", "#c8553d"),
                    PartnerSetup("B", "benchmark partner b", "#3d7a8a"))[0].lock()
        began = time.perf_counter()
        _fill(gate, args.entries, clock)
        print(f"filled {args.entries} entries in {time.perf_counter() - began:.1f} s")
        session = gate.unlock(PartnerSlot.B, "benchmark partner b")
        journal = session.journal
        session.journal.add_entry("my own private one", f"{RARE} in private", private=True)

        def first_page(text: str = "") -> None:
            ids = journal.entry_ids(JournalFilter(text=text))
            journal.summaries(ids[:50], text)

        _time("first page of the list (ids + 50 rows)", first_page)
        _time(f"search rare word ({RARE!r}), first page", lambda: first_page(RARE))
        _time("search common word ('garden'), first page", lambda: first_page("garden"))
        _time("filter by author + date range", lambda: journal.entry_ids(
            JournalFilter(author=PartnerSlot.A, since=(clock.now() - timedelta(days=365)).date())))
        some_id = journal.entry_ids()[10]
        _time("open an entry", lambda: journal.entry(some_id))
        _time("save an entry", lambda: journal.add_entry("benchmark", "a new entry " * 50))
        session.lock()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS)                  {peak:8.1f} MiB")


if __name__ == "__main__":
    main()
