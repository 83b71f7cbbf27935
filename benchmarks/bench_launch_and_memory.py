"""Launch to first window, Lifeline against KeePassXC, and the unlocked app's memory at rest.

Run under a virtual screen:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python benchmarks/bench_launch_and_memory.py
Needs Debian's xdotool and keepassxc (apt-get install -y xdotool keepassxc). Nothing here is asserted.

Each run starts the program with fresh, throw-away XDG folders and polls the X server every 10 ms for a visible
window with the program's title. Runs alternate between the two programs so both meet the same machine state.
Lifeline starts on an existing vault, so the window is the unlock screen. For memory, RSS and PSS (from
/proc/<pid>/smaps_rollup) are read on the unlock screen once the services have loaded behind it, then the app is
unlocked by typing the passphrase into the window and left at rest for a few seconds. KeePassXC is measured the
same way in the same run: a database made with keepassxc-cli, opened by typing its password, left at rest.

Last, the memory after every section was opened and the Journal searched: the real app on a vault of 50,000
journal entries (`--entries`), unlocked by typing, Ctrl+1…Ctrl+8 pressed in turn, then a word searched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase"


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="xcb")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keyring: both programs start the same way
    # As on a person's machine, Python keeps the compiled modules it writes on the first run (the warm-up run).
    # With PYTHONDONTWRITEBYTECODE set, as on some CI machines, every launch would compile ours from source again:
    # about 80 ms more, which a person never waits for.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _make_vault(home: Path) -> None:
    """A vault where the app looks for it (platformdirs under XDG_DATA_HOME), made in a child with that env."""
    script = (
        "from lifeline_desktop.config import AppConfig\n"
        "from lifeline_desktop.domain.clock import SystemClock\n"
        "from lifeline_desktop.services.session import PartnerSetup, VaultGate\n"
        "gate = VaultGate(AppConfig.for_user().default_vault_dir, SystemClock())\n"
        f"session, _ = gate.create(PartnerSetup('Ada', {PASSPHRASE!r}, '#c8643b'), "
        "PartnerSetup('Bo', 'other passphrase', '#3b7ea1'))\n"
        "session.lock()\n"
    )
    subprocess.run([sys.executable, "-c", script], env=_env(home), check=True, cwd=ROOT)


def _window_id(title: str) -> str | None:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"],
                           capture_output=True, text=True)
    ids = found.stdout.split()
    return ids[0] if ids else None


def time_to_window(command: list[str], title: str, home: Path, timeout: float = 30.0) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, env=_env(home), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < timeout:
            if _window_id(title):
                return time.perf_counter() - started
            time.sleep(0.01)
        raise TimeoutError(f"no window titled {title!r} within {timeout} s")
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()


def _memory(pid: int) -> dict[str, float]:
    """Peak RSS, RSS and PSS of a process, in MiB."""
    status = Path(f"/proc/{pid}/status").read_text()
    fields = {line.split(":")[0]: line.split()[1] for line in status.splitlines() if line.startswith("Vm")}
    rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    pss = next(int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:"))
    return {"peak": int(fields["VmHWM"]) / 1024, "rss": int(fields["VmRSS"]) / 1024, "pss": pss / 1024}


def memory_at_rest(command: list[str], title: str, secret: str, home: Path,
                   rest_seconds: float) -> tuple[dict[str, float], dict[str, float]]:
    """Memory (see `_memory`) on the first screen once settled, then unlocked by typing `secret` and left alone."""
    process = subprocess.Popen(command, env=_env(home), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        deadline = time.perf_counter() + 30
        window = None
        while window is None and time.perf_counter() < deadline:
            window = _window_id(title)
            time.sleep(0.05)
        if window is None:
            raise TimeoutError(f"the {title} window did not appear")
        time.sleep(1.5)  # the services load in the background while the user would read the screen
        first_screen = _memory(process.pid)
        subprocess.run(["xdotool", "windowactivate", "--sync", window], check=False)
        subprocess.run(["xdotool", "type", "--delay", "20", secret], check=True)
        subprocess.run(["xdotool", "key", "Return"], check=True)
        time.sleep(rest_seconds)
        return first_screen, _memory(process.pid)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:  # KeePassXC may stay in the tray or ask about its database
            process.kill()
            process.wait(10)


def memory_after_every_section(home: Path, entries: int, command: list[str]) -> dict[str, float]:
    """The real app on a vault of `entries` journal entries (journal_corpus.py): unlocked by typing, every section
    opened with Ctrl+1…Ctrl+8 as a person would, then a word searched in the Journal; memory read at rest."""
    from journal_corpus import COMMON, PASSPHRASES

    from lifeline_desktop.domain.partners import PartnerSlot

    folder = home / "data" / "RelationshipLifeline" / "vault"
    subprocess.run([sys.executable, str(Path(__file__).with_name("bench_journal.py")), "--build", str(folder),
                    "--entries", str(entries)], check=True, cwd=ROOT)
    process = subprocess.Popen(command, env=_env(home), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        deadline = time.perf_counter() + 30
        while (window := _window_id("Lifeline")) is None and time.perf_counter() < deadline:
            time.sleep(0.05)
        if window is None:
            raise TimeoutError("the Lifeline window did not appear")
        _settle(process.pid)
        # X input focus makes Qt take the window as active (no window manager here): its shortcuts work then
        _keys("windowfocus", "--sync", window)
        _keys("type", "--delay", "20", PASSPHRASES[PartnerSlot.A])
        _keys("key", "Return")
        _settle(process.pid)  # a vault made with the test KDF gets a real one on its first unlock: seconds
        for number in range(1, 9):
            _keys("key", f"ctrl+{number}")
            _settle(process.pid)  # the page and its first rows load
        _keys("key", "ctrl+2", "ctrl+f")
        _keys("type", "--delay", "20", COMMON)
        _settle(process.pid)
        return _memory(process.pid)
    finally:
        process.terminate()
        process.wait(10)


def _settle(pid: int, quiet_seconds: float = 1.0, timeout: float = 120.0) -> None:
    """Waits until the process has used almost no CPU for `quiet_seconds` (its work for the last key is done)."""
    def cpu_ticks() -> int:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime

    deadline = time.perf_counter() + timeout
    last = cpu_ticks()
    while time.perf_counter() < deadline:
        time.sleep(quiet_seconds)
        now = cpu_ticks()
        if now - last <= 2:  # two ticks (20 ms) a second: timers, nothing more
            return
        last = now
    raise TimeoutError("the app did not settle")


def _keys(*command: str) -> None:
    subprocess.run(["xdotool", *command], check=True)


def _keepassxc_database(home: Path) -> Path:
    """A KeePassXC database with one entry, made with keepassxc-cli (its password on standard input)."""
    database = home / "bench.kdbx"
    subprocess.run(["keepassxc-cli", "db-create", "--set-password", str(database)], input=f"{PASSPHRASE}\n"
                   f"{PASSPHRASE}\n", text=True, env=_env(home), check=True, capture_output=True)
    return database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--rest", type=float, default=5.0, help="seconds at rest before reading memory")
    parser.add_argument("--entries", type=int, default=50_000,
                        help="journal entries for the every-section memory reading (0: skip it)")
    parser.add_argument("--bundle", type=Path, help="measure this packaged build (dist/lifeline, or /opt/lifeline "
                        "once installed) instead of the source checkout: what a person runs")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        sys.exit("Run under a virtual screen: xvfb-run -a -s '-screen 0 1280x800x24' ...")
    # From source, as scripts/run-app starts it: -OO, as the packaged build runs
    lifeline = [str(args.bundle / "lifeline")] if args.bundle else [sys.executable, "-OO", "-m", "lifeline_desktop"]
    programs = {"Lifeline": lifeline}
    if shutil.which("keepassxc"):
        programs["KeePassXC"] = ["keepassxc"]
    timings: dict[str, list[float]] = {name: [] for name in programs}
    with tempfile.TemporaryDirectory(prefix="lifeline-startup-") as folder:
        home = Path(folder)
        _make_vault(home)
        time_to_window(programs["Lifeline"], "Lifeline", home)  # warm the disk cache once, not counted
        for _ in range(args.runs):
            for name, command in programs.items():
                timings[name].append(time_to_window(command, name, home))
        for name, samples in timings.items():
            print(f"{name:10} launch to window: median {statistics.median(samples) * 1000:6.0f} ms "
                  f"(min {min(samples) * 1000:.0f}, max {max(samples) * 1000:.0f}, {len(samples)} runs)")
        if "KeePassXC" in timings:
            ratio = statistics.median(timings["Lifeline"]) / statistics.median(timings["KeePassXC"])
            print(f"ratio Lifeline / KeePassXC: {ratio:.2f}")
        measured = {"Lifeline": memory_at_rest(programs["Lifeline"], "Lifeline", PASSPHRASE, home, args.rest)}
        _print_memory(measured, args.rest)
        if "KeePassXC" in programs and shutil.which("keepassxc-cli"):
            database = _keepassxc_database(home)
            _print_memory({"KeePassXC": memory_at_rest(["keepassxc", str(database)], ".*KeePassXC", PASSPHRASE,
                                                       home, args.rest)}, args.rest)
    if args.entries:
        with tempfile.TemporaryDirectory(prefix="lifeline-sections-") as folder:
            every = memory_after_every_section(Path(folder), args.entries, lifeline)
        print(f"Lifeline   every section opened + a Journal search, {args.entries:,} entries: RSS {every['rss']:.0f} "
              f"MiB, PSS {every['pss']:.0f} MiB (peak {every['peak']:.0f})   goal: <= 150 MiB", flush=True)


def _print_memory(measured: dict[str, tuple[dict[str, float], dict[str, float]]], rest_seconds: float) -> None:
    for name, (first, rest) in measured.items():
        print(f"{name:10} first screen: RSS {first['rss']:.0f} MiB, PSS {first['pss']:.0f} MiB; "
              f"{rest_seconds:.0f} s after unlock: RSS {rest['rss']:.0f} MiB, PSS {rest['pss']:.0f} MiB "
              f"(peak {rest['peak']:.0f})", flush=True)


if __name__ == "__main__":
    main()
