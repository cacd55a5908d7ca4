"""`python -m graph` runs the partnergraph command."""
from graph.cli import main

main()
