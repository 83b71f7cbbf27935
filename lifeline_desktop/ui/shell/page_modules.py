"""Where each sidebar section's page lives: module and factory, by section key. Plain data, no Qt, so the packaged
build can read it too: these modules are imported by name when a section first opens (ui/shell/section_pages.py),
which PyInstaller cannot see, so packaging/lifeline.spec lists them and the bundle's self-test looks for them."""

from __future__ import annotations

# section key -> (module, factory in it); every section in the sidebar has one. A feature adds one line.
SECTION_PAGES: dict[str, tuple[str, str]] = {
    "conversations": ("lifeline_desktop.ui.conversations.page", "ConversationsPage"),
    "journal": ("lifeline_desktop.ui.journal.page", "journal_page"),
    "planner": ("lifeline_desktop.ui.planner.page", "build_planner_page"),
    "today": ("lifeline_desktop.ui.today.page", "today_page"),
    "checkins": ("lifeline_desktop.ui.checkins.page", "CheckInsPage"),
    "programs": ("lifeline_desktop.ui.programs.page", "ProgramsPage"),
    "play": ("lifeline_desktop.ui.play.page", "play_page"),
    "story": ("lifeline_desktop.ui.story.page", "story_page"),
}

# The first section's page is built with the home view, before the vault opens (while the passphrase is checked):
# it has a factory that takes no session, and gets one through `SectionPage.open`.
BUILT_BEFORE_OPENING: dict[str, tuple[str, str]] = {"today": ("lifeline_desktop.ui.today.page", "today_page_early")}


def page_modules() -> list[str]:
    """Every module the home view imports by name."""
    return sorted({module for module, _ in (*SECTION_PAGES.values(), *BUILT_BEFORE_OPENING.values())})
