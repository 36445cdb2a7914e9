from __future__ import annotations

import sqlite3

import pytest

from app.cli import main
from app.core import sales_store
from app.core.db import open_database
from app.core.errors import UserError
from app.core.importing.orders import MissingColumns, OrderImportError
from app.core.importing.traffic import import_traffic, read_traffic, set_traffic


@pytest.fixture
def store(tmp_path):
    s = open_database(tmp_path / "shop.sqlite3")
    yield s
    s.close()


def write(path, text, encoding="gbk"):
    path.write_bytes(text.encode(encoding))
    return path


GOOD = "日期,访客数,浏览量,\n2024-11-11,1000,\"3,500\",\n2024/11/12,800,2000,\n20241113, 10 ,20,\n"


def test_read_and_import_traffic(tmp_path, store):
    f = read_traffic(write(tmp_path / "t.csv", GOOD))
    assert not f.errors
    assert [(r.day, r.visitors, r.page_views) for r in f.rows] == [
        ("2024-11-11", 1000, 3500), ("2024-11-12", 800, 2000), ("2024-11-13", 10, 20)]
    r = import_traffic(store, f)
    assert (r.added, r.updated, r.unchanged) == (3, 0, 0)
    r = import_traffic(store, f)
    assert (r.added, r.updated, r.unchanged) == (0, 0, 3)
    set_traffic(store, "2024-11-12", 900, 2100)
    assert sales_store.traffic(store, "2024-11-12", "2024-11-13")[0].visitors == 900


def test_bad_traffic_rows(tmp_path, store):
    f = read_traffic(write(tmp_path / "t.csv", "日期,访客数,浏览量\n2024-02-30,1,2\n2024-03-01,x,2\n2024-03-02,1,2\n"))
    assert [(e.row, e.column) for e in f.errors] == [(2, "日期"), (3, "访客数")]
    with pytest.raises(OrderImportError):
        import_traffic(store, f)
    assert store.conn.execute("SELECT count(*) FROM traffic_daily").fetchone() == (0,)
    assert import_traffic(store, f, good_rows_only=True).added == 1


def test_missing_column(tmp_path):
    with pytest.raises(MissingColumns, match="浏览量"):
        read_traffic(write(tmp_path / "t.csv", "日期,访客数\n2024-01-01,1\n"))


def test_set_traffic_refuses_bad_values(store):
    with pytest.raises(UserError):
        set_traffic(store, "2024-01-01", -1, 3)
    with pytest.raises(UserError):
        set_traffic(store, "yesterday", 1, 3)


def test_cli_import_traffic(tmp_path, capsys):
    db = tmp_path / "cli.sqlite3"
    assert main(["--lang", "en", "--db", str(db), "import-traffic", str(write(tmp_path / "t.csv", GOOD))]) == 0
    bad = write(tmp_path / "bad.csv", "日期,访客数,浏览量\n2024-02-30,1,2\n")
    capsys.readouterr()
    assert main(["--lang", "en", "--db", str(db), "import-traffic", str(bad)]) == 1
    assert "bad.csv" in capsys.readouterr().err
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM traffic_daily").fetchone() == (3,)
    conn.close()
