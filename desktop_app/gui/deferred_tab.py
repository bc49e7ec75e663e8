"""A tab of the main window made the first time it is shown or asked for (issue 8: a faster start)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from desktop_app.gui.tabs.list_tab import ListTab
    from desktop_app.services.actor import Actor


class DeferredTab(NamedTuple):
    """Its title shows in the tab bar and the View menu from the start; ``build`` makes the tab (its
    imports, services and widgets) for whoever is signed in at that moment."""

    title: str
    build: Callable[[Actor], ListTab]
