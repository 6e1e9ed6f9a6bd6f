"""The preview of an import as plain text lines, for `manage.py import_plan` (the web page renders it itself)."""

from actions.excel.importers import ImportPreview


def text_report(preview: ImportPreview) -> list[str]:
    lines = preview.problem_lines()
    if preview.errors:
        return lines
    for title, changes in (("Axes créés", preview.axes_created), ("Axes modifiés", preview.axes_updated)):
        if changes:
            lines.append(f"{title} :")
            lines += [f"  - Axe {change.number} « {change.title} »" for change in changes]
            lines += [f"      {c.label} : {c.old} → {c.new}" for change in changes for c in change.changes]
    if preview.created:
        lines.append("Fiches créées :")
        lines += [f"  - {change.number} « {change.title} »" for change in preview.created]
    if preview.updated:
        lines.append("Fiches modifiées :")
        for change in preview.updated:
            lines.append(f"  - {change.number} « {change.title} »")
            lines += [f"      {c.label} : {c.old} → {c.new}" for c in change.all_changes]
    if preview.new_organisations:
        lines.append("Organisations créées : " + ", ".join(o.name for o in preview.new_organisations) + ".")
    if preview.absent:
        numbers = ", ".join(fiche.number for fiche in preview.absent)
        lines.append(f"Fiches absentes du fichier, conservées sans changement : {numbers}.")
    lines.append(preview.summary())
    return lines
