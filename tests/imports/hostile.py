"""What every refusal ends with: the formats `resume import` reads, as a user reads them."""

READS = (
    "It reads: Europass (XML, or a Europass PDF with its XML inside), PDF résumé, LinkedIn export (zip or"
    " folder of CSVs), BibTeX / BibLaTeX, RenderCV YAML, Reactive Resume JSON, FRESH"
    " (HackMyResume), JSON Resume."
)
