"""Entry script of the packaged app (PyInstaller bundle, .deb, Windows installer, macOS .app).

    lifeline [app arguments]      the app itself: lifeline_desktop.app.main()
    lifeline --self-test DIR      no window, no Qt: create a vault in DIR, write an entry, lock, unlock it as the
                                  other partner, read the entry back, check the database file holds no plaintext,
                                  lock; prints "self-test ok" and exits 0, or prints what failed and exits 1.

The self-test is what CI runs against the installed .deb (offscreen, under Xvfb and under strace), so it proves
that the frozen bundle carries everything the vault needs: SQLCipher, the Argon2 binding, AES-GCM (OpenSSL through
hashlib's library on Linux, cryptography where that is out of reach), the Alembic migration scripts (read from disk
as .py files), pydantic, and keyring with its backends' entry points.

It lives in packaging/, not in the package: it is how the bundle starts, and it adds nothing to the app itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

SELF_TEST_FLAG = "--self-test"


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def _check_keyring_backends() -> str:
    """keyring finds its backends through entry points: the bundle must carry keyring's metadata and the modules."""
    import importlib.metadata

    from keyring.backend import KeyringBackend, _load_plugins

    names = {ep.name for ep in importlib.metadata.entry_points(group="keyring.backends")}
    _load_plugins()
    modules = {cls.__module__ for cls in getattr(KeyringBackend, "_classes", set())}
    if sys.platform.startswith("linux"):
        _check("SecretService" in names, f"keyring's entry points are missing from the bundle (found {sorted(names)})")
        _check("keyring.backends.SecretService" in modules,
               f"keyring's Secret Service backend did not load (loaded: {sorted(modules)})")
        import jeepney  # noqa: F401  (the Secret Service backend needs both at run time)
        import secretstorage  # noqa: F401
    return ", ".join(sorted(m.rsplit(".", 1)[-1] for m in modules))


def _check_page_modules() -> None:
    """Every section's page is in the bundle: the home view imports them by name, which PyInstaller cannot see
    (without them the window would never get past the unlock screen). Looked up, not imported: no Qt GUI here."""
    from importlib.util import find_spec

    from lifeline_desktop.ui.shell.page_modules import page_modules

    def present(module: str) -> bool:
        try:
            return find_spec(module) is not None
        except ModuleNotFoundError:  # its package is missing too
            return False

    missing = [module for module in page_modules() if not present(module)]
    _check(not missing, f"section pages missing from the bundle: {missing}")


def self_test(folder: Path) -> None:
    import secrets

    from lifeline_desktop.domain.clock import SystemClock
    from lifeline_desktop.domain.partners import PartnerSlot
    from lifeline_desktop.resource_paths import resources_dir
    from lifeline_desktop.services.session import VaultGate
    from lifeline_desktop.services.vault.views import PartnerSetup
    from lifeline_desktop.vault import crypto, openssl_gcm
    from lifeline_desktop.vault.kdf import KdfPolicy
    from lifeline_desktop.vault.remembered_key import RememberedKeys

    resources = resources_dir()
    _check((resources / "icons" / "app.svg").is_file(), f"resources are incomplete in {resources}")
    _check_page_modules()
    backends = _check_keyring_backends()

    marker = f"lifeline-self-test-{secrets.token_hex(8)}"
    title, body = f"{marker} title", f"{marker} body: the packaged app keeps this secret."
    partner_a = PartnerSetup("Self-test A", "correct horse battery staple", "#c8643b")
    partner_b = PartnerSetup("Self-test B", "river walk at dusk, twice", "#3b7ea1")
    folder.mkdir(parents=True, exist_ok=True)
    # The keyring is never touched: a throwaway vault has no business in the user's keyring.
    gate = VaultGate(folder, SystemClock(), RememberedKeys(disabled_reason="self-test"), KdfPolicy.fast_for_tests())
    session, recovery_key = gate.create(partner_a, partner_b)
    try:
        session.journal.add_entry(title, body)
    finally:
        session.lock()
    _check(bool(recovery_key), "no recovery key was made")

    session = gate.unlock(PartnerSlot.B, partner_b.passphrase)
    try:
        found = [e for e in session.journal.entries() if e.title == title]
        _check(len(found) == 1 and found[0].body == body, "the entry did not read back after lock and unlock")
    finally:
        session.lock()

    needle = marker.encode()
    files = [p for p in folder.rglob("*") if p.is_file()]
    _check(any(p.name == "lifeline.db" for p in files), f"no lifeline.db in {folder}")
    leaks = [str(p) for p in files if needle in p.read_bytes()]
    _check(not leaks, f"plaintext found on disk in: {leaks}")
    # No GUI: PyInstaller's Qt run-time hook loads QtCore (for its qt.conf) in the bundle, but nothing may load
    # QtGui or QtWidgets, which would need a display.
    gui_loaded = sorted(name for name in sys.modules if name in ("PySide6.QtGui", "PySide6.QtWidgets"))
    _check(not gui_loaded, f"the self-test loaded Qt's GUI modules: {gui_loaded}")
    support = sys.modules.get("shibokensupport")  # loaded with QtCore by PyInstaller's Qt run-time hook
    pyside_support = "unpacked" if support and "files.dir" in str(getattr(support, "__file__", "")) else "embedded"
    if "shibokensupport.signature.lib.pyi_generator" not in sys.modules:
        pyside_support += ", without the .pyi generator"
    parser = sys.modules.get("shibokensupport.signature.parser")
    finditer = getattr(getattr(parser, "arglistParser", None), "_finditer", None)
    if getattr(finditer, "__name__", "") == "_compile_then_finditer":
        pyside_support += ", argument pattern compiled on first use"  # not yet compiled: nothing asked for it
    cipher = "OpenSSL via hashlib" if isinstance(crypto.cipher(), openssl_gcm.OpenSslGcm) else "cryptography"
    if sys.platform.startswith("linux"):  # else the bundle works, on cryptography's own OpenSSL: 7 MiB more
        _check(cipher != "cryptography", "the vault's cipher did not reach the OpenSSL Python's hashlib uses")
    print(f"vault: {folder} ({len(files)} files, no plaintext); resources: {resources}; keyring backends: {backends}; "
          f"cipher: {cipher}; optimize: {sys.flags.optimize}; PySide6 support files: {pyside_support}")


def main(argv: list[str]) -> int:
    # PyInstaller's Qt run-time hook has loaded PySide6 already, which reads the source of every module imported after
    # it unless lifeline_desktop.ui has told it not to: so that comes first (see its docstring).
    import lifeline_desktop.ui  # noqa: F401

    if argv[:1] == [SELF_TEST_FLAG]:
        if len(argv) != 2:
            print(f"usage: lifeline {SELF_TEST_FLAG} DIR", file=sys.stderr)
            return 2
        try:
            self_test(Path(argv[1]))
        except Exception as error:  # any failure is the answer: say what, exit non-zero
            print(f"self-test FAILED: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
        print("self-test ok")
        return 0

    from lifeline_desktop.app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
