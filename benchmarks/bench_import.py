"""Journal import speed: 20,000 entries from jrnl, Day One and a Markdown folder, into the shared journal and into
a private space, on real encrypted vaults (fast key derivation). Prints entries per second, read and write apart.

Run:  .venv/bin/python benchmarks/bench_import.py [count]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lifeline_desktop.domain.clock import ManualClock  # noqa: E402
from lifeline_desktop.domain.vocabulary import ImportDestination, ImportFormat  # noqa: E402
from lifeline_desktop.services.session import VaultGate  # noqa: E402
from lifeline_desktop.vault.kdf import KdfPolicy  # noqa: E402
from lifeline_desktop.vault.remembered_key import RememberedKeys  # noqa: E402
from tests.support.import_corpus import write_day_one_export, write_jrnl_export, write_markdown_folder  # noqa: E402
from tests.support.vaults import MEI, ROSA  # noqa: E402

MAKERS = ((ImportFormat.JRNL, write_jrnl_export, "big.json"), (ImportFormat.DAY_ONE, write_day_one_export, "big.zip"),
          (ImportFormat.MARKDOWN, write_markdown_folder, "markdown"))


def main(count: int) -> None:
    import logging

    logging.disable(logging.WARNING)  # the slow-call warnings are for the GUI thread; this is not one
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for source, maker, name in MAKERS:
            export = maker(root / name, count)
            for destination in ImportDestination:
                gate = VaultGate(root / f"vault-{source}-{destination}", ManualClock(),
                                 RememberedKeys(disabled_reason="benchmark"), KdfPolicy.fast_for_tests())
                session, _key = gate.create(ROSA, MEI)
                try:
                    started = time.perf_counter()
                    batch = session.imports.read(source, export)
                    read = time.perf_counter()
                    session.imports.write(batch, destination)
                    done = time.perf_counter()
                finally:
                    session.lock()
                print(f"{source:9} → {destination:8} read {read - started:5.1f} s, write {done - read:5.1f} s: "
                      f"{count / (done - started):6.0f} entries/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
