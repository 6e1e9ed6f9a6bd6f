"""Importing indicator values: `reading` (the file), `mapping` (its columns), `territories` and `values` (its cells),
`checks` (every row, located problems), `writing` (what changes, and COPY on PostgreSQL), `importer` (all of it, all or
nothing)."""
