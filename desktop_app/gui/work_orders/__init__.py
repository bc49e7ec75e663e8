"""The work-orders tab's parts: queues, detail panel, the bench and desk actions and their dialogs."""
