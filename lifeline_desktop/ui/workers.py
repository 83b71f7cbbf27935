"""Run slow work (KDF, database, disk) off the GUI thread and hear back on the GUI thread.

The callable never touches widgets. Its result or its exception comes back through a relay QObject
that lives in the GUI thread, so the callbacks run there (queued connection).

All vault work goes through one worker thread, in order: the encrypted engine is only ever used from
that thread, and a lock can never overtake the unlock before it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from lifeline_desktop.domain.errors import LifelineError, VaultDamaged

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


def _owners(*callbacks: Callable[..., Any] | None) -> list[QObject]:
    """The QObjects whose bound methods are the callbacks: a result for a widget already gone is dropped."""
    return [owner for callback in callbacks if isinstance(owner := getattr(callback, "__self__", None), QObject)]


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Done | None, on_error: Failed | None, finish: Callable[[_Relay], None],
                 owner: QObject | None, damage_found: Callable[[VaultDamaged], None] | None = None) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._finish = finish
        self._damage_found = damage_found
        self._owners = [owner] if owner is not None else _owners(on_done, on_error)
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    def _owners_alive(self) -> bool:
        # A dialog closed while its work ran (e.g. settings closed during a backup) must not be touched.
        return all(shiboken6.isValid(owner) for owner in self._owners)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        try:
            if self._on_done is not None and self._owners_alive():
                self._on_done(result)
        finally:
            self._finish(self)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        try:
            if not self._owners_alive():
                log.info("Background task failed after its window closed: %s", type(error).__name__)
            elif self._on_error is not None:
                assert isinstance(error, BaseException)
                self._on_error(error)
            else:
                log.error("Background task failed with nobody listening", exc_info=error)  # type: ignore[arg-type]
        finally:
            if isinstance(error, VaultDamaged) and self._damage_found is not None:  # the window must know, always
                self._damage_found(error)
            self._finish(self)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # delivered to the GUI thread, shown as a sentence, never a traceback
            if not isinstance(error, LifelineError):
                log.exception("Background task failed")
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)
        finally:
            self._fn = _nothing  # drop references (a session, a key) held by the closure


def _nothing() -> None:
    return None


class Runner(QObject):
    """Runs callables on a private QThreadPool (one thread by default) and reports on the GUI thread."""

    busy_changed = Signal(bool)
    vault_damaged = Signal(object)  # a VaultDamaged from any task: the window locks and shows the damaged screen

    def __init__(self, max_threads: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pool.setExpiryTimeout(-1)  # keep the same thread: the engine is used from one thread only
        self._pending: set[_Relay] = set()

    def run(self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None,
            owner: QObject | None = None) -> None:
        """Run `fn` off the GUI thread; the callbacks run on the GUI thread, unless `owner` (by default the
        object the callbacks are bound methods of) has been deleted by then."""
        relay = _Relay(on_done, on_error, self._finished, owner, self.vault_damaged.emit)
        self._pending.add(relay)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(fn, relay))

    @property
    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Blocks: only for shutdown and tests (the results still arrive through the event loop)."""
        return self._pool.waitForDone(msecs)

    def _finished(self, relay: _Relay) -> None:
        self._pending.discard(relay)
        relay.deleteLater()
        if not self._pending:
            self.busy_changed.emit(False)


def user_message(error: BaseException) -> str:
    """What to tell the user about a failure: our own sentence, or a calm generic one (never a traceback)."""
    from PySide6.QtCore import QCoreApplication

    if isinstance(error, LifelineError):
        from lifeline_desktop.ui.common.text import sentence

        return sentence(error.args[0]) if error.args and isinstance(error.args[0], str) else str(error)
    return QCoreApplication.translate(
        "workers", "Something unexpected went wrong, and nothing was changed. Please try again."
    )
