"""Planner speed: a vault with 5,000 plans and ten years of weekly repeating plans.

Run: .venv/bin/python benchmarks/bench_planner.py   (goal: each ≤ 30 ms)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.services.planner.service import IdeaFilter
from lifeline_desktop.services.planner.views import PlanDraft
from lifeline_desktop.services.session import VaultGate
from lifeline_desktop.services.vault.views import PartnerSetup
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys


def timed(label: str, fn: object, runs: int = 15) -> None:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append((time.perf_counter() - began) * 1000)
    print(f"{label:40s} median {statistics.median(samples):7.1f} ms   max {max(samples):7.1f} ms")


def main() -> None:
    now = datetime(2026, 6, 15, 9, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as folder:
        gate = VaultGate(Path(folder), ManualClock(now), RememberedKeys(disabled_reason="bench"),
                         KdfPolicy.fast_for_tests())
        session, _ = gate.create(PartnerSetup("A", "passphrase one", "#c8553d"),
                                 PartnerSetup("B", "passphrase two", "#3d7a8a"))
        planner = session.planner
        start = datetime(2021, 1, 1, 18, 0)
        drafts = [(PlanDraft(f"Plan {n}", start + timedelta(hours=9 * n), "Europe/Berlin", 60), {})
                  for n in range(5000)]
        drafts += [(PlanDraft(f"Weekly {n}", datetime(2016, 6, 1 + n % 28, 19, 0), "Europe/Berlin", 90,
                              recurrence_rule="FREQ=WEEKLY"), {}) for n in range(20)]
        planner.add_plans(drafts)
        month = (datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 7, 1, tzinfo=UTC))
        timed("month (5,000 plans + 20 weekly x 10 y)", lambda: planner.occurrences(*month))
        timed("agenda, next 30 days", lambda: planner.agenda(30))
        timed("idea library, filtered", lambda: planner.ideas(IdeaFilter(place="home", no_screens=True,
                                                                          text="together")))
        session.lock()


if __name__ == "__main__":
    main()
