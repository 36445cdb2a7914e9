"""Fixtures for driving the real window."""

import pytest

from app.ui.app import create_app
from app.ui.main_window import MainWindow
from app.ui.settings import set_staff_name


@pytest.fixture
def make_window(qtbot, db_path):
    """Build the window the way the app does (translations, fonts) and wait for its database."""
    created = []

    def make(lang="zh_CN", path=None, wait=True):
        create_app(lang=lang)
        window = MainWindow(path or db_path, lang)
        qtbot.addWidget(window)
        window.show()
        window.open_database(window.db_path)
        if wait:
            qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
        created.append(window)
        return window

    yield make
    for window in created:
        if window.store is not None:
            window.store.close()
            window.store = None


@pytest.fixture
def panel(make_window):
    """The campaign panel (促销 → 活动) in a Chinese window, the staff name set to 小王.
    Test modules with a panel of their own define their own ``panel``, which wins."""
    set_staff_name("小王")
    window = make_window("zh_CN")
    window.tabs.setCurrentIndex(1)
    window.promotions_tab.pages.setCurrentIndex(1)
    panel = window.promotions_tab.campaign_panel
    assert panel.store is window.store
    return panel
