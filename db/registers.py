"""Imports every register module that contributes due items (see db.due)."""
