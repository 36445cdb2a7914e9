"""Build the double-clickable app with build/package.py and run its --self-test, frozen.

Slow (about a minute on two cores): skip it with ``pytest -m "not slow"``.
"""

import importlib.util
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_FOLDER, MAX_ZIP = 180_000_000, 80_000_000  # the targets, in MB of 10^6 bytes

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CI builds the Linux app"),
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason='needs pip install -e ".[build]"'),
]


def load_package_script():
    spec = importlib.util.spec_from_file_location("zhanggui_package", ROOT / "build" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    folder = tmp_path_factory.mktemp("packaging")
    result = subprocess.run(
        [sys.executable, "build/package.py", "--dist", str(folder / "dist"), "--work", str(folder / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=840,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return folder / "dist"


def frozen_self_test(exe: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZHANGGUI_HOME": str(home)}
    env.pop("MPLCONFIGDIR", None)  # as on a user's machine: the app chooses
    return subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True, timeout=120)


def test_frozen_app_passes_its_self_test_and_keeps_the_font_cache(dist, tmp_path):
    package = load_package_script()
    exe, home = package.executable(dist), tmp_path / "home"
    first = frozen_self_test(exe, home)
    assert first.returncode == 0, first.stdout + first.stderr
    assert first.stdout.startswith("self-test ok: ") and "window 4 tabs" in first.stdout, first.stdout
    # matplotlib's font cache lives in the data folder (not a new temporary folder per start) ...
    caches = list((home / "matplotlib").glob("fontlist-*.json"))
    assert caches, sorted(p.name for p in home.rglob("*"))
    built_at = caches[0].stat().st_mtime_ns
    # ... so the second start reads it instead of building it again
    second = frozen_self_test(exe, home)
    assert second.returncode == 0, second.stdout + second.stderr
    assert caches[0].stat().st_mtime_ns == built_at


def test_the_zip_holds_the_runnable_folder_within_the_size_targets(dist):
    package = load_package_script()
    app, archive = package.app_path(dist), package.zip_path(dist)
    assert package.tree_size(app) <= MAX_FOLDER
    assert archive.stat().st_size <= MAX_ZIP
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        assert all(name.startswith(f"{app.name}/") for name in names)
        exe = zf.getinfo(f"{app.name}/{package.executable(dist).name}")
        assert (exe.external_attr >> 16) & stat.S_IXUSR  # still executable once unzipped
        for resource in ("samples/orders_sample.csv", "translations/zh_CN.qm", "fonts/DroidSansFallbackFull.ttf"):
            assert f"{app.name}/_internal/resources/{resource}" in names
        qt_translations = {n.rsplit("/", 1)[1] for n in names if "/PySide6/Qt/translations/" in n}
        assert qt_translations == {"qt_zh_CN.qm", "qtbase_zh_CN.qm", "qt_en.qm", "qtbase_en.qm"}
