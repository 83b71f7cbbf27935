"""A smaller ICU data library for the Linux bundle: the same libicudata.so.NN without the parts Qt never reads here.

Qt 6 from PySide6's wheel is built with ICU: libQt6Core.so.6 links libicui18n, libicuuc and libicudata, so ICU has
to ship. Its data library is 32 MB, more than half of it names of units, currencies, languages and territories in
every language, spelled-out numbers, transliterations and the word-break dictionaries. QtCore calls only ICU's
converters (ucnv_*), case mapping (u_strToUpper/Lower), collation (ucol_*, QCollator: the file dialog sorts with
it) and calendar and time zone calls (ucal_*, among them the time zone names the planner shows, ICU's zone/ tree):
`nm -D libQt6Core.so.6 | grep _73` lists them. Their data stays. Break iteration (brkitr/) is never called, and Qt
has its own locale data (CLDR, built into QtCore) for the names of languages, territories and currencies.

How: the data blob (the library's one symbol, icudtNN_dat) is cut out of the library, ICU's own `icupkg` removes
the unused items, `genccode` writes it back out as assembly, and gcc links a shared library with the same soname.
Needs Debian's icu-devtools and gcc; without them the bundle keeps the full data and says so.

    python3 packaging/linux/slim_icu_data.py SRC_LIBICUDATA OUT_DIR   # prints the new library's path
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# Item trees of the ICU data that Qt does not read for this app (see above).
UNUSED_TREES = ("unit", "curr", "lang", "region", "rbnf", "translit", "brkitr")
TOOLS = ("icupkg", "genccode", "gcc", "nm", "readelf", "objcopy")


def _run(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, cwd=cwd).stdout


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(name, address, size) of the icudtNN_dat symbol."""
    for line in _run("nm", "-D", "-S", "--defined-only", str(library)).splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            return fields[3], int(fields[0], 16), int(fields[1], 16)
    raise ValueError(f"{library} has no icudtNN_dat symbol")


def _rodata_address(library: Path) -> int:
    for line in _run("readelf", "-SW", str(library)).splitlines():
        match = re.search(r"\]\s+\.rodata\s+PROGBITS\s+([0-9a-f]+)", line)
        if match:
            return int(match.group(1), 16)
    raise ValueError(f"{library} has no .rodata section")


def slim_icu_data(library: Path, out_dir: Path) -> Path | None:
    """Writes the smaller library into out_dir and returns its path; None (and why, on stderr) when it cannot."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(f"slim_icu_data: missing {', '.join(missing)} (apt-get install icu-devtools gcc binutils); "
              "the bundle keeps ICU's full data", file=sys.stderr)
        return None
    symbol, address, size = _data_symbol(library)
    name = symbol.removesuffix("_dat") + "l"  # icudt73l: the little-endian package's name
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    rodata = out_dir / "rodata.bin"
    _run("objcopy", "--dump-section", f".rodata={rodata}", str(library), str(out_dir / "unused.so"))
    start = address - _rodata_address(library)
    full = out_dir / "full" / f"{name}.dat"
    full.parent.mkdir()
    full.write_bytes(rodata.read_bytes()[start:start + size])
    items = _run("icupkg", "-l", str(full)).split()
    unused = [item for item in items if item.split("/")[0] in UNUSED_TREES]
    (out_dir / "unused.txt").write_text("\n".join(unused) + "\n", encoding="utf-8")
    _run("icupkg", "-r", str(out_dir / "unused.txt"), str(full), str(out_dir / f"{name}.dat"))
    _run("genccode", "-a", "gcc", "-e", symbol.removesuffix("_dat"), f"{name}.dat", cwd=out_dir)
    _run("gcc", "-c", f"{name}_dat.S", "-o", "data.o", cwd=out_dir)
    slim = out_dir / library.name
    _run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(slim), "data.o", cwd=out_dir)
    print(f"slim_icu_data: {library.name} {library.stat().st_size / 1e6:.1f} MB -> {slim.stat().st_size / 1e6:.1f} MB "
          f"({len(unused)} unused items of {len(items)} left out)")
    return slim


if __name__ == "__main__":
    made = slim_icu_data(Path(sys.argv[1]), Path(sys.argv[2]))
    print(made or "")
