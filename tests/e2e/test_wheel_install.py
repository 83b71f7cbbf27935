"""A plain `pip install` of the wheel carries resources/ and the code finds it there.

The wheel is built from this checkout with hatchling (no build isolation, no index: nothing is downloaded) and
installed with --no-deps into a fresh venv. That venv borrows the dependencies of the running one through a .pth
line, so the test is fast and offline; .pth files are not processed in a folder added that way, so the editable
install of this checkout stays invisible and the installed copy is the one that runs.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCE_RESOURCES = ROOT / "resources"

_PROBE = r"""
import importlib.metadata, json, sys
import lifeline_desktop
from lifeline_desktop.resource_paths import resources_dir
print(json.dumps({
    "package": lifeline_desktop.__file__,
    "resources": str(resources_dir()),
    "version": importlib.metadata.version("lifeline-desktop"),
    "editable_checkout_on_path": any(p.rstrip("/") == sys.argv[1] for p in sys.path),
}))
"""


def _offline_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1", PYTHONNOUSERSITE="1")
    env.pop("PYTHONPATH", None)
    return env


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, cwd=cwd, env=_offline_env(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result


def _source_files() -> list[str]:
    return sorted(
        p.relative_to(SOURCE_RESOURCES).as_posix()
        for p in SOURCE_RESOURCES.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("hatchling") is None:
        message = "hatchling (the build backend) is not installed in this venv; run scripts/setup"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    out = tmp_path_factory.mktemp("wheel")
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        cwd=out,
    )
    wheels = list(out.glob("lifeline_desktop-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_the_checkout_has_real_resources() -> None:
    assert (SOURCE_RESOURCES / "content" / "README.md").is_file()
    assert (SOURCE_RESOURCES / "demo" / "journal.toml").is_file()  # the demo's words travel with the code


def test_the_wheel_carries_every_resource_file(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    missing = [f for f in _source_files() if f"lifeline_desktop/resources/{f}" not in names]
    assert not missing, f"resources missing from the wheel: {missing}"
    assert not any(n.startswith(("resources/", "tests/")) for n in names), "stray top-level folders in the wheel"


def test_an_installed_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site_packages = Path(
        _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp_path
        ).stdout.strip()
    )
    # Borrow this venv's dependencies (PySide6, SQLAlchemy, ...) and pip, without copying or downloading them.
    borrowed = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site_packages / "_lifeline_test_borrowed.pth").write_text("\n".join(sorted(borrowed)) + "\n")

    # --ignore-installed: never touch the editable install that the borrowed folder also lists.
    _run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--ignore-installed", str(wheel)],
        cwd=tmp_path,
    )
    assert (env_dir / "bin" / "lifeline").is_file(), "the lifeline launcher was not installed"

    probe = _run([str(python), "-I", "-c", _PROBE, str(ROOT)], cwd=tmp_path)
    found = json.loads(probe.stdout.strip().splitlines()[-1])

    installed_package = site_packages / "lifeline_desktop"
    assert Path(found["package"]).resolve().parent == installed_package.resolve(), found
    assert not found["editable_checkout_on_path"], found
    resources = Path(found["resources"]).resolve()
    assert resources == (installed_package / "resources").resolve(), found
    assert found["version"]

    installed = sorted(p.relative_to(resources).as_posix() for p in resources.rglob("*") if p.is_file())
    assert installed == _source_files()
    for name in installed:
        assert (resources / name).read_bytes() == (SOURCE_RESOURCES / name).read_bytes(), name
