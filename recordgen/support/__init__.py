"""Plumbing that belongs to no layer and knows nothing about records: writing a file
atomically (files), finding the shipped templates and catalogs (resources), and tables
derived once from installed libraries' data (derived; lexicon for wordfreq and lemminflect),
free text written into YAML as given (yamltext).
Any layer may import it; it imports nothing from recordgen."""
