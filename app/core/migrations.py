"""Numbered schema steps. The database's ``PRAGMA user_version`` is the number of steps applied.

Rules for adding a step: append a function, never edit or reorder a released one. A step gets
the raw ``sqlite3`` connection inside the migration's transaction and runs plain DDL through
``conn.execute`` (not ``executescript`` and not sqlite-utils' helpers, both of which may
commit and so break the all-or-nothing upgrade).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

Migration = Callable[[sqlite3.Connection], None]

# Marks the file as ours, so another program's SQLite file is refused instead of "upgraded".
APPLICATION_ID = 0x5A484755  # "ZHGU"


def _v1_settings(conn: sqlite3.Connection) -> None:
    # Shop-wide values (default commission, staff names, ...) that belong with the data,
    # not with one PC's QSettings.
    conn.execute(
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
        )"""
    )


MIGRATIONS: tuple[Migration, ...] = (_v1_settings,)
LATEST = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, steps: Sequence[Migration] = MIGRATIONS) -> tuple[int, int]:
    """Apply the missing steps in one IMMEDIATE transaction; return (from, to) versions.

    The version is read again inside the write lock, so two copies of the app opening an
    old file at once upgrade it once.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = schema_version(conn)
        for step in steps[current:]:
            step(conn)
        if current < len(steps):
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {len(steps)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may already have rolled back (disk full, I/O error)
            conn.execute("ROLLBACK")
        raise
    return current, max(current, len(steps))
