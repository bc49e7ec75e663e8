"""The main window's list tabs: claims, work orders, requisitions and staff."""
