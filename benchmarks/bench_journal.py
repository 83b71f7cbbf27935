"""Journal speed on a big vault: the list's first page, searches (rare and common word, top 50), opening, saving.

    .venv/bin/python benchmarks/bench_journal.py                  # 5,000 and 50,000 entries
    .venv/bin/python benchmarks/bench_journal.py --sizes 5000     # a quick look

For each size, a fresh vault in a temporary folder (real SQLCipher, fast test KDF) is filled with the generated
journal of journal_corpus.py (ten years, both partners, tags, replies, a few private entries), in a process of its
own. A second, fresh process then unlocks it as partner B and times what the Journal page does, through the same
service calls the page's model makes; its peak memory (max RSS) is the figure reported, so the filling does not
count. Each time is the median of several runs (warm: the vault has been read once). Goals from issue 4: first page
<= 50 ms, search <= 20 ms (rare) and <= 60 ms (common), save <= 10 ms, memory <= 150 MiB.

The "all ids, then 50 rows" lines run what the list did before it paged in SQL (every matching id, then the first
50 rows), for comparison. Not part of the tests; nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from journal_corpus import COMMON, END, PASSPHRASES, RARE, WORDS, build_vault, make_gate

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.journal.service import JournalFilter

PASTED = " ".join(WORDS[n % len(WORDS)] + str(n % 97) for n in range(10_000))  # bad input: a whole pasted text
HUGE = ("a very long entry about the garden and the river " * 20_000)[:1_000_000]
GOALS = {"first page": 50, "search rare word, top 50": 20, "search common word, top 50": 60, "save an entry": 10,
         "pasted 10,000 words: page": 100, "pasted 10,000 words: count": 100}


def _median_ms(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    fn()  # warm: the first read after unlock pulls pages into SQLCipher's cache
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples), max(samples)


def measure(folder: Path, repeat: int) -> dict[str, object]:
    """Runs in a fresh process: unlock as B, time each step, report peak memory."""
    logging.disable(logging.WARNING)  # the slow-call warnings are for the GUI thread; this is not one
    rss_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    session = make_gate(folder).unlock(PartnerSlot.B, PASSPHRASES[PartnerSlot.B])
    journal = session.journal
    figures: dict[str, tuple[float, float]] = {}
    first = journal.page()
    assert len(first.entries) == 50 and first.next is not None
    rare = journal.page(JournalFilter(text=RARE)).entries
    assert sorted(s.title.split()[0] for s in rare) == ["B", "Entry"]  # B's private one and the shared one, not A's
    last_year = JournalFilter(author=PartnerSlot.A, since=(END - timedelta(days=365)).date())
    some_id = first.entries[10].id
    steps: list[tuple[str, Callable[[], object]]] = [
        ("first page", journal.page),
        ("next page (scrolling)", lambda: journal.page(after=first.next)),
        ("count (shown when ready)", journal.count),
        ("search rare word, top 50", lambda: journal.page(JournalFilter(text=RARE))),
        ("search common word, top 50", lambda: journal.page(JournalFilter(text=COMMON))),
        ("search two common words, top 50", lambda: journal.page(JournalFilter(text=f"{COMMON} river"))),
        ("search the start of a word ('gar'), top 50", lambda: journal.page(JournalFilter(text=COMMON[:3]))),
        ("search one letter, top 50", lambda: journal.page(JournalFilter(text=COMMON[:1]))),
        ("search Japanese text (none there), top 50", lambda: journal.page(JournalFilter(text="海の日"))),
        ("search a pasted 10,000-word text", lambda: journal.page(JournalFilter(text=PASTED))),
        ("count of the common word (apart)", lambda: journal.count(JournalFilter(text=COMMON))),
        ("filter: author + last year, page", lambda: journal.page(last_year)),
        ("open an entry", lambda: journal.entry(some_id)),
        ("save an entry", lambda: journal.add_entry("benchmark", "a new entry about the garden " * 40)),
        ("save a 1,000,000-character entry", lambda: journal.add_entry("pasted", HUGE)),
        ("save a private entry", lambda: journal.add_entry("benchmark", "mine alone " * 40, private=True)),
    ]
    for label, fn in steps:
        figures[label] = _median_ms(fn, repeat)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # Issue 12, item 5: a pasted 10,000-word query against a vault that also holds one long entry (20,000 words).
    journal.add_entry("one long entry", " ".join(f"word{n}" for n in range(20_000)))
    pasted = JournalFilter(text=" ".join(f"word{n}" for n in range(10_000)))
    for label, fn in (("pasted 10,000 words: page", lambda: journal.page(pasted)),
                      ("pasted 10,000 words: count", lambda: journal.count(pasted)),
                      ("pasted 10,000 words: search()", lambda: journal.search(pasted.text))):
        figures[label] = _median_ms(fn, max(2, repeat // 2))

    def old_way(text: str = "") -> None:
        journal.summaries(journal.entry_ids(JournalFilter(text=text))[:50], text)

    for label, text in (("all ids, then 50 rows: first page", ""), ("all ids, then 50 rows: rare word", RARE),
                        ("all ids, then 50 rows: common word", COMMON)):
        figures[label] = _median_ms(lambda text=text: old_way(text), max(2, repeat // 2))
    session.lock()
    return {"figures": figures, "peak_mib": peak, "start_mib": rss_start}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="5000,50000")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--entries", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        logging.disable(logging.WARNING)
        build_vault(args.build, args.entries)
        return
    if args.measure:
        print(json.dumps(measure(args.measure, args.repeat)))
        return
    results = {}
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "vault"
            began = time.perf_counter()
            subprocess.run([sys.executable, __file__, "--build", str(folder), "--entries", str(size)], check=True)
            print(f"{size:,} entries written in {time.perf_counter() - began:.1f} s", flush=True)
            out = subprocess.run([sys.executable, __file__, "--measure", str(folder), "--repeat", str(args.repeat)],
                                 check=True, capture_output=True, text=True).stdout
            results[size] = json.loads(out.strip().splitlines()[-1])
    sizes = list(results)
    print()
    print(f"{'':40}" + "".join(f"{f'{s:,} entries':>22}" for s in sizes) + f"{'goal':>10}")
    labels = list(results[sizes[0]]["figures"])
    for label in labels:
        cells = "".join(f"{results[s]['figures'][label][0]:10.1f} ms (max {results[s]['figures'][label][1]:5.1f})"
                        for s in sizes)
        goal = f"<= {GOALS[label]} ms" if label in GOALS else ""
        print(f"{label:40}{cells}{goal:>10}")
    print(f"{'peak memory (max RSS, reading)':40}" + "".join(f"{results[s]['peak_mib']:14.1f} MiB      " for s in sizes)
          + f"{'<= 150 MiB':>10}")
    print("\nMedians over warm runs; each size measured in a fresh process that only unlocks and reads (and saves).")


if __name__ == "__main__":
    main()
