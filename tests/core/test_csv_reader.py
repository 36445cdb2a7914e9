"""Reading table files: encodings in a fixed order, ="…" ids, blank and short lines, and files
that are not tables or were cut short."""

import codecs

import pytest

from app.core import paths
from app.core.errors import UserError
from app.core.importing import csv_reader
from app.core.importing.csv_reader import ImportFileError, clean_cell, decode, read_table, scan_table

HEADER = "订单编号,买家会员名,买家实际支付金额,订单状态"
ROW = '="3735661044514622889",小鱼儿2019,128.00,交易成功'


def write(tmp_path, data: bytes, name="orders.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_the_bundled_sample_reads_as_gb18030():
    table = read_table(paths.resource("samples", "orders_sample.csv"))
    assert table.encoding == "gb18030" and not table.guessed
    assert table.header[:3] == ["订单编号", "买家会员名", "买家实际支付金额"]
    assert len(table.header) == 8  # the trailing comma of every line adds no column
    assert len(table.rows) == 20
    assert all(len(row) == 8 for row in table.rows)
    first = table.records()[0]
    assert first["订单编号"].isdigit() and len(first["订单编号"]) == 19
    assert "玻璃公道杯, 加厚耐热 350ml" in [r["宝贝标题"] for r in table.records()]


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        (codecs.BOM_UTF8 + HEADER.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + HEADER.encode("utf-16-le"), "utf-16"),
        (HEADER.encode("utf-8"), "utf-8"),
        (HEADER.encode("gbk"), "gb18030"),
        (HEADER.encode("gb18030"), "gb18030"),
    ],
)
def test_encoding_is_found_in_order_bom_utf8_gb18030(encoded, expected):
    text, encoding = decode(encoded)
    assert (text, encoding) == (HEADER, expected)


@pytest.mark.parametrize(("encoding", "found"),
                         [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("utf-16", "utf-16")])
def test_rows_read_the_same_in_every_encoding(tmp_path, encoding, found):
    table = read_table(write(tmp_path, f"{HEADER}\r\n{ROW}\r\n".encode(encoding)))
    assert (table.encoding, table.guessed) == (found, False)
    assert table.header == HEADER.split(",")
    assert table.rows == [["3735661044514622889", "小鱼儿2019", "128.00", "交易成功"]]


def test_utf8_up_to_the_first_megabyte_then_gbk_is_read_again_as_gb18030(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reader, "HEAD_BYTES", 40)  # the head decides: ASCII, so UTF-8 is tried first
    data = ("order,buyer\r\n" + "".join(f"{n},buyer{n}\r\n" for n in range(10)) + "99,小鱼儿\r\n").encode("gbk")
    table = read_table(write(tmp_path, data))
    assert (table.encoding, table.guessed) == ("gb18030", False)
    assert table.rows[-1] == ["99", "小鱼儿"] and len(table.rows) == 11


def test_neither_utf8_nor_gb18030_is_a_guess_among_few(tmp_path):
    data = HEADER.encode("big5", errors="replace") + b"\r\n" + "1,王小明,1.00,交易".encode("big5") + b"\xff\r\n"
    table = read_table(write(tmp_path, data))
    assert table.guessed and table.encoding in csv_reader.DETECTOR_CANDIDATES


def test_a_chosen_encoding_that_does_not_fit_names_the_line(tmp_path):
    data = f"{HEADER}\r\n{ROW}\r\n".encode("gbk")
    with pytest.raises(ImportFileError, match="cannot be read as utf-8") as caught:
        read_table(write(tmp_path, data), encoding="utf-8")
    assert "orders.csv" in str(caught.value)


def test_tab_separated_exports_are_read(tmp_path):
    data = (HEADER.replace(",", "\t") + "\n" + ROW.replace(",", "\t") + "\n").encode("utf-16")
    assert read_table(write(tmp_path, data)).rows[0][1] == "小鱼儿2019"


@pytest.mark.parametrize(
    ("cell", "clean"),
    [('="0012"', "0012"), (' ="3735" ', "3735"), ("=SUM(A1)", "=SUM(A1)"), ('="', '="'), (" 交易成功 ", "交易成功")],
)
def test_clean_cell(cell, clean):
    assert clean_cell(cell) == clean


def test_quoted_excel_wrapper_and_embedded_newline_keep_line_numbers(tmp_path):
    data = b'id,title\n"=""0042""","line one\nline two"\n7,next\n'
    table = read_table(write(tmp_path, data))
    assert table.rows == [["0042", "line one\nline two"], ["7", "next"]]
    assert table.row_numbers == [2, 4]


def test_blank_lines_skipped_short_rows_padded_and_line_numbers_kept(tmp_path):
    data = b"a,b,c\n\n1,2,3\n,,\n  , ,\n4\n"
    table = read_table(write(tmp_path, data))
    assert table.rows == [["1", "2", "3"], ["4", "", ""]]
    assert table.row_numbers == [3, 6]


def test_a_row_longer_than_the_header_is_a_row_error(tmp_path):
    table = read_table(write(tmp_path, b"a,b\n1,2\n1,2,3\n4,5,,\n"))
    assert table.rows == [["1", "2"], ["4", "5"]]
    assert [(e.row, e.params) for e in table.errors] == [(3, {"count": 3, "expected": 2})]


def test_an_unclosed_quote_names_the_line_where_the_record_starts(tmp_path):
    path = write(tmp_path, b'a,b\n1,2\n3,"never closed\n4,5\n' + b"6,7\n" * 5000)
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert caught.value.params["line"] == 3


def test_many_rows_come_in_batches_with_their_lines(tmp_path):
    body = "".join(f"{n},x\n" if n != 7000 else '7000,"two\nlines"\n' for n in range(12_000))
    table = read_table(write(tmp_path, ("n,t\n" + body).encode()))
    assert len(table.rows) == 12_000
    assert table.row_numbers[6999:7002] == [7001, 7002, 7004]


@pytest.mark.parametrize("data", [b"", b"\r\n\r\n", b",,,\n"])
def test_an_empty_file_is_refused(tmp_path, data):
    with pytest.raises(ImportFileError, match="empty"):
        read_table(write(tmp_path, data))


@pytest.mark.parametrize(("data", "line"), [
    (f"{HEADER},\r\n{ROW},\r\n{ROW}".encode("gbk"), 3),  # the last row lost its trailing comma
    (f"{HEADER}\r\n{ROW}\r\n1,2".encode("gbk"), 3),  # cut between cells
    (f'{HEADER}\r\n{ROW}\r\n1,"交易'.encode("gbk"), 3),  # cut inside quotes
    (f"{HEADER}\r\n{ROW}\r\n{ROW}".encode("gbk")[:-1], 3),  # cut inside a two-byte character
    (f"{HEADER}\r\n{ROW}\r\n{ROW}".encode("utf-8")[:-2], 3),
])
def test_a_file_cut_short_is_refused_naming_the_line(tmp_path, data, line):
    with pytest.raises(ImportFileError, match="incomplete") as caught:
        read_table(write(tmp_path, data))
    assert caught.value.params["line"] == line
    assert "orders.csv" in str(caught.value)


def test_a_last_line_without_its_line_break_but_whole_is_read(tmp_path):
    table = read_table(write(tmp_path, f"{HEADER}\r\n{ROW}".encode("gbk")))
    assert table.rows[0][0] == "3735661044514622889"


@pytest.mark.parametrize(("data", "match"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not a table"),
    (b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "not a table"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), r"\.xls"),
    (b"abc\x00def\n" * 10, "not a table"),
])
def test_a_file_of_another_kind_is_refused_naming_it(tmp_path, data, match):
    with pytest.raises(ImportFileError, match=match) as caught:
        read_table(write(tmp_path, data, "ExportOrderList.csv"))
    assert "ExportOrderList.csv" in str(caught.value)


def test_an_excel_workbook_named_csv_is_read_as_excel(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["订单编号", "买家会员名"])
    book.active.append(["1001", "alice"])
    book.save(tmp_path / "book.xlsx")
    path = write(tmp_path, (tmp_path / "book.xlsx").read_bytes(), "ExportOrderList.csv")
    table = read_table(path)
    assert (table.encoding, table.rows) == ("xlsx", [["1001", "alice"]])


def test_a_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(ImportFileError) as caught:
        read_table(tmp_path / "nope.csv")
    assert isinstance(caught.value, UserError)
    assert "nope.csv" in str(caught.value)


def test_scan_table_starts_over_with_a_fresh_stream(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reader, "HEAD_BYTES", 8)
    data = ("a,b\r\n" + "1,2\r\n" * 6000 + "3,小鱼儿\r\n").encode("gbk")
    seen = []

    def consume(stream):
        seen.append(stream.encoding)
        return sum(len(rows) for _lines, rows in stream.batches())

    assert scan_table(write(tmp_path, data), consume) == 6001
    assert seen == ["utf-8", "gb18030"]
