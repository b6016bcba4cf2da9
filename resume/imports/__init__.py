"""Importers: each reads one format into our source (see pdf.py for the interface)."""
