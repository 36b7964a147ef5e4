"""The application's service: runs analyses and keeps them in the case, for the app's pages and the command line."""
