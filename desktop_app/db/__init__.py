"""Persistence: declarative base, column types, engine/session factory, models and migrations."""
