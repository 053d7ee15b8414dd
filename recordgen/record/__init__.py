"""The record layer: what a review record is (model), how it is read from a file
(loading, with line numbers), the council's settings, and how a problem in either
is reported (diagnostics). Everything else builds on this; it imports nothing above it."""
