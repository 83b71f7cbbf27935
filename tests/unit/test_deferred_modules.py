"""The stand-ins for asyncio and importlib.metadata (deferred_modules.py) cost nothing until used and then are the real
modules: for SQLAlchemy, for code that imports them later, for submodules and for two threads at once.

Each case runs in a fresh interpreter: this test process imported both modules long ago.
"""

from __future__ import annotations

import textwrap

from tests.support.fresh_interpreter import printed_words


def run_fresh(code: str, *, first: str = "") -> list[str]:
    """Runs `first`, defers the two modules, then runs `code`; returns what it printed, word by word."""
    return printed_words(first + "from lifeline_desktop.deferred_modules import defer_unused_modules, is_deferred\n"
                         "defer_unused_modules()\n" + textwrap.dedent(code))


def test_sqlalchemy_imports_and_runs_a_query_without_loading_either() -> None:
    lines = run_fresh("""
        import sys
        import sqlalchemy
        from sqlalchemy.orm import Session
        engine = sqlalchemy.create_engine("sqlite://")
        with Session(engine) as session:
            print(session.execute(sqlalchemy.text("select 40 + 2")).scalar_one())
        print(is_deferred("asyncio"), is_deferred("importlib.metadata"), "asyncio.events" in sys.modules,
              "email.message" in sys.modules)
    """)
    assert lines == ["42", "True", "True", "False", "False"]


def test_the_first_use_loads_the_real_module_for_everyone() -> None:
    lines = run_fresh("""
        import importlib.util, inspect, sys

        async def answer():
            return 42

        import asyncio as kept  # what SQLAlchemy holds: the stand-in
        print(importlib.util.find_spec("asyncio").name)  # asking where it lives does not load it
        inspect.getmodule(answer.__code__)  # nor does a walk over every module's __file__ (code has no __module__)
        print(is_deferred("asyncio"))
        print(kept.run(answer()))  # first use
        import asyncio
        print(is_deferred("asyncio"), asyncio is sys.modules["asyncio"], kept.run is asyncio.run)
        coroutine = answer()
        print(kept.iscoroutine(coroutine), kept.iscoroutine(42))
        coroutine.close()
        import asyncio.subprocess
        print(asyncio.subprocess.PIPE == -1)
    """)
    assert lines == ["asyncio", "True", "42", "False", "True", "True", "True", "False", "True"]


def test_importlib_metadata_answers_through_its_stand_in() -> None:
    lines = run_fresh("""
        from importlib import metadata
        print(is_deferred("importlib.metadata"))
        print(metadata.version("SQLAlchemy").split(".")[0])
        import importlib, importlib.metadata, sys
        print(is_deferred("importlib.metadata"), importlib.metadata is sys.modules["importlib.metadata"],
              metadata.version is importlib.metadata.version)
    """)
    assert lines == ["True", "2", "False", "True", "True"]


def test_two_threads_touching_it_at_once_share_one_module() -> None:
    lines = run_fresh("""
        import sys, threading
        import asyncio as kept
        seen, start = [], threading.Barrier(8)

        def touch():
            start.wait()
            seen.append(kept.get_event_loop_policy)
            seen.append(sys.modules["asyncio"])

        threads = [threading.Thread(target=touch) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(len({id(item) for item in seen[1::2]}), len({id(item) for item in seen[0::2]}))
    """)
    assert lines == ["1", "1"]


def test_a_module_already_loaded_is_left_alone() -> None:
    lines = run_fresh("""
        import sys
        print(is_deferred("asyncio"), sys.modules["asyncio"] is asyncio)
    """, first="import asyncio\n")
    assert lines == ["False", "True"]
