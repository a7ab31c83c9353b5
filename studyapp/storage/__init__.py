"""The only place that speaks SQL: typed models, one engine per data folder, migrations."""
