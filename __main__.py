"""`python -m partnergraph` runs the partnergraph command."""
from partnergraph.graph.cli.main import main

if __name__ == "__main__":  # not when a worker process (Dask, multiprocessing spawn) imports this module
    main()
