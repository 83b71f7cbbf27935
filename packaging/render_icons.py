"""Renders the app icon (resources/icons/app.svg) for the installers, with Qt offscreen: the same tool on every OS.

    python packaging/render_icons.py OUT_DIR [SIZE ...]

writes OUT_DIR/lifeline-<size>.png for each size (default 16 32 48 64 128 256 512), and lifeline.ico (Windows)
and lifeline.icns (macOS) where Qt's image plugins can write them. No network, no extra tools.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
DEFAULT_SIZES = (16, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    sizes = [int(s) for s in argv[1:]] or list(DEFAULT_SIZES)
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted(set(sizes) | {256})}
    for size in sizes:
        path = out / f"lifeline-{size}.png"
        if not images[size].save(str(path), "PNG"):
            print(f"cannot write {path}", file=sys.stderr)
            return 1
    writable = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    if "ico" in writable:
        images[256].save(str(out / "lifeline.ico"), "ICO")
    if "icns" in writable:
        images[256].save(str(out / "lifeline.icns"), "ICNS")
    print(f"icons in {out}: {', '.join(sorted(p.name for p in out.iterdir()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
