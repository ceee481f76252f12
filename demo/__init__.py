"""Demo content: data files and the loader behind `manage.py load_demo_content`."""
