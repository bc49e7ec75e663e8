"""Forms generated from ui/*.ui by pyside6-uic (``make ui``); never edit them by hand."""
