"""PDF documents (receipts, reports) built from plain dataclasses with ReportLab; no Qt here."""
