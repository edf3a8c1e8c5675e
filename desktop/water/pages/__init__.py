"""The fire-water pages, one module each; ``make_page(services, parent)`` builds a page."""
