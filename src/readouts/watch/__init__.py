"""Watching sources: poll feeds, sitemaps and index pages, store new accounts, alert.

Uses ingest, the pipeline and the store; only the CLI imports it.
"""
