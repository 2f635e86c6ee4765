"""BriefingBook: an offline desktop briefing book for U.S.–Mexico summit preparation."""

__version__ = "0.1.0"
APP_NAME = "BriefingBook"
APP_ID = "briefingbook"
