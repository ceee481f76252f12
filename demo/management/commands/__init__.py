"""load_demo_content."""
