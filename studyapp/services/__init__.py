"""What a screen or a command may ask for; each use case is one transaction."""
