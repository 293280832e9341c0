"""Where mail comes from: an IMAP folder, a drop folder of .eml files, or files to import."""
