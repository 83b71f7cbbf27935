"""Time from launch to the unlock screen: the frozen app (PyInstaller bundle) beside the source install.

Run:  .venv/bin/python benchmarks/bench_startup.py [--bundle dist/lifeline] [--runs 9]

Needs Xvfb, xdotool and dbus-daemon (Debian: xvfb xdotool dbus). The script starts its own Xvfb and D-Bus session
(the standard session configuration: gnome-keyring, where installed, may start after the window shows),
makes a vault in a temporary folder (so the app opens on the unlock screen, not the set-up wizard), then launches
each variant in turn, alternating them, and measures from the launch until a visible top-level window named
"Lifeline" exists. It polls `xdotool search --onlyvisible --name '^Lifeline$'` every 10 ms rather than using
`--sync`, which sleeps half a second between its tries. Prints the median and the range of each; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOW = "^Lifeline$"


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb of our own, on a display number well away from the ones xvfb-run and other tests pick."""
    for number in range(150 + os.getpid() % 50, 250):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
                                stderr=subprocess.DEVNULL)
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists() or xvfb.poll() is not None:
                break
            time.sleep(0.05)
        if xvfb.poll() is None:
            return xvfb, f":{number}"
    sys.exit("could not start Xvfb")


def start_dbus() -> tuple[subprocess.Popen[str], str]:
    """A session bus of our own (the standard session configuration)."""
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert bus.stdout is not None
    return bus, bus.stdout.readline().strip()


def window_visible(env: dict[str, str]) -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", WINDOW], env=env,
                           capture_output=True, text=True)
    return bool(found.stdout.strip())


def time_to_window(command: list[str], env: dict[str, str], timeout: float = 30.0) -> float:
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            while not window_visible(env):
                if app.poll() is not None:
                    errors.seek(0)
                    tail = errors.read().decode(errors="replace")[-2000:]
                    raise RuntimeError(f"{command[0]} exited ({app.returncode}) before showing its window:\n{tail}")
                if time.perf_counter() - started > timeout:
                    raise RuntimeError(f"no window from {command[0]} within {timeout:.0f} s")
                time.sleep(0.01)
            return time.perf_counter() - started
        finally:
            app.send_signal(signal.SIGTERM)
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
            # wait until the window is gone, so the next launch is not detected early
            deadline = time.perf_counter() + 5
            while window_visible(env) and time.perf_counter() < deadline:
                time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "lifeline",
                        help="the PyInstaller bundle folder (default dist/lifeline; /opt/lifeline once installed)")
    parser.add_argument("--runs", type=int, default=9, help="launches of each variant (default 9)")
    args = parser.parse_args()
    frozen = args.bundle / "lifeline"
    if not frozen.is_file():
        sys.exit(f"no bundle at {args.bundle}: build one with packaging/linux/build-deb.sh")
    for tool in ("Xvfb", "xdotool", "dbus-daemon"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing (apt-get install xvfb xdotool dbus)")

    home = Path(tempfile.mkdtemp(prefix="lifeline-bench-startup-"))
    xvfb, display = start_xvfb()
    bus, bus_address = start_dbus()
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON"))}
        env.update(DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=bus_address, HOME=str(home),
                   XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "run"), QT_QPA_PLATFORM="xcb")
        (home / "run").mkdir(mode=0o700)
        # A vault where the app looks by default, so it opens on the unlock screen.
        vault = home / "data" / "RelationshipLifeline" / "vault"
        made = subprocess.run([str(frozen), "--self-test", str(vault)], env=env, capture_output=True, text=True)
        if made.returncode != 0:
            sys.exit(f"could not make the vault: {made.stdout}{made.stderr}")

        variants = {
            "frozen (PyInstaller)": [str(frozen)],
            "source (python -OO -m lifeline_desktop, as scripts/run-app)": [sys.executable, "-OO", "-m",
                                                                             "lifeline_desktop"],
        }
        for command in variants.values():  # one warm-up each: the disk cache, fontconfig's cache
            time_to_window(command, env)
        samples: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(args.runs):
            for name, command in variants.items():
                samples[name].append(time_to_window(command, env))

        print(f"launch to the unlock screen's window under Xvfb, {args.runs} alternating runs each (seconds)")
        print(f"{'':38} {'median':>8} {'min':>8} {'max':>8}")
        for name, values in samples.items():
            print(f"{name:38} {statistics.median(values):8.3f} {min(values):8.3f} {max(values):8.3f}")
        print(f"bundle: {args.bundle}; python: {sys.version.split()[0]}")
        return 0
    finally:
        bus.terminate()
        xvfb.terminate()
        bus.wait()
        xvfb.wait()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
