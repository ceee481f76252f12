"""What files may enter the portal: uploads allow-listed by extension and by content."""
