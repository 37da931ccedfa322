"""Review rules: registry, engines, packs, and the review stage (Outline → Report)."""
