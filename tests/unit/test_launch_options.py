"""What `lifeline` makes of its command line (app.parse_args): the everyday start has none."""

from __future__ import annotations

import pytest

from lifeline_desktop.app import LaunchOptions, parse_args


def test_no_arguments_open_the_real_vault() -> None:
    assert parse_args([]) == LaunchOptions(demo=False)


def test_demo_asks_for_the_throwaway_vault() -> None:
    assert parse_args(["--demo"]) == LaunchOptions(demo=True)


def test_an_unknown_argument_is_refused_with_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as refused:
        parse_args(["--dmeo"])
    assert refused.value.code == 2
    said = capsys.readouterr().err
    assert "usage: lifeline [-h] [--demo]" in said and "--dmeo" in said
