"""The plan d'action as an Excel workbook: export, import (with preview) and the Territoires en Transitions template.

- `schema`: sheets and columns of the portal's template (one source for the exporter, the importer and the docs);
- `cells`: turning values into cells and back, formula neutralisation;
- `exporters`: `export_plan(contract) -> bytes`;
- `reading` and `tet`: a workbook's rows, in the portal's template or read from Territoires en Transitions';
- `checks`: `prepare_import()` checks the rows against the database and builds the `preview` (nothing written);
- `importers`: `read_plan()`, then `prepare_import()`, then `apply_import()` (all or nothing);
- `uploads`: an upload kept between its preview and its confirmation; `report`: the preview as text.
"""
