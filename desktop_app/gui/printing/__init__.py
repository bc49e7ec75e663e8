"""Printing: our PDFs previewed and printed through Qt (rendered by pypdfium2), and this desk's settings."""
