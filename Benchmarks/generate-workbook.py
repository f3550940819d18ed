#!/usr/bin/env python3
"""Writes one synthetic workbook of ROWS x COLUMNS cells as SpreadsheetML 2003, XLSX and ODS.

Usage: generate-workbook.py OUTPUT_DIR [ROWS] [COLUMNS] [SHAPE]   (default 100000 x 10 = 1,000,000 cells)

SHAPE "light" (the default): every row holds a locality name (a string), an ONS-style code (a string)
and 3-decimal numbers, like the indicator sheets sli reads.
SHAPE "rich" (always 10 columns): every row holds what a returned self-assessment holds: a short
string, an integer, six 4-decimal numbers, a 90-character text with an entity reference (each row's
own, so the XLSX shared strings grow with the rows) and a date-time.
The three files carry the same cells.
"""
import os
import sys
import zipfile

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
columns = int(sys.argv[3]) if len(sys.argv) > 3 else 10
shape = sys.argv[4] if len(sys.argv) > 4 else "light"
if shape not in ("light", "rich"):
    sys.exit(f"generate-workbook.py: unknown shape {shape!r} (expected light or rich)")
if shape == "rich":
    columns = 10
os.makedirs(out, exist_ok=True)
names = ["Bolton", "Bury", "Manchester", "Oldham", "Rochdale", "Salford", "Stockport", "Tameside", "Trafford", "Wigan"]


def light_cells(row):
    yield "s", names[row % len(names)]
    yield "s", "E080000%02d" % (row % 97)
    for column in range(2, columns):
        yield "n", "%d.%03d" % ((row * 7 + column * 13) % 1000, (row + column) % 1000)


def rich_cells(row):
    yield "s", names[row % len(names)]
    yield "n", "%d" % (row * 37 % 100_000)
    for column in range(2, 8):
        yield "n", "%d.%04d" % ((row * 7 + column * 13) % 1000, (row * 31 + column) % 10_000)
    text = "Audit of contacts %07d & safer sleep advice at booking, at birth and at every later visit" % row
    yield "t", text[:90].ljust(90, ".")
    # A date-time: days since 2016-01-01 and a time of day, as (ISO text, Excel serial).
    day, minute = row % 366, row % 1440
    serial = 42370 + day + minute / 1440
    month_days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    month = 0
    while day >= month_days[month]:
        day -= month_days[month]
        month += 1
    iso = "2016-%02d-%02dT%02d:%02d:00" % (month + 1, day + 1, minute // 60, minute % 60)
    yield "d", (iso, repr(serial))


cells = rich_cells if shape == "rich" else light_cells


def escaped(text):
    return text.replace("&", "&amp;").replace("<", "&lt;")


# SpreadsheetML 2003, as Excel writes it (a style on every cell).
with open(os.path.join(out, "bench.xml"), "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n')
    f.write('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
            'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">\n')
    f.write(' <Styles><Style ss:ID="s21"/><Style ss:ID="s22"><NumberFormat ss:Format="General Date"/></Style>'
            '</Styles>\n <Worksheet ss:Name="Data">\n  <Table>\n')
    for row in range(rows):
        parts = ["   <Row>\n"]
        for kind, value in cells(row):
            if kind in "st":
                parts.append(f'    <Cell ss:StyleID="s21"><Data ss:Type="String">{escaped(value)}</Data></Cell>\n')
            elif kind == "d":
                parts.append(f'    <Cell ss:StyleID="s22"><Data ss:Type="DateTime">{value[0]}.000</Data></Cell>\n')
            else:
                parts.append(f'    <Cell><Data ss:Type="Number">{value}</Data></Cell>\n')
        parts.append("   </Row>\n")
        f.write("".join(parts))
    f.write("  </Table>\n </Worksheet>\n</Workbook>\n")

# XLSX with a shared string table, as Excel writes it (each row's own text of the rich shape added as
# the rows are written), and a date style.
shared = names + ["E080000%02d" % i for i in range(97)]
index = {text: i for i, text in enumerate(shared)}


def letters(column):
    text = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        text = chr(65 + rest) + text
    return text


main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
with zipfile.ZipFile(os.path.join(out, "bench.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
               '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
               '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
               '</Types>')
    z.writestr("_rels/.rels", f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
               f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
               f'<Relationship Id="rId3" Type="{rel}/styles" Target="styles.xml"/></Relationships>')
    z.writestr("xl/styles.xml", f'<styleSheet xmlns="{main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts>'
               '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        f.write(f'<worksheet xmlns="{main}" xmlns:r="{rel}"><sheetData>'.encode())
        for row in range(rows):
            parts = [f'<row r="{row + 1}">']
            for column, (kind, value) in enumerate(cells(row)):
                ref = letters(column) + str(row + 1)
                if kind == "t":
                    index[value] = len(shared)
                    shared.append(value)
                if kind in "st":
                    parts.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
                elif kind == "d":
                    parts.append(f'<c r="{ref}" s="1"><v>{value[1]}</v></c>')
                else:
                    parts.append(f'<c r="{ref}"><v>{value}</v></c>')
            parts.append("</row>")
            f.write("".join(parts).encode())
        f.write(b"</sheetData></worksheet>")
    z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}" count="{len(shared)}" uniqueCount="{len(shared)}">'
               + "".join(f"<si><t>{escaped(t)}</t></si>" for t in shared) + "</sst>")

# ODS, as LibreOffice writes it (mimetype first and stored).
office = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
with zipfile.ZipFile(os.path.join(out, "bench.ods"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
    z.writestr("META-INF/manifest.xml", f'<manifest:manifest {office} manifest:version="1.3">'
               '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
               '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with z.open("content.xml", "w", force_zip64=True) as f:
        f.write(f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {office} office:version="1.3">'
                '<office:body><office:spreadsheet><table:table table:name="Data">'.encode())
        for row in range(rows):
            parts = ['<table:table-row table:style-name="ro1">']
            for kind, value in cells(row):
                if kind in "st":
                    parts.append(f'<table:table-cell office:value-type="string"><text:p>{escaped(value)}</text:p></table:table-cell>')
                elif kind == "d":
                    parts.append(f'<table:table-cell office:value-type="date" office:date-value="{value[0]}"><text:p>{value[0]}</text:p></table:table-cell>')
                else:
                    parts.append(f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>')
            parts.append("</table:table-row>")
            f.write("".join(parts).encode())
        f.write(b"</table:table></office:spreadsheet></office:body></office:document-content>")
