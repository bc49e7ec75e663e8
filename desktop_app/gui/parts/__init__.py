"""The stock, parts catalogue and service-fund windows opened from the requisitions tab (D4-D10, W6, E9)."""
