"""A fork server for the SIGKILL tests: many cheap, real child processes, killed at random moments.

Why a fork server: every kill needs a fresh process, and a fresh `python` that imports SQLAlchemy and the product
costs about 0.3 s on this machine, which would make 100 kills take most of a minute before any work happens. So the
test starts ONE helper process (`python <script>`), which imports everything once and then, for each round, forks a
worker. The worker runs the product's real write path (it opens its own connections after the fork; nothing is
shared but imported modules) and acknowledges each durable step by writing a line such as `ack 17` to stdout with a
single os.write (one atomic pipe write, nothing buffered in Python). The test kills the worker with SIGKILL by its
pid; the helper reaps it and reports `dead <pid> <status>`. Everything the worker acknowledged is in the pipe
before that line, so the test knows the complete list of acknowledged steps of the round.

A SIGKILL stops the process between any two instructions, exactly like a crash; it does not drop the OS page
cache, so these tests prove the write paths are crash-safe for the process, not that they survive a power cut
(that is what fsync and synchronous = FULL are for, and it cannot be tested here).

Seeds: each test prints the random seed it used; set LIFELINE_CRASH_SEED to replay one.
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
ROUND_TIMEOUT_S = 20.0

_SERVER = '''
import os
import sys


def ack(value):
    os.write(1, f"ack {{value}}\\n".encode())


# --- the worker's code (imports run once, in the server) ---
{worker}
# ---


while True:
    line = sys.stdin.readline()
    if not line or line.strip() == "quit":
        break
    pid = os.fork()
    if pid == 0:
        try:
            work()
        except BaseException as error:
            os.write(1, f"error {{type(error).__name__}}: {{error}}\\n".encode())
        os._exit(3)
    os.write(1, f"pid {{pid}}\\n".encode())
    _, status = os.waitpid(pid, 0)
    os.write(1, f"dead {{pid}} {{status}}\\n".encode())
'''


@dataclass
class Round:
    acks: list[int]
    pid: int
    ran_for_s: float


class ForkServer:
    def __init__(self, script: Path, stderr_path: Path) -> None:
        self._stderr_path = stderr_path
        self._stderr = stderr_path.open("wb")
        env = dict(os.environ, PYTHONPATH=str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        self.process = subprocess.Popen([sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=self._stderr, cwd=REPO_ROOT, env=env)
        self._buffer = b""
        self._worker_pid: int | None = None

    def _stderr_text(self) -> str:
        self._stderr.flush()
        return self._stderr_path.read_text(errors="replace")[-3000:]

    def _line(self, deadline: float) -> str:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"the crash helper did not answer in time; its stderr:\n{self._stderr_text()}")
            ready, _, _ = select.select([fd], [], [], remaining)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise AssertionError(f"the crash helper exited; its stderr:\n{self._stderr_text()}")
                self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def _handle(self, line: str, acks: list[int]) -> None:
        kind, _, rest = line.partition(" ")
        if kind == "ack":
            acks.append(int(rest))
        elif kind == "pid":
            self._worker_pid = int(rest)
        elif kind == "error":
            raise AssertionError(f"the worker failed by itself: {rest}\nstderr:\n{self._stderr_text()}")
        else:
            raise AssertionError(f"unexpected line from the crash helper: {line!r}")

    def run_round(self, rng: random.Random, min_s: float = 0.020, max_s: float = 0.150) -> Round:
        """Start a worker, wait for its first ack, let it run 20-150 ms more, SIGKILL it; return what it acked."""
        assert self.process.stdin is not None
        started = time.monotonic()
        deadline = started + ROUND_TIMEOUT_S
        self._worker_pid = None
        acks: list[int] = []
        self.process.stdin.write(b"go\n")
        self.process.stdin.flush()
        while self._worker_pid is None or not acks:
            line = self._line(deadline)
            if line.startswith("dead "):
                raise AssertionError(f"the worker died before it was killed: {line}\nstderr:\n{self._stderr_text()}")
            self._handle(line, acks)
        pid = self._worker_pid
        time.sleep(rng.uniform(min_s, max_s))
        os.kill(pid, signal.SIGKILL)
        while True:
            line = self._line(deadline)
            if line.startswith("dead "):
                _, dead_pid, status = line.split()
                assert int(dead_pid) == pid
                code = int(status)
                assert os.WIFSIGNALED(code) and os.WTERMSIG(code) == signal.SIGKILL, (
                    f"the worker ended by itself (status {code}), not by our SIGKILL\n{self._stderr_text()}")
                break
            self._handle(line, acks)
        self._worker_pid = None
        return Round(acks, pid, time.monotonic() - started)

    def close(self) -> None:
        # A round that failed half-way: its worker may still run. Kill it only while it is still the helper's child
        # (so a recycled pid is never hit).
        if self._worker_pid is not None and _parent_pid(self._worker_pid) == self.process.pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._worker_pid, signal.SIGKILL)
        try:
            if self.process.stdin is not None:
                self.process.stdin.write(b"quit\n")
                self.process.stdin.close()
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait(timeout=10)
        finally:
            if self.process.stdout is not None:
                self.process.stdout.close()
            self._stderr.close()


def _parent_pid(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


@pytest.fixture
def fork_server(tmp_path: Path) -> Iterator[object]:
    """`fork_server(worker_source)` starts a helper whose workers run `work()` from `worker_source`."""
    servers: list[ForkServer] = []

    def start(worker_source: str) -> ForkServer:
        script = tmp_path / f"crash_helper_{len(servers)}.py"
        script.write_text(_SERVER.format(worker=textwrap.dedent(worker_source)))
        server = ForkServer(script, tmp_path / f"crash_helper_{len(servers)}.stderr")
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def crash_rng() -> random.Random:
    seed = int(os.environ.get("LIFELINE_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    print(f"crash test seed: {seed} (set LIFELINE_CRASH_SEED={seed} to replay)")
    return random.Random(seed)


if sys.platform == "win32":  # pragma: no cover - fork and SIGKILL are POSIX
    collect_ignore_glob = ["test_*.py"]
