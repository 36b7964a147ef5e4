"""What Explore reads of the case's kept table: named once for the page and for the server's read-ahead, so the table
read ahead at server start is the very one the first page asks for."""
from __future__ import annotations

# What the charts, the table and the filters read of an event: the rest of the table's 41 columns (its mentions, its
# sources' details) is left behind before the rows are filtered, as every kept row copies each column's strings.
VIEW_COLUMNS = ["event_id", "type", "status", "sentence", "place", "lat", "lon", "approximate", "place_radius_km",
                "place_precision", "country_code", "date_value", "date_text", "date_origin", "date_start", "date_end",
                "date_precision", "actors", "actor", "document", "document_titles", "confidence", "sources"]
# What the page reads of the case's kept table: the views' columns and what finds a row's tellings for the evidence.
CASE_COLUMNS = (*VIEW_COLUMNS, "event_ids", "source_documents")
