"""A CJK-capable application font, with the bundled WenQuanYi Micro Hei as a fallback."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase, QGuiApplication

from desktop_app.paths import resource

log = logging.getLogger(__name__)

# Fonts that draw Simplified Chinese well, best first; WenQuanYi is bundled, so always present.
PREFERRED_FAMILIES = (
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
)
BUNDLED_FONT = ("fonts", "wqy-microhei.ttc")

_bundled_loaded = False


def add_bundled_font() -> list[str]:
    """Registers resources/fonts/wqy-microhei.ttc once; returns the families it provides."""
    global _bundled_loaded
    if _bundled_loaded:
        return []
    _bundled_loaded = True
    path = resource(*BUNDLED_FONT)
    if not path.exists():
        log.warning("bundled font missing: %s", path)
        return []
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("could not load the bundled font %s", path)
        return []
    return QFontDatabase.applicationFontFamilies(font_id)


def install_cjk_font(app: QGuiApplication) -> str | None:
    """Puts a Chinese-capable family first so no glyph falls back to tofu boxes."""
    available = set(QFontDatabase.families())
    if PREFERRED_FAMILIES[0] not in available:  # installed, it is the same font: not read twice (5 MB)
        available.update(add_bundled_font())
    chosen = next((family for family in PREFERRED_FAMILIES if family in available), None)
    if chosen is None:
        return None
    font = app.font()
    # Keep the platform's Latin family after ours as a fallback for symbols WenQuanYi lacks.
    font.setFamilies([chosen, *[f for f in font.families() if f != chosen]])
    app.setFont(font)
    return chosen
