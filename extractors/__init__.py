"""Text in, Analysis out: ingestion, NER, time expressions, events. Imports no Streamlit."""
