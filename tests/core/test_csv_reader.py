import codecs

import pytest

from app.core import paths
from app.core.errors import UserError
from app.core.importing.csv_reader import (
    CsvEncodingError,
    CsvFormatError,
    CsvReadError,
    clean_cell,
    decode,
    read_csv,
)

HEADER = "订单编号,买家会员名,买家实际支付金额,订单状态"
ROW = '="3735661044514622889",小鱼儿2019,128.00,交易成功'


def write(tmp_path, data: bytes, name="orders.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_the_bundled_sample_reads_as_gb18030():
    table = read_csv(paths.resource("samples", "orders_sample.csv"))
    assert table.encoding == "gb18030"
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


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_rows_read_the_same_in_every_encoding(tmp_path, encoding):
    table = read_csv(write(tmp_path, f"{HEADER}\r\n{ROW}\r\n".encode(encoding)))
    assert table.header == HEADER.split(",")
    assert table.rows == [["3735661044514622889", "小鱼儿2019", "128.00", "交易成功"]]


def test_tab_separated_exports_are_read(tmp_path):
    data = (HEADER.replace(",", "\t") + "\n" + ROW.replace(",", "\t") + "\n").encode("utf-16")
    assert read_csv(write(tmp_path, data)).rows[0][1] == "小鱼儿2019"


@pytest.mark.parametrize(
    ("cell", "clean"),
    [('="0012"', "0012"), (' ="3735" ', "3735"), ("=SUM(A1)", "=SUM(A1)"), ('="', '="'), (" 交易成功 ", "交易成功")],
)
def test_clean_cell(cell, clean):
    assert clean_cell(cell) == clean


def test_quoted_excel_wrapper_and_embedded_newline(tmp_path):
    data = b'id,title\n"=""0042""","line one\nline two"\n'
    table = read_csv(write(tmp_path, data))
    assert table.rows == [["0042", "line one\nline two"]]


def test_blank_lines_skipped_short_rows_padded_and_line_numbers_kept(tmp_path):
    data = b"a,b,c\n\n1,2,3\n,,\n4\n"
    table = read_csv(write(tmp_path, data))
    assert table.rows == [["1", "2", "3"], ["4", "", ""]]
    assert table.line_numbers == [3, 5]


def test_a_row_longer_than_the_header_names_its_line(tmp_path):
    path = write(tmp_path, b"a,b\n1,2\n1,2,3\n")
    with pytest.raises(CsvFormatError) as caught:
        read_csv(path)
    assert caught.value.params["line"] == 3
    assert str(path) in str(caught.value) and "line 3" in str(caught.value)


def test_an_unclosed_quote_names_the_line_where_the_record_starts(tmp_path):
    path = write(tmp_path, b'a,b\n1,2\n3,"never closed\n4,5\n')
    with pytest.raises(CsvFormatError) as caught:
        read_csv(path)
    assert caught.value.params["line"] == 3


def test_undecodable_bytes_are_refused_naming_the_file(tmp_path):
    path = write(tmp_path, b"a,b\n\xff\xfe\xff\x00\x80,2\n")
    with pytest.raises(CsvEncodingError) as caught:
        read_csv(path)
    assert str(path) in str(caught.value)


def test_a_bom_that_lies_is_refused(tmp_path):
    with pytest.raises(CsvEncodingError):
        read_csv(write(tmp_path, codecs.BOM_UTF8 + "订单".encode("gbk")))


@pytest.mark.parametrize("data", [b"", b"\r\n\r\n", b",,,\n"])
def test_an_empty_file_is_refused(tmp_path, data):
    with pytest.raises(CsvFormatError, match="empty"):
        read_csv(write(tmp_path, data))


def test_a_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(CsvReadError) as caught:
        read_csv(tmp_path / "nope.csv")
    assert isinstance(caught.value, UserError)
    assert "nope.csv" in str(caught.value)
