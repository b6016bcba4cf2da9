"""The résumé and the portfolio are tagged (PDF/UA-1) and PDF/A-3b, and carry their source as an
associated file: what a validator and a screen reader look for, read with pikepdf."""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from resume.build import RenderOptions, render
from tests.conftest import ROOT

EXAMPLE = ROOT / "data" / "example.yaml"  # a photo, links, lists, every section
NAME = "Zofia Łukasiewicz-Sigurðardóttir"


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example in modern (which shows the photo and icons), résumé and portfolio."""
    out = tmp_path_factory.mktemp("standards")
    options = RenderOptions(
        source=EXAMPLE, out=out, theme="modern", outputs=["resume", "portfolio"]
    )
    written = render(options).written
    return {"resume": written[0].path, "portfolio": written[1].path}


def structure(element: Any) -> list[Any]:
    """Every structure element under `element`, depth first."""
    found = []
    kids = element.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            found += [kid, *structure(kid)]
    return found


@pytest.mark.parametrize("output", ["resume", "portfolio"])
def test_tagged_with_headings_lists_links_and_the_photos_alt_text(
    pdfs: dict[str, Path], output: str
) -> None:
    with pikepdf.open(pdfs[output]) as pdf:
        root = pdf.Root
        assert root.MarkInfo.Marked is True
        assert str(root.Lang) == "en"
        assert root.ViewerPreferences.DisplayDocTitle is True
        elements = structure(root.StructTreeRoot)
        kinds = Counter(str(element.S) for element in elements)
        assert kinds["/H1"] == 1
        assert kinds["/H2"] >= 5 and kinds["/H3"] >= 5
        assert kinds["/L"] >= 5 and kinds["/LI"] >= 10
        assert kinds["/Link"] >= 5
        photo = [e for e in elements if e.S == "/Figure" and "/Alt" in e]
        assert [str(figure.Alt) for figure in photo] == [NAME]


@pytest.mark.parametrize("output", ["resume", "portfolio"])
def test_pdf_a_3b_and_pdf_ua_1_with_the_source_as_an_associated_file(
    pdfs: dict[str, Path], output: str
) -> None:
    with pikepdf.open(pdfs[output]) as pdf:
        with pdf.open_metadata() as xmp:
            assert (xmp.get("pdfaid:part"), xmp.get("pdfaid:conformance")) == ("3", "B")
            assert xmp.get("pdfuaid:part") == "1"
            assert (
                xmp.get("dc:title") == f"{NAME} — {'Résumé' if output == 'resume' else 'Portfolio'}"
            )
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1"
        profile = intent.DestOutputProfile.read_bytes()
        assert profile[36:40] == b"acsp" and profile[16:20] == b"RGB ", "not an RGB ICC profile"
        assert int(intent.DestOutputProfile.N) == 3
        (source,) = pdf.Root.AF
        assert (str(source.F), source.AFRelationship) == ("resume.json", "/Source")
        assert source.EF.F.Subtype == "/application/json"
        assert b'"basics"' in source.EF.F.read_bytes()
        assert pdf.pdf_version == "1.7"


def fonts_of(resources: Any, seen: set[tuple[int, int]]) -> list[Any]:
    """Every font a page's resources use, its form XObjects' too."""
    if resources is None:
        return []
    found = list(resources.get("/Font", {}).values())
    for xobject in resources.get("/XObject", {}).values():
        if xobject.objgen not in seen:
            seen.add(xobject.objgen)
            found += fonts_of(xobject.get("/Resources"), seen)
    return found


def embedded(font: Any) -> bool:
    if font.Subtype == "/Type3":
        return True  # drawn inside the PDF
    for part in [font, *font.get("/DescendantFonts", [])]:
        descriptor = part.get("/FontDescriptor")
        if descriptor is not None and {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor):
            return True
    return False


@pytest.mark.parametrize("output", ["resume", "portfolio"])
def test_the_pdf_a_3_structure_holds_beyond_the_xmp_flags(
    pdfs: dict[str, Path], output: str
) -> None:
    """What a PDF/A-3 validator checks that the code does not write as a flag (no veraPDF can be
    installed from the registries here): no encryption, a document ID, every font embedded,
    every embedded file associated with its relationship and type, and Info agreeing with XMP."""
    with pikepdf.open(pdfs[output]) as pdf:
        assert not pdf.is_encrypted and "/Encrypt" not in pdf.trailer
        assert len(pdf.trailer.ID) == 2 and all(len(bytes(part)) >= 16 for part in pdf.trailer.ID)
        fonts = [f for page in pdf.pages for f in fonts_of(page.get("/Resources"), set())]
        assert fonts and [str(f.get("/BaseFont")) for f in fonts if not embedded(f)] == []
        associated = {spec.objgen for spec in pdf.Root.AF}
        names = list(pdf.Root.Names.EmbeddedFiles.Names)  # name, file spec, name, ...
        assert names, "no embedded file"
        for name, spec in zip(names[::2], names[1::2], strict=True):
            assert spec.objgen in associated, f"{name} is embedded but not associated"
            assert str(spec.AFRelationship) in {"/Source", "/Data", "/Alternative", "/Supplement"}
            assert str(spec.UF) == str(spec.F) and str(spec.EF.F.Subtype).startswith("/")
        assert "/JavaScript" not in pdf.Root.Names and "/OpenAction" not in pdf.Root
        with pdf.open_metadata() as xmp:
            assert str(pdf.docinfo.Title) == xmp.get("dc:title")
            assert str(pdf.docinfo.Author) == xmp.get("dc:creator")[0]


def test_tags_log_no_errors(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """WeasyPrint logs an error for an image without alt text, or a document without a language."""
    caplog.set_level(logging.ERROR, logger="weasyprint")
    options = RenderOptions(source=EXAMPLE, out=tmp_path, theme="modern", outputs=["resume"])
    render(options)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_check_names_the_standards(pdfs: dict[str, Path]) -> None:
    from typer.testing import CliRunner

    from resume.cli.app import app

    result = CliRunner().invoke(app, ["check", str(pdfs["portfolio"])])
    assert result.exit_code == 0, result.stdout
    assert "standard  PDF/A-3b, PDF/UA-1, tagged, associated files: resume.json (Source)" in (
        result.stdout
    )


def test_the_xmp_packet_holds_every_description_and_nothing_xml_cannot() -> None:
    """A name with a control character (which WeasyPrint writes as it is) still gives a packet
    any reader parses, with our descriptions inside its rdf:RDF."""
    import xml.etree.ElementTree as ElementTree

    from resume.engine.pdf import xmp_packet

    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    packet = (
        b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        b'<rdf:RDF xmlns:rdf="' + rdf.encode() + b'" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b'<rdf:Description rdf:about=""><dc:title>A\x1fB</dc:title></rdf:Description></rdf:RDF>'
        b'<rdf:Description xmlns:rdf="' + rdf.encode() + b'" rdf:about=""/>'
        b'</x:xmpmeta>\n<?xpacket end="r"?>'
    )
    written = xmp_packet(packet)
    start, end = written.index(b"<x:xmpmeta"), written.rindex(b"</x:xmpmeta>") + 12
    root = ElementTree.fromstring(written[start:end])
    assert root.tag == "{adobe:ns:meta/}xmpmeta" and written.startswith(b"<?xpacket")
    assert [child.tag for child in root] == [f"{{{rdf}}}RDF"]
    assert len(root[0]) == 2 and b"AB" in written and b"\x1f" not in written
