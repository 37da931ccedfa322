"""Similarity: was this material copied, and which passages from where (team batch and library)."""
