"""Briefing packet renderers (PDF, DOCX, HTML) from the outline core/packet.py assembles."""
