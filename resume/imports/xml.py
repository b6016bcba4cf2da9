"""XML from a stranger, parsed without entity expansion, DTDs or external references
(defusedxml): a billion laughs or a file that reads /etc/passwd is refused."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from resume.errors import Problem, UserError

_NAMESPACE = re.compile(r"^\{[^}]*\}")


def parse_xml(path: Path, data: bytes) -> Element:
    """The root element; a UserError at the line and column of a broken or hostile XML."""
    try:
        root: Element = SafeTree.fromstring(data, forbid_dtd=True)
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
    return root


def local(tag: str) -> str:
    """A tag's name without its namespace: `{http://…}Candidate` -> `Candidate`."""
    return _NAMESPACE.sub("", tag)
