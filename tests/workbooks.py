"""Hostile workbooks for the import tests of every app: bombs, formulas without a value, hidden sheets."""

import io
import zipfile


def zip_bomb(content: bytes, *, unpacked: int, part="xl/media/image1.bin") -> bytes:
    """`content` (a workbook) with one more part of `unpacked` zero bytes: a few Ko once compressed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        for member in source.infolist():
            bomb.writestr(member, source.read(member))
        chunk = b"\0" * (1024 * 1024)
        with bomb.open(part, "w") as target:
            for start in range(0, unpacked, len(chunk)):
                target.write(chunk[: unpacked - start])
    return buffer.getvalue()


def rewrite_part(content: bytes, part: str, change) -> bytes:
    """`content` with the XML of `part` replaced by `change(xml_text)`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == part:
                data = change(data.decode()).encode()
            target.writestr(member, data)
    return buffer.getvalue()


def sheet_part(content: bytes, title: str) -> str:
    """The zip part of the sheet titled `title` (openpyxl numbers them in order: xl/worksheets/sheetN.xml)."""
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(content), read_only=True)
    try:
        return f"xl/worksheets/sheet{workbook.sheetnames.index(title) + 1}.xml"
    finally:
        workbook.close()
