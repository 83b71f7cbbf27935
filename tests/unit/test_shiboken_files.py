"""PySide6's signature support as scripts/setup leaves it (packaging/shiboken_files.py): unpacked, compiled,
without the .pyi generator at start (which the developer's tool still finds), and with the parser's pattern for
argument lists compiled when first needed, not at every start."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.support.fresh_interpreter import ROOT, printed_words

sys.path.insert(0, str(ROOT / "packaging"))

from shiboken_files import EDITS, LOADER, PARSER, STUB_GENERATOR_LINES, edits_made, make_edits


def test_qt_starts_without_the_stub_generator_and_the_tool_still_finds_it() -> None:
    lines = printed_words(
        "import sys\n"
        "from PySide6.QtWidgets import QLabel\n"
        "print('files.dir' in sys.modules['shibokensupport'].__file__,\n"
        "      'shibokensupport.signature.lib.pyi_generator' in sys.modules)\n"
        "from PySide6.support.signature.lib.pyi_generator import generate_pyi\n"
        "print(callable(generate_pyi))\n")
    assert lines == ["True", "False", "True"]


def test_qt_starts_without_compiling_the_argument_pattern_and_still_words_a_wrong_call() -> None:
    lines = printed_words(
        "import os, sys\n"
        "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel('hello')\n"
        "parser = sys.modules['shibokensupport.signature.parser']\n"
        "print(parser.arglistParser._finditer.__name__)\n"
        "try:\n"
        "    label.setText(1)\n"
        "except TypeError as wrong:\n"
        "    said = str(wrong).replace(' ', '_')\n"
        "    print('Supported_signatures:' in said, 'setText(arg__1:_str' in said)\n"
        "print(parser.arglistParser._finditer.__name__)\n")
    assert lines == ["_compile_then_finditer", "True", "True", "finditer"]


def _support_files_in(folder: Path, loader: str, parser: str) -> None:
    for relative, text in ((LOADER, loader), (PARSER, parser)):
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text, encoding="utf-8")


def _as_pyside_writes_them() -> tuple[str, str]:
    loader = ("import sys\n\ndef move_into_pyside_package():\n" + STUB_GENERATOR_LINES[1] + "    return 1\n\n"
              + STUB_GENERATOR_LINES[0] + "import enum\n")
    parser_edit = next(edit for edit in EDITS if edit.file == PARSER)
    parser = ("import re\nfrom tool import build_brace_pattern\n\nclass ArglistParser:\n" + "".join(parser_edit.before)
              + "\n    def parse(self, argstr):\n        return list(self._finditer(argstr))\n")
    return loader, parser


def test_each_edit_is_made_once_keeps_the_line_count_and_the_files_still_compile(tmp_path: Path) -> None:
    loader, parser = _as_pyside_writes_them()
    _support_files_in(tmp_path, loader, parser)
    assert make_edits(tmp_path) == ["without the .pyi generator", "argument pattern compiled on first use"]
    once = {relative: (tmp_path / relative).read_text(encoding="utf-8") for relative in (LOADER, PARSER)}
    assert make_edits(tmp_path) == edits_made(tmp_path)
    for relative, before in ((LOADER, loader), (PARSER, parser)):
        after = (tmp_path / relative).read_text(encoding="utf-8")
        assert after == once[relative] != before
        compile(after, str(relative), "exec")
        assert after.count("\n") == before.count("\n")  # line numbers in PySide's tracebacks stay true
    assert not any(line in once[LOADER].splitlines(keepends=True) for line in STUB_GENERATOR_LINES)


def test_files_without_those_lines_are_left_as_they_are(tmp_path: Path) -> None:
    loader = "from shibokensupport.signature.lib import something_else\n"
    parser = "class ArglistParser:\n    def __init__(self):\n        self._finditer = None\n"
    _support_files_in(tmp_path, loader, parser)
    assert make_edits(tmp_path) == []
    assert (tmp_path / LOADER).read_text(encoding="utf-8") == loader
    assert (tmp_path / PARSER).read_text(encoding="utf-8") == parser


def test_one_of_the_stub_generator_lines_alone_does_not_count_as_the_edit(tmp_path: Path) -> None:
    _support_files_in(tmp_path, STUB_GENERATOR_LINES[0], "")
    assert make_edits(tmp_path) == []
