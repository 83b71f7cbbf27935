"""The recovery key on paper and in a file: grouped, with the words that explain it."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter

from lifeline_desktop.ui.common.recovery_key_view import RecoveryKeyView, key_lines, print_key, save_key

KEY = "-".join(["ABCD"] * 14)


def test_the_key_prints_to_a_pdf_and_saves_to_a_text_file(qtbot, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # stands in for a paper printer
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    print_key(KEY, printer)
    assert (tmp_path / "key.pdf").read_bytes().startswith(b"%PDF")
    save_key(KEY, tmp_path / "key.txt")
    text = (tmp_path / "key.txt").read_text(encoding="utf-8")
    assert all(line in text for line in key_lines(KEY))
    assert "private space" in text


def test_the_view_shows_groups_in_two_lines_and_forgets_the_key_when_cleared(qtbot):
    view = RecoveryKeyView()
    qtbot.addWidget(view)
    view.set_key(KEY)
    assert view.key_label.text().count("\n") == 1
    assert view.key_label.accessibleDescription().split() == ["ABCD"] * 14
    view.clear()
    assert view.key_label.text() == ""
