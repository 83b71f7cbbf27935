"""The app never opens a network connection: the test session's guard works, and no module of ours could."""

from __future__ import annotations

import ast
import contextlib
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import lifeline_desktop

PACKAGE_DIR = Path(lifeline_desktop.__file__).resolve().parent

# Modules that reach the network, or exist only to. No module under lifeline_desktop may import them.
FORBIDDEN_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtHttpServer",
    "socket",
    "ssl",
    "urllib",
    "http.client",
    "http.server",
    "ftplib",
    "smtplib",
    "requests",
    "httpx",
    "urllib3",
    "aiohttp",
)

# Pure string helpers inside a forbidden package (quoting a file path into an SQLite URI is not networking).
ALLOWED_MODULES = ("urllib.parse",)

# Module files that only run inside a tool (Alembic's env.py) or start the app when imported (__main__).
NOT_IMPORTABLE_ALONE = ("__main__", "migrations.env")


def _is_forbidden(name: str) -> bool:
    if any(name == ok or name.startswith(ok + ".") for ok in ALLOWED_MODULES):
        return False
    return any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_MODULES)


def _made_unimportable(tree: ast.AST) -> set[int]:
    """The names in `sys.modules.setdefault("ssl", None)`: a module marked absent, the opposite of an import."""
    marked: set[int] = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and ast.unparse(node.func) == "sys.modules.setdefault" and len(node.args) == 2
                and isinstance(node.args[1], ast.Constant) and node.args[1].value is None):
            marked.add(id(node.args[0]))
    return marked


def _imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    absent = _made_unimportable(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            # from PySide6 import QtNetwork
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and (node.value.startswith("PySide6.Qt") or node.value in FORBIDDEN_MODULES)
            and id(node) not in absent
        ):
            # importlib.import_module("PySide6.QtNetwork") and friends
            found.append((node.lineno, node.value))
    return found


def _python_files() -> list[Path]:
    return sorted(PACKAGE_DIR.rglob("*.py"))


# --- the guard -------------------------------------------------------------------------------------------------------


def test_connect_to_loopback_is_blocked(network_guard) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(network_guard.blocked_error):
        sock.connect(("127.0.0.1", 9))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(network_guard.blocked_error):
        sock.connect_ex(("127.0.0.1", 9))
    assert any("127.0.0.1" in attempt for attempt in network_guard.attempts)


def test_connect_to_a_public_address_is_blocked(network_guard) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(network_guard.blocked_error):
        sock.connect(("93.184.215.14", 443))
    with pytest.raises(network_guard.blocked_error):
        socket.create_connection(("93.184.215.14", 443), timeout=1)
    if socket.has_ipv6:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock, pytest.raises(network_guard.blocked_error):
            sock.connect(("2606:4700:4700::1111", 443))


def test_udp_and_name_lookups_are_blocked(network_guard) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(network_guard.blocked_error):
        sock.sendto(b"x", ("198.51.100.7", 53))
    with pytest.raises(network_guard.blocked_error):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(network_guard.blocked_error):
        socket.gethostbyname("example.org")


def test_the_blocked_error_is_not_an_oserror(network_guard) -> None:
    # Code that quietly handles OSError must not be able to hide an attempt.
    assert not issubclass(network_guard.blocked_error, OSError)


def test_unix_sockets_still_work(tmp_path: Path) -> None:
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with left, right:
        left.sendall(b"ping")
        assert right.recv(4) == b"ping"

    # A real connect to a listening Unix socket, as D-Bus does. (Socket paths are limited to about 100 bytes.)
    path = Path(os.environ.get("XDG_RUNTIME_DIR") or "/tmp") / f"lifeline-test-{os.getpid()}.sock"
    path.unlink(missing_ok=True)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen(1)
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.connect(str(path))
                conn, _ = server.accept()
                with conn:
                    client.sendall(b"pong")
                    assert conn.recv(4) == b"pong"
        finally:
            path.unlink(missing_ok=True)


def test_a_swallowed_attempt_is_still_recorded(network_guard) -> None:
    before = len(network_guard.attempts)
    with contextlib.suppress(Exception):  # what careless code might do
        socket.create_connection(("203.0.113.5", 80))
    assert len(network_guard.attempts) == before + 1


# --- our code --------------------------------------------------------------------------------------------------------


def test_the_package_has_modules_to_scan() -> None:
    assert len(_python_files()) >= 5


def test_no_module_imports_the_network() -> None:
    offences = []
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for lineno, name in _imported_names(tree):
            if _is_forbidden(name):
                offences.append(f"{path.relative_to(PACKAGE_DIR.parent)}:{lineno}: {name}")
    assert not offences, "network modules imported:\n" + "\n".join(offences)


def test_the_scanner_finds_what_it_looks_for() -> None:
    # Negative control: the scan above must be able to fail.
    samples = [
        "import socket",
        "from PySide6 import QtNetwork",
        "from PySide6.QtNetwork import QNetworkAccessManager",
        "import urllib.request",
        "import urllib",
        "from http.client import HTTPSConnection",
        "import requests",
        "importlib.import_module('PySide6.QtNetwork')",
        "sys.modules.setdefault('ssl', ssl_module)",
    ]
    for sample in samples:
        names = [name for _, name in _imported_names(ast.parse(sample))]
        assert any(_is_forbidden(name) for name in names), sample
    for harmless in ("from PySide6 import QtWidgets", "from urllib.parse import quote",
                     "sys.modules.setdefault('ssl', None)"):
        assert not any(_is_forbidden(name) for _, name in _imported_names(ast.parse(harmless))), harmless


_IMPORT_EVERYTHING = r"""
import importlib, json, pkgutil, sys, traceback
import lifeline_desktop

skip = tuple(sys.argv[1].split(","))
imported, failed = [], {}
for info in pkgutil.walk_packages(lifeline_desktop.__path__, "lifeline_desktop."):
    if info.name.endswith(skip):
        continue
    try:
        importlib.import_module(info.name)
        imported.append(info.name)
    except BaseException:
        failed[info.name] = traceback.format_exc(limit=3)
network = sorted(m for m in sys.modules if m.split(".")[0] in ("requests", "urllib3", "httpx", "aiohttp")
                 or m.startswith(("PySide6.QtNetwork", "PySide6.QtWebEngine", "PySide6.QtWebSockets")))
print(json.dumps({"imported": imported, "failed": failed, "qtnetwork": "PySide6.QtNetwork" in sys.modules,
                  "network": network}))
"""


def test_importing_every_module_never_loads_qtnetwork(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_EVERYTHING, ",".join(NOT_IMPORTABLE_ALONE)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert not report["failed"], "modules that fail to import:\n" + "\n".join(
        f"{name}:\n{trace}" for name, trace in report["failed"].items()
    )
    assert "lifeline_desktop.config" in report["imported"]
    assert report["qtnetwork"] is False, "PySide6.QtNetwork was loaded"
    # (socket itself comes in with the standard library, so only Qt's network modules and HTTP clients count.)
    assert not report["network"], f"network modules loaded: {report['network']}"
