"""One module per drills page, each with its ``make_page(services, parent)``."""
