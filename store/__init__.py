"""The case: documents, analyses and (later) corrections, kept in SQLite."""
