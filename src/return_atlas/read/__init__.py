"""Stage 1: read source documents into normalised text."""
