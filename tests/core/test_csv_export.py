"""CSV for Excel: UTF-8 with a BOM, formula injection escaped in text, numbers left as numbers,
and a file written whole or not at all."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from app.core.csv_export import ExportError, csv_bytes, csv_text, escape_cell, write_csv


@pytest.mark.parametrize(("value", "cell"), [
    ("=1+1", "'=1+1"),
    ('=HYPERLINK("http://evil.example","点我")', '\'=HYPERLINK("http://evil.example","点我")'),
    ("+86 138", "'+86 138"),
    ("-5", "'-5"),  # text that looks like a number is still text
    ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("\n=1", "'\n=1"),
    ("a=1", "a=1"),
    (" =1", " =1"),  # a leading space already makes it text
    ("海报、轮播图", "海报、轮播图"),
    ("", ""),
    (None, ""),
    (5, 5),
    (-5, -5),
    (-1.5, -1.5),
    (Decimal("-12.30"), Decimal("-12.30")),
    (True, "True"),
])
def test_escape_cell(value, cell):
    result = escape_cell(value)
    assert result == cell and type(result) is type(cell)


def test_numbers_are_written_bare_and_text_is_escaped():
    text = csv_text(["备注", "数量"], [["-5", -5], ["=1+1", 3.5], [None, 0]])
    assert text.split("\r\n") == ["备注,数量", "'-5,-5", "'=1+1,3.5", ",0", ""]


def test_the_header_is_escaped_too():
    assert csv_text(["=cmd"], []) == "'=cmd\r\n"


def test_bytes_are_utf8_with_a_bom_and_read_back_cell_for_cell():
    rows = [["小林家居", '说"好"', "一,二", "第一行\n第二行"], ["-", 12, "", "@"]]
    data = csv_bytes(["店铺", "备注", "列表", "多行"], rows)
    assert data.startswith(b"\xef\xbb\xbf") and not data.startswith(b"\xef\xbb\xbf\xef\xbb\xbf")
    read = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert read[0] == ["店铺", "备注", "列表", "多行"]
    assert read[1:] == [["小林家居", '说"好"', "一,二", "第一行\n第二行"], ["'-", "12", "", "'@"]]


@pytest.fixture
def folder(tmp_path):
    made = tmp_path / "exports"
    made.mkdir()
    return made


def test_write_csv_writes_the_whole_file_and_replaces_an_old_one(folder):
    path = folder / "导出.csv"
    path.write_text("old")
    assert write_csv(path, ["a"], iter([["x"], ["y"]])) == 2
    assert path.read_bytes() == "\ufeffa\r\nx\r\ny\r\n".encode()
    assert sorted(p.name for p in folder.iterdir()) == ["导出.csv"]


def test_a_file_that_cannot_be_written_gives_a_user_error_and_leaves_nothing(folder):
    target = folder / "missing folder" / "out.csv"
    with pytest.raises(ExportError, match=r"Cannot write .*out\.csv.*close it and try again"):
        write_csv(target, ["a"], [["x"]])
    assert list(folder.iterdir()) == []


def test_a_failure_while_replacing_keeps_the_old_file(folder, monkeypatch):
    path = folder / "out.csv"
    path.write_text("old")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("app.core.csv_export.os.replace", locked)
    with pytest.raises(ExportError, match="Permission denied"):
        write_csv(path, ["a"], [["x"]])
    assert path.read_text() == "old"
    assert sorted(p.name for p in folder.iterdir()) == ["out.csv"]
