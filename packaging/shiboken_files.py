"""PySide6's signature support, unpacked and compiled once instead of compiled from source at every start.

Shiboken keeps the Python half of its signature support (shibokensupport: the loader, parser, mapping, a .pyi
generator; about 4,000 lines) in a zip embedded in its library, and imports it from there at every start. Nothing
from that zip is ever cached as bytecode, so each launch compiles it all again: about 35 ms of the 200 that
`import PySide6.QtWidgets` takes on this project's test machine. PySide6's own switch SBK_EMBED=0 unpacks the files
into `shiboken6/files.dir`, and from then on Shiboken imports them from there like any module, from compiled
bytecode (see signature_bootstrap.find_incarnated_files in that zip).

Two edits to the unpacked files (`EDITS`, made by `unpack`), each the same number of lines, so PySide6's tracebacks
keep their line numbers; if a later PySide6 changes those lines, they are left as they are:
  - the loader stops importing the .pyi generator: a developer's tool (`pyside6-genpyi`, run in a process of its
    own) that the loader imported at every start, about 20 ms of regular expressions and classes that a running app
    never uses. The tool still finds it, as `PySide6.support.signature.lib.pyi_generator`;
  - the parser compiles its pattern for argument lists (6,000 characters of nested brackets, about 12 ms) when it
    first reads a signature, not at every start: Qt only asks for one when Python code looks at a function's
    `__signature__`, or to word an error about arguments of the wrong type.

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
from dataclasses import dataclass
from importlib.util import cache_from_source
from pathlib import Path

UNPACKED_DIR = "files.dir"  # the name Shiboken looks for beside shiboken6/__init__.py
BY_US = "Lifeline's packaging/shiboken_files.py"


@dataclass(frozen=True)
class Edit:
    """Consecutive lines of one support file, replaced by as many lines."""

    name: str  # what the self-test reports once the edit is in place
    file: Path
    before: tuple[str, ...]
    after: tuple[str, ...]

    def apply_to(self, lines: list[str]) -> list[str]:
        for i in range(len(lines) - len(self.before) + 1):
            if tuple(lines[i:i + len(self.before)]) == self.before:
                return lines[:i] + list(self.after) + lines[i + len(self.before):]
        return lines

    def made_in(self, lines: list[str]) -> bool:
        return any(tuple(lines[i:i + len(self.after)]) == self.after for i in range(len(lines)))


def _left_out(line: str) -> str:
    code = line.lstrip()
    return line[:len(line) - len(code)] + f"pass  # left out by {BY_US}: " + code


LOADER = Path("shibokensupport", "signature", "loader.py")
PARSER = Path("shibokensupport", "signature", "parser.py")
# The loader's two lines that import the .pyi generator and publish it under PySide6.support.
STUB_GENERATOR_LINES = ("from shibokensupport.signature.lib import pyi_generator\n",
                        "    put_into_package(PySide6.support.signature.lib, pyi_generator)\n")
EDITS = (
    *(Edit("without the .pyi generator", LOADER, (line,), (_left_out(line),)) for line in STUB_GENERATOR_LINES),
    Edit("argument pattern compiled on first use", PARSER,
         ("    def __init__(self):\n",
          "        regex = build_brace_pattern(level=3, separators=\",\")\n",
          "        rec = re.compile(regex, flags=re.VERBOSE)\n",
          "        self._finditer = rec.finditer\n"),
         (f"    def __init__(self):  # the pattern is compiled on first use, not at every start: {BY_US}\n",
          "        self._finditer = self._compile_then_finditer\n",
          "    def _compile_then_finditer(self, argstr):\n",
          "        self._finditer = re.compile(build_brace_pattern(level=3, separators=\",\"), flags=re.VERBOSE)"
          ".finditer; return self._finditer(argstr)\n")),
)


def unpack(python: str = sys.executable) -> Path:
    """Unpacks the support files beside `python`'s shiboken6 and returns the folder. SBK_EMBED=0 writes them afresh
    each time, so the edits are made here, every time."""
    out = subprocess.run(
        [python, "-c", "import pathlib, shiboken6; print(pathlib.Path(shiboken6.__file__).resolve().parent)"],
        env=dict(os.environ, SBK_EMBED="0"), capture_output=True, text=True, check=True)
    folder = Path(out.stdout.strip()) / UNPACKED_DIR
    if not (folder / LOADER).is_file():
        raise RuntimeError(f"SBK_EMBED=0 did not unpack PySide6's support files into {folder}")
    make_edits(folder)
    return folder


def make_edits(folder: Path) -> list[str]:
    """Makes each edit whose lines are found (once: a made edit is left alone); returns `edits_made(folder)`."""
    for file in {edit.file for edit in EDITS}:
        original = _lines(folder / file)
        lines = original
        for edit in (edit for edit in EDITS if edit.file == file):
            lines = edit.apply_to(lines)
        if lines != original:
            (folder / file).write_text("".join(lines), encoding="utf-8")
    return edits_made(folder)


def edits_made(folder: Path) -> list[str]:
    """The names of the edits in place in `folder`, each once, in `EDITS` order (an edit of several parts counts
    when every part is made)."""
    lines = {file: _lines(folder / file) for file in {edit.file for edit in EDITS}}  # each file read once
    made: dict[str, bool] = {}
    for edit in EDITS:
        made[edit.name] = made.get(edit.name, True) and edit.made_in(lines[edit.file])
    return [name for name, whole in made.items() if whole]


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True) if path.is_file() else []


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
    print(f"PySide6 support files unpacked and compiled in {unpacked}; at start: {', '.join(edits_made(unpacked))}")
