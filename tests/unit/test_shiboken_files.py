"""PySide6's signature support as scripts/setup leaves it (packaging/shiboken_files.py): unpacked, compiled, and
without the .pyi generator at start, which the developer's tool still finds."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.support.fresh_interpreter import ROOT, printed_words

sys.path.insert(0, str(ROOT / "packaging"))

from shiboken_files import LOADER, STUB_GENERATOR_LINES, leave_out_stub_generator


def test_qt_starts_without_the_stub_generator_and_the_tool_still_finds_it() -> None:
    lines = printed_words(
        "import sys\n"
        "from PySide6.QtWidgets import QLabel\n"
        "print('files.dir' in sys.modules['shibokensupport'].__file__,\n"
        "      'shibokensupport.signature.lib.pyi_generator' in sys.modules)\n"
        "from PySide6.support.signature.lib.pyi_generator import generate_pyi\n"
        "print(callable(generate_pyi))\n")
    assert lines == ["True", "False", "True"]


def _loader_in(folder: Path, text: str) -> Path:
    loader = folder / LOADER
    loader.parent.mkdir(parents=True)
    loader.write_text(text, encoding="utf-8")
    return loader


def test_the_two_lines_become_no_ops_once_and_the_loader_still_compiles(tmp_path: Path) -> None:
    before = ("import sys\n\ndef move_into_pyside_package():\n" + STUB_GENERATOR_LINES[1] + "    return 1\n\n"
              + STUB_GENERATOR_LINES[0] + "import enum\n")
    loader = _loader_in(tmp_path, before)
    assert leave_out_stub_generator(tmp_path)
    once = loader.read_text(encoding="utf-8")
    assert leave_out_stub_generator(tmp_path)
    assert loader.read_text(encoding="utf-8") == once
    assert not any(line in once.splitlines(keepends=True) for line in STUB_GENERATOR_LINES)
    compile(once, str(loader), "exec")
    assert once.count("\n") == before.count("\n")  # line numbers in PySide's tracebacks stay true


def test_a_loader_without_those_lines_is_left_as_it_is(tmp_path: Path) -> None:
    other = "from shibokensupport.signature.lib import something_else\n"
    loader = _loader_in(tmp_path, other)
    assert not leave_out_stub_generator(tmp_path)
    assert loader.read_text(encoding="utf-8") == other
