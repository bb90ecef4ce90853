"""Tests of archive.ingest."""
