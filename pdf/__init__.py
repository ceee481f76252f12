"""Country and professional profiles as PDF (WeasyPrint)."""
