"""Shared by the database, backup and command-line tests: shop files in every state a user's
disk can hold them (good, damaged, foreign, from a newer version) and ways to look inside."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

from app.core import migrations
from app.core.db import open_database

CJK = re.compile(r"[\u3400-\u9fff]")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def side(path: Path, suffix: str) -> Path:
    return Path(path).with_name(Path(path).name + suffix)


def make_db(path: Path, **values: str) -> Path:
    """A good, current shop database holding ``values`` in its settings."""
    store = open_database(path)
    for key, value in values.items():
        store.set_setting(key, value)
    store.close()
    return Path(path)


def query(path: Path, sql: str) -> list[tuple]:
    """Rows of ``sql``, read without writing anything to the file."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def settings(path: Path) -> dict[str, str]:
    return dict(query(path, "SELECT key, value FROM settings"))


def pragma(path: Path, name: str):
    return query(path, f"PRAGMA {name}")[0][0]


def run_sql(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()
    return Path(path)


def _big_db(path: Path) -> bytes:
    make_db(path, **{f"k{i:03}": "v" * 200 for i in range(300)})
    return Path(path).read_bytes()


def make_damaged(path: Path) -> Path:
    """A real shop file whose second page (a b-tree page of its data) was overwritten."""
    data = _big_db(path)
    Path(path).write_bytes(data[:4096] + b"\xff" * 64 + data[4096 + 64:])
    return Path(path)


def make_truncated(path: Path) -> Path:
    """A real shop file cut off half-way, as by a full disk or an interrupted copy."""
    data = _big_db(path)
    Path(path).write_bytes(data[: len(data) // 2])
    return Path(path)


def make_foreign(path: Path) -> Path:
    """Another program's SQLite file: it has tables and no application_id."""
    return run_sql(path, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)",
                   "INSERT INTO customers (name) VALUES ('王五')")


def make_other_app_id(path: Path) -> Path:
    """A SQLite file stamped by another program, even though it has no tables yet."""
    return run_sql(path, "PRAGMA application_id = 305419896")


def make_newer(path: Path, **values: str) -> Path:
    """Our file, as a newer Zhanggui with one more migration would leave it."""
    return run_sql(make_db(path, **values), f"PRAGMA user_version = {migrations.LATEST + 1}")


def file_of(data: bytes):
    """A maker of a file holding ``data``, which is not a SQLite database."""
    def make(path: Path) -> Path:
        Path(path).write_bytes(data)
        return Path(path)
    return make


make_text = file_of(("店铺名称,佣金\n小店,5%\n" * 50).encode("utf-8"))
make_png = file_of(PNG)
make_empty = file_of(b"")


# name: (maker, what the refusal says, whether the GUI should offer a backup instead)
BAD_FILES = {
    "empty": (make_empty, r"is empty \(0 bytes\)", True),
    "text": (make_text, r"is not a SQLite database", True),
    "png": (make_png, r"is not a SQLite database", True),
    "damaged": (make_damaged, r"failed the integrity check|is damaged", True),
    "truncated": (make_truncated, r"failed the integrity check|is damaged", True),
    "foreign": (make_foreign, r"database of another program", False),
    "other-app-id": (make_other_app_id, r"database of another program", False),
    "newer": (make_newer, rf"newer version .*data version {migrations.LATEST + 1}\b.*up to {migrations.LATEST}\b", False),
}
