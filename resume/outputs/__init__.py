"""The output targets: each turns the render plan into files. A new output is a new module here,
listed in TARGETS; the build needs no change. A target that needs another's files asks TARGETS
for them (png asks for the PDFs): those marked once_per_plan are made once whoever asks first."""

from __future__ import annotations

from resume.outputs import docx, letter, markdown, png, portfolio_pdf, resume_pdf, site, text
from resume.outputs.target import Target, once_per_plan
from resume.source.model import OutputName

TARGETS: dict[OutputName, Target] = {
    "resume": once_per_plan(resume_pdf.render),
    "portfolio": once_per_plan(portfolio_pdf.render),
    "site": site.render,
    "text": text.render,
    "markdown": markdown.render,
    "docx": docx.render,
    "png": png.render,
    "letter": letter.render,
}
