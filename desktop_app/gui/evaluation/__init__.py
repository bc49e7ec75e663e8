"""The staff evaluation workspace's windows: complaints, fines, the rule set, month-end reports (E2, E3, E21–E24, D3)."""
