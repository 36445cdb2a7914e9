"""``zhanggui --self-test``: prove that this build works, end to end, without touching user data.

Run after packaging (and by CI on the frozen app): it opens a temporary database, builds the
main window with every tab, draws a chart with Chinese labels, reads the bundled sample order
export and backs the database up. What it exercises is what a frozen build most often loses:
Qt plugins, the bundled fonts and translations, matplotlib's renderers (PNG, PDF, SVG) and its
data, the bundled resources, SQLite.

Prints one line and returns 0, or prints ``self-test FAILED at <step>: <reason>`` on stderr
and returns 1. The user's database, settings and logs are not touched: ZHANGGUI_HOME points at a
temporary folder meanwhile (a frozen app may create matplotlib's font cache in the data folder,
which it would do on its first chart anyway).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core import paths

CHART_LABELS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]


class SelfTestFailure(Exception):
    """A check found something wrong; the message says what."""


@dataclass
class Context:
    folder: Path
    db_path: Path


def sample_file() -> Path:
    return paths.resource("samples", "orders_sample.csv")


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def kb(path: Path) -> str:
    return f"{max(1, round(path.stat().st_size / 1024))} KB"


def step_database(ctx: Context) -> str:
    from app.core.db import open_database

    store = open_database(ctx.db_path)
    try:
        store.set_setting("self-test", "ok")
        check(store.get_setting("self-test") == "ok", "a setting written was not read back")
        version = store.schema_version
    finally:
        store.close()
    return f"database v{version}"


def step_window(ctx: Context) -> str:
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen (CI, ssh): draw in memory
    from app.ui.app import create_app
    from app.ui.fonts import CJK_FAMILY
    from app.ui.main_window import MainWindow

    app, lang = create_app(lang="zh_CN")
    check(CJK_FAMILY in app.font().families(), f"the bundled font {CJK_FAMILY} was not installed")
    window = MainWindow(ctx.db_path, lang)
    try:
        tabs = window.build_all_tabs()  # each is imported by name when first shown
        window.promotions_tab.build_all()
        window.affiliates_tab.build_all()
        count = window.tabs.count()
        check(count == len(tabs) and all(window.tabs.widget(i).isAncestorOf(t) for i, t in enumerate(tabs)),
              f"expected the {len(tabs)} tabs, found {count}")
        titles = [window.tabs.tabText(i) for i in range(count)]
        check(not all(t.isascii() for t in titles), f"tab titles not translated to Chinese: {titles}")
        check(not window.grab().isNull(), "the window could not be drawn")
    finally:
        window.close()
        window.deleteLater()
    return f"window {count} tabs"


def step_chart(ctx: Context) -> str:
    from app.ui.charts import new_figure

    figure = new_figure(figsize=(6, 3.5), dpi=100)  # first: it sets matplotlib up before its import
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    ax = figure.add_subplot()
    ax.bar(CHART_LABELS, [1280, 960, 1534.5, 1100, 2210, 3080, 2650], color="#c1272d")
    ax.set_title("本周销售额（元）")
    ax.set_xlabel("星期")
    ax.set_ylabel("金额 ¥")
    figure.tight_layout()
    png = ctx.folder / "chart.png"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" means boxes for Chinese
        FigureCanvasAgg(figure).print_png(str(png))
        for kind in ("pdf", "svg"):  # the export formats: their backends and font embedding
            figure.savefig(ctx.folder / f"chart.{kind}")
    check(png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", "the chart is not a PNG")
    check((ctx.folder / "chart.pdf").read_bytes()[:5] == b"%PDF-", "the chart did not export to PDF")
    return f"chart {kb(png)}"


def step_orders(ctx: Context) -> str:
    """Read the bundled export (GB18030, ="…" ids) and import it into the temporary database:
    the reader, its scratch file in the temporary folder, numpy and the roll-ups."""
    from app.core import sales_store
    from app.core.db import open_database
    from app.core.importing.orders import import_orders, read_orders

    path = sample_file()
    order_file = read_orders(path)
    check(not order_file.errors, f"{path}: rows not read: {order_file.errors[:3]}")
    ids = [order.order_id for order in order_file.rows]
    check(bool(ids), f"{path}: no orders")
    bad = [i for i in ids if not i.isdigit()]
    check(not bad, f"{path}: order ids not cleaned: {bad[:3]}")
    store = open_database(ctx.db_path)
    try:
        result = import_orders(store, order_file, backup=False)
        days = sales_store.daily(store, "2000-01-01", "2099-12-31")
    finally:
        store.close()
        order_file.close()
    check(result.added == len(ids), f"{path}: {result.added} of {len(ids)} orders imported")
    check(sum(d.orders + d.unpaid + d.closed for d in days) > 0, "the import made no roll-ups")
    return f"{len(ids)} orders read"  # and imported; the wording is what the packaging test reads


def step_backup(ctx: Context) -> str:
    from app.core import backup

    path = backup.make_backup(ctx.db_path, reason="manual")
    backup.verify_backup(path)
    return f"backup {kb(path)}"


STEPS: list[tuple[str, Callable[[Context], str]]] = [
    ("database", step_database),
    ("window", step_window),
    ("chart", step_chart),
    ("orders", step_orders),
    ("backup", step_backup),
]


def one_line(exc: BaseException) -> str:
    """The innermost cause, first line: "ImportError: libfoo.so: cannot open shared object file"."""
    while exc.__cause__ is not None:
        exc = exc.__cause__
    lines = [line for line in str(exc).splitlines() if line.strip()]
    return f"{type(exc).__name__}: {lines[0] if lines else repr(exc)}"


def _close_logs_under(folder: Path) -> None:
    """Let go of the log file the app opened in the temporary data folder (Windows locks it)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        filename = getattr(handler, "baseFilename", "")
        if filename and Path(filename).is_relative_to(folder):
            root.removeHandler(handler)
            handler.close()


def _use_parent_console() -> None:
    """The Windows build has no console window, so no stdout: write to the console it was
    started from (cmd, PowerShell, CI), if there is one."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - for the process


def failure(step: str, exc: Exception) -> str:
    from app.core.errors import UserError

    if isinstance(exc, SelfTestFailure | UserError):
        return f"self-test FAILED at {step}: {exc}"
    traceback.print_exc()  # a bug, not a finding: show where
    return f"self-test FAILED at {step}: {one_line(exc)}"


def run() -> int:
    started = time.perf_counter()
    _use_parent_console()
    saved_env = {key: os.environ.get(key) for key in ("ZHANGGUI_HOME", "ZHANGGUI_DB")}
    with tempfile.TemporaryDirectory(prefix="zhanggui-selftest-", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp).resolve()
        # The app's settings, logs and database all follow ZHANGGUI_HOME: the user's stay as they are.
        os.environ["ZHANGGUI_HOME"] = str(folder / "home")
        os.environ.pop("ZHANGGUI_DB", None)
        ctx = Context(folder, paths.default_db_path())
        done: list[str] = []
        try:
            for name, step in STEPS:
                try:
                    done.append(step(ctx))
                except Exception as exc:  # noqa: BLE001 - every failure is reported, with its step
                    print(failure(name, exc), file=sys.stderr)
                    return 1
        finally:
            _close_logs_under(folder)
            for key, value in saved_env.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    print(f"self-test ok: {', '.join(done)} ({time.perf_counter() - started:.1f} s)")
    return 0
