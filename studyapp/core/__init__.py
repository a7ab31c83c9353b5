"""The rules of a CME activity: pure Python, no files, no SQL, no Qt."""
