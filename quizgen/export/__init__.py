"""Exporters: Anki decks (anki.py) and printable worksheets (worksheet.py)."""
