"""The full export and its way back (a round trip), the private space by its owner alone, and the keepsake book
read back with pdftotext and rendered with pdftoppm."""

from __future__ import annotations

import json
import unicodedata
import zipfile
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from lifeline_desktop.demo.build import DEMO_PARTNERS, create_demo_vault
from lifeline_desktop.demo.text import demo_planner
from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.domain.vocabulary import MemoryKind, MilestoneKind
from lifeline_desktop.services.reports.archive import ArchiveProblem
from lifeline_desktop.services.reports.archive_format import ARCHIVE_README
from lifeline_desktop.services.reports.archive_out import SETTING_KEYS
from lifeline_desktop.services.reports.keepsake import PAGE_FOOTER, collect_keepsake, keepsake_html
from lifeline_desktop.services.session import VaultGate
from lifeline_desktop.services.story.views import MilestoneDraft
from lifeline_desktop.services.vault.consent import ConsentMissing, ConsentPurpose
from lifeline_desktop.store.models import (
    Base,
    ConversationSessionRow,
    FollowUpRow,
    JournalEntryRow,
    PlanRow,
    UserScriptRow,
    VaultMetaRow,
    WishRow,
)
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.support.vault_tables import vault_tables
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


# What a shared archive leaves behind on purpose, and what a new vault has of its own (its own names, its own keys).
_NOT_COMPARED = {"partners", "journals", "vault_meta"}
_LINKS = {"journal_entry_id": "entries", "idea_id": "ideas", "plan_id": "plans", "check_in_id": "check_ins"}


def _fill_the_rest(session, clock):
    """What the demo does not have yet: a revealed wish and one still in the jar, a follow-up both answered, an
    own script, a hidden memory and a shared setting."""
    with session._context.transaction() as orm:
        plan = orm.scalars(select(PlanRow).order_by(PlanRow.id)).first()
        talk = orm.scalars(select(ConversationSessionRow).order_by(ConversationSessionRow.id)).first()
        orm.add(WishRow(author_slot=PartnerSlot.B, text="A night swim at the lido", created_at=clock.now(),
                        drawn_at=clock.now(), drawn_by_slot=PartnerSlot.A, revealed_at=clock.now(), plan_id=plan.id))
        for slot, rating in ((PartnerSlot.A, 7), (PartnerSlot.B, 8)):
            orm.add(FollowUpRow(conversation_id=talk.id, partner_slot=slot, answered_at=clock.now(), rating=rating,
                                revealed_at=clock.now()))
        orm.add(UserScriptRow(script_id="own-sunday-reset", version=2, toml='title = "Our Sunday reset"\n',
                              created_at=clock.now(), updated_at=clock.now(), created_by=PartnerSlot.B))
        entry = orm.scalars(select(JournalEntryRow.id).where(JournalEntryRow.visibility == "shared")).first()
    session.memories.hide(MemoryKind.ENTRY, entry)
    session.memories.set_on(False)
    session.planner.wishes.add(f"{MARKER} a wish still in the jar")


def _resolved(document):
    """The document with its links replaced by what they point at, and its own ids left out."""
    by_id = {section: {item["id"]: item.get("title") or item.get("body") or item.get("round_key")
                       for item in document[section]} for section in ("entries", "ideas", "plans", "check_ins")}
    by_id["plans"].update({m["reminder_plan"]["id"]: m["title"] for m in document["milestones"] if m["reminder_plan"]})
    kinds = {"entry": "entries", "appreciation": "appreciations", "plan": "plans"}

    def walk(value, kind=None):
        if isinstance(value, dict):
            out = {key: (by_id[_LINKS[key]].get(item) if key in _LINKS and item is not None else walk(item))
                   for key, item in value.items() if key != "id"}
            if kind == "hidden" and "item_id" in value:
                out["item_id"] = [i.get("body") or i.get("title") for i in document[kinds[value["kind"]]]
                                  if i["id"] == value["item_id"]]
            return out
        if isinstance(value, list):
            return [walk(item, kind) for item in value]
        return value

    return {key: walk(value, "hidden" if key == "hidden_memories" else None) for key, value in document.items()
            if key not in ("exported_at", "exported_by", "partners", "wishes_in_the_jar")}


def test_the_shared_export_needs_both_and_comes_back_whole_in_a_new_vault(demo, tmp_path, memory_keyring):
    session, clock = demo
    _fill_the_rest(session, clock)
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
        sent = json.loads(archive.read("lifeline.json"))
    assert MARKER.encode() not in everything and b"NOT ENCRYPTED" in everything
    assert sent["version"] == 2 and sent["wishes_in_the_jar"]["a"] >= 1
    readme = ARCHIVE_README.replace("{{", "{").replace("}}", "}")
    assert all(f"`{section}`" in readme for section in sent), "every section of lifeline.json is documented"
    tables = tuple(t.name for t in Base.metadata.sorted_tables if t.name not in _NOT_COMPARED)
    with session._context.transaction() as orm:
        went_out = vault_tables(orm, tables)
        settings = {row.key: row.value for row in orm.scalars(select(VaultMetaRow))}

    gate = VaultGate(tmp_path / "new", clock, RememberedKeys(memory_keyring), KdfPolicy.fast_for_tests())
    fresh, _key = gate.create(ROSA, MEI)
    try:
        assert fresh.archive.restore(path) > 50
        with fresh._context.transaction() as orm:
            came_back = vault_tables(orm, tables)
            restored_settings = {row.key: row.value for row in orm.scalars(select(VaultMetaRow))}
        kept = {table for table, rows in went_out.items() if rows}
        assert kept >= {"journal_entries", "entry_replies", "entry_reactions", "entry_read_markers", "tags",
                        "appreciation_notes", "plans", "plan_outcomes", "plan_reflections", "plan_exceptions",
                        "milestones", "activity_ideas", "wishes", "user_scripts", "conversation_sessions",
                        "conversation_step_notes", "follow_ups", "check_ins", "agenda_topics", "checkups",
                        "checkup_turns", "sealed_answers", "program_enrolments", "program_step_progress",
                        "hidden_memories"}
        assert not went_out["drafts"] and not went_out["private_answers"]  # what stays behind, by the rule
        for table in tables:
            assert came_back[table] == went_out[table], table
        for key in SETTING_KEYS:
            if key != "guide.path":  # it names its check-up by id: compared through the guide below
                assert restored_settings.get(key) == settings.get(key), key
        assert fresh.guide.path() is not None and not fresh.memories.is_on()
        assert _resolved(fresh.archive.document(private=False)) == _resolved(sent)
        with pytest.raises(ArchiveProblem, match="new, empty vault"):
            fresh.archive.restore(path)
    finally:
        fresh.lock()


def test_a_private_space_is_exported_by_its_owner_alone_and_comes_back_private(demo, tmp_path, memory_keyring):
    session, clock = demo
    session.planner.wishes.add(f"{MARKER} a wish of mine")
    talk = session.conversations.history()[0]
    session.conversations.save_note(talk.id, 1, f"{MARKER} my own note", private=True)
    ours = session.archive.export(tmp_path / "ours.zip", _both(session, ConsentPurpose.SHARED_EXPORT),
                                  private=False, as_zip=True)
    with zipfile.ZipFile(ours) as archive:
        assert not any(MARKER.encode() in archive.read(name) for name in archive.namelist())
    consent = session.verify_partner_passphrase(PartnerSlot.A, PASS[PartnerSlot.A], ConsentPurpose.PRIVATE_EXPORT)
    folder = session.archive.export(tmp_path / "mine", (consent,), private=True, as_zip=False)
    text = (folder / "lifeline.json").read_text(encoding="utf-8")
    assert MARKER in text and "Something I haven't said yet" in text and demo_planner().a.wish in text
    assert f"{MARKER} my own note" in text
    assert "For me only" not in text and demo_planner().b.wish not in text  # Alex's private things: never
    assert "Thank you for Tuesday" not in text  # shared entries are not in a private archive
    went_out = json.loads(text)

    gate = VaultGate(tmp_path / "new", clock, RememberedKeys(memory_keyring), KdfPolicy.fast_for_tests())
    fresh, _key = gate.create(ROSA, MEI)
    try:
        fresh.archive.restore(ours)
        assert fresh.archive.restore(folder) == len(went_out["entries"]) + 3
        same_talk = next(t for t in fresh.conversations.history() if t.started_at == talk.started_at)
        assert [(n.private, n.text) for n in fresh.conversations.notes(same_talk.id) if n.private] == [
            (True, f"{MARKER} my own note")]
        assert sorted(w.text for w in fresh.planner.wishes.state().mine) == sorted(
            w["text"] for w in went_out["wishes"])
        came_back = fresh.archive.document(private=True)
        assert [(e["title"], e["body"], e["tags"]) for e in came_back["entries"]] == [
            (e["title"], e["body"], e["tags"]) for e in went_out["entries"]]
        with fresh._context.transaction() as orm:  # in the new vault too, private text only as ciphertext
            assert not orm.scalars(select(WishRow).where(WishRow.text.is_not(None))).first()
            assert all(not row.body for row in orm.scalars(select(JournalEntryRow).where(
                JournalEntryRow.visibility == "private")))
            assert not orm.scalars(select(JournalEntryRow).where(JournalEntryRow.body.contains(MARKER))).first()
    finally:
        fresh.lock()

    other, _key = VaultGate(tmp_path / "other", clock, RememberedKeys(memory_keyring),
                            KdfPolicy.fast_for_tests()).create(ROSA, MEI)
    try:  # a damaged wish at the end: nothing of the private archive comes in
        damaged = dict(went_out, wishes=[*went_out["wishes"], {"created_at": None}])
        (tmp_path / "damaged").mkdir()
        (tmp_path / "damaged" / "lifeline.json").write_text(json.dumps(damaged), encoding="utf-8")
        with pytest.raises(ArchiveProblem, match="damaged"):
            other.archive.restore(tmp_path / "damaged")
        nothing = other.archive.document(private=True)
        assert nothing["entries"] == nothing["wishes"] == nothing["notes"] == []
        # without its conversation in this vault, my note comes back into my private journal
        assert other.archive.restore(folder) == len(went_out["entries"]) + 3
        assert f"{MARKER} my own note" in [e["body"] for e in other.archive.document(private=True)["entries"]]
    finally:
        other.lock()


def test_an_archive_of_version_1_still_comes_back(demo, tmp_path, memory_keyring):
    """Version 1 had no ids and fewer columns; what it lacks comes back with plain defaults."""
    session, clock = demo
    v2 = session.archive.document(private=False)
    v1 = {"format": "lifeline-archive", "version": 1, "scope": "shared", "exported_at": v2["exported_at"],
          "partners": v2["partners"],
          "entries": [{key: e[key] for key in ("author", "title", "body", "mood", "tags", "prompt_id", "created_at",
                                               "updated_at")}
                      | {"replies": [{k: r[k] for k in ("author", "body", "created_at")} for r in e["replies"]],
                         "reactions": [{k: r[k] for k in ("author", "reaction")} for r in e["reactions"]]}
                      for e in v2["entries"]],
          "appreciations": [{k: v for k, v in n.items() if k != "id"} for n in v2["appreciations"]],
          "milestones": [{k: v for k, v in m.items() if k not in ("created_at", "reminder_plan")}
                         | {"reminder_plan": None} for m in v2["milestones"]],
          "plans": [{k: v for k, v in p.items() if k not in ("id", "created_at", "updated_at", "from_wish", "idea_id")}
                    for p in v2["plans"]]}
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "lifeline.json").write_text(json.dumps(v1), encoding="utf-8")
    gate = VaultGate(tmp_path / "new", clock, RememberedKeys(memory_keyring), KdfPolicy.fast_for_tests())
    fresh, _key = gate.create(ROSA, MEI)
    try:
        fresh.archive.restore(tmp_path / "old")
        back = fresh.archive.document(private=False)
        assert [(e["title"], e["body"], len(e["replies"])) for e in back["entries"]] == [
            (e["title"], e["body"], len(e["replies"])) for e in v2["entries"]]
        assert [p["title"] for p in back["plans"]] == [p["title"] for p in v2["plans"]]
        assert [m["title"] for m in back["milestones"]] == [m["title"] for m in v2["milestones"]]
    finally:
        fresh.lock()


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
    pages_text = [page for page in text.split("\f") if page.strip()]
    assert len(pages_text) > 2 and all(
        PAGE_FOOTER in " ".join(unicodedata.normalize("NFKC", page).split()) for page in pages_text)  # "ﬁ" -> "fi"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "2", str(pdf), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 2 and all(page.stat().st_size > 1000 for page in pages)
    assert clock.now() - timedelta(days=1) < clock.now()
