"""Activity packs: from a folder or zip to core objects, or to located errors."""
