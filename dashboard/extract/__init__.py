"""Claim extraction building blocks: read an article, split sentences, find figures,
armed groups and speakers.

Each module is pure (text in, spans out) so the claims builder, the CLI and the tests can
combine them freely; every offset is a ``str`` index into the decoded article text.
"""
