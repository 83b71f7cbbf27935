"""Code imported off the GUI thread ahead of need, so the GUI thread only builds widgets at that moment."""

from __future__ import annotations


def import_home_screen() -> None:
    """The home screen and its first page (Today), while someone unlocks: once the passphrase has been checked,
    only building them is left. Run on a worker: nothing here touches a widget."""
    from lifeline_desktop.ui.shell.home import HomeView  # noqa: F401
    from lifeline_desktop.ui.shell.section_pages import page_factory

    page_factory("today")
