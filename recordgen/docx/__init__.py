"""The WordprocessingML layer: zip parts, XML text escaping, document properties.

Nothing here knows about review records; `recordgen.rendering` builds on it.
"""
