"""The Qt layer: windows, pages, dialogs and their parts (the store is out of reach: see the import contracts).

On first import it stops PySide6 from reading the source of every module imported after it. PySide6 does that
(`inspect.getsource`, kept for good in `linecache`) to see whether a module says "PySide6", for its opt-in
`from __feature__ import snake_case, true_property`. Lifeline uses no feature, so no module needs the look:
from a source install that saves about 20 MiB and a tenth of the start-up imports. PySide6 6.11 does this in
`shibokensupport.feature._mod_uses_pyside`; another version without it is left as it is.
"""

import sys

import PySide6  # noqa: F401  (it loads shibokensupport.feature, patched below)

_feature = sys.modules.get("shibokensupport.feature")
if _feature is not None and callable(getattr(_feature, "_mod_uses_pyside", None)):
    setattr(_feature, "_mod_uses_pyside", lambda _module: False)  # noqa: B010 (a private name, on purpose)
del _feature
