"""Quality control: the workflows, their tasks and rules (four eyes, no publishing around them)."""
