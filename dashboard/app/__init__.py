"""Streamlit pages: thin wrappers around the core functions."""
