"""Composition root: builds config, clock, preferences, the window and the flow, and wires them.

Start-up order matters: the first screen is on screen before SQLAlchemy, the store and the services are
imported. Right after the window shows, the gate factory reads the partners' tiles on the vault worker thread;
`lifeline_desktop.services.session` is imported there too, but only once someone starts to unlock
(services/deferred_gate.py).
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

import lifeline_desktop.ui  # noqa: F401  first: it stops PySide6 reading every later module's source (see its docstring)
from lifeline_desktop.config import AppConfig
from lifeline_desktop.deferred_modules import defer_unused_modules, keep_tls_out
from lifeline_desktop.domain.clock import Clock, SystemClock
from lifeline_desktop.resource_paths import resources_dir
from lifeline_desktop.ui import theme
from lifeline_desktop.ui.common.text import fill
from lifeline_desktop.ui.preferences import Preferences, PreferencesFile
from lifeline_desktop.ui.shell.flow import AppFlow, DemoSetup
from lifeline_desktop.ui.shell.idle import IdleWatcher
from lifeline_desktop.ui.shell.main_window import MainWindow
from lifeline_desktop.ui.shell.terminate import close_on_terminate
from lifeline_desktop.ui.workers import Runner

if TYPE_CHECKING:
    from lifeline_desktop.services.session import VaultGate
    from lifeline_desktop.vault.kdf import KdfPolicy

log = logging.getLogger(__name__)

GateFactory = Callable[[Path], "VaultGate"]



def gate_factory(clock: Clock, *, kdf_policy: KdfPolicy | None = None,
                 remembered_hints_dir: Path | None = None) -> GateFactory:
    """Opens a gate for a folder, off the GUI thread. The services (and SQLAlchemy) load only once someone
    starts to unlock (see services/deferred_gate.py): a waiting unlock screen holds just what it shows."""

    def open_gate(folder: Path) -> VaultGate:
        from lifeline_desktop.services.deferred_gate import DeferredGate
        from lifeline_desktop.vault.remembered_key import RememberedKeys

        remembered = RememberedKeys(hints_dir=remembered_hints_dir)

        def build() -> VaultGate:
            from lifeline_desktop.services.session import VaultGate

            return VaultGate(folder, clock, remembered, kdf_policy)

        return cast("VaultGate", DeferredGate(folder, build, remembered))  # answers as a VaultGate would

    return open_gate


def demo_gate_factory(clock: Clock) -> GateFactory:
    """The demo's gate: makes the throwaway vault, filled for both demo partners, on first use."""

    def open_gate(folder: Path) -> VaultGate:
        from lifeline_desktop.demo.build import demo_gate

        return demo_gate(folder, clock)

    return open_gate


def demo_banner() -> str:
    """Runs after the demo vault is made (the services are loaded by then)."""
    from lifeline_desktop.demo.build import DEMO_PARTNERS
    from lifeline_desktop.domain.partners import PartnerSlot

    a, b = DEMO_PARTNERS[PartnerSlot.A], DEMO_PARTNERS[PartnerSlot.B]
    return fill(QCoreApplication.translate(
        "app", "Demo mode: a throwaway vault, deleted when you close Lifeline. Passphrases: %1 types "
        "“%2”, %3 types “%4”."
    ), a.name, a.passphrase, b.name, b.passphrase)


@dataclass
class Built:
    window: MainWindow
    flow: AppFlow
    runner: Runner
    idle: IdleWatcher


def build(app: QApplication, config: AppConfig, clock: Clock, open_gate: GateFactory, *,
          demo: bool = False, prefs_file: PreferencesFile | None = None) -> Built:
    """Everything the app is made of, wired together (tests call this with their own config, clock and gate)."""
    prefs_file = prefs_file or PreferencesFile(config.settings_dir)
    preferences = Preferences() if demo else prefs_file.load()
    theme.apply_theme(app, preferences.theme, preferences.text_size)
    runner = Runner(parent=app)
    window = MainWindow()
    idle = IdleWatcher(clock, app, parent=window)

    def save(prefs: Preferences) -> None:
        if not demo:  # the demo never touches the user's settings
            prefs_file.save(prefs)

    def set_theme(name: str, text_size: str) -> None:
        theme.apply_theme(app, name, text_size)

    def follow_system(_scheme: object) -> None:
        if flow.preferences.theme == "system":
            theme.apply_theme(app, "system", flow.preferences.text_size)

    flow = AppFlow(
        window, runner, clock, idle, open_gate, config.default_vault_dir, preferences, save,
        set_theme,
        DemoSetup(demo_banner) if demo else None,
    )
    app.styleHints().colorSchemeChanged.connect(follow_system)
    flow.start()
    return Built(window, flow, runner, idle)


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """The user's language if Lifeline speaks it, else English: English too has a translation, for its plurals
    ("1 reply", "5 replies"). Built from resources/translations/*.ts by scripts/update-translations."""
    translator = QTranslator(app)
    folder = str(resources_dir() / "translations")
    if translator.load(locale or QLocale.system(), "lifeline", "_", folder) or translator.load("lifeline_en", folder):
        app.installTranslator(translator)
        return translator
    log.warning("No translation found in %s: plurals will read like “1 replies”", folder)
    return None


def start_application() -> QApplication:
    """The QApplication with Lifeline's names and translation, in a process without TLS (keep_tls_out) and with the
    modules SQLAlchemy imports but Lifeline never uses deferred (deferred_modules.py); main() and
    scripts/*screenshots*.py start with it."""
    keep_tls_out()
    defer_unused_modules()
    app = theme.styled_application(sys.argv[:1])
    app.setApplicationName("Lifeline")
    app.setOrganizationName("RelationshipLifeline")
    install_translator(app)
    return app


@dataclass(frozen=True)
class LaunchOptions:
    demo: bool = False  # a throwaway demo vault in a temporary folder


def parse_args(argv: Sequence[str]) -> LaunchOptions:
    if not argv:
        return LaunchOptions()  # the everyday start needs no argparse (nor the gettext it loads): a few ms sooner
    import argparse

    parser = argparse.ArgumentParser(prog="lifeline", description="Relationship Lifeline (offline, private).")
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway demo vault in a temporary folder, filled with sample content")
    return LaunchOptions(demo=parser.parse_args(argv).demo)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING)
    app = start_application()
    clock = SystemClock()
    demo_folder: Path | None = None
    if args.demo:
        demo_folder = Path(tempfile.mkdtemp(prefix="lifeline-demo-"))
        config = AppConfig.in_folder(demo_folder)
    else:
        config = AppConfig.for_user()
    open_gate = (demo_gate_factory(clock) if args.demo
                 else gate_factory(clock, remembered_hints_dir=config.settings_dir / "remembered"))
    built = build(app, config, clock, open_gate, demo=args.demo)
    built.window.show()
    close_on_terminate(built.window)  # a logout or shutdown locks and keeps a draft, as closing the window does
    QTimer.singleShot(0, built.flow.load)  # the services load once the first screen is up
    try:
        return app.exec()
    finally:
        built.flow.lock()
        built.runner.wait_for_done()
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)

