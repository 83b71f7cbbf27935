"""PySide6's signature support, unpacked and compiled once instead of compiled from source at every start.

Shiboken keeps the Python half of its signature support (shibokensupport: the loader, parser, mapping, a .pyi
generator; about 4,000 lines) in a zip embedded in its library, and imports it from there at every start. Nothing
from that zip is ever cached as bytecode, so each launch compiles it all again: about 35 ms of the 200 that
`import PySide6.QtWidgets` takes on this project's test machine. PySide6's own switch SBK_EMBED=0 unpacks the files
into `shiboken6/files.dir`, and from then on Shiboken imports them from there like any module, from compiled
bytecode (see signature_bootstrap.find_incarnated_files in that zip).

The unpacked loader also stops importing the .pyi generator (`leave_out_stub_generator`): a developer's tool
(`pyside6-genpyi`, run in a process of its own) that the loader imported at every start, about 20 ms of regular
expressions and classes that a running app never uses. The tool still finds it, as
`PySide6.support.signature.lib.pyi_generator`; if a later PySide6 changes those lines, they are left as they are.

    python packaging/shiboken_files.py       unpack next to this Python's shiboken6 and compile (scripts/setup)

packaging/lifeline.spec calls `bundled_files` to ship the unpacked files in the bundle with bytecode compiled for the
frozen interpreter's optimisation level.
"""

from __future__ import annotations

import compileall
import os
import py_compile
import subprocess
import sys
from importlib.util import cache_from_source
from pathlib import Path

UNPACKED_DIR = "files.dir"  # the name Shiboken looks for beside shiboken6/__init__.py
LOADER = Path("shibokensupport", "signature", "loader.py")
# The loader's two lines that import the .pyi generator and publish it under PySide6.support.
STUB_GENERATOR_LINES = ("from shibokensupport.signature.lib import pyi_generator\n",
                        "    put_into_package(PySide6.support.signature.lib, pyi_generator)\n")
LEFT_OUT = "# left out by Lifeline's packaging/shiboken_files.py: "


def unpack(python: str = sys.executable) -> Path:
    """Unpacks the support files beside `python`'s shiboken6 and returns the folder. SBK_EMBED=0 writes them afresh
    each time, so the loader's .pyi generator is left out here, every time (`leave_out_stub_generator`)."""
    out = subprocess.run(
        [python, "-c", "import pathlib, shiboken6; print(pathlib.Path(shiboken6.__file__).resolve().parent)"],
        env=dict(os.environ, SBK_EMBED="0"), capture_output=True, text=True, check=True)
    folder = Path(out.stdout.strip()) / UNPACKED_DIR
    if not (folder / LOADER).is_file():
        raise RuntimeError(f"SBK_EMBED=0 did not unpack PySide6's support files into {folder}")
    leave_out_stub_generator(folder)
    return folder


def leave_out_stub_generator(folder: Path) -> bool:
    """Comments out the loader's import of the .pyi generator; True if the loader no longer imports it."""
    loader = folder / LOADER
    original = loader.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [_left_out(line) if line in STUB_GENERATOR_LINES else line for line in original]
    if lines != original:
        loader.write_text("".join(lines), encoding="utf-8")
    return stub_generator_left_out(folder)


def stub_generator_left_out(folder: Path) -> bool:
    """True if the loader in `folder` no longer imports the .pyi generator."""
    lines = (folder / LOADER).read_text(encoding="utf-8").splitlines(keepends=True)
    return all(_left_out(line) in lines for line in STUB_GENERATOR_LINES)


def _left_out(line: str) -> str:
    code = line.lstrip()
    return line[:len(line) - len(code)] + "pass  " + LEFT_OUT + code


def compile_in_place(folder: Path, optimize_levels: tuple[int, ...] = (0, 2)) -> None:
    """Bytecode beside the sources, for a plain and an -OO interpreter (scripts/run-app starts with -OO)."""
    for level in optimize_levels:
        compileall.compile_dir(folder, quiet=1, optimize=level)


def bundled_files(folder: Path, build_dir: Path, optimize: int) -> list[tuple[str, str]]:
    """(source, destination folder) pairs for PyInstaller's datas: the sources, and their bytecode for `optimize`,
    compiled into `build_dir`. The bytecode does not check the sources' timestamps (UNCHECKED_HASH): installing a
    package may change file times, and the files never change inside a bundle."""
    pairs: list[tuple[str, str]] = []
    for source in sorted(folder.rglob("*.py")):
        relative = source.relative_to(folder)
        destination = Path("shiboken6", UNPACKED_DIR, relative.parent)
        pairs.append((str(source), str(destination)))
        compiled = build_dir / cache_from_source(str(relative), optimization=optimize or "")
        compiled.parent.mkdir(parents=True, exist_ok=True)
        py_compile.compile(str(source), cfile=str(compiled), doraise=True, optimize=optimize,
                           invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
        pairs.append((str(compiled), str(destination / compiled.parent.name)))
    return pairs


if __name__ == "__main__":
    unpacked = unpack()
    compile_in_place(unpacked)
    print(f"PySide6 support files unpacked and compiled in {unpacked}"
          + ("; the .pyi generator left out of the start" if stub_generator_left_out(unpacked) else ""))
