from lifeline_desktop.app import main

raise SystemExit(main())
