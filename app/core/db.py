"""Opening the shop's SQLite file safely.

A file is inspected read-only before anything writes to it: one that is not SQLite, fails
``quick_check``, belongs to another program or comes from a newer Zhanggui is refused and
left byte-for-byte as it was. An older one is backed up, then upgraded in one transaction.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from app.core import migrations
from app.core.errors import QT_TRANSLATE_NOOP, UserError

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afpfs", "webdav"}


class DatabaseRefused(UserError):
    """The file cannot be opened as it is; it was not modified.

    ``restorable`` tells the GUI to offer the newest good backup instead.
    """

    def __init__(self, template: str, *, restorable: bool = False, **params: object) -> None:
        super().__init__(template, **params)
        self.restorable = restorable


class Inspection(NamedTuple):  # not a dataclass: that import costs start-up time
    path: Path
    exists: bool
    user_version: int = 0
    application_id: int = 0


def _ro_uri(path: Path) -> str:
    return Path(path).resolve().as_uri() + "?mode=ro"


def connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(_ro_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def on_network_share(path: Path) -> bool:
    """SQLite's locking is unreliable on network file systems, so such paths are refused."""
    text = str(Path(path).resolve())
    if text.startswith("\\\\"):
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    best, fstype = "", ""
    for line in mounts:
        fields = line.split()
        if len(fields) >= 3 and (text == fields[1] or text.startswith(fields[1].rstrip("/") + "/")):
            if len(fields[1]) > len(best):
                best, fstype = fields[1], fields[2]
    return fstype in NETWORK_FILESYSTEMS


def inspect(path: Path, *, latest: int = migrations.LATEST) -> Inspection:
    """Check a file without writing to it; raise DatabaseRefused if it must not be opened."""
    path = Path(path)
    if not path.exists():
        return Inspection(path, exists=False)
    if path.is_dir():
        raise DatabaseRefused(QT_TRANSLATE_NOOP("core", "{path} is a folder, not a database file."), path=path)
    if on_network_share(path):
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "core",
                "{path} is on a network share, where SQLite cannot lock the file reliably. "
                "Copy it to this computer's disk and open it there.",
            ),
            path=path,
        )
    with path.open("rb") as f:
        head = f.read(100)
    if not head:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("core", "{path} is empty (0 bytes): it is not a Zhanggui database."),
            path=path, restorable=True,
        )
    if not head.startswith(SQLITE_MAGIC):
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("core", "{path} is not a SQLite database (it may be another kind of file)."),
            path=path, restorable=True,
        )
    try:
        conn = connect_readonly(path)
        try:
            check = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP("core", "{path} is locked by another program. Close it and try again."),
                path=path,
            ) from exc
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("core", "{path} is damaged and cannot be read: {reason}"),
            path=path, reason=exc, restorable=True,
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("core", "{path} is damaged and cannot be read: {reason}"),
            path=path, reason=exc, restorable=True,
        ) from exc
    if check != ["ok"]:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("core", "{path} failed the integrity check: {reason}"),
            path=path, reason="; ".join(map(str, check)), restorable=True,
        )
    if app_id not in (0, migrations.APPLICATION_ID) or (app_id == 0 and tables):
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("core", "{path} is a SQLite database of another program, not of Zhanggui."),
            path=path,
        )
    if user_version > latest:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "core",
                "{path} was written by a newer version of Zhanggui (data version {found}, this "
                "version knows up to {latest}). Update Zhanggui to open it; the file was not changed.",
            ),
            path=path, found=user_version, latest=latest,
        )
    return Inspection(path, exists=True, user_version=user_version, application_id=app_id)


def connect(path: Path) -> sqlite3.Connection:
    """A read-write connection with the project's pragmas. Autocommit: callers open
    transactions explicitly (Store.write), so every user action lands whole or not at all."""
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL keeps the last commit through a power cut and costs nothing measurable here.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return conn


class Store:
    """One open database: a connection for one thread at a time (open one per thread)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = Path(path)
        self.conn = conn
        self._sqlite_utils_db = None

    @property
    def db(self):
        """sqlite-utils on the same connection, imported only when first needed."""
        if self._sqlite_utils_db is None:
            import sqlite_utils

            self._sqlite_utils_db = sqlite_utils.Database(self.conn)
        return self._sqlite_utils_db

    @property
    def schema_version(self) -> int:
        return migrations.schema_version(self.conn)

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction that takes the write lock up front (BEGIN IMMEDIATE), so a second
        copy of the app waits its turn instead of failing half-way; nested calls are savepoints."""
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT nested")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK TO nested")
                self.conn.execute("RELEASE nested")
                raise
            self.conn.execute("RELEASE nested")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                "value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')",
                (key, value),
            )

    def close(self) -> None:
        self.conn.close()


def open_database(
    path: Path, *, steps: Sequence[migrations.Migration] = migrations.MIGRATIONS
) -> Store:
    """Open (creating if missing) and upgrade a database; refuse what must not be touched."""
    path = Path(path)
    info = inspect(path, latest=len(steps))
    if info.exists and info.user_version < len(steps) and info.user_version > 0:
        from app.core import backup  # only needed for an upgrade

        backup.make_backup(path, reason="migration")
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        migrations.migrate(conn, steps)
    except BaseException:
        conn.close()
        raise
    return Store(path, conn)
