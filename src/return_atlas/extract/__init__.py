"""Stage 3: extract draft records, with their source spans, from a classified document."""
