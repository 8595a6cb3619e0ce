"""``python -m mmn_desktop`` starts the app; ``python -m mmn_desktop cli ...`` runs the command line."""

import sys

if len(sys.argv) > 1 and sys.argv[1] == "cli":
    from mmn_desktop.cli import main as cli_main

    sys.exit(cli_main(sys.argv[2:]))

from mmn_desktop.app import main

sys.exit(main())
