"""Vault and store speed: unlock (KDF and the rest), open, one commit, and SQLCipher against plain SQLite.

Run:  .venv/bin/python benchmarks/bench_vault.py [--sizes 1000,10000,50000] [--repeat 5]
Prints a table; nothing here is asserted. Results vary with the disk: fsync dominates a single commit.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.orm import Session

from lifeline_desktop.domain.clock import SystemClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import Visibility
from lifeline_desktop.services.session import VaultGate
from lifeline_desktop.services.vault.views import PartnerSetup
from lifeline_desktop.store.engine import create_database, dispose_engine, open_engine
from lifeline_desktop.store.migrations import migrate_to_head
from lifeline_desktop.store.models import JournalEntryRow, JournalRow
from lifeline_desktop.vault.kdf import KdfPolicy, calibrate, derive_key
from lifeline_desktop.vault.remembered_key import RememberedKeys

BODY = ("We took the long way home and talked about the summer, what we want from it and what we don't. " * 10)[:900]


def timed(action: Callable[[], object], repeat: int) -> float:
    """Median seconds of `repeat` runs."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def bench_unlock(folder: Path, repeat: int) -> None:
    params = calibrate()
    kdf = timed(lambda: derive_key("a passphrase of ordinary length", params), repeat)
    gate = VaultGate(folder / "unlock", SystemClock(), RememberedKeys(), KdfPolicy.fast_for_tests())
    session, _ = gate.create(PartnerSetup("A", "pa", "#000000"), PartnerSetup("B", "pb", "#000000"))
    for number in range(200):
        session.journal.add_entry(f"entry {number}", BODY)
    session.lock()
    fast_kdf = timed(lambda: derive_key("pa", KdfPolicy.fast_for_tests().params_for_new_slot()), repeat)
    rest = timed(lambda: gate.unlock(PartnerSlot.A, "pa").lock(), repeat) - fast_kdf
    print(f"KDF (calibrated: {params.memory_kib // 1024} MiB, t={params.iterations}, p={params.parallelism})"
          f"  {kdf * 1000:8.1f} ms")
    print(f"unlock without the KDF (key file, open, checks, lock) {rest * 1000:8.1f} ms")


def _plain_engine(path: Path) -> Engine:
    """The same SQLite build (sqlcipher3's) without a key: plain, unencrypted pages, same pragmas otherwise."""
    engine = create_engine(f"sqlite:///{path}", module=sqlcipher)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlcipher.Connection, _record: object) -> None:
        for pragma in ("temp_store = MEMORY", "journal_mode = WAL", "synchronous = FULL",
                       "foreign_keys = ON", "secure_delete = ON"):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    return engine


def orm_workload(engine: Engine, rows: int) -> dict[str, float]:
    migrate_to_head(engine)
    start = datetime(2016, 1, 1, tzinfo=UTC)
    timings: dict[str, float] = {}
    began = time.perf_counter()
    with Session(engine) as session, session.begin():
        session.add(JournalRow(name="j", created_at=start))
    with Session(engine) as session, session.begin():
        for number in range(rows):
            session.add(JournalEntryRow(
                journal_id=1, author_slot=PartnerSlot.A if number % 2 else PartnerSlot.B,
                visibility=Visibility.SHARED, title=f"Day {number}", body=BODY, created_at=start +
                timedelta(hours=number), updated_at=start + timedelta(hours=number)))
    timings["insert"] = time.perf_counter() - began

    def queries() -> None:
        with Session(engine) as session:
            session.scalars(select(JournalEntryRow).order_by(JournalEntryRow.created_at.desc()).limit(50)).all()
            session.scalar(select(func.count()).select_from(JournalEntryRow))
            session.scalars(select(JournalEntryRow.id).where(JournalEntryRow.body.like("%summer%"))
                            .order_by(JournalEntryRow.title).limit(100)).all()
            session.execute(text("SELECT rowid FROM entry_search WHERE entry_search MATCH 'summer' LIMIT 100")).all()

    timings["queries"] = timed(queries, 3)
    return timings


def bench_ratio(folder: Path, sizes: list[int]) -> None:
    print(f"\n{'rows':>7} {'step':>8} {'SQLCipher':>11} {'SQLite':>9} {'ratio':>6}")
    for rows in sizes:
        key = os.urandom(32)
        cipher_engine = create_database(folder / f"cipher-{rows}.db", key)
        plain_engine = _plain_engine(folder / f"plain-{rows}.db")
        cipher = orm_workload(cipher_engine, rows)
        plain = orm_workload(plain_engine, rows)
        dispose_engine(cipher_engine)
        plain_engine.dispose()
        for step in cipher:
            print(f"{rows:>7} {step:>8} {cipher[step] * 1000:9.1f}ms {plain[step] * 1000:7.1f}ms "
                  f"{cipher[step] / plain[step]:6.2f}")


def bench_open_and_commit(folder: Path, repeat: int) -> None:
    key = os.urandom(32)
    path = folder / "open.db"
    dispose_engine(create_database(path, key))

    def open_key_query() -> None:
        engine = open_engine(path, key)
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
        dispose_engine(engine)

    print(f"open + key + first query                          {timed(open_key_query, repeat) * 1000:8.1f} ms")
    engine = open_engine(path, key)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE IF NOT EXISTS t (x TEXT)"))

    def one_commit() -> None:
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO t VALUES (:x)"), {"x": BODY})

    print(f"one commit (WAL, synchronous FULL)                {timed(one_commit, repeat * 4) * 1000:8.1f} ms")
    dispose_engine(engine)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    # On the real disk, not /tmp: a commit with synchronous = FULL is an fsync, and tmpfs makes that free.
    results = Path(__file__).resolve().parent / "results"
    results.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lifeline-bench-", dir=results) as folder_name:
        folder = Path(folder_name)
        bench_unlock(folder, args.repeat)
        bench_open_and_commit(folder, args.repeat)
        bench_ratio(folder, [int(size) for size in args.sizes.split(",")])


if __name__ == "__main__":
    main()
