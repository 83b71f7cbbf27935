"""The cyclic collector while the services load (collector.py): off during the load, back on afterwards in every case,
and the services' objects out of its way for the rest of the process.

Each case runs in a fresh interpreter: the collector's state is the whole process's, and this test process loaded the
services long ago.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.support.fresh_interpreter import printed_words


def run_fresh(code: str) -> list[str]:
    return printed_words("import gc\nfrom lifeline_desktop.collector import loading_for_life\n" + textwrap.dedent(code))


def test_the_gate_loads_the_services_with_the_collector_off_and_leaves_it_on_with_them_frozen(tmp_path: Path) -> None:
    lines = run_fresh(f"""
        from pathlib import Path
        from lifeline_desktop.domain.clock import SystemClock
        from lifeline_desktop.services.deferred_gate import DeferredGate
        from lifeline_desktop.vault.remembered_key import RememberedKeys

        seen = []
        def build():
            seen.append(gc.isenabled())
            from lifeline_desktop.services.session import VaultGate
            return VaultGate(folder, SystemClock(), remembered)

        folder = Path({str(tmp_path)!r})
        remembered = RememberedKeys(disabled_reason="test")
        gate = DeferredGate(folder, build, remembered)
        print(gc.get_freeze_count(), gate.exists(), gc.get_freeze_count())
        gate.services()
        print(seen[0], gc.isenabled(), gc.get_freeze_count() > 50_000)
    """)
    # The door's questions load nothing; the services load with the collector off, and afterwards it is on again and
    # the tens of thousands of objects they made are frozen.
    assert lines == ["0", "False", "0", "False", "True", "True"]


def test_the_collector_is_back_when_a_load_fails() -> None:
    lines = run_fresh("""
        try:
            with loading_for_life():
                import a_module_that_is_not_there
        except ImportError:
            pass
        print(gc.isenabled())
        garbage = []
        garbage.append(garbage)
        del garbage
        print(gc.collect() >= 1)
    """)
    assert lines == ["True", "True"]


def test_two_threads_loading_at_once_keep_it_off_until_the_last_is_done() -> None:
    lines = run_fresh("""
        import threading
        inside, release = threading.Event(), threading.Event()

        def other_load():
            with loading_for_life():
                inside.set()
                release.wait()

        other = threading.Thread(target=other_load)
        other.start()
        inside.wait()
        with loading_for_life():
            pass
        print(gc.isenabled())
        release.set()
        other.join()
        print(gc.isenabled())
    """)
    assert lines == ["False", "True"]


def test_a_collector_someone_turned_off_stays_off() -> None:
    lines = run_fresh("""
        gc.disable()
        with loading_for_life():
            pass
        print(gc.isenabled())
    """)
    assert lines == ["False"]
