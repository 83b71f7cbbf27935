"""Memory and time of loading every piece of built-in content, in a fresh process (issue 16).

Prints RSS before and after loading (from /proc/self/status), the time it took, and whether pydantic was imported.
Run it from the checkout to measure: `.venv/bin/python benchmarks/bench_content_memory.py`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    before = rss_mib()
    started = time.perf_counter()
    from lifeline_desktop.content.cards import builtin_getting_to_know, builtin_this_or_that
    from lifeline_desktop.content.checkup import builtin_questions, builtin_safety_help
    from lifeline_desktop.content.guide_rules import builtin_guide_rules
    from lifeline_desktop.content.ideas import builtin_ideas
    from lifeline_desktop.content.programs import builtin_programs
    from lifeline_desktop.content.prompts import builtin_prompts
    from lifeline_desktop.content.scripts import builtin_library
    from lifeline_desktop.content.sources import builtin_sources

    for load in (builtin_getting_to_know, builtin_this_or_that, builtin_questions, builtin_safety_help,
                 builtin_guide_rules, builtin_ideas, builtin_programs, builtin_prompts, builtin_library,
                 builtin_sources):
        load()
    elapsed = time.perf_counter() - started
    print(f"RSS before {before:.1f} MiB, after loading all content {rss_mib():.1f} MiB "
          f"(+{rss_mib() - before:.1f}); {elapsed * 1000:.0f} ms; pydantic imported: {'pydantic' in sys.modules}")


if __name__ == "__main__":
    main()
