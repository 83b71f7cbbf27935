"""A small AT-SPI client over D-Bus (jeepney), to read and drive the app the way a screen reader does.

It speaks the accessibility bus's own protocol: ask the session bus's org.a11y.Bus for the accessibility bus, ask
the registry there for the running applications, then walk each one's org.a11y.atspi.Accessible tree. Controls are
driven only through AT-SPI interfaces (Action.DoAction, EditableText.SetTextContents), never through Qt.

jeepney rather than pyatspi: jeepney is pure Python and already in the project's venv (the keyring's Secret Service
backend uses it), so the reader runs inside pytest itself; pyatspi needs the system Python's PyGObject and
GObject-introspection typelibs, which the venv cannot import.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from jeepney import DBusAddress, HeaderFields, Message, MessageType, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
ACTION = "org.a11y.atspi.Action"
EDITABLE_TEXT = "org.a11y.atspi.EditableText"
TEXT = "org.a11y.atspi.Text"
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
CALL_TIMEOUT = 10.0
READ_ATTEMPTS = 5

# The AT-SPI state bits this client reads (AtspiStateType, at-spi2-core's atspi-constants.h).
STATE_BITS = {"checked": 4, "editable": 7, "enabled": 8, "focusable": 11, "focused": 12, "selected": 23,
              "sensitive": 24, "showing": 25, "visible": 30}

T = TypeVar("T")


def _states(words: Sequence[int]) -> frozenset[str]:
    bits = sum(int(word) << (32 * i) for i, word in enumerate(words))
    return frozenset(name for name, bit in STATE_BITS.items() if bits >> bit & 1)


@dataclass(frozen=True)
class Call:
    bus_name: str
    path: str
    interface: str
    method: str
    signature: str | None = None
    body: tuple[Any, ...] = ()


class AtspiError(AssertionError):
    """The tree did not show what was expected in time, or a control refused an action."""


class TreeChanged(AtspiError):
    """An object went away between two calls of one read."""


@dataclass(frozen=True)
class Node:
    """One accessible object as read at one moment: where it lives on the bus, and what a screen reader hears."""

    bus_name: str
    path: str
    role: str
    name: str
    states: frozenset[str]
    interfaces: frozenset[str]
    depth: int = 0
    children: tuple[Node, ...] = field(default=(), repr=False)

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def find_all(self, role: str, name: str | None = None) -> list[Node]:
        return [n for n in self.walk() if n.role == role and (name is None or n.name == name)]

    def describe(self) -> str:
        return f"{self.role} {self.name!r} at {self.path}"


class AtspiClient:
    """A connection to the accessibility bus, reading trees and pressing, toggling and typing through it."""

    def __init__(self, connection: DBusConnection) -> None:
        self._conn = connection

    @classmethod
    def connect(cls, session_bus_address: str) -> AtspiClient:
        with open_dbus_connection(session_bus_address) as session:
            bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
            address = session.send_and_get_reply(new_method_call(bus, "GetAddress"), timeout=30).body[0]
        return cls(open_dbus_connection(address))

    def close(self) -> None:
        self._conn.close()

    # -- raw calls ---------------------------------------------------------------------------------------------------

    def _call(self, bus_name: str, path: str, interface: str, method: str, signature: str | None = None,
              body: tuple[Any, ...] = ()) -> tuple[Any, ...]:
        return self._batch([Call(bus_name, path, interface, method, signature, body)])[0]

    def _property(self, bus_name: str, path: str, interface: str, name: str) -> Any:
        return self._call(bus_name, path, "org.freedesktop.DBus.Properties", "Get", "ss", (interface, name))[0][1]

    def _batch(self, calls: Sequence[Call]) -> list[tuple[Any, ...]]:
        """Sends every call before reading any reply: a whole level of the tree costs one round trip, not hundreds
        (the app answers in order, and a loaded CI machine makes each round trip slow)."""
        serials = []
        for call in calls:
            address = DBusAddress(call.path, bus_name=call.bus_name, interface=call.interface)
            serial = next(self._conn.outgoing_serial)
            self._conn.send(new_method_call(address, call.method, call.signature, call.body), serial=serial)
            serials.append(serial)
        replies: dict[int, Message] = {}
        deadline = time.monotonic() + CALL_TIMEOUT
        while len(replies) < len(serials):
            message = self._conn.receive(timeout=max(0.0, deadline - time.monotonic()))
            reply_to = message.header.fields.get(HeaderFields.reply_serial)
            if reply_to is not None:
                replies[reply_to] = message
        results = []
        for call, serial in zip(calls, serials, strict=True):
            reply = replies[serial]
            if reply.header.message_type is MessageType.error:
                # Gone between two calls: the bus says "No such object", or Qt's bridge, when the widget behind a
                # path was deleted (a dialog closing), says the path has no Accessible interface any more.
                if "No such object" in str(reply.body) or f"Interface {ACCESSIBLE} was not found" in str(reply.body):
                    raise TreeChanged(f"{call.path} went away while it was read")
                raise AtspiError(f"{call.interface}.{call.method} on {call.path} failed: {reply.body}")
            results.append(tuple(reply.body))
        return results

    # -- reading -----------------------------------------------------------------------------------------------------

    def applications(self) -> list[tuple[str, str]]:
        return list(self._call(*REGISTRY, ACCESSIBLE, "GetChildren")[0])

    def application_named(self, name: str) -> tuple[str, str] | None:
        for bus_name, path in self.applications():
            if self._property(bus_name, path, ACCESSIBLE, "Name") == name:
                return bus_name, path
        return None

    def read(self, bus_name: str, path: str) -> Node:
        """The tree under `path` as it is now. What is not showing on screen (a hidden page, a closed tab) is read,
        but not its children: a screen reader does not meet them."""
        for _attempt in range(READ_ATTEMPTS - 1):
            with contextlib.suppress(TreeChanged):  # a window closed or a page was rebuilt mid-read: read again
                return self._read_level([(bus_name, path)], 0)[0]
        return self._read_level([(bus_name, path)], 0)[0]

    def _read_level(self, refs: Sequence[tuple[str, str]], depth: int) -> list[Node]:
        if not refs:
            return []
        asks = [Call(b, p, ACCESSIBLE, ask) for b, p in refs for ask in ("GetRoleName", "GetState", "GetInterfaces")]
        asks += [Call(b, p, "org.freedesktop.DBus.Properties", "Get", "ss", (ACCESSIBLE, "Name")) for b, p in refs]
        answers = iter(self._batch(asks))
        facts = [(next(answers)[0], _states(next(answers)[0]), frozenset(next(answers)[0])) for _ in refs]
        names = [str(next(answers)[0][1]) for _ in refs]
        opened = [i for i, (_role, states, _ifaces) in enumerate(facts) if "showing" in states or depth < 2]
        child_refs = dict(zip(opened, self._batch([Call(*refs[i], ACCESSIBLE, "GetChildren") for i in opened]),
                              strict=True))
        grandchildren = iter(self._read_level([ref for i in opened for ref in child_refs[i][0]], depth + 1))
        nodes = []
        for i, ((bus_name, path), (role, states, interfaces), name) in enumerate(zip(refs, facts, names, strict=True)):
            children = tuple(next(grandchildren) for _ in child_refs.get(i, ((),))[0])
            nodes.append(Node(bus_name, path, role, name, states, interfaces, depth, children))
        return nodes

    def text(self, node: Node) -> str:
        count = self._property(node.bus_name, node.path, TEXT, "CharacterCount")
        return str(self._call(node.bus_name, node.path, TEXT, "GetText", "ii", (0, count))[0])

    # -- acting ------------------------------------------------------------------------------------------------------

    def actions(self, node: Node) -> list[str]:
        return [name for name, _description, _keys in self._call(node.bus_name, node.path, ACTION, "GetActions")[0]]

    def act(self, node: Node, action: str) -> None:
        """Runs the named action ("Press", "Toggle", "SetFocus"...) through the Action interface."""
        names = self.actions(node)
        if action not in names:
            raise AtspiError(f"{node.describe()} offers no {action!r} action (it offers {names})")
        done = self._call(node.bus_name, node.path, ACTION, "DoAction", "i", (names.index(action),))[0]
        if not done:
            raise AtspiError(f"{node.describe()} refused {action!r}")

    def set_text(self, node: Node, text: str) -> None:
        """Replaces the field's text through the EditableText interface."""
        if EDITABLE_TEXT not in node.interfaces:
            raise AtspiError(f"{node.describe()} is not editable text")
        if not self._call(node.bus_name, node.path, EDITABLE_TEXT, "SetTextContents", "s", (text,))[0]:
            raise AtspiError(f"{node.describe()} refused the text")


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 30.0) -> T:
    """Polls `probe` until it returns something (the app runs in another process: there is no signal to wait on).

    It returns as soon as the state is there; the timeout only bounds a failure."""
    deadline = time.monotonic() + timeout
    while True:
        found = probe()
        if found is not None:
            return found
        if time.monotonic() > deadline:
            raise AtspiError(f"gave up after {timeout:.0f} s waiting for {what}")
        time.sleep(0.1)
