"""A private desktop for the app, as a screen-reader user's machine has one: an X server, a D-Bus session with the
accessibility bus (at-spi2-core), and the app running as its own process with Qt's AT-SPI bridge switched on.

Everything runs in throw-away folders and its own D-Bus session, so the developer's desktop and keyring are never
touched; each process is started in its own process group and ended by that group's id.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import lifeline_desktop
from tests.support.atspi import AtspiClient, wait_for

ATSPI_SERVICE = Path("/usr/share/dbus-1/services/org.a11y.Bus.service")
SCREEN = "1280x800x24"
CHECKOUT = Path(lifeline_desktop.__file__).resolve().parent.parent


def missing_tools() -> list[str]:
    """What this machine lacks to run the app under AT-SPI (Debian packages: xvfb, dbus, at-spi2-core)."""
    missing = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    if not ATSPI_SERVICE.exists():
        missing.append(f"at-spi2-core ({ATSPI_SERVICE})")
    return missing


def require_tools() -> None:
    """Skips the test when this machine cannot run the app under AT-SPI; under CI=true, fails it instead."""
    missing = missing_tools()
    if not missing:
        return
    message = (f"AT-SPI test needs {', '.join(missing)} (Debian: xvfb dbus at-spi2-core; scripts/setup installs "
               "them when run as root)")
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + ". It is required under CI=true.", pytrace=False)
    pytest.skip(message)


@dataclass(frozen=True)
class AppCommand:
    """How to start the app: its command line, what its environment gets on top of the private desktop's, and
    whether it keeps this process's Python settings (PYTHONPATH, PYTHONOPTIMIZE...) and LD_PRELOAD."""

    argv: tuple[str, ...]
    env: Mapping[str, str] = field(default_factory=dict)
    inherits_python: bool = True


def source_app(*app_args: str) -> AppCommand:
    """`python -m lifeline_desktop *app_args`: this checkout's code, as the tests import it (PYTHONPATH: the venv
    may be shared with another checkout)."""
    return AppCommand((sys.executable, "-m", "lifeline_desktop", *app_args), {"PYTHONPATH": str(CHECKOUT)})


def bundled_app(executable: Path, *app_args: str) -> AppCommand:
    """A packaged build's own executable, on its own frozen Python: nothing of the tests' Python settings reaches
    it, so this checkout can never stand in for what the bundle lacks (PyInstaller's bootloader ignores PYTHONPATH
    today; the test does not count on it)."""
    return AppCommand((str(executable), *app_args), inherits_python=False)


@dataclass
class Desktop:
    client: AtspiClient
    app: tuple[str, str]  # the app's (bus name, root path) on the accessibility bus
    log: Path  # what the app wrote to stdout and stderr (a Python traceback from a Qt slot lands here)


def _stop(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    """Ends a process this module started, with everything it started (its own process group)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _private_env(home: Path, inherits_python: bool) -> dict[str, str]:
    dropped = ("DBUS_", "XDG_", "WAYLAND_", "QT_") + (() if inherits_python else ("PYTHON", "LD_PRELOAD"))
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(dropped) and key not in ("DISPLAY", "XAUTHORITY")}
    for name in ("data", "config", "cache", "state", "runtime", "tmp"):
        (home / name).mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"),
               XDG_RUNTIME_DIR=str(home / "runtime"), TMPDIR=str(home / "tmp"), NO_AT_BRIDGE="0")
    return env


def _start_x_server(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                              pass_fds=(write_end,), env=env, start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as display:
        number = display.readline().strip()
    if not number:
        _stop(server)
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"


def _start_session_bus(env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"], env=env, text=True,
                           start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    if not address:
        _stop(bus)
        raise RuntimeError("dbus-daemon did not start")
    return bus, address


@contextlib.contextmanager
def accessible_app(home: Path, command: AppCommand) -> Iterator[Desktop]:
    """Runs the app (`source_app(...)` or `bundled_app(...)`) on a private X server and D-Bus session, with AT-SPI
    on."""
    env = _private_env(home, command.inherits_python)
    started: list[subprocess.Popen[bytes] | subprocess.Popen[str]] = []
    client: AtspiClient | None = None
    try:
        x_server, display = _start_x_server(env)
        started.append(x_server)
        bus, address = _start_session_bus(env)
        started.append(bus)
        env.update(DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1",
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", **command.env)
        # at-spi-bus-launcher is started by D-Bus activation here, inside the private session (a child of its bus).
        client = AtspiClient.connect(address)
        log = home / "app.log"
        with log.open("wb") as log_file:
            app = subprocess.Popen(command.argv, env=env, cwd=home,
                                   start_new_session=True, stdout=log_file, stderr=subprocess.STDOUT)
        started.append(app)
        connected = client

        def app_on_bus() -> tuple[str, str] | None:
            if app.poll() is not None:
                raise RuntimeError(f"the app exited early ({app.returncode}): {log.read_text(errors='replace')}")
            return connected.application_named("Lifeline")

        yield Desktop(client, wait_for("the app on the accessibility bus", app_on_bus, timeout=60), log)
    finally:
        if client is not None:
            client.close()
        for process in reversed(started):
            _stop(process)
