"""The SQLite store: the connection and transactions, and the documents and facts written into it."""
