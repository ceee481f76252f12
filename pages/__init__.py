"""The content model: page types, StreamField blocks and snippets (reference data), nothing else."""
