"""Postal addresses as printed: the city once, even when the street address already names it."""

from __future__ import annotations


def full_address(city: str | None, address: str | None) -> str | None:
    city, address = (city or "").strip(), (address or "").strip()
    if address and city and (address.startswith(city) or address.startswith(city.removesuffix("市"))):
        return address
    return " ".join(p for p in (city, address) if p) or None
