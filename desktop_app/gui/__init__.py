"""Everything Qt: main window, tabs, dialogs, table models, translations and background work."""
