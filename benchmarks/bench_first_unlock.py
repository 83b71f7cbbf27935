"""The first unlock of the day at a large vault, split: KDF, full integrity check, daily backup, the rest.

Run:  .venv/bin/python benchmarks/bench_first_unlock.py [--entries 50000] [--repeat 3]
"Until home" is what the user waits for before the home screen (KDF included); "background" is the upkeep that runs
after it, off the GUI thread (check and backup), when the vault defers it. Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from journal_corpus import PASSPHRASES, make_gate

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.vault import opening
from lifeline_desktop.store.backups import BackupStore
from lifeline_desktop.vault.kdf import KdfPolicy, calibrate, derive_key

B = PartnerSlot.B


class Stopwatch:
    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def wrap(self, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.spent[label] = self.spent.get(label, 0.0) + time.perf_counter() - began
        return timed


def first_unlock(folder: Path, days_later: int) -> dict[str, float]:
    """One first unlock of a new day (as partner B), then the upkeep it left for the background, if any."""
    watch = Stopwatch()
    upkeep_module: Any = sys.modules.get("lifeline_desktop.services.vault.upkeep")  # absent before issue 12
    originals = (opening.check_integrity, BackupStore.daily_backup_if_due,
                 upkeep_module.run_integrity_checks if upkeep_module else None)
    opening.check_integrity = watch.wrap("check", originals[0])  # type: ignore[assignment]
    BackupStore.daily_backup_if_due = watch.wrap("backup", originals[1])  # type: ignore[method-assign]
    if upkeep_module is not None:
        upkeep_module.run_integrity_checks = watch.wrap("check", originals[2])
    try:
        gate = make_gate(folder)
        gate._clock.advance(timedelta(days=days_later))  # a new day: the full check and the daily backup are due
        began = time.perf_counter()
        session = gate.unlock(B, PASSPHRASES[B])
        until_home = time.perf_counter() - began
        before_home = dict(watch.spent)
        background = 0.0
        upkeep = getattr(session, "upkeep", None)
        if upkeep is not None and upkeep.pending:
            began = time.perf_counter()
            upkeep.run()
            background = time.perf_counter() - began
        session.lock()
    finally:
        opening.check_integrity, BackupStore.daily_backup_if_due = originals[:2]  # type: ignore[method-assign]
        if upkeep_module is not None:
            upkeep_module.run_integrity_checks = originals[2]
    fast_kdf = _fast_kdf_seconds()
    check, backup = before_home.get("check", 0.0), before_home.get("backup", 0.0)
    return {"until home (fast KDF)": until_home, "fast KDF": fast_kdf, "check before home": check,
            "backup before home": backup, "rest before home": until_home - fast_kdf - check - backup,
            "background (check + backup)": background,
            "check in background": watch.spent.get("check", 0.0) - check,
            "backup in background": watch.spent.get("backup", 0.0) - backup}


def _fast_kdf_seconds() -> float:
    began = time.perf_counter()
    derive_key(PASSPHRASES[B], KdfPolicy.fast_for_tests().params_for_new_slot())
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    params = calibrate()
    began = time.perf_counter()
    derive_key("a passphrase of ordinary length", params)
    kdf = time.perf_counter() - began
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        bench_journal = Path(__file__).with_name("bench_journal.py")
        subprocess.run([sys.executable, str(bench_journal), "--build", str(folder), "--entries", str(args.entries)],
                       check=True)
        size_mib = (folder / "lifeline.db").stat().st_size / 2**20
        runs = [first_unlock(folder, day + 1) for day in range(args.repeat)]
    print(f"{args.entries:,} entries, lifeline.db {size_mib:.0f} MiB; calibrated KDF "
          f"({params.memory_kib // 1024} MiB, t={params.iterations}) {kdf * 1000:.0f} ms")
    for label in runs[0]:
        print(f"  {label:32} {statistics.median(r[label] for r in runs) * 1000:8.0f} ms (median of {len(runs)})")
    home = statistics.median(r["until home (fast KDF)"] - r["fast KDF"] for r in runs)
    print(f"  {'home screen after KDF':32} {home * 1000:8.0f} ms  -> first unlock of the day ~ KDF + this")


if __name__ == "__main__":
    main()
