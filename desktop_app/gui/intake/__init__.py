"""The claim intake desk: intake form, live decision, customer search, call register, approvals."""
