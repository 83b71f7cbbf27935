"""Translations stay whole: error sentences reach lupdate, English plurals are written, the .qm matches the .ts,
and no template is filled by hand."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts import error_texts

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
ENGLISH = TRANSLATIONS / "lifeline_en.ts"
UI = ROOT / "lifeline_desktop" / "ui"


def test_error_texts_list_every_sentence_raised_below_the_ui() -> None:
    assert error_texts.TARGET.read_text(encoding="utf-8") == error_texts.module_text(), (
        "lifeline_desktop/ui/error_texts.py is behind the msg() calls: run scripts/update-translations")


def test_every_msg_template_is_a_literal() -> None:
    """lupdate (through error_texts) can only collect a template written out; values go in as %1, %2."""
    unmarked = []
    for path in sorted((ROOT / "lifeline_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"
                    and not (node.args and isinstance(node.args[0], ast.Constant))):
                unmarked.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not unmarked


def test_every_english_plural_has_its_two_forms() -> None:
    missing = []
    for message in ET.parse(ENGLISH).iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if translation.get("type") == "unfinished" or len(forms) != 2 or not all("%n" in f for f in forms):
            missing.append(message.findtext("source"))
    assert not missing, f"fill the English singular and plural in {ENGLISH.name} (Qt Linguist): {missing}"


def test_the_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), (
            f"{ts.with_suffix('.qm').name} is older than {ts.name}: run scripts/update-translations")


def test_the_ui_fills_templates_one_way() -> None:
    """`fill(template, …)` (ui/common/text.py), never `.replace("%1", …)`: one value can hold "%2"."""
    by_hand = [f"{path.relative_to(ROOT)}:{number}" for path in sorted(UI.rglob("*.py"))
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
               if '.replace("%' in line]
    assert not by_hand
