"""Shared test setup for the whole suite.

What every test gets, without asking:

- ``QT_QPA_PLATFORM=offscreen`` (set with setdefault before anything imports Qt), so no display is needed.
- No network. From the start of the session, a connect (or sendto, or a name lookup) to anything but a Unix socket
  raises :class:`NetworkBlocked`; Unix sockets stay open for D-Bus. Every attempt is also recorded, and a test that
  made one fails at teardown even if the code under test swallowed the error. A test that provokes attempts on
  purpose asks for the ``network_guard`` fixture, which exempts it.
- An in-memory keyring (``keyring.set_keyring``), fresh for each test, so nothing reaches the real OS keyring.
  Tests marked ``secret_service`` get the real Secret Service backend instead. Ask for ``memory_keyring`` to see
  what was stored.
- A private temporary folder. ``TMPDIR``, ``SQLITE_TMPDIR`` and Python's ``tempfile.tempdir`` point at a fresh
  ``lifeline-tests-tmp-*`` folder for the whole session (set when this file is imported, before SQLite starts),
  so whatever Qt, SQLite(Cipher) or Python put in "the temp folder" lands there, where a privacy scan can read it:
  use the ``process_tmpdir`` fixture (or ``tempfile.gettempdir()``). It is removed when the session ends.

Fixtures to ask for: ``tmp_config`` (an AppConfig inside tmp_path), ``clock`` (a ManualClock),
``memory_keyring``, ``network_guard``, ``process_tmpdir``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ipaddress
import shutil
import socket
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import keyring
import keyring.backend
import keyring.errors
import pytest

from lifeline_desktop.config import AppConfig
from lifeline_desktop.domain.clock import ManualClock
from tests.support.keyrings import MemoryKeyring

# ---------------------------------------------------------------------------------------------------------------------
# No network


class NetworkBlocked(RuntimeError):
    """Raised for any attempt to reach a non-Unix address during the tests.

    A RuntimeError rather than an OSError on purpose: code that quietly handles OSError must not turn a privacy
    breach into a passing test.
    """


_LOCAL_NAMES = {None, "", "localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


@dataclass
class NetworkGuard:
    blocked_error: ClassVar[type[NetworkBlocked]] = NetworkBlocked
    attempts: list[str] = field(default_factory=list)
    installed: bool = False
    _originals: dict[str, Any] = field(default_factory=dict)

    def record(self, what: str) -> NetworkBlocked:
        self.attempts.append(what)
        return NetworkBlocked(f"network access is blocked during the tests: {what}")

    def install(self) -> None:
        if self.installed:
            return
        guard = self
        cls = socket.socket
        originals = {
            "connect": cls.connect,
            "connect_ex": cls.connect_ex,
            "sendto": cls.sendto,
            "sendmsg": cls.sendmsg,
            "create_connection": socket.create_connection,
            "getaddrinfo": socket.getaddrinfo,
            "gethostbyname": socket.gethostbyname,
            "gethostbyname_ex": socket.gethostbyname_ex,
        }
        self._originals = originals

        def _is_unix(sock: socket.socket) -> bool:
            return sock.family == getattr(socket, "AF_UNIX", object())

        def connect(sock: socket.socket, address: Any) -> None:
            if not _is_unix(sock):
                raise guard.record(f"connect({address!r})")
            originals["connect"](sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            if not _is_unix(sock):
                raise guard.record(f"connect_ex({address!r})")
            result: int = originals["connect_ex"](sock, address)
            return result

        def sendto(sock: socket.socket, data: Any, *args: Any) -> int:
            if not _is_unix(sock):
                raise guard.record(f"sendto({args[-1]!r})")
            result: int = originals["sendto"](sock, data, *args)
            return result

        def sendmsg(sock: socket.socket, buffers: Any, *args: Any) -> int:
            if not _is_unix(sock) and len(args) >= 3 and args[2] is not None:
                raise guard.record(f"sendmsg({args[2]!r})")
            result: int = originals["sendmsg"](sock, buffers, *args)
            return result

        def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
            raise guard.record(f"create_connection({address!r})")

        def _check_name(host: Any, what: str) -> None:
            if isinstance(host, bytes):
                host = host.decode("ascii", "replace")
            if host in _LOCAL_NAMES:
                return
            try:
                ipaddress.ip_address(str(host).split("%", 1)[0])
            except ValueError:
                raise guard.record(f"{what}({host!r}) (a name lookup)") from None

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            _check_name(host, "getaddrinfo")
            return originals["getaddrinfo"](host, *args, **kwargs)

        def gethostbyname(host: str) -> str:
            _check_name(host, "gethostbyname")
            result: str = originals["gethostbyname"](host)
            return result

        def gethostbyname_ex(host: str) -> Any:
            _check_name(host, "gethostbyname_ex")
            return originals["gethostbyname_ex"](host)

        cls.connect = connect  # type: ignore[method-assign,assignment]
        cls.connect_ex = connect_ex  # type: ignore[method-assign,assignment]
        cls.sendto = sendto  # type: ignore[method-assign,assignment]
        cls.sendmsg = sendmsg  # type: ignore[method-assign,assignment]
        socket.create_connection = create_connection  # type: ignore[assignment]
        socket.getaddrinfo = getaddrinfo
        socket.gethostbyname = gethostbyname
        socket.gethostbyname_ex = gethostbyname_ex
        self.installed = True

    def uninstall(self) -> None:
        if not self.installed:
            return
        o = self._originals
        socket.socket.connect = o["connect"]  # type: ignore[method-assign]
        socket.socket.connect_ex = o["connect_ex"]  # type: ignore[method-assign]
        socket.socket.sendto = o["sendto"]  # type: ignore[method-assign]
        socket.socket.sendmsg = o["sendmsg"]  # type: ignore[method-assign]
        socket.create_connection = o["create_connection"]
        socket.getaddrinfo = o["getaddrinfo"]
        socket.gethostbyname = o["gethostbyname"]
        socket.gethostbyname_ex = o["gethostbyname_ex"]
        self.installed = False


_NETWORK_GUARD = NetworkGuard()


# ---------------------------------------------------------------------------------------------------------------------
# Session start: the guard and the private temp folder, before collection imports anything under test

def _make_process_tmpdir() -> Path:
    """Set at import of this file, the first conftest pytest loads: before any other conftest (those of the paths
    given on the command line load before pytest_configure) can import the product and so start SQLite, which
    reads SQLITE_TMPDIR/TMPDIR once, when it initialises."""
    folder = Path(tempfile.mkdtemp(prefix="lifeline-tests-tmp-"))
    for name in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        os.environ[name] = str(folder)
    tempfile.tempdir = str(folder)
    return folder


_PROCESS_TMPDIR: Path = _make_process_tmpdir()


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    _NETWORK_GUARD.install()


def pytest_unconfigure(config: pytest.Config) -> None:
    _NETWORK_GUARD.uninstall()
    shutil.rmtree(_PROCESS_TMPDIR, ignore_errors=True)


@pytest.fixture(scope="session")
def process_tmpdir() -> Path:
    """The folder TMPDIR points at for this test session (removed when the session ends)."""
    return _PROCESS_TMPDIR


@pytest.fixture
def network_guard() -> Iterator[NetworkGuard]:
    """For tests that try the network on purpose: their attempts are expected and cleared afterwards.

    ``network_guard.blocked_error`` is the exception class raised for a blocked attempt.
    """
    before = len(_NETWORK_GUARD.attempts)
    yield _NETWORK_GUARD
    del _NETWORK_GUARD.attempts[before:]


@pytest.fixture(autouse=True)
def _fail_on_network_attempts(request: pytest.FixtureRequest) -> Iterator[None]:
    before = len(_NETWORK_GUARD.attempts)
    yield
    if "network_guard" in request.fixturenames:
        return
    made = _NETWORK_GUARD.attempts[before:]
    if made:
        del _NETWORK_GUARD.attempts[before:]
        pytest.fail("this test tried to use the network (blocked): " + "; ".join(made), pytrace=False)


# ---------------------------------------------------------------------------------------------------------------------
# Keyring


def _real_secret_service() -> keyring.backend.KeyringBackend:
    from keyring.backends import SecretService

    return SecretService.Keyring()


@pytest.fixture(autouse=True)
def _keyring_backend(request: pytest.FixtureRequest) -> keyring.backend.KeyringBackend:
    real = request.node.get_closest_marker("secret_service") is not None
    backend = _real_secret_service() if real else MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def memory_keyring(_keyring_backend: keyring.backend.KeyringBackend) -> MemoryKeyring:
    """The in-memory keyring installed for this test (not available in ``secret_service`` tests)."""
    if not isinstance(_keyring_backend, MemoryKeyring):
        pytest.fail("memory_keyring cannot be used in a test marked secret_service")
    return _keyring_backend


# ---------------------------------------------------------------------------------------------------------------------
# Config and time


@pytest.fixture
def tmp_config(tmp_path: Path) -> AppConfig:
    """An AppConfig whose data and settings folders live inside tmp_path."""
    return AppConfig.in_folder(tmp_path)


@pytest.fixture
def clock() -> ManualClock:
    """A ManualClock: time moves only when the test calls ``clock.advance(...)``."""
    return ManualClock()
