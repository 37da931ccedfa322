"""Renderers: turn pipeline results into terminal text, JSON, HTML or Word for people."""
