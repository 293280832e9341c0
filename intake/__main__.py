from intake.cli import main

raise SystemExit(main())
