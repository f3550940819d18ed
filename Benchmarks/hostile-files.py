#!/usr/bin/env python3
"""Writes the large hostile files of issue 12 into a folder (python3 hostile-files.py DIR).

Each is small on disk and made to cost a reader minutes or gigabytes; Benchmarks/hostile.sh times sli on
each. They are written here rather than kept, since some are large.
"""
import os
import struct
import sys
import zipfile
import zlib

out = sys.argv[1]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def fods(rows):
    return (
        f'<?xml version="1.0"?><office:document {OFFICE}><office:body><office:spreadsheet>'
        f'<table:table table:name="Data">{rows}</table:table></office:spreadsheet></office:body></office:document>'
    )


def write(name, text):
    with open(os.path.join(out, name), "w") as file:
        file.write(text)


def xlsx(name, sheets, shared=None, members=()):
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as archive:
        tags = "".join(f'<sheet name="S{i}" sheetId="{i + 1}" r:id="r{i}"/>' for i in range(len(sheets)))
        rels = "".join(
            f'<Relationship Id="r{i}" Type="{REL}/worksheet" Target="{target}"/>' for i, target in enumerate(sheets))
        if shared is not None:
            rels += f'<Relationship Id="t" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{shared}</sst>')
        archive.writestr("_rels/.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="o" '
                         f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{tags}</sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG}">{rels}</Relationships>')
        for path, text in members:
            archive.writestr(path, text)


merged = '<table:table-cell table:number-rows-spanned="2" table:number-columns-spanned="2"/><table:covered-table-cell/>'
write("merge-bomb.fods", fods(f'<table:table-row table:number-rows-repeated="1000000">{merged * 20}</table:table-row>'))
cell = '<table:table-cell table:number-columns-repeated="16000" office:value-type="float" office:value="1"/>'
write("repeated-cells.fods", fods(f'<table:table-row table:number-rows-repeated="600">{cell}</table:table-row>'))
# Just under and beyond what a table imported whole may hold (ReadLimits.table: 250,000 cells).
text_cell = '<table:table-cell table:number-columns-repeated="16000" office:value-type="string"><text:p>X</text:p></table:table-cell>'
write("table-under-limit.fods", fods(f'<table:table-row table:number-rows-repeated="15">{text_cell}</table:table-row>'))
write("table-over-limit.fods", fods(f'<table:table-row table:number-rows-repeated="300">{text_cell}</table:table-row>'))
spaces = '<text:s text:c="1000"/>' * 40_000
write("text-spaces.fods", fods(f"<table:table-row><table:table-cell><text:p>{spaces}</text:p></table:table-cell></table:table-row>"))
attributes = " ".join(f'a{i}=""' for i in range(200_000))
write("many-attributes.xml", f'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" {attributes}/>')
write("far-cell.xml", '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
      'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Far"><Table>'
      '<Row ss:Index="1048576"><Cell ss:Index="16384"><Data ss:Type="String">x</Data></Cell></Row>'
      '</Table></Worksheet></Workbook>')

big = f'<worksheet xmlns="{MAIN}"><sheetData>' + '<row><c><v>1</v></c></row>' * 80_000 + "</sheetData></worksheet>"
xlsx("one-part-many-sheets.xlsx", ["worksheets/sheet1.xml"] * 1000, members=[("xl/worksheets/sheet1.xml", big)])
row = '<row r="1">' + "".join(f'<c r="{chr(65 + i // 26) if i >= 26 else ""}{chr(65 + i % 26)}1" t="s"><v>0</v></c>' for i in range(255)) + "</row>"
xlsx("shared-string-amplifier.xlsx", ["worksheets/sheet1.xml"], shared="<si><t>" + "x" * (1 << 20) + "</t></si>",
     members=[("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{MAIN}"><sheetData>{row}</sheetData></worksheet>')])
xlsx("ratio-bomb.xlsx", ["worksheets/sheet1.xml"], members=[("xl/worksheets/sheet1.xml", " " * (1 << 30))])

# 1,000 central directory entries, all pointing at one local header.
with open(os.path.join(out, "overlapping-entries.xlsx"), "wb") as file:
    data = b"x" * 1024
    header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0, zlib.crc32(data), len(data), len(data), 5, 0)
    body = header + b"a.xml" + data
    directory = b""
    for i in range(1000):
        name = f"p{i}.xml".encode()
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 0, 0, 0, zlib.crc32(data), len(data),
                                 len(data), len(name), 0, 0, 0, 0, 0, 0) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1000, 1000, len(directory), len(body), 0)
    file.write(body + directory + end)
