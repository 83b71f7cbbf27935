"""Settings, Backups: how much room the backups take, and choosing how many daily backups to keep."""

from __future__ import annotations

from datetime import timedelta

from lifeline_desktop.domain.partners import PartnerSlot
from lifeline_desktop.services.session import BackupReason
from tests.ui.test_settings import open_settings


def _dailies(dialog) -> int:
    model = dialog.backups_model
    return sum(1 for row in range(model.rowCount()) if model.backup(row).reason == BackupReason.DAILY)


def test_settings_say_the_room_backups_take_and_keep_the_chosen_number(make_app, existing_vault, qtbot, clock):
    app = make_app()
    session = app.unlock_as(PartnerSlot.A)
    for _day in range(3):
        clock.advance(timedelta(days=1))
        app.run_on_vault_thread(lambda: session.back_up_now(BackupReason.DAILY))
    dialog = open_settings(app, qtbot)
    keeping = dialog.keeping
    qtbot.waitUntil(lambda: _dailies(dialog) >= 3)
    assert keeping.daily.value() == 5
    rows = dialog.backups_model.rowCount()
    assert keeping.room.text().startswith(f"{rows} backup") and ", taking " in keeping.room.text()
    assert "KB" in keeping.room.text() or "MB" in keeping.room.text()

    keeping.daily.setValue(1)
    qtbot.waitUntil(lambda: _dailies(dialog) == 1)
    assert app.run_on_vault_thread(session.daily_backups_kept) == 1  # the choice stays, for both partners
    assert keeping.daily.value() == 1
    assert keeping.room.text().startswith(f"{dialog.backups_model.rowCount()} backup") and rows > 1
