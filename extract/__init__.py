"""Readers and the spaCy pipeline: file -> Document -> Record."""
