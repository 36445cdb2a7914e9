"""PyInstaller runtime hook: runs in the frozen app before main.py.

matplotlib reads MPLCONFIGDIR once, when first imported, and keeps its font cache there.
PyInstaller's stock hook (removed in zhanggui.spec) points it at a new temporary folder on
every start, which rebuilds the cache each time; this points it at the data folder instead,
the same one app.ui.charts.setup_matplotlib() uses, so the cache is built once.
"""


def _keep_matplotlib_cache() -> None:
    import os

    if os.environ.get("MPLCONFIGDIR"):
        return  # chosen by whoever started us
    from app.core import paths

    try:
        folder = paths.data_dir() / "matplotlib"
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # no writable data folder: matplotlib falls back to a temporary one by itself
    os.environ["MPLCONFIGDIR"] = str(folder)


_keep_matplotlib_cache()
del _keep_matplotlib_cache
