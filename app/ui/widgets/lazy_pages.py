"""A tab of page tabs whose panels are built the first time their page is shown (活动策划, 淘客管理)."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyPagesTab(QWidget):
    """``PAGES``: (module, class) of each page's panel, in page order; each panel has
    ``set_store(store)``. A subclass calls ``add_pages`` with the pages' titles."""

    PAGES: tuple[tuple[str, str], ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.pages = QTabWidget()
        self._built: dict[int, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def add_pages(self, titles: tuple[str, ...]) -> None:
        for title in titles:
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.pages.addTab(page, title)
        self.pages.currentChanged.connect(self.panel)
        self.panel(0)

    def panel(self, index: int) -> QWidget:
        """The page's panel, built (and given the database) the first time it is needed."""
        if index not in self._built:
            module, cls = self.PAGES[index]
            widget = getattr(import_module(module), cls)()
            self.pages.widget(index).layout().addWidget(widget)
            self._built[index] = widget
            widget.set_store(self.store)
        return self._built[index]

    def build_all(self) -> list[QWidget]:
        return [self.panel(i) for i in range(len(self.PAGES))]

    def set_store(self, store) -> None:
        self.store = store
        for widget in self._built.values():
            widget.set_store(store)
