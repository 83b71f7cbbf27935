"""The demo year's keepsake: makes the book from a fresh demo vault and saves its first pages as PNG.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/keepsake_pages.py
Writes docs/screenshots/keepsake-page-1.png … -4.png and prints the PDF's size.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtGui import QGuiApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lifeline_desktop.demo.build import DEMO_PARTNERS, create_demo_vault  # noqa: E402
from lifeline_desktop.domain.clock import SystemClock  # noqa: E402
from lifeline_desktop.domain.partners import PartnerSlot  # noqa: E402
from lifeline_desktop.services.reports.keepsake import collect_keepsake, keepsake_html  # noqa: E402
from lifeline_desktop.services.vault.consent import ConsentPurpose  # noqa: E402
from lifeline_desktop.ui.story.keepsake_pdf import keepsake_pdf_bytes  # noqa: E402

PAGES = 4


def main() -> None:
    app = QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        gate = create_demo_vault(Path(folder) / "demo", SystemClock())
        session = gate.unlock(PartnerSlot.A, DEMO_PARTNERS[PartnerSlot.A].passphrase)
        try:
            consents = tuple(session.verify_partner_passphrase(slot, DEMO_PARTNERS[slot].passphrase,
                                                               ConsentPurpose.KEEPSAKE) for slot in PartnerSlot)
            until = session.milestones.today()
            book = collect_keepsake(session, until - timedelta(days=365), until, consents)
            pdf = Path(folder) / "keepsake.pdf"
            pdf.write_bytes(keepsake_pdf_bytes(keepsake_html(book), book.title))
        finally:
            session.lock()
        print(f"keepsake.pdf: {pdf.stat().st_size} bytes")
        out = ROOT / "docs" / "screenshots" / "keepsake-page"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", str(PAGES), str(pdf), str(out)], check=True)
        subprocess.run(["pdfinfo", str(pdf)], check=False)
    del app


if __name__ == "__main__":
    main()
