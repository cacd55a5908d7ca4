"""The one line a user reads when the machine fails a command: a full disk, a read-only file, a damaged
database, a path that cannot be written. The data stays consistent (every write is a transaction)."""
from __future__ import annotations

import errno
import sqlite3

EXIT_FAULT = 1  # as the README says: the command could not run (nothing half-done was kept)

SQLITE_FAULTS = [  # (words in SQLite's message, what to tell the user)
    ("disk is full", "the disk is full: free some space and run the command again (nothing half-written was kept)"),
    ("readonly database", "the database cannot be written (a read-only file, folder or disk): check its "
                          "permissions, or give another --db"),
    ("unable to open database", "the database cannot be opened: check that its folder exists and can be "
                                "written, or give another --db"),
    ("malformed", "the database is damaged: run `partnergraph check`, then restore a backup or ingest again "
                  "into a new --db"),
    ("not a database", "the --db file is not a partnergraph database: give another --db"),
    ("disk I/O error", "writing or reading the database failed (is the disk full, or the file over a size "
                       "limit?): free some space, then run `partnergraph check`"),
]
OS_FAULTS = {
    errno.ENOSPC: "the disk is full: free some space and run the command again",
    errno.EDQUOT: "the disk quota is used up: free some space and run the command again",
    errno.EFBIG: "the file grew past the size this system allows (ulimit -f)",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.ENOENT: "the folder does not exist",
}


def fault_message(exc: BaseException) -> str:
    if isinstance(exc, sqlite3.Error):
        text = str(exc)
        for words, advice in SQLITE_FAULTS:
            if words in text:
                return advice
        return f"the database failed ({text}): run `partnergraph check`"
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        return where + OS_FAULTS.get(exc.errno, exc.strerror or str(exc))
    return str(exc)
