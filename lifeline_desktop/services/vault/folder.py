"""The files of one vault, in one folder (the user data folder by default, or one shared by two accounts)."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from lifeline_desktop.vault.atomic_file import mirror_path
from lifeline_desktop.vault.keyfile import key_file_path

DB_NAME = "lifeline.db"
SHARED_FOLDER_MODE = 0o2770  # setgid: files made here keep the folder's group, for two accounts of one group


@dataclass(frozen=True)
class VaultFolder:
    path: Path

    @property
    def db_path(self) -> Path:
        return self.path / DB_NAME

    @property
    def key_file_path(self) -> Path:
        return key_file_path(self.path)

    def holds_vault(self) -> bool:
        return self.db_path.exists() and (self.key_file_path.exists() or mirror_path(self.key_file_path).exists())

    def prepare(self, shared_between_accounts: bool) -> None:
        """Create the folder: private to this account, or group-shared (2770) for two accounts."""
        self.path.mkdir(parents=True, exist_ok=True)
        if os.name == "nt":
            return  # on Windows the installer's ProgramData folder carries the sharing permissions
        mode = SHARED_FOLDER_MODE if shared_between_accounts else 0o700
        os.chmod(self.path, mode)

    @property
    def file_mode(self) -> int:
        """0660 for files in a group-shared folder, 0600 otherwise."""
        if os.name != "nt" and stat.S_IMODE(self.path.stat().st_mode) & stat.S_IRWXG:
            return 0o660
        return 0o600
