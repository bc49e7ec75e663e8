"""Child-process workers for the crash-safety tests."""
