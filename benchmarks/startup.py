"""Time from process start to the main window shown: Zhanggui vs a bare PySide6 window.

    python benchmarks/startup.py [--runs 10] [--db PATH]

Both are started as fresh processes, alternately, and timed by this script from spawn to the
line the child prints once its window is shown and painted (ZHANGGUI_STARTUP_PROBE for the app).
The target (issue 3): the app's median at most 1.5x the bare window's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
for name in ("Affiliates", "Promotions", "Storefront", "Sales"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("window-shown", flush=True), app.quit()))
app.exec()
"""


def time_to_window(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    for line in proc.stdout:
        if line.startswith("window-shown"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd} never showed its window")
    proc.wait(timeout=30)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--db", type=Path, help="database to open (default: a new one in a temporary folder)")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="zhanggui-bench-")
    # Started as a double-click starts it: no arguments, Chinese from the system locale.
    env = {**os.environ, "ZHANGGUI_HOME": home, "ZHANGGUI_STARTUP_PROBE": "1", "LANG": "zh_CN.UTF-8"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.db:
        env["ZHANGGUI_DB"] = str(args.db)
    app_cmd = [sys.executable, "main.py"]
    bare_cmd = [sys.executable, "-c", BARE]
    time_to_window(app_cmd, env)  # first run compiles the translations and warms the disk cache
    time_to_window(bare_cmd, env)
    bare, ours = [], []
    for _ in range(args.runs):
        bare.append(time_to_window(bare_cmd, env))
        ours.append(time_to_window(app_cmd, env))
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"Zhanggui window:     median {o * 1000:.0f} ms over {args.runs} runs")
    print(f"ratio {o / b:.2f} (target <= 1.5)")
    return 0 if o / b <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
