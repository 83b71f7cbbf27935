"""The pseudo-locale walk: every word the app shows goes through translation.

A pseudo translation is made from lifeline_en.ts (each source wrapped and accented, "Save" -> "⟦Šàvé⟧", with %1 and
%n kept), compiled with pyside6-lrelease and installed over English. The demo vault is opened and every section,
each of its tabs and the dialogs that open without changing anything are shown; any visible text outside ⟦…⟧
fails the test, unless it is content: what the demo wrote (resources/demo, lifeline_desktop/demo), the built-in
library (resources/content), dates and numbers.
"""

from __future__ import annotations

import ast
import html
import os
import re
import shutil
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from lifeline_desktop.app import demo_gate_factory
from lifeline_desktop.demo.build import DEMO_PARTNERS
from lifeline_desktop.domain.partners import PartnerSlot

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ROOT / "resources" / "translations" / "lifeline_en.ts"
OPEN, CLOSE = "⟦", "⟧"
ACCENTS = str.maketrans("aceinosuyACEINOSUY", "àçéîñôšüýÀÇÉÎÑÔŠÜÝ")
KEEP = re.compile(r"(%n|%L?\d+|<[^>]*>|&[a-zA-Z]+;|&#?\w+;)")  # placeholders, markup and entities stay
PRODUCT_NAMES = {"Lifeline", "Relationship Lifeline"}


def pseudo(text: str) -> str:
    parts = KEEP.split(text)
    return OPEN + "".join(part if KEEP.fullmatch(part) else part.translate(ACCENTS) for part in parts) + CLOSE


def pseudo_ts(source: Path, target: Path) -> int:
    tree = ET.parse(source)
    count = 0
    for message in tree.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = [form.text or text for form in translation.iter("numerusform")]
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = pseudo(form)
        else:
            translation.text = pseudo(text)
        count += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return count


@pytest.fixture
def pseudo_locale(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    import subprocess

    ts, qm = tmp_path / "lifeline_pseudo.ts", tmp_path / "lifeline_pseudo.qm"
    assert pseudo_ts(ENGLISH, ts) > 500
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _strings_in(path: Path) -> list[str]:
    return [node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def _toml_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _toml_strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _toml_strings(item)]
    return []


def content_text() -> str:
    """Everything the app shows that is content, not its own words: the demo's writing and the built-in library."""
    texts = [text for path in sorted((ROOT / "lifeline_desktop" / "demo").glob("*.py")) for text in _strings_in(path)]
    resources = ROOT / "resources"
    for path in sorted([*(resources / "content").rglob("*.toml"), *(resources / "demo").glob("*.toml")]):
        texts += _toml_strings(tomllib.loads(path.read_text(encoding="utf-8")))
    texts += [partner.name for partner in DEMO_PARTNERS.values()]
    return "\n".join(texts)


def locale_words() -> set[str]:
    locale = QLocale()
    words = set()
    for number in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(locale.monthName(number, form))
            words.add(locale.standaloneMonthName(number, form))
    for number in range(1, 8):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(locale.dayName(number, form))
    words.update((locale.amText(), locale.pmText()))
    return {word.strip(".") for word in words}


WORD = re.compile(r"[^\W\d_]{2,}")
WRAPPED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")  # the innermost: a filled value may be wrapped too
SEPARATORS = re.compile(r"\s{2,}|\n| · |: |, |; ")
TAG = re.compile(r"<[^>]*>")
FIELD = re.compile(r"\{\w+\}")


class Walk:
    def __init__(self) -> None:
        self.content = content_text()
        self.dates = locale_words()
        self.found: dict[str, str] = {}
        # Content templates ("{practice} dipped for {name} lately: …") are content once filled, too.
        self.templates = [re.compile(".+?".join(map(re.escape, FIELD.split(text))), re.IGNORECASE | re.S)
                          for text in set(self.content.split("\n")) if FIELD.search(text)]

    def untranslated(self, text: str) -> list[str]:
        """The pieces of `text` that are neither wrapped, nor content, nor a date or a number."""
        plain = html.unescape(TAG.sub(" ", text)) if "<" in text else text
        while True:  # translated templates filled with translated values: take them out from the inside
            unwrapped = WRAPPED.sub("\n", plain)
            if unwrapped == plain:
                break
            plain = unwrapped
        if OPEN in plain or CLOSE in plain:
            return [plain]  # half a wrapped text: a translation was cut or glued to something
        lines = [line for line in plain.split("\n") if not any(t.fullmatch(line.strip()) for t in self.templates)]
        return [fragment for line in lines for fragment in map(self._fragment, SEPARATORS.split(line)) if fragment]

    def _fragment(self, part: str) -> str:
        fragment = part.strip(" \t·:,;.()[]-–—•♥✓★↻…#“”\"'!?|+")
        words = WORD.findall(fragment)
        if not words or fragment in PRODUCT_NAMES or fragment in self.content:
            return ""
        if os.sep in fragment and " " not in fragment:
            return ""  # a folder the user chose
        if all(word in self.dates for word in words):
            return ""
        return fragment

    def check(self, where: str, text: str) -> None:
        for piece in self.untranslated(text):
            self.found.setdefault(piece, where)

    def look_at(self, top: QWidget, where: str) -> None:
        if top.isVisible():
            self.check(f"{where}: window title", top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            name = f"{where}: {type(widget).__name__} {widget.objectName() or ''}".strip()
            if isinstance(widget, QLabel | QAbstractButton):
                self.check(name, widget.text())
            elif isinstance(widget, QGroupBox):
                self.check(name, widget.title())
            elif isinstance(widget, QTabBar):
                for index in range(widget.count()):
                    self.check(name, widget.tabText(index))
            elif isinstance(widget, QComboBox) and not widget.isEditable():
                for index in range(widget.count()):
                    self.check(name, widget.itemText(index))
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                self.check(f"{name} placeholder", widget.placeholderText())
            for action in widget.actions():
                if isinstance(action, QAction) and action.isVisible():
                    self.check(f"{name} action", action.text())


# The dialogs each section opens without changing anything (each gets the section's page).
DIALOGS = {
    "journal": (lambda page: page.new_entry(), lambda page: page.open_export()),
    "planner": (lambda page: page.ideas.add_requested.emit(),
                lambda page: page.calendar.new_plan_requested.emit(datetime(2026, 1, 10, 19, 0))),
    "conversations": (lambda page: page.show_help(),),
    "checkins": (lambda page: page.open_report(),),
}


def _look_at_dialogs(walk: Walk, app: object, where: str) -> None:
    main = app.window  # type: ignore[attr-defined]
    for top in QApplication.topLevelWidgets():
        if top is not main and top.isVisible():
            walk.look_at(top, where)
            for tabs in top.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    walk.look_at(top, f"{where} / {tabs.tabText(index)}")
            top.close()
    for dialog in main.findChildren(QDialog):
        if dialog.isVisible():
            walk.look_at(dialog, where)
            dialog.reject()


def test_every_visible_text_goes_through_translation(pseudo_locale, make_app, qtbot, clock):
    app = make_app(demo=True, gate=demo_gate_factory(clock))
    walk = Walk()
    app.wait_ready()
    walk.look_at(app.window, "unlock")
    app.unlock_as(PartnerSlot.A, DEMO_PARTNERS[PartnerSlot.A].passphrase)
    home = app.flow.home
    assert home is not None
    for row in range(home.navigation_model.rowCount()):
        home.show_section(row)
        app.wait_idle()
        page = home.pages.currentWidget()
        tab_widgets = page.findChildren(QTabWidget)
        walk.look_at(app.window, home.current_section())
        for tabs in tab_widgets:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                app.wait_idle()
                walk.look_at(app.window, f"{home.current_section()} / {tabs.tabText(index)}")
        for open_dialog in DIALOGS.get(home.current_section(), ()):
            open_dialog(page)
            app.wait_idle()
            _look_at_dialogs(walk, app, f"{home.current_section()} dialog")
    app.flow.open_settings()
    app.wait_idle()
    _look_at_dialogs(walk, app, "settings")
    report = "\n".join(f"  {where}: {text!r}" for text, where in sorted(walk.found.items(), key=lambda i: i[1]))
    assert not walk.found, f"{len(walk.found)} visible texts did not go through translation:\n{report}"


def test_the_pseudo_translation_keeps_placeholders():
    assert pseudo("Send to %1") == "⟦Šéñd tô %1⟧"
    assert pseudo("%n replies") == "⟦%n rép" + "lîéš⟧"
    assert pseudo("<b>Hi</b> &amp; more") == "⟦<b>Hî</b> &amp; môré⟧"


def test_the_walk_tells_our_words_from_content(qapp):
    """The check can fail: English of our own (not also found in content) is caught, wrapped text is not."""
    walk = Walk()
    ours = [source for message in ET.parse(ENGLISH).iter("message")
            if len(WORD.findall(source := message.findtext("source") or "")) >= 3 and "%" not in source
            and "<" not in source and source.strip(" .?!…") not in walk.content][:40]
    assert len(ours) == 40
    assert all(walk.untranslated(text) for text in ours)
    assert not any(walk.untranslated(pseudo(text)) for text in ours)
    assert not walk.untranslated(pseudo("Hello, %1").replace("%1", "Sam") + "  ·  Sat 3 Jan, 10:00")
