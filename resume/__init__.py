"""resume: one source, a one-page résumé PDF, a portfolio PDF and a web page."""
