#!/usr/bin/env python3
"""Writes the hand-made XLSX and ODS fixtures next to this script (python3 make-fixtures.py).

Each is the smallest package that shows one corner of the format; corners.xlsx, corners.ods and
corners.fods are LibreOffice's conversions of corners.xml (soffice --headless --convert-to xlsx|ods|fods).
"""
import os
import warnings
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def write(name, parts):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as archive:
            for path, text in parts:
                info = zipfile.ZipInfo(path, date_time=(2016, 3, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, text)


def package(sheets, shared=None, styles=None, date1904=False, main=MAIN, rel=REL, extra=()):
    rels = f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    sheet_tags = "".join(
        f'<sheet name="{name}" sheetId="{index + 1}" r:id="rIdS{index + 1}"/>' for index, (name, _) in enumerate(sheets)
    )
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    workbook = f'<workbook xmlns="{main}" xmlns:r="{rel}">{pr}<sheets>{sheet_tags}</sheets></workbook>'
    # Targets are listed in reverse so that the sheet order can only come from workbook.xml.
    targets = "".join(
        f'<Relationship Id="rIdS{index + 1}" Type="{rel}/worksheet" Target="worksheets/sheet{index + 1}.xml"/>'
        for index in reversed(range(len(sheets)))
    )
    targets += f'<Relationship Id="rIdT" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
    targets += f'<Relationship Id="rIdY" Type="{rel}/styles" Target="/xl/styles.xml"/>'
    parts = [
        ("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("_rels/.rels", rels),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG}">{targets}</Relationships>'),
    ]
    for index, (_, data) in enumerate(sheets):
        parts.append((f"xl/worksheets/sheet{index + 1}.xml", f'<worksheet xmlns="{main}"><sheetData>{data}</sheetData></worksheet>' if not data.startswith("<worksheet") else data))
    if shared is not None:
        parts.append(("xl/sharedStrings.xml", f'<sst xmlns="{main}">{shared}</sst>'))
    if styles is not None:
        parts.append(("xl/styles.xml", f'<styleSheet xmlns="{main}">{styles}</styleSheet>'))
    return parts + list(extra)


STYLES = (
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/>'
    '<numFmt numFmtId="165" formatCode="0.00%"/><numFmt numFmtId="166" formatCode="[Red]&quot;day&quot;\\ 0"/></numFmts>'
    '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>'
)
SHARED = (
    "<si><r><t xml:space=\"preserve\">Hello </t></r><r><rPr><b/></rPr><t>world</t></r></si>"
    "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh></si>"
    "<si><t>a_x000D_b</t></si>"
    "<si><t>merged</t></si>"
    "<si><t></t></si>"
)
FEATURES = (
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
    '<c r="C1" t="inlineStr"><is><t>inline</t><rPh><t>x</t></rPh></is></c>'
    '<c r="D1" t="str"><f>"formula"&amp;" text"</f><v>formula text</v></c>'
    '<c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
    '<c r="G1" t="d"><v>2016-03-01T12:00:00</v></c><c r="H1" t="s"><v>4</v></c></row>'
    "<row><c><v>1</v></c><c><v>2.5</v></c><c><f>A2+B2</f><v>3.5</v></c></row>"
    '<row r="3"><c r="A3" s="1"><v>42430</v></c><c r="B3" s="2"><v>42430.5</v></c><c r="C3" s="3"><v>0.25</v></c>'
    '<c r="D3" s="1"><v>60</v></c><c r="E3" s="1"><v>59</v></c><c r="F3" s="1"><v>61</v></c><c r="G3" s="4"><v>7</v></c></row>'
    '<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" t="inlineStr"><is><t>x_x000A_y</t></is></c></row>'
    '<row r="5"><c r="A5" t="s"><v>3</v></c></row>'
)
MERGES = '</sheetData><mergeCells count="1"><mergeCell ref="A5:B6"/></mergeCells><sheetData>'

write("features.xlsx", package([("Data", FEATURES + MERGES), ("Second", '<row r="2"><c r="B2"><v>42</v></c></row>')], SHARED, STYLES))
write("date1904.xlsx", package([("Data", '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>1</v></c></row>')], None, STYLES, date1904=True))
write("strict.xlsx", package([("Strict", '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row>')], "<si><t>strict</t></si>", None, main=STRICT_MAIN, rel=STRICT_REL))
write("doctype.xlsx", package([("Data", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>')],
      None, None, extra=[("xl/sharedStrings.xml", f'<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<sst xmlns="{MAIN}"><si><t>&b;</t></si></sst>')]))
write("bomb.xlsx", package([("Data", '<row r="1"><c r="A1"><v>1</v></c></row>' + " " * 6_000_000)]))
write("duplicate.xlsx", package([("Data", '<row r="1"><c r="A1"><v>1</v></c></row>')], extra=[("xl/worksheets/sheet1.xml", "<worksheet/>")]))
write("bad-shared-index.xlsx", package([("Data", '<row r="1"><c r="A1" t="s"><v>7</v></c></row>')], "<si><t>only</t></si>"))
with zipfile.ZipFile(os.path.join(HERE, "not-a-workbook.zip"), "w") as archive:
    archive.writestr(zipfile.ZipInfo("readme.txt", date_time=(2016, 3, 1, 0, 0, 0)), "just a zip")

MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
with zipfile.ZipFile(os.path.join(HERE, "encrypted.ods"), "w") as archive:
    archive.writestr(zipfile.ZipInfo("mimetype", date_time=(2016, 3, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.spreadsheet")
    archive.writestr(zipfile.ZipInfo("content.xml", date_time=(2016, 3, 1, 0, 0, 0)), bytes(range(256)))
    archive.writestr(
        zipfile.ZipInfo("META-INF/manifest.xml", date_time=(2016, 3, 1, 0, 0, 0)),
        f'<manifest:manifest xmlns:manifest="{MANIFEST}"><manifest:file-entry manifest:full-path="content.xml">'
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>',
    )
