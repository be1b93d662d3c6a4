"""Back-up and portability: the whole data set (records and files) in one archive.

`flask export` writes every table (one JSON-lines file each, in foreign-key order) and
every stored file (uploads and rendered PDFs) to one .tar.gz with a manifest of row counts
and SHA-256 checksums; `flask import` restores such an archive into an empty database.
"""
