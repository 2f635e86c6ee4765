"""The domain core: plain Python and SQLite, no Qt.

The UI, the packet exporters and the command line all call into this package; it never
imports PySide6 or pyqtgraph (a test checks that in a fresh interpreter).
"""
