"""Importing spreadsheets, for every app: read a file, check every row, preview, then apply all or nothing.

- `cells`: turning values into cells and back, formula neutralisation;
- `reading`: opening an uploaded XLSX or CSV file safely (size and row limits), and reading a sheet's rows by column
  key, each cell located (`Sheet`, `Column`, `RowData`);
- `report`: the located problems of a file (`Location`, `Problem`, `Report`);
- `validation`: a row checked by its model's own validation (`full_clean`), its errors located in the sheet;
- `uploads`: an upload kept between its preview and its confirmation (`StoredUpload`), the preview-then-confirm flow
  and the all-or-nothing application.

What the rows mean stays in the app that imports them (`actions.excel` for the plan d'action).
"""
