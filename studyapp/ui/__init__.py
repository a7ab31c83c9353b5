"""The PySide6 widgets: they draw and forward to services; no rule lives only here."""
