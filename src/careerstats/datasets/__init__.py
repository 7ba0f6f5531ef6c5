"""Readers for external data sets, one module each."""
