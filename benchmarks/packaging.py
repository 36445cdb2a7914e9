"""The packaged app against its targets: folder and zip size, and start-up time frozen vs source.

    python benchmarks/packaging.py [--runs 7] [--dist DIR] [--no-build]

Builds with build/package.py (unless --no-build reuses DIST), then measures the unzipped folder
and the zip, and times both the frozen program and `python main.py` from spawn to the line
they print once the window is shown and painted (ZHANGGUI_STARTUP_PROBE, as in startup.py),
alternately, on a fresh data folder. Targets (issue "Packaging"), on Linux: folder <= 180 MB,
zip <= 80 MB (MB = 10^6 bytes); everywhere: frozen median <= 2x the source median.
Exit status 0 when every target is met.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import time_to_window  # noqa: E402 - the same probe and clock as the start-up benchmark

MAX_FOLDER_MB, MAX_ZIP_MB, MAX_RATIO = 180, 80, 2.0


def load_package_script():
    spec = importlib.util.spec_from_file_location("zhanggui_package", ROOT / "build" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def medians(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, float]:
    """Each command's median time to its window. One warm-up start each (it creates the
    database and fills the disk cache), then the commands take turns, so that a slow spell
    of the machine hits them alike."""
    for cmd in commands.values():
        time_to_window(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            times[name].append(time_to_window(cmd, env))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-build", action="store_true", help="measure the app already in DIST")
    args = parser.parse_args()
    package = load_package_script()
    if not args.no_build:
        subprocess.run([sys.executable, ROOT / "build" / "package.py", "--dist", args.dist], check=True)
    folder_mb = package.tree_size(package.app_path(args.dist)) / 1e6
    zip_mb = package.zip_path(args.dist).stat().st_size / 1e6

    env = {**os.environ, "ZHANGGUI_HOME": tempfile.mkdtemp(prefix="zhanggui-bench-"), "ZHANGGUI_STARTUP_PROBE": "1"}
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: draw in memory
    env.pop("MPLCONFIGDIR", None)
    times = medians({
        "frozen": [str(package.executable(args.dist)), "--lang", "zh_CN"],
        "source": [sys.executable, "main.py", "--lang", "zh_CN"],
    }, env, args.runs)
    f, s = times["frozen"], times["source"]

    checks = [(f / s <= MAX_RATIO, f"window shown: frozen {f:.3f} s, source {s:.3f} s (medians of {args.runs}), "
                                   f"ratio {f / s:.2f} (target <= {MAX_RATIO})")]
    linux = sys.platform.startswith("linux")
    checks.append((folder_mb <= MAX_FOLDER_MB or not linux,
                   f"unzipped folder: {folder_mb:.1f} MB" + (f" (target <= {MAX_FOLDER_MB})" if linux else "")))
    checks.append((zip_mb <= MAX_ZIP_MB or not linux,
                   f"zip: {zip_mb:.1f} MB" + (f" (target <= {MAX_ZIP_MB})" if linux else "")))
    for ok, line in checks:
        print(("ok   " if ok else "MISS ") + line)
    return 0 if all(ok for ok, _ in checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())
