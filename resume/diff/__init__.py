"""`resume diff`: what changed between two versions of a résumé, as content, not lines; and
`resume verify` (verify.py): whether a PDF is exactly what its embedded source makes."""
