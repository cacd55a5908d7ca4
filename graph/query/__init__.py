"""Questions asked of the stored graph: organisations and partners, paths and brokers, projects, figures, events."""
