"""Domain rules over a loaded record: validation, statutory timescales, age bands,
and what is withheld from whom (withholding). They read the record layer only."""
