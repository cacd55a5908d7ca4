"""`python -m partnergraph` runs the partnergraph command."""
from partnergraph.graph.cli.main import main

main()
