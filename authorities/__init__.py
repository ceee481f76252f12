"""Who assesses a foreign qualification: the competent authority finder and the chamber directory.

The finder answers from a German reference occupation (or a professional profile's) and a
postcode or federal state with the chambers responsible; the directory lists every published
chamber A–Z and by federal state, with a page each (docs/authorities.md).
"""
