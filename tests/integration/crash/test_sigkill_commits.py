"""Crash safety of commits: a worker committing in a loop is SIGKILLed at random moments, 100 times, on one file.

The worker goes through the product's own engine (`open_engine`: the raw key, every pragma of DESIGN.md section 3,
WAL, synchronous = FULL, the "BEGIN" listener) and commits one row per transaction: a sequence number and a payload
derived from it (0 to ~2 KiB, so the WAL grows by several pages per commit and auto-checkpoints happen during the
run, and get killed too). After each commit returns it acknowledges the number (see conftest.py for the fork server
that makes 100 fresh processes cheap).

After every kill the test reopens the file with the key through the product (`connect_raw`) and requires:
- `PRAGMA quick_check` says ok and `PRAGMA cipher_integrity_check` reports nothing (every page's HMAC holds);
- every acknowledged number is there, with its exact payload;
- the numbers are exactly 1..max with no gap or duplicate, and at most ONE beyond the last acknowledged (the commit
  that returned in the worker just before the kill, whose ack line was never written).

What it catches: a commit acknowledged before it is durable (synchronous off or NORMAL would still pass a process
kill, but journal_mode = MEMORY/OFF, or an app-level write cache, or an ack before COMMIT would not), a torn WAL or
checkpoint that breaks page HMACs, a reopen that loses or duplicates committed rows.
"""

from __future__ import annotations

import hashlib
import os
import random
from pathlib import Path

import pytest

from lifeline_desktop.store.engine import connect_raw, create_database, dispose_engine

KILLS = 100
KEY = bytes(range(32))  # fixed: the worker and the checker must agree, and nothing here is secret

WORKER = '''
import hashlib
from pathlib import Path

from sqlalchemy import text

from lifeline_desktop.store.engine import open_engine

DB = Path({db!r})
KEY = bytes.fromhex({key!r})


def payload(seq):
    return hashlib.sha256(str(seq).encode()).digest() * (seq % 64)


def work():
    engine = open_engine(DB, KEY)
    with engine.connect() as connection:
        seq = connection.execute(text("SELECT coalesce(max(seq), 0) FROM commits")).scalar()
    while True:
        seq += 1
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO commits (seq, payload) VALUES (:seq, :payload)"),
                               {{"seq": seq, "payload": payload(seq)}})
        ack(seq)  # only after the transaction committed
'''


def payload(seq: int) -> bytes:
    return hashlib.sha256(str(seq).encode()).digest() * (seq % 64)


def check_after_kill(db_path: Path, acked: list[int], round_no: int) -> int:
    """Integrity checks and every acknowledged row; returns the highest number on disk."""
    where = f"after kill {round_no}"
    connection = connect_raw(db_path, KEY)
    try:
        assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)], where
        assert connection.execute("PRAGMA cipher_integrity_check").fetchall() == [], where
        count, low, high = connection.execute("SELECT count(*), min(seq), max(seq) FROM commits").fetchone()
        assert count == (high or 0) and (low in (1, None)), (
            f"{where}: the numbers are not exactly 1..max ({count}, {low}, {high})")
        if acked:
            assert high >= acked[-1], f"{where}: acknowledged commit {acked[-1]} lost (last on disk {high})"
            assert high <= acked[-1] + 1, f"{where}: {high} on disk, last acknowledged {acked[-1]}"
            rows = dict(connection.execute("SELECT seq, payload FROM commits WHERE seq BETWEEN ? AND ?",
                                           (acked[0], acked[-1])).fetchall())
            missing = [seq for seq in acked if rows.get(seq) != payload(seq)]
            assert not missing, f"{where}: acknowledged commits missing or damaged: {missing[:10]}"
        return int(high or 0)
    finally:
        connection.close()


@pytest.mark.slow
def test_every_acknowledged_commit_survives_sigkill(tmp_path: Path, fork_server, crash_rng: random.Random) -> None:
    db_path = tmp_path / "lifeline.db"
    engine = create_database(db_path, KEY)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE commits (seq INTEGER PRIMARY KEY, payload BLOB NOT NULL)")
    dispose_engine(engine)

    server = fork_server(WORKER.format(db=str(db_path), key=KEY.hex()))
    on_disk = 0
    total_acks = 0
    beyond_last_ack = 0
    for round_no in range(1, KILLS + 1):
        result = server.run_round(crash_rng)
        assert result.acks, "each round waits for at least one acknowledged commit"
        assert result.acks == list(range(on_disk + 1, on_disk + 1 + len(result.acks))), (
            f"round {round_no}: the worker did not continue from what was on disk ({on_disk}): {result.acks[:5]}…")
        on_disk = check_after_kill(db_path, result.acks, round_no)
        total_acks += len(result.acks)
        beyond_last_ack += on_disk > result.acks[-1]
    # For the log (not asserted, the numbers depend on the machine's load): how much work the kills interrupted.
    print(f"{KILLS} kills, {total_acks} acknowledged commits, {beyond_last_ack} kills between a commit and its ack")

    connection = connect_raw(db_path, KEY)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT count(*) FROM commits").fetchone() == (on_disk,)
    finally:
        connection.close()
    assert not os.path.exists(str(db_path) + "-journal")  # WAL mode throughout: no rollback journal appeared
