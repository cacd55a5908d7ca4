"""The graph model: names resolved to nodes, nodes and edges built from stored records, merged or rebuilt."""
