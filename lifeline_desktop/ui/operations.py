"""One way to run a page's work off the GUI thread (after Anki's aqt/operations).

An operation is a callable that receives the open session, never a widget. It runs on the vault thread (the
Runner, in order), and its success, failure and progress come back on the GUI thread. A changing operation
says which features it changed; the app-wide ChangeBus tells every page already built, so each refreshes
itself (a plan added from Today shows in the Planner, an entry written from Today in the Journal).

    ops.query(lambda s: s.journal.tags(), self._got_tags)
    ops.change(lambda s: s.planner.add(plan), {PLANNER}, self._added)

A failure without a handler goes to the page's fallback (its message line); with no fallback either, it is
logged as an error. Nothing is dropped silently.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from lifeline_desktop.ui.workers import Failed, Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import Session

log = logging.getLogger(__name__)
T = TypeVar("T")

# The features a changing operation can announce (a page refreshes when one it shows is among them).
JOURNAL = "journal"
PLANNER = "planner"
CONVERSATIONS = "conversations"
CHECKINS = "checkins"
PROGRAMS = "programs"
PRIVATE_SPACE = "private_space"
PARTNERS = "partners"  # a partner's name or colour: every page is built again

Changes = frozenset[str]
Progress = Callable[[int, int], None]

_reporting = threading.local()


def report_progress(done: int, total: int) -> None:
    """Called from inside an operation: tells its progress callback (on the GUI thread) how far it got."""
    emit = getattr(_reporting, "emit", None)
    if emit is not None:
        emit(done, total)


class ChangeBus(QObject):
    """One per app: a changing operation's feature names, heard by every page already built."""

    changed = Signal(object, object)  # Changes, the object that asked for the change (or None)

    def announce(self, changes: Iterable[str], initiator: object = None) -> None:
        changed = frozenset(changes)
        if changed:
            self.changed.emit(changed, initiator)


class _OpenSession:
    def __init__(self, session: Session | None) -> None:
        self.session = session


class _ProgressRelay(QObject):
    progressed = Signal(int, int)


class Operations:
    """A page's door to its work: the open session, the vault thread, the change bus and a fallback for failures.

    Made by the home view, for the open session or (None) for the one being opened, given by `attach`; a page takes
    a copy with its own message line (`ops.failing_to(self.message.show_error)`). Before `attach` and after
    `release()` (lock) nothing is started.
    """

    def __init__(self, session: Session | _OpenSession | None, runner: Runner, bus: ChangeBus,
                 fallback: Failed | None = None) -> None:
        # Copies share one holder, so a lock stops them all.
        self._holder = session if isinstance(session, _OpenSession) else _OpenSession(session)
        self._runner = runner
        self.bus = bus
        self._fallback = fallback

    def failing_to(self, fallback: Failed) -> Operations:
        """The same operations, with failures nobody handles shown by `fallback` (a page's message line)."""
        return Operations(self._holder, self._runner, self.bus, fallback)

    @property
    def is_open(self) -> bool:
        return self._holder.session is not None

    def attach(self, session: Session) -> None:
        """The vault opened: every copy starts its work on `session`."""
        self._holder.session = session

    def release(self) -> None:
        """The vault locked: every copy stops starting work (work already queued still runs, in order)."""
        self._holder.session = None

    def query(self, work: Callable[[Session], T], success: Callable[[T], None] | None = None,
              failure: Failed | None = None, *, owner: QObject | None = None,
              progress: Progress | None = None) -> None:
        """Reads: `work(session)` off the GUI thread; `success(result)` or `failure(error)` on it."""
        self._start(work, frozenset(), success, failure, owner, progress)

    def change(self, work: Callable[[Session], T], changes: Iterable[str],
               success: Callable[[T], None] | None = None, failure: Failed | None = None, *,
               owner: QObject | None = None, progress: Progress | None = None) -> None:
        """Writes: like query, and once it succeeded every built page showing one of `changes` refreshes."""
        self._start(work, frozenset(changes), success, failure, owner, progress)

    def _start(self, work: Callable[[Session], Any], changes: Changes, success: Callable[[Any], None] | None,
               failure: Failed | None, owner: QObject | None, progress: Progress | None) -> None:
        session = self._holder.session
        if session is None:
            log.info("An operation was asked for after the vault locked; nothing was started")
            return
        relay = _ProgressRelay()
        if progress is not None:
            relay.progressed.connect(progress)

        def run() -> Any:
            _reporting.emit = relay.progressed.emit
            try:
                return work(session)
            finally:
                _reporting.emit = None

        owner = owner if owner is not None else _owner_of(success, failure)

        def succeeded(result: Any) -> None:
            relay.deleteLater()
            if changes:  # announced even when the asking widget has closed meanwhile
                self.bus.announce(changes, owner)
            if success is not None and _alive(owner):
                success(result)

        def failed(error: BaseException) -> None:
            relay.deleteLater()
            handler = failure or self._fallback
            if not _alive(owner):
                log.info("An operation failed after its window closed: %s", type(error).__name__)
            elif handler is None:
                log.error("An operation failed with nobody to tell", exc_info=error)
            else:
                handler(error)

        self._runner.run(run, succeeded, failed)


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


def _owner_of(*callbacks: Callable[..., Any] | None) -> QObject | None:
    """The widget whose bound method is a callback: its answer is dropped if that widget is gone by then."""
    for callback in callbacks:
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject):
            return owner
    return None
