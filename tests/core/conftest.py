"""Fixtures shared by the core tests."""

import pytest

from app.core.db import open_database


@pytest.fixture
def store(db_path):
    """A fresh database in the test's data folder, closed afterwards."""
    s = open_database(db_path)
    yield s
    s.close()
