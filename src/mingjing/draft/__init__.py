"""Drafting: an author's notes (notes.yaml) → a complete material in the framework's order,
as .docx (GB/T 9704 layout) and .md, reviewed on the spot; optionally phrased by an LLM."""
