"""XML from a stranger, parsed without entity expansion, DTDs or external references
(defusedxml): a billion laughs or a file that reads /etc/passwd is refused."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from resume.errors import Problem, UserError

_NAMESPACE = re.compile(r"^\{[^}]*\}")


@dataclass
class Xml:
    """A parsed XML document: its root, and the line each element starts on."""

    root: Element
    lines: dict[Element, int] = field(default_factory=dict)


class _Lines(TreeBuilder):
    """A tree builder that notes the line each element starts on, as expat reads it."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[Element, int] = {}
        self.parser: DefusedXMLParser | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        element = super().start(tag, attrs)
        if self.parser is not None:
            self.lines[element] = self.parser.parser.CurrentLineNumber
        return element


def parse_xml(path: Path, data: bytes) -> Xml:
    """The document; a UserError at the line and column of a broken or hostile XML."""
    builder = _Lines()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True)
    builder.parser = parser
    try:
        parser.feed(data)
        root: Element = parser.close()
    except DefusedXmlException as error:
        raise UserError(
            f"{path}: refused, the XML declares a DTD or entities ({type(error).__name__}),"
            " which a résumé never needs and an attack does"
        ) from None
    except ParseError as error:
        line, column = error.position
        reason = str(error).split(":")[0]
        message = f"broken XML ({reason}): is the file complete?"
        raise UserError(problems=[Problem(str(path), line, column + 1, message)]) from None
    return Xml(root, builder.lines)


def local(tag: str) -> str:
    """A tag's name without its namespace: `{http://…}Candidate` -> `Candidate`."""
    return _NAMESPACE.sub("", tag)
