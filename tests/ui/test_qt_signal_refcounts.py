"""Guards against a Qt binding that mishandles references when a signal is emitted.

PySide6 6.12.0 dropped a reference to True on every `emit()`; after a few thousand emits (an hour of use) Python
aborts with "deallocating True". This fails at once on such a version instead of an hour into a real session.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    with_object = Signal(object)
    with_bool = Signal(bool)
    plain = Signal()


def test_emitting_signals_keeps_reference_counts_of_true_false_and_none(qtbot):
    emitter = _Emitter()
    received: list[object] = []
    emitter.with_object.connect(received.append)
    emitter.with_bool.connect(received.append)
    emitter.plain.connect(lambda: received.append("plain"))
    before = [sys.getrefcount(value) for value in (True, False, None)]
    for _ in range(200):
        emitter.with_object.emit(None)
        emitter.with_bool.emit(False)
        emitter.plain.emit()
    received.clear()
    after = [sys.getrefcount(value) for value in (True, False, None)]
    assert [b - a for a, b in zip(before, after, strict=True)] == [0, 0, 0]
