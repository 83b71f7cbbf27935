"""Small non-secret settings in a JSON file: vault folder, theme, text size, auto-lock minutes. Never names or
content."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from lifeline_desktop.durable import write_file_atomically
from lifeline_desktop.ui import defs

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
THEMES = ("system", "light", "dark")
TEXT_SIZES = ("normal", "larger", "largest")


@dataclass(frozen=True)
class Preferences:
    vault_folder: str | None = None  # None: the default folder from the config
    theme: str = "system"
    auto_lock_minutes: int = defs.DEFAULT_AUTO_LOCK_MINUTES  # 0 = never
    text_size: str = "normal"  # one of TEXT_SIZES, for the whole app


class PreferencesFile:
    def __init__(self, settings_dir: Path) -> None:
        self.path = settings_dir / FILE_NAME

    def load(self) -> Preferences:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Preferences()
        except (OSError, ValueError):
            log.warning("Settings file unreadable; using defaults", exc_info=True)
            return Preferences()
        prefs = Preferences()
        if isinstance(raw.get("vault_folder"), str) and raw["vault_folder"]:
            prefs = replace(prefs, vault_folder=raw["vault_folder"])
        if raw.get("theme") in THEMES:
            prefs = replace(prefs, theme=raw["theme"])
        if raw.get("text_size") in TEXT_SIZES:
            prefs = replace(prefs, text_size=raw["text_size"])
        minutes = raw.get("auto_lock_minutes")
        if isinstance(minutes, int) and not isinstance(minutes, bool) and minutes >= 0:
            prefs = replace(prefs, auto_lock_minutes=minutes)
        return prefs

    def save(self, prefs: Preferences) -> None:
        """Small and atomic (whole file or nothing, fsynced); called rarely, on a user's click."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_file_atomically(self.path, json.dumps(asdict(prefs), indent=2).encode("utf-8"))
