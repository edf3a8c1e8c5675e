"""Ledgers laid out the way township offices keep them, and the imports that must read them."""
