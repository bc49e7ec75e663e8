"""Addresses name the city once."""

from desktop_app.core.addresses import full_address


def test_addresses_name_the_city_once() -> None:
    assert full_address("上海", "上海市徐汇区漕宝路335号") == "上海市徐汇区漕宝路335号"
    assert full_address("深圳市", "南山区科技园") == "深圳市 南山区科技园"
    assert full_address(None, "南山区") == "南山区" and full_address("", "") is None
