"""How it looks: theme folders, their CSS, the Jinja environment, fonts and icons."""
