"""StudyApp: offline continuing medical education."""

__version__ = "0.1.0"
APP_NAME = "StudyApp"
APP_AUTHOR = "StudyApp"
