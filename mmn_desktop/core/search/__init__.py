"""Full-text search over every work: analysis, index schema, query building, service."""
