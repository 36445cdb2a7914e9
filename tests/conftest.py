"""Every test gets its own data folder, so nothing touches the user's real data."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("ZHANGGUI_HOME", str(home))
    monkeypatch.delenv("ZHANGGUI_DB", raising=False)
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    return home


@pytest.fixture
def db_path(data_home):
    return data_home / "zhanggui.sqlite3"
