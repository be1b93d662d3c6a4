"""WTForms classes, one module per feature."""
