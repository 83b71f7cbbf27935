"""Check all built-in content under resources/content with the full schema, as the tests do.

The running app trusts these files (it loads them without pydantic), so run this after editing content:
    .venv/bin/python scripts/check_content.py
Prints each area checked, or the file, item and field of the first problem (exit status 1).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lifeline_desktop.content.check import check_all_content
from lifeline_desktop.content.loading import ContentError


def main() -> int:
    try:
        areas = check_all_content()
    except (ContentError, AssertionError) as error:
        print(f"Content problem: {error}", file=sys.stderr)
        return 1
    print("Checked: " + ", ".join(areas) + ".")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
