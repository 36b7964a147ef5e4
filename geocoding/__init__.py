"""Place names to coordinates, offline by default; imports no Streamlit."""
