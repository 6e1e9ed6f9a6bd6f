"""The plan d'action as an Excel workbook: export, import (with preview) and the Territoires en Transitions template.

- `schema`: sheets and columns of the portal's template (one source for the exporter, the importer and the docs);
- `cells`: turning values into cells and back, formula neutralisation;
- `exporters`: `export_plan(contract) -> bytes`;
- `importers`: `read_workbook()` then `prepare_import()` (validation and preview, read-only) then `apply_import()`;
- `tet`: reads the plan template of Territoires en Transitions into the same rows.
"""
