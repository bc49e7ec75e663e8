"""One module per benchmark case; each ``run(ctx)`` returns CaseResults with their floors."""
