"""WeasyPrint, and only here: the renderer, its fetcher and log, fitting and condensing."""
