"""A program's prompt steps for this couple: the prompts the program names (which deepen as its weeks go on,
tests/integration/content checks that), except where one touches a topic the couple chose to leave out. Such a step
takes another prompt of the same practice at the same depth (or, when none is left, the nearest lighter one), the
same for both partners and every day, so the program keeps deepening without ever showing a left-out topic.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from lifeline_desktop.content.prompts import Prompt
from lifeline_desktop.domain.vocabulary import Depth, Topic

_LIGHTER_FIRST = (Depth.DEEPEST, Depth.DEEPER, Depth.LIGHT)


def _pick(step_id: str, pool: list[str]) -> str:
    digest = hashlib.sha256(step_id.encode("utf-8")).digest()
    return sorted(pool)[int.from_bytes(digest[:8], "big") % len(pool)]


def prompt_for_step(step_id: str, ref: str, prompts: dict[str, Prompt], left_out: Iterable[Topic]) -> str:
    """The prompt id to show for a program's prompt step (`ref` itself unless it touches a left-out topic)."""
    skipped = set(left_out)
    named = prompts.get(ref)
    if named is None or not set(named.topics) & skipped:
        return ref
    allowed = [p for p in prompts.values() if not set(p.topics) & skipped]
    depths = _LIGHTER_FIRST[_LIGHTER_FIRST.index(named.depth):]
    for same_practice in (True, False):
        for depth in depths:
            pool = [p.id for p in allowed if p.depth is depth and (p.practice is named.practice or not same_practice)]
            if pool:
                return _pick(step_id, pool)
    return ref  # every prompt touches a left-out topic: nothing better to offer (content has untagged prompts)
