"""The plan d'action as an Excel workbook: export, import (with preview) and the Territoires en Transitions template.

- `schema`: sheets and columns of the portal's template (one source for the exporter, the importer and the docs; the
  « Fiches » sheet is `actions.fields`);
- `exporters`: `export_plan(contract) -> bytes`;
- `reading` and `tet`: a workbook's rows, in the portal's template or read from Territoires en Transitions';
- `checks`: `prepare_import()` checks the rows (the models' own validation, and what only a file can get wrong)
  against the database and builds the `preview` (nothing written);
- `importers`: `read_plan()`, then `prepare_import()`, then `apply_import()` (all or nothing);
- `uploads`: an upload kept between its preview and its confirmation; `report`: the preview as text.

Reading files, cells, located problems and the preview-then-confirm flow are shared by every app:
`cls_portal.imports`.
"""
