"""What every layer shares: the data model and helpers (distance, time values, paths); imports no other package of
the project but the language packs' data."""
