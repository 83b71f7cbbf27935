"""Warm light and dark palettes, a small style sheet, the app-wide text size, and following the system's colour
scheme."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from lifeline_desktop.resource_paths import resources_dir

# How much larger than normal each text size is (the style sheet's sizes and the application font both scale).
TEXT_SCALES = {"normal": 1.0, "larger": 1.12, "largest": 1.25}
_FONT_SIZE = re.compile(r"font-size:\s*([0-9.]+)pt")
_BASE_POINT_SIZE = "lifelineBasePointSize"  # the application font's own size, before any scaling
STYLE = "Fusion"
_STYLE_SET = "lifelineStyle"  # the style this module set, kept on the application


def styled_application(argv: list[str]) -> QApplication:
    """A QApplication in Lifeline's style from the start (`-style`). `setStyle()` would hand the new style back to
    Python, and PySide6 would make the Python type for QStyle then: 14 enums, about 15 ms before the first window.
    `apply_theme` sees the style is there and leaves it."""
    app = QApplication([*argv, "-style", STYLE])
    app.setProperty(_STYLE_SET, STYLE)
    return app


@dataclass(frozen=True)
class Colours:
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    button: str
    highlight: str
    highlighted_text: str
    sidebar: str
    border: str
    warning_bg: str
    link: str


LIGHT = Colours(
    window="#FBF6F1", base="#FFFFFF", alternate="#F6EEE7", text="#3B2F2A", muted="#7A6A62",
    button="#F3E7DD", highlight="#C8553D", highlighted_text="#FFFFFF", sidebar="#F4EAE1",
    border="#E2D3C7", warning_bg="#FCE8D8", link="#A8432F",
)
DARK = Colours(
    window="#25201D", base="#2E2723", alternate="#332B27", text="#F2E8E1", muted="#B9A89E",
    button="#3A302B", highlight="#E07A5F", highlighted_text="#1E1916", sidebar="#1F1A18",
    border="#4A3E37", warning_bg="#4A3328", link="#F2A58E",
)


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def colours_for(theme: str) -> Colours:
    if theme == "dark":
        return DARK
    if theme == "light":
        return LIGHT
    return DARK if system_prefers_dark() else LIGHT


def palette_for(c: Colours) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.window), (role.WindowText, c.text), (role.Base, c.base),
        (role.AlternateBase, c.alternate), (role.Text, c.text), (role.Button, c.button),
        (role.ButtonText, c.text), (role.Highlight, c.highlight), (role.HighlightedText, c.highlighted_text),
        (role.ToolTipBase, c.base), (role.ToolTipText, c.text), (role.PlaceholderText, c.muted),
        (role.Link, c.link), (role.BrightText, c.highlight), (role.Mid, c.border), (role.Dark, c.border),
    ):
        p.setColor(r, QColor(value))
    disabled = QColor(c.muted)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return p


def scaled_font_sizes(sheet: str, scale: float) -> str:
    """Every `font-size: Npt` in a style sheet, times `scale` (rounded to a tenth of a point)."""
    if scale == 1.0:
        return sheet
    return _FONT_SIZE.sub(lambda m: f"font-size: {round(float(m.group(1)) * scale, 1)}pt", sheet)


def text_scale(app: QApplication) -> float:
    """How much larger than its own size the application font is now (1.0 before any text size is applied)."""
    base = app.property(_BASE_POINT_SIZE)
    return app.font().pointSizeF() / base if isinstance(base, float) and base > 0 else 1.0


def apply_text_size(app: QApplication, text_size: str) -> None:
    """The application font at `text_size` (widgets the style sheet sizes follow it through `style_sheet`)."""
    base = app.property(_BASE_POINT_SIZE)
    if not isinstance(base, float):
        base = app.font().pointSizeF()
        app.setProperty(_BASE_POINT_SIZE, base)
    font = app.font()
    font.setPointSizeF(base * TEXT_SCALES.get(text_size, 1.0))
    app.setFont(font)


def style_sheet(c: Colours, text_size: str = "normal") -> str:
    template = (resources_dir() / "styles" / "lifeline.qss").read_text(encoding="utf-8")
    template = template.replace("@icons", (resources_dir() / "icons").as_posix())
    for name, value in sorted(vars(c).items(), key=lambda item: -len(item[0])):  # longest names first
        template = template.replace("@" + name, value)
    return scaled_font_sizes(template, TEXT_SCALES.get(text_size, 1.0))


def apply_theme(app: QApplication, theme: str, text_size: str = "normal") -> Colours:
    """Applies a theme ("system", "light" or "dark") and a text size ("normal", "larger", "largest") to the
    whole application; returns its colours."""
    colours = colours_for(theme)
    if app.property(_STYLE_SET) != STYLE:
        app.setStyle(STYLE)
        app.setProperty(_STYLE_SET, STYLE)
    app.setPalette(palette_for(colours))
    apply_text_size(app, text_size)
    app.setStyleSheet(style_sheet(colours, text_size))
    return colours
