"""Standard-library modules that SQLAlchemy imports and Lifeline never uses: two loaded only if something does use
them, and `ssl` kept out (`keep_tls_out()`).

`sqlalchemy.util.compat` imports `asyncio` (for its async engine) and `importlib.metadata` (to find dialect plugins).
Lifeline's engine is synchronous and its dialect built in, yet the two imports cost about 4 MiB resident and 40 ms,
paid at every unlock: asyncio pulls in concurrent.futures, importlib.metadata pulls in email and zipfile.

`defer_unused_modules()` puts a stand-in in `sys.modules` for each, before SQLAlchemy is imported. The first time
anything reads from a stand-in, the real module is imported and takes over: it replaces the stand-in in `sys.modules`,
its parent package and the stand-in's own namespace, so code that kept the stand-in sees the real module's names. A
module that was already imported is left as it is. Nothing is lost if SQLAlchemy one day uses them on its import path:
the modules load then, as they do today. tests/unit/test_deferred_modules.py checks both sides.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from typing import Any

_loading = threading.Lock()  # the vault thread and the GUI thread may both be first to touch one


class DeferredModule(types.ModuleType):
    """Stands in for a module until one of its names is read."""

    def __init__(self, name: str, spec: ModuleSpec) -> None:
        super().__init__(name)
        # What asking where a module lives reads (find_spec, inspect.getmodule): answered without loading it
        self.__spec__ = spec
        self.__loader__ = spec.loader
        self.__file__ = spec.origin

    def real_module(self) -> types.ModuleType:
        with _loading:
            current = sys.modules.get(self.__name__)
            if current is not self and current is not None:
                return current  # loaded already (by another thread, or by this stand-in before)
            del sys.modules[self.__name__]
            current = importlib.import_module(self.__name__)
            _bind(self.__name__, current)
            self.__dict__.update(current.__dict__)  # for code that kept the stand-in
            return current

    def __getattr__(self, name: str) -> Any:  # only for names the stand-in does not hold yet
        return getattr(self.real_module(), name)


def is_deferred(name: str) -> bool:
    """True while `name` has not been loaded for real."""
    return isinstance(sys.modules.get(name), DeferredModule)


def _defer(name: str, early_names: dict[str, Callable[[DeferredModule], Any]] | None = None) -> None:
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None:
        return
    stand_in = DeferredModule(name, spec)
    for early_name, make in (early_names or {}).items():
        setattr(stand_in, early_name, make(stand_in))
    _bind(name, stand_in)


def _bind(name: str, module: types.ModuleType) -> None:
    """`module` is what importing `name` gives: in sys.modules and as its parent package's attribute (which
    `from importlib import metadata` reads)."""
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


def _iscoroutine(stand_in: DeferredModule) -> Callable[[object], bool]:
    # sqlalchemy.util.concurrency reads `asyncio.iscoroutine` when imported and calls it only in async code.
    def iscoroutine(obj: object) -> bool:
        return bool(stand_in.real_module().iscoroutine(obj))

    return iscoroutine


def defer_unused_modules() -> None:
    """Call before SQLAlchemy is imported (app.start_application does)."""
    _defer("asyncio", {"iscoroutine": _iscoroutine})
    _defer("importlib.metadata")


def keep_tls_out() -> None:
    """Make `ssl` unimportable in this process. Lifeline never opens a network connection (see
    tests/unit/test_no_network.py), yet SQLAlchemy imports asyncio, which takes `ssl` whenever it can (`try: import
    ssl`): libssl, `_ssl` and the module's enums, about 1.5 MiB resident for nothing. Every importer of `ssl` in the
    app's dependencies guards it."""
    sys.modules.setdefault("ssl", None)  # type: ignore[arg-type]  # None in sys.modules: "import ssl" fails
