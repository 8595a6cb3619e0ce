"""Build time only: content sources -> database and index. The packaged app never imports it."""
