"""What leaves the app: completion records (JSON) and certificates (PDF)."""
