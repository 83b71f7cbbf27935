"""No plaintext on disk: what a couple writes never reaches a file in the clear (DESIGN.md sections 3 and 8).

A unique marker (Latin and Japanese) goes through the services into shared and private entries, a search, a
backup, a passphrase change and a key rotation. Then every file the app could have left is scanned for it in UTF-8,
UTF-16-LE and UTF-16-BE:

- the whole test folder (the vault: lifeline.db, -wal, -shm, lifeline.keys, lifeline.keys.bak, backups/**, the lock
  file, any leftover temp file; and the settings folder of the test's AppConfig);
- the process temp folder (tests/conftest.py points TMPDIR, SQLITE_TMPDIR and tempfile.tempdir there for the whole
  session; SQLite reads those once, at its start) and this test's own TMPDIR;
- every file this process holds open, through /proc/self/fd, including deleted ones: SQLite unlinks its temp files
  (sort spills, temp journals) at once, so they are visible only there, and only while open.

The scans run while the vault is open (when -wal and -shm exist and the engine's connections are live) and again
after lock.

Negative controls prove the scanner finds what is there: a plain sqlite3 file with the same writes; an SQLCipher
connection with `temp_store = FILE` doing a big sort that spills plaintext to a deleted temp file; a marker written
in the clear into the temp folder. The same big sort through the product's engine (temp_store = MEMORY) must leave
nothing.

Partner names are content too: they live only inside the encrypted database. Before unlock the unlock screen
shows an initial and a colour per partner (the key file's `label`), never a name.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from lifeline_desktop.config import AppConfig
from lifeline_desktop.domain.clock import ManualClock
from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session import Session, VaultGate
from lifeline_desktop.services.vault.views import PartnerSetup
from lifeline_desktop.store.engine import create_database, dispose_engine
from lifeline_desktop.vault.kdf import KdfPolicy
from lifeline_desktop.vault.remembered_key import RememberedKeys
from tests.support.vaults import MEI, ROSA, MemoryKeyring

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
PROC_FD = Path("/proc/self/fd")
KEY_FILE_NAMES = ("lifeline.keys", "lifeline.keys.bak")

# Enough rows of ~600 bytes that a sort with `cache_size = 10` (about 40 KiB of sorter memory) must spill.
BIG_SORT_ROWS = 3000


# ---------------------------------------------------------------------------------------------------------------------
# The scanner


@dataclass(frozen=True)
class Hit:
    where: str  # a path, or "/proc/self/fd/N -> target"
    marker: str
    encoding: str
    data: bytes = field(repr=False)

    def __str__(self) -> str:
        return f"{self.marker!r} in {self.encoding} in {self.where}"


def _needles(markers: Iterable[str]) -> list[tuple[str, str, bytes]]:
    return [(marker, encoding, marker.encode(encoding)) for marker in markers for encoding in ENCODINGS]


def _scan_bytes(where: str, data: bytes, markers: Iterable[str]) -> list[Hit]:
    return [Hit(where, marker, encoding, data) for marker, encoding, needle in _needles(markers) if needle in data]


def _files_under(folder: Path) -> Iterator[Path]:
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            if path.is_file() and not path.is_symlink():
                yield path


def scan_folders(folders: Iterable[Path], markers: list[str]) -> list[Hit]:
    hits: list[Hit] = []
    seen: set[Path] = set()
    for folder in folders:
        for path in _files_under(folder):
            real = path.resolve()
            if real in seen:
                continue
            seen.add(real)
            try:
                data = path.read_bytes()
            except FileNotFoundError:  # removed while we walked (a -journal, a temp file): nothing left to leak
                continue
            hits += _scan_bytes(str(path), data, markers)
    return hits


def open_fd_targets() -> list[tuple[Path, str]]:
    """Every regular file this process holds open: (the /proc link, what it points to, maybe '… (deleted)')."""
    targets = []
    for entry in PROC_FD.iterdir():
        try:
            target = os.readlink(entry)
            if not os.path.isfile(entry):  # follows the link: sockets, pipes, /dev/null… are not files
                continue
        except OSError:  # closed in the meantime (e.g. the fd os.listdir itself used)
            continue
        targets.append((entry, target))
    return targets


def scan_open_files(markers: list[str]) -> list[Hit]:
    hits: list[Hit] = []
    for link, target in open_fd_targets():
        try:
            data = link.read_bytes()  # a new open file description: the owner's offset is not disturbed
        except OSError:
            continue
        hits += _scan_bytes(f"{link} -> {target}", data, markers)
    return hits


def needs_proc_fd() -> None:
    if not PROC_FD.is_dir() or sys.platform != "linux":
        pytest.skip("scanning open and deleted temp files needs Linux's /proc/self/fd")


# ---------------------------------------------------------------------------------------------------------------------
# Markers and fixtures


@dataclass(frozen=True)
class Markers:
    latin: str
    japanese: str
    private_latin: str
    private_japanese: str
    name_a: str
    name_b: str

    @classmethod
    def new(cls) -> Markers:
        tag = uuid.uuid4().hex
        return cls(
            latin=f"LIFELINE-MARKER-{tag}",
            japanese=f"秘密のマーカー-{tag}",
            private_latin=f"LIFELINE-PRIVATE-{tag}",
            private_japanese=f"私だけの秘密-{tag}",
            name_a=f"Rosa-NAME-{tag}",
            name_b=f"眠い猫の名前-{tag}",
        )

    @property
    def content(self) -> list[str]:
        return [self.latin, self.japanese, self.private_latin, self.private_japanese]

    @property
    def names(self) -> list[str]:
        return [self.name_a, self.name_b]


@pytest.fixture
def markers() -> Markers:
    return Markers.new()


@pytest.fixture
def test_tmpdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own TMPDIR for Python-level temp files (SQLite's was fixed at its start: process_tmpdir)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def assert_nothing_leaks(hits: list[Hit], markers: Markers, when: str) -> None:
    """Content markers and names: nowhere."""
    leaks = [hit for hit in hits if hit.marker in markers.content or hit.marker in markers.names]
    assert not leaks, f"plaintext on disk {when}:\n" + "\n".join(str(hit) for hit in leaks)


# ---------------------------------------------------------------------------------------------------------------------
# The product: no plaintext anywhere


def _write_everything(session: Session, markers: Markers) -> None:
    big = "\n".join(f"line {i}: {markers.latin} {markers.japanese}" for i in range(2000))  # spans overflow pages
    session.journal.add_entry(f"{markers.latin} {markers.japanese}", big)
    session.journal.add_entry("a short one", f"before {markers.japanese} after")
    for i in range(30):  # enough rows that search and ordering have something to sort
        session.journal.add_entry(f"entry {i} {markers.latin}", f"{markers.japanese} number {i}")
    session.journal.add_entry(f"{markers.private_latin}", f"{markers.private_japanese}\n" * 500, private=True)


def _search_everything(session: Session, markers: Markers) -> None:
    for needle in (markers.latin, markers.japanese, markers.private_latin, markers.private_japanese, "entry"):
        assert session.journal.search(needle), needle


def test_no_marker_in_any_file_the_vault_leaves(tmp_path: Path, process_tmpdir: Path, test_tmpdir: Path,
                                                markers: Markers) -> None:
    """Catches: an unencrypted database, WAL or backup (a missing key pragma, a VACUUM INTO or rekey that writes
    plaintext), temp_store left at FILE (sort spills in clear), FTS or private text written to any side file or temp
    file, the private text sealed badly (in the key file, a log, a settings file)."""
    needs_proc_fd()
    config = AppConfig.in_folder(tmp_path)
    config.settings_dir.mkdir(parents=True)  # nothing writes here today; scanned so that it stays that way
    scanned = [tmp_path, process_tmpdir, test_tmpdir]

    def scan(when: str) -> None:
        assert_nothing_leaks(scan_folders(scanned, markers.content + markers.names)
                             + scan_open_files(markers.content + markers.names), markers, when)

    gate = VaultGate(config.default_vault_dir, ManualClock(), RememberedKeys(MemoryKeyring()),
                     KdfPolicy.fast_for_tests())
    rosa_setup = PartnerSetup(markers.name_a, ROSA.passphrase, ROSA.colour)
    mei_setup = PartnerSetup(markers.name_b, MEI.passphrase, MEI.colour)
    session, _recovery_key = gate.create(rosa_setup, mei_setup)
    try:
        _write_everything(session, markers)
        _search_everything(session, markers)
        vault = config.default_vault_dir
        assert (vault / "lifeline.db-wal").exists() and (vault / "lifeline.db-shm").exists()
        scan("while the vault is open (WAL and SHM present)")

        session.back_up_now()
        session.change_passphrase(ROSA.passphrase, "a new passphrase for Rosa")
        _search_everything(session, markers)
        scan("after a backup and a passphrase change, vault still open")
    finally:
        session.lock()
    scan("after lock")

    mei = gate.unlock(PartnerSlot.B, MEI.passphrase)
    try:
        assert mei.journal.search(markers.latin)
        mei.rotate_master_key()  # backup, rekey of every page, new key file
        mei.journal.add_entry(f"after rotation {markers.latin}", markers.japanese)
        assert mei.journal.search(markers.japanese)
        scan("after a key rotation, vault open")
    finally:
        mei.lock()
    scan("after the second lock")

    # The scans above must have seen the files that matter; an empty folder would pass trivially.
    names = {p.name for p in _files_under(config.default_vault_dir)}
    assert {"lifeline.db", "lifeline.keys", "lifeline.keys.bak"} <= names
    assert len(list((config.default_vault_dir / "backups").glob("*/lifeline.db"))) >= 2


def test_names_never_leave_the_encrypted_database(tmp_path: Path, markers: Markers) -> None:
    """Catches a name in the clear anywhere: the key file (the unlock screen shows initials only), a backup's info
    file or its key file copy, the settings."""
    gate = VaultGate(tmp_path / "vault", ManualClock(), RememberedKeys(MemoryKeyring()), KdfPolicy.fast_for_tests())
    session, _ = gate.create(PartnerSetup(markers.name_a, ROSA.passphrase, ROSA.colour),
                             PartnerSetup(markers.name_b, MEI.passphrase, MEI.colour))
    session.back_up_now()
    session.lock()
    assert [tile.label for tile in gate.tiles()] == [markers.name_a[0].upper(), markers.name_b[0].upper()]
    assert_nothing_leaks(scan_folders([tmp_path], markers.names), markers, "for partner names")


# ---------------------------------------------------------------------------------------------------------------------
# Big sorts: the product's pragmas keep them in memory; temp_store = FILE spills them in the clear


def _fill_big_table(execute, marker: str) -> None:  # type: ignore[no-untyped-def]
    execute("CREATE TABLE big (id INTEGER PRIMARY KEY, body TEXT)")  # body: unindexed, so ORDER BY must sort
    execute("BEGIN")
    for i in range(BIG_SORT_ROWS):
        execute("INSERT INTO big (body) VALUES (?)", (f"{(i * 7919) % BIG_SORT_ROWS:06d} {marker} " + "x" * 500,))
    execute("COMMIT")


SORT_SQL = "SELECT body FROM big ORDER BY body DESC"


def test_big_sort_through_the_product_engine_leaves_no_plaintext(tmp_path: Path, process_tmpdir: Path,
                                                                 test_tmpdir: Path, markers: Markers) -> None:
    """Catches: temp_store not MEMORY on the product's connections (sorter spill files hold plaintext), which the
    control below shows is a real leak on this SQLCipher build."""
    needs_proc_fd()
    folder = tmp_path / "sortdb"
    folder.mkdir()
    engine = create_database(folder / "lifeline.db", os.urandom(32))
    try:
        with engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            _fill_big_table(driver.execute, markers.latin)
            connection.exec_driver_sql("PRAGMA cache_size = 10")  # as small as the control's: would spill to FILE
            result = connection.exec_driver_sql(SORT_SQL)
            first = result.fetchone()  # the sorter has consumed every row; any spill file is open right now
            assert first is not None and markers.latin in first[0]
            hits = scan_open_files([markers.latin]) + scan_folders([folder, process_tmpdir, test_tmpdir],
                                                                   [markers.latin])
            result.close()
            assert not hits, "\n".join(str(hit) for hit in hits)
            assert connection.exec_driver_sql("PRAGMA temp_store").scalar() == 2
    finally:
        dispose_engine(engine)


def test_control_temp_store_file_spills_plaintext_the_scanner_finds(tmp_path: Path, process_tmpdir: Path,
                                                                    markers: Markers) -> None:
    """Negative control: the very same sort with `temp_store = FILE` puts the marker in a deleted temp file, in
    the process temp folder; the scanner must find it there (or the test above proves nothing)."""
    needs_proc_fd()
    connection = sqlcipher.connect(str(tmp_path / "control.db"), isolation_level=None)
    try:
        connection.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
        connection.execute("PRAGMA temp_store = FILE")
        connection.execute("PRAGMA cache_size = 10")
        _fill_big_table(connection.execute, markers.latin)
        cursor = connection.execute(SORT_SQL)
        assert markers.latin in cursor.fetchone()[0]
        hits = scan_open_files([markers.latin])
        spills = [hit for hit in hits if hit.where.endswith("(deleted)") and "control.db" not in hit.where]
        assert spills, "the FILE control should spill the sort, in the clear, to a deleted temp file"
        # ...and it lands in the folder the privacy scan covers: SQLite reads SQLITE_TMPDIR once, when it starts,
        # and tests/conftest.py sets it before anything imports sqlcipher3. (The scans also read /proc/self/fd, so a
        # spill elsewhere would still be seen; this checks the harness keeps its promise.)
        assert all(str(process_tmpdir) in hit.where for hit in spills), [hit.where for hit in spills]
        cursor.close()
    finally:
        connection.close()
    # The encrypted database itself stays clean even so: the leak is the spill, not the file.
    assert not scan_folders([tmp_path], [markers.latin])


def test_control_plain_sqlite_file_shows_the_marker(tmp_path: Path, markers: Markers) -> None:
    """Negative control: the same kind of writes into an unencrypted sqlite3 file are found, in every encoding
    SQLite can store text in."""
    for encoding, expected in (("UTF-8", "utf-8"), ("UTF-16le", "utf-16-le"), ("UTF-16be", "utf-16-be")):
        path = tmp_path / f"plain-{expected}.db"
        connection = sqlite3.connect(path)
        try:
            connection.execute(f"PRAGMA encoding = '{encoding}'")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("CREATE TABLE journal_entries (title TEXT, body TEXT)")
            connection.execute("INSERT INTO journal_entries VALUES (?, ?)",
                               (f"{markers.latin} {markers.japanese}", markers.japanese * 50))
            connection.commit()
            hits = scan_folders([tmp_path], [markers.latin, markers.japanese])  # found in -wal while open
            assert {(hit.marker, hit.encoding) for hit in hits} >= {(markers.latin, expected),
                                                                  (markers.japanese, expected)}
        finally:
            connection.close()
        assert not path.with_name(path.name + "-wal").exists()
        hits = _scan_bytes(str(path), path.read_bytes(), [markers.latin, markers.japanese])  # after the checkpoint
        assert {(hit.marker, hit.encoding) for hit in hits} >= {(markers.latin, expected),
                                                                (markers.japanese, expected)}


def test_control_the_temp_folder_and_deleted_files_are_read(process_tmpdir: Path, test_tmpdir: Path,
                                                            markers: Markers) -> None:
    """Negative control: a marker written in the clear into either temp folder, or into a deleted temp file held
    open, is found."""
    needs_proc_fd()
    for folder in (process_tmpdir, test_tmpdir):
        path = folder / f"clear-{uuid.uuid4().hex}.txt"
        path.write_bytes(markers.japanese.encode("utf-16-le"))
        try:
            assert [(hit.marker, hit.encoding) for hit in scan_folders([folder], markers.content)] == [
                (markers.japanese, "utf-16-le")]
        finally:
            path.unlink()
    with tempfile.TemporaryFile() as handle:  # unlinked at once, as SQLite does with its temp files
        handle.write(markers.latin.encode("utf-16-be"))
        handle.flush()
        assert not scan_folders([test_tmpdir], [markers.latin])
        hits = scan_open_files([markers.latin])
        assert [(hit.encoding, hit.where.endswith("(deleted)")) for hit in hits] == [("utf-16-be", True)]
        assert str(test_tmpdir) in hits[0].where
