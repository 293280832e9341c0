"""Storage layer: database tables, keys, field and file encryption."""
