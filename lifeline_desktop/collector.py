"""Python's cyclic garbage collector, kept off the modules Lifeline loads for the life of the process.

Loading the services creates about 70,000 objects (SQLAlchemy, the store's models, every feature's code) that live
until the process ends. While they load, the collector walks the growing heap again and again and frees nothing
(about 100 ms of the services' import on a 2-core machine); afterwards every full collection walks them once more,
and the last one, as the process ends, takes about 200 ms.

`loading_for_life()` pauses the collector while such modules load. When the first block ends, every object alive
moves into the permanent generation (`gc.freeze()`), which the collector never walks again; later blocks (another
vault opened in the same process finds the services loaded) only pause it. The collector is back as it was when the
outermost block ends, even if the load fails. The price: a cycle alive at that moment that later becomes garbage
is never freed. On the unlock screen, where the services load, that is a few widgets at most.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["loading_for_life"]


class _Pause:
    """Counts the blocks under way in any thread, so the collector restarts only when the last one ends."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._was_enabled = False
        self._frozen = False

    def enter(self) -> None:
        with self._lock:
            if self._depth == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._depth += 1

    def leave(self) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0:
                if not self._frozen:
                    gc.freeze()
                    self._frozen = True
                if self._was_enabled:
                    gc.enable()


_pause = _Pause()


@contextmanager
def loading_for_life() -> Iterator[None]:
    """Import, inside the block, modules that stay loaded until the process ends."""
    _pause.enter()
    try:
        yield
    finally:
        _pause.leave()
