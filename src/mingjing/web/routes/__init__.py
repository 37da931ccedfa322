"""The web app's routes, one module per group of pages; thin: access check, one call, one page."""
