"""Streamlit and Plotly pieces of the dashboard: map, timeline, evidence, upload."""
