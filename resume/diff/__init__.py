"""`resume diff`: what changed between two versions of a résumé, as content, not lines."""
