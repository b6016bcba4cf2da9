"""The output targets: each turns the render plan into files. A new output is a new module here,
listed in TARGETS; the build needs no change."""

from __future__ import annotations

from resume.outputs import docx, letter, markdown, png, portfolio_pdf, resume_pdf, site, text
from resume.outputs.target import Target
from resume.source.model import OutputName

TARGETS: dict[OutputName, Target] = {
    "resume": resume_pdf.render,
    "portfolio": portfolio_pdf.render,
    "site": site.render,
    "text": text.render,
    "markdown": markdown.render,
    "docx": docx.render,
    "png": png.render,
    "letter": letter.render,
}
