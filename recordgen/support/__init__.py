"""Plumbing that belongs to no layer and knows nothing about records: writing a file
atomically (files) and finding the shipped templates and catalogs (resources).
Any layer may import it; it imports nothing from recordgen."""
