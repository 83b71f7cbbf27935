"""The full export and its way back (a round trip), the private space by its owner alone, and the keepsake book
read back with pdftotext and rendered with pdftoppm."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime, timedelta

import pytest

from lifeline_desktop.demo.build import DEMO_PARTNERS, create_demo_vault
from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import MilestoneKind
from lifeline_desktop.services.reports.archive import ArchiveProblem
from lifeline_desktop.services.reports.keepsake import collect_keepsake, keepsake_html
from lifeline_desktop.services.session import VaultGate
from lifeline_desktop.services.story.views import MilestoneDraft
from lifeline_desktop.services.vault.consent import ConsentMissing, ConsentPurpose
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.support.vaults import MEI, ROSA

MARKER = "PRIVATE-MARKER-91c2"
PASS = {PartnerSlot.A: DEMO_PARTNERS[PartnerSlot.A].passphrase, PartnerSlot.B: DEMO_PARTNERS[PartnerSlot.B].passphrase}


@pytest.fixture
def demo(tmp_path, memory_keyring):
    clock = ManualClock(datetime(2026, 5, 20, 10, tzinfo=UTC))
    gate = create_demo_vault(tmp_path / "demo", clock, RememberedKeys(memory_keyring))
    session = gate.unlock(PartnerSlot.A, PASS[PartnerSlot.A])
    session.journal.add_entry(MARKER, MARKER, private=True)
    session.milestones.add(MilestoneDraft(MilestoneKind.FIRST_MET, "The bookshop", date(2015, 4, 21),
                                          "Rua do Norte."), "UTC")
    yield session, clock
    session.lock()


def _both(session, purpose):
    return tuple(session.verify_partner_passphrase(slot, PASS[slot], purpose) for slot in PartnerSlot)


def _comparable(document):
    return {key: value for key, value in document.items() if key not in ("exported_at",)}


def test_the_shared_export_needs_both_and_comes_back_whole_in_a_new_vault(demo, tmp_path, memory_keyring):
    session, clock = demo
    mine = session.verify_partner_passphrase(PartnerSlot.A, PASS[PartnerSlot.A], ConsentPurpose.SHARED_EXPORT)
    with pytest.raises(ConsentMissing):
        session.archive.export(tmp_path / "alone.zip", (mine,), private=False, as_zip=True)
    assert not (tmp_path / "alone.zip").exists()
    path = session.archive.export(tmp_path / "ours.zip", _both(session, ConsentPurpose.SHARED_EXPORT),
                                  private=False, as_zip=True)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert "lifeline.json" in names and "README.md" in names
        assert any(name.startswith("entries/") and name.endswith(".md") for name in names)
        everything = b"".join(archive.read(name) for name in names)
    assert MARKER.encode() not in everything and b"NOT ENCRYPTED" in everything
    original = session.archive.document(private=False)
    assert original["entries"] and original["appreciations"] and original["plans"] and original["milestones"]

    gate = VaultGate(tmp_path / "new", clock, RememberedKeys(memory_keyring), KdfPolicy.fast_for_tests())
    fresh, _key = gate.create(ROSA, MEI)
    try:
        restored_count = fresh.archive.restore(path)
        assert restored_count > 10
        restored = fresh.archive.document(private=False)
        for key in ("entries", "appreciations", "plans", "milestones"):
            assert restored[key] == original[key], key
        with pytest.raises(ArchiveProblem, match="new, empty vault"):
            fresh.archive.restore(path)
    finally:
        fresh.lock()


def test_a_private_space_is_exported_by_its_owner_alone_and_holds_only_their_entries(demo, tmp_path):
    session, _clock = demo
    consent = session.verify_partner_passphrase(PartnerSlot.A, PASS[PartnerSlot.A], ConsentPurpose.PRIVATE_EXPORT)
    folder = session.archive.export(tmp_path / "mine", (consent,), private=True, as_zip=False)
    text = (folder / "lifeline.json").read_text(encoding="utf-8")
    assert MARKER in text and "Something I haven't said yet" in text
    assert "For me only" not in text  # Alex's private entry: never
    assert "Thank you for Tuesday" not in text  # shared entries are not in a private archive


def test_the_keepsake_needs_both_and_reads_back_as_a_book(demo, tmp_path, qapp):
    import shutil
    import subprocess

    from lifeline_desktop.ui.story.keepsake_pdf import keepsake_pdf_bytes

    session, clock = demo
    since, until = date(2025, 5, 21), date(2026, 5, 20)
    with pytest.raises(ConsentMissing):
        collect_keepsake(session, since, until, _both(session, ConsentPurpose.SHARED_EXPORT))
    book = collect_keepsake(session, since, until, _both(session, ConsentPurpose.KEEPSAKE))
    html = keepsake_html(book)
    assert MARKER not in html and "For me only" not in html
    pdf = tmp_path / "keepsake.pdf"
    pdf.write_bytes(keepsake_pdf_bytes(html, book.title))
    text = subprocess.run([shutil.which("pdftotext") or "pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Our year" in text and "Sam" in text and "Alex" in text and "not encrypted" in text
    assert "The kitchen dance" in text and MARKER not in text
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "2", str(pdf), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 2 and all(page.stat().st_size > 1000 for page in pages)
    assert clock.now() - timedelta(days=1) < clock.now()
