"""Trigram indexes for the searches of contracts and organisations by name, on PostgreSQL only (see
referentials.0003, which creates the extension)."""

from django.db import migrations

TABLES = ["contracts_contract", "contracts_organisation"]


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
        ('contracts', '0004_orderings_without_joins'),
        ('referentials', '0003_trigram_search_indexes'),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
