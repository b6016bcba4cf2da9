"""The output targets: each turns the render plan into files. A new output is a new module here,
listed in TARGETS; the build needs no change. A target that needs another's files asks TARGETS
for them (png asks for the PDFs): those made OncePerPlan are made once whoever asks first."""

from __future__ import annotations

from resume.outputs import docx, letter, markdown, png, portfolio_pdf, resume_pdf, site, text
from resume.outputs.target import OncePerPlan, Target
from resume.source.settings import OutputName

TARGETS: dict[OutputName, Target] = {
    "resume": OncePerPlan(resume_pdf.render),
    "portfolio": OncePerPlan(portfolio_pdf.render),
    "site": site.render,
    "text": text.render,
    "markdown": markdown.render,
    "docx": docx.render,
    "png": png.render,
    "letter": letter.render,
}
