"""Which parts fit a unit (D5, D9): the ones listed for its model in any case, universal parts (no model
listed), and every part while the unit's model is not known (a visit before identification)."""

from __future__ import annotations

from desktop_app.core.part_fit import fits


def test_a_part_listed_for_the_model_fits_whatever_the_case_or_spaces() -> None:
    assert fits(["IES-2008G", "IES-2005"], "IES-2008G")
    assert fits([" ies-2008g "], "IES-2008G ")


def test_a_part_listed_only_for_other_models_does_not_fit() -> None:
    assert not fits(["AP3010DN", "AP6050-WALL"], "IES-2008G")


def test_a_part_listing_no_model_is_universal() -> None:
    assert fits([], "IES-2008G") and fits(None, "IES-2008G") and fits(["", "  "], "IES-2008G")


def test_with_no_model_known_every_part_fits() -> None:
    assert fits(["AP3010DN"], None) and fits(["AP3010DN"], "  ")
