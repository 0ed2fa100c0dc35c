"""The main screen's parts, each a widget of its own: the search bar, the status line, the tab
strip, the four panes and the build bar. MainScreen (tui/screens/main.py) composes them."""
