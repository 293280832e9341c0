"""One key for telling whether two readings of a name are one person (names.name_key):
the readers that ask "is this the writer's own name?" compare by it, so a title, a rank or
doubled spaces on one side never makes two people of one."""

from extractors.names import name_key, same_person


def test_civil_rank_and_english_titles_come_off() -> None:
    assert name_key("นาย สมชาย  ใจดี") == "สมชาย ใจดี"
    assert name_key("นางสาวพรทิพย์ คงมั่น") == "พรทิพย์ คงมั่น"
    assert name_key("ร.ต.อ.วีระชัย ทองดี") == "วีระชัย ทองดี"
    assert name_key("Mr. Tom Hale") == "tom hale"


def test_only_the_first_title_comes_off() -> None:
    # a given name that opens like a title word is the name, not a second title
    assert name_key("นางนางลักษณ์ ศรีสุข") == "นางลักษณ์ ศรีสุข"


def test_one_person_by_given_name_two_by_another() -> None:
    assert same_person("นายสมชาย ใจดี", "สมชาย")
    assert same_person("ร.ต.อ.วีระชัย ทองดี", "วีระชัย ท.")
    assert not same_person("นายสมชาย ใจดี", "นายสมศักดิ์ ใจดี")
    assert not same_person("", "นายสมชาย ใจดี")
