"""The credited sources (resources/content/sources.toml), each with the titles of the scripts that follow it.

Built-in content only: it needs no open vault. Loading reads the scripts too, so call it off the GUI thread.
"""

from __future__ import annotations

from lifeline_desktop.content.scripts import builtin_library
from lifeline_desktop.content.sources import builtin_sources
from lifeline_desktop.services.credits.views import CreditedSource


def credited_sources() -> list[CreditedSource]:
    library = builtin_library()
    credited = []
    for source in builtin_sources():
        titles = tuple(script.title for script_id in source.scripts
                       if (script := library.get(script_id)) is not None)
        credited.append(CreditedSource(source.id, source.title, source.about, source.reference, titles))
    return credited
