"""One script per page; the page bodies live in ``dashboard.app.*_page``."""
