"""Sign-in, registration of chamber staff, staff administration and each chamber's staff group."""
