"""Reference data shipped with the program (each file names its source)."""
