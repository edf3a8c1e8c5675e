"""The fleet's pages, one module each: vehicles, equipment, repairs."""
