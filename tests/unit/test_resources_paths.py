"""resources_dir() finds resources/ from a source tree, an installed wheel and a frozen bundle, in that priority."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lifeline_desktop import resource_paths
from lifeline_desktop.resource_paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def _make_resources(base: Path) -> Path:
    (base / "resources" / "content").mkdir(parents=True)
    return base / "resources"


def test_from_the_source_tree() -> None:
    found = resources_dir()
    assert found == ROOT / "resources"
    assert (found / "content" / "README.md").is_file()


def test_a_frozen_bundle_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = _make_resources(tmp_path)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == bundled


def test_an_installed_copy_beside_the_code_comes_before_the_source_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "lifeline_desktop"
    installed = _make_resources(package)
    _make_resources(package.parent)  # where a source tree would keep it
    monkeypatch.setattr(resource_paths, "_PACKAGE_DIR", package)
    assert resources_dir() == installed


def test_a_missing_folder_names_every_place_tried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "nowhere" / "lifeline_desktop"
    package.mkdir(parents=True)
    monkeypatch.setattr(resource_paths, "_PACKAGE_DIR", package)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    with pytest.raises(FileNotFoundError) as raised:
        resources_dir()
    message = str(raised.value)
    assert str(package / "resources") in message
    assert str(tmp_path / "bundle" / "resources") in message


def test_every_resource_file_is_readable_text_or_svg() -> None:
    for path in resources_dir().rglob("*"):
        if path.is_file() and path.suffix in {".md", ".toml", ".qss", ".svg"}:
            path.read_text(encoding="utf-8")  # raises on a broken encoding
