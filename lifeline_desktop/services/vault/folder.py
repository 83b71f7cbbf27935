"""The files of one vault, in one folder (the user data folder by default, or one shared by two accounts)."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

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
        """A database makes a vault, even when both key files are lost (the recovery key brings them back)."""
        return self.db_path.exists()

    def ensure_exists(self, shared_between_accounts: bool) -> None:
        """Make the folder if it is not there yet (then with its final mode), so the lock file can live in it."""
        if not self.path.exists():
            self.path.mkdir(parents=True, exist_ok=True)
            self.set_sharing(shared_between_accounts)

    def set_sharing(self, shared_between_accounts: bool) -> None:
        """Private to this account (0700), or group-shared (2770) for two accounts. Call holding the lock."""
        if os.name == "nt":
            return  # on Windows the installer's ProgramData folder carries the sharing permissions
        os.chmod(self.path, SHARED_FOLDER_MODE if shared_between_accounts else 0o700)

    @property
    def file_mode(self) -> int:
        """0660 for files in a group-shared folder, 0600 otherwise."""
        if os.name != "nt" and stat.S_IMODE(self.path.stat().st_mode) & stat.S_IRWXG:
            return 0o660
        return 0o600

    @property
    def is_shared(self) -> bool:
        return self.file_mode == 0o660
