"""Frozen SQL of book-format steps whose text is too long to sit in ``core/migrations.py``.

A module here is the SQL of one step exactly as it landed; it is never edited (a landed step is
never edited) and imports nothing from the live code. ``migrations.py`` runs it.
"""
