"""Trigram indexes for the accent-free name searches (`search_name LIKE '%word%'`), on PostgreSQL only: SQLite scans,
which is fast enough for a local demo."""

from django.db import migrations

TABLES = ["referentials_commune", "referentials_epci"]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table in TABLES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_search_trgm ON {table} USING gin (search_name gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_trgm")


class Migration(migrations.Migration):

    dependencies = [
        ('referentials', '0002_orderings_without_joins'),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
