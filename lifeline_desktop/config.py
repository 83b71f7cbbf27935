"""Where the app keeps its files. Injected everywhere, so tests never touch a real home folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "RelationshipLifeline"


@dataclass(frozen=True)
class AppConfig:
    data_dir: Path  # default home of the vault folder
    settings_dir: Path  # small non-secret settings (vault location, theme, auto-lock)

    @classmethod
    def for_user(cls) -> AppConfig:
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
            settings_dir=Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
        )

    @classmethod
    def in_folder(cls, root: Path) -> AppConfig:
        return cls(data_dir=root / "data", settings_dir=root / "settings")

    @property
    def default_vault_dir(self) -> Path:
        return self.data_dir / "vault"
