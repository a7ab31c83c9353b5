import sys

from studyapp.launcher import main

# Guarded: worker processes (checking a long transcript) import this module again.
if __name__ == "__main__":
    sys.exit(main())
