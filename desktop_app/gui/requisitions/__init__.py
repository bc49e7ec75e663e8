"""配件备料 and 返厂: the requisitions tab's panel, dialogs and the returns window."""
