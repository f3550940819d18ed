#!/usr/bin/env python3
"""Writes the hostile zip packages next to this script (python3 make-hostile.py).

Each is a minimal XLSX with one thing wrong in its zip structure or its relationships, made by hand
here rather than taken from anywhere: the tests in HostileInputTests.swift say what each must give.
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'


def parts(targets=("worksheets/sheet1.xml",), sheet=SHEET):
    tags = "".join(f'<sheet name="S{i + 1}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i in range(len(targets)))
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="{t}"/>' for i, t in enumerate(targets)
    )
    return [
        ("_rels/.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="r" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{tags}</sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG}">{rels}</Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet),
    ]


def package(members, deflated=None):
    """The bytes of a zip of (path, text) members, stored, with the offsets of each local header; the member
    named in `deflated` is a (path, function) pair whose function turns the raw deflate stream into the
    bytes written for it."""
    body = b""
    directory = b""
    for path, text in members:
        data = text.encode()
        name = path.encode()
        crc = zlib.crc32(data)
        offset = len(body)
        method, stored = 0, data
        if deflated and deflated[0] == path:
            compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
            method, stored = 8, deflated[1](compressor.compress(data) + compressor.flush())
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0, crc, len(stored), len(data), len(name), 0)
        body += name + stored
        directory += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0, crc, len(stored), len(data), len(name), 0, 0, 0,
            0, 0, offset) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), len(body), 0)
    return bytearray(body + directory + end)


def directory_entries(data):
    """The offsets of the central directory entries in `data`."""
    offsets = []
    index = data.find(b"PK\x01\x02")
    while index >= 0:
        offsets.append(index)
        index = data.find(b"PK\x01\x02", index + 4)
    return offsets


def save(name, data):
    with open(os.path.join(HERE, name), "wb") as file:
        file.write(bytes(data))


# A central directory entry whose local header lies past the end of the file.
data = package(parts())
last = directory_entries(data)[-1]
struct.pack_into("<I", data, last + 42, len(data) + 1000)
save("offset-past-end.xlsx", data)

# The central directory itself said to start past the end of the file.
data = package(parts())
struct.pack_into("<I", data, len(data) - 6, len(data) + 5)
save("directory-past-end.xlsx", data)

# Two central directory entries (by different names) sharing one local header and its bytes.
members = parts() + [("xl/worksheets/sheet2.xml", SHEET)]
data = package(members)
entries = directory_entries(data)
first_offset = struct.unpack_from("<I", data, entries[3] + 42)[0]
struct.pack_into("<I", data, entries[4] + 42, first_offset)
save("overlapping-entries.xlsx", data)

# Two sheets pointing at one part.
save("part-read-twice.xlsx", package(parts(targets=("worksheets/sheet1.xml", "worksheets/sheet1.xml"))))

# A stored part whose bytes no longer match its CRC-32.
data = package(parts())
at = data.find(b"<v>1</v>")
data[at + 3] = ord("7")
save("bad-checksum.xlsx", data)

# A deflated part whose compressed bytes stop halfway, and one whose compressed bytes are not deflate.
save("deflate-truncated.xlsx", package(parts(), deflated=("xl/worksheets/sheet1.xml", lambda raw: raw[: len(raw) // 2])))
save("deflate-damaged.xlsx", package(parts(), deflated=("xl/worksheets/sheet1.xml", lambda raw: b"\xff" * len(raw))))

# An entry flagged as encrypted.
data = package(parts())
last = directory_entries(data)[-1]
struct.pack_into("<H", data, last + 8, 1)
save("encrypted-entry.xlsx", data)

# A sheet whose relationship points at a part that is not in the package, and one outside it.
save("missing-sheet-part.xlsx", package(parts(targets=("worksheets/sheet9.xml",))))
save("escaping-sheet-part.xlsx", package(parts(targets=("../../etc/passwd",))))

# Cell references that are not cells, and a cell given twice.
for name, cells in [
    ("reference-a0.xlsx", '<row r="1"><c r="A0"><v>1</v></c></row>'),
    ("reference-too-wide.xlsx", '<row r="1"><c r="ZZZZZZ1"><v>1</v></c></row>'),
    ("row-zero.xlsx", '<row r="0"><c><v>1</v></c></row>'),
    ("row-negative.xlsx", '<row r="-1"><c><v>1</v></c></row>'),
    ("cell-twice.xlsx", '<row r="1"><c r="B1"><v>1</v></c><c r="B1"><v>2</v></c></row>'),
    ("number-overflow.xlsx", '<row r="1"><c r="A1"><v>1e999</v></c></row>'),
]:
    save(name, package(parts(sheet=f'<worksheet xmlns="{MAIN}"><sheetData>{cells}</sheetData></worksheet>')))
