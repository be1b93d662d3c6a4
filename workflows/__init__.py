"""Pure state machines, one module per workflow: no Flask, no database."""
