from app.core import pinyin


def test_initials_and_full_spelling():
    assert pinyin.search_terms("张三") == "zhangsan zs"


def test_every_reading_of_a_polyphone_is_indexed():
    terms = pinyin.search_terms("曾小明").split()
    assert "zxm" in terms and "cxm" in terms and "zengxiaoming" in terms


def test_latin_and_digits_stay_as_typed_lower_case():
    assert pinyin.search_terms("Tom Lee") == "tomlee"
    assert pinyin.spellings("A货小王")[0] == ("ahuoxiaowang", "ahxw")


def test_sort_key_is_the_first_reading():
    assert pinyin.sort_key("王五") == "wangwu"
    assert sorted(["赵六", "王五", "李四"], key=pinyin.sort_key) == ["李四", "王五", "赵六"]


def test_empty_text():
    assert pinyin.search_terms("") == ""
    assert pinyin.sort_key("  ") == ""


def test_polyphone_combinations_are_capped():
    assert len(pinyin.spellings("行长还会长")) <= pinyin.MAX_READINGS


def test_a_surname_sorts_by_its_surname_reading():
    assert pinyin.sort_key("曾小贤") == "zengxiaoxian"
    assert sorted(["曾小贤", "陈静", "张三"], key=pinyin.sort_key) == ["陈静", "曾小贤", "张三"]  # zeng < zhang
    assert "zxx" in pinyin.search_terms("曾小贤").split()
