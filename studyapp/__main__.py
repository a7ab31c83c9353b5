import sys

from studyapp.launcher import main

sys.exit(main())
