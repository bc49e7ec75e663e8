"""Dialogs: first run, sign in."""
