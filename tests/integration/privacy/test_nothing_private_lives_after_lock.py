"""After a lock, no private text opened in that session is left anywhere in the process's live objects.

One JournalService per open vault, and the session drops its cache of opened private text at lock; a second service
with its own cache (as the planner once kept) would leave the text behind, and this test would find it.
"""

from __future__ import annotations

import gc
import os

from lifeline_desktop.domain.partners import PartnerSlot

# Kept as bytes: a str marker in this module would itself be a live string holding the text.
MARKER = b"QUIET-ORCHARD-" + os.urandom(6).hex().encode()


def _live_strings_holding(marker: bytes) -> int:
    """Walks everything reachable from the objects the collector tracks, untracked dicts and tuples included
    (CPython stops tracking a dict that holds only strings, so a cache like that is only found by walking)."""
    gc.collect()
    seen: set[int] = set()
    found = 0
    pending = gc.get_objects()
    while pending:
        item = pending.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, str):
            found += marker in item.encode("utf-8", "surrogatepass")
        elif not isinstance(item, (bytes, int, float, type(None))):
            pending.extend(gc.get_referents(item))
    return found


def _write_and_read_a_private_entry(couple) -> None:
    with couple.as_(PartnerSlot.A) as rosa:
        entry_id = rosa.journal.add_entry("Mine", "only for me: " + MARKER.decode(), private=True)
        assert MARKER.decode() in rosa.journal.entry(entry_id).body
        rosa.planner.ideas()  # every section built, as the window does
        rosa.today.today()


def test_no_private_text_survives_a_lock(couple):
    _write_and_read_a_private_entry(couple)
    assert _live_strings_holding(MARKER) == 0


def test_the_scan_finds_text_that_is_still_held(couple):
    """The scan can fail: text kept in a live object is found."""
    couple.left_behind = {"kept": "only for me: " + MARKER.decode()}  # reachable, as a forgotten cache would be
    assert _live_strings_holding(MARKER) >= 1
